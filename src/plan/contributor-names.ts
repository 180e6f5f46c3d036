import YAML from 'yaml'

/**
 * Display names in a page's `contributors:` front matter, in order; null when the page has no
 * readable front matter. Only the names: the PR table reports people, not profile links.
 */
export function contributorNames(pageContent: string): string[] | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(pageContent)
  if (!match) return null
  let data: unknown
  try {
    data = YAML.parse(match[1])
  } catch {
    return null
  }
  if (data === null || typeof data !== 'object') return null
  const list = (data as Record<string, unknown>).contributors
  if (list === undefined || list === null) return []
  if (!Array.isArray(list)) return null
  return list
    .map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>).name : undefined))
    .filter((name): name is string => typeof name === 'string')
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
