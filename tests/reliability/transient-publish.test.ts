// Transient faults while publishing (REST): every request of the publish stage fails once and
// is retried, or a write is carried out but its answer is lost on the way back. The sync ends
// with the fault-free run's pull request, and no retried write leaves a second commit, branch
// or pull request.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FakeFault, FakeGitHub } from '../fake-github/index.js'
import { startLostReplyProxy } from '../support/lost-reply-proxy.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { faulted, faultFreeBaseline, graphqlRequests, LIGHT, repoState, type RepoState, restRequests } from '../support/reliability.js'
import { BRANCH, runLogged, seedSite, startSiteGitHub, syncOptions, type SyncRun } from '../support/sync.js'

let gh: FakeGitHub
let baseline: { run: SyncRun; state: RepoState }

/** Same tree and files as the fault-free run; one branch, one commit on main, one pull request. */
function expectSamePullRequest(repo: string, run: SyncRun, mainBefore: string) {
  expect(run.result.changedFiles).toEqual(baseline.run.result.changedFiles)
  const state = repoState(gh, repo)
  expect(state.mainSha).toBe(mainBefore)
  expect(state.branchTree).toBe(baseline.state.branchTree)
  expect(Object.keys(state.refs).sort()).toEqual([`refs/heads/${BRANCH}`, 'refs/heads/main'].sort())
  expect(state).toMatchObject({ commitsAhead: 1, onMain: true, openPulls: 1, allPulls: 1 })
  const [pull] = gh.pulls(repo)
  expect(pull.labels.sort()).toEqual(['automated', 'learning-path'])
  expect(pull.requestedReviewers).toEqual(['site-maintainer'])
  expect(run.result.pullRequestNumber).toBe(pull.number)
  expect(run.result.headSha).toBe(state.refs[`refs/heads/${BRANCH}`])
}

/** Every request the publish stage sends: reading the site (one GraphQL query), then writing the pull request. */
function publishRoutes(repo: string): { method: string; path: string | RegExp; operationName?: string }[] {
  const base = `/repos/${repo}`
  return [
    { method: 'POST', path: '/graphql', operationName: 'SiteState' },
    { method: 'POST', path: `${base}/git/trees` },
    { method: 'POST', path: `${base}/git/commits` },
    { method: 'POST', path: `${base}/git/refs` },
    { method: 'POST', path: `${base}/pulls` },
    { method: 'POST', path: `${base}/issues/1/labels` },
    { method: 'POST', path: `${base}/pulls/1/requested_reviewers` },
  ]
}

/** The request log's label for each fault, and the fault: 403 is a secondary rate limit with retry-after. */
const KINDS: [string, Omit<FakeFault, 'path' | 'method'>][] = [
  ['status 403', { status: 403, retryAfter: 1 }],
  ['status 429', { status: 429, retryAfter: 1 }],
  ['status 500', { status: 500 }],
  ['status 502', { status: 502 }],
  ['drop', { drop: true }],
]

describeCorpus('transient faults during publishing', () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
    baseline = await faultFreeBaseline(gh, 'calm/site', LIGHT)
    expect(baseline.run.result.operation).toBe('created')
  })
  afterAll(async () => {
    await gh?.close()
  })

  // Seven requests, five kinds: each run gives every request one fault, the kinds taken in turn
  // from a different start, so that across the two runs every kind hits a write; the one read
  // (the site's query) gets a 403 and a 429 (github-site.test.ts gives it a 502 and a drop).
  it.each([0, 1])(
    'every read and write of the publish stage fails once (kinds in turn from #%i): same pull request, one retry each',
    async (shift) => {
      const repo = `rest-faults-${shift}/site`
      await seedSite(gh, repo)
      const mainBefore = repoState(gh, repo).mainSha
      const routes = publishRoutes(repo)
      routes.forEach((route, i) => gh.addFault({ ...route, ...KINDS[(i + shift) % KINDS.length][1] }))
      const run = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT))
      expect(run.result.operation).toBe('created')
      expectSamePullRequest(repo, run, mainBefore)
      // Bounded: every request failed once and cost exactly one retry.
      expect(faulted(run.requests).map((r) => `${r.method} ${r.fault}`)).toEqual(
        routes.map((route, i) => `${route.method} ${KINDS[(i + shift) % KINDS.length][0]}`),
      )
      expect(restRequests(run.requests)).toHaveLength(restRequests(baseline.run.requests).length + routes.length - 1)
      expect(graphqlRequests(run.requests)).toHaveLength(graphqlRequests(baseline.run.requests).length + 1)
    },
  )

  it('writes carried out whose answers were lost: retried without a second commit, branch or pull request', async () => {
    const repo = 'lost-replies/site'
    await seedSite(gh, repo)
    const mainBefore = repoState(gh, repo).mainSha
    const proxy = await startLostReplyProxy(gh.url)
    try {
      const base = `/repos/${repo}`
      for (const path of ['/git/trees', '/git/commits', '/git/refs', '/pulls', '/issues/1/labels', '/pulls/1/requested_reviewers']) {
        proxy.lose({ method: 'POST', path: new RegExp(`^${base}${path}$`) })
      }
      const run = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, { github: { apiUrl: proxy.url } }))
      // Each of the six writes happened on GitHub, and its answer never arrived.
      expect(proxy.swallowed).toHaveLength(6)
      expect(proxy.swallowed.every((line) => / 20[01]$/.test(line))).toBe(true)
      expect(['created', 'updated']).toContain(run.result.operation)
      expectSamePullRequest(repo, run, mainBefore)
    } finally {
      await proxy.close()
    }
  })
})
