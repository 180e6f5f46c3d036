import matter from 'gray-matter'
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
  lineOf: (key: string) => number | undefined
}

// `---`, a line break (`\n` or a lone `\r`, as in CRLF files), the YAML, the first line break
// followed by `---`. The same cut the old scripts' front-matter reader made.
const FRONT_MATTER = /^---[\n\r]([\s\S]+?)[\n\r]---/

/**
 * The front matter read the way the old scripts read it (yaml-front-matter, i.e. js-yaml 3:
 * YAML 1.1 scalars): `2021-03-04` is a date, `1_000` is 1000, `0755` is 493. gray-matter's
 * engine is that same js-yaml (safe schema: no `!!js` tags from untrusted sources).
 * docs/fidelity.md has the cases.
 */
function readYaml11(text: string): unknown {
  // Present at run time (gray-matter's index sets it), missing from its type declarations.
  const engine = (matter as unknown as { engines: { yaml: { parse: (input: string) => unknown } } }).engines.yaml
  return engine.parse(text)
}

/** Splits an index.md; a missing or invalid front matter is the user's to fix. */
export function splitFrontMatter(text: string, file: string): SplitMarkdown {
  const source = text.replace(/^\uFEFF/, '')
  const match = FRONT_MATTER.exec(source)
  if (!match) throw new SourceFileError(file, 'no front matter: the file must start with a "---" line, YAML, and a "---" line', 1)
  // A lone `\r` ends a line for the old reader too; YAML alone would keep it in the value.
  const yaml = match[1].replace(/\r\n?/g, '\n')
  let data: unknown
  try {
    data = readYaml11(yaml)
  } catch (error) {
    // js-yaml counts lines from 0; the YAML starts on the file's second line.
    const at = (error as { mark?: { line?: number } }).mark?.line
    const reason = ((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0]
    throw new SourceFileError(file, `invalid YAML front matter: ${reason}`, at === undefined ? 2 : at + 2)
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
