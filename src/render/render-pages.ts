import type { LearningPathConfig } from '../config/types.js'
import type { LanguageSelection } from '../discover/languages.js'
import { articlePageKey, type DiscoveredSources } from '../discover/types.js'
import type { ContentWarning, RenderedPage } from '../shared/types.js'
import { renderArticle, type Rendered } from './article.js'
import { renderIndexPage } from './index-page.js'
import type { PageExists } from './links.js'
import { renderWorkbook } from './workbook.js'

export interface RenderOptions {
  languages: LanguageSelection
  /** Take titles from a proper heading instead of the site's first-`== ` rule. */
  strictTitles: boolean
}

export interface RenderResult {
  /** Per section (section_data.json order): English index, articles, workbook, then each translation. */
  pages: RenderedPage[]
  warnings: ContentWarning[]
}

/** Renders discovered sources into site pages (pure apart from Asciidoctor). */
export function renderPages(config: LearningPathConfig, sources: DiscoveredSources, options: RenderOptions): RenderResult {
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
