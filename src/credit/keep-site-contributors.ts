import YAML from 'yaml'
import type { Contributor, RenderedPage } from '../shared/types.js'

export interface KeptContributors {
  pages: RenderedPage[]
  /** Pages that got the site's current list back. */
  kept: string[]
  /** Pages whose credit failed and that the site does not have (or whose list is unreadable): left `[]`. */
  empty: string[]
}

/**
 * For pages whose commit history could not be read, puts back the contributor list the site
 * shows today, so a GitHub hiccup never empties a list. A page the site does not have yet
 * keeps the empty placeholder: there is nothing to keep. Reads only those pages.
 */
export async function keepSiteContributors(
  pages: readonly RenderedPage[],
  failedCreditPaths: ReadonlySet<string>,
  site: { files: ReadonlyMap<string, string>; read(relPath: string): Promise<string> },
): Promise<KeptContributors> {
  const result: KeptContributors = { pages: [], kept: [], empty: [] }
  for (const page of pages) {
    if (page.creditPath === null || !failedCreditPaths.has(page.creditPath)) {
      result.pages.push(page)
      continue
    }
    const list = site.files.has(page.path) ? pageContributors(await site.read(page.path)) : null
    if (list === null) {
      result.empty.push(page.path)
      result.pages.push(page)
    } else {
      result.kept.push(page.path)
      result.pages.push({ ...page, contributors: list })
    }
  }
  return result
}

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
