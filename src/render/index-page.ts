import type { SourceFile } from '../discover/types.js'
import { type ContentWarning } from '../shared/types.js'
import type { Rendered } from './article.js'
import { UNTRANSLATED_INDEX_PLACEHOLDER } from './constants.js'
import { splitFrontMatter } from './split-front-matter.js'
import { rewriteTranslationLinks, type PageExists } from './links.js'
import type { IndexTask } from './render-job.js'
import { indexPagePath } from '../shared/page-paths.js'
import { SourceFileError } from '../shared/user-error.js'
import { quotedName } from '../escape/unsafe-characters.js'

/**
 * The index.md front matter fields that reach the section page, with the type each must have.
 * Hugo gives meaning to many keys (`url: /` replaced the site's home page, `aliases` made
 * redirects, `cascade` set the `redirect` the site's layout puts in the href of each section
 * card, `outputs: [nope]` failed the build), and the site's layout to others: only the fields
 * the site's section pages use pass. They are the keys of the corpus's index.md files (title,
 * featured, and the Portuguese introduction's translated keys, which the site's page carries),
 * and `description`, which the site's own landing pages use; `image` and `weight` come from
 * section_data.json. All are strings or booleans: no value can carry an anchor or an alias.
 */
const INDEX_FIELDS: Readonly<Record<string, 'string' | 'boolean'>> = {
  title: 'string',
  description: 'string',
  featured: 'boolean',
  título: 'string',
  destaque: 'boolean',
}

/**
 * A section's `_index` page: the index.md front matter fields the site uses (INDEX_FIELDS)
 * with the section's `image` and `weight` (its position in section_data.json) set, and the
 * Markdown text as written. A language without its own index.md shows the English text after a
 * placeholder sentence.
 */
export function renderIndexPage(source: SourceFile, task: IndexTask, pageExists: PageExists): Rendered {
  const { section, language, translated } = task
  const { data, content, lineOf } = splitFrontMatter(source.text, source.path)
  const warnings = checkIndexFields(data, source.path, lineOf)
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => Object.hasOwn(INDEX_FIELDS, key)))
  const frontMatter: Record<string, unknown> = { ...fields, image: section.image, weight: section.position }
  const text = translated ? rewriteTranslationLinks(content, language, pageExists) : content
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
      body: translated ? text : UNTRANSLATED_INDEX_PLACEHOLDER + text,
    },
    // The English stand-in was checked when the English index was rendered.
    warnings: translated ? warnings : [],
  }
}

/** Refuses a field of INDEX_FIELDS with another type; warns of each field that is dropped, and of a missing title. */
function checkIndexFields(data: Record<string, unknown>, file: string, lineOf: (key: string) => number | undefined): ContentWarning[] {
  const warnings: ContentWarning[] = []
  for (const [key, value] of Object.entries(data)) {
    const type = Object.hasOwn(INDEX_FIELDS, key) ? INDEX_FIELDS[key] : undefined
    if (type === undefined) {
      const line = lineOf(key)
      warnings.push({
        file,
        ...(line ? { line } : {}),
        message: `front matter field ${quotedName(key)} is not passed to the site (only ${Object.keys(INDEX_FIELDS).join(', ')} are): dropped`,
      })
    } else if (typeof value !== type) {
      throw new SourceFileError(
        file,
        `front matter field "${key}" must be ${type === 'string' ? 'a string' : 'true or false'}`,
        lineOf(key),
      )
    }
  }
  if (data.title === undefined) {
    const keys = Object.keys(data).join(', ') || 'none'
    warnings.unshift({ file, line: 1, message: `index front matter has no "title" (fields: ${keys}): the section page has no title` })
  }
  return warnings
}
