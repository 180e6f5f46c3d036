import YAML from 'yaml'
import { SourceFileError } from '../shared/user-error.js'

/** A Markdown file split at its front matter. */
export interface SplitMarkdown {
  data: Record<string, unknown>
  /**
   * Everything after the closing `---`, its line break included: the site's index pages
   * show that line break as the empty line under the front matter.
   */
  content: string
  /** The 1-based line of the file where a front matter field starts (for errors about it). */
  lineOf(key: string): number | undefined
}

// `---`, a line break (`\n` or a lone `\r`, as in CRLF files), the YAML, the first line break
// followed by `---`. The same cut the old scripts' front-matter reader made.
const FRONT_MATTER = /^---[\n\r]([\s\S]+?)[\n\r]---/

/** Splits an index.md; a missing or invalid front matter is the user's to fix. */
export function splitFrontMatter(text: string, file: string): SplitMarkdown {
  const source = text.replace(/^\uFEFF/, '')
  const match = FRONT_MATTER.exec(source)
  if (!match) throw new SourceFileError(file, 'no front matter: the file must start with a "---" line, YAML, and a "---" line', 1)
  // A lone `\r` ends a line for the old reader too; YAML alone would keep it in the value.
  const yaml = match[1].replace(/\r\n?/g, '\n')
  let data: unknown
  try {
    data = YAML.parse(yaml)
  } catch (error) {
    // The YAML starts on the file's second line.
    const at = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line
    throw new SourceFileError(file, `invalid YAML front matter: ${(error as Error).message.split('\n')[0]}`, at ? at + 1 : 2)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SourceFileError(file, 'front matter must be a YAML mapping of fields', 2)
  }
  const lines = yaml.split('\n')
  const lineOf = (key: string): number | undefined => {
    const at = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`))
    return at < 0 ? undefined : at + 2
  }
  return { data: data as Record<string, unknown>, content: source.slice(match[0].length), lineOf }
}
