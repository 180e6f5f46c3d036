import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createContributorProvider, GitHubContributorProvider } from '../../src/credit/create-provider.js'
import { FAST_TIMING } from '../../src/github/timing.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import { type CreditResult } from '../../src/shared/types.js'
import { UserError } from '../../src/shared/user-error.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { dateTime } from '../fake-github/graphql/model.js'
import { connectionTo, testContext } from '../support/run-context.js'
import { CORPUS_HISTORY, corpusHistory, describeCorpus, historyIndex, sitePages, sourceOfPage, type SitePage } from '../support/corpus.js'

const PAGINATED = 'contributor/es/04-mechanics-of-contributing-article-es.asciidoc'

// The corpus's repository, its credited paths and the site's pages; read in the corpus suite's beforeAll.
let repository: string
let branch: string
let paths: string[]
let pages: SitePage[]
let gh: FakeGitHub

function provider(overrides: { token?: string; repository?: string; ref?: string } = {}) {
  const context = testContext({ ...connectionTo(gh), token: overrides.token ?? gh.token })
  const source = { ...DEFAULT_OPTIONS.source, repository: overrides.repository ?? repository, ref: overrides.ref ?? branch }
  return { provider: createContributorProvider('github', source, context), logger: context.logger }
}

const graphqlRequests = () => gh.requests.filter((r) => r.path === '/graphql')
/** The variables of each GraphQL request, in order. */
const graphqlVariables = () =>
  gh.exchanges
    .filter((e) => e.path === '/graphql')
    .map((e) => (JSON.parse(e.requestBody) as { variables: Record<string, string | null> }).variables)

/** Every site page whose source is among `credited` must list exactly what the result says. */
function expectSiteLists(result: CreditResult, credited: readonly string[]) {
  let compared = 0
  for (const page of pages) {
    const source = sourceOfPage(page.page, paths)
    if (!credited.includes(source)) continue
    expect(result.contributors.get(source), `${page.page} <- ${source}`).toEqual(page.contributors)
    compared++
  }
  return compared
}

describeCorpus('GitHubContributorProvider against the local GitHub', () => {
  beforeAll(async () => {
    ;({ repository, branch, paths } = historyIndex())
    pages = sitePages()
    gh = await startFakeGitHub({ history: CORPUS_HISTORY })
  })
  afterAll(async () => {
    await gh?.close()
  })
  beforeEach(() => {
    gh.clearFaults()
    gh.clearRequests()
  })

  it('credits all 188 files as the site does, in at most 20 requests and 40 points', async () => {
    const { provider: github, logger } = provider()
    const started = performance.now()
    const result = await github.credit(paths)
    const wallMs = performance.now() - started

    expect(paths).toHaveLength(188)
    expect(result.failures).toEqual([])
    expect(result.contributors.size).toBe(188)
    expect(result.history?.size).toBe(188)
    expect(expectSiteLists(result, paths)).toBe(101)

    const requests = graphqlRequests()
    const points = requests.reduce((sum, r) => sum + (r.cost ?? 0), 0)
    expect(requests.every((r) => r.status === 200)).toBe(true)
    expect(requests.length).toBeLessThanOrEqual(20)
    expect(points).toBeLessThanOrEqual(40)
    // The provider's own account agrees with the server's log.
    expect(result.stats).toEqual({ requests: requests.length, points })
    expect(logger.lines.some((l) => l.includes(`${requests.length} GraphQL requests, ${points} points`))).toBe(true)
    console.info(`whole fixture: ${requests.length} GraphQL requests, ${points} points, ${Math.round(wallMs)} ms`)
  })

  it('follows a history past 100 commits to its last credited author', async () => {
    const { provider: github } = provider()
    const result = await github.credit([PAGINATED])
    const names = result.contributors.get(PAGINATED)?.map((c) => c.name)
    // Sergi's only commit on this file is past the first 100.
    expect(names?.at(-1)).toBe('Sergi')
    expect(expectSiteLists(result, [PAGINATED])).toBe(1)
    // The second page rides along with the first commit details, not in a round trip of its own.
    expect(graphqlRequests().map((r) => r.operationName)).toEqual(['CommitHistory', 'CommitHistoryAndDetails', 'CommitDetails'])
    expect(graphqlVariables()[1]).toMatchObject({ p0: PAGINATED, a0: expect.any(String) })
  })

  it('hands the health report the whole history of a file (date, headline, page) from the same requests', async () => {
    const { provider: github } = provider()
    const result = await github.credit([PAGINATED])
    const fixture = corpusHistory().history[PAGINATED]
    expect(fixture.length).toBeGreaterThan(100)
    expect(result.history?.get(PAGINATED)).toEqual(
      fixture.map((c) => ({
        oid: c.oid,
        date: dateTime(c.committedDate),
        headline: c.messageHeadline,
        url: `https://github.com/${repository}/commit/${c.oid}`,
        // The authors as the site credits them: bots left out, the profile name before the git name.
        authors: c.authors
          .filter((a) => !a.name.includes('[bot]') && !(a.login ?? '').includes('[bot]'))
          .map((a) => ({ name: (a.login ? corpusHistory().users[a.login]?.name : null) || a.name, login: a.login })),
      })),
    )
    // Two history pages and the commit details: the dates cost no request of their own.
    expect(graphqlRequests().map((r) => r.operationName)).toEqual(['CommitHistory', 'CommitHistoryAndDetails', 'CommitDetails'])
  })

  it('survives a request that fails once (octokit retries it)', async () => {
    const some = paths.filter((p) => p.startsWith('introduction/0'))
    gh.addFault({ path: '/graphql', status: 502, times: 1 })
    const { provider: github } = provider()
    const result = await github.credit(some)
    expect(result.failures).toEqual([])
    expect(expectSiteLists(result, some)).toBe(some.length)
    expect(
      graphqlRequests()
        .map((r) => r.status)
        .slice(0, 2),
    ).toEqual([502, 200])
  })

  it('reports the files of a batch that fails for good, and credits the rest', async () => {
    // 1 try + FAST_TIMING's 3 retries: the second query (the first commit details, with the
    // next pages of the long histories) fails for good.
    gh.addFault({ path: '/graphql', status: 502, after: 1, times: 4 })
    const { provider: github, logger } = provider()
    const result = await github.credit(paths)
    const failed = result.failures.map((f) => f.path)

    // Exactly the files whose history needs a commit or a page that query asked for.
    const lost = graphqlVariables()[1]
    const lostValues = (prefix: string) => Object.entries(lost).flatMap(([k, v]) => (new RegExp(`^${prefix}\\d+$`).test(k) ? [v] : []))
    const lostOids = new Set(lostValues('c'))
    const lostPages = new Set(lostValues('p'))
    expect(lostOids.size).toBeGreaterThan(50)
    const history = corpusHistory().history
    expect(failed).toEqual(paths.filter((p) => lostPages.has(p) || history[p].some((c) => lostOids.has(c.oid))))
    for (const failure of result.failures) {
      expect(failure.reason).toContain(failure.path)
      expect(failure.reason).toContain('502')
    }
    expect(failed.length).toBeGreaterThan(0)
    expect(result.contributors.size).toBe(188 - failed.length)
    expect(result.contributors.size).toBeGreaterThan(0)
    expectSiteLists(
      result,
      paths.filter((p) => !failed.includes(p)),
    )
    expect(logger.lines.some((l) => l.startsWith('warning:') && l.includes(failed[0]))).toBe(true)
  })

  it('asks again for aliases GitHub answered with errors', async () => {
    const some = paths.filter((p) => p.startsWith('introduction/0'))
    // Every query nulls its `f1` and `c3` fields with GitHub's timeout error. octokit retries
    // such a query whole; its last answer still has the other aliases, and only the failed
    // alias is asked again in the next query: the history as its `f0` (beside the first commit
    // details), a commit at a new place among the rest, and the last one alone as `c0`.
    gh.addFault({ path: '/graphql', graphqlErrorAliases: ['f1', 'c3'], times: 99 })
    const { provider: github } = provider()
    const result = await github.credit(some)
    expect(result.failures).toEqual([])
    expect(expectSiteLists(result, some)).toBe(some.length)
    const tries = FAST_TIMING.retries + 1
    const names = graphqlRequests().map((r) => r.operationName)
    expect(names).toEqual([
      ...Array(tries).fill('CommitHistory'),
      ...Array(tries).fill('CommitHistoryAndDetails'),
      ...Array(tries).fill('CommitDetails'),
      'CommitDetails',
    ])
    const variables = graphqlVariables()
    expect(variables[tries]).toMatchObject({ p0: some[1] })
    expect(Object.keys(variables.at(-1)!).filter((k) => /^c\d+$/.test(k))).toEqual(['c0'])
  })

  it('reports a file whose history keeps failing, and a file whose commit keeps failing', async () => {
    const [first, second, third] = paths.filter((p) => p.startsWith('introduction/0'))
    const { provider: github } = provider()

    gh.addFault({ path: '/graphql', graphqlErrorAliases: ['f0'], times: 99 })
    const histories = await github.credit([first, second, third])
    expect(histories.failures.map((f) => f.path)).toEqual([first])
    expect(histories.failures[0].reason).toMatch(new RegExp(`history of ${first} could not be read: Something went wrong`))
    expect([...histories.contributors.keys()]).toEqual([second, third])

    gh.clearFaults()
    gh.addFault({ path: '/graphql', graphqlErrorAliases: ['c0'], times: 99 })
    const commits = await github.credit([third])
    expect(commits.failures.map((f) => f.path)).toEqual([third])
    expect(commits.failures[0].reason).toMatch(new RegExp(`details of 1 commit\\(s\\) of ${third} \\([0-9a-f]{7}\\) could not be read`))
  })

  it('throws one clear UserError for bad credentials', async () => {
    const { provider: github } = provider({ token: 'not-the-token' })
    const error = await github.credit(paths.slice(0, 3)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(/401/)
    expect((error as Error).message).not.toContain('\n')
  })

  it('throws a UserError for an unknown repository or ref', async () => {
    await expect(provider({ repository: 'nobody/nothing' }).provider.credit(paths.slice(0, 1))).rejects.toThrow(UserError)
    await expect(provider({ ref: 'no-such-branch' }).provider.credit(paths.slice(0, 1))).rejects.toThrow(/no-such-branch/)
  })
})

describe('GitHubContributorProvider options', () => {
  it('needs a token and an OWNER/NAME repository', () => {
    const source = { ...DEFAULT_OPTIONS.source, repository: 'InnerSourceCommons/InnerSourceLearningPath' }
    expect(() => createContributorProvider('github', source, testContext({ token: '', apiUrl: 'http://127.0.0.1:1' }))).toThrow(UserError)
    const context = testContext({ token: 't', apiUrl: 'http://127.0.0.1:1' })
    expect(() => new GitHubContributorProvider(context, { ...source, repository: 'no-slash' })).toThrow(UserError)
  })
})
