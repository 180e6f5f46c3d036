// A section's index.md front matter reaches Hugo, which gives many keys a meaning of its own
// (issue 21): only the fields the site uses pass, every other one is a warning, and Debian's
// hugo builds the page that a hostile index.md makes.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { serializePage } from '../../src/render/serialize.js'
import { renderSources } from '../../src/sync.js'
import { buildHugoSite, createHugoSite, hugoSuite, PAGES_FOLDER } from '../support/hugo.js'
import { sampleTree } from '../support/sample-tree.js'

/** Nine levels of nine aliases: the parser keeps references, a writer with anchors writes 9 × 9 of them. */
const ALIAS_TREE = [
  'a0: &a0 [x, x, x, x, x, x, x, x, x]',
  ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
]

/** What an author with merge rights could put in a section's index.md. */
const HOSTILE_INDEX = [
  '---',
  'title: Gardening',
  'featured: true',
  'url: /',
  'aliases: [/join]',
  'cascade:',
  '  redirect: https://evil.example',
  'outputs: [nope]',
  'layout: page',
  ...ALIAS_TREE,
  '---',
  'Grow things.',
  '',
].join('\n')

async function renderIndex(text: string) {
  const result = await renderSources(sampleTree({ 'gardening/index.md': text }), { languages: ['en'] })
  return { ...result, page: result.pages.find((p) => p.path === 'gardening/_index.md') }
}

describe('index.md front matter', () => {
  it('passes only the fields the site uses; every other key is a warning naming file, line and key', async () => {
    const { page, warnings, errors } = await renderIndex(HOSTILE_INDEX)
    expect(errors).toEqual([])
    // Before: every key was copied (url, aliases, cascade, outputs, layout and a0..a8 with anchors).
    expect(serializePage(page!).split('\n---\n')[0]).toBe('---\ntitle: Gardening\nfeatured: true\nimage: img/garden.png\nweight: 0')
    // The keys and their lines in the file (`cascade` takes two).
    const dropped: [string, number][] = [
      ['url', 4],
      ['aliases', 5],
      ['cascade', 6],
      ['outputs', 8],
      ['layout', 9],
      ...ALIAS_TREE.map((_, i): [string, number] => [`a${i}`, 10 + i]),
    ]
    expect(warnings).toEqual(
      dropped.map(([key, line]) => ({
        file: 'gardening/index.md',
        line,
        message: `front matter field "${key}" is not passed to the site (only title, description, featured, título, destaque are): dropped`,
        kind: 'index-front-matter',
      })),
    )
  })

  it('keeps title, description, featured and the translated keys of the corpus, with their types checked', async () => {
    const { page, warnings } = await renderIndex('---\ntítulo: Jardim\ndestaque: true\ndescription: Grow.\n---\nText.\n')
    expect(page!.frontMatter).toEqual({ título: 'Jardim', destaque: true, description: 'Grow.', image: 'img/garden.png', weight: 0 })
    expect(warnings).toEqual([
      {
        file: 'gardening/index.md',
        line: 1,
        message: expect.stringMatching(/^index front matter has no "title" \(fields: título, destaque, description\)/),
        kind: 'index-front-matter',
      },
    ])
    const { errors } = await renderIndex('---\ntitle: G\ndestaque: [yes]\n---\nText.\n')
    expect(errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ['gardening/index.md', 3, 'front matter field "destaque" must be true or false'],
    ])
  })

  it('names a key that holds a line break without printing the break', async () => {
    const { warnings } = await renderIndex('---\ntitle: G\n"x\\n::warning::y": 1\n---\nText.\n')
    expect(warnings.map((w) => w.message)).toEqual([
      'front matter field "x\\n::warning::y" is not passed to the site (only title, description, featured, título, destaque are): dropped',
    ])
  })
})

const { version, withHugo } = hugoSuite()
const work = mkdtempSync(path.join(tmpdir(), 'lps-index-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// The site's list layout makes a card of each child page, linking `.Params.redirect` when a page
// has one: the key a `cascade` in an index.md would set for every page below it.
const CARDS_LAYOUT = `<!DOCTYPE html>
<html lang="{{ .Language.Lang }}"><body>
<p class="source">{{ with .File }}{{ .Path }}{{ end }}</p>
<h1>{{ .Title }}</h1>
<ul class="cards">{{ range .Pages }}<li><a href="{{ with .Params.redirect }}{{ . }}{{ else }}{{ .RelPermalink }}{{ end }}">{{ .Title }}</a></li>{{ end }}</ul>
<div class="body">{{ .Content }}</div>
</body></html>
`

withHugo(`Hugo (${version ?? 'hugo not installed'}) builds a hostile index.md's section page`, () => {
  it('as a section page like any other: no home page replaced, no redirect, no cascade, no failed build', async () => {
    const root = path.join(work, 'site')
    const pagesDir = path.join(createHugoSite(root), PAGES_FOLDER)
    writeFileSync(path.join(root, 'layouts', '_default', 'list.html'), CARDS_LAYOUT)
    const { pages } = await renderSources(sampleTree({ 'gardening/index.md': HOSTILE_INDEX }), { languages: ['en'] })
    for (const page of pages) {
      mkdirSync(path.join(pagesDir, path.dirname(page.path)), { recursive: true })
      writeFileSync(path.join(pagesDir, page.path), serializePage(page))
    }
    // Before: hugo failed the whole site ("excessive aliasing", then the unknown output format "nope").
    const build = buildHugoSite(root)
    expect(build.log.split('\n').filter((line) => /\b(ERROR|WARN)\b/.test(line))).toEqual([])
    const section = build.pages.find((p) => p.source === `${PAGES_FOLDER}/gardening/_index.md`)
    expect(section?.title).toBe('Gardening')
    const publicDir = path.join(root, 'public')
    // `url: /` put the section page in the home page's place; `aliases: [/join]` made a redirect page.
    expect(existsSync(path.join(publicDir, PAGES_FOLDER, 'gardening', 'index.html'))).toBe(true)
    expect(readFileSync(path.join(publicDir, 'index.html'), 'utf8')).not.toContain('<h1>Gardening</h1>')
    expect(existsSync(path.join(publicDir, 'join'))).toBe(false)
    // `cascade: {redirect: …}` put the address in the href of every card below the section.
    const html = readdirSync(publicDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(path.join(publicDir, file), 'utf8'))
    expect(html.filter((text) => text.includes('evil.example'))).toEqual([])
    expect(html.join('\n')).toMatch(/<a href="\/learn\/learning-path\/gardening\/01\/">/)
  })
})
