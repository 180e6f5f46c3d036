import { Octokit } from 'octokit'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './index.js'
import { rest } from '../support/fake-github.js'

let gh: FakeGitHub
let octokit: Octokit
const owner = 'octo'
const repo = 'site'
const FULL = `${owner}/${repo}`
// Each case has a local GitHub of its own, so that pull request numbers start at 1, and makes
// the pull requests it needs first.
beforeEach(async () => {
  gh = await startFakeGitHub()
  await gh.createRepository(FULL, { 'index.md': 'home\n' })
  // Throttling off: octokit spaces writes 1 s apart, and requests that notify people 3 s apart.
  octokit = new Octokit({ auth: gh.token, baseUrl: gh.url, throttle: { enabled: false } })
})
afterEach(() => gh.close())

async function branchWithChange(branch: string): Promise<string> {
  return gh.pushCommit(FULL, branch, { [`${branch}.md`]: `${branch}\n` }, `work on ${branch}`)
}

/** Opens a pull request from a new branch one commit ahead of main; returns its number. */
async function openPull(branch: string): Promise<number> {
  await branchWithChange(branch)
  return (await octokit.rest.pulls.create({ owner, repo, head: branch, base: 'main', title: `Work on ${branch}` })).data.number
}

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    const e = error as { status: number; response: { data: any } }
    return { status: e.status, data: e.response.data }
  }
  throw new Error('expected the request to fail')
}

describe('creating pull requests', () => {
  it('opens one from a branch, with head and base as GitHub shows them', async () => {
    const sha = await branchWithChange('sync-1')
    const { data, status } = await octokit.rest.pulls.create({ owner, repo, head: 'sync-1', base: 'main', title: 'Sync', body: 'Body' })
    expect(status).toBe(201)
    expect(data).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Sync',
      body: 'Body',
      draft: false,
      head: { ref: 'sync-1', sha, label: 'octo:sync-1' },
      base: { ref: 'main', sha: gh.git(FULL, ['rev-parse', 'main']).trim() },
      html_url: 'https://github.com/octo/site/pull/1',
    })
    expect(gh.pulls(FULL)).toMatchObject([{ number: 1, head: 'sync-1', base: 'main', state: 'open' }])
  })

  it("refuses a second open pull request for the same branch with GitHub's 422", async () => {
    await openPull('sync-1')
    const error = await failure(octokit.rest.pulls.create({ owner, repo, head: 'octo:sync-1', base: 'main', title: 'Again' }))
    expect(error).toEqual({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for octo:sync-1.' }],
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      },
    })
  })

  it('refuses missing branches and branches with nothing to merge', async () => {
    expect(await failure(octokit.rest.pulls.create({ owner, repo, head: 'nope', base: 'main', title: 't' }))).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] },
    })
    await branchWithChange('sync-2')
    expect(await failure(octokit.rest.pulls.create({ owner, repo, head: 'sync-2', base: 'nope', title: 't' }))).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }] },
    })
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/empty', sha: gh.git(FULL, ['rev-parse', 'main']).trim() })
    expect(await failure(octokit.rest.pulls.create({ owner, repo, head: 'empty', base: 'main', title: 't' }))).toMatchObject({
      status: 422,
      data: { errors: [{ message: 'No commits between main and empty' }] },
    })
  })

  it('follows the head branch: head.sha moves when the branch does', async () => {
    await openPull('sync-1')
    const moved = await gh.pushCommit(FULL, 'sync-1', { 'more.md': 'more\n' }, 'more')
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })
    expect(data.head.sha).toBe(moved)
  })
})

describe('listing pull requests', () => {
  it('filters by head=owner:branch, state and base', async () => {
    await openPull('sync-1')
    await branchWithChange('sync-2')
    const second = await octokit.rest.pulls.create({ owner, repo, head: 'sync-2', base: 'main', title: 'Second' })
    const byHead = await octokit.rest.pulls.list({ owner, repo, head: 'octo:sync-2' })
    expect(byHead.data.map((p) => p.number)).toEqual([second.data.number])
    expect((await octokit.rest.pulls.list({ owner, repo, head: 'someone-else:sync-2' })).data).toEqual([])
    expect((await octokit.rest.pulls.list({ owner, repo, base: 'other' })).data).toEqual([])
    // Newest first by default.
    expect((await octokit.rest.pulls.list({ owner, repo })).data.map((p) => p.number)).toEqual([second.data.number, 1])
  })

  it('ignores a head filter without the owner, as GitHub does', async () => {
    await openPull('sync-1')
    await openPull('sync-2')
    const all = await rest(gh, 'GET', `/repos/${FULL}/pulls?head=sync-2`)
    expect(all.body.map((p: any) => p.number).sort()).toEqual([1, 2])
  })

  it('closes with PATCH state closed, and lists closed ones only when asked', async () => {
    await openPull('sync-1')
    await openPull('sync-2')
    const closed = await octokit.rest.pulls.update({ owner, repo, pull_number: 2, state: 'closed', title: 'Second (closed)' })
    expect(closed.data).toMatchObject({ state: 'closed', title: 'Second (closed)' })
    expect(closed.data.closed_at).not.toBeNull()
    expect((await octokit.rest.pulls.list({ owner, repo })).data.map((p) => p.number)).toEqual([1])
    expect((await octokit.rest.pulls.list({ owner, repo, state: 'closed', head: 'octo:sync-2' })).data.map((p) => p.number)).toEqual([2])
    expect((await octokit.rest.pulls.list({ owner, repo, state: 'all' })).data.map((p) => p.number).sort()).toEqual([1, 2])
    // A closed one does not block a new pull request from the same branch.
    const again = await octokit.rest.pulls.create({ owner, repo, head: 'sync-2', base: 'main', title: 'Third' })
    expect(again.data.number).toBe(3)
  })

  it('pages with per_page and a Link header that octokit follows', async () => {
    for (const branch of ['sync-1', 'sync-2', 'sync-3']) await openPull(branch)
    const first = await rest(gh, 'GET', `/repos/${FULL}/pulls?state=all&per_page=2`)
    expect(first.body).toHaveLength(2)
    expect(first.headers.get('link')).toContain('rel="next"')
    const all = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'all', per_page: 1 })
    expect(all.map((p) => p.number)).toEqual([3, 2, 1])
  })

  it('answers 404 for a pull request that does not exist', async () => {
    expect((await failure(octokit.rest.pulls.get({ owner, repo, pull_number: 99 }))).status).toBe(404)
  })
})

describe('reviewers, labels and comments', () => {
  it('requests and removes reviewers, and refuses the author', async () => {
    await openPull('sync-1')
    const added = await octokit.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: 1,
      reviewers: ['alice', 'bob'],
      team_reviewers: ['docs'],
    })
    expect(added.status).toBe(201)
    expect(added.data.requested_reviewers?.map((u) => u.login)).toEqual(['alice', 'bob'])
    expect(added.data.requested_teams?.map((t) => t.slug)).toEqual(['docs'])
    const removed = await octokit.rest.pulls.removeRequestedReviewers({ owner, repo, pull_number: 1, reviewers: ['alice'] })
    expect(removed.data.requested_reviewers?.map((u) => u.login)).toEqual(['bob'])
    const author = (await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })).data.user.login
    expect(await failure(octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: [author] }))).toMatchObject({
      status: 422,
      data: { message: 'Review cannot be requested from pull request author.' },
    })
    expect(gh.pulls(FULL)[0]).toMatchObject({ requestedReviewers: ['bob'], requestedTeams: ['docs'] })
  })

  it('adds labels without repeating them, and returns all of the labels', async () => {
    await openPull('sync-1')
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: 1, labels: ['documentation'] })
    const { data } = await octokit.rest.issues.addLabels({ owner, repo, issue_number: 1, labels: ['documentation', 'automated'] })
    expect(data.map((l) => l.name)).toEqual(['documentation', 'automated'])
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })).data.labels.map((l) => l.name)).toEqual([
      'documentation',
      'automated',
    ])
  })

  it('creates, lists and edits comments', async () => {
    await openPull('sync-1')
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'first' })
    expect(created.status).toBe(201)
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'second' })
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'first, edited' })
    const { data } = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 })
    expect(data.map((c) => c.body)).toEqual(['first, edited', 'second'])
    expect(gh.pulls(FULL)[0].comments.map((c) => c.body)).toEqual(['first, edited', 'second'])
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })).data.comments).toBe(2)
  })

  it('logs writes as writes', async () => {
    await openPull('sync-1')
    await openPull('sync-2')
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'a comment' })
    await octokit.rest.pulls.update({ owner, repo, pull_number: 2, state: 'closed' })
    await octokit.rest.pulls.list({ owner, repo, state: 'all' })
    const writes = gh.requests.filter((r) => r.write).map((r) => `${r.method} ${r.path}`)
    expect(writes).toContain('POST /repos/octo/site/issues/1/comments')
    expect(writes).toContain('PATCH /repos/octo/site/pulls/2')
    expect(gh.requests.filter((r) => r.method === 'GET').every((r) => !r.write)).toBe(true)
  })
})
