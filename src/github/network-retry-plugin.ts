import type { Octokit } from '@octokit/core'
import type { OctokitOptions } from '@octokit/core/types'
import type { Logger } from '../shared/logger.js'
import type { ClientTiming } from './timing.js'
import { networkFailure, unreachableMessage } from './network-failure.js'

// A request that got no answer is retried by octokit's retry plugin after 1, 4 and 9 seconds
// (14 s in all) without a word, which looked like a hang. This plugin comes before it, so its
// error hook sees each failure first: it says at once what is retried, and a refused connection
// to this machine (a local GitHub that is not running) is not retried at all, since nothing
// starts listening there within seconds.

/** The constructor options the plugin reads. */
export interface NetworkRetryOptions {
  networkRetry?: { logger: Logger; timing: ClientTiming }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** Whether an API root is on this machine. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK.has(new URL(url).hostname.toLowerCase())
  } catch {
    return false
  }
}

/** The request's path with its parameters filled in, without the query (never a token there, but no need either). */
function pathOf(octokit: Octokit, request: Parameters<typeof octokit.request.endpoint.parse>[0]): string {
  try {
    return new URL(octokit.request.endpoint.parse(request).url).pathname
  } catch {
    return String(request.url)
  }
}

export function networkRetry(octokit: Octokit, options: OctokitOptions): void {
  const settings = (options as NetworkRetryOptions).networkRetry
  if (!settings) return
  octokit.hook.error('request', (error, request) => {
    // No HTTP answer (octokit says 500 without a response): what the network said, else "no answer".
    const { response, status } = error as { response?: unknown; status?: unknown }
    const failure = response ? null : (networkFailure(error) ?? (status === 500 ? 'no answer' : null))
    if (failure === null) throw error
    const root = String(request.baseUrl ?? '')
    if (failure === 'connection refused' && isLoopbackUrl(root)) {
      // Read by the retry plugin, which runs after this hook: no retry for this request.
      request.request = { ...request.request, retries: 0 }
      throw error
    }
    const attempt = ((request.request as { retryCount?: number } | undefined)?.retryCount ?? 0) + 1
    const { retries, retryAfterBaseValue } = settings.timing
    if (attempt <= retries) {
      const seconds = (attempt * attempt * retryAfterBaseValue) / 1000
      settings.logger.info(
        `${unreachableMessage(root, failure)} (${request.method} ${pathOf(octokit, request)}): retry ${attempt} of ${retries} in ${seconds} s`,
      )
    }
    throw error
  })
}
