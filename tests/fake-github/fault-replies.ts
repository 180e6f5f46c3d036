import type { FakeFault } from './types.js'
import { badCredentials, errorReply, notFound, validationFailed, type Reply } from './http.js'
import { rateLimitHeaders, type Budget } from './rate-limit.js'

/**
 * The answer GitHub gives for a scripted status, with the headers clients act on:
 * `retry-after` for a secondary rate limit (403) and for 429, whose primary-limit headers
 * also say the budget is spent until the reset.
 */
export function faultReply(fault: FakeFault, budget: Budget, graphql: boolean): Reply {
  const retryAfter = String(fault.retryAfter ?? 1)
  const limits = rateLimitHeaders(budget)
  switch (fault.status) {
    case 401:
      return { ...badCredentials(), headers: limits }
    case 403:
      return {
        ...errorReply(
          403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID F4KE:0000:0000:0000:0000.',
        ),
        headers: { ...limits, 'retry-after': retryAfter },
      }
    case 404:
      return { ...notFound(), headers: limits }
    case 409:
      // What GitHub answers git-data requests on a repository without any commit.
      return { ...errorReply(409, 'Git Repository is empty.'), headers: limits }
    case 422:
      return { ...validationFailed([]), headers: limits }
    case 429: {
      const reset = Math.ceil(Date.now() / 1000) + Number(retryAfter)
      return {
        ...errorReply(429, 'API rate limit exceeded for user ID 1.'),
        headers: { ...limits, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'retry-after': retryAfter },
      }
    }
    case 502:
      // GitHub's GraphQL endpoint answers a gateway timeout with a GraphQL-shaped body.
      return graphql
        ? {
            status: 502,
            body: { data: null, errors: [{ message: 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `F4KE:0000:0000:0000:0000` when reporting this issue.' }] },
            headers: limits,
          }
        : { ...errorReply(502, 'Server Error'), headers: limits }
    default:
      return { ...errorReply(fault.status ?? 500, 'Server Error'), headers: limits }
  }
}
