// The run context tests hand the engine and its stages: the local GitHub's connection, timing
// that survives faults in milliseconds, and a logger that keeps every line.
import { FAST_TIMING, type ClientTiming } from '../../src/github/timing.js'
import { createMemoryLogger } from '../../src/shared/line-logger.js'
import type { GitHubConnection, RunContext } from '../../src/shared/run-context.js'

export type MemoryLogger = ReturnType<typeof createMemoryLogger>

/** The connection to a local GitHub (or any server with a URL and the token it accepts). */
export function connectionTo(gh: { token: string; url: string }): GitHubConnection {
  return { token: gh.token, apiUrl: gh.url }
}

export function testContext(
  github: GitHubConnection,
  timing: ClientTiming = FAST_TIMING,
  logger: MemoryLogger = createMemoryLogger(),
): RunContext & { logger: MemoryLogger } {
  return { logger, github, timing }
}
