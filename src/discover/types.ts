import type { SectionConfig } from '../config/types.js'
import type { ContentError, ContentWarning } from '../shared/types.js'

/** A source file, decoded. `path` is POSIX, relative to the source root. */
export interface SourceFile {
  path: string
  text: string
}

export interface ArticleSource extends SourceFile {
  /** The `NN` prefix of the file name, as written (`01`); the page is `NN.md` / `NN.<lang>.md`. */
  number: string
}

export interface IndexSource extends SourceFile {
  /** false when the language has no index.md of its own and the English one stands in. */
  translated: boolean
}

export interface LanguageSources {
  /** `en`, or the translation folder name. */
  language: string
  /** null when the index.md to show failed (a content error keeps the site's page). */
  index: IndexSource | null
  /** Sorted by number. */
  articles: ArticleSource[]
}

export interface SectionSources {
  section: SectionConfig
  /** `en` first, then translations in folder-name order. */
  languages: LanguageSources[]
  /** The English articles' count decides the workbook's weight, whatever the language filter. */
  englishArticleCount: number
  /** null when the section has no workbook (`workbook: ""`) or it failed (a content error keeps the page). */
  workbook: SourceFile | null
}

export interface DiscoveredSources {
  sections: SectionSources[]
  /**
   * Every article page that exists in the sources, as `<section>/<NN>/<language>`, for all
   * languages (also those filtered out): translated links point only at pages that exist.
   */
  articlePages: Set<string>
  /**
   * The source file of each of those pages, by the same key: the health report pairs every
   * translation with its English article, also for languages this run does not render.
   */
  articleFiles: Map<string, string>
  warnings: ContentWarning[]
  /** Files that cannot become their pages; the other sources are all here. */
  errors: ContentError[]
}

/** Key of `DiscoveredSources.articlePages`. */
export function articlePageKey(section: string, number: string, language: string): string {
  return `${section}/${number}/${language}`
}
