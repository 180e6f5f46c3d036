// Which translated article goes with which English article, from what discovery found.
import { isLanguageSelected, type LanguageSelection } from '../shared/language-selection.js'
import { articlePageKey, type DiscoveredSources } from '../discover/types.js'
import { articlePagePath } from '../shared/page-paths.js'
import type { TranslationPair } from './types.js'

interface ArticleFile {
  section: string
  number: string
  language: string
  source: string
}

/** Every article file found, in every language (also those this run does not render). */
export function articleFiles(sources: DiscoveredSources): ArticleFile[] {
  return [...sources.articleFiles].map(([key, source]) => {
    const [language, number, ...section] = key.split('/').reverse()
    return { section: section.reverse().join('/'), number, language, source }
  })
}

/** Each translated article with its English article, in section order, then language, then number. */
export function translationPairs(sources: DiscoveredSources): TranslationPair[] {
  const order = new Map(sources.sections.map(({ section }, i) => [section.dirName, i]))
  return articleFiles(sources)
    .filter((file) => file.language !== 'en')
    .flatMap((file): TranslationPair[] => {
      const english = sources.articleFiles.get(articlePageKey(file.section, file.number, 'en'))
      if (english === undefined) return []
      return [{ ...file, page: articlePagePath(file.section, file.number, file.language), english }]
    })
    .sort((a, b) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0) || cmp(a.language, b.language) || cmp(a.number, b.number))
}

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * English articles whose history the stale check needs beyond what this run credits: a run
 * limited to translations does not render (nor credit) the English pages they translate.
 */
export function englishHistoryPaths(sources: DiscoveredSources, languages: LanguageSelection): string[] {
  if (isLanguageSelected(languages, 'en')) return []
  return [
    ...new Set(
      translationPairs(sources)
        .filter((pair) => isLanguageSelected(languages, pair.language))
        .map((pair) => pair.english),
    ),
  ]
}
