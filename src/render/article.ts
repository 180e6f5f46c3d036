import type { SectionConfig, VideoLinks } from '../config/types.js'
import type { ArticleSource } from '../discover/types.js'
import type { ContentWarning, RenderedPage } from '../shared/types.js'
import { convertAsciidoc } from './asciidoc.js'
import { DEFAULT_ARTICLE_IMAGE, youtubeThumbnail } from './constants.js'
import { asciidocWarnings } from './diagnostics.js'
import { rewriteTranslationLinks, type PageExists } from './links.js'
import { articlePagePath } from '../shared/page-paths.js'
import { extractTitle } from './title.js'
import { SourceFileError } from '../shared/user-error.js'

export interface ArticleInput {
  source: ArticleSource
  section: SectionConfig
  /** `en` or the translation folder name. */
  language: string
  /** The urls.yaml entry of this article number in its section, if any. */
  video: VideoLinks | undefined
  /** Where translated links may point. */
  pageExists: PageExists
  strictTitles?: boolean
}

export interface Rendered {
  page: RenderedPage
  warnings: ContentWarning[]
}

/**
 * One article page. Front matter keys in the site's order: title, (contributors, filled in
 * by the credit stage and placed here when serialized), image, featured, weight, youtubeCode.
 * English articles of a `renderArticles: false` section get no body; translations always do.
 */
export function renderArticle(input: ArticleInput): Rendered {
  const { source, section, language } = input
  const invalid = input.video?.invalid
  if (invalid) throw new SourceFileError(invalid.file, invalid.message, invalid.line)
  const weight = Number.parseInt(source.number, 10)
  const youtubeCode = input.video?.youtubeCode ?? ''
  const title = extractTitle(source.text, source.path, input.strictTitles)
  const warnings = [...title.warnings]
  let body = ''
  if (section.renderArticles || language !== 'en') {
    const converted = convertAsciidoc(rewriteTranslationLinks(title.body, language, input.pageExists), source.path)
    body = converted.html
    warnings.push(...asciidocWarnings(converted.messages, source.path))
  }
  return {
    page: {
      path: articlePagePath(section.dirName, source.number, language),
      kind: 'article',
      section: section.dirName,
      language,
      source: source.path,
      creditPath: source.path,
      contributors: [],
      frontMatter: {
        title: title.title,
        image: youtubeCode ? youtubeThumbnail(youtubeCode) : DEFAULT_ARTICLE_IMAGE,
        featured: weight === 1,
        weight,
        youtubeCode,
      },
      body,
    },
    warnings,
  }
}
