import { headerFailure } from './token-header.js'

// A request that never got an answer is not a GitHub error: octokit reports a refused
// connection as "HTTP 500", which sent people looking at GitHub's status page for a typo in
// GITHUB_API_URL. These names come from the system call or TLS error under octokit's error.

const NAMES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'unknown host (DNS lookup failed)',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  UND_ERR_SOCKET: 'connection closed',
  EPROTO: 'TLS error',
}

/** The codes a chain of causes carries (`error.cause.cause...`), outermost first. */
function codesOf(error: unknown): { code: string; message: string }[] {
  const found: { code: string; message: string }[] = []
  let at: unknown = error
  for (let depth = 0; at && typeof at === 'object' && depth < 6; depth++) {
    const { code, message, name } = at as { code?: unknown; message?: unknown; name?: unknown }
    if (typeof code === 'string') found.push({ code, message: typeof message === 'string' ? message : '' })
    // The client's own deadline (AbortSignal.timeout) ends in a TimeoutError.
    if (name === 'TimeoutError') found.push({ code: 'ETIMEDOUT', message: '' })
    at = (at as { cause?: unknown }).cause
  }
  return found
}

/**
 * `connection refused`, `unknown host`, `timeout`, `TLS error: …` when the request never reached
 * an HTTP answer; null for anything else (an HTTP status from GitHub).
 */
export function networkFailure(error: unknown): string | null {
  for (const { code, message } of codesOf(error)) {
    if (NAMES[code]) return code === 'EPROTO' ? `TLS error: ${message.split('\n')[0]}` : NAMES[code]
    // Node's TLS errors: CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID, ...
    if (/CERT|TLS|SSL/.test(code)) return `TLS error: ${code}${message ? ` (${message.split('\n')[0]})` : ''}`
    // The HTTP parser's errors: something answered, but not in HTTP (a proxy, a wrong port).
    if (code.startsWith('HPE_')) return `the answer was not HTTP (${message.split('\n')[0] || code})`
  }
  // A timeout octokit enforces itself (request.timeout) ends in an AbortError.
  if (error && typeof error === 'object' && (error as { name?: unknown }).name === 'AbortError') return 'timeout'
  return null
}

/**
 * The one line for a request that got no HTTP answer; null when GitHub answered (whatever the
 * status). octokit gives both status 500, but only an answer has a `response`: without one, the
 * token could not be put in a header, the connection failed, or what came back was not HTTP.
 */
export function noAnswerMessage(error: unknown, apiUrl: string): string | null {
  const header = headerFailure(error)
  if (header) return header
  const failure = networkFailure(error)
  if (failure) return unreachableMessage(apiUrl, failure)
  if (!error || typeof error !== 'object') return null
  const { status, response, message } = error as { status?: unknown; response?: unknown; message?: unknown }
  if (typeof status !== 'number' || response) return null
  const detail = typeof message === 'string' && message !== '' ? message.split('\n')[0].slice(0, 200) : 'no detail'
  return unreachableMessage(apiUrl, `no answer (${detail})`)
}

/** `could not reach <API URL>: connection refused`: the one line for a request with no answer. */
export function unreachableMessage(apiUrl: string, failure: string): string {
  return `could not reach ${apiUrl.replace(/\/+$/, '')}: ${failure}`
}
