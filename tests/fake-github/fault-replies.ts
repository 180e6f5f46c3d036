import type { FakeFault } from './types.js'
import { badCredentials, errorReply, notFound, validationFailed, type Reply } from './http.js'
import { primaryLimitReply, rateLimitHeaders, secondaryLimitReply, type Budget } from './rate-limit.js'

/**
 * The answer GitHub gives for a scripted status, with the headers clients act on: a 403 is a
 * secondary rate limit (`retry-after`, unless the fault says null) or a spent primary budget
 * (`x-ratelimit-remaining: 0` and the reset, no `retry-after`); a 429 carries both kinds.
 */
export function faultReply(fault: FakeFault, budget: Budget, graphql: boolean): Reply {
  const retryAfter = fault.retryAfter === undefined ? 1 : fault.retryAfter
  const resetAt = Date.now() + 1000 * (fault.resetAfter ?? retryAfter ?? 1)
  const limits = rateLimitHeaders(budget)
  switch (fault.status) {
    case 401:
      return { ...badCredentials(), headers: limits }
    case 403:
      return fault.rateLimit === 'primary' ? primaryLimitReply(budget, resetAt) : secondaryLimitReply(budget, retryAfter)
    case 404:
      return { ...notFound(), headers: limits }
    case 422:
      return { ...validationFailed([]), headers: limits }
    case 429:
      return {
        ...errorReply(429, 'API rate limit exceeded for user ID 1.'),
        headers: {
          ...limits,
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
          ...(retryAfter === null ? {} : { 'retry-after': String(retryAfter) }),
        },
      }
    case 502:
      // GitHub's GraphQL endpoint answers a gateway timeout with a GraphQL-shaped body.
      return graphql
        ? {
            status: 502,
            body: {
              data: null,
              errors: [
                {
                  message:
                    'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `F4KE:0000:0000:0000:0000` when reporting this issue.',
                },
              ],
            },
            headers: limits,
          }
        : { ...errorReply(502, 'Server Error'), headers: limits }
    default:
      return { ...errorReply(fault.status ?? 500, 'Server Error'), headers: limits }
  }
}
