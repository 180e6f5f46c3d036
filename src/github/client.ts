import { Octokit } from '@octokit/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import type { Logger } from '../shared/logger.js'
import type { RunContext } from '../shared/run-context.js'
import { UserError } from '../shared/user-error.js'
import { ConditionalCache, conditionalGet } from './conditional-requests.js'
import { fetchWithTimeout, loggedFetch } from './logged-fetch.js'
import { PRODUCTION_TIMING, type ClientTiming } from './timing.js'
import { tokenHeaderProblem } from './token-header.js'
import { networkRetry } from './network-retry-plugin.js'

/** The REST API version every request names (docs.github.com, "API versions"). */
export const GITHUB_API_VERSION = '2022-11-28'

// Only the plugins in use: REST routes are named as `request('GET /repos/{owner}/{repo}', …)`
// (typed by @octokit/types), nothing is paginated, so neither the endpoint-method table nor
// the pagination plugins come into the bundle.
// networkRetry first: its error hook runs before the retry plugin's, which it informs.
const GitHubOctokit = Octokit.plugin(networkRetry, retry, throttling)

export type GitHubClient = InstanceType<typeof GitHubOctokit>

/** A rate-limit handler: retry (true) until the retries are spent or the wait is too long. */
function retryUnlessSpent(timing: ClientTiming, logger: Logger, kind: string) {
  const maxWait = timing.maxRateLimitWaitSeconds ?? 300
  return (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const attempt = retryCount + 1
    const what = `${kind} on ${request.method} ${request.url}`
    if (attempt > timing.retries) {
      logger.warning(`${what}: giving up after ${timing.retries} retries`)
      return false
    }
    if (retryAfter > maxWait) {
      logger.warning(`${what}: it resets in ${retryAfter}s, longer than the ${maxWait}s worth waiting for`)
      return false
    }
    logger.info(`${what}: retry ${attempt} after ${retryAfter}s`)
    return true
  }
}

/** The retry and throttling plugins' settings for a client of this purpose. */
function pluginOptions(purpose: 'read' | 'write', timing: ClientTiming, logger: Logger) {
  // octokit's throttling queues GraphQL in its "write" group; give that group the spacing
  // that fits this client's purpose.
  const minTime = purpose === 'read' ? timing.graphqlIntervalMs : timing.writeIntervalMs
  const group = (min: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime: min })
  return {
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
      search: group(timing.searchIntervalMs ?? 2000),
      retryAfterBaseValue: timing.retryAfterBaseValue,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: retryUnlessSpent(timing, logger, 'rate limit'),
      onSecondaryRateLimit: retryUnlessSpent(timing, logger, 'secondary rate limit'),
    },
  }
}

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
  const octokit = new GitHubOctokit({
    auth: token,
    baseUrl: apiUrl,
    userAgent: 'learning-path-sync',
    request: {
      fetch: loggedFetch(fetchWithTimeout(timing.requestTimeoutMs ?? PRODUCTION_TIMING.requestTimeoutMs!), logger, token),
    },
    log: { debug: () => {}, info: () => {}, warn: (m: string) => logger.debug(m), error: (m: string) => logger.debug(m) },
    ...pluginOptions(purpose, timing, logger),
    networkRetry: { logger, timing },
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

const isGraphQL = (url: string) => /\/graphql$/.test(url)
