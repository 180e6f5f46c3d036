import YAML from 'yaml'
import type { Contributor } from '../shared/types.js'

/**
 * The `contributors:` list of a page's front matter as the site has it; null when the page has
 * no readable front matter or the list is not a list of `{ name, url }`.
 */
export function pageContributors(pageContent: string): Contributor[] | null {
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
  const people: Contributor[] = []
  for (const item of list) {
    const { name, url } = (item ?? {}) as Record<string, unknown>
    if (typeof name !== 'string' || (url !== null && url !== undefined && typeof url !== 'string')) return null
    people.push({ name, url: (url as string | undefined) ?? null })
  }
  return people
}

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
