import type { IncomingHttpHeaders } from 'node:http'

/**
 * The token a request authenticates with, if it is the accepted one. GitHub takes both
 * `token T` and `Bearer T` in the Authorization header.
 */
export function authenticate(headers: IncomingHttpHeaders, acceptedToken: string): string | undefined {
  const header = headers.authorization
  if (!header) return undefined
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header)
  if (!match) return undefined
  return match[1] === acceptedToken ? match[1] : undefined
}
