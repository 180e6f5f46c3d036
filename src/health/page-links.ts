// The links of a rendered page: attribute values of the HTML (articles, workbooks, raw HTML in
// index pages), Markdown link targets (index pages), and scheme-like words of the text, where a
// misspelled scheme (`htttps://`) is left by Asciidoctor as text instead of becoming a link.

export interface PageLink {
  /** As the reader's browser sees it: HTML entities decoded. */
  url: string
  /** `text`: a `word://...` in the text, not a link. */
  kind: 'link' | 'text'
}

const ATTRIBUTE = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const MARKDOWN = /\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|<((?:[a-z][a-z0-9+.-]*):\/\/[^>\s]*)>/gi
const SCHEME_WORD = /(?<![\w+.-])([a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\]]*)/gi

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" }

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name])
}

/** Links of a page body, in order of appearance; `markdown` for index pages. */
export function pageLinks(body: string, markdown: boolean): PageLink[] {
  const found: { at: number; link: PageLink }[] = []
  for (const match of body.matchAll(ATTRIBUTE))
    found.push({ at: match.index, link: { url: decodeEntities(match[1] ?? match[2]), kind: 'link' } })
  if (markdown)
    for (const match of body.matchAll(MARKDOWN)) found.push({ at: match.index, link: { url: match[1] ?? match[2], kind: 'link' } })
  // Text outside tags only: inside a tag the scheme word is an attribute, already listed.
  const text = body.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length))
  for (const match of text.matchAll(SCHEME_WORD)) found.push({ at: match.index, link: { url: decodeEntities(match[1]), kind: 'text' } })
  return found.sort((a, b) => a.at - b.at).map((f) => f.link)
}
