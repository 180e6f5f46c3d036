import type { Logger } from '../shared/logger.js'
import { redact } from '../shared/redact.js'
import { networkFailure } from './network-failure.js'

/**
 * With debug logging on (ACTIONS_STEP_DEBUG or RUNNER_DEBUG in the action, --verbose in the
 * CLI), one line per request as it goes over the wire, retries included: method, path, status,
 * attempt. The path only (no query string, no headers), so never the token. Below octokit's
 * retry plugin, so each retry is its own line; the attempt counts tries of the same request
 * since its last answer that was not retried (5xx, 429, no answer).
 */
export function loggedFetch(send: typeof fetch, logger: Logger, token: string): typeof fetch {
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
export function fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) =>
    fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms) })
}
