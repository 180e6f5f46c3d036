import type { ContributorProvider, CreditResult, RenderedPage } from '../shared/types.js'
import type { Logger } from '../shared/logger.js'
import { applyContributorsFile } from './apply-contributors-file.js'
import type { ContributorsFile } from './contributors-file.js'
import type { RuleReport } from './rule-report.js'

/**
 * Credits every page that has a `creditPath` from the provider's result. Pages whose credit
 * failed keep their `[]` placeholder and are listed in `result.failures` (the sync decides
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
 * Asks the provider once for every credited page and applies the answer, then the contributors
 * file's additions (its aliases and exclusions are the provider's to apply: give it the rules).
 */
export async function creditPages(
  pages: readonly RenderedPage[],
  provider: ContributorProvider,
  logger: Logger,
  contributorsFile: ContributorsFile | null = null,
): Promise<{ pages: RenderedPage[]; result: CreditResult; rules: RuleReport | null }> {
  const result = await provider.credit(creditedSourcePaths(pages))
  const credited = applyContributorsFile(applyCredits(pages, result, provider.kind, logger), result, contributorsFile, logger)
  return { ...credited, result }
}

/** The source files whose history credits these pages, each once. */
export function creditedSourcePaths(pages: readonly { creditPath: string | null }[]): string[] {
  return [...new Set(pages.map((page) => page.creditPath).filter((p): p is string => p !== null))]
}
