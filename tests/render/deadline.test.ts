// Issue 21: each source file renders in a worker under a time budget. A file past it (or past
// the worker's memory) fails its own pages, named with its size; every other page is rendered
// as without it, in the same order and bytes whatever order the workers finish in.
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { renderArticle } from '../../src/render/article.js'
import { serializePage } from '../../src/render/serialize.js'
import { callouts, nestedList, spacesParagraph } from '../support/hostile-sources.js'
import { expectOtherPagesUnchanged, renderSample } from '../support/sample-render.js'
import { sampleTree } from '../support/sample-tree.js'

const render = renderSample
const otherPagesUnchanged = expectOtherPagesUnchanged

const stopped = (seconds: number, bytes: number) =>
  `rendering stopped after ${seconds} s (render-timeout) on this file of ${bytes.toLocaleString('en-US')} bytes: simplify the file, or raise render-timeout`

describe('the render deadline', () => {
  it('stops each slow shape of issue 21 at the budget: it fails its own page, every other page is rendered as without it', async () => {
    const hostile = {
      'gardening/01-soil.asciidoc': '== Soil\n\nGood soil is shared soil.' + spacesParagraph(320_000),
      'gardening/02-seeds.asciidoc': '== Seeds\n' + callouts(16_000),
      'gardening/nl/01-soil-nl.asciidoc': '== Grond\n' + nestedList(400),
      // A 3 MB file of the first kind, let past the size limit: the deadline stops it too.
      'gardening/fr/02-seeds-fr.asciidoc': '== Graines\n' + spacesParagraph(3_000_000),
    }
    const { files, errors, warnings } = await render(hostile, { renderTimeoutMs: 500, maxSourceBytes: 4_000_000 })
    const bytes = (file: keyof typeof hostile) => Buffer.byteLength(hostile[file])
    expect(errors).toEqual([
      { file: 'gardening/01-soil.asciidoc', message: stopped(0.5, bytes('gardening/01-soil.asciidoc')), pages: ['gardening/01.md'] },
      { file: 'gardening/02-seeds.asciidoc', message: stopped(0.5, bytes('gardening/02-seeds.asciidoc')), pages: ['gardening/02.md'] },
      {
        file: 'gardening/fr/02-seeds-fr.asciidoc',
        message: stopped(0.5, bytes('gardening/fr/02-seeds-fr.asciidoc')),
        pages: ['gardening/02.fr.md'],
      },
      {
        file: 'gardening/nl/01-soil-nl.asciidoc',
        message: stopped(0.5, bytes('gardening/nl/01-soil-nl.asciidoc')),
        pages: ['gardening/01.nl.md'],
      },
    ])
    expect(warnings).toEqual((await render()).warnings)
    await otherPagesUnchanged(files, ['gardening/01.md', 'gardening/02.md', 'gardening/01.nl.md', 'gardening/02.fr.md'])
  })

  it('renders the same paragraph at 20,000 spaces as it rendered on the main thread', async () => {
    const text = '== Soil\n\nGood soil is shared soil.' + spacesParagraph(20_000)
    const { files, errors } = await render({ 'gardening/01-soil.asciidoc': text })
    expect(errors).toEqual([])
    const config = await loadConfig(sampleTree())
    const task = {
      kind: 'article',
      path: 'gardening/01.md',
      section: config.sections[0],
      language: 'en',
      number: '01',
      video: config.videos.get('gardening')?.[0],
      strictTitles: false,
    } as const
    const inThread = renderArticle({ path: 'gardening/01-soil.asciidoc', text }, task, () => true)
    expect(files.get('gardening/01.md')).toBe(serializePage(inThread.page))
    expect(files.get('gardening/01.md')).toContain(`x${' '.repeat(20_000)}y`)
  })

  it('gives the same pages, warnings and errors with one worker as with several (results in page order, not finishing order)', async () => {
    const broken = { 'gardening/nl/index.md': 'no front matter', 'tool-shed/nl/01-rakes-nl.asciidoc': '== Harken\n\n<1> x\n' }
    // Two workers finish files out of order (the largest start first); the workers of the tests above are reused.
    const one = await render(broken, { pool: { size: 1 } })
    const two = await render(broken, { pool: { size: 2, slowMs: 0 } })
    expect(two.pages.map((page) => page.path)).toEqual(one.pages.map((page) => page.path))
    expect([...two.files]).toEqual([...one.files])
    expect(two.warnings).toEqual(one.warnings)
    expect(two.errors).toEqual(one.errors)
    expect(one.errors.map((e) => e.file)).toEqual(['gardening/nl/index.md'])
  })

  it("fails a file that needs more than a worker's memory alone: a content error, not a crash", async () => {
    const paragraph = 'A paragraph with *strong* and _emphasis_ and a https://example.org[link].\n\n'
    const big = '== Big\n\n' + paragraph.repeat(1_000_000 / paragraph.length)
    const { files, errors } = await render(
      { 'gardening/02-seeds.asciidoc': big },
      {
        renderTimeoutMs: 30_000,
        // Two workers: while one fills its heap, the other renders the small files, so none is left to start a third for.
        pool: { size: 2, memoryMb: 24 },
      },
    )
    expect(errors).toEqual([
      {
        file: 'gardening/02-seeds.asciidoc',
        message: `rendering ran out of memory (24 MB per render worker) on this file of ${Buffer.byteLength(big).toLocaleString('en-US')} bytes`,
        pages: ['gardening/02.md'],
      },
    ])
    await otherPagesUnchanged(files, ['gardening/02.md'])
  })

  it('fails the run when no worker can start, instead of rendering without a deadline', async () => {
    const missing = new URL('file:///nonexistent/render-worker.js')
    await expect(render({}, { pool: { script: missing } })).rejects.toThrow(/^the render worker could not start: .*nonexistent/)
  })
})

describe('the source size limit (max-source-bytes)', () => {
  it('refuses a file over the limit unrendered: a content error naming its size and the option, the rest is rendered', async () => {
    const threeMb = '== Seeds\n' + spacesParagraph(3_000_000)
    const { files, errors } = await render({ 'gardening/02-seeds.asciidoc': threeMb })
    expect(errors).toEqual([
      {
        file: 'gardening/02-seeds.asciidoc',
        message: 'the file is 3,000,014 bytes, over max-source-bytes (2,000,000): it is not rendered',
        pages: ['gardening/02.md'],
      },
    ])
    await otherPagesUnchanged(files, ['gardening/02.md'])
  })

  it('applies to every kind of source: an index.md (with the translations showing it), a workbook', async () => {
    const { files, errors } = await render({}, { maxSourceBytes: 38 })
    const over = (file: string, bytes: number, pages: string[]) => ({
      file,
      message: `the file is ${bytes} bytes, over max-source-bytes (38): it is not rendered`,
      pages,
    })
    expect(errors).toEqual([
      over('gardening/02-seeds.asciidoc', 97, ['gardening/02.md']),
      over('gardening/fr/02-seeds-fr.asciidoc', 90, ['gardening/02.fr.md']),
      over('gardening/index.md', 62, ['gardening/_index.fr.md', 'gardening/_index.md']),
      over('gardening/nl/01-soil-nl.asciidoc', 163, ['gardening/01.nl.md']),
      over('gardening/nl/index.md', 39, ['gardening/_index.nl.md']),
      over('tool-shed/index.md', 60, ['tool-shed/_index.md', 'tool-shed/_index.nl.md']),
      over('workbook/01-gardening.asciidoc', 39, ['gardening/workbook.md']),
    ])
    // The files at or under the limit (35, 28 and 34 bytes) are rendered.
    expect([...files.keys()]).toEqual(['gardening/01.md', 'tool-shed/01.md', 'tool-shed/01.nl.md'])
  })
})
