import type { Contributor, ContributorProvider, CreditResult, Logger, RenderedPage } from '../shared/types.js'

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
 * Credits every page that has a `creditPath`, asking the provider once for all of them.
 * Pages whose credit failed keep their placeholder and are listed in `result.failures`
 * (the sync stage decides what they finally show). Returns new page objects.
 */
export async function creditPages(
  pages: RenderedPage[],
  provider: ContributorProvider,
  logger: Logger,
): Promise<{ pages: RenderedPage[]; result: CreditResult }> {
  const paths = [...new Set(pages.map((page) => page.creditPath).filter((p): p is string => p !== null))]
  const result = await provider.credit(paths)
  let credited = 0
  const out = pages.map((page) => {
    const contributors = page.creditPath === null ? undefined : result.contributors.get(page.creditPath)
    if (!contributors) return page // unchanged, and never mutated
    credited++
    return { ...page, frontMatter: withContributors(page.frontMatter, contributors) }
  })
  logger.debug(`contributors (${provider.kind}): ${credited} pages credited from ${paths.length} source files`)
  return { pages: out, result }
}
