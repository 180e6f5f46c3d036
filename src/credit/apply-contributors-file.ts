import type { Logger } from '../shared/logger.js'
import type { CreditResult, RenderedPage } from '../shared/types.js'
import { additionsOf, unmatchedPatterns, withAdditions } from './additions.js'
import type { ContributorsFile } from './contributors-file.js'
import { buildRuleReport, type RuleReport } from './rule-report.js'

/**
 * The contributors file's part after crediting: its `add` rules appended to the credited pages
 * they name (the provider already applied its aliases and exclusions), and the report of which
 * rule changed which pages. Pages whose credit failed are left alone: the sync keeps the lists
 * the site shows for them. Without a file, the pages as they are and no report.
 */
export function applyContributorsFile(
  pages: readonly RenderedPage[],
  result: CreditResult,
  file: ContributorsFile | null,
  logger: Logger,
): { pages: RenderedPage[]; rules: RuleReport | null } {
  if (!file) return { pages: [...pages], rules: null }
  const additions = additionsOf(file)
  const changedBy = new Map<string, string[]>()
  const out = pages.map((page) => {
    if (page.creditPath === null || page.contributors === null || !result.contributors.has(page.creditPath)) return page
    const added = withAdditions(page.path, page.contributors, additions)
    const rules = [...(result.changedBy?.get(page.creditPath) ?? []), ...added.changedBy]
    if (rules.length > 0) changedBy.set(page.path, rules)
    return added.changedBy.length > 0 ? { ...page, contributors: added.list } : page
  })
  const listing = pages.filter((page) => page.creditPath !== null).map((page) => page.path)
  const unmatched = unmatchedPatterns(file, listing)
  for (const pattern of unmatched) logger.warning(`${pattern} names no page that lists contributors`, { file: file.file })
  return { pages: out, rules: buildRuleReport(file, changedBy, unmatched) }
}
