import type { ContentWarning } from '../types.js'

/** An article's title and the AsciiDoc left to convert once the title is cut out. */
export interface ArticleTitle {
  title: string
  /** The source with the title cut out; line numbers are unchanged. */
  body: string
  warnings: ContentWarning[]
}

/** A heading line of any level, AsciiDoc (`=`) or Markdown-style (`#`). */
const ANY_HEADING = /^[\uFEFF \t]*(={1,6}|#{1,6})[ \t]+(\S.*?)[ \t\r]*$/m

/**
 * Takes the title as the site does: the text after the first `== ` anywhere in the file,
 * that occurrence and the rest of its line cut from the body. When the first `== ` sits
 * inside a deeper heading (`=== Title`) the page gets the right title but a stray `=` in its
 * body, and a warning says so. `strict` fixes those: the first heading line is used whole.
 */
export function extractTitle(source: string, file: string, strict = false): ArticleTitle {
  const match = /== (.*)/.exec(source)
  if (!match) return fromFirstHeading(source, file, `no "== " heading`)

  const line = lineOf(source, match.index)
  const before = source.slice(source.lastIndexOf('\n', match.index - 1) + 1, match.index)
  const fidelity = {
    title: match[1],
    body: source.slice(0, match.index) + source.slice(match.index + match[0].length),
  }
  if (before.endsWith('=')) {
    if (strict) return fromFirstHeading(source, file, `no "== " heading before this deeper one`, match.index)
    const heading = (before + match[0]).trim()
    return {
      ...fidelity,
      warnings: [{
        file,
        line,
        message: `title taken from inside the deeper heading "${heading}": the page shows a stray "${before.trim()}" above the text (strict titles fix it)`,
      }],
    }
  }
  if (before.replace(/[\uFEFF\s]/g, '') !== '') {
    if (strict) return fromFirstHeading(source, file, `the first "== " is not a heading`, match.index)
    return {
      ...fidelity,
      warnings: [{ file, line, message: `title taken from the middle of a line ("${before.trim()}== ..."), not from a heading` }],
    }
  }
  return { ...fidelity, warnings: [] }
}

/**
 * The title from the first heading line of any level, that whole line cut (its newline
 * kept). Used when the site's rule finds no proper `== ` heading; the file name stands in
 * when there is no heading at all.
 */
function fromFirstHeading(source: string, file: string, problem: string, firstDoubleEquals?: number): ArticleTitle {
  const heading = ANY_HEADING.exec(source)
  if (!heading) {
    const title = file.split('/').pop()!.replace(/\.asciidoc$/, '')
    return {
      title,
      body: source,
      warnings: [{ file, message: `${problem} and no other heading: the page title falls back to the file name "${title}"` }],
    }
  }
  const line = lineOf(source, heading.index)
  const cut = source.slice(0, heading.index) + source.slice(heading.index + heading[0].length)
  const where = firstDoubleEquals === undefined ? '' : ` (line ${lineOf(source, firstDoubleEquals)})`
  return {
    title: heading[2],
    body: cut,
    warnings: [{ file, line, message: `${problem}${where}: title taken from the heading "${heading[0].trim()}"` }],
  }
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}
