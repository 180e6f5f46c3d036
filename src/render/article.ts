import type { SourceFile } from '../discover/types.js'
import type { ContentWarning, RenderedPage } from '../shared/types.js'
import { convertAsciidoc } from './asciidoc.js'
import { DEFAULT_ARTICLE_IMAGE, youtubeThumbnail } from './constants.js'
import { asciidocWarnings } from './diagnostics.js'
import { rewriteTranslationLinks, type PageExists } from './links.js'
import type { ArticleTask } from './render-job.js'
import { articlePagePath } from '../shared/page-paths.js'
import { extractTitle } from './title.js'
import { SourceFileError } from '../shared/user-error.js'

export interface Rendered {
  page: RenderedPage
  warnings: ContentWarning[]
}

/**
 * One article page. Front matter keys in the site's order: title, (contributors, filled in
 * by the credit stage and placed here when serialized), image, featured, weight, youtubeCode.
 * English articles of a `renderArticles: false` section get no body; translations always do.
 */
export function renderArticle(source: SourceFile, task: ArticleTask, pageExists: PageExists): Rendered {
  const { section, language, number } = task
  const invalid = task.video?.invalid
  if (invalid) throw new SourceFileError(invalid.file, invalid.message, invalid.line)
  const weight = Number.parseInt(number, 10)
  const youtubeCode = task.video?.youtubeCode ?? ''
  const title = extractTitle(source.text, source.path, task.strictTitles)
  const warnings = [...title.warnings]
  let body = ''
  if (section.renderArticles || language !== 'en') {
    const converted = convertAsciidoc(rewriteTranslationLinks(title.body, language, pageExists), source.path)
    body = converted.html
    warnings.push(...asciidocWarnings(converted.messages, source.path))
  }
  return {
    page: {
      path: articlePagePath(section.dirName, number, language),
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
