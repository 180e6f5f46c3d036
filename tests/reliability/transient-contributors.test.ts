// Transient faults while reading contributor history (GraphQL): the sync retries within its
// budget and ends with the very pull request a run without faults opens — same tree SHA, same
// files — and the request log shows exactly what each fault cost.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FakeFault, FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { faulted, faultFreeBaseline, graphqlRequests, PAGINATED, repoState, type RepoState, restRequests } from '../support/reliability.js'
import { BRANCH, runLogged, seedSite, startSiteGitHub, syncOptions, type SyncRun } from '../support/sync.js'

let gh: FakeGitHub
let baseline: { run: SyncRun; state: RepoState }

/** The pull request equals the baseline's, and nothing was written twice. */
function expectSamePullRequest(repo: string, run: SyncRun, mainBefore: string) {
  expect(run.result.operation).toBe('created')
  expect(run.result.contributorFailures).toEqual([])
  expect(run.result.changedFiles).toEqual(baseline.run.result.changedFiles)
  const state = repoState(gh, repo)
  expect(state.branchTree).toBe(baseline.state.branchTree)
  expect(state.mainSha).toBe(mainBefore)
  expect(Object.keys(state.refs).sort()).toEqual([`refs/heads/${BRANCH}`, 'refs/heads/main'].sort())
  expect(state).toMatchObject({ commitsAhead: 1, onMain: true, openPulls: 1, allPulls: 1 })
}

describeCorpus('transient faults during contributor queries', () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
    baseline = await faultFreeBaseline(gh, 'calm/site', PAGINATED)
    expect(baseline.run.result.operation).toBe('created')
    expect(baseline.run.result.contributorFailures).toEqual([])
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('403 secondary rate limit, 429, 500, 502 and a dropped connection: same pull request, one extra request each', async () => {
    const repo = 'graphql-status/site'
    await seedSite(gh, repo)
    const mainBefore = repoState(gh, repo).mainSha
    // Faults on one route are met in order. The first query fails three times in a row, each
    // time differently, and gets through on its fourth attempt (octokit retries 3 times); the
    // second query meets a 502 with GitHub's timeout body, then a dropped connection.
    const kinds: Omit<FakeFault, 'path'>[] = [
      { status: 403, retryAfter: 1 },
      { status: 429, retryAfter: 1 },
      { status: 500 },
      { latencyMs: 0 },
      { status: 502 },
      { drop: true },
    ]
    for (const kind of kinds) gh.addFault({ path: '/graphql', ...kind })
    const run = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, PAGINATED))
    expectSamePullRequest(repo, run, mainBefore)
    // Bounded: each fault cost exactly one more request, nothing else changed.
    const failures = faulted(run.requests).filter((r) => r.fault !== 'latency 0ms')
    expect(failures.map((r) => r.fault)).toEqual(['status 403', 'status 429', 'status 500', 'status 502', 'drop'])
    expect(graphqlRequests(run.requests)).toHaveLength(graphqlRequests(baseline.run.requests).length + 5)
    expect(restRequests(run.requests)).toHaveLength(restRequests(baseline.run.requests).length)
  })

  it('GraphQL errors on some aliases with partial data: the answered aliases are kept, the others asked again', async () => {
    const repo = 'graphql-aliases/site'
    await seedSite(gh, repo)
    const mainBefore = repoState(gh, repo).mainSha
    // GitHub's "Something went wrong" on a few aliases, the rest of the answer intact. octokit
    // retries such a query whole (3 times); here the errors outlast those retries, so the sync
    // must salvage the partial data. The first history query and its retries lose f7 and f30;
    // the next fault names only commit aliases, so it passes the remaining history queries
    // untouched and then hits the first commit-details query and its retries (c9, c33).
    gh.addFault({ path: '/graphql', times: 4, graphqlErrorAliases: ['f7', 'f30'] })
    gh.addFault({ path: '/graphql', times: 6, graphqlErrorAliases: ['c9', 'c33'] })
    const run = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, PAGINATED))
    expectSamePullRequest(repo, run, mainBefore)
    const hit = faulted(run.requests)
    const historyQueries = graphqlRequests(baseline.run.requests).filter((r) => r.operationName === 'CommitHistory').length
    expect(hit.filter((r) => r.operationName === 'CommitHistory')).toHaveLength(4 + historyQueries - 1)
    expect(hit.filter((r) => r.operationName === 'CommitDetails').length).toBeGreaterThanOrEqual(1)
    // Bounded: each faulted answer costs at most one more query, plus one round per phase for
    // the aliases asked again.
    const extra = graphqlRequests(run.requests).length - graphqlRequests(baseline.run.requests).length
    expect(extra).toBeGreaterThanOrEqual(1)
    expect(extra).toBeLessThanOrEqual(hit.length + 2)
  })
})
