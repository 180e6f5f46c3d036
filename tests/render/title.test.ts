import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstHeading } from '../../src/render/heading-scan.js'
import { extractTitle } from '../../src/render/title.js'

describe('extractTitle', () => {
  it('takes the text after the first "== " and cuts it from the body, keeping line numbers', () => {
    const result = extractTitle('== Hello world\n\nText.\n', 'a/01-x.asciidoc')
    expect(result).toEqual({ title: 'Hello world', body: '\n\nText.\n', warnings: [] })
  })

  it('keeps a carriage return out of the title (CRLF sources) and leaves a BOM or indent in place', () => {
    expect(extractTitle('\uFEFF== Título\r\nTexto\r\n', 'f').title).toBe('Título')
    expect(extractTitle('\uFEFF== Título\r\nTexto\r\n', 'f').body).toBe('\uFEFF\r\nTexto\r\n')
    expect(extractTitle(' == Conclusão\r\n', 'f')).toMatchObject({ title: 'Conclusão', warnings: [] })
  })

  it("keeps the site's quirk for a deeper heading and warns with the line", () => {
    const result = extractTitle('# Script\n\n=== Length: 3 minutes\n\nText\n', 'c/es/06-x.asciidoc')
    expect(result.title).toBe('Length: 3 minutes')
    expect(result.body).toBe('# Script\n\n=\n\nText\n')
    expect(result.warnings).toEqual([
      { file: 'c/es/06-x.asciidoc', line: 3, message: expect.stringContaining('deeper heading "=== Length: 3 minutes"'), kind: 'title' },
    ])
  })

  it('with strict titles, uses the first heading of any level and cuts the whole line', () => {
    const result = extractTitle('=== Principles\n\nText\n', 'f', true)
    expect(result.title).toBe('Principles')
    expect(result.body).toBe('\n\nText\n')
    expect(result.warnings).toEqual([
      { file: 'f', line: 1, message: expect.stringContaining('title taken from the heading "=== Principles"'), kind: 'title' },
    ])
    expect(extractTitle('# Script\n\n=== Length\n', 'f', true).title).toBe('Script')
  })

  it('with strict titles, prefers a real "== " heading over an earlier deeper one', () => {
    const result = extractTitle('=== Aside\n\n== Real title\n\nText\n', 'f', true)
    expect(result.title).toBe('Real title')
    expect(result.body).toBe('=== Aside\n\n\n\nText\n')
    expect(result.warnings).toEqual([{ file: 'f', line: 1, message: expect.stringContaining('heading on line 3'), kind: 'title' }])
    // Without strict titles the site's rule stands.
    expect(extractTitle('=== Aside\n\n== Real title\n', 'f').title).toBe('Aside')
  })

  it('warns about a "== " in running text', () => {
    const result = extractTitle('Compare a == b here\n', 'f')
    expect(result.title).toBe('b here')
    expect(result.warnings[0].message).toMatch(/middle of a line/)
    expect(extractTitle('Compare a == b here\n\n== Real\n', 'f', true).title).toBe('Real')
  })

  it('falls back to a heading, then the file name, when there is no "== " at all', () => {
    expect(extractTitle('= Document\n\nText\n', 'x/01-doc.asciidoc')).toMatchObject({
      title: 'Document',
      body: '\n\nText\n',
      warnings: [
        {
          file: 'x/01-doc.asciidoc',
          line: 1,
          message: expect.stringMatching(/^no "== " heading: title taken from the heading "= Document"/),
        },
      ],
    })
    expect(extractTitle('Just text\n', 'x/01-doc.asciidoc')).toMatchObject({
      title: '01-doc',
      body: 'Just text\n',
      warnings: [{ file: 'x/01-doc.asciidoc', message: expect.stringMatching(/falls back to the file name "01-doc"/) }],
    })
  })
})

describe('the heading fallback on hostile input', () => {
  // The expression the fallback used: quadratic on a long run of blanks inside a heading line.
  const OLD_ANY_HEADING = /^[\uFEFF \t]*(={1,6}|#{1,6})[ \t]+(\S.*?)[ \t\r]*$/m
  const pathological = (spaces: number) => `= a${' '.repeat(spaces)}b\n\nText.\n`

  it('takes the title of a 1 MB article of "= a", a million spaces, "b" in well under 10 s', () => {
    const source = pathological(1_000_000)
    const started = performance.now()
    const result = extractTitle(source, 'introduction/01-x.asciidoc')
    const seconds = (performance.now() - started) / 1000
    expect(result.title).toBe(`a${' '.repeat(1_000_000)}b`)
    expect(result.body).toBe('\n\nText.\n')
    // Generous: a linear scan takes milliseconds; the expression took 20 s at 80,000 spaces.
    expect(seconds).toBeLessThan(10)
  })

  it('grows linearly: 16 times the input costs far less than 16 squared times the time', () => {
    const time = (spaces: number) => {
      const source = pathological(spaces)
      const started = performance.now()
      for (let i = 0; i < 5; i++) extractTitle(source, 'f')
      return performance.now() - started
    }
    time(10_000) // warm up
    const small = Math.max(time(20_000), 1)
    const large = time(320_000)
    expect(large / small).toBeLessThan(64)
  })

  it('finds exactly what the old expression found, on random text (property)', () => {
    const char = fc.constantFrom('=', '#', ' ', '\t', '\r', '\n', '\u2028', '\u2029', '\uFEFF', '\u00a0', 'a', 'b', '.')
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((chars) => chars.join('')),
        (text) => {
          const old = OLD_ANY_HEADING.exec(text)
          const found = firstHeading(text)
          if (old === null) return found === null
          return found !== null && found.index === old.index && found.length === old[0].length && found.title === old[2]
        },
      ),
      { numRuns: 20_000 },
    )
  })
})
