import { beforeAll, expect, it } from 'vitest'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import type { RenderResult } from '../../src/render/render-pages.js'
import { renderSources } from '../../src/sync.js'
import { serializePage } from '../../src/render/serialize.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'

// The eight published pages whose title comes from inside a `=== ` heading today.
const BROKEN = [
  ['contributor/es/06-conclusion-script-es.asciidoc', 3, 'contributor/06.es.md'],
  ['introduction/zh/02-problems-solved-zh.asciidoc', 1, 'introduction/02.zh.md'],
  ['introduction/zh/03-how-works-zh.asciidoc', 1, 'introduction/03.zh.md'],
  ['introduction/zh/04-benefits-zh.asciidoc', 1, 'introduction/04.zh.md'],
  ['introduction/zh/05-principles-zh.asciidoc', 1, 'introduction/05.zh.md'],
  ['introduction/zh/06-conclusion-zh.asciidoc', 1, 'introduction/06.zh.md'],
  ['trusted-committer/es/03-keeping-the-community-healthy-es.asciidoc', 1, 'trusted-committer/03.es.md'],
  ['trusted-committer/it/02-ensuring-product-quality-it.asciidoc', 1, 'trusted-committer/02.it.md'],
] as const

const STRAY = /\n---\n(<div id="preamble">\n<div class="sectionbody">\n)?<div class="paragraph">\n<p>=(<\/p>|\n)/

describeCorpus('content warnings on the fixture', () => {
  let fidelity: RenderResult
  let strict: RenderResult

  beforeAll(async () => {
    const tree = createFsSourceTree(CORPUS_SOURCE)
    ;[fidelity, strict] = await Promise.all([renderSources(tree), renderSources(tree, { strictTitles: true })])
  })

  it('finds exactly the 8 broken published pages, with file and line', () => {
    const titleWarnings = fidelity.warnings.filter((warning) => /title/.test(warning.message) && warning.file.endsWith('.asciidoc'))
    expect(titleWarnings.map((warning) => [warning.file, warning.line]).sort()).toEqual(BROKEN.map(([file, line]) => [file, line]).sort())
    for (const warning of titleWarnings) expect(warning.message).toMatch(/deeper heading "=== /)
  })

  it('the warned pages are the ones that show a stray "=" (and no other page does)', () => {
    const stray = fidelity.pages.filter((page) => STRAY.test(serializePage(page))).map((page) => page.path)
    expect(stray.sort()).toEqual(BROKEN.map(([, , page]) => page).sort())
  })

  it('reports the only other problem: the Portuguese introduction index has no title field', () => {
    const others = fidelity.warnings.filter((warning) => !warning.file.endsWith('.asciidoc'))
    expect(others).toEqual([
      {
        file: 'introduction/pt-br/index.md',
        line: 1,
        message: expect.stringMatching(/no "title".*título, destaque/),
        kind: 'index-front-matter',
      },
    ])
  })

  it('strict titles render the 8 pages with their real title and no stray "="', () => {
    const byPath = new Map(strict.pages.map((page) => [page.path, page]))
    for (const [, , path] of BROKEN) {
      const page = byPath.get(path)!
      expect(serializePage(page)).not.toMatch(STRAY)
      expect(page.body).not.toMatch(/<p>=(<\/p>|\n)/)
    }
    expect(byPath.get('introduction/02.zh.md')!.frontMatter.title).toBe('InnerSource解决的问题?')
    expect(byPath.get('contributor/06.es.md')!.frontMatter.title).toBe('Transcripción: El contribuidor en InnerSource – Introducción')
    // The heading used as the title is gone from the body.
    expect(byPath.get('trusted-committer/03.es.md')!.body).not.toContain('Mantener a la comunidad sana</h')
  })

  it('strict titles change nothing else', () => {
    const broken = new Set<string>(BROKEN.map(([, , page]) => page))
    const fidelityText = new Map(fidelity.pages.map((page) => [page.path, serializePage(page)]))
    const changed = strict.pages.filter((page) => serializePage(page) !== fidelityText.get(page.path)).map((page) => page.path)
    expect(changed.sort()).toEqual([...broken].sort())
  })
})
