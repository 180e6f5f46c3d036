// Where each language stands: per section, how many English articles are translated and
// current, translated but stale, or missing.
import type { DiscoveredSources } from '../discover/types.js'
import { articlePagePath } from '../shared/page-paths.js'
import { articleFiles, cmp } from './translation-pairs.js'
import type { CoverageCell, CoverageMatrix, StaleCheck, TranslationPair } from './types.js'

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
