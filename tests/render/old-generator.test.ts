// Where our output and the old generator's (the Learning Path repository's scripts/) could
// differ on small inputs: each case decided in docs/fidelity.md, checked here. Every `it` names
// its row in that document.
import { describe, expect, it } from 'vitest'
import { renderSources } from '../../src/sync.js'
import { serializePage } from '../../src/render/serialize.js'
import { SAMPLE_SECTIONS, sampleTree } from '../support/sample-tree.js'

async function render(changes: Record<string, string | Uint8Array | null> = {}) {
  const result = await renderSources(sampleTree(changes))
  return { ...result, files: new Map(result.pages.map((page) => [page.path, serializePage(page)])) }
}

const frontMatterOf = (text: string | undefined) => /^---\n([\s\S]*?)\n---/.exec(text ?? '')?.[1]

describe('edge cases against the old generator (docs/fidelity.md)', () => {
  it('F1 a section without workbookImage: the workbook page has no image key (as the old scripts wrote it)', async () => {
    const sections = SAMPLE_SECTIONS.map((s, i) => (i === 0 ? { ...s, workbookImage: undefined } : s))
    const { files } = await render({ 'scripts/section_data.json': JSON.stringify(sections) })
    expect(frontMatterOf(files.get('gardening/workbook.md'))).toBe('title: Workbook\ncontributors: []\nweight: 3')
    // With the field, the key is there as before.
    expect(frontMatterOf((await render()).files.get('gardening/workbook.md'))).toBe(
      'title: Workbook\ncontributors: []\nimage: img/wb.png\nweight: 3',
    )
  })

  it('F2 an article name with characters outside [-\\w] is not published (as before), and now says so', async () => {
    const { pages, warnings } = await render({
      'gardening/03-compost heap.asciidoc': '== Compost\n',
      'gardening/04-café.asciidoc': '== Café\n',
    })
    expect(pages.some((p) => p.path === 'gardening/03.md' || p.path === 'gardening/04.md')).toBe(false)
    expect(warnings.map((w) => w.file)).toEqual(['gardening/03-compost heap.asciidoc', 'gardening/04-café.asciidoc'])
    expect(warnings[0].message).toMatch(/^not published: an article name has only letters, digits, "-" and "_"/)
    // The workbook's weight counts published articles only, as the old count did.
    expect(pages.find((p) => p.path === 'gardening/workbook.md')!.frontMatter.weight).toBe(3)
  })

  it('F3 names the old unanchored pattern took by accident are not articles: 01_x, notes-01-x, 01-x.asciidoc.bak', async () => {
    const clean = await render()
    const { files, warnings } = await render({
      'gardening/01_soil.asciidoc': '== Underscore\n',
      'gardening/notes-02-seeds.asciidoc': '== Notes\n',
      'gardening/02-seeds.asciidoc.bak': '== Backup\n',
    })
    expect(files).toEqual(clean.files)
    expect(warnings).toEqual([])
  })

  it('F4 a sub-folder that is not a translation is skipped with a warning (the old scripts published _index.<folder>.md)', async () => {
    const { files, warnings } = await render({
      'gardening/images/diagram.png': new Uint8Array([0x89, 0x50]),
      'gardening/en/01-soil-en.asciidoc': '== Soil\n',
    })
    expect([...files.keys()].filter((p) => p.includes('images') || p.includes('.en.'))).toEqual([])
    expect(warnings.map((w) => [w.file, w.message.split(':')[0]])).toEqual([
      ['gardening/en', 'folder name "en" cannot be a translation (letters, digits, "-", "_"; not "en")'],
      ['gardening/images', 'folder has no index.md and no NN-*.asciidoc article'],
    ])
  })

  it('F5 index front matter is read as YAML 1.1, like the old js-yaml; only the fields the site uses are written (issue 21)', async () => {
    const index = '---\ntitle: on\ndescription: yes\ndate: 2021-03-04\ncount: 1_000\n---\nGrow.\n'
    const { files, warnings } = await render({ 'gardening/index.md': index })
    // js-yaml 3 reads `on` and `yes` as text; written so that YAML 1.1 and 1.2 readers (Hugo's
    // and ours) read the same values (issue 11): quoted. The old scripts copied every other key
    // too; since issue 21 a key the site does not use is dropped with a warning.
    expect(frontMatterOf(files.get('gardening/_index.md'))).toBe('title: "on"\ndescription: "yes"\nimage: img/garden.png\nweight: 0')
    expect(warnings.map((w) => [w.line, w.message.split(' is ')[0]])).toEqual([
      [4, 'front matter field "date"'],
      [5, 'front matter field "count"'],
    ])
    // A YAML 1.1 reader takes 2021-03-04 for a date (1.2 for text): as a title, that is not text.
    const { errors } = await render({ 'gardening/index.md': '---\ntitle: 2021-03-04\n---\nGrow.\n' })
    expect(errors.map((e) => e.message)).toEqual(['front matter field "title" must be a string'])
  })

  it('F6 the workbook weight follows the English articles, whichever languages are rendered (the old scripts raced)', async () => {
    const { pages } = await render({ 'gardening/nl/02-seeds-nl.asciidoc': '== Zaden\n', 'gardening/nl/03-water-nl.asciidoc': '== Water\n' })
    expect(pages.find((p) => p.path === 'gardening/workbook.md')!.frontMatter.weight).toBe(3)
  })

  it('F7 a workbook named in section_data.json but missing: its page is kept, not dropped (the old scripts skipped it and the page vanished)', async () => {
    const { errors, pages } = await render({ 'workbook/01-gardening.asciidoc': null })
    expect(pages.some((p) => p.path === 'gardening/workbook.md')).toBe(false)
    expect(errors.map((e) => [e.file, e.pages])).toEqual([['workbook/01-gardening.asciidoc', ['gardening/workbook.md']]])
  })

  it('F8 a video URL: the id of any YouTube URL shape (the old scripts only cut "https://www.youtube.com/watch?v=")', async () => {
    const urls = '- section: gardening\n  video:\n    youtube: https://youtu.be/abcDEF12345\n'
    const { pages } = await render({ 'config/urls.yaml': urls })
    expect(pages.find((p) => p.path === 'gardening/01.md')!.frontMatter).toMatchObject({
      youtubeCode: 'abcDEF12345',
      image: 'https://img.youtube.com/vi/abcDEF12345/mqdefault.jpg',
    })
  })

  it('F9 an article without any "== " line gets a title and a warning (the old scripts crashed)', async () => {
    const { pages, warnings } = await render({ 'gardening/02-seeds.asciidoc': '=== Seeds\n\nText.\n' })
    expect(pages.find((p) => p.path === 'gardening/02.md')!.frontMatter.title).toBe('Seeds')
    expect(warnings.map((w) => w.file)).toContain('gardening/02-seeds.asciidoc')
  })
})
