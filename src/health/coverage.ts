// Where each language stands: per section, how many English articles are translated and
// current, translated but stale, or missing.
import { articlePageKey, type DiscoveredSources } from '../discover/types.js'
import { articlePagePath } from '../shared/page-paths.js'
import type { CoverageCell, CoverageMatrix, StaleCheck, TranslationPair } from './types.js'

interface ArticleFile {
  section: string
  number: string
  language: string
  source: string
}

/** Every article file found, in every language (also those this run does not render). */
function articleFiles(sources: DiscoveredSources): ArticleFile[] {
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

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const emptyCell = (): CoverageCell => ({ current: 0, stale: 0, unknown: 0, missing: 0, extra: 0 })

export function coverageMatrix(sources: DiscoveredSources, pairs: readonly TranslationPair[], stale: StaleCheck): CoverageMatrix {
  const files = articleFiles(sources)
  const languages = [...new Set(files.map((f) => f.language).filter((l) => l !== 'en'))].sort(cmp)
  const staleKeys = new Set(stale.available ? stale.stale.map((s) => s.page) : [])
  const unknownKeys = new Set(stale.available ? stale.unknown.map((s) => s.page) : pairs.map((p) => p.page))
  const totals = { englishArticles: 0, cells: Object.fromEntries(languages.map((l) => [l, emptyCell()])) }

  const rows = sources.sections.map(({ section }) => {
    const here = files.filter((f) => f.section === section.dirName)
    const englishNumbers = new Set(here.filter((f) => f.language === 'en').map((f) => f.number))
    const cells: Record<string, CoverageCell> = {}
    for (const language of languages) {
      const cell = emptyCell()
      const translated = here.filter((f) => f.language === language)
      for (const file of translated) {
        const page = articlePagePath(file.section, file.number, language)
        if (!englishNumbers.has(file.number)) cell.extra++
        else if (staleKeys.has(page)) cell.stale++
        else if (unknownKeys.has(page)) cell.unknown++
        else cell.current++
      }
      cell.missing = [...englishNumbers].filter((n) => !translated.some((f) => f.number === n)).length
      cells[language] = cell
      const total = totals.cells[language]
      for (const key of Object.keys(cell) as (keyof CoverageCell)[]) total[key] += cell[key]
    }
    totals.englishArticles += englishNumbers.size
    return { section: section.dirName, englishArticles: englishNumbers.size, cells }
  })
  return { languages, rows, totals }
}
