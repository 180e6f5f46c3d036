import YAML from 'yaml'
import { UserError } from '../shared/user-error.js'

/** A Markdown file split at its front matter. */
export interface SplitMarkdown {
  data: Record<string, unknown>
  /**
   * Everything after the closing `---`, its line break included: the site's index pages
   * show that line break as the empty line under the front matter.
   */
  content: string
}

// `---`, a line break (`\n` or a lone `\r`, as in CRLF files), the YAML, the first line break
// followed by `---`. The same cut the old scripts' front-matter reader made.
const FRONT_MATTER = /^---[\n\r]([\s\S]+?)[\n\r]---/

/** Splits an index.md; a missing or invalid front matter is the user's to fix. */
export function splitFrontMatter(text: string, file: string): SplitMarkdown {
  const source = text.replace(/^\uFEFF/, '')
  const match = FRONT_MATTER.exec(source)
  if (!match) throw new UserError(`${file}: no front matter: the file must start with a "---" line, YAML, and a "---" line`)
  let data: unknown
  try {
    // A lone `\r` ends a line for the old reader too; YAML alone would keep it in the value.
    data = YAML.parse(match[1].replace(/\r\n?/g, '\n'))
  } catch (error) {
    throw new UserError(`${file}: invalid YAML front matter: ${(error as Error).message.split('\n')[0]}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`${file}: front matter must be a YAML mapping of fields`)
  }
  return { data: data as Record<string, unknown>, content: source.slice(match[0].length) }
}
