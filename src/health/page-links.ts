// The links of a rendered page: attribute values of the HTML (articles, workbooks, raw HTML in
// index pages), Markdown link targets (index pages), and scheme-like words of the text, where a
// misspelled scheme (`htttps://`) is left by Asciidoctor as text instead of becoming a link.
//
// Every scan is linear in the page's length (issue 21): an expression that can fail after
// reading far ahead is split into a part that always matches and a check of what follows, and
// a start that would only fail the same way again is skipped (`](` repeated 400 KB took 128 s);
// tags are found by position, not by an expression that searched the rest of the page from
// every `<` (a `++++` block of `<`, 200 KB: 14.7 s).

export interface PageLink {
  /** As the reader's browser sees it: HTML entities decoded. */
  url: string
  /** `text`: a `word://...` in the text, not a link. */
  kind: 'link' | 'text'
}

const ATTRIBUTE = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const SCHEME_WORD = /(?<![\w+.-])([a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\]]*)/gi

/**
 * A Markdown link target, `](url "title")`, read as far as the target goes (always matches),
 * then what must follow it. The target cannot hold a blank, `>` or `)`, so no shorter target
 * could be followed by the rest.
 */
const MARKDOWN_TARGET = /\]\(\s*<?([^)\s>]*)/y
const MARKDOWN_REST = />?(?:\s+"[^"]*")?\s*\)/y
/** An autolink, `<scheme://...>`: the address read as far as it goes, then the `>`. */
const AUTOLINK = /<([a-z][a-z0-9+.-]*:\/\/[^>\s]*)/iy
/** Where a link can start: `](`, or `<` and a letter (the first of a scheme). */
const MARKDOWN_START = /\]\(|<[a-z]/gi

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" }

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name])
}

/** Links of a page body, in order of appearance; `markdown` for index pages. */
export function pageLinks(body: string, markdown: boolean): PageLink[] {
  const found: { at: number; link: PageLink }[] = []
  for (const match of body.matchAll(ATTRIBUTE))
    found.push({ at: match.index, link: { url: decodeEntities(match[1] ?? match[2]), kind: 'link' } })
  if (markdown) for (const { at, url } of markdownLinks(body)) found.push({ at, link: { url, kind: 'link' } })
  // Text outside tags only: inside a tag the scheme word is an attribute, already listed. A word
  // stops at `<` and `>`, so one that starts outside every tag is the same word as in the text
  // with its tags blanked out.
  const tags = tagRanges(body)
  let tag = 0
  for (const match of body.matchAll(SCHEME_WORD)) {
    while (tag < tags.length && tags[tag + 1] <= match.index) tag += 2
    if (tag < tags.length && tags[tag] <= match.index) continue
    found.push({ at: match.index, link: { url: decodeEntities(match[1]), kind: 'text' } })
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.link)
}

/**
 * What `/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|<([a-z][a-z0-9+.-]*:\/\/[^>\s]*)>/gi`
 * finds, in one pass. A target that fails leaves every `](` inside it failing too, and an
 * autolink without its `>` every `<` up to its end: those starts are skipped.
 */
function markdownLinks(body: string): { at: number; url: string }[] {
  const links: { at: number; url: string }[] = []
  let targetsFailUntil = 0
  let autolinksFailUntil = 0
  MARKDOWN_START.lastIndex = 0
  for (let start = MARKDOWN_START.exec(body); start; start = MARKDOWN_START.exec(body)) {
    const at = start.index
    let end = -1
    let url = ''
    if (start[0] === '](' && at >= targetsFailUntil) {
      MARKDOWN_TARGET.lastIndex = at
      const target = MARKDOWN_TARGET.exec(body)!
      MARKDOWN_REST.lastIndex = at + target[0].length
      if (MARKDOWN_REST.test(body)) {
        end = MARKDOWN_REST.lastIndex
        url = target[1]
      } else {
        // The expression would give the blanks back: no target, and a title after them (`](  "a b")`).
        MARKDOWN_REST.lastIndex = at + 2
        if (/\s/.test(body[at + 2] ?? '') && MARKDOWN_REST.test(body)) end = MARKDOWN_REST.lastIndex
        // A later `](` whose `(` is still inside this target reads to the same end and fails the same way.
        else targetsFailUntil = at + target[0].length - 2
      }
    } else if (start[0] !== '](' && at >= autolinksFailUntil) {
      AUTOLINK.lastIndex = at
      const autolink = AUTOLINK.exec(body)
      if (autolink && body[at + autolink[0].length] === '>') {
        end = at + autolink[0].length + 1
        url = autolink[1]
      } else if (autolink) autolinksFailUntil = at + autolink[0].length
    }
    if (end < 0) {
      MARKDOWN_START.lastIndex = at + 1
      continue
    }
    links.push({ at, url })
    MARKDOWN_START.lastIndex = end
  }
  return links
}

/** Where the tags are: each `<` to the next `>`, in order, as start and end after each other. After a `<` without a `>` there is none. */
function tagRanges(body: string): number[] {
  const ranges: number[] = []
  for (let start = body.indexOf('<'); start >= 0; start = body.indexOf('<', start)) {
    const close = body.indexOf('>', start + 1)
    if (close < 0) break
    ranges.push(start, close + 1)
    start = close + 1
  }
  return ranges
}
