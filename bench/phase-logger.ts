// A quiet logger that also times the engine's phases (its `group` calls), so results.md can
// say where a scenario's wall time went.
import { performance } from 'node:perf_hooks'
import { createConsoleLogger } from '../src/shared/line-logger.js'
import { type Logger } from '../src/shared/logger.js'

export function createPhaseLogger(): { logger: Logger; phases: Record<string, number> } {
  const phases: Record<string, number> = {}
  // Quiet: the fixture's content warnings would only bury the numbers.
  const quiet = createConsoleLogger({ quiet: true })
  const logger: Logger = {
    ...quiet,
    group: async (name, fn) => {
      const started = performance.now()
      try {
        return await fn()
      } finally {
        phases[name] = Math.round((phases[name] ?? 0) + performance.now() - started)
      }
    },
  }
  return { logger, phases }
}
