// The content health checks: after credit, before plan. Pure: they read what the earlier stages
// produced (discovered sources, rendered pages, the commit histories the credit stage read, the
// site's files and language configuration) and return the report; they change no page.
import { articlePageKey, type DiscoveredSources } from '../discover/types.js'
import type { UnconfiguredLanguageMode } from '../shared/option-values.js'
import type { CommitSummary, ContentWarning, RenderedPage } from '../shared/types.js'
import { coverageMatrix } from './coverage.js'
import { checkSiteLanguages } from './language-check.js'
import type { PageIndex } from './link-checks.js'
import { pageFindings } from './page-findings.js'
import { landingIn } from './section-links.js'
import { findStaleTranslations } from './stale.js'
import { translationPairs } from './translation-pairs.js'
import type { Finding, HealthResult, SiteLanguages } from './types.js'

export interface HealthInput {
  sources: DiscoveredSources
  /** The rendered pages, of every language (those the site cannot show are reported). */
  pages: readonly RenderedPage[]
  /** Commits per source path, from the credit stage; undefined when it reads none. */
  history: ReadonlyMap<string, readonly CommitSummary[]> | undefined
  /** Why there is no history, for the report (e.g. `contributors: none`). */
  historyUnavailable?: string
  /** Whether the site has a file, by path relative to the target folder (its base commit). */
  siteHas: (relPath: string) => boolean
  siteLanguages: SiteLanguages
  unconfiguredLanguages: UnconfiguredLanguageMode
  rewriteSectionLinks: boolean
}

export function checkHealth(input: HealthInput): HealthResult {
  const { sources } = input
  const allLanguages = [...new Set([...sources.articleFiles.keys()].map((key) => key.slice(key.lastIndexOf('/') + 1)))]
  const languages = checkSiteLanguages(input.pages, input.siteLanguages, input.unconfiguredLanguages, allLanguages, input.siteHas)

  const landingExists = landingIn(languages.pages, input.siteHas)
  // Each key without its language: a lookup per link, not a pass over every article (issue 21).
  const articles = new Set([...sources.articleFiles.keys()].map((key) => key.slice(0, key.lastIndexOf('/') + 1)))
  const index: PageIndex = {
    sections: new Map(sources.sections.map(({ section }) => [section.dirName, { workbook: section.workbook !== '' }])),
    hasArticle: (section, number) => articles.has(articlePageKey(section, number, '')),
  }
  const texts = sourceTexts(sources)
  const findings = pageFindings(languages.pages, (path) => texts.get(path), index, landingExists)

  // The plan stage rewrites them when told: then they are no problem any more.
  if (input.rewriteSectionLinks) for (const finding of findings) if (finding.kind === 'english-landing') finding.rewritten = true

  const pairs = translationPairs(sources)
  const stale = findStaleTranslations(pairs, input.history, input.historyUnavailable)
  return {
    report: { coverage: coverageMatrix(sources, pairs, stale), stale, languages: languages.report, findings },
    leftOut: languages.leftOut,
    warnings: [...languages.warnings, ...findingWarnings(findings)],
  }
}

/** Every source text discovery read, by path. */
function sourceTexts(sources: DiscoveredSources): Map<string, string> {
  const texts = new Map<string, string>()
  for (const { languages, workbook } of sources.sections) {
    for (const { index, articles } of languages) {
      if (index) texts.set(index.path, index.text)
      for (const article of articles) texts.set(article.path, article.text)
    }
    if (workbook) texts.set(workbook.path, workbook.text)
  }
  return texts
}

/**
 * One annotation per finding; English landing links, which come many to a page, get one per
 * file listing their lines. Rewritten links are not a problem any more.
 */
function findingWarnings(findings: readonly Finding[]): ContentWarning[] {
  const warnings: ContentWarning[] = []
  const landing = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (finding.kind !== 'english-landing') {
      warnings.push({ file: finding.file, ...(finding.line ? { line: finding.line } : {}), message: finding.message })
    } else if (!finding.rewritten) {
      const own = landing.get(finding.file)
      if (own) own.push(finding)
      else landing.set(finding.file, [finding])
    }
  }
  for (const [file, found] of landing) {
    const lines = [...new Set(found.flatMap((f) => (f.line ? [f.line] : [])))]
    const language = /\.([\w-]+)\.md$/.exec(found[0].page)?.[1] ?? ''
    warnings.push({
      file,
      ...(lines.length ? { line: lines[0] } : {}),
      message:
        `${found.length} link${found.length === 1 ? '' : 's'} to English section landing pages although the ${language} ones exist` +
        `${lines.length ? ` (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})` : ''}; rewrite-section-links: true points them at /${language}/learn/learning-path/…`,
    })
  }
  return warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
}
