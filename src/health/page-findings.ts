// Links and markup of the rendered pages, checked and traced back to a line of their source.
import { joinTreePath } from '../shared/tree-path.js'
import type { RenderedPage } from '../shared/types.js'
import { learningPathTarget, malformedUrl, missingPage, type PageIndex } from './link-checks.js'
import { pageLinks, type PageLink } from './page-links.js'
import type { LandingExists } from './section-links.js'
import { SourceLines } from './source-lines.js'
import type { Finding } from './types.js'
import { unsafeMarkup } from './unsafe-html.js'

/**
 * A page written from a translation's own source. An index page of a language without its own
 * index.md shows the English text: its links are the English page's.
 */
export function isTranslatedPage(page: RenderedPage): boolean {
  return page.language !== 'en' && !(page.kind === 'index' && page.source === joinTreePath(page.section, 'index.md'))
}

/** Where to look for a rendered URL in the source: as written, or before the translated-link rewrite added `/<lang>`. */
function needles(url: string, language: string): string[] {
  const english = url.replace(new RegExp(`/${language}/learn/`, 'i'), '/learn/')
  return [...new Set([url, english, url.replace(/^https?:\/\//i, ''), english.replace(/^https?:\/\/[^/]*/i, '')])]
}

/**
 * Every finding of every page, each source file checked once (several index pages can stand
 * on one English index.md). Sorted by file and line.
 */
export function pageFindings(
  pages: readonly RenderedPage[],
  sourceText: (path: string) => string | undefined,
  index: PageIndex,
  landingExists: LandingExists,
): Finding[] {
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const page of pages) {
    if (seen.has(page.source)) continue
    seen.add(page.source)
    const lines = new SourceLines(sourceText(page.source) ?? '')
    const add = (finding: PageProblem, look: string[]) => {
      const line = lines.lineOf(look)
      findings.push({ ...finding, file: page.source, ...(line ? { line } : {}), page: page.path })
    }
    const translated = isTranslatedPage(page)
    for (const link of pageLinks(page.body, page.kind === 'index')) {
      const problem = linkProblem(link, page.language, translated, index, landingExists)
      if (problem) add(problem, needles(link.url, page.language))
    }
    for (const markup of unsafeMarkup(page.body)) {
      add(
        {
          kind: 'unsafe-html',
          target: markup.name,
          detail: 'published as written',
          message: `the page carries ${markup.name}: published as written, check that it is meant to be there`,
        },
        [markup.needle],
      )
    }
  }
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
}

/** A finding before it is located in its source. */
type PageProblem = Omit<Finding, 'file' | 'page' | 'line'>

/**
 * What is wrong with one link of a page in `language`: a Learning Path page that does not exist,
 * the English landing page where the translated one exists, or a malformed URL; else null.
 */
function linkProblem(
  link: PageLink,
  language: string,
  translated: boolean,
  index: PageIndex,
  landingExists: LandingExists,
): PageProblem | null {
  const target = link.kind === 'link' ? learningPathTarget(link.url) : null
  if (target) {
    const missing = missingPage(target, index)
    if (missing)
      return {
        kind: 'missing-page',
        target: link.url,
        detail: missing,
        message: `link to a Learning Path page that does not exist: ${link.url} (${missing})`,
      }
    if (translated && !target.language && !target.page && landingExists(target.section, language)) {
      return {
        kind: 'english-landing',
        target: link.url,
        detail: `the ${language} landing page exists`,
        message: `links to the English landing page ${link.url} although the ${language} one exists`,
      }
    }
    return null
  }
  const malformed = malformedUrl(link)
  return malformed
    ? { kind: 'malformed-url', target: link.url, detail: malformed, message: `malformed link ${link.url}: ${malformed}` }
    : null
}
