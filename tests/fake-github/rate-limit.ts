/** One of GitHub's per-token budgets (REST `core` or `graphql`), reset every hour. */
export interface Budget {
  resource: 'core' | 'graphql'
  limit: number
  used: number
  /** Epoch milliseconds of the reset. */
  resetAt: number
}

const HOUR_MS = 60 * 60 * 1000

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
      budget = { resource, limit: this.limit, used: 0, resetAt: this.now() + HOUR_MS }
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
