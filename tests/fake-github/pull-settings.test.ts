// What the local GitHub does for the pull request settings users of pull-request actions expect:
// assignees, milestones, issue updates, the commit list of a path, the auto-merge and draft
// mutations on a pull request's node id, deleting the branch, and moving refs with updateRefs.
// Over real HTTP with octokit.
import { Octokit } from 'octokit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './index.js'

let gh: FakeGitHub
let octokit: Octokit
const owner = 'octo'
const FULL = `${owner}/site`
const STRICT = `${owner}/strict`
let nodeId: string
let number: number

beforeAll(async () => {
  gh = await startFakeGitHub()
  // A required check nobody reports yet: auto-merge has something to wait for.
  await gh.createRepository(
    FULL,
    { 'pages/a.md': 'a\n', 'README.md': 'r\n' },
    { allowAutoMerge: true, collaborators: ['ann', 'bob'], protection: { main: { requiredStatusChecks: { contexts: ['ci'] } } } },
  )
  await gh.createRepository(STRICT, { 'a.md': 'a\n' })
  octokit = new Octokit({ auth: gh.token, baseUrl: gh.url, throttle: { enabled: false } })
  await gh.pushCommit(FULL, 'sync', { 'pages/a.md': 'a2\n' }, 'sync the pages\n\nLearning-Path-Sync: Org/LP@' + 'a'.repeat(40))
  const pull = await octokit.rest.pulls.create({ owner, repo: 'site', head: 'sync', base: 'main', title: 'Sync' })
  nodeId = pull.data.node_id
  number = pull.data.number
})
afterAll(() => gh.close())

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    const e = error as { status?: number; response?: { data: any }; errors?: any[] }
    return e.errors ? { errors: e.errors } : { status: e.status, data: e.response?.data }
  }
  throw new Error('expected the request to fail')
}

describe('assignees and milestones', () => {
  it('adds assignees who can be assigned and silently leaves out the others, as GitHub does', async () => {
    const { status, data } = await octokit.rest.issues.addAssignees({
      owner,
      repo: 'site',
      issue_number: number,
      assignees: ['ann', 'stranger'],
    })
    expect(status).toBe(201)
    expect(data.assignees?.map((u) => u.login)).toEqual(['ann'])
    expect((await octokit.rest.pulls.get({ owner, repo: 'site', pull_number: number })).data.assignees?.map((u) => u.login)).toEqual([
      'ann',
    ])
    expect((await octokit.rest.issues.checkUserCanBeAssigned({ owner, repo: 'site', assignee: 'bob' })).status).toBe(204)
    expect((await failure(octokit.rest.issues.checkUserCanBeAssigned({ owner, repo: 'site', assignee: 'stranger' }))).status).toBe(404)
  })

  it('sets a milestone that exists, and refuses one that does not with 422 on the milestone field', async () => {
    const created = await octokit.rest.issues.createMilestone({ owner, repo: 'site', title: 'Next release' })
    expect(created.data).toMatchObject({ number: 1, title: 'Next release', state: 'open', open_issues: 0 })
    const { data } = await octokit.rest.issues.update({ owner, repo: 'site', issue_number: number, milestone: 1 })
    expect(data.milestone).toMatchObject({ number: 1, title: 'Next release', open_issues: 1 })
    expect((await octokit.rest.pulls.list({ owner, repo: 'site' })).data[0].milestone?.number).toBe(1)
    expect(await failure(octokit.rest.issues.update({ owner, repo: 'site', issue_number: number, milestone: 9 }))).toMatchObject({
      status: 422,
      data: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'milestone', code: 'invalid', value: 9 }] },
    })
    expect(gh.pulls(FULL)[0]).toMatchObject({ milestone: 1, assignees: ['ann'] })
  })
})

describe('the commits of a path', () => {
  it("lists a branch's commits touching a path, newest first, with full messages", async () => {
    const { data } = await octokit.rest.repos.listCommits({ owner, repo: 'site', sha: 'sync', path: 'pages', per_page: 5 })
    expect(data.map((c) => c.commit.message)).toEqual(['sync the pages\n\nLearning-Path-Sync: Org/LP@' + 'a'.repeat(40), 'Initial commit'])
    expect(data[0].sha).toBe(gh.git(FULL, ['rev-parse', 'sync']).trim())
    expect((await octokit.rest.repos.listCommits({ owner, repo: 'site', sha: 'sync', path: 'README.md' })).data).toHaveLength(1)
    expect((await failure(octokit.rest.repos.listCommits({ owner, repo: 'site', sha: 'no-such-branch' }))).status).toBe(404)
  })
})

const AUTO_MERGE = `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number isDraft autoMergeRequest { mergeMethod enabledBy { login } } } }
}`

describe('mutations on a pull request node id', () => {
  it('turns auto-merge on (REST shows it as auto_merge) and off', async () => {
    const answer = await octokit.graphql<any>(AUTO_MERGE, { id: nodeId, mergeMethod: 'SQUASH' })
    expect(answer.enablePullRequestAutoMerge.pullRequest).toEqual({
      number,
      isDraft: false,
      autoMergeRequest: { mergeMethod: 'SQUASH', enabledBy: { login: 'fake-github-user' } },
    })
    const rest = (await octokit.rest.pulls.get({ owner, repo: 'site', pull_number: number })).data
    expect(rest.auto_merge).toMatchObject({ merge_method: 'squash', enabled_by: { login: 'fake-github-user' } })
    expect(gh.requests.at(-2)).toMatchObject({ method: 'POST', path: '/graphql', write: true })
    await octokit.graphql(`mutation($id: ID!) { disablePullRequestAutoMerge(input: { pullRequestId: $id }) { pullRequest { number } } }`, {
      id: nodeId,
    })
    expect(gh.pulls(FULL)[0].autoMerge).toBeNull()
  })

  it("answers GitHub's errors: auto-merge not allowed, an unknown node id", async () => {
    await gh.pushCommit(STRICT, 'x', { 'b.md': 'b\n' }, 'b')
    const strictPull = await octokit.rest.pulls.create({ owner, repo: 'strict', head: 'x', base: 'main', title: 'X' })
    expect(await failure(octokit.graphql(AUTO_MERGE, { id: strictPull.data.node_id, mergeMethod: 'MERGE' }))).toEqual({
      errors: [
        {
          type: 'UNPROCESSABLE',
          path: ['enablePullRequestAutoMerge'],
          locations: [{ line: 2, column: 3 }],
          message: 'Pull request Auto merge is not allowed for this repository',
        },
      ],
    })
    expect((await failure(octokit.graphql(AUTO_MERGE, { id: 'PR_nothing', mergeMethod: 'MERGE' }))).errors?.[0]).toMatchObject({
      type: 'NOT_FOUND',
      message: "Could not resolve to a node with the global id of 'PR_nothing'",
    })
  })

  it('makes a pull request a draft and ready for review again', async () => {
    await octokit.graphql(`mutation($id: ID!) { convertPullRequestToDraft(input: { pullRequestId: $id }) { pullRequest { isDraft } } }`, {
      id: nodeId,
    })
    expect((await octokit.rest.pulls.get({ owner, repo: 'site', pull_number: number })).data.draft).toBe(true)
    await octokit.graphql(
      `mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }`,
      { id: nodeId },
    )
    expect(gh.pulls(FULL)[0].draft).toBe(false)
  })
})

describe('deleting a branch', () => {
  it('deletes the ref with 204, then answers 422 Reference does not exist', async () => {
    await octokit.rest.pulls.update({ owner, repo: 'site', pull_number: number, state: 'closed' })
    expect((await octokit.rest.git.deleteRef({ owner, repo: 'site', ref: 'heads/sync' })).status).toBe(204)
    expect(gh.git(FULL, ['branch', '--list', 'sync']).trim()).toBe('')
    expect(await failure(octokit.rest.git.deleteRef({ owner, repo: 'site', ref: 'heads/sync' }))).toMatchObject({
      status: 422,
      data: { message: 'Reference does not exist' },
    })
  })
})

describe('updateRefs: refs moved only from where they are', () => {
  const UPDATE = `mutation UpdateRefs($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: { repositoryId: $repositoryId, refUpdates: $refUpdates }) { clientMutationId }
}`
  const ZERO = '0'.repeat(40)
  const sha = (ref: string) => gh.git(FULL, ['rev-parse', ref]).trim()
  const update = (refUpdates: { name: string; afterOid: string; beforeOid?: string; force?: boolean }[], repositoryId?: string) =>
    octokit.graphql(UPDATE, { repositoryId: repositoryId ?? repoId, refUpdates })
  const refused = (message: string, type = 'UNPROCESSABLE') => ({
    errors: [{ type, path: ['updateRefs'], locations: [{ line: 2, column: 3 }], message }],
  })
  let repoId: string

  beforeAll(async () => {
    repoId = (await octokit.rest.repos.get({ owner, repo: 'site' })).data.node_id
  })

  it('creates (before: the zero SHA), fast-forwards, and refuses a non-fast-forward unless forced', async () => {
    const main = sha('main')
    await update([{ name: 'refs/heads/cas', beforeOid: ZERO, afterOid: main }])
    expect(sha('cas')).toBe(main)
    const ahead = await gh.pushCommit(FULL, 'cas-ahead', { 'b.md': 'b\n' }, 'ahead')
    await update([{ name: 'refs/heads/cas', beforeOid: main, afterOid: ahead }])
    expect(sha('cas')).toBe(ahead)
    expect(await failure(update([{ name: 'refs/heads/cas', beforeOid: ahead, afterOid: main }]))).toEqual(
      refused('Update is not a fast forward'),
    )
    await update([{ name: 'refs/heads/cas', beforeOid: ahead, afterOid: main, force: true }])
    expect(sha('cas')).toBe(main)
  })

  it('refuses a stale beforeOid, a ref that exists when it should not, and one that does not exist, moving nothing', async () => {
    const main = sha('main')
    const moved = await gh.pushCommit(FULL, 'stale', { 'c.md': 'c\n' }, 'pushed meanwhile')
    expect(await failure(update([{ name: 'refs/heads/stale', beforeOid: main, afterOid: main, force: true }]))).toEqual(
      refused(`cannot lock ref 'refs/heads/stale': is at ${moved} but expected ${main}`),
    )
    expect(await failure(update([{ name: 'refs/heads/stale', beforeOid: ZERO, afterOid: main }]))).toEqual(
      refused("cannot lock ref 'refs/heads/stale': reference already exists"),
    )
    expect(await failure(update([{ name: 'refs/heads/nowhere', beforeOid: main, afterOid: main }]))).toEqual(
      refused("cannot lock ref 'refs/heads/nowhere': unable to resolve reference 'refs/heads/nowhere'"),
    )
    expect(sha('stale')).toBe(moved)
  })

  it('applies all updates or none, deletes with the zero SHA, and names what it cannot resolve', async () => {
    const main = sha('main')
    const one = await gh.pushCommit(FULL, 'one', { 'd.md': 'd\n' }, 'one')
    const two = await gh.pushCommit(FULL, 'two', { 'e.md': 'e\n' }, 'two')
    // The second update is stale: the first is not applied either.
    const both = [
      { name: 'refs/heads/one', beforeOid: one, afterOid: main, force: true },
      { name: 'refs/heads/two', beforeOid: main, afterOid: main, force: true },
    ]
    expect((await failure(update(both))).errors?.[0].message).toBe(`cannot lock ref 'refs/heads/two': is at ${two} but expected ${main}`)
    expect([sha('one'), sha('two')]).toEqual([one, two])
    await update([{ name: 'refs/heads/one', beforeOid: one, afterOid: ZERO }])
    expect(gh.git(FULL, ['branch', '--list', 'one']).trim()).toBe('')
    expect(await failure(update([{ name: 'refs/heads/one', afterOid: ZERO }]))).toEqual(refused('Reference does not exist'))
    expect(await failure(update([{ name: 'refs/heads/two', afterOid: 'f'.repeat(40), force: true }]))).toEqual(
      refused('Object does not exist'),
    )
    expect(await failure(update([{ name: 'heads/two', afterOid: main }]))).toEqual(
      refused("'heads/two' is not a valid fully qualified ref name"),
    )
    expect(await failure(update([{ name: 'refs/heads/two', afterOid: main }], 'R_nothing'))).toEqual(
      refused("Could not resolve to a node with the global id of 'R_nothing'", 'NOT_FOUND'),
    )
  })

  it('is a write the log records, refused on a read-only repository', async () => {
    await gh.createRepository('octo/read-only', { 'a.md': 'a\n' }, { readOnly: true })
    const id = (await octokit.rest.repos.get({ owner, repo: 'read-only' })).data.node_id
    const main = gh.git('octo/read-only', ['rev-parse', 'main']).trim()
    expect(await failure(update([{ name: 'refs/heads/x', beforeOid: ZERO, afterOid: main }], id))).toEqual(
      refused('Resource not accessible by integration', 'FORBIDDEN'),
    )
    expect(gh.requests.at(-1)).toMatchObject({ path: '/graphql', operationName: 'UpdateRefs', write: true })
  })
})
