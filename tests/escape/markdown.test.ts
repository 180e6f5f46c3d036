// Each Markdown rule, rendered the way GitHub renders it (tests/support/github-markdown.ts: a
// GFM parser, then GitHub's mention, reference and autolink filters on the text it shows), over
// any string: whatever the text holds, GitHub shows it as written and adds nothing to it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LONE_SURROGATE } from '../../src/escape/front-matter.js'
import { HIDDEN, LINE_BREAKS } from '../../src/escape/unsafe-characters.js'
import { cellCodeSpan, codeSpan, htmlText, markdownText } from '../../src/escape/markdown.js'
import { decodeHtml } from '../support/hugo.js'
import { activeMarkup, githubLinks, readGitHubMarkdown } from '../support/github-markdown.js'

/** Pieces GitHub turns into more than text, and pieces that end a line, a cell or a code span. */
const TRICKY = [
  '@octocat',
  '@org/team',
  'x@evil.example',
  '#12',
  'owner/repo#3',
  'owner#3',
  'GH-1',
  'gh-42',
  'deadbeef1',
  '0123456789abcdef0123456789abcdef01234567',
  'www.evil.example',
  'https://evil.example',
  'ftp://evil.example',
  '<https://evil.example>',
  '[x](https://e.x)',
  '![i](https://e.x/i.png)',
  '[x]: https://e.x',
  '<img src=x>',
  '</summary><a href=x>',
  '&#64;octocat',
  '&lt;b&gt;',
  '`a|b`',
  '``',
  '\\|',
  '\\',
  '|',
  'a\nb',
  'a\rb',
  'a\r\nb',
  '\n\n# h',
  '\u2028',
  '\u202eevil',
  '\u2066x\u2069',
  '\u0000\u001b',
  '1. ',
  '- ',
  '> ',
  '    code',
  '$x$',
  '~~s~~',
  '**b**',
  '_i_',
  ' ',
]

/** Any string, often with one of TRICKY in it. */
const anyText = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(...TRICKY),
  fc
    .tuple(fc.string({ maxLength: 3 }), fc.constantFrom(...TRICKY), fc.string({ maxLength: 3 }), fc.constantFrom(...TRICKY))
    .map((parts) => parts.join('')),
)

/**
 * What GitHub may show for `text`: the text itself, where every line break is a space and every
 * character that hides or reorders text (controls but the tab, bidirectional controls) is U+FFFD.
 * Zero-width spaces are what the escaping adds: they are taken out before comparing.
 */
function shownAs(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(HIDDEN, '\ufffd')
}
const withoutZwsp = (text: string) => text.replace(/\u200b/g, '')
/** The lone surrogates a JS string can hold become U+FFFD in any UTF-8 text GitHub receives. */
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd')

// A GFM parse takes a few milliseconds (micromark is exact, not fast): 300 documents of one to
// three texts each, about 600 texts per rule, keep each property near a second.
const RUNS = { numRuns: 300 }
const nothingActive = { mentions: [], references: [], links: [], images: [], html: [] }

describe('markdownText: running text', () => {
  it('shows any text as written in a paragraph, a list item, a heading, bold and a table row, and adds nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 3 }), (texts) => {
        const md = texts.map((t) => `«${markdownText(t)}»`)
        const shown = texts.map((t) => `«${wellFormed(shownAs(t))}»`)
        const doc = [
          ...md.flatMap((m) => [m, `- ${m}: more`, `#### ${m} — 3 pages`, `x **${m}** y`].map((block) => `${block}\n`)),
          `| ${md.map((_, i) => `h${i}`).join(' | ')} |`,
          `|${' --- |'.repeat(md.length)}`,
          `| ${md.join(' | ')} |`,
          `| ${md.join(' | ')} |`,
        ].join('\n')
        const found = readGitHubMarkdown(`${doc}\n`)
        expect(activeMarkup(found), doc).toEqual(nothingActive)
        expect(found.codes, doc).toEqual([])
        // One table: the header row and two rows, each with one cell per text.
        expect(found.tables, doc).toEqual([Array(3).fill(texts.length)])
        expect(found.texts.map(withoutZwsp), doc).toEqual([
          ...shown.flatMap((s) => [s, `${s}: more`, `${s} — 3 pages`, 'x ', s, ' y']),
          ...shown.map((_, i) => `h${i}`),
          ...shown,
          ...shown,
        ])
      }),
      RUNS,
    )
  })
})

describe('codeSpan and cellCodeSpan: code', () => {
  it('shows any text as one code span in a sentence, a heading, a list item, a link and a table cell, and adds nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 3 }), (texts) => {
        const doc = [
          ...texts.flatMap((t) => {
            const code = codeSpan(t)
            // The link stands after a word, as the report writes it: a line that opens with `[` can be a
            // link reference definition (`[label]: url`), which CommonMark reads before any code span.
            return [`x ${code} y`, `#### ${code} — 3 pages`, `- ${code}: a warning`, `see [${code}](https://github.com/o/r/commit/1)`]
          }),
          [
            `| ${texts.map((_, i) => `h${i}`).join(' | ')} |`,
            `|${' --- |'.repeat(texts.length)}`,
            `| ${texts.map(cellCodeSpan).join(' | ')} |`,
          ].join('\n'),
        ].join('\n\n')
        const found = readGitHubMarkdown(`${doc}\n`)
        const shown = texts.map((t) => wellFormed(shownAs(t)) || ' ')
        expect(found.tables, doc).toEqual([[texts.length, texts.length]])
        expect(found.codes.map(withoutZwsp), doc).toEqual([...shown.flatMap((s) => [s, s, s, s]), ...shown])
        expect({ ...activeMarkup(found), links: found.links.filter((l) => l !== 'https://github.com/o/r/commit/1') }, doc).toEqual(
          nothingActive,
        )
      }),
      RUNS,
    )
  })

  it('opens with more backticks than the text holds, and pads what would join the fence', () => {
    expect(codeSpan('a')).toBe('`a`')
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x``')).toBe('``` `x`` ```')
    expect(codeSpan(' a ')).toBe('`  a  `')
    expect(cellCodeSpan('a|b\\|c')).toBe('`a\\|b\\\u200b\\|c`')
  })
})

describe('htmlText: text inside raw HTML', () => {
  it('stays text inside a <summary>, on one line, and GitHub links nothing in it (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const html = htmlText(text)
        expect(html).not.toMatch(/[<>"\n\r]/)
        const found = readGitHubMarkdown(`<details><summary>${html}</summary>\n\n- a list\n\n</details>\n`)
        expect(found.htmlTags).toEqual(['details', 'summary', '/summary', '/details'])
        expect({ ...githubLinks(decodeHtml(html)), images: found.images }).toEqual({ mentions: [], references: [], links: [], images: [] })
        expect(withoutZwsp(decodeHtml(html))).toBe(shownAs(text))
      }),
      RUNS,
    )
  })
})

// A quadratic rule would take minutes on 250,000 characters; a linear one takes milliseconds. The
// bound leaves room for a machine busy with other suites.
it('takes linear time: 250,000 of the worst characters escape in seconds, not minutes', () => {
  for (const unit of ['`', ' `', '\\|', 'a', '@#', '1']) {
    const text = unit.repeat(Math.ceil(250_000 / unit.length))
    const start = performance.now()
    for (const escape of [markdownText, codeSpan, cellCodeSpan, htmlText]) escape(text)
    expect(performance.now() - start, JSON.stringify(unit)).toBeLessThan(5000)
  }
})
