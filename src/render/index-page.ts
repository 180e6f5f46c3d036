import type { SectionConfig } from '../config/types.js'
import type { IndexSource } from '../discover/types.js'
import { type ContentWarning } from '../shared/types.js'
import type { Rendered } from './article.js'
import { UNTRANSLATED_INDEX_PLACEHOLDER } from './constants.js'
import { splitFrontMatter } from './front-matter.js'
import { rewriteTranslationLinks, type PageExists } from './links.js'
import { indexPagePath } from '../shared/page-paths.js'
import { SourceFileError } from '../shared/user-error.js'

export interface IndexInput {
  /** The language's own index.md, or the English one standing in (`translated: false`). */
  source: IndexSource
  section: SectionConfig
  language: string
  pageExists: PageExists
}

/**
 * A section's `_index` page: the index.md front matter with the section's `image` and
 * `weight` (its position in section_data.json) set, and the Markdown text as written. A
 * language without its own index.md shows the English text after a placeholder sentence.
 */
export function renderIndexPage(input: IndexInput): Rendered {
  const { source, section, language } = input
  const { data, content, lineOf } = splitFrontMatter(source.text, source.path)
  const warnings = checkIndexFields(data, source.path, lineOf)
  const frontMatter: Record<string, unknown> = { ...data, image: section.image, weight: section.position }
  const text = source.translated ? rewriteTranslationLinks(content, language, input.pageExists) : content
  return {
    page: {
      path: indexPagePath(section.dirName, language),
      kind: 'index',
      section: section.dirName,
      language,
      source: source.path,
      creditPath: null,
      contributors: null,
      frontMatter,
      body: source.translated ? text : UNTRANSLATED_INDEX_PLACEHOLDER + text,
    },
    // The English stand-in was checked when the English index was rendered.
    warnings: source.translated ? warnings : [],
  }
}

function checkIndexFields(data: Record<string, unknown>, file: string, lineOf: (key: string) => number | undefined): ContentWarning[] {
  for (const key of ['title', 'description'] as const) {
    if (data[key] !== undefined && typeof data[key] !== 'string') {
      throw new SourceFileError(file, `front matter field "${key}" must be a string`, lineOf(key))
    }
  }
  if (data.featured !== undefined && typeof data.featured !== 'boolean') {
    throw new SourceFileError(file, 'front matter field "featured" must be true or false', lineOf('featured'))
  }
  if (data.title === undefined) {
    const keys = Object.keys(data).join(', ') || 'none'
    return [{ file, line: 1, message: `index front matter has no "title" (fields: ${keys}): the section page has no title` }]
  }
  return []
}
