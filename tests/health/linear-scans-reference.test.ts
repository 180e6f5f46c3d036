// The scans rewritten for issue 21 find exactly what the expressions before them found: each is
// held to the old code (kept here as the reference) on random texts made of the pieces the
// expressions look for.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeEntities, pageLinks } from '../../src/health/page-links.js'
import { SourceLines } from '../../src/health/source-lines.js'
import { unsafeMarkup } from '../../src/health/unsafe-html.js'
import { parseContact } from '../../src/credit/git-log.js'

const ATTRIBUTE = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const OLD_MARKDOWN = /\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|<((?:[a-z][a-z0-9+.-]*):\/\/[^>\s]*)>/gi
const SCHEME_WORD = /(?<![\w+.-])([a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\]]*)/gi

function oldPageLinks(body: string, markdown: boolean) {
  const found: { at: number; link: { url: string; kind: 'link' | 'text' } }[] = []
  for (const match of body.matchAll(ATTRIBUTE))
    found.push({ at: match.index, link: { url: decodeEntities(match[1] ?? match[2]), kind: 'link' } })
  if (markdown)
    for (const match of body.matchAll(OLD_MARKDOWN)) found.push({ at: match.index, link: { url: match[1] ?? match[2], kind: 'link' } })
  const text = body.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length))
  for (const match of text.matchAll(SCHEME_WORD)) found.push({ at: match.index, link: { url: decodeEntities(match[1]), kind: 'text' } })
  return found.sort((a, b) => a.at - b.at).map((f) => f.link)
}

const JAVASCRIPT = String.raw`j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:`
const OLD_JAVASCRIPT = new RegExp(
  String.raw`\b(?:href|src|action|formaction|xlink:href|data)\s*=\s*["']?\s*${JAVASCRIPT}|\]\(\s*<?\s*${JAVASCRIPT}`,
  'gi',
)

class OldSourceLines {
  private readonly lineStarts: number[] = [0]
  private readonly lower: string
  private readonly cursors = new Map<string, number>()
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1)
    this.lower = text.toLowerCase()
  }
  lineOf(needles: readonly string[]): number | undefined {
    for (const needle of needles) {
      if (needle === '') continue
      const key = needle.toLowerCase()
      const from = this.cursors.get(key) ?? 0
      let at = this.lower.indexOf(key, from)
      if (at < 0 && from > 0) at = this.lower.indexOf(key)
      if (at < 0) continue
      this.cursors.set(key, at + key.length)
      return this.lineStarts.filter((start) => start <= at).length
    }
    return undefined
  }
}

const textOf = (pieces: string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((chosen) => chosen.join(''))

describe('the linear scans find what the old expressions found (property)', () => {
  it('page links: attributes, Markdown links, autolinks, scheme words outside tags', () => {
    const pieces = ['](', ']', '(', ')', '<', '>', ' ', '\t', '\n', '"', "'", 'a', 'x://', 'http://e.org', 'href=', 'src="', '&amp;']
    const more = ['<a href="', '/', 'htttps://', '-', ':', '](  "', '](<', '<x://a', '" "', ' )']
    fc.assert(
      fc.property(textOf([...pieces, ...more], 40), fc.boolean(), (body, markdown) => {
        expect(pageLinks(body, markdown)).toEqual(oldPageLinks(body, markdown))
      }),
      { numRuns: 30_000 },
    )
  })

  it('javascript: URLs among blanks and quotes', () => {
    const pieces = ['href', '=', ' ', '\n', '"', "'", '](', '<', 'java', 'script', ':', 'j', 'a v', '&#106;']
    fc.assert(
      fc.property(textOf(pieces, 20), (body) => {
        const old = [...body.replace(/&#106;/g, 'j').matchAll(OLD_JAVASCRIPT)].length
        expect(unsafeMarkup(body).filter((m) => m.name === 'javascript: URL')).toHaveLength(old)
      }),
      { numRuns: 20_000 },
    )
  })

  it('source lines: the same line for each lookup, round and round', () => {
    const needle = fc.constantFrom('', 'a', 'b', 'ab', 'aa', 'B', 'x', 'ba', 'aab')
    fc.assert(
      fc.property(
        textOf(['a', 'b', 'A', '\n', 'ab', 'aa'], 30),
        fc.array(fc.array(needle, { maxLength: 3 }), { maxLength: 12 }),
        (text, asks) => {
          const old = new OldSourceLines(text)
          const lines = new SourceLines(text)
          for (const ask of asks) expect(lines.lineOf(ask)).toBe(old.lineOf(ask))
        },
      ),
      { numRuns: 20_000 },
    )
  })

  it('co-author contacts', () => {
    const pieces = ['a', ' ', '\t', '<', '>', '\n', '\r', '\u2028', '@', 'b', '\u00a0', '\ufeff', '<a@b>']
    fc.assert(
      fc.property(textOf(pieces, 25), (text) => {
        const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(text.trim())
        expect(parseContact(text)).toEqual(match ? { name: match[1].trim(), email: match[2].trim() } : null)
      }),
      { numRuns: 30_000 },
    )
  })
})
