// What the local GitHub does for the pull request settings users of pull-request actions expect:
// assignees, milestones, issue updates, the commit list of a path, the auto-merge and draft
// mutations on a pull request's node id, and deleting the branch. Over real HTTP with octokit.
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
  await gh.createRepository(FULL, { 'pages/a.md': 'a\n', 'README.md': 'r\n' }, { allowAutoMerge: true, collaborators: ['ann', 'bob'] })
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
          message: 'Auto merge is not allowed for this repository',
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
