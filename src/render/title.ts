import type { ContentWarning } from '../shared/types.js'
import { firstHeading } from './heading-scan.js'

/** An article's title and the AsciiDoc left to convert once the title is cut out. */
export interface ArticleTitle {
  title: string
  /** The source with the title cut out; line numbers are unchanged. */
  body: string
  warnings: ContentWarning[]
}

/** The site's rule: the first `== ` anywhere, with the rest of its line. */
const FIRST_DOUBLE_EQUALS = /== (.*)/
/** A level-1 section heading: `== ` at the start of a line (after a BOM or indent). */
const SECTION_HEADING = /^[\uFEFF \t]*(== (.*))/m

/**
 * Takes the title as the site does: the text after the first `== ` anywhere in the file,
 * that occurrence and the rest of its line cut from the body. When that `== ` sits inside a
 * deeper heading (`=== Title`) the page gets a stray `=` in its body, and a warning says so.
 * `strict` renders those pages right: the first `== ` heading line, else the first heading
 * of any level. Pages the site's rule gets right come out the same either way.
 */
export function extractTitle(source: string, file: string, strict = false): ArticleTitle {
  const first = FIRST_DOUBLE_EQUALS.exec(source)
  if (!first) return fromFirstHeading(source, file, 'no "== " heading')

  const before = source.slice(source.lastIndexOf('\n', first.index - 1) + 1, first.index)
  const problem = before.endsWith('=')
    ? `title taken from inside the deeper heading "${(before + first[0]).trim()}": the page shows a stray "${before.trim()}" above the text`
    : before.replace(/[\uFEFF\s]/g, '') !== ''
      ? `title taken from the middle of a line ("${before.trim()}== ..."), not from a heading`
      : null
  if (problem === null) return cutAt(source, first.index, first[0].length, first[1], [])

  const line = lineOf(source, first.index)
  if (!strict)
    return cutAt(source, first.index, first[0].length, first[1], [
      { file, line, message: `${problem} (strict titles fix it)`, kind: 'title' },
    ])

  const heading = SECTION_HEADING.exec(source)
  if (heading) {
    const at = heading.index + heading[0].length - heading[1].length
    const message = `the first "== " (line ${line}) is not a section heading: strict titles use the heading on line ${lineOf(source, at)}`
    return cutAt(source, at, heading[1].length, heading[2], [{ file, line, message, kind: 'title' }])
  }
  return fromFirstHeading(source, file, `no "== " section heading (the first "== " is on line ${line})`)
}

function cutAt(source: string, index: number, length: number, title: string, warnings: ContentWarning[]): ArticleTitle {
  return { title, body: source.slice(0, index) + source.slice(index + length), warnings }
}

/**
 * The title from the first heading line of any level, that whole line cut (its newline
 * kept); the file name stands in when there is no heading at all.
 */
function fromFirstHeading(source: string, file: string, problem: string): ArticleTitle {
  // A heading line of any level, AsciiDoc (`=`) or Markdown-style (`#`), found in linear time.
  const heading = firstHeading(source)
  if (!heading) {
    const title = file
      .split('/')
      .pop()!
      .replace(/\.asciidoc$/, '')
    return {
      title,
      body: source,
      warnings: [
        { file, message: `${problem} and no other heading: the page title falls back to the file name "${title}"`, kind: 'title' },
      ],
    }
  }
  const line = lineOf(source, heading.index)
  const text = source.slice(heading.index, heading.index + heading.length)
  return cutAt(source, heading.index, heading.length, heading.title, [
    { file, line, message: `${problem}: title taken from the heading "${text.trim()}"`, kind: 'title' },
  ])
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}
