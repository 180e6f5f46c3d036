import { describe, expect, it } from 'vitest'
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

  it('keeps the site\'s quirk for a deeper heading and warns with the line', () => {
    const result = extractTitle('# Script\n\n=== Length: 3 minutes\n\nText\n', 'c/es/06-x.asciidoc')
    expect(result.title).toBe('Length: 3 minutes')
    expect(result.body).toBe('# Script\n\n=\n\nText\n')
    expect(result.warnings).toEqual([
      { file: 'c/es/06-x.asciidoc', line: 3, message: expect.stringContaining('deeper heading "=== Length: 3 minutes"') },
    ])
  })

  it('with strict titles, uses the first heading of any level and cuts the whole line', () => {
    const result = extractTitle('=== Principles\n\nText\n', 'f', true)
    expect(result.title).toBe('Principles')
    expect(result.body).toBe('\n\nText\n')
    expect(result.warnings).toEqual([{ file: 'f', line: 1, message: expect.stringContaining('title taken from the heading "=== Principles"') }])
    expect(extractTitle('# Script\n\n=== Length\n', 'f', true).title).toBe('Script')
  })

  it('with strict titles, prefers a real "== " heading over an earlier deeper one', () => {
    const result = extractTitle('=== Aside\n\n== Real title\n\nText\n', 'f', true)
    expect(result.title).toBe('Real title')
    expect(result.body).toBe('=== Aside\n\n\n\nText\n')
    expect(result.warnings).toEqual([{ file: 'f', line: 1, message: expect.stringContaining('heading on line 3') }])
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
      warnings: [{ file: 'x/01-doc.asciidoc', line: 1, message: expect.stringMatching(/^no "== " heading: title taken from the heading "= Document"/) }],
    })
    expect(extractTitle('Just text\n', 'x/01-doc.asciidoc')).toMatchObject({
      title: '01-doc',
      body: 'Just text\n',
      warnings: [{ file: 'x/01-doc.asciidoc', message: expect.stringMatching(/falls back to the file name "01-doc"/) }],
    })
  })
})
