// The Markdown the pull request body and the job summary are made of carries text nobody here
// controls: titles, contributors' names and URLs, file and folder names, commit headlines,
// error messages that quote a source. GitHub renders that Markdown for everyone who opens the
// pull request, and notifies whoever it mentions. Every such text reaches the Markdown through
// one of the rules below, chosen by where it stands:
//  - `markdownText`: running text, table cells included;
//  - `codeSpan`, `cellCodeSpan`: a code span (a path, a URL), outside and inside a table;
//  - `htmlText`: text inside the raw HTML of a `<summary>` (GitHub parses no Markdown there);
//  - `linkDestination`: a URL we link to (built from the source repository's name and ref).
// Each shows the text as written (what it cannot show, it shows as U+FFFD or a space) and adds
// nothing: no mention, issue or commit reference, link, image, HTML tag, nor a row or cell of
// a table. tests/escape/markdown.test.ts renders the output of each with a GFM parser.

import { LONE_SURROGATE } from './front-matter.js'
import { HIDDEN, LINE_BREAKS } from './unsafe-characters.js'

/** A zero-width space: invisible, and no word character, so GitHub's filters stop at it. */
const ZWSP = '\u200b'

/** `text` on one line, with nothing hidden in it; a lone UTF-16 half is U+FFFD, as UTF-8 carries it. */
function visible(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(HIDDEN, '\ufffd').replace(LONE_SURROGATE, '\ufffd')
}

/**
 * What GitHub links after the Markdown is rendered, broken by a zero-width space: `@name`
 * (also an e-mail address), `#12`, `owner/repo#12`, `GH-12`, a commit SHA (7 or more hex
 * digits as a word), and URLs (`https://…`, `www.…`), which GFM's autolinker takes.
 */
function breakReferences(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=[\p{L}\p{N}])/gu, `#${ZWSP}`)
    .replace(/(?<![0-9A-Za-z_])(gh-)(?=\d)/gi, `$1${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/(www)\./gi, `$1${ZWSP}.`)
    .replace(/(?<![0-9A-Za-z_])[0-9A-Fa-f]{7,}(?![0-9A-Za-z_])/g, (hex) => hex.replace(/[0-9A-Fa-f]{6}(?=.)/g, `$&${ZWSP}`))
}

/**
 * `text` as running Markdown text, in a paragraph, a list item, a heading or a table cell:
 * shown as written, and nothing more. HTML's `&<>` become entities, the characters that make
 * Markdown (emphasis, links, code, tables, strikethrough, math, headings) are backslash-escaped,
 * and so is a leading list marker.
 */
export function markdownText(text: string): string {
  return breakReferences(visible(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#!~$]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

/** Backticks enough to open and close a code span around `text`, and the padding it needs. */
function fence(text: string): string {
  // An empty code span cannot be written (two backticks are text): one space shows nothing.
  if (text === '') return '` `'
  const longest = (text.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0)
  const ticks = '`'.repeat(longest + 1)
  // A code span drops one space at each end when both have one, and a backtick at an end
  // would join the fence: a space each side keeps the text as it is.
  const stripped = text.startsWith(' ') && text.endsWith(' ') && /[^ ]/.test(text)
  const pad = text.startsWith('`') || text.endsWith('`') || stripped ? ' ' : ''
  return `${ticks}${pad}${text}${pad}${ticks}`
}

/** `text` as a code span (a path, a URL, a headline) outside a table: shown as written, on one line. */
export function codeSpan(text: string): string {
  return fence(visible(text))
}

/**
 * `text` as a code span in a table cell. GFM splits the row at every pipe before it finds code
 * spans, so each pipe is escaped (`\|`, which GitHub shows as `|` in code too). A backslash right
 * before a pipe gets a zero-width space after it: GitHub reads `\\|` as an escaped pipe and
 * other GFM parsers as a cell's end (github/cmark-gfm#277); no reader may split the row.
 */
export function cellCodeSpan(text: string): string {
  return fence(
    visible(text)
      .replace(/\\(?=\|)/g, `\\${ZWSP}`)
      .replace(/\|/g, '\\|'),
  )
}

/** `text` inside raw HTML (a `<summary>`): entities for HTML, GitHub's links broken, on one line. */
export function htmlText(text: string): string {
  return breakReferences(visible(text)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * `url` as the destination of a Markdown link, `[text](url)`: what would end the destination
 * early or open something else (white space, controls, `<`, `>`, parentheses, a backslash) is
 * percent-encoded, which a browser reads as the same URL.
 */
export function linkDestination(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is encoded
  return url.replace(/[\s\u0000-\u001f\u007f<>()\\]/g, (c) =>
    encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`),
  )
}
