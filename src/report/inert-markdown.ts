// Text that reaches the pull request body and the job summary from outside: contributors'
// names (GitHub profiles anyone can edit), file names and titles of the sources. Rendered
// as written, a name like `@org/team`, `[win](https://evil.example)` or `<img src=...>`
// would ping people, link, or embed. So such text is made inert here: names go in code spans
// (nothing inside one is a mention, link, reference or HTML on GitHub), prose is escaped.

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g

/**
 * `text` as one code span. `inTable`: the span sits in a table cell, where GitHub splits on
 * `|` even inside code, so pipes are escaped (`\|` shows as `|`).
 */
export function codeSpan(text: string, inTable = false): string {
  const flat = text.replace(LINE_BREAKS, ' ')
  if (flat.trim() === '') return '(blank)'
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  // A space on each side keeps a leading or trailing backtick off the fence; one is stripped.
  const padded = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ` ${flat} ` : flat
  return `${fence}${inTable ? padded.replace(/\|/g, '\\|') : padded}${fence}`
}

/**
 * Prose shown as written: Markdown and HTML characters backslash-escaped, `@` and `#` kept from
 * starting a mention or an issue reference, `://` from starting an autolink (a word joiner,
 * U+2060, which shows as nothing), line breaks as spaces.
 */
export function inertText(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u2060')
    .replace(/:\/\//g, ':\u2060//')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u2060.`)
}
