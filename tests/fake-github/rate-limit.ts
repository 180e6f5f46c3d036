import { errorReply, type Reply } from './http.js'

/**
 * One of GitHub's per-token budgets: REST `core` and `graphql`, reset every hour, and `search`
 * (the search endpoints' own: 30 requests a minute for an authenticated client).
 */
export interface Budget {
  resource: 'core' | 'graphql' | 'search'
  limit: number
  used: number
  /** Epoch milliseconds of the reset. */
  resetAt: number
}

const HOUR_MS = 60 * 60 * 1000

/** GitHub's search limit for authenticated requests ("Rate limits for the REST API", docs.github.com). */
export const SEARCH_LIMIT = { limit: 30, windowMs: 60_000 }

/** Budgets per token and resource, as GitHub keeps them. */
export class RateLimits {
  private budgets = new Map<string, Budget>()

  constructor(
    private readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  budget(token: string, resource: Budget['resource']): Budget {
    const key = `${resource}\u0000${token}`
    let budget = this.budgets.get(key)
    if (!budget || this.now() >= budget.resetAt) {
      const search = resource === 'search'
      budget = {
        resource,
        limit: search ? SEARCH_LIMIT.limit : this.limit,
        used: 0,
        resetAt: this.now() + (search ? SEARCH_LIMIT.windowMs : HOUR_MS),
      }
      this.budgets.set(key, budget)
    }
    return budget
  }

  /** Spends points; false (and nothing spent) when the budget cannot cover them. */
  spend(token: string, resource: Budget['resource'], points: number): boolean {
    const budget = this.budget(token, resource)
    if (budget.used + points > budget.limit) return false
    budget.used += points
    return true
  }
}

export function remaining(budget: Budget): number {
  return Math.max(0, budget.limit - budget.used)
}

/** GitHub's `x-ratelimit-*` headers for a budget. */
export function rateLimitHeaders(budget: Budget): Record<string, string> {
  return {
    'x-ratelimit-limit': String(budget.limit),
    'x-ratelimit-remaining': String(remaining(budget)),
    'x-ratelimit-reset': String(Math.ceil(budget.resetAt / 1000)),
    'x-ratelimit-used': String(budget.used),
    'x-ratelimit-resource': budget.resource,
  }
}

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'

/**
 * A spent primary budget: 403, `x-ratelimit-remaining: 0`, `x-ratelimit-reset` and no
 * `retry-after` (docs.github.com, "Rate limits for the REST API": wait until the reset).
 * `resetAt` (epoch ms) overrides the budget's own reset, for scripted faults.
 */
export function primaryLimitReply(budget: Budget, resetAt = budget.resetAt): Reply {
  return {
    ...errorReply(
      403,
      'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID F4KE:0000:0000:0000:0000 and timestamp 2024-01-01 00:00:00 UTC.',
      {},
      RATE_LIMIT_DOCS,
    ),
    headers: { ...rateLimitHeaders(budget), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)) },
  }
}

/** A secondary rate limit: 403 with `retry-after` when given (null: none, and the client waits a minute). */
export function secondaryLimitReply(budget: Budget, retryAfter: number | null): Reply {
  return {
    ...errorReply(
      403,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID F4KE:0000:0000:0000:0000.',
      {},
      RATE_LIMIT_DOCS,
    ),
    headers: { ...rateLimitHeaders(budget), ...(retryAfter === null ? {} : { 'retry-after': String(retryAfter) }) },
  }
}
