import { loadConfig } from '../config/load.js'
import type { LearningPathConfig } from '../config/types.js'
import { discoverSources } from '../discover/discover.js'
import { parseLanguageSelection, type LanguageSelection } from '../discover/languages.js'
import type { SourceTree } from '../shared/source-tree.js'
import { articlePageKey, type DiscoveredSources } from '../discover/types.js'
import { UserError, type ContentWarning, type RenderedPage } from '../shared/types.js'
import { renderArticle, type Rendered } from './article.js'
import { renderIndexPage } from './index-page.js'
import type { PageExists } from './links.js'
import { renderWorkbook } from './workbook.js'

export interface RenderOptions {
  /** `all` (default), `en`, a list, or the CLI's comma-separated string. */
  languages?: LanguageSelection | string
  /** Section list, relative to the source root or absolute. */
  sectionsFile?: string
  /** Video URLs, relative to the source root or absolute. */
  urlsFile?: string
  /** Take titles from a proper heading instead of the site's first-`== ` rule. */
  strictTitles?: boolean
}

export interface RenderResult {
  /** Per section (section_data.json order): English index, articles, workbook, then each translation. */
  pages: RenderedPage[]
  warnings: ContentWarning[]
}

/**
 * The whole Learning Path as site pages, from a source tree. Reads everything first and
 * throws a UserError for bad input before any page exists, so callers write all or nothing.
 */
export async function renderLearningPath(tree: SourceTree, options: RenderOptions = {}): Promise<RenderResult> {
  const languages = typeof options.languages === 'string' ? parseLanguageSelection(options.languages) : (options.languages ?? 'all')
  const config = await loadConfig(tree, { sectionsFile: options.sectionsFile, urlsFile: options.urlsFile })
  const sources = await discoverSources(tree, config, { languages })
  checkLanguagesExist(languages, sources)
  return renderDiscovered(config, sources, { languages, strictTitles: options.strictTitles ?? false })
}

/** Renders already discovered sources (pure apart from Asciidoctor). */
export function renderDiscovered(
  config: LearningPathConfig,
  sources: DiscoveredSources,
  options: { languages: LanguageSelection; strictTitles: boolean },
): RenderResult {
  const pages: RenderedPage[] = []
  const warnings: ContentWarning[] = [...sources.warnings]
  const collect = ({ page, warnings: found }: Rendered) => {
    pages.push(page)
    warnings.push(...found)
  }
  const pageExists: PageExists = (section, number, language) => sources.articlePages.has(articlePageKey(section, number, language))

  for (const { section, languages, englishArticleCount, workbook } of sources.sections) {
    const videos = config.videos.get(section.group.trim().toLowerCase()) ?? []
    for (const { language, index, articles } of languages) {
      collect(renderIndexPage({ source: index, section, language, pageExists }))
      for (const source of articles) {
        const video = videos[Number.parseInt(source.number, 10) - 1]
        collect(renderArticle({ source, section, language, video, pageExists, strictTitles: options.strictTitles }))
      }
      // The workbook is English only: a translations-only run leaves it out.
      if (language === 'en' && workbook) collect(renderWorkbook({ source: workbook, section, englishArticleCount }))
    }
  }
  return { pages, warnings }
}

/** A requested language that no section has is most likely a typo: say so instead of rendering nothing. */
function checkLanguagesExist(languages: LanguageSelection, sources: DiscoveredSources): void {
  if (languages === 'all') return
  const known = new Set(['en'])
  for (const key of sources.articlePages) known.add(key.split('/').pop()!)
  for (const section of sources.sections) for (const { language } of section.languages) known.add(language)
  const unknown = languages.filter((language) => !known.has(language))
  if (unknown.length > 0) {
    throw new UserError(`languages: no section has ${unknown.map((l) => `"${l}"`).join(', ')} (found: ${[...known].sort().join(', ')})`)
  }
}
