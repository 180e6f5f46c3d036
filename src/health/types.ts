// What the content health report says. Plain data: the report stage turns it into Markdown,
// the action into outputs and annotations.
import type { CommitSummary, ContentWarning } from '../shared/types.js'

/** A translated article and the English article it translates. */
export interface TranslationPair {
  /** Site page of the translation, e.g. `introduction/03.de.md`. */
  page: string
  section: string
  /** Article number as written (`03`). */
  number: string
  language: string
  /** Source of the translation, relative to the source root. */
  source: string
  /** Source of the English article. */
  english: string
}

export interface StaleTranslation extends TranslationPair {
  /** English commits made after the translation's last change, newest first. */
  commits: CommitSummary[]
  /** Date of the translation's last change. */
  translatedAt: string
  /** Date of the first English change the translation lacks. */
  staleSince: string
  /** Whole days from `staleSince` to the report's `asOf` date. */
  days: number
}

export type StaleCheck =
  | {
      available: true
      /** Newest commit date among the histories compared: "stale for N days" counts up to it, so reruns say the same. */
      asOf: string | null
      /** Pairs compared (both histories read). */
      checked: number
      stale: StaleTranslation[]
      /** Pairs that could not be compared: a history was not read or failed. */
      unknown: TranslationPair[]
    }
  | { available: false; reason: string }

/** One cell of the coverage matrix: a section's articles in one language. */
export interface CoverageCell {
  /** Translated, and no English change since. */
  current: number
  stale: number
  /** Translated; whether it is current is not known (history unavailable, or not read this run). */
  unknown: number
  /** English articles without a translation. */
  missing: number
  /** Translated articles whose number has no English article. */
  extra: number
}

export interface CoverageMatrix {
  /** Translation languages, sorted. */
  languages: string[]
  rows: { section: string; englishArticles: number; cells: Record<string, CoverageCell> }[]
  totals: { englishArticles: number; cells: Record<string, CoverageCell> }
}

/** The site's Hugo language configuration, as read at the base commit. */
export type SiteLanguages =
  | { kind: 'found'; file: string; languages: string[]; disabled: string[] }
  | { kind: 'none'; looked: readonly string[] }
  | { kind: 'unreadable'; file: string; reason: string }

export interface UnconfiguredLanguage {
  language: string
  /** Source folders of that language, e.g. `introduction/ru`. */
  folders: string[]
  /** Pages of that language this run rendered. */
  pages: number
  written: boolean
}

export interface LanguageReport {
  site: SiteLanguages
  unconfigured: UnconfiguredLanguage[]
  /** Configured languages the Learning Path has, whose landing page (`_index.<lang>.md` at the top of the target path) is missing. */
  missingLandingPages: { language: string; path: string }[]
}

export type FindingKind = 'missing-page' | 'malformed-url' | 'english-landing' | 'unsafe-html'

/** A problem found in a rendered page, located in its source. */
export interface Finding {
  kind: FindingKind
  /** Source file, relative to the source root. */
  file: string
  line?: number
  /** Site page it was found in. */
  page: string
  /** The link or markup as the page has it. */
  target: string
  /** What is wrong, short (`no page 42 in section "introduction" in any language`). */
  detail: string
  /** The annotation's text. */
  message: string
  /** english-landing only: the link was pointed at the translated landing page (`rewrite-section-links`). */
  rewritten?: boolean
}

export interface HealthReport {
  coverage: CoverageMatrix
  stale: StaleCheck
  languages: LanguageReport
  findings: Finding[]
}

export interface HealthResult {
  report: HealthReport
  /** Languages whose pages this run neither writes nor deletes. */
  leftOut: Set<string>
  /** Annotations, with file and line. */
  warnings: ContentWarning[]
}
