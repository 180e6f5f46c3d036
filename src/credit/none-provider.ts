import type { ContributorProvider, CreditResult } from '../shared/types.js'

/** Credits nobody: every page gets `contributors: []`, with no git or network access. */
export class NoContributorProvider implements ContributorProvider {
  readonly kind = 'none' as const

  credit(sourcePaths: readonly string[]): Promise<CreditResult> {
    return Promise.resolve({
      contributors: new Map(sourcePaths.map((path) => [path, []])),
      failures: [],
      stats: { requests: 0, points: 0 },
    })
  }
}
