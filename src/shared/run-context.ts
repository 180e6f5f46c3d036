import type { ClientTiming } from '../github/timing.js'
import type { Logger } from './logger.js'

/** Where GitHub is and how to sign in: the `token` input (GITHUB_TOKEN for the CLI) and GITHUB_API_URL. */
export interface GitHubConnection {
  /** Empty when none was given (a dry run may read a public repository without one). */
  token: string
  /** REST and GraphQL root: https://api.github.com, https://HOST/api/v3, or the local GitHub. */
  apiUrl: string
}

/**
 * What travels with a run besides its options, so that no stage's signature has to list it:
 * where its lines go, the GitHub connection, and the client's timing (spacing and retries).
 */
export interface RunContext {
  logger: Logger
  github: GitHubConnection
  timing: ClientTiming
}
