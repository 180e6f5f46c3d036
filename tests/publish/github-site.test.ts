// GitHubSite on its own, with small synthetic pages (no rendering): transient faults survived
// without duplicates, a publish that fails midway completed by a rerun, two syncs at once.
import { beforeAll, describe, expect, it } from 'vitest'
import { ConditionalCache } from '../../src/github/conditional-requests.js'
import type { PublishResult } from '../../src/publish/site.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { createSiteRepository, generatedPage as page, localGitHubPerFile, publishPages, BRANCH, TARGET } from '../support/github-site.js'

const local = localGitHubPerFile()
let gh: FakeGitHub
let repoCount = 0
beforeAll(() => {
  gh = local.server()
})

/** A fresh website repository with two generated pages and a hand-written landing page. */
const newSite = () => createSiteRepository(gh, `example/site-${++repoCount}`)

const desired = new Map([
  ['intro/01.md', page('One, edited')],
  ['intro/03.md', page('Three')],
])

/** One whole publish: load, plan, publish. */
async function publish(repository: string, pages = desired, complete = true, cache?: ConditionalCache): Promise<PublishResult> {
  return (await publishPages(gh, repository, pages, { complete }, { conditionalCache: cache })).result
}

/** The branch's content under the target: what a reviewer sees. */
function branchPages(repository: string): Record<string, string> {
  const names = gh.git(repository, ['ls-tree', '-r', '--name-only', BRANCH, TARGET]).trim().split('\n')
  return Object.fromEntries(names.map((n) => [n.slice(TARGET.length + 1), gh.git(repository, ['show', `${BRANCH}:${n}`])]))
}

const EXPECTED_PAGES = {
  '_index.md': '---\ntitle: Learning Path\n---\nhand-written',
  'intro/01.md': page('One, edited'),
  'intro/03.md': page('Three'),
}

function expectOneCompleteResult(repository: string) {
  expect(gh.pulls(repository).filter((p) => p.state === 'open')).toHaveLength(1)
  expect(gh.pulls(repository)).toHaveLength(1)
  expect(branchPages(repository)).toEqual(EXPECTED_PAGES)
  expect(gh.git(repository, ['rev-list', '--count', `main..${BRANCH}`]).trim()).toBe('1')
  expect(gh.git(repository, ['rev-parse', 'main']).trim()).toBe(gh.git(repository, ['rev-parse', `${BRANCH}^`]).trim())
}

describe('GitHubSite', () => {
  it('opens a draft pull request with labels and reviewers, deleting a page with sha: null', async () => {
    const repo = await newSite()
    const result = await publish(repo)
    expect(result).toMatchObject({ operation: 'created', counts: { added: 1, updated: 1, deleted: 1, unchanged: 0, protected: 0 } })
    expect(result.changedFiles).toEqual([`${TARGET}/intro/01.md`, `${TARGET}/intro/02.md`, `${TARGET}/intro/03.md`])
    expect(gh.pulls(repo)[0]).toMatchObject({
      draft: true,
      labels: ['automated'],
      requestedReviewers: ['reviewer-a'],
      title: 'Sync',
      body: 'body',
    })
    expectOneCompleteResult(repo)
  })

  it('survives transient faults on every step, without a duplicate commit, branch or pull request', async () => {
    const repo = await newSite()
    const base = `/repos/${repo}`
    // The site's one read (repository, base, tree, pull requests): a 502, then a dropped connection.
    gh.addFault({ method: 'POST', path: '/graphql', operationName: 'SiteState', status: 502 })
    gh.addFault({ method: 'POST', path: '/graphql', operationName: 'SiteState', drop: true })
    gh.addFault({ method: 'POST', path: `${base}/git/trees`, status: 429, retryAfter: 1 })
    gh.addFault({ method: 'POST', path: `${base}/git/commits`, status: 502 })
    gh.addFault({ method: 'POST', path: `${base}/git/refs`, status: 500 })
    gh.addFault({ method: 'POST', path: `${base}/pulls`, drop: true })
    gh.addFault({ method: 'POST', path: `${base}/issues/1/labels`, status: 502 })
    gh.clearRequests()
    const result = await publish(repo)
    expect(result.operation).toBe('created')
    expectOneCompleteResult(repo)
    const faulted = gh.requests.filter((r) => r.fault)
    expect(faulted).toHaveLength(7)
    // Commits reachable from any ref: the base's one and ours; no stray branch.
    expect(gh.git(repo, ['for-each-ref', '--format=%(refname)']).trim().split('\n').sort()).toEqual([
      'refs/heads/learning-path-sync',
      'refs/heads/main',
    ])
  })

  it('a publish that fails midway leaves the base untouched, and a rerun completes it without a second commit', async () => {
    const repo = await newSite()
    const baseHead = gh.git(repo, ['rev-parse', 'main']).trim()
    gh.addFault({ method: 'POST', path: `/repos/${repo}/pulls`, status: 500, times: 100 })
    await expect(publish(repo)).rejects.toThrow(/500/)
    expect(gh.git(repo, ['rev-parse', 'main']).trim()).toBe(baseHead)
    expect(gh.pulls(repo)).toEqual([])
    const pushed = gh.git(repo, ['rev-parse', BRANCH]).trim()

    gh.clearFaults()
    gh.clearRequests()
    const result = await publish(repo)
    expect(result.operation).toBe('created')
    expectOneCompleteResult(repo)
    // The branch the failed run pushed already held the result: kept, not force-updated.
    expect(result.headSha).toBe(pushed)
    expect(gh.requests.some((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'))).toBe(false)
  })

  it('two syncs at once: one pull request, and the branch holds one complete result', async () => {
    const repo = await newSite()
    const results = await Promise.all([publish(repo), publish(repo)])
    expect(results.map((r) => r.operation).sort()).toEqual(['created', 'none'])
    expect(new Set(results.map((r) => r.pullRequestNumber)).size).toBe(1)
    expectOneCompleteResult(repo)
  })

  it('labels GitHub refuses: the pull request still opens, and a rerun with nothing new reports none, not updated', async () => {
    const repo = await newSite()
    gh.addFault({ method: 'POST', path: `/repos/${repo}/issues/1/labels`, status: 422, times: 100 })
    expect((await publish(repo)).operation).toBe('created')
    const again = await publish(repo)
    expect(again.operation).toBe('none')
    expect(gh.pulls(repo)[0].labels).toEqual([])
  })

  it('a rerun with nothing new sends reads only', async () => {
    const repo = await newSite()
    await publish(repo)
    gh.clearRequests()
    const again = await publish(repo)
    expect(again.operation).toBe('none')
    expect(gh.requests.filter((r) => r.write)).toEqual([])
  })

  it("a rerun that keeps the first run's answers rereads conditionally: nothing new costs no rate limit", async () => {
    const repo = await newSite()
    const cache = new ConditionalCache()
    await publish(repo, desired, true, cache)
    // Once more, so the pull request list and the branch head it names are kept as they now are.
    await publish(repo, desired, true, cache)
    gh.clearRequests()
    const again = await publish(repo, desired, true, cache)
    expect(again.operation).toBe('none')
    const reads = gh.exchanges.filter((e) => e.method === 'GET')
    // The site's state (repository, base, tree, previous sync, pull request, its head commit) is
    // one GraphQL query; over REST only the two pages the plan reads (the changed one and the
    // deleted one, for their marker), both answered 304.
    expect(gh.requests.filter((r) => r.path === '/graphql').map((r) => r.operationName)).toEqual(['SiteState'])
    expect(reads.map((e) => e.path.slice(`/repos/${repo}`.length).replace(/[0-9a-f]{40}/, 'SHA')).sort()).toEqual([
      '/git/blobs/SHA',
      '/git/blobs/SHA',
    ])
    expect(reads.map((e) => [e.status, e.requestHeaders['if-none-match'] !== undefined])).toEqual(Array(2).fill([304, true]))
    const used = reads.map((e) => e.responseHeaders['x-ratelimit-used'])
    expect(new Set(used).size).toBe(1)
  })

  it('an empty plan closes the open pull request only when the run covered every page', async () => {
    const repo = await newSite()
    const opened = await publish(repo)
    expect(opened.operation).toBe('created')
    // What the base already holds: nothing to change, as after a run limited to some languages.
    const asOnBase = new Map([
      ['intro/01.md', page('One')],
      ['intro/02.md', page('Two')],
    ])
    gh.clearRequests()
    const partial = await publish(repo, asOnBase, false)
    expect(partial).toMatchObject({ operation: 'none', pullRequestNumber: opened.pullRequestNumber })
    expect(gh.requests.filter((r) => r.write)).toEqual([])
    expect(gh.pulls(repo)[0].state).toBe('open')
    const whole = await publish(repo, asOnBase, true)
    expect(whole.operation).toBe('closed')
    expect(gh.pulls(repo)[0].state).toBe('closed')
  })
})
