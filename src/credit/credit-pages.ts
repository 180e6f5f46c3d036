import type { CreditResult, RenderedPage } from '../shared/types.js'
import type { Logger } from '../shared/logger.js'
import { applyContributorsFile } from './apply-contributors-file.js'
import type { ContributorsFile } from './contributors-file.js'
import type { RuleReport } from './rule-report.js'

/**
 * Credits every page that has a `creditPath` from the provider's result. Pages whose credit
 * failed keep their `[]` placeholder and are listed in `result.failures` (the stage decides
 * what they finally show). Returns new page objects.
 */
export function applyCredits(pages: readonly RenderedPage[], result: CreditResult, kind: string, logger: Logger): RenderedPage[] {
  let credited = 0
  const out = pages.map((page) => {
    const contributors = page.creditPath === null ? undefined : result.contributors.get(page.creditPath)
    if (!contributors) return page // unchanged, and never mutated
    credited++
    return { ...page, contributors }
  })
  logger.debug(`contributors (${kind}): ${credited} pages credited from ${result.contributors.size} source files`)
  return out
}

/**
 * The provider's answer applied to the pages, then the contributors file's additions (its
 * aliases and exclusions are the provider's to apply: it was given the rules).
 */
export function applyCreditResult(
  pages: readonly RenderedPage[],
  result: CreditResult,
  kind: string,
  file: ContributorsFile | null,
  logger: Logger,
): { pages: RenderedPage[]; rules: RuleReport | null } {
  return applyContributorsFile(applyCredits(pages, result, kind, logger), result, file, logger)
}
