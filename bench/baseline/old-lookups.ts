// Which files the old scripts asked GitHub about, and for which page. They walked every
// section's language folders (the translations, then English) and, in each folder, asked
// once per article and once for the section's workbook — the workbook again in every
// language, and even for a section without one (`workbook/` for an empty name). Only the
// English folder's answer credits the workbook page.
import type { SectionConfig } from '../../src/config/types.js'
import type { RenderedPage } from '../../src/shared/types.js'

export interface OldLookup {
  /** The source path pasted into the query. */
  path: string
  /** The page its answer credits, or null when the answer is thrown away. */
  page: string | null
}

/** One lookup per article page and one per language folder (for the workbook), in the old walk's order. */
export function oldLookups(pages: readonly RenderedPage[], sections: readonly SectionConfig[]): OldLookup[] {
  const lookups: OldLookup[] = []
  for (const section of sections) {
    const inSection = pages.filter((p) => p.section === section.dirName)
    const workbookPage = inSection.find((p) => p.kind === 'workbook')
    // Each language folder has exactly one index page.
    const languages = inSection.filter((p) => p.kind === 'index').map((p) => p.language)
    const walk = [...languages.filter((l) => l !== 'en'), ...languages.filter((l) => l === 'en')]
    for (const language of walk) {
      for (const article of inSection.filter((p) => p.kind === 'article' && p.language === language)) {
        if (article.creditPath) lookups.push({ path: article.creditPath, page: article.path })
      }
      const credits = language === 'en' && workbookPage ? workbookPage.path : null
      lookups.push({ path: `workbook/${section.workbook}`, page: credits })
    }
  }
  return lookups
}

export interface OldBreakdown {
  requests: number
  articles: number
  workbooks: number
  creditedPages: number
  languageFolders: number
  workbookReasks: number
}

/** How the old request count breaks down, for results.md. */
export function lookupBreakdown(lookups: readonly OldLookup[], pages: readonly RenderedPage[]): OldBreakdown {
  const articles = pages.filter((p) => p.kind === 'article' && p.creditPath).length
  const workbooks = pages.filter((p) => p.kind === 'workbook').length
  const languageFolders = pages.filter((p) => p.kind === 'index').length
  return {
    requests: lookups.length,
    articles,
    workbooks,
    creditedPages: articles + workbooks,
    languageFolders,
    workbookReasks: languageFolders - workbooks,
  }
}
