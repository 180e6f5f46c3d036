import { pageContributors } from '../credit/keep-site-contributors.js'

/** Display names in a page's contributor list, in order; null when not readable. The PR table reports people, not links. */
export function contributorNames(pageContent: string): string[] | null {
  return pageContributors(pageContent)?.map((c) => c.name) ?? null
}

export interface ContributorChange {
  added: string[]
  removed: string[]
}

/** Names that appear in `after` but not `before`, and the reverse; both in their list's order. */
export function diffContributors(before: readonly string[], after: readonly string[]): ContributorChange {
  const had = new Set(before)
  const has = new Set(after)
  return { added: after.filter((n) => !had.has(n)), removed: before.filter((n) => !has.has(n)) }
}
