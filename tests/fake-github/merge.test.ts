// Merging as GitHub does: the merge state computed from branch protection, commit statuses,
// reviews and git (REST mergeable_state, GraphQL mergeStateStatus), UNKNOWN while computing,
// PUT pulls/{n}/merge merging for real in the bare repository or refusing in GitHub's words,
// and enablePullRequestAutoMerge refusing what could be merged now. Over real HTTP with octokit.
import { Octokit } from 'octokit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql } from '../support/fake-github.js'
import { startFakeGitHub, type CreateRepositoryOptions, type FakeGitHub } from './index.js'

let gh: FakeGitHub
let octokit: Octokit
const owner = 'octo'
let made = 0

beforeAll(async () => {
  gh = await startFakeGitHub()
  octokit = new Octokit({ auth: gh.token, baseUrl: gh.url, throttle: { enabled: false }, retry: { enabled: false } })
})
afterAll(() => gh.close())

/** A repository of its own for each case: `octo/r<N>` with a README and a page on main. */
async function repository(options: CreateRepositoryOptions = {}): Promise<{ full: string; repo: string }> {
  made += 1
  const repo = `r${made}`
  await gh.createRepository(`${owner}/${repo}`, { 'README.md': 'readme\n', 'page.md': 'one\ntwo\nthree\n' }, options)
  return { full: `${owner}/${repo}`, repo }
}

/** Pushes `files` to a new branch and opens a pull request from it. */
async function openPull(repo: string, branch: string, files: Record<string, string> = { [`${branch}.md`]: `${branch}\n` }) {
  const head = await gh.pushCommit(`${owner}/${repo}`, branch, files, `Work on ${branch}`, {
    author: { name: 'Ann Author', email: 'ann@example.com', date: '2024-02-01T00:00:00Z' },
  })
  const { data } = await octokit.rest.pulls.create({ owner, repo, head: branch, base: 'main', title: `Sync ${branch}` })
  return { number: data.number, nodeId: data.node_id, head }
}

const restState = async (repo: string, number: number) => {
  const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number })
  return { state: data.mergeable_state, mergeable: data.mergeable }
}

const STATE = `query State($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { mergeStateStatus mergeable reviewDecision state merged headRefOid } }
}`
const graphState = async (repo: string, number: number) =>
  (await graphql(gh, STATE, { owner, name: repo, number })).body.data.repository.pullRequest

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    const e = error as { status?: number; response?: { data: any }; errors?: any[] }
    return e.errors ? { errors: e.errors } : { status: e.status, message: e.response?.data?.message }
  }
  throw new Error('expected the request to fail')
}

const rev = (full: string, rev: string) => gh.git(full, ['rev-parse', rev]).trim()

describe('the merge state, as REST and GraphQL read it', () => {
  it('is CLEAN without protection; BLOCKED while a required check is expected or pending; UNSTABLE with a failing optional one', async () => {
    const { full, repo } = await repository()
    const { number, head } = await openPull(repo, 'a')
    expect(await restState(repo, number)).toEqual({ state: 'clean', mergeable: true })
    expect(await graphState(repo, number)).toEqual({
      mergeStateStatus: 'CLEAN',
      mergeable: 'MERGEABLE',
      reviewDecision: null,
      state: 'OPEN',
      merged: false,
      headRefOid: head,
    })
    await gh.setBranchProtection(full, 'main', { requiredStatusChecks: { contexts: ['ci'] } })
    expect((await graphState(repo, number)).mergeStateStatus).toBe('BLOCKED')
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'pending', context: 'ci' })
    expect(await restState(repo, number)).toEqual({ state: 'blocked', mergeable: true })
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'success', context: 'ci' })
    expect((await graphState(repo, number)).mergeStateStatus).toBe('CLEAN')
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'failure', context: 'lint' })
    expect(await restState(repo, number)).toEqual({ state: 'unstable', mergeable: true })
  })

  it('is BEHIND when "up to date" is required and the base moved; the required checks are then expected', async () => {
    const { full, repo } = await repository({ protection: { main: { requiredStatusChecks: { contexts: ['ci'], strict: true } } } })
    const { number, head } = await openPull(repo, 'b')
    await gh.setCommitStatus(full, head, { context: 'ci', state: 'success' })
    expect((await graphState(repo, number)).mergeStateStatus).toBe('CLEAN')
    await gh.pushCommit(full, 'main', { 'other.md': 'meanwhile\n' }, 'Meanwhile on main')
    expect(await restState(repo, number)).toEqual({ state: 'behind', mergeable: true })
    expect(await failure(octokit.rest.pulls.merge({ owner, repo, pull_number: number }))).toEqual({
      status: 405,
      message: 'Required status check "ci" is expected.',
    })
  })

  it('counts approving reviews: REVIEW_REQUIRED, then APPROVED; a push dismisses a stale approval when the rule says so', async () => {
    const { full, repo } = await repository({
      protection: { main: { requiredApprovingReviews: { count: 1, dismissStaleReviews: true } } },
    })
    const { number } = await openPull(repo, 'c')
    expect(await graphState(repo, number)).toMatchObject({ mergeStateStatus: 'BLOCKED', reviewDecision: 'REVIEW_REQUIRED' })
    await gh.addReview(full, number, { user: 'bob', state: 'APPROVED' })
    expect(await graphState(repo, number)).toMatchObject({ mergeStateStatus: 'CLEAN', reviewDecision: 'APPROVED' })
    await gh.pushCommit(full, 'c', { 'c.md': 'changed\n' }, 'Change after the approval')
    expect(await graphState(repo, number)).toMatchObject({ mergeStateStatus: 'BLOCKED', reviewDecision: 'REVIEW_REQUIRED' })
  })

  it('is DIRTY on a conflict, DRAFT for a draft, HAS_HOOKS with pre-receive hooks', async () => {
    const { full, repo } = await repository()
    const { number } = await openPull(repo, 'd', { 'page.md': 'one\nTWO on the branch\nthree\n' })
    await gh.pushCommit(full, 'main', { 'page.md': 'one\nTWO on main\nthree\n' }, 'Conflicting change on main')
    expect(await restState(repo, number)).toEqual({ state: 'dirty', mergeable: false })
    expect(await graphState(repo, number)).toMatchObject({ mergeStateStatus: 'DIRTY', mergeable: 'CONFLICTING' })

    await gh.pushCommit(full, 'e', { 'e.md': 'e\n' }, 'e')
    const draft = (await octokit.rest.pulls.create({ owner, repo, head: 'e', base: 'main', title: 'Draft', draft: true })).data.number
    expect((await restState(repo, draft)).state).toBe('draft')

    const hooked = await repository({ preReceiveHooks: true })
    const pull = await openPull(hooked.repo, 'f')
    expect((await graphState(hooked.repo, pull.number)).mergeStateStatus).toBe('HAS_HOOKS')
  })

  it('answers UNKNOWN (mergeable null) for the first reads after opening and after the head moves, and when told to', async () => {
    const { full, repo } = await repository({ mergeStateUnknownReads: 2 })
    const { number } = await openPull(repo, 'g')
    const created = await octokit.rest.pulls.get({ owner, repo, pull_number: number })
    expect([created.data.mergeable_state, created.data.mergeable]).toEqual(['unknown', null])
    expect(await graphState(repo, number)).toMatchObject({ mergeStateStatus: 'UNKNOWN', mergeable: 'UNKNOWN' })
    expect(await restState(repo, number)).toEqual({ state: 'clean', mergeable: true })
    await gh.pushCommit(full, 'g', { 'g.md': 'again\n' }, 'Again')
    expect((await restState(repo, number)).state).toBe('unknown')
    expect((await restState(repo, number)).state).toBe('unknown')
    expect((await restState(repo, number)).state).toBe('clean')
    gh.setMergeStateUnknown(full, number, 1)
    expect((await graphState(repo, number)).mergeStateStatus).toBe('UNKNOWN')
    const control = await fetch(`${gh.url}/_fake/repos/${full}/pulls/${number}/merge-state-unknown`, {
      method: 'PUT',
      body: JSON.stringify({ reads: 1 }),
    })
    expect(control.status).toBe(200)
    expect((await restState(repo, number)).state).toBe('unknown')
    expect((await restState(repo, number)).state).toBe('clean')
  })
})

describe('PUT pulls/{n}/merge', () => {
  it('makes a merge commit on the base, GitHub committing, and marks the pull request merged and closed', async () => {
    const { full, repo } = await repository()
    const { number, head } = await openPull(repo, 'm')
    const base = rev(full, 'main')
    const { status, data } = await octokit.rest.pulls.merge({ owner, repo, pull_number: number, sha: head, merge_method: 'merge' })
    expect(status).toBe(200)
    expect(data).toEqual({ sha: rev(full, 'main'), merged: true, message: 'Pull Request successfully merged' })
    expect(gh.git(full, ['log', '-1', '--format=%P%n%cn <%ce>%n%an%n%B', 'main']).trim()).toBe(
      `${base} ${head}\nGitHub <noreply@github.com>\nfake-github-user\nMerge pull request #${number} from octo/m\n\nSync m`,
    )
    expect(gh.git(full, ['show', 'main:m.md'])).toBe('m\n')
    gh.git(full, ['fsck', '--strict'])
    const pull = (await octokit.rest.pulls.get({ owner, repo, pull_number: number })).data
    expect(pull).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: data.sha, merged_by: { login: 'fake-github-user' } })
    expect(pull.merged_at).toBe(pull.closed_at)
    expect((await octokit.rest.pulls.list({ owner, repo, state: 'closed' })).data[0].merged_at).toBe(pull.merged_at)
    expect((await octokit.rest.issues.get({ owner, repo, issue_number: number })).data.pull_request?.merged_at).toBe(pull.merged_at)
    expect(await graphState(repo, number)).toMatchObject({ state: 'MERGED', merged: true, headRefOid: head })
    expect(gh.pulls(full)[0]).toMatchObject({ merged: true, mergedBy: 'fake-github-user', mergeCommitSha: data.sha, state: 'closed' })
    // Deleting the branch afterwards works as before; the merged pull request keeps its head.
    expect((await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/m' })).status).toBe(204)
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: number })).data.head.sha).toBe(head)
  })

  it('squashes into one commit titled "<title> (#N)", or as commit_title and commit_message say', async () => {
    const { full, repo } = await repository()
    const { number } = await openPull(repo, 's')
    await gh.pushCommit(full, 's', { 's2.md': 'more\n' }, 'Second step\n\nWith a body.')
    const base = rev(full, 'main')
    await octokit.rest.pulls.merge({ owner, repo, pull_number: number, merge_method: 'squash' })
    expect(gh.git(full, ['log', '-1', '--format=%P%n%B', 'main']).trim()).toBe(
      `${base}\nSync s (#${number})\n\n* Work on s\n\n* Second step\n\nWith a body.`,
    )
    expect(gh.git(full, ['ls-tree', '--name-only', 'main']).split('\n').filter(Boolean)).toEqual(['README.md', 'page.md', 's.md', 's2.md'])

    const other = await openPull(repo, 't')
    await octokit.rest.pulls.merge({
      owner,
      repo,
      pull_number: other.number,
      merge_method: 'squash',
      commit_title: 'Sync',
      commit_message: 'Body',
    })
    expect(gh.git(full, ['log', '-1', '--format=%B', 'main']).trim()).toBe('Sync\n\nBody')
  })

  it("rebases the head's commits onto a base that moved: authors and messages kept, GitHub committing", async () => {
    const { full, repo } = await repository()
    const { number, head } = await openPull(repo, 'r', { 'page.md': 'one\ntwo\nthree\nfour from the branch\n' })
    const moved = await gh.pushCommit(full, 'main', { 'page.md': 'zero from main\none\ntwo\nthree\n' }, 'Meanwhile on main')
    const { data } = await octokit.rest.pulls.merge({ owner, repo, pull_number: number, merge_method: 'rebase', sha: head })
    expect(gh.git(full, ['log', '-1', '--format=%P%n%an <%ae>%n%cn%n%B', 'main']).trim()).toBe(
      `${moved}\nAnn Author <ann@example.com>\nGitHub\nWork on r`,
    )
    expect(data.sha).not.toBe(head)
    expect(gh.git(full, ['show', 'main:page.md'])).toBe('zero from main\none\ntwo\nthree\nfour from the branch\n')
    expect(gh.git(full, ['worktree', 'list', '--porcelain']).match(/^worktree /gm)).toHaveLength(1)
  })

  it("refuses in GitHub's words: a moved head (409), a conflict, a draft, a merged one, a method not allowed, a bad body", async () => {
    const { full, repo } = await repository({ mergeMethods: ['squash'] })
    const { number, head } = await openPull(repo, 'x', { 'page.md': 'one\nx\nthree\n' })
    await gh.pushCommit(full, 'x', { 'x2.md': 'pushed meanwhile\n' }, 'Pushed meanwhile')
    expect(await failure(octokit.rest.pulls.merge({ owner, repo, pull_number: number, sha: head, merge_method: 'squash' }))).toEqual({
      status: 409,
      message: 'Head branch was modified. Review and try the merge again.',
    })
    expect(await failure(octokit.rest.pulls.merge({ owner, repo, pull_number: number, merge_method: 'merge' }))).toEqual({
      status: 405,
      message: 'Merge commits are not allowed on this repository.',
    })
    expect(
      await failure(
        octokit.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
          owner,
          repo,
          pull_number: number,
          merge_method: 'fast-forward' as never,
        }),
      ),
    ).toEqual({
      status: 422,
      message: `Invalid request.\n\nFor 'properties/merge_method', "fast-forward" is not a member of ["merge", "squash", "rebase"].`,
    })
    await gh.pushCommit(full, 'main', { 'page.md': 'one\nmain\nthree\n' }, 'Conflict')
    expect(await failure(octokit.rest.pulls.merge({ owner, repo, pull_number: number, merge_method: 'squash' }))).toEqual({
      status: 405,
      message: 'Pull Request is not mergeable',
    })
    await gh.pushCommit(full, 'y', { 'y.md': 'y\n' }, 'y')
    const draft = (await octokit.rest.pulls.create({ owner, repo, head: 'y', base: 'main', title: 'Y', draft: true })).data.number
    expect(await failure(octokit.rest.pulls.merge({ owner, repo, pull_number: draft, merge_method: 'squash' }))).toEqual({
      status: 405,
      message: 'Pull Request is still a draft',
    })
    const done = await openPull(repo, 'z')
    await octokit.rest.pulls.merge({ owner, repo, pull_number: done.number, merge_method: 'squash' })
    expect(await failure(octokit.rest.pulls.merge({ owner, repo, pull_number: done.number, merge_method: 'squash' }))).toEqual({
      status: 405,
      message: 'Pull Request is not mergeable',
    })
    const readOnly = await repository({ readOnly: true })
    expect((await failure(octokit.rest.pulls.merge({ owner, repo: readOnly.repo, pull_number: 1 }))).status).toBe(403)
  })

  it("refuses what the base branch's protection does not allow yet: reviews, then required checks, singly or counted", async () => {
    const { full, repo } = await repository({
      protection: { main: { requiredStatusChecks: { contexts: ['ci', 'links'] }, requiredApprovingReviews: { count: 2 } } },
    })
    const { number, head } = await openPull(repo, 'p')
    const refusal = async () => (await failure(octokit.rest.pulls.merge({ owner, repo, pull_number: number }))) as { message: string }
    expect(await refusal()).toEqual({ status: 405, message: 'At least 2 approving reviews are required by reviewers with write access.' })
    await gh.addReview(full, number, { user: 'bob', state: 'APPROVED' })
    await gh.addReview(full, number, { user: 'carol', state: 'APPROVED' })
    expect((await refusal()).message).toBe('2 of 2 required status checks are expected.')
    await gh.setCommitStatus(full, head, { context: 'ci', state: 'failure' })
    expect((await refusal()).message).toBe('2 of 2 required status checks have not succeeded: 1 failing and 1 expected.')
    await gh.setCommitStatus(full, head, { context: 'ci', state: 'success' })
    await gh.setCommitStatus(full, head, { context: 'links', state: 'pending' })
    expect((await refusal()).message).toBe('Required status check "links" is in progress.')
    await gh.setCommitStatus(full, head, { context: 'LINKS', state: 'success' })
    expect((await octokit.rest.pulls.merge({ owner, repo, pull_number: number })).data.merged).toBe(true)
  })
})

const AUTO_MERGE = `mutation EnableAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { autoMergeRequest { mergeMethod } } }
}`

describe('enablePullRequestAutoMerge, and the merge auto-merge makes', () => {
  const refused = (message: string) => ({
    errors: [{ type: 'UNPROCESSABLE', path: ['enablePullRequestAutoMerge'], locations: [{ line: 2, column: 3 }], message }],
  })

  it('refuses a base without protection rules, and a pull request that could be merged now', async () => {
    const bare = await repository({ allowAutoMerge: true })
    const one = await openPull(bare.repo, 'a')
    expect(await failure(octokit.graphql(AUTO_MERGE, { id: one.nodeId, mergeMethod: 'SQUASH' }))).toEqual(
      refused('Pull request Protected branch rules not configured for this branch'),
    )
    await gh.setBranchProtection(bare.full, 'main', {})
    expect(await failure(octokit.graphql(AUTO_MERGE, { id: one.nodeId, mergeMethod: 'SQUASH' }))).toEqual(
      refused('Pull request Pull request is in clean status'),
    )
    await gh.setCommitStatus(bare.full, one.head, { context: 'lint', state: 'pending' })
    expect(await failure(octokit.graphql(AUTO_MERGE, { id: one.nodeId, mergeMethod: 'SQUASH' }))).toEqual(
      refused('Pull request Pull request is in unstable status'),
    )
    const hooked = await repository({ allowAutoMerge: true, preReceiveHooks: true, protection: { main: {} } })
    const two = await openPull(hooked.repo, 'b')
    expect(await failure(octokit.graphql(AUTO_MERGE, { id: two.nodeId, mergeMethod: 'MERGE' }))).toEqual(
      refused('Pull request Pull request is in has_hooks status'),
    )
    // The refusal does not depend on what a read would still see (UNKNOWN).
    gh.setMergeStateUnknown(hooked.full, two.number, 5)
    expect(await failure(octokit.graphql(AUTO_MERGE, { id: two.nodeId, mergeMethod: 'MERGE' }))).toEqual(
      refused('Pull request Pull request is in has_hooks status'),
    )
    expect(gh.pulls(bare.full)[0].autoMerge).toBeNull()
  })

  it('turns auto-merge on while a required check is pending, and merges with its method once the check succeeds', async () => {
    const { full, repo } = await repository({ allowAutoMerge: true, protection: { main: { requiredStatusChecks: { contexts: ['ci'] } } } })
    const { number, nodeId, head } = await openPull(repo, 'c')
    const answer = await octokit.graphql<any>(AUTO_MERGE, { id: nodeId, mergeMethod: 'SQUASH' })
    expect(answer.enablePullRequestAutoMerge.pullRequest.autoMergeRequest).toEqual({ mergeMethod: 'SQUASH' })
    const base = rev(full, 'main')
    await gh.setCommitStatus(full, head, { context: 'ci', state: 'pending' })
    expect(gh.pulls(full)[0]).toMatchObject({ state: 'open', merged: false })
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'success', context: 'ci' })
    expect(gh.pulls(full)[0]).toMatchObject({ state: 'closed', merged: true, mergedBy: 'fake-github-user', autoMerge: null })
    expect(gh.git(full, ['log', '-1', '--format=%P %s', 'main']).trim()).toBe(`${base} Sync c (#${number})`)
  })

  it('waits for an approving review the same way', async () => {
    const { full, repo } = await repository({ allowAutoMerge: true, protection: { main: { requiredApprovingReviews: { count: 1 } } } })
    const { nodeId, number } = await openPull(repo, 'd')
    await octokit.graphql(AUTO_MERGE, { id: nodeId, mergeMethod: 'MERGE' })
    const review = await fetch(`${gh.url}/_fake/repos/${full}/pulls/${number}/reviews`, {
      method: 'POST',
      body: JSON.stringify({ user: 'bob', state: 'APPROVED' }),
    })
    expect(review.status).toBe(201)
    expect(gh.pulls(full)[0]).toMatchObject({ merged: true, reviews: [{ user: 'bob', state: 'APPROVED' }] })
  })
})

describe('the endpoints around it: branch protection, commit statuses, reviews', () => {
  it('sets, reads and removes branch protection through REST; the branch says it is protected', async () => {
    const { repo } = await repository()
    const { data } = await octokit.rest.repos.updateBranchProtection({
      owner,
      repo,
      branch: 'main',
      required_status_checks: { strict: true, contexts: ['ci'] },
      enforce_admins: null,
      required_pull_request_reviews: { required_approving_review_count: 1 },
      restrictions: null,
    })
    expect(data.required_status_checks).toMatchObject({ strict: true, contexts: ['ci'] })
    expect(data.required_pull_request_reviews).toMatchObject({ required_approving_review_count: 1, dismiss_stale_reviews: false })
    expect((await octokit.rest.repos.getBranch({ owner, repo, branch: 'main' })).data.protected).toBe(true)
    expect((await octokit.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })).data.required_status_checks?.contexts).toEqual([
      'ci',
    ])
    expect((await octokit.rest.repos.deleteBranchProtection({ owner, repo, branch: 'main' })).status).toBe(204)
    expect(await failure(octokit.rest.repos.getBranchProtection({ owner, repo, branch: 'main' }))).toEqual({
      status: 404,
      message: 'Branch not protected',
    })
    expect(
      await failure(
        octokit.request('PUT /repos/{owner}/{repo}/branches/{branch}/protection', {
          owner,
          repo,
          branch: 'main',
          enforce_admins: null,
        } as any),
      ),
    ).toEqual({
      status: 422,
      message: 'Invalid request.\n\n"required_status_checks", "required_pull_request_reviews", "restrictions" weren\'t supplied.',
    })
  })

  it('records commit statuses: the newest of each context makes the combined state', async () => {
    const { repo } = await repository()
    const sha = rev(`${owner}/${repo}`, 'main')
    expect((await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' })).data).toMatchObject({
      state: 'pending',
      total_count: 0,
    })
    const created = await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: 'failure',
      context: 'ci',
      target_url: 'https://ci.example/1',
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      state: 'failure',
      context: 'ci',
      target_url: 'https://ci.example/1',
      creator: { login: 'fake-github-user' },
    })
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'ci' })
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'links' })
    const combined = (await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha })).data
    expect(combined).toMatchObject({ state: 'success', sha, total_count: 2 })
    expect(combined.statuses.map((s) => `${s.context}:${s.state}`)).toEqual(['ci:success', 'links:success'])
    expect((await octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref: 'main' })).data.map((s) => s.state)).toEqual([
      'success',
      'success',
      'failure',
    ])
    expect(await failure(octokit.rest.repos.createCommitStatus({ owner, repo, sha: 'f'.repeat(40), state: 'success' }))).toEqual({
      status: 422,
      message: `No commit found for SHA: ${'f'.repeat(40)}`,
    })
  })

  it('refuses an approval or change request by the author, takes a comment, and lists reviews', async () => {
    const { repo } = await repository()
    const { number, head } = await openPull(repo, 'v')
    const own = await failure(octokit.rest.pulls.createReview({ owner, repo, pull_number: number, event: 'APPROVE' }))
    expect(own).toEqual({ status: 422, message: 'Unprocessable Entity' })
    const comment = await octokit.rest.pulls.createReview({ owner, repo, pull_number: number, event: 'COMMENT', body: 'Looks fine' })
    expect(comment.data).toMatchObject({ state: 'COMMENTED', body: 'Looks fine', commit_id: head, user: { login: 'fake-github-user' } })
    expect((await octokit.rest.pulls.listReviews({ owner, repo, pull_number: number })).data.map((r) => r.state)).toEqual(['COMMENTED'])
  })
})
