// Languages the site cannot show: pages in a language Hugo is not configured for are left out
// (or written anyway when told), and configured languages without a landing page are named.
import type { UnconfiguredLanguageMode } from '../shared/option-values.js'
import { joinTreePath } from '../shared/tree-path.js'
import type { ContentWarning, RenderedPage } from '../shared/types.js'
import type { LanguageReport, SiteLanguages, UnconfiguredLanguage } from './types.js'

export interface LanguageCheck {
  report: LanguageReport
  pages: RenderedPage[]
  leftOut: Set<string>
  /** One per source folder of a language left out. */
  warnings: ContentWarning[]
}

/** The languages a configuration lets the site show (lower-case). */
export function shownLanguages(site: { languages: readonly string[]; disabled: readonly string[] }): Set<string> {
  const disabled = new Set(site.disabled)
  return new Set(site.languages.filter((language) => !disabled.has(language)))
}

/**
 * The languages whose pages this run neither writes nor deletes: with `skip`, those of the pages
 * the site's configuration does not show. English is always shown; without a configuration, all are.
 */
export function languagesLeftOut(pages: readonly { language: string }[], site: SiteLanguages, mode: UnconfiguredLanguageMode): Set<string> {
  if (site.kind !== 'found' || mode !== 'skip') return new Set()
  const shown = shownLanguages(site)
  return new Set(pages.map((page) => page.language).filter((language) => language !== 'en' && !shown.has(language.toLowerCase())))
}

/**
 * @param languages every language the Learning Path has (for the landing page check)
 * @param siteHas whether the site has a file, by path relative to the target folder
 */
export function checkSiteLanguages(
  pages: readonly RenderedPage[],
  site: SiteLanguages,
  mode: UnconfiguredLanguageMode,
  languages: readonly string[],
  siteHas: (relPath: string) => boolean,
): LanguageCheck {
  const report: LanguageReport = { site, unconfigured: [], missingLandingPages: [] }
  // Without a configuration nothing is known: every page is written, as before the check existed.
  if (site.kind !== 'found') return { report, pages: [...pages], leftOut: new Set(), warnings: [] }
  const shown = shownLanguages(site)

  const unshown = (language: string) => language !== 'en' && !shown.has(language.toLowerCase())
  const byLanguage = new Map<string, RenderedPage[]>()
  for (const page of pages) if (unshown(page.language)) byLanguage.set(page.language, [...(byLanguage.get(page.language) ?? []), page])
  const warnings: ContentWarning[] = []
  for (const [language, own] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const perFolder = new Map<string, number>()
    for (const page of own) {
      const folder = joinTreePath(page.section, language)
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1)
    }
    const entry: UnconfiguredLanguage = { language, folders: [...perFolder.keys()].sort(), pages: own.length, written: mode === 'write' }
    report.unconfigured.push(entry)
    if (mode === 'write') continue
    for (const folder of entry.folders) {
      const count = perFolder.get(folder)!
      warnings.push({
        file: folder,
        message:
          `the site configures no language "${language}" (${site.file}): ${count} page${count === 1 ? '' : 's'} of this folder not written, ` +
          `Hugo would show them as English pages; add the language to the site, or set unconfigured-languages: write`,
      })
    }
  }
  const leftOut = languagesLeftOut(pages, site, mode)

  for (const language of [...new Set(['en', ...languages])].sort()) {
    if (!shown.has(language.toLowerCase())) continue
    const path = language === 'en' ? '_index.md' : `_index.${language}.md`
    if (!siteHas(path)) report.missingLandingPages.push({ language, path })
  }
  return { report, pages: pages.filter((page) => !leftOut.has(page.language)), leftOut, warnings }
}
