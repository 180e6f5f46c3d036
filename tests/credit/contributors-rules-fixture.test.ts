// Issue 17's "Done when" for credits: on the real fixture, credited through the local GitHub, a
// contributors file that aliases the two Arno identities, excludes svc-mesto and adds one name
// to introduction/01.md changes exactly those lists, and exactly as a reader would by hand.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseContributorsFile } from '../../src/credit/contributors-file.js'
import { createContributorProvider } from '../../src/credit/create-provider.js'
import { applyCreditResult } from '../../src/credit/credit-pages.js'
import { identityHints } from '../../src/credit/identity-hints.js'
import { IdentityRules } from '../../src/credit/identity-rules.js'
import { creditedSources } from '../../src/discover/credited-sources.js'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { loadSources } from '../../src/discover/load-sources.js'
import { renderPages } from '../../src/render/render-pages.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import type { Contributor, RenderedPage } from '../../src/shared/types.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { CORPUS_HISTORY, CORPUS_SOURCE, describeCorpus, historyIndex } from '../support/corpus.js'
import { FIXTURE_CONTRIBUTORS_FILE } from '../support/contributors-file.js'
import { connectionTo, testContext } from '../support/run-context.js'

const SOURCE = CORPUS_SOURCE
const FILE = FIXTURE_CONTRIBUTORS_FILE

/** The rules applied by hand to a list made without them. */
function byHand(page: string, list: readonly Contributor[]): Contributor[] {
  const out: Contributor[] = []
  for (const person of list) {
    if (person.name === 'svc-mesto') continue
    const isArno = person.name === 'Arno M' || person.name === 'Arno Mihm'
    const shown = isArno ? { name: 'Arno Mihm', url: 'https://github.com/arnom-ms' } : person
    if (!out.some((p) => p.name === shown.name)) out.push(shown)
  }
  if (page === 'introduction/01.md') out.push({ name: 'Jane Example', url: null })
  return out
}

describeCorpus('a contributors file on the fixture', () => {
  let gh: FakeGitHub
  let rendered: RenderedPage[]
  let creditPaths: string[]
  let without: Awaited<ReturnType<typeof credit>>
  let withFile: Awaited<ReturnType<typeof credit>>
  async function credit(text: string | null) {
    const context = testContext(connectionTo(gh))
    const logger = context.logger
    const file = text === null ? null : parseContributorsFile(text, '.github/learning-path-contributors.yml')
    const { repository, branch } = historyIndex()
    const source = { ...DEFAULT_OPTIONS.source, dir: SOURCE, repository, ref: branch }
    const provider = createContributorProvider('github', source, context, IdentityRules.fromFile(file))
    const credited = applyCreditResult(rendered, await provider.credit(creditPaths), provider.kind, file, logger)
    const lists = new Map(
      credited.pages.filter((p) => p.contributors !== null).map((p) => [p.path, p.contributors as Contributor[]] as const),
    )
    return { lists, rules: credited.rules, lines: logger.lines }
  }

  beforeAll(async () => {
    gh = await startFakeGitHub({ history: CORPUS_HISTORY })
    const loaded = await loadSources(createFsSourceTree(SOURCE), DEFAULT_OPTIONS.source)
    rendered = (await renderPages(loaded.config, loaded.sources, DEFAULT_OPTIONS.source)).pages
    creditPaths = creditedSources(loaded.sources)
    without = await credit(null)
    withFile = await credit(FILE)
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('changes exactly the lists with an Arno identity, svc-mesto or the added page, as by hand', () => {
    expect(without.rules).toBeNull()

    const expectedChanged = [...without.lists]
      .filter(([page, list]) => page === 'introduction/01.md' || list.some((p) => ['Arno M', 'Arno Mihm', 'svc-mesto'].includes(p.name)))
      .map(([page]) => page)
      .sort()
    const changed = [...withFile.lists]
      .filter(([page, list]) => JSON.stringify(list) !== JSON.stringify(without.lists.get(page)))
      .map(([page]) => page)
      .sort()
    expect(changed).toEqual(expectedChanged)
    for (const [page, list] of withFile.lists) expect(list, page).toEqual(byHand(page, without.lists.get(page) ?? []))

    // The fixture's facts the issue names: svc-mesto on 20 pages, both Arno identities on introduction/02.md.
    const withSvc = [...without.lists].filter(([, list]) => list.some((p) => p.name === 'svc-mesto')).map(([page]) => page)
    expect(withSvc).toHaveLength(20)
    expect(without.lists.get('introduction/02.md')?.map((p) => p.name)).toEqual(expect.arrayContaining(['Arno M', 'Arno Mihm']))

    // The report names, per rule, the pages it changed; together they are the changed pages.
    const report = withFile.rules!
    expect(report.rules.map((r) => r.rule)).toEqual(['alias "Arno Mihm"', 'exclude "svc-mesto"', 'add "Jane Example"'])
    expect(report.rules.find((r) => r.rule === 'exclude "svc-mesto"')?.pages).toEqual(withSvc.sort())
    expect(report.rules.find((r) => r.rule === 'add "Jane Example"')?.pages).toEqual(['introduction/01.md'])
    expect([...new Set(report.rules.flatMap((r) => r.pages))].sort()).toEqual(expectedChanged)
    console.info(
      `contributors file on the fixture: ${changed.length} lists changed; ${report.rules.map((r) => `${r.rule}: ${r.pages.length} pages`).join('; ')}`,
    )
  })

  it('without a file, the hints name the two Arno identities; with the alias they are gone', () => {
    const pages = (lists: Map<string, Contributor[]>) => [...lists].map(([p, contributors]) => ({ path: p, contributors }))
    const before = identityHints(pages(without.lists))
    const arno = before.find((h) => h.people.map((p) => p.name).join(' / ') === 'Arno M / Arno Mihm')
    expect(arno?.pages).toContain('introduction/02.md')
    const after = identityHints(pages(withFile.lists))
    expect(after.some((h) => h.people.some((p) => p.name.startsWith('Arno')))).toBe(false)
    console.info(
      `identity hints on the fixture: ${before.length} without the file (${before.map((h) => h.people.map((p) => p.name).join(' / ')).join('; ')}), ${after.length} with it`,
    )
  })
})
