// Credits from the checkout's history, against the local GitHub over HTTP: a full clone at the
// credited commit gives exactly what GitHub's history queries give (contributor lists and the
// health report's commit summaries) in 1 to 3 queries; a shallow clone or another HEAD gives one
// notice and today's queries. On the bundled example's repository always, on the corpus's where
// it is. The repositories are generated once per run (tests/support/history-repository.ts).
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createContributorProvider, GitHubContributorProvider } from '../../src/credit/create-provider.js'
import { FAST_TIMING } from '../../src/github/timing.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import type { CreditResult } from '../../src/shared/types.js'
import { checkGraphQLRequest } from '../fake-github/contract/checks.js'
import { startFakeGitHub, type FakeGitHub, type HistoryFixture } from '../fake-github/index.js'
import { describeCorpus, sitePages, sourceOfPage } from '../support/corpus.js'
import {
  cloneHistoryRepository,
  corpusHistoryRepository,
  exampleHistoryRepository,
  type HistoryRepository,
} from '../support/history-repository.js'
import { connectionTo, testContext } from '../support/run-context.js'

/** Everything a read credits, for comparing two reads. */
const credits = (result: CreditResult) => ({
  contributors: result.contributors,
  history: result.history,
  failures: result.failures,
  changedBy: result.changedBy,
})

const notices = (lines: readonly string[]) => lines.filter((line) => line.startsWith('notice:'))

/** A run's requests and points as the local GitHub logged them. */
function spent(gh: FakeGitHub) {
  const requests = gh.requests.filter((r) => r.path === '/graphql')
  return {
    requests: requests.length,
    points: requests.reduce((sum, r) => sum + (r.cost ?? 0), 0),
    operations: requests.map((r) => r.operationName),
  }
}

/** The harness of one repository: its local GitHub, and the two ways of crediting. */
function harness(repository: () => HistoryRepository) {
  const state = {} as { repo: HistoryRepository; gh: FakeGitHub; paths: string[]; clones: string[] }
  beforeAll(async () => {
    state.repo = repository()
    state.paths = Object.keys(state.repo.history.history)
    state.gh = await startFakeGitHub({ history: state.repo.history })
    state.clones = []
  })
  afterAll(async () => {
    await state.gh?.close()
    for (const clone of state.clones ?? []) rmSync(path.dirname(clone), { recursive: true, force: true })
  })
  beforeEach(() => {
    state.gh.clearFaults()
    state.gh.clearRequests()
  })
  let baseline: Promise<{ result: CreditResult; lines: string[] } & ReturnType<typeof spent>> | undefined
  const source = (dir: string, commit: string | undefined) => ({
    ...DEFAULT_OPTIONS.source,
    dir,
    commit,
    repository: state.repo.history.repository,
    ref: state.repo.history.branch,
  })
  return {
    state,
    clone(options: Parameters<typeof cloneHistoryRepository>[1]) {
      const dir = cloneHistoryRepository(state.repo, options)
      state.clones.push(dir)
      return dir
    },
    /**
     * The github provider as a run makes it, on the checkout `dir` (the generated repository by
     * default) with the source commit `commit` (HEAD by default; null: none given).
     */
    async fromCheckout(dir = state.repo.dir, commit: string | null = state.repo.head) {
      const context = testContext(connectionTo(state.gh))
      state.gh.clearRequests()
      const started = performance.now()
      const result = await createContributorProvider('github', source(dir, commit ?? undefined), context).credit(state.paths)
      return { result, lines: context.logger.lines, ms: Math.round(performance.now() - started), ...spent(state.gh) }
    },
    /** GitHub's history queries alone (the provider without a checkout): read once, the same every time. */
    fromHistory() {
      baseline ??= (async () => {
        const context = testContext(connectionTo(state.gh))
        state.gh.clearRequests()
        const { repository, ref } = source('', undefined)
        const result = await new GitHubContributorProvider(context, { repository, ref }).credit(state.paths)
        return { result, lines: context.logger.lines, ...spent(state.gh) }
      })()
      return baseline
    },
  }
}

describe('credits from the checkout: the bundled example', () => {
  const h = harness(exampleHistoryRepository)

  it("credits what GitHub's history queries credit, in one query of commit lookups that keeps GitHub's contract", async () => {
    const history = await h.fromHistory()
    const checkout = await h.fromCheckout()
    expect(checkout.result.failures).toEqual([])
    expect(credits(checkout.result)).toEqual(credits(history.result))
    expect(checkout.result.history?.size).toBe(h.state.paths.length)
    expect(checkout.operations).toEqual(['CommitLookup'])
    expect(h.state.gh.exchanges.flatMap((e) => checkGraphQLRequest(e))).toEqual([])
    expect(checkout.result.stats).toEqual({ requests: checkout.requests, points: checkout.points })
    expect(checkout.points).toBeLessThan(history.points)
    expect(notices(checkout.lines)).toEqual([])
    expect(checkout.lines).toContain('contributors: looked up 129/129 commits')
    console.info(
      `example: checkout's history ${checkout.requests} request(s), ${checkout.points} point(s); history queries ${history.requests} requests, ${history.points} points`,
    )
  })

  it('applies the credit rule to what git and GitHub each know: co-authors, bots, unlinked emails, profiles without a name, deleted reviewers', async () => {
    const { result } = await h.fromCheckout()
    const gh = (login: string) => `https://github.com/${login}`
    // Authors newest first (ada and her co-author alan, the renovate bot left out, grace
    // without a profile name under her git name, margaret's 110 commits, edsger past the
    // first 100), then reviewers (grace under her login, review-bot and a deleted account left out).
    expect(result.contributors.get('getting-started/01-why-share.asciidoc')).toEqual([
      { name: 'Ada Lovelace', url: gh('ada') },
      { name: 'Alan Turing', url: null },
      { name: 'Grace Hopper', url: gh('grace') },
      { name: 'Margaret Hamilton', url: gh('margaret') },
      { name: 'Edsger W. Dijkstra', url: gh('edsger') },
      { name: 'grace', url: gh('grace') },
      { name: 'Linus Example', url: gh('linus') },
    ])
    expect(result.contributors.get('maintainer/02-saying-no.asciidoc')).toEqual([])
  })

  it('without a source commit, checks where the ref points in its first query, at no extra request', async () => {
    const history = await h.fromHistory()
    const checkout = await h.fromCheckout(h.state.repo.dir, null)
    expect(credits(checkout.result)).toEqual(credits(history.result))
    expect(checkout.operations).toEqual(['CommitLookup'])
    const body = JSON.parse(h.state.gh.exchanges[0].requestBody) as { query: string; variables: Record<string, string> }
    expect(body.query).toContain('head: object(expression: $ref) { oid }')
    expect(body.variables.ref).toBe('main')
  })

  it("from a shallow clone: one notice saying how to make it fast, then today's history queries, the same credits", async () => {
    const history = await h.fromHistory()
    const checkout = await h.fromCheckout(h.clone({ depth: 1 }))
    expect(credits(checkout.result)).toEqual(credits(history.result))
    expect(checkout.operations).toEqual(history.operations)
    expect(checkout.points).toBe(history.points)
    const [notice, ...more] = notices(checkout.lines)
    expect(more).toEqual([])
    expect(notice).toMatch(
      /^notice: contributors: the source checkout is a shallow clone, so each file's commit history is read from GitHub/,
    )
    expect(notice).toContain('actions/checkout with fetch-depth: 0')
  })

  it("when HEAD is not the source commit: one notice, today's history queries, nothing asked before them", async () => {
    const history = await h.fromHistory()
    const checkout = await h.fromCheckout(h.clone({ checkout: 'HEAD~1' }), h.state.repo.head)
    expect(credits(checkout.result)).toEqual(credits(history.result))
    expect(checkout.operations).toEqual(history.operations)
    expect(notices(checkout.lines)).toEqual([
      expect.stringMatching(
        new RegExp(`^notice: contributors: the checkout's HEAD [0-9a-f]{7} is not the source commit ${h.state.repo.head.slice(0, 7)}, `),
      ),
    ])
  })

  it('when HEAD is not where the ref points on GitHub: one notice after the first query, then the history queries', async () => {
    const history = await h.fromHistory()
    const checkout = await h.fromCheckout(h.clone({ checkout: 'HEAD~1' }), null)
    expect(credits(checkout.result)).toEqual(credits(history.result))
    expect(checkout.operations).toEqual(['CommitLookup', ...history.operations])
    expect(notices(checkout.lines)).toEqual([
      expect.stringMatching(
        new RegExp(`^notice: contributors: the checkout's HEAD [0-9a-f]{7} is not main \\(${h.state.repo.head.slice(0, 7)} on GitHub\\), `),
      ),
    ])
  })

  it('a commit GitHub keeps failing to answer fails its files (they keep the lists the site has), and only those', async () => {
    const history = await h.fromHistory()
    // A commit asked only for its reviews (not its authors' accounts): the first such alias of
    // the first query, and again as `c0` of the query that asks it again.
    const first = (await h.fromCheckout()).operations.length === 1 && JSON.parse(h.state.gh.exchanges[0].requestBody)
    const { query, variables } = first as { query: string; variables: Record<string, string> }
    const alias = /(c\d+): object\(oid: \$c\d+\) \{ \.\.\.CommitReviews \}/.exec(query)![1]
    const tries = FAST_TIMING.retries + 1
    h.state.gh.addFault({ path: '/graphql', graphqlErrorAliases: [alias], times: tries })
    h.state.gh.addFault({ path: '/graphql', graphqlErrorAliases: ['c0'], times: tries })
    const checkout = await h.fromCheckout()
    const oid = variables[alias]
    const failed = h.state.paths.filter((p) => h.state.repo.history.history[p].some((c) => c.oid === oid))
    expect(failed.length).toBeGreaterThan(0)
    expect(checkout.result.failures.map((f) => f.path)).toEqual(failed)
    expect(checkout.result.failures[0].reason).toContain(`${oid.slice(0, 7)}) could not be read: Something went wrong`)
    for (const p of h.state.paths.filter((p) => !failed.includes(p))) {
      expect(checkout.result.contributors.get(p), p).toEqual(history.result.contributors.get(p))
    }
    expect(checkout.operations).toEqual(Array(2 * tries).fill('CommitLookup'))
  })
})

describe('credits from the checkout: an author GitHub does not list as git does', () => {
  let gh: FakeGitHub
  let repo: HistoryRepository
  afterAll(async () => {
    await gh?.close()
  })

  it("fails the files of that author's commits rather than guess whose account the email is", async () => {
    repo = exampleHistoryRepository()
    // GitHub's copy of the history knows alan under another email than the commits carry.
    const history: HistoryFixture = structuredClone(repo.history)
    for (const commit of Object.values(history.history).flat()) {
      for (const author of commit.authors) if (author.email === 'alan@example.org') author.email = 'alan@elsewhere.example'
    }
    gh = await startFakeGitHub({ history })
    const context = testContext(connectionTo(gh))
    const source = { ...DEFAULT_OPTIONS.source, dir: repo.dir, commit: repo.head, repository: history.repository, ref: history.branch }
    const paths = Object.keys(history.history)
    const result = await createContributorProvider('github', source, context).credit(paths)
    const alans = paths.filter((p) => repo.history.history[p].some((c) => c.authors.some((a) => a.email === 'alan@example.org')))
    expect(alans.length).toBeGreaterThan(1)
    expect(result.failures.map((f) => f.path)).toEqual(alans)
    expect(result.failures[0].reason).toMatch(/GitHub does not list alan@example\.org among the authors of [0-9a-f]{7}/)
    expect(result.contributors.size).toBe(paths.length - alans.length)
  })
})

describeCorpus('credits from the checkout: the corpus', () => {
  const h = harness(corpusHistoryRepository)

  it("gives the same 188 lists (those of all 217 pages) and commit summaries as GitHub's history, in 3 queries and at most 25 points", async () => {
    const history = await h.fromHistory()
    const checkout = await h.fromCheckout()
    expect(checkout.result.failures).toEqual([])
    expect(checkout.result.contributors.size).toBe(188)
    expect(credits(checkout.result)).toEqual(credits(history.result))
    // The site's pages are these lists.
    let compared = 0
    for (const page of sitePages()) {
      expect(checkout.result.contributors.get(sourceOfPage(page.page, h.state.paths)), page.page).toEqual(page.contributors)
      compared++
    }
    expect(compared).toBe(101)
    expect(checkout.operations).toEqual(['CommitLookup', 'CommitLookup', 'CommitLookup'])
    expect(checkout.points).toBeLessThanOrEqual(25)
    expect([history.requests, history.points]).toEqual([10, 25])
    expect(h.state.gh.exchanges.flatMap((e) => checkGraphQLRequest(e))).toEqual([])
    console.info(
      `corpus: checkout's history ${checkout.requests} requests, ${checkout.points} points, ${checkout.ms} ms; ` +
        `history queries ${history.requests} requests, ${history.points} points`,
    )
  })

  it('meets in the corpus every case the rule has: co-authors, bot authors, unlinked emails, deleted reviewers', () => {
    const { history, pullRequests, users } = h.state.repo.history
    const commits = Object.values(history).flat()
    expect(commits.some((c) => c.authors.length > 1)).toBe(true)
    expect(commits.some((c) => c.authors.some((a) => a.name.includes('[bot]')))).toBe(true)
    expect(commits.some((c) => c.authors.some((a) => a.login === null && !a.name.includes('[bot]')))).toBe(true)
    expect(commits.some((c) => c.pullRequest !== null && pullRequests[c.pullRequest].reviews.includes(null))).toBe(true)
    expect(Object.values(users).some((u) => u.type === 'Bot')).toBe(true)
  })

  it("from a shallow clone: one notice and today's 10 requests and 25 points, the same lists", async () => {
    const checkout = await h.fromCheckout(h.clone({ depth: 1 }))
    expect(notices(checkout.lines)).toHaveLength(1)
    expect([checkout.requests, checkout.points]).toEqual([10, 25])
    expect(checkout.result.failures).toEqual([])
    const history = await h.fromHistory()
    expect(credits(checkout.result)).toEqual(credits(history.result))
  })
})
