/** Where contributor lists come from: `none`, `git` (the checkout's log) or `github` (GraphQL history). */
export const CONTRIBUTOR_KINDS = ['none', 'git', 'github'] as const

export type ContributorKind = (typeof CONTRIBUTOR_KINDS)[number]

export function isContributorKind(value: string): value is ContributorKind {
  return (CONTRIBUTOR_KINDS as readonly string[]).includes(value)
}
