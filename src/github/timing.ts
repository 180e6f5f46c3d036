/**
 * Timing of the GitHub client: octokit's throttling and retry plugins, and the waits for a merge
 * state GitHub is still computing. Production uses GitHub's guidance; tests shrink every delay
 * so that faults are survived in milliseconds, not minutes.
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
  /**
   * How long one request may wait for GitHub's answer before it counts as a timeout (and is
   * retried like a dropped connection). Without it, a server that accepts and never answers
   * hangs the run.
   */
  requestTimeoutMs?: number
  /**
   * Longest wait, in GitHub's seconds (scaled by `retryAfterBaseValue`), for a spent primary
   * rate limit to reset before retrying; past it the request fails at once, saying when the
   * limit resets, instead of holding a runner for up to an hour. Default 300.
   */
  maxRateLimitWaitSeconds?: number
  /**
   * Waits before each reread of a pull request's merge state while GitHub answers UNKNOWN (it
   * computes the state after a push, usually within a second or two); when they are spent the
   * run decides without it. Bounded so a state that never settles costs seconds, not a run.
   */
  mergeStateRereadsMs?: readonly number[]
}

export const PRODUCTION_TIMING: ClientTiming = {
  writeIntervalMs: 1000,
  graphqlIntervalMs: 0,
  retryAfterBaseValue: 1000,
  retries: 3,
  notificationIntervalMs: 3000,
  requestTimeoutMs: 60_000,
  mergeStateRereadsMs: [500, 1000, 1500, 2000],
}

/** Timing for tests and local previews against the local GitHub. */
export const FAST_TIMING: ClientTiming = {
  writeIntervalMs: 0,
  graphqlIntervalMs: 0,
  retryAfterBaseValue: 5,
  retries: 3,
  notificationIntervalMs: 0,
  mergeStateRereadsMs: [5, 10, 15, 20],
}

/**
 * `LEARNING_PATH_SYNC_FAST_RETRIES=1` selects FAST_TIMING; the end-to-end tests set it so a
 * scripted `retry-after: 1` costs milliseconds. Anything else means production timing.
 */
export function timingFromEnv(env: NodeJS.ProcessEnv = process.env): ClientTiming {
  return env.LEARNING_PATH_SYNC_FAST_RETRIES === '1' ? FAST_TIMING : PRODUCTION_TIMING
}
