/**
 * Where contributor lists come from: `none`, `git` (the checkout's log), `github` (GraphQL
 * history), or `keep` (the lists the site has now; no history read).
 */
export const CONTRIBUTOR_KINDS = ['none', 'git', 'github', 'keep'] as const

export type ContributorKind = (typeof CONTRIBUTOR_KINDS)[number]

export function isContributorKind(value: string): value is ContributorKind {
  return (CONTRIBUTOR_KINDS as readonly string[]).includes(value)
}
