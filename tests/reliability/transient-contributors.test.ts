// Transient faults while reading contributor history (GraphQL): the sync retries within its
// budget and ends with the very pull request a run without faults opens — same tree SHA, same
// files — and the request log shows exactly what each fault cost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeFault, FakeGitHub } from '../fake-github/index.js'
import {
  BRANCH,
  LIGHT,
  LEARNING_PATH,
  faulted,
  graphqlRequests,
  repoState,
  restRequests,
  seedSite,
  startSiteGitHub,
  syncLogged,
  syncOptions,
  type LoggedRun,
  type RepoState,
} from './support.js'

let gh: FakeGitHub
let baseline: { run: LoggedRun; state: RepoState }

beforeAll(async () => {
  gh = await startSiteGitHub()
  await seedSite(gh, 'calm/site')
  const run = await syncLogged(gh, syncOptions(gh, LEARNING_PATH, 'calm/site', LIGHT))
  baseline = { run, state: repoState(gh, 'calm/site') }
  expect(run.result.operation).toBe('created')
  expect(run.result.contributorFailures).toEqual([])
})
afterAll(async () => {
  await gh?.close()
})

/** The pull request equals the baseline's, and nothing was written twice. */
function expectSamePullRequest(repo: string, run: LoggedRun, mainBefore: string) {
  expect(run.result.operation).toBe('created')
  expect(run.result.contributorFailures).toEqual([])
  expect(run.result.changedFiles).toEqual(baseline.run.result.changedFiles)
  const state = repoState(gh, repo)
  expect(state.branchTree).toBe(baseline.state.branchTree)
  expect(state.mainSha).toBe(mainBefore)
  expect(Object.keys(state.refs).sort()).toEqual([`refs/heads/${BRANCH}`, 'refs/heads/main'].sort())
  expect(state).toMatchObject({ commitsAhead: 1, onMain: true, openPulls: 1, allPulls: 1 })
}

// Each fault hits the first GraphQL query twice in a row (the query and its first retry).
const STATUS_FAULTS: [string, Omit<FakeFault, 'path'>][] = [
  ['403 secondary rate limit with retry-after', { status: 403, retryAfter: 1 }],
  ['429 with retry-after', { status: 429, retryAfter: 1 }],
  ['500', { status: 500 }],
  ['502 (GraphQL timeout body)', { status: 502 }],
  ['dropped connection', { drop: true }],
]

describe('transient faults during contributor queries', () => {
  it.each(STATUS_FAULTS)('%s, twice on one query: same pull request, two extra requests', async (name, fault) => {
    const repo = `graphql-${name.split(' ')[0]}/site`
    await seedSite(gh, repo)
    const mainBefore = repoState(gh, repo).mainSha
    gh.addFault({ path: '/graphql', times: 2, ...fault })
    const run = await syncLogged(gh, syncOptions(gh, LEARNING_PATH, repo, LIGHT))
    expectSamePullRequest(repo, run, mainBefore)
    // Bounded: each fault cost exactly one more request, nothing else changed.
    expect(faulted(run.requests)).toHaveLength(2)
    expect(graphqlRequests(run.requests)).toHaveLength(graphqlRequests(baseline.run.requests).length + 2)
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
    const run = await syncLogged(gh, syncOptions(gh, LEARNING_PATH, repo, LIGHT))
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
