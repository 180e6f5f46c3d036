// `contributors: keep` (issue 23): an offline preview that keeps the credits. Every page keeps
// the contributor list the site (the --out folder) has now; a new page gets an empty one. No
// token, no history read. On a copy of the site's pages, and on the bundled example.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { pageContributors } from '../../src/credit/keep-site-contributors.js'
import { writePagesFolder } from '../../src/publish/pages-folder.js'
import { DEFAULT_OPTIONS, type ParsedOptions } from '../../src/shared/option-table.js'
import { renderSources } from '../../src/sync.js'
import { CORPUS_SOURCE, CORPUS_WEBSITE, describeCorpus } from '../support/corpus.js'
import { REPO_ROOT } from '../support/repo-root.js'
import { syncWith, withOverrides } from '../support/sync.js'

const EXAMPLE = path.join(REPO_ROOT, 'examples/learning-path')
const temp: string[] = []
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lps-keep-'))
  temp.push(dir)
  return dir
}

/** Every page's contributor list in a pages folder, by path (index pages, which have none, left out). */
function lists(folder: string): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue
    const file = path.join(entry.parentPath, entry.name)
    const text = readFileSync(file, 'utf8')
    if (/^contributors:/m.test(text)) found.set(path.relative(folder, file), pageContributors(text))
  }
  return found
}

/** `sync --out folder --contributors keep`, no token. */
function keepSync(source: string, folder: string) {
  const options: ParsedOptions = withOverrides(DEFAULT_OPTIONS, {
    github: { token: '', apiUrl: 'http://127.0.0.1:9' },
    source: { dir: source },
    target: { repository: undefined, siteDir: folder },
    credit: { provider: 'keep' },
  })
  return syncWith(options)
}

const ADA = '  - name: Ada Lovelace\n    url: https://github.com/ada'

describe('contributors: keep, on the bundled example', () => {
  it('sync --out: each page keeps the list the folder has, a new page lists nobody', async () => {
    const folder = tempDir()
    await writePagesFolder(folder, (await renderSources(createFsSourceTree(EXAMPLE))).pages)
    const credited = path.join(folder, 'getting-started/01.md')
    writeFileSync(credited, readFileSync(credited, 'utf8').replace('contributors: []', `contributors:\n${ADA}`))
    unlinkSync(path.join(folder, 'maintainer/01.md'))

    const result = await keepSync(EXAMPLE, folder)
    expect(result.counts).toMatchObject({ added: 1, updated: 0, deleted: 0 })
    expect(pageContributors(readFileSync(credited, 'utf8'))).toEqual([{ name: 'Ada Lovelace', url: 'https://github.com/ada' }])
    expect(pageContributors(readFileSync(path.join(folder, 'maintainer/01.md'), 'utf8'))).toEqual([])
    expect(result.contributorFailures).toEqual([])
  })

  it('render --out: the same rule for the folder it writes into', async () => {
    const folder = tempDir()
    const { pages } = await renderSources(createFsSourceTree(EXAMPLE))
    await writePagesFolder(folder, pages)
    const credited = path.join(folder, 'maintainer/02.md')
    writeFileSync(credited, readFileSync(credited, 'utf8').replace('contributors: []', `contributors:\n${ADA}`))
    const report = await writePagesFolder(folder, pages, { keepContributors: true })
    expect(report.written).toEqual([])
    expect(readFileSync(credited, 'utf8')).toContain(ADA)
    // Without keep, the rendered (empty) list replaces it: the test above can fail.
    await writePagesFolder(folder, pages)
    expect(readFileSync(credited, 'utf8')).not.toContain(ADA)
  })
})

describeCorpus('contributors: keep, on a copy of the site', () => {
  it('sync --out leaves every list of the site as it is; the pages the copy lacks list nobody: 188 lists in all', async () => {
    const folder = tempDir()
    cpSync(CORPUS_WEBSITE, folder, { recursive: true })
    const before = lists(folder)
    // Lists that name people: a run that blanked them would be seen.
    expect([...before.values()].filter((list) => (list as unknown[]).length > 0).length).toBeGreaterThan(90)

    const result = await keepSync(CORPUS_SOURCE, folder)
    expect(result.contributorFailures).toEqual([])
    const after = lists(folder)
    expect(after.size).toBe(188)
    for (const [page, list] of before) expect(after.get(page), page).toEqual(list)
    // The fixture's copy of the site lacks some sections: their pages are new, with empty lists.
    const added = [...after.keys()].filter((page) => !before.has(page))
    expect(added.length).toBe(188 - before.size)
    for (const page of added) expect(after.get(page), page).toEqual([])
    expect(result.counts.updated).toBe(0)
  }, 120_000)
})
