// Where each language stands: per section, how many English articles are translated and
// current, translated but stale, or missing.
import type { DiscoveredSources } from '../discover/types.js'
import { articlePagePath } from '../shared/page-paths.js'
import { articleFiles, cmp } from './translation-pairs.js'
import type { CoverageCell, CoverageMatrix, MissingTranslation, StaleCheck, TranslationPair } from './types.js'

const emptyCell = (): CoverageCell => ({ current: 0, stale: 0, unknown: 0, missing: 0, extra: 0 })

export function coverageMatrix(sources: DiscoveredSources, pairs: readonly TranslationPair[], stale: StaleCheck): CoverageMatrix {
  const files = articleFiles(sources)
  const languages = translationLanguages(files)
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
      cell.missing = untranslated(englishNumbers, translated).length
      cells[language] = cell
      const total = totals.cells[language]
      for (const key of Object.keys(cell) as (keyof CoverageCell)[]) total[key] += cell[key]
    }
    totals.englishArticles += englishNumbers.size
    return { section: section.dirName, englishArticles: englishNumbers.size, cells }
  })
  return { languages, rows, totals }
}

/** English article numbers of a section that have no translation among `translated`. */
function untranslated(englishNumbers: ReadonlySet<string>, translated: readonly { number: string }[]): string[] {
  return [...englishNumbers].filter((n) => !translated.some((f) => f.number === n))
}

/**
 * The English articles each translation language lacks (what the matrix counts as missing), in
 * section order, then language, then number.
 */
export function missingTranslations(sources: DiscoveredSources): MissingTranslation[] {
  const files = articleFiles(sources)
  const languages = translationLanguages(files)
  return sources.sections.flatMap(({ section }) => {
    const here = files.filter((f) => f.section === section.dirName)
    const english = here.filter((f) => f.language === 'en').sort((a, b) => cmp(a.number, b.number))
    const englishNumbers = new Set(english.map((f) => f.number))
    return languages.flatMap((language) => {
      const lacking = new Set(
        untranslated(
          englishNumbers,
          here.filter((f) => f.language === language),
        ),
      )
      return english
        .filter((f) => lacking.has(f.number))
        .map((f) => ({
          section: f.section,
          number: f.number,
          language,
          english: f.source,
          page: articlePagePath(f.section, f.number, 'en'),
        }))
    })
  })
}

/** The translation languages among the article files, sorted. */
function translationLanguages(files: readonly { language: string }[]): string[] {
  return [...new Set(files.map((f) => f.language).filter((l) => l !== 'en'))].sort(cmp)
}
