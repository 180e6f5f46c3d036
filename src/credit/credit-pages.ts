import type { Contributor, ContributorProvider, CreditResult, Logger, RenderedPage } from '../shared/types.js'
import { additionsOf, unmatchedPatterns, withAdditions } from './additions.js'
import type { ContributorsFile } from './contributors-file.js'
import { buildRuleReport, type RuleReport } from './rule-report.js'

/**
 * `frontMatter` with `contributors` set, keeping key order: the key keeps its place when the
 * page has it (the renderer's placeholder), else it goes right after `title`, as on the site.
 */
export function withContributors(frontMatter: Record<string, unknown>, contributors: Contributor[]): Record<string, unknown> {
  const list = contributors.map((c) => ({ name: c.name, url: c.url }))
  if ('contributors' in frontMatter) return { ...frontMatter, contributors: list }
  const out: Record<string, unknown> = {}
  let placed = false
  for (const [key, value] of Object.entries(frontMatter)) {
    out[key] = value
    if (key === 'title') {
      out.contributors = list
      placed = true
    }
  }
  if (!placed) out.contributors = list
  return out
}

/**
 * Credits every page that has a `creditPath`, asking the provider once for all of them, and
 * applies the `add` rules of the contributors file (the provider applied its aliases and
 * exclusions). Pages whose credit failed keep their placeholder and are listed in
 * `result.failures` (the sync stage decides what they finally show). Returns new page objects,
 * and, with a contributors file, which of its rules changed which pages.
 */
export async function creditPages(
  pages: RenderedPage[],
  provider: ContributorProvider,
  logger: Logger,
  contributorsFile: ContributorsFile | null = null,
): Promise<{ pages: RenderedPage[]; result: CreditResult; rules: RuleReport | null }> {
  const paths = [...new Set(pages.map((page) => page.creditPath).filter((p): p is string => p !== null))]
  const result = await provider.credit(paths)
  const additions = additionsOf(contributorsFile)
  const changedBy = new Map<string, string[]>()
  let credited = 0
  const out = pages.map((page) => {
    const contributors = page.creditPath === null ? undefined : result.contributors.get(page.creditPath)
    if (!contributors) return page // unchanged, and never mutated
    credited++
    const added = withAdditions(page.path, contributors, additions)
    const rules = [...(result.changedBy?.get(page.creditPath as string) ?? []), ...added.changedBy]
    if (rules.length > 0) changedBy.set(page.path, rules)
    return { ...page, frontMatter: withContributors(page.frontMatter, added.list) }
  })
  logger.debug(`contributors (${provider.kind}): ${credited} pages credited from ${paths.length} source files`)
  if (!contributorsFile) return { pages: out, result, rules: null }
  const listing = pages.filter((page) => page.creditPath !== null).map((page) => page.path)
  const unmatched = unmatchedPatterns(contributorsFile, listing)
  for (const pattern of unmatched) logger.warning(`${contributorsFile.file}: ${pattern} names no page that lists contributors`)
  return { pages: out, result, rules: buildRuleReport(contributorsFile, changedBy, unmatched) }
}
