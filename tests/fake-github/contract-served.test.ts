// The endpoints the local GitHub serves for the clients to come (issue 24: merge states, merges,
// branch protection, commit statuses, reviews, auto-merge's refusals; issue 26: issues, labels,
// comments, the issue search) keep GitHub's published contract, as those the client calls today
// do (contract.test.ts): every request is an operation of GitHub's REST description or a valid
// document of its GraphQL schema, and every answer has a documented status and the fields
// contract/client-reads.ts SERVED_READS lists, typed as documented. Driven with octokit over HTTP.
import { Octokit } from 'octokit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_READS, SERVED_READS } from './contract/client-reads.js'
import { checkAnswer, checkExchanges, checkGraphQLRequest, checkSchemaSubset, type ContractReport } from './contract/checks.js'
import { githubSchema } from './graphql/schema.js'
import { startFakeGitHub, type FakeExchange, type FakeGitHub } from './index.js'

const owner = 'site'
const repo = 'web'
const SITE = `${owner}/${repo}`
const READS = { ...CLIENT_READS, ...SERVED_READS }
const MARKER = '<!-- learning-path-sync:dashboard -->'

let gh: FakeGitHub
let exchanges: FakeExchange[]
let report: ContractReport
const seen: Record<string, unknown> = {}

const STATE = `query MergeState($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) { id number state isDraft merged mergedAt headRefOid headRefName baseRefName mergeStateStatus mergeable reviewDecision autoMergeRequest { mergeMethod } }
  }
}`
const BY_NODE = `query PullByNode($id: ID!) { node(id: $id) { ... on PullRequest { number mergeStateStatus mergeable } } }`
const AUTO_MERGE = `mutation EnableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) { pullRequest { autoMergeRequest { mergeMethod } } }
}`

/** Runs a request that GitHub refuses; keeps the status it answered. */
const refused = async (name: string, request: Promise<unknown>) => {
  try {
    await request
    seen[name] = 'accepted'
  } catch (error) {
    const e = error as { status?: number; errors?: { message: string }[] }
    seen[name] = e.errors ? e.errors[0].message : e.status
  }
}

beforeAll(async () => {
  gh = await startFakeGitHub()
  const octokit = new Octokit({ auth: gh.token, baseUrl: gh.url, throttle: { enabled: false }, retry: { enabled: false } })
  await gh.createRepository(SITE, { 'README.md': '# site\n', 'page.md': 'page\n' }, { allowAutoMerge: true })
  await gh.createRepository(`${owner}/lp`, { 'README.md': 'lp\n' })
  await gh.createRepository(`${owner}/read-issues`, { 'README.md': 'r\n' }, { issuesPermission: 'read' })
  await gh.createRepository(`${owner}/no-issues`, { 'README.md': 'r\n' }, { hasIssues: false })

  // Issue 24: a protected base, a pull request waiting on a check and a review, auto-merge on,
  // refusals, then merges.
  await octokit.rest.repos.updateBranchProtection({
    owner,
    repo,
    branch: 'main',
    required_status_checks: { strict: false, contexts: ['links'] },
    enforce_admins: null,
    required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
    restrictions: null,
  })
  await octokit.rest.repos.getBranch({ owner, repo, branch: 'main' })
  await octokit.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })
  const head = await gh.pushCommit(SITE, 'learning-path-sync', { 'page.md': 'synced page\n' }, 'Sync the Learning Path')
  const pull = (await octokit.rest.pulls.create({ owner, repo, head: 'learning-path-sync', base: 'main', title: 'Sync' })).data
  seen.blocked = (await octokit.rest.pulls.get({ owner, repo, pull_number: pull.number })).data.mergeable_state
  seen.graphql = (await octokit.graphql<any>(STATE, { owner, name: repo, number: pull.number })).repository.pullRequest.mergeStateStatus
  seen.node = (await octokit.graphql<any>(BY_NODE, { id: pull.node_id })).node.mergeStateStatus
  await octokit.graphql(AUTO_MERGE, { pullRequestId: pull.node_id, mergeMethod: 'SQUASH' })
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'pending', context: 'links', description: 'checking' })
  await octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref: head })
  await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'learning-path-sync' })
  await octokit.rest.pulls.createReview({ owner, repo, pull_number: pull.number, event: 'COMMENT', body: 'A first look' })
  await refused('ownApproval', octokit.rest.pulls.createReview({ owner, repo, pull_number: pull.number, event: 'APPROVE' }))
  await gh.addReview(SITE, pull.number, { user: 'site-maintainer', state: 'APPROVED' })
  await octokit.rest.pulls.listReviews({ owner, repo, pull_number: pull.number })
  await refused('pendingCheck', octokit.rest.pulls.merge({ owner, repo, pull_number: pull.number, sha: head, merge_method: 'squash' }))
  // The check succeeds: auto-merge merges.
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'success', context: 'links' })
  seen.autoMerged = (await octokit.rest.pulls.get({ owner, repo, pull_number: pull.number })).data.merged
  await refused('mergedAgain', octokit.rest.pulls.merge({ owner, repo, pull_number: pull.number }))

  // No protection left: auto-merge refused, the pull request merged at once, naming its head.
  await octokit.rest.repos.deleteBranchProtection({ owner, repo, branch: 'main' })
  const next = await gh.pushCommit(SITE, 'learning-path-sync-2', { 'page.md': 'synced again\n' }, 'Sync again')
  const second = (await octokit.rest.pulls.create({ owner, repo, head: 'learning-path-sync-2', base: 'main', title: 'Sync again' })).data
  await refused('noRules', octokit.graphql(AUTO_MERGE, { pullRequestId: second.node_id, mergeMethod: 'MERGE' }))
  await refused('staleHead', octokit.rest.pulls.merge({ owner, repo, pull_number: second.number, sha: head }))
  seen.merged = (await octokit.rest.pulls.merge({ owner, repo, pull_number: second.number, sha: next, merge_method: 'merge' })).data.message
  await octokit.rest.pulls.get({ owner, repo, pull_number: second.number })
  await octokit.graphql(STATE, { owner, name: repo, number: second.number })

  // Issue 26: the dashboard issue, found by its marker, edited, closed, labelled, commented.
  const lp = { owner, repo: 'lp' }
  await octokit.rest.issues.createLabel({ ...lp, name: 'no-dashboard', color: 'cccccc', description: 'Leave the dashboard closed' })
  await octokit.rest.issues.listLabelsForRepo(lp)
  const issue = (
    await octokit.rest.issues.create({ ...lp, title: 'Translation status', body: `${MARKER}\nstale: 35`, labels: ['translations'] })
  ).data
  await octokit.rest.issues.listForRepo({ ...lp, state: 'all', labels: 'translations', creator: 'fake-github-user', per_page: 100 })
  seen.found = (await octokit.rest.search.issuesAndPullRequests({ q: `repo:${owner}/lp is:issue in:body "${MARKER}"` })).data.total_count
  await octokit.rest.issues.get({ ...lp, issue_number: issue.number })
  await octokit.rest.issues.update({ ...lp, issue_number: issue.number, body: `${MARKER}\nstale: 36` })
  await octokit.rest.issues.update({ ...lp, issue_number: issue.number, state: 'closed', state_reason: 'duplicate' })
  await octokit.rest.issues.update({ ...lp, issue_number: issue.number, state: 'open' })
  await octokit.rest.issues.addLabels({ ...lp, issue_number: issue.number, labels: ['no-dashboard'] })
  await octokit.rest.issues.listLabelsOnIssue({ ...lp, issue_number: issue.number })
  await octokit.rest.issues.createComment({ ...lp, issue_number: issue.number, body: 'Closed as a duplicate of #1' })
  await refused('readOnlyIssues', octokit.rest.issues.create({ owner, repo: 'read-issues', title: 'Translation status' }))
  await refused('issuesOff', octokit.rest.issues.create({ owner, repo: 'no-issues', title: 'Translation status' }))

  exchanges = [...gh.exchanges]
  report = checkExchanges(exchanges, READS)
}, 60_000)

afterAll(() => gh?.close())

describe("what the local GitHub serves for the clients to come keeps GitHub's contract", () => {
  it('took every path: blocked, waited, auto-merged, refused, merged at once; the issue found by its marker', () => {
    expect(seen).toEqual({
      blocked: 'blocked',
      graphql: 'BLOCKED',
      node: 'BLOCKED',
      ownApproval: 422,
      pendingCheck: 405,
      autoMerged: true,
      mergedAgain: 405,
      noRules: 'Pull request Protected branch rules not configured for this branch',
      staleHead: 409,
      merged: 'Pull Request successfully merged',
      found: 1,
      readOnlyIssues: 403,
      issuesOff: 410,
    })
  })

  it("every REST request is an operation of GitHub's description, every one of them exercised", () => {
    expect(report.requests).toEqual([])
    const missing = Object.keys(SERVED_READS).filter((operation) => !report.operations.has(operation))
    expect(missing).toEqual([])
  })

  it('every answer has a documented status and the served fields, typed as documented', () => {
    expect(report.answers).toEqual([])
  })

  it("every GraphQL document validates against GitHub's schema; the schema served stays a subset of GitHub's", () => {
    expect([...report.graphqlOperations].sort()).toEqual(['EnableAutoMerge', 'MergeState', 'PullByNode'])
    expect(report.graphql).toEqual([])
    expect(checkSchemaSubset(githubSchema())).toEqual([])
  })

  it('the checks fail when an answer drops or mistypes a served field, or a document names a field GitHub lacks', () => {
    const get = exchanges.find((e) => e.method === 'GET' && /\/pulls\/\d+$/.test(e.path) && e.status === 200)!
    const change = (edit: (body: any) => void) => {
      const body = JSON.parse(get.responseBody)
      edit(body)
      return checkAnswer({ ...get, responseBody: JSON.stringify(body) }, undefined, READS)
    }
    expect(checkAnswer(get, undefined, READS)).toEqual([])
    expect(change((b) => delete b.mergeable_state)).toEqual([
      `GET ${get.path} (pulls/get) -> 200: answer must have required property 'mergeable_state'`,
    ])
    expect(change((b) => (b.mergeable = 'yes'))).toEqual([`GET ${get.path} (pulls/get) -> 200: answer at /mergeable must be boolean`])
    const issue = exchanges.find((e) => e.method === 'GET' && /\/issues\/\d+$/.test(e.path))!
    const wontfix = { ...issue, responseBody: JSON.stringify({ ...JSON.parse(issue.responseBody), state_reason: 'wontfix' }) }
    expect(checkAnswer(wontfix, undefined, READS)).toEqual([
      `GET ${issue.path} (issues/get) -> 200: answer at /state_reason must be equal to one of the allowed values (completed, reopened, not_planned, duplicate, )`,
    ])
    const search = exchanges.find((e) => e.path === '/search/issues')!
    const noNumber = JSON.parse(search.responseBody)
    delete noNumber.items[0].number
    expect(checkAnswer({ ...search, responseBody: JSON.stringify(noNumber) }, undefined, READS)[0]).toMatch(
      /answer at \/items\/0 must have required property 'number'$/,
    )
    const state = exchanges.find((e) => e.requestBody.includes('MergeState'))!
    const madeUp = JSON.parse(state.requestBody)
    madeUp.query = madeUp.query.replace('mergeStateStatus', 'mergeStatus')
    expect(checkGraphQLRequest({ ...state, requestBody: JSON.stringify(madeUp) })).toEqual([
      expect.stringMatching(/^POST \/graphql: Cannot query field "mergeStatus" on type "PullRequest"\./),
    ])
  })
})
