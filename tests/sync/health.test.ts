// Issue 16's "Done when", end to end: the content health stage inside real syncs against the
// local GitHub (GraphQL history and REST over HTTP) and a site checkout on disk.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../../src/shared/line-logger.js'
import { DEFAULT_OPTIONS, type ParsedOptions } from '../../src/shared/option-table.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import type { HistoryCommit, HistoryFixture } from '../fake-github/types.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { connectionTo } from '../support/run-context.js'
import {
  NO_CREDIT,
  runLogged,
  seededGenerated,
  seedSite,
  startSiteGitHub,
  syncOptions,
  syncWith,
  withOverrides,
  type OptionOverrides,
} from '../support/sync.js'

const temp: string[] = []
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  temp.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true })
})

/** A sync into a pages folder on disk (the CLI's `--out`). */
function localSync(sourceDir: string, siteDir: string, ...overrides: OptionOverrides[]): ParsedOptions {
  return withOverrides(
    DEFAULT_OPTIONS,
    { source: { dir: sourceDir }, target: { siteDir }, policy: { failOnContentError: false } },
    ...overrides,
  )
}

// innersourcecommons.org's config/_default/languages.yaml, without `ru`.
const LANGUAGES_WITHOUT_RU = ['en', 'fr', 'ja', 'de', 'es', 'it', 'pt-br', 'zh'].map((l) => `${l}:\n  contentDir: content/${l}\n`).join('')

describeCorpus('the fixture, through the local GitHub', () => {
  let gh: FakeGitHub
  beforeAll(async () => {
    gh = await startSiteGitHub()
    await seedSite(gh, 'example/site')
    await seedSite(gh, 'example/site-without-ru', { files: { 'config/_default/languages.yaml': LANGUAGES_WITHOUT_RU } })
  })
  afterAll(async () => {
    await gh?.close()
  })

  let baselineRest = 0

  it("lists stale translations per language from the credit stage's history: still 10 GraphQL requests, 25 points, and the site's one", async () => {
    const { result, requests, rest, lines } = await runLogged(
      gh,
      syncOptions(gh, CORPUS_SOURCE, 'example/site', { policy: { dryRun: true } }),
    )
    const graphql = requests.filter((r) => r.path === '/graphql' && r.operationName !== 'SiteState')
    const points = graphql.reduce((sum, r) => sum + (r.cost ?? 0), 0)
    expect(graphql.length).toBeLessThanOrEqual(10)
    expect(points).toBeLessThanOrEqual(25)
    // The site's state and its language configuration: one query of one point.
    expect(requests.filter((r) => r.operationName === 'SiteState').map((r) => r.cost)).toEqual([1])
    console.info(
      `full fixture sync with the health report: ${graphql.length} GraphQL requests, ${points} points, ${rest.length} REST requests`,
    )
    baselineRest = rest.length

    const { stale, coverage } = result.health
    if (!stale.available) throw new Error('stale translations should be available with contributors: github')
    const perLanguage: Record<string, number> = {}
    for (const s of stale.stale) perLanguage[s.language] = (perLanguage[s.language] ?? 0) + 1
    expect(perLanguage).toEqual({ de: 4, es: 5, fr: 2, it: 6, ja: 6, 'pt-br': 1, ru: 2, zh: 9 })
    expect(stale.checked).toBe(149)
    expect(stale.unknown).toEqual([])
    expect(result.summary).toContain('35 stale translations (de 4, es 5, fr 2, it 6, ja 6, pt-br 1, ru 2, zh 9) among 149 compared.')
    expect(lines).toContain('stale translations: 35 of 149 compared (de 4, es 5, fr 2, it 6, ja 6, pt-br 1, ru 2, zh 9)')

    // Coverage: 35 English articles; per language translated and current, stale, missing.
    const totals = Object.fromEntries(coverage.languages.map((l) => [l, coverage.totals.cells[l]]))
    const cell = (current: number, staleCount: number, missing: number) => ({ current, stale: staleCount, unknown: 0, missing, extra: 0 })
    expect(coverage.totals.englishArticles).toBe(35)
    expect(totals).toEqual({
      de: cell(14, 4, 17),
      es: cell(15, 5, 15),
      fr: cell(12, 2, 21),
      it: cell(11, 6, 18),
      ja: cell(20, 6, 9),
      'pt-br': cell(21, 1, 13),
      ru: cell(4, 2, 29),
      zh: cell(17, 9, 9),
    })

    // The report changes no page: every page the site has is unchanged.
    expect(result.counts).toMatchObject({ updated: 0, deleted: 0, unchanged: seededGenerated().length })
    expect(lines.filter((l) => l.includes('no Hugo language configuration'))).toHaveLength(1)
  })

  it('a site whose language configuration lacks ru: no ru page written, one warning per source folder, no request more', async () => {
    const { result, rest, lines } = await runLogged(
      gh,
      syncOptions(gh, CORPUS_SOURCE, 'example/site-without-ru', { policy: { dryRun: true } }),
    )
    const planned = [...result.plan.add, ...result.plan.update, ...result.plan.delete].map((p) => p.path)
    expect(planned.filter((p) => p.endsWith('.ru.md'))).toEqual([])
    expect(result.plan.unchanged.filter((p) => p.endsWith('.ru.md'))).toEqual([])
    expect(lines.filter((l) => l.includes('configures no language "ru"'))).toEqual([
      'warning: introduction/ru: the site configures no language "ru" (config/_default/languages.yaml): 7 pages of this folder not written, Hugo would show them as English pages; add the language to the site, or set unconfigured-languages: write',
    ])
    // The site's own top-level pages: pt-br is configured but has no landing page.
    expect(result.health.languages.missingLandingPages).toEqual([{ language: 'pt-br', path: '_index.pt-br.md' }])
    // The configuration came with the site's one query (its text read along), as the missing one did.
    expect(rest.length).toBe(baselineRest)
    expect(rest.filter((r) => r.path.includes('/git/blobs/'))).toEqual([])
  })
})

describeCorpus('a site checkout on disk', () => {
  /** A Hugo site folder with a language configuration and an empty Learning Path folder. */
  function site(languages: string): string {
    const root = tempDir('lps-health-site-')
    mkdirSync(path.join(root, 'config', '_default'), { recursive: true })
    writeFileSync(path.join(root, 'config', '_default', 'languages.yaml'), languages)
    const pages = path.join(root, 'content', 'en', 'learn', 'learning-path')
    mkdirSync(pages, { recursive: true })
    return pages
  }
  const ruPages = (pages: string) => readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ru.md'))

  it('skips the pages of a language the site does not configure; unconfigured-languages: write writes them', async () => {
    const skipped = site(LANGUAGES_WITHOUT_RU)
    const logger = createMemoryLogger()
    const options = localSync(CORPUS_SOURCE, skipped, NO_CREDIT)
    const result = await syncWith(options, logger)
    expect(ruPages(skipped)).toEqual([])
    expect(existsSync(path.join(skipped, 'introduction', '01.de.md'))).toBe(true)
    expect(logger.lines.filter((l) => l.includes('configures no language "ru"'))).toHaveLength(1)
    expect(result.health.stale).toEqual({ available: false, reason: 'contributors: none reads no commit history' })

    const written = site(LANGUAGES_WITHOUT_RU)
    await syncWith(withOverrides(options, { target: { siteDir: written }, health: { unconfiguredLanguages: 'write' } }))
    expect(ruPages(written)).toHaveLength(7)
  })
})

describe('a hand-made history', () => {
  const oid = (n: number) => n.toString(16).padStart(40, 'c')
  const commit = (n: number, date: string, headline: string): HistoryCommit => ({
    oid: oid(n),
    committedDate: date,
    messageHeadline: headline,
    authors: [{ name: 'Ann', email: 'ann@example.org', login: null }],
    pullRequest: null,
  })
  // Newest first per file. introduction/01: English edited after the Dutch translation -> stale.
  // introduction/02: the French translation edited after the English -> current.
  const history: HistoryFixture = {
    repository: 'example/learning-path',
    branch: 'main',
    head: oid(99),
    history: {
      'introduction/01-start.asciidoc': [
        commit(5, '2024-03-01T00:00:00Z', 'Rewrite the start (#7) @someone'),
        commit(1, '2024-01-01T00:00:00Z', 'Add the start'),
      ],
      'introduction/nl/01-start-nl.asciidoc': [commit(3, '2024-02-01T00:00:00Z', 'Vertaling')],
      'introduction/02-next.asciidoc': [commit(2, '2024-01-05T00:00:00Z', 'Add the next step')],
      'introduction/fr/02-next-fr.asciidoc': [
        commit(6, '2024-04-01T00:00:00Z', 'Corriger'),
        commit(0, '2023-12-01T00:00:00Z', 'Traduction'),
      ],
      'introduction/03-links.asciidoc': [commit(4, '2024-01-10T00:00:00Z', 'Add links')],
    },
    pullRequests: {},
    users: {},
  }
  let gh: FakeGitHub
  let sourceDir: string
  /** The hand-made history, read from the local GitHub. */
  const fromHistory = (): OptionOverrides => ({ source: { repository: history.repository }, github: connectionTo(gh) })
  beforeAll(async () => {
    gh = await startFakeGitHub({ history })
    sourceDir = tempDir('lps-health-source-')
    const files: Record<string, string> = {
      'scripts/section_data.json': JSON.stringify([
        {
          learning_path_group: 'Introduction',
          dirName: 'introduction',
          workbook: '',
          workbookImage: '',
          image: 'img/i.png',
          renderArticles: true,
        },
      ]),
      'config/urls.yaml': '[]\n',
      'introduction/index.md': '---\ntitle: Introduction\n---\nStart here.\n',
      'introduction/01-start.asciidoc': '== Start\n\nWelcome.\n',
      'introduction/nl/01-start-nl.asciidoc': '== Begin\n\nWelkom.\n',
      'introduction/02-next.asciidoc': '== Next\n\nGo on.\n',
      'introduction/fr/02-next-fr.asciidoc': '== Suite\n\nContinuez.\n',
      'introduction/03-links.asciidoc':
        '== Links\n\nRead the link:/learn/learning-path/introduction/42[FAQ].\n\nThen see htttps://example.org for more.\n',
    }
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(sourceDir, file)), { recursive: true })
      writeFileSync(path.join(sourceDir, file), text)
    }
  })
  afterAll(async () => {
    await gh?.close()
  })

  it("lists the English edit after the translation, not the translation edit after the English one, in the credit stage's two requests", async () => {
    const pages = path.join(tempDir('lps-health-out-'), 'content', 'en', 'learn', 'learning-path')
    mkdirSync(pages, { recursive: true })
    gh.clearRequests()
    const logger = createMemoryLogger()
    const options = localSync(sourceDir, pages, fromHistory(), { policy: { dryRun: true } })
    const result = await syncWith(options, logger)

    expect(result.health.stale).toEqual({
      available: true,
      asOf: '2024-04-01T00:00:00.000Z',
      checked: 2,
      unknown: [],
      stale: [
        {
          page: 'introduction/01.nl.md',
          section: 'introduction',
          number: '01',
          language: 'nl',
          source: 'introduction/nl/01-start-nl.asciidoc',
          english: 'introduction/01-start.asciidoc',
          commits: [
            {
              oid: oid(5),
              date: '2024-03-01T00:00:00Z',
              headline: 'Rewrite the start (#7) @someone',
              url: `https://github.com/example/learning-path/commit/${oid(5)}`,
              authors: [{ name: 'Ann', login: null }],
            },
          ],
          translatedAt: '2024-02-01T00:00:00Z',
          translators: [{ name: 'Ann', login: null }],
          staleSince: '2024-03-01T00:00:00Z',
          days: 31,
        },
      ],
    })
    expect(gh.requests.filter((r) => r.path === '/graphql').map((r) => r.operationName)).toEqual(['CommitHistory', 'CommitDetails'])
    expect(result.summary).toContain(
      `| \`introduction/01.nl.md\` | 2024-02-01 | 2024-03-01 [\`Rewrite the start (#7) @someone\`](https://github.com/example/learning-path/commit/${oid(5)}) | 31 days |`,
    )
    // The article's two bad links: two warnings with file and line.
    expect(logger.lines.filter((l) => l.startsWith('warning: introduction/03-links.asciidoc'))).toEqual([
      'warning: introduction/03-links.asciidoc:3: link to a Learning Path page that does not exist: /learn/learning-path/introduction/42 (no page 42 in section "introduction" in any language)',
      'warning: introduction/03-links.asciidoc:5: malformed link htttps://example.org: misspelled scheme "htttps:" (meant "https:"?)',
    ])
  })

  it('in a run limited to a translation, also reads the English history the comparison needs', async () => {
    const pages = path.join(tempDir('lps-health-out-'), 'content', 'en', 'learn', 'learning-path')
    mkdirSync(pages, { recursive: true })
    const options = localSync(sourceDir, pages, fromHistory(), { policy: { dryRun: true }, source: { languages: ['nl'] } })
    const result = await syncWith(options)
    expect(result.health.stale.available && result.health.stale.stale.map((s) => s.page)).toEqual(['introduction/01.nl.md'])
    expect(result.plan.add.map((p) => p.path)).toEqual(['introduction/01.nl.md', 'introduction/_index.nl.md'])
  })
})
