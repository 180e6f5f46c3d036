import { loadConfig } from '../config/load.js'
import type { LearningPathConfig, SectionConfig } from '../config/types.js'
import { discoverSources } from '../discover/discover.js'
import { parseLanguageSelection, type LanguageSelection } from '../discover/languages.js'
import type { SourceTree } from '../discover/tree.js'
import { articlePageKey, type ArticleSource, type DiscoveredSources } from '../discover/types.js'
import { UserError, type ContentWarning, type RenderedPage } from '../types.js'
import { articleAsciidoc, renderArticle, type ArticleInput, type Rendered } from './article.js'
import { convertAsciidoc, type AsciidocConverter } from './asciidoc.js'
import { startAsciidocPool, type ParallelOptions } from './asciidocPool.js'
import { renderIndexPage } from './indexPage.js'
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
  /** Convert AsciiDoc on worker threads too (the entry file must serve them). Default: this thread only. */
  parallel?: ParallelOptions
}

export interface RenderResult {
  /** Per section (section_data.json order): English index, articles, workbook, then each translation. */
  pages: RenderedPage[]
  warnings: ContentWarning[]
}

interface RenderSettings {
  languages: LanguageSelection
  strictTitles: boolean
  /** Default: convert on this thread. */
  convert?: AsciidocConverter
}

/**
 * The whole Learning Path as site pages, from a source tree. Reads everything first and
 * throws a UserError for bad input before any page exists, so callers write all or nothing.
 */
export async function renderLearningPath(tree: SourceTree, options: RenderOptions = {}): Promise<RenderResult> {
  const languages = typeof options.languages === 'string' ? parseLanguageSelection(options.languages) : (options.languages ?? 'all')
  // Workers start loading now, while the sources are read.
  const pool = options.parallel ? startAsciidocPool(options.parallel) : null
  try {
    const config = await loadConfig(tree, { sectionsFile: options.sectionsFile, urlsFile: options.urlsFile })
    const sources = await discoverSources(tree, config, { languages })
    checkLanguagesExist(languages, sources)
    const settings: RenderSettings = { languages, strictTitles: options.strictTitles ?? false }
    if (pool) {
      const texts = asciidocTexts(config, sources, settings)
      const converted = await pool.convertAll(texts)
      const ahead = new Map(texts.map((text, i) => [text, converted[i]]))
      settings.convert = (text) => ahead.get(text) ?? convertAsciidoc(text)
    }
    return renderDiscovered(config, sources, settings)
  } finally {
    await pool?.close()
  }
}

/** Renders already discovered sources (pure apart from Asciidoctor). */
export function renderDiscovered(config: LearningPathConfig, sources: DiscoveredSources, settings: RenderSettings): RenderResult {
  const pages: RenderedPage[] = []
  const warnings: ContentWarning[] = [...sources.warnings]
  const collect = ({ page, warnings: found }: Rendered) => {
    pages.push(page)
    warnings.push(...found)
  }
  const pageExists = pageExistsIn(sources)
  const convert = settings.convert
  for (const { section, languages, englishArticleCount, workbook } of sources.sections) {
    for (const { language, index, articles } of languages) {
      collect(renderIndexPage({ source: index, section, language, pageExists }))
      for (const input of articleInputs(config, pageExists, settings, section, language, articles)) collect(renderArticle({ ...input, convert }))
      // The workbook is English only: a translations-only run leaves it out.
      if (language === 'en' && workbook) collect(renderWorkbook({ source: workbook, section, englishArticleCount, convert }))
    }
  }
  return { pages, warnings }
}

/** Every AsciiDoc text the render will convert, in page order, for converting ahead. */
function asciidocTexts(config: LearningPathConfig, sources: DiscoveredSources, settings: RenderSettings): string[] {
  const texts: string[] = []
  const pageExists = pageExistsIn(sources)
  for (const { section, languages, workbook } of sources.sections) {
    for (const { language, articles } of languages) {
      for (const input of articleInputs(config, pageExists, settings, section, language, articles)) {
        const { asciidoc } = articleAsciidoc(input)
        if (asciidoc !== null) texts.push(asciidoc)
      }
      if (language === 'en' && workbook) texts.push(workbook.text)
    }
  }
  return texts
}

function articleInputs(
  config: LearningPathConfig,
  pageExists: PageExists,
  settings: RenderSettings,
  section: SectionConfig,
  language: string,
  articles: readonly ArticleSource[],
): ArticleInput[] {
  const videos = config.videos.get(section.group.trim().toLowerCase()) ?? []
  return articles.map((source) => ({
    source,
    section,
    language,
    video: videos[Number.parseInt(source.number, 10) - 1],
    pageExists,
    strictTitles: settings.strictTitles,
  }))
}

function pageExistsIn(sources: DiscoveredSources): PageExists {
  return (section, number, language) => sources.articlePages.has(articlePageKey(section, number, language))
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
