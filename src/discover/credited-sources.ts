import type { DiscoveredSources } from './types.js'

/**
 * The source files whose history credits a page, in the order the pages come out of the
 * render stage (per section: English articles, the workbook, then each translation's
 * articles), so the credit stage can start before rendering.
 */
export function creditedSources(sources: DiscoveredSources): string[] {
  const paths: string[] = []
  for (const { languages, workbook } of sources.sections) {
    for (const { language, articles } of languages) {
      for (const article of articles) paths.push(article.path)
      if (language === 'en' && workbook) paths.push(workbook.path)
    }
  }
  return [...new Set(paths)]
}
