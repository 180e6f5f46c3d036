// Issue 26's "Done when": the translation dashboard issue kept by real syncs against the local
// GitHub (GraphQL history, REST issues and the issue search over HTTP): on the bundled example
// (always) and on the corpus (when it is there). One server per suite, runs in sequence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keepTranslationDashboard, translationDashboardBody, type DashboardResult } from '../../src/dashboard/keep-dashboard.js'
import { DASHBOARD_MARKER } from '../../src/dashboard/dashboard-marker.js'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { translationPairs } from '../../src/health/translation-pairs.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import { loadSources } from '../../src/sync.js'
import { startFakeGitHub, type FakeGitHub, type HistoryFixture } from '../fake-github/index.js'
import { contractViolations } from '../fake-github/contract/checks.js'
import { CORPUS_SOURCE, corpusHistory, describeCorpus } from '../support/corpus.js'
import { closeByHand, issueRequests, withNewCommit } from '../support/dashboard.js'
import { connectionTo, testContext } from '../support/run-context.js'
import { EXAMPLE_BRANCH, EXAMPLE_REPOSITORY, EXAMPLE_SOURCE, exampleHistory } from '../support/example-history.js'
import { runLogged, seedSite, startSiteGitHub, syncOptions, TARGET, withOverrides, type OptionOverrides } from '../support/sync.js'
import type { ParsedOptions } from '../../src/shared/option-table.js'

const TITLE = 'Translation status'

/** `dashboard-issue: Translation status` with the local GitHub's token. */
const dashboardOn = (gh: FakeGitHub, more: Partial<ParsedOptions['dashboard']> = {}): OptionOverrides => ({
  dashboard: { title: TITLE, token: gh.token, stopLabel: 'no-dashboard', mentions: false, ...more },
})

describe('the bundled example, through the local GitHub', () => {
  let gh: FakeGitHub
  const site = 'example/site'
  const options = (...overrides: OptionOverrides[]): ParsedOptions =>
    withOverrides(
      DEFAULT_OPTIONS,
      {
        github: { token: gh.token, apiUrl: gh.url },
        source: { dir: EXAMPLE_SOURCE, repository: EXAMPLE_REPOSITORY, ref: EXAMPLE_BRANCH, commit: 'a'.repeat(40) },
        target: { repository: site, path: TARGET },
        credit: { provider: 'github' },
      },
      dashboardOn(gh),
      ...overrides,
    )
  beforeAll(async () => {
    gh = await startFakeGitHub({ history: exampleHistory() })
    await gh.createRepository(site, { 'README.md': '# site\n', [`${TARGET}/_index.md`]: '---\ntitle: Learning Path\n---\n' })
    // The Learning Path's own repository: where the translators' issues are.
    await gh.createRepository(EXAMPLE_REPOSITORY, { 'README.md': '# Learning Path\n' })
  })
  afterAll(async () => {
    await gh?.close()
  })
  let number = 0
  /** The stage alone (what a sync does after publishing), on the first sync's health report: runs in milliseconds. */
  let keepStage: (repository: string) => Promise<DashboardResult | undefined>

  it('opens one issue in the source repository: one search, one write, the stale translations under their languages', async () => {
    const { result, requests, lines } = await runLogged(gh, options())
    const { sources } = await loadSources(createFsSourceTree(EXAMPLE_SOURCE), DEFAULT_OPTIONS.source)
    keepStage = (repository) =>
      keepTranslationDashboard(
        { report: result.health, sources, pages: [], source: { repository, ref: EXAMPLE_BRANCH } },
        { title: TITLE, token: gh.token, stopLabel: 'no-dashboard', mentions: false, out: undefined },
        false,
        testContext(connectionTo(gh)),
      )
    const { searches, writes } = issueRequests(requests, EXAMPLE_REPOSITORY)
    expect(searches).toHaveLength(1)
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /repos/${EXAMPLE_REPOSITORY}/issues`])
    const issues = gh.issues(EXAMPLE_REPOSITORY)
    expect(issues).toHaveLength(1)
    const [issue] = issues
    number = issue.number
    expect(issue).toMatchObject({ title: TITLE, state: 'open' })
    expect(issue.body?.startsWith(DASHBOARD_MARKER)).toBe(true)
    expect(result.dashboard).toMatchObject({ operation: 'created', issue: { number } })
    expect(lines.some((l) => l.includes(`dashboard: created #${number}`))).toBe(true)
    // The example's history: both German articles and the Spanish one changed in English after their translation.
    expect(issue.body).toContain('### de (2)')
    expect(issue.body).toContain('### es (1)')
    // Missing: the maintainer section in both languages, and the Spanish 01.
    expect(issue.body).toMatch(/## Missing translations\n\n### de \(2\)\n[^#]+### es \(3\)\n/)
    // The website token never went to the issue endpoints: the dashboard's own token did (the same here).
    expect(contractViolations(gh.exchanges)).toEqual([])
  })

  it('a rerun with nothing new: one search, no write', async () => {
    const { result, requests } = await runLogged(gh, options())
    const { searches, writes } = issueRequests(requests, EXAMPLE_REPOSITORY)
    expect(searches).toHaveLength(1)
    expect(writes).toEqual([])
    expect(result.dashboard?.operation).toBe('unchanged')
  })

  it('one more English commit: the same issue edited, the new commit listed under each translation it makes stale', async () => {
    const history = exampleHistory()
    const next: HistoryFixture = withNewCommit(history, 'getting-started/01-why-share.asciidoc', {
      oid: 'f'.repeat(40),
      messageHeadline: 'Explain sharing @everyone #1',
      authors: [{ name: 'A. Lovelace', email: 'ada@example.org', login: 'ada' }],
      pullRequest: null,
    })
    gh.setHistory(next)
    try {
      const { result, requests } = await runLogged(gh, options())
      const { writes } = issueRequests(requests, EXAMPLE_REPOSITORY)
      expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/${EXAMPLE_REPOSITORY}/issues/${number}`])
      expect(result.dashboard).toMatchObject({ operation: 'updated', issue: { number } })
      const [issue] = gh.issues(EXAMPLE_REPOSITORY)
      // Under the German translation of 01 (the Spanish one is missing), first of its commits; in
      // a code span, where GitHub links no mention or issue reference.
      const german = issue.body?.slice(issue.body.indexOf('(`getting-started/01.de.md`)')) ?? ''
      expect(german).toMatch(/English commits since:\n {4}- \d{4}-\d\d-\d\d \[`Explain sharing @everyone #1`\]\(/)
      expect(issue.body?.replace(/`[^`]*`/g, '')).not.toContain('@everyone')
    } finally {
      gh.setHistory(history)
    }
  })

  it('closed by hand: the next run reopens it; with the stop label it stays closed and nothing is written', async () => {
    await closeByHand(gh, EXAMPLE_REPOSITORY, number)
    const reopened = await runLogged(gh, options())
    expect(reopened.result.dashboard).toMatchObject({ operation: 'reopened', issue: { number } })
    expect(gh.issues(EXAMPLE_REPOSITORY)[0]).toMatchObject({ state: 'open', stateReason: 'reopened' })

    await closeByHand(gh, EXAMPLE_REPOSITORY, number, ['no-dashboard'])
    const stopped = await runLogged(gh, options())
    expect(stopped.result.dashboard).toMatchObject({ operation: 'left-closed', issue: { number } })
    expect(issueRequests(stopped.requests, EXAMPLE_REPOSITORY).writes).toEqual([])
    expect(gh.issues(EXAMPLE_REPOSITORY)[0].state).toBe('closed')
  })

  it('a second issue with the marker is closed as a duplicate of the first', async () => {
    // The dashboard is closed with the stop label (above); someone opens a copy of it.
    const body = gh.issues(EXAMPLE_REPOSITORY)[0].body ?? ''
    const second = gh.createIssue(EXAMPLE_REPOSITORY, { title: TITLE, body })
    gh.clearRequests()
    expect(await keepStage(EXAMPLE_REPOSITORY)).toMatchObject({ operation: 'closed-duplicate', issue: { number } })
    expect(issueRequests(gh.requests, EXAMPLE_REPOSITORY).writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/${EXAMPLE_REPOSITORY}/issues/${second}`,
    ])
    expect(gh.issues(EXAMPLE_REPOSITORY).find((i) => i.number === second)).toMatchObject({ state: 'closed', stateReason: 'duplicate' })
  })

  it('a dry run builds the body and sends nothing to the issues', async () => {
    const { result, requests } = await runLogged(gh, options({ policy: { dryRun: true } }))
    expect(issueRequests(requests, EXAMPLE_REPOSITORY)).toEqual({ searches: [], writes: [] })
    expect(result.dashboard?.operation).toBe('dry-run')
    expect(result.dashboard?.body.startsWith(DASHBOARD_MARKER)).toBe(true)
  })

  it('a search that has not indexed the new issue yet makes a second one; the next run closes it as a duplicate', async () => {
    const lagging = 'lps-example/lagging-search'
    // Each new issue stays out of the next search, as when two runs start at once.
    await gh.createRepository(lagging, { 'README.md': '#\n' }, { searchIndexLag: 1 })
    const run = () => keepStage(lagging)
    expect(await run()).toMatchObject({ operation: 'created', issue: { number: 1 } })
    expect(await run()).toMatchObject({ operation: 'created', issue: { number: 2 } })
    // The search that follows has not seen #2 yet either; the one after that finds both.
    expect(await run()).toMatchObject({ operation: 'unchanged', issue: { number: 1 } })
    expect(await run()).toMatchObject({ operation: 'closed-duplicate', issue: { number: 1 } })
    expect(gh.issues(lagging).map((i) => [i.number, i.state, i.stateReason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'duplicate'],
    ])
  })

  it('a token without issues: write gets one warning, and the sync still succeeds', async () => {
    const readOnly = 'lps-example/issues-read-only'
    await gh.createRepository(readOnly, { 'README.md': '#\n' }, { issuesPermission: 'read' })
    const { result, lines } = await runLogged(gh, options({ source: { repository: readOnly }, credit: { provider: 'none' } }))
    expect(result.operation).toBeDefined()
    expect(result.dashboard?.operation).toBe('not-kept')
    const warnings = lines.filter((l) => l.startsWith('warning: dashboard'))
    expect(warnings).toEqual([
      `warning: dashboard: not kept: the token may not write issues in ${readOnly} (403): give the workflow \`permissions: issues: write\` (or a dashboard-token that can); the sync itself is done`,
    ])
    expect(gh.issues(readOnly)).toEqual([])
  })
})

describeCorpus('the corpus, through the local GitHub', () => {
  let gh: FakeGitHub
  const site = 'example/site'
  let repository = ''
  let number = 0
  beforeAll(async () => {
    gh = await startSiteGitHub()
    await seedSite(gh, site)
    repository = corpusHistory().repository
    await gh.createRepository(repository, { 'README.md': '# InnerSource Learning Path\n' })
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('opens exactly one issue listing the 35 stale translations under their 8 languages; a rerun writes nothing', async () => {
    const first = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, site, dashboardOn(gh)))
    const issues = gh.issues(repository)
    expect(issues).toHaveLength(1)
    number = issues[0].number
    const body = issues[0].body ?? ''
    const counts = { de: 4, es: 5, fr: 2, it: 6, ja: 6, 'pt-br': 1, ru: 2, zh: 9 }
    for (const [language, count] of Object.entries(counts)) expect(body).toContain(`### ${language} (${count})\n`)
    const staleSection = body.slice(body.indexOf('## Stale translations'), body.indexOf('## Missing translations'))
    expect(staleSection.match(/^- \*\*/gm)).toHaveLength(35)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(first.result.dashboard?.operation).toBe('created')
    // No history query of its own: the credit stage's 10 GraphQL requests, 25 points, as without the dashboard (tests/sync/health.test.ts);
    // besides them only the site's one read (SiteState) and the look-up of the source commit (SourceHead).
    const graphql = first.requests.filter((r) => r.path === '/graphql' && !['SiteState', 'SourceHead'].includes(r.operationName ?? ''))
    expect(graphql.length).toBeLessThanOrEqual(10)
    expect(graphql.reduce((sum, r) => sum + (r.cost ?? 0), 0)).toBeLessThanOrEqual(25)
    expect(issueRequests(first.requests, repository).searches).toHaveLength(1)
    expect(issueRequests(first.requests, repository).writes).toHaveLength(1)

    // Ten times the stale translations (each listed ten times over) still fit, every language heading kept.
    const report = first.result.health
    const check = report.stale
    if (!check.available) throw new Error('stale translations should be available with contributors: github')
    const tenfold = { ...report, stale: { ...check, stale: Array.from({ length: 10 }, () => check.stale).flat() } }
    const { sources } = await loadSources(createFsSourceTree(CORPUS_SOURCE), DEFAULT_OPTIONS.source)
    const big = translationDashboardBody({ report: tenfold, sources, pages: [], source: { repository, ref: 'main' }, mentions: false })
    expect(big.length).toBeLessThanOrEqual(65_536)
    console.info(`dashboard body on the corpus: ${body.length} characters; with 10x the stale translations: ${big.length}`)
    for (const [language, count] of Object.entries(counts)) expect(big).toContain(`### ${language} (${count * 10})\n`)

    const rerun = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, site, dashboardOn(gh)))
    expect(issueRequests(rerun.requests, repository).writes).toEqual([])
    expect(issueRequests(rerun.requests, repository).searches).toHaveLength(1)
    expect(rerun.result.dashboard?.operation).toBe('unchanged')
  })

  it('one more English commit to a translated article: the same issue edited, its translations stale', async () => {
    const { sources } = await loadSources(createFsSourceTree(CORPUS_SOURCE), DEFAULT_OPTIONS.source)
    const before = gh.issues(repository)[0].body ?? ''
    // An English article whose translations are all current today.
    const pairs = translationPairs(sources)
    const english = pairs
      .map((p) => p.english)
      .find((e) => pairs.filter((p) => p.english === e).every((p) => !before.includes(`(\`${p.page}\`)`)))
    if (!english) throw new Error('the corpus has no English article whose translations are all current')
    const translated = pairs.filter((p) => p.english === english)
    gh.setHistory(
      withNewCommit(corpusHistory(), english, {
        oid: 'e'.repeat(40),
        messageHeadline: 'Reword the English article',
        authors: [{ name: 'Someone', email: 'someone@example.org', login: null }],
        pullRequest: null,
      }),
    )
    try {
      const { result, requests } = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, site, dashboardOn(gh)))
      expect(issueRequests(requests, repository).writes.map((r) => `${r.method} ${r.path}`)).toEqual([
        `PATCH /repos/${repository}/issues/${number}`,
      ])
      expect(result.dashboard?.operation).toBe('updated')
      const after = gh.issues(repository)[0].body ?? ''
      for (const pair of translated) expect(after).toContain(`(\`${pair.page}\`)`)
      expect(result.health.stale.available && result.health.stale.stale.length).toBe(35 + translated.length)
    } finally {
      gh.setHistory(corpusHistory())
    }
  })
})
