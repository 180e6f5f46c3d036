// Conditional requests: GitHub sends an `ETag` with its GET answers and answers a request whose
// `If-None-Match` names the current one with `304 Not Modified`, which costs no rate limit
// (docs.github.com: "Best practices for using the REST API", use conditional requests).
import { createHash } from 'node:crypto'

/**
 * A weak validator of the answer as this token sees it. GitHub's vary by `Accept` and
 * `Authorization` too (its `Vary` header says so), so another token never matches.
 */
export function etagOf(text: string, token: string, accept: string | undefined): string {
  const hash = createHash('sha256')
    .update(token)
    .update('\0')
    .update(accept ?? '')
    .update('\0')
    .update(text)
    .digest('hex')
  return `W/"${hash.slice(0, 40)}"`
}

/** `If-None-Match` lists validators (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}

export const VARY = 'Accept, Authorization, Cookie, X-GitHub-OTP'
