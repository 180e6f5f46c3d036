import type { ContributorProvider, CreditResult } from '../shared/types.js'

/**
 * Credits nobody: every page gets `contributors: []`, with no git or network access. As `keep`,
 * the plan then puts back the list each page has on the site (keepSiteContributors).
 */
export class NoContributorProvider implements ContributorProvider {
  constructor(readonly kind: 'none' | 'keep' = 'none') {}

  credit(sourcePaths: readonly string[]): Promise<CreditResult> {
    return Promise.resolve({
      contributors: new Map(sourcePaths.map((path) => [path, []])),
      failures: [],
      stats: { requests: 0, points: 0 },
    })
  }
}
