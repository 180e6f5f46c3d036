import Bottleneck from 'bottleneck'
import { Octokit } from 'octokit'
import { ConditionalCache, conditionalGet } from './conditional-requests.js'
import { type Logger } from './logger.js'
import { networkFailure } from './network-failure.js'
import { redact } from './redact.js'
import type { RunContext } from './run-context.js'
import { tokenHeaderProblem } from './token-header.js'
import { UserError } from './user-error.js'

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
}

export const PRODUCTION_TIMING: ClientTiming = {
  writeIntervalMs: 1000,
  graphqlIntervalMs: 0,
  retryAfterBaseValue: 1000,
  retries: 3,
  notificationIntervalMs: 3000,
  requestTimeoutMs: 60_000,
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

/** The REST API version every request names (docs.github.com, "API versions"). */
export const GITHUB_API_VERSION = '2022-11-28'

export type GitHubClient = InstanceType<typeof Octokit>

/**
 * An Octokit with throttling and retry configured for one purpose: GraphQL queries (`read`) or
 * REST writes (`write`), which picks the spacing. Each client gets its own Bottleneck groups,
 * so a test's clients never share queues with another's. GET answers are kept in
 * `conditionalCache` for conditional rereads (default: a new one for this client).
 */
export function createGitHubClient(
  context: RunContext,
  purpose: 'read' | 'write',
  conditionalCache: ConditionalCache = new ConditionalCache(),
): GitHubClient {
  const { token, apiUrl } = context.github
  // Refused here, before any request: octokit would report every one as "500" and retry it.
  const badToken = tokenHeaderProblem(token)
  if (badToken) throw new UserError(badToken)
  const { timing, logger } = context
  // octokit's throttling queues GraphQL in its "write" group; give that group the spacing
  // that fits this client's purpose.
  const minTime = purpose === 'read' ? timing.graphqlIntervalMs : timing.writeIntervalMs
  const group = (min: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime: min })
  const maxWait = timing.maxRateLimitWaitSeconds ?? 300
  const retryOnce = (kind: string) => (retryAfter: number, request: { method: string; url: string; request: { retryCount: number } }) => {
    const attempt = request.request.retryCount + 1
    if (attempt > timing.retries) {
      logger.warning(`${kind} on ${request.method} ${request.url}: giving up after ${timing.retries} retries`)
      return false
    }
    if (retryAfter > maxWait) {
      logger.warning(
        `${kind} on ${request.method} ${request.url}: it resets in ${retryAfter}s, longer than the ${maxWait}s worth waiting for`,
      )
      return false
    }
    logger.info(`${kind} on ${request.method} ${request.url}: retry ${attempt} after ${retryAfter}s`)
    return true
  }
  const octokit = new Octokit({
    auth: token,
    baseUrl: apiUrl,
    userAgent: 'learning-path-sync',
    request: {
      fetch: loggedFetch(fetchWithTimeout(timing.requestTimeoutMs ?? PRODUCTION_TIMING.requestTimeoutMs!), logger, token),
    },
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => logger.debug(m),
      error: (m: string) => logger.debug(m),
    },
    retry: {
      retries: timing.retries,
      retryAfterBaseValue: timing.retryAfterBaseValue,
      // 429 is the throttling plugin's to retry (it waits for the reset); letting the retry
      // plugin retry it as well multiplied the attempts: 16 for a limit that does not lift.
      // 409 (an empty repository, a conflict) answers the same however often it is asked.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
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
  octokit.hook.before('request', (request) => {
    if (!isGraphQL(request.url)) request.headers['x-github-api-version'] = GITHUB_API_VERSION
  })
  // Registered last, so it wraps the throttling and retry plugins: a 304 reaches it as is.
  octokit.hook.wrap('request', (request, endpoint) =>
    isGraphQL(endpoint.url) ? request(endpoint) : conditionalGet(conditionalCache, request, endpoint, octokit.request.endpoint.parse),
  )
  return octokit
}

/**
 * With debug logging on (ACTIONS_STEP_DEBUG or RUNNER_DEBUG in the action, --verbose in the
 * CLI), one line per request as it goes over the wire, retries included: method, path, status,
 * attempt. The path only (no query string, no headers), so never the token. Below octokit's
 * retry plugin, so each retry is its own line; the attempt counts tries of the same request
 * since its last answer that was not retried (5xx, 429, no answer).
 */
function loggedFetch(send: typeof fetch, logger: Logger, token: string): typeof fetch {
  const failedTries = new Map<string, number>()
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    const method = (init?.method ?? 'GET').toUpperCase()
    const key = `${method} ${url.href}`
    const attempt = (failedTries.get(key) ?? 0) + 1
    const path = safeDecode(url.pathname)
    const started = performance.now()
    const line = (outcome: string | number) =>
      `${method} ${path} → ${outcome} (attempt ${attempt}, ${Math.round(performance.now() - started)} ms)`
    try {
      const response = await send(input, init)
      if (response.status >= 500 || response.status === 429) failedTries.set(key, attempt)
      else failedTries.delete(key)
      logger.debug(line(response.status))
      return response
    } catch (error) {
      failedTries.set(key, attempt)
      // fetch's own errors may quote the request's headers (a token with a line break is an
      // invalid header value, quoted whole): never the token.
      logger.debug(line(`no answer (${redact(networkFailure(error) ?? (error as Error).message, [token])})`))
      throw error
    }
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** `fetch` that gives up after `ms` without an answer (a TimeoutError, named "timeout" in messages). */
function fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) =>
    fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms) })
}

const isGraphQL = (url: string) => /\/graphql$/.test(url)
