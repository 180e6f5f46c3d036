import Bottleneck from 'bottleneck'
import { Octokit } from 'octokit'
import { DEFAULT_API_URL } from './github-api.js'
import { type Logger } from './logger.js'

/**
 * Timing of octokit's throttling and retry plugins. Production uses GitHub's guidance;
 * tests shrink every delay so that faults are survived in milliseconds, not minutes.
 */
export interface ClientTiming {
  /** Gap between mutating requests (REST writes). GitHub asks for at least one second. */
  writeIntervalMs: number
  /** Gap between GraphQL queries. They are reads run one at a time, so no gap is needed. */
  graphqlIntervalMs: number
  /** Multiplier for `retry-after` seconds and for the retry plugin's back-off (1000 = seconds). */
  retryAfterBaseValue: number
  /** How many times one request is retried after a 5xx, 429, secondary rate limit or dropped connection. */
  retries: number
  /**
   * Gap between requests that notify people (opening a pull request, requesting reviewers,
   * commenting). octokit's default is 3 s, in a queue shared by every client of the process.
   */
  notificationIntervalMs?: number
}

export const PRODUCTION_TIMING: ClientTiming = {
  writeIntervalMs: 1000,
  graphqlIntervalMs: 0,
  retryAfterBaseValue: 1000,
  retries: 3,
  notificationIntervalMs: 3000,
}

/** Timing for tests and local previews against the local GitHub. */
export const FAST_TIMING: ClientTiming = {
  writeIntervalMs: 0,
  graphqlIntervalMs: 0,
  retryAfterBaseValue: 5,
  retries: 3,
  notificationIntervalMs: 0,
}

/**
 * `LEARNING_PATH_SYNC_FAST_RETRIES=1` selects FAST_TIMING; the end-to-end tests set it so a
 * scripted `retry-after: 1` costs milliseconds. Anything else means production timing.
 */
export function timingFromEnv(env: NodeJS.ProcessEnv = process.env): ClientTiming {
  return env.LEARNING_PATH_SYNC_FAST_RETRIES === '1' ? FAST_TIMING : PRODUCTION_TIMING
}

export interface GitHubClientOptions {
  token: string
  /** REST base URL, e.g. https://api.github.com or the local GitHub's URL. */
  baseUrl?: string
  timing?: ClientTiming
  logger?: Logger
  /** What this client sends: GraphQL queries (`read`) or REST writes (`write`); picks the spacing. */
  purpose: 'read' | 'write'
}

export type GitHubClient = InstanceType<typeof Octokit>

/**
 * An Octokit with throttling and retry configured for one purpose. Each client gets its own
 * Bottleneck groups, so a test's clients never share queues with another's.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const timing = options.timing ?? PRODUCTION_TIMING
  const logger = options.logger
  // octokit's throttling queues GraphQL in its "write" group; give that group the spacing
  // that fits this client's purpose.
  const minTime = options.purpose === 'read' ? timing.graphqlIntervalMs : timing.writeIntervalMs
  const group = (min: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime: min })
  const retryOnce = (kind: string) => (retryAfter: number, request: { method: string; url: string; request: { retryCount: number } }) => {
    const attempt = request.request.retryCount + 1
    if (attempt > timing.retries) {
      logger?.warning(`${kind} on ${request.method} ${request.url}: giving up after ${timing.retries} retries`)
      return false
    }
    logger?.info(`${kind} on ${request.method} ${request.url}: retry ${attempt} after ${retryAfter}s`)
    return true
  }
  return new Octokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? DEFAULT_API_URL,
    userAgent: 'learning-path-sync',
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => logger?.debug(m),
      error: (m: string) => logger?.debug(m),
    },
    retry: {
      retries: timing.retries,
      retryAfterBaseValue: timing.retryAfterBaseValue,
      // 429 is the throttling plugin's to retry (it waits for the reset); letting the retry
      // plugin retry it as well multiplied the attempts: 16 for a limit that does not lift.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      write: group(minTime),
      notifications: group(timing.notificationIntervalMs ?? 3000),
      retryAfterBaseValue: timing.retryAfterBaseValue,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: retryOnce('rate limit'),
      onSecondaryRateLimit: retryOnce('secondary rate limit'),
    },
  })
}
