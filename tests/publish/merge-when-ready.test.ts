// Issue 24: `auto-merge` merges the sync pull request as soon as GitHub allows. GitHubSite on its
// own, with small synthetic pages, against the local GitHub, which computes the merge state from
// branch protection, statuses and reviews and refuses merges and auto-merge in GitHub's words.
import { beforeEach, describe, expect, it } from 'vitest'
import type { PublishResult } from '../../src/publish/site.js'
import type { CreateRepositoryOptions, FakeExchange, FakeGitHub, RequestLogEntry } from '../fake-github/index.js'
import { checkExchanges } from '../fake-github/contract/checks.js'
import {
  createSiteRepository,
  generatedPage as page,
  localGitHubPerFile,
  publishPages,
  SITE_BRANCH as BRANCH,
  SITE_TARGET as TARGET,
  type SiteOverrides,
} from '../support/github-site.js'

const local = localGitHubPerFile()
let gh: FakeGitHub
let repoCount = 0
/** Every exchange of every run (each run clears the log first), for the contract check at the end. */
const exchanges: FakeExchange[] = []
beforeEach(() => {
  gh = local.server()
})

const newSite = (options: CreateRepositoryOptions = {}) => createSiteRepository(gh, `example/merge-${++repoCount}`, options)

const pages = (title = 'One, edited') =>
  new Map([
    ['intro/01.md', page(title)],
    ['intro/02.md', page('Two')],
  ])

interface Run {
  result: PublishResult
  lines: string[]
  requests: RequestLogEntry[]
  writes: RequestLogEntry[]
  warnings: string[]
}

/** One whole publish with `auto-merge` (squash unless overridden), not a draft; its log and requests. */
async function publish(repository: string, overrides: SiteOverrides['pullRequest'] = {}, title?: string): Promise<Run> {
  gh.clearRequests()
  const { result, lines } = await publishPages(
    gh,
    repository,
    pages(title),
    {},
    { pullRequest: { autoMerge: 'squash', draft: false, ...overrides } },
  )
  const requests = [...gh.requests]
  exchanges.push(...gh.exchanges)
  return { result, lines, requests, writes: requests.filter((r) => r.write), warnings: lines.filter((l) => l.startsWith('warning:')) }
}

const sent = (run: Run) =>
  run.requests
    .filter((r) => r.write || r.operationName === 'PullMergeState')
    .map((r) => r.operationName ?? `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`)
const head = (repository: string, ref: string) => gh.git(repository, ['rev-parse', ref]).trim()

describe('a base branch without required checks', () => {
  it('merges the pull request in the same run, naming the head it pushed; a rerun writes nothing', async () => {
    const repo = await newSite()
    const run = await publish(repo)
    expect(run.result).toMatchObject({ operation: 'created', mergeOutcome: 'merged', autoMerge: null })
    const [pull] = gh.pulls(repo)
    expect(pull).toMatchObject({ state: 'closed', merged: true, autoMerge: null })
    // Read the state (CLEAN), then merged at once: no auto-merge mutation to be refused first.
    expect(sent(run).slice(-2)).toEqual(['PullMergeState', `PUT /pulls/${pull.number}/merge`])
    const merge = gh.exchanges.find((e) => e.method === 'PUT')!
    expect(JSON.parse(merge.requestBody)).toEqual({ sha: run.result.headSha, merge_method: 'squash' })
    // One squash commit on main with the sync's pages; the branch was kept (no delete-branch).
    expect(gh.git(repo, ['show', `main:${TARGET}/intro/01.md`])).toBe(page('One, edited'))
    expect(gh.git(repo, ['log', '-1', '--format=%s', 'main']).trim()).toBe(`Sync (#${pull.number})`)
    expect(head(repo, BRANCH)).toBe(run.result.headSha)
    expect(run.warnings).toEqual([])
    expect(run.lines.some((l) => l.includes(`merged pull request #${pull.number} (squash`))).toBe(true)

    const rerun = await publish(repo)
    expect(rerun.result).toMatchObject({ operation: 'none', counts: { added: 0, updated: 0, deleted: 0 } })
    expect(rerun.result.mergeOutcome).toBeUndefined()
    expect(rerun.writes).toEqual([])
    expect(gh.pulls(repo)).toHaveLength(1)
  })

  it('deletes the sync branch after the merge with delete-branch, and the next change opens a new pull request', async () => {
    const repo = await newSite()
    const run = await publish(repo, { deleteBranch: true, autoMerge: 'merge' })
    expect(run.result).toMatchObject({ operation: 'created', mergeOutcome: 'merged', branchDeleted: true })
    expect(gh.git(repo, ['branch', '--list', BRANCH]).trim()).toBe('')
    // A merge commit: parents the old main and the sync commit.
    expect(gh.git(repo, ['rev-parse', 'main^2']).trim()).toBe(run.result.headSha)

    const next = await publish(repo, { deleteBranch: true, autoMerge: 'merge' }, 'One, edited again')
    expect(next.result).toMatchObject({ operation: 'created', mergeOutcome: 'merged', branchDeleted: true })
    expect(gh.pulls(repo).map((p) => p.merged)).toEqual([true, true])
  })

  it('rereads a merge state GitHub is still computing, then merges', async () => {
    const repo = await newSite({ mergeStateUnknownReads: 2 })
    const run = await publish(repo)
    expect(run.result.mergeOutcome).toBe('merged')
    expect(sent(run).filter((s) => s === 'PullMergeState')).toHaveLength(3)
    expect(sent(run)).not.toContain('EnableAutoMerge')
  })

  it('when the state stays UNKNOWN past the rereads, lets auto-merge decide: refused for "no protection rules", so merged', async () => {
    const repo = await newSite({ mergeStateUnknownReads: 50, allowAutoMerge: true })
    const started = Date.now()
    const run = await publish(repo)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(run.result.mergeOutcome).toBe('merged')
    const reads = sent(run).filter((s) => s === 'PullMergeState').length
    expect(reads).toBe(5) // the first read and four rereads (FAST_TIMING), bounded
    expect(sent(run).slice(-2)).toEqual(['EnableAutoMerge', `PUT /pulls/${gh.pulls(repo)[0].number}/merge`])
    expect(run.lines.some((l) => l.includes('Protected branch rules not configured'))).toBe(true)
    expect(run.warnings).toEqual([])
  })

  it('merges an UNSTABLE pull request: only a check that is not required is pending', async () => {
    const repo = await newSite({ protection: { main: { requiredStatusChecks: { contexts: ['build'] } } } })
    // The required check succeeds on whatever head the run pushes; another one stays pending.
    gh.addFault({
      method: 'POST',
      path: '/graphql',
      operationName: 'PullMergeState',
      before: async () => {
        const sha = head(repo, BRANCH)
        await gh.setCommitStatus(repo, sha, { context: 'build', state: 'success' })
        await gh.setCommitStatus(repo, sha, { context: 'preview', state: 'pending' })
      },
    })
    const run = await publish(repo)
    expect(run.result.mergeOutcome).toBe('merged')
    expect(run.lines.some((l) => l.includes('nothing was pending (UNSTABLE)'))).toBe(true)
  })
})

describe('checks or reviews pending', () => {
  it('a required status check not reported yet: auto-merge turned on once, and GitHub merges when the check passes', async () => {
    const repo = await newSite({ allowAutoMerge: true, protection: { main: { requiredStatusChecks: { contexts: ['links'] } } } })
    const run = await publish(repo)
    expect(run.result).toMatchObject({ operation: 'created', mergeOutcome: 'auto-merge-enabled', autoMerge: 'squash' })
    expect(sent(run).slice(-2)).toEqual(['PullMergeState', 'EnableAutoMerge'])
    expect(run.warnings).toEqual([])
    expect(gh.pulls(repo)[0]).toMatchObject({ state: 'open', autoMerge: { mergeMethod: 'SQUASH' } })

    const rerun = await publish(repo)
    expect(rerun.result).toMatchObject({ operation: 'none', mergeOutcome: 'auto-merge-enabled', autoMerge: 'squash' })
    expect(rerun.writes).toEqual([])
    expect(sent(rerun)).toEqual([])

    await gh.setCommitStatus(repo, run.result.headSha!, { context: 'links', state: 'success' })
    expect(gh.pulls(repo)[0]).toMatchObject({ state: 'closed', merged: true })
  })

  it('a required review where auto-merge is not allowed: left open with one warning saying why, and the run succeeds', async () => {
    const repo = await newSite({ protection: { main: { requiredApprovingReviews: { count: 1 } } } })
    const run = await publish(repo)
    expect(run.result).toMatchObject({ operation: 'created', mergeOutcome: 'left-open', autoMerge: null })
    expect(gh.pulls(repo)[0]).toMatchObject({ state: 'open', merged: false })
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain(`pull request #${gh.pulls(repo)[0].number} left open (auto-merge: squash)`)
    expect(run.warnings[0]).toContain('GitHub: BLOCKED, an approving review is required')
    expect(run.warnings[0]).toContain('Auto merge is not allowed for this repository (turn on "Allow auto-merge"')
    // Never a merge GitHub would refuse.
    expect(sent(run)).not.toContain(`PUT /pulls/${gh.pulls(repo)[0].number}/merge`)
  })

  it('a required review where auto-merge is allowed: turned on, and GitHub merges once someone approves', async () => {
    const repo = await newSite({ allowAutoMerge: true, protection: { main: { requiredApprovingReviews: { count: 1 } } } })
    const run = await publish(repo)
    expect(run.result.mergeOutcome).toBe('auto-merge-enabled')
    expect(run.lines.some((l) => l.includes('once it has the approving reviews it needs'))).toBe(true)
    await gh.addReview(repo, gh.pulls(repo)[0].number, { user: 'site-maintainer', state: 'APPROVED' })
    expect(gh.pulls(repo)[0].merged).toBe(true)
  })
})

describe('a merge GitHub refuses leaves the pull request open with one warning', () => {
  it('a method the repository does not allow (405)', async () => {
    const repo = await newSite({ mergeMethods: ['merge'] })
    const run = await publish(repo)
    expect(run.result).toMatchObject({ operation: 'created', mergeOutcome: 'left-open' })
    expect(run.warnings).toEqual([
      `warning: pull request #${gh.pulls(repo)[0].number} left open (auto-merge: squash): GitHub refused to merge it (405 Squash merges are not allowed on this repository.)`,
    ])
    expect(gh.pulls(repo)[0].state).toBe('open')
  })

  it('a commit pushed to the sync branch between the read and the merge is not merged (409)', async () => {
    const repo = await newSite()
    gh.addFault({
      method: 'PUT',
      path: /\/merge$/,
      before: async () => {
        await gh.pushCommit(repo, BRANCH, { 'extra.md': 'someone else\n' }, 'A commit the sync did not check')
      },
    })
    const run = await publish(repo)
    expect(run.result.mergeOutcome).toBe('left-open')
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain('GitHub refused to merge it (409 Head branch was modified. Review and try the merge again.)')
    expect(gh.pulls(repo)[0]).toMatchObject({ state: 'open', merged: false })
    expect(gh.git(repo, ['ls-tree', '--name-only', 'main'])).not.toContain('extra.md')
  })

  it('a draft: auto-merge cannot wait on a branch without protection, and a draft is not merged', async () => {
    const repo = await newSite({ allowAutoMerge: true })
    const run = await publish(repo, { draft: true })
    expect(run.result).toMatchObject({ mergeOutcome: 'left-open', draft: true })
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain(
      '(GitHub: DRAFT), and auto-merge could not be turned on: Pull request Protected branch rules not configured',
    )
    expect(gh.pulls(repo)[0].state).toBe('open')
  })
})

it("every request of these runs keeps GitHub's published contract", () => {
  const ours = exchanges.filter((e) => e.requestHeaders['user-agent']?.startsWith('learning-path-sync'))
  const report = checkExchanges(ours)
  expect(report.operations).toContain('pulls/merge')
  expect(report.graphqlOperations).toContain('PullMergeState')
  expect([...report.graphql, ...report.requests, ...report.answers]).toEqual([])
})
