// A sync pull request closed by hand without merging is not opened again, run after run, for
// the same sources and the same pages: the run says so (log, result) and writes nothing, at
// the cost of one read; new sources or other pages open a new one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import { connectionTo, testContext } from '../support/run-context.js'
import { planChanges, type ChangePlan } from '../../src/plan/plan-changes.js'
import { pagesDigest, proposedTheSame } from '../../src/publish/declined-pull.js'
import { markSyncCommit, type BranchCommit } from '../../src/publish/sync-branch-guard.js'
import { syncTrailer } from '../../src/shared/sync-trailer.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { pagesFromFiles } from '../support/pages.js'
import { createSiteRepository, generatedPage as page, publishPages } from '../support/github-site.js'

const SOURCE = { repository: 'Org/LP', ref: 'main', commit: 'a'.repeat(40) }
const NEXT_SOURCE = { ...SOURCE, commit: 'b'.repeat(40) }
const pages = new Map([
  ['intro/01.md', page('One, edited')],
  ['intro/02.md', page('Two')],
])

let gh: FakeGitHub
beforeAll(async () => {
  gh = await startFakeGitHub()
})
afterAll(async () => {
  await gh?.close()
})

/** A maintainer closes the pull request on GitHub without merging it. */
async function closeByHand(repo: string, number: number): Promise<void> {
  const client = createGitHubClient(testContext(connectionTo(gh)), 'write')
  const [owner, name] = repo.split('/')
  await client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo: name, pull_number: number, state: 'closed' })
}

describe('a sync pull request closed without merging', () => {
  it('is not opened again for the same sources and pages (two more runs: none, nothing written); new sources open a new one', async () => {
    const repo = await createSiteRepository(gh, 'declined/site')
    const opened = await publishPages(gh, repo, pages, { source: SOURCE })
    expect(opened.result).toMatchObject({ operation: 'created', pullRequestNumber: 1 })
    await closeByHand(repo, 1)

    for (let run = 2; run <= 3; run++) {
      gh.clearRequests()
      const { result, lines } = await publishPages(gh, repo, pages, { source: SOURCE })
      expect(result.operation).toBe('none')
      expect(result.declinedPull).toEqual({ number: 1, url: `https://github.com/${repo}/pull/1` })
      expect(result.pullRequestNumber).toBeUndefined()
      expect(lines).toContain(
        `pull request #1 (https://github.com/${repo}/pull/1) proposed these same pages from the same sources and was closed without merging: ` +
          'not opened again until the sources change (reopen it to bring it back)',
      )
      expect(gh.requests.filter((r) => r.write)).toEqual([])
      // The check costs no read: the closed pull request's head commit (what it proposed) is the
      // sync branch's head, which came with the site's one query.
      expect(gh.requests.filter((r) => r.path.includes('/git/commits/'))).toEqual([])
      expect(gh.requests.filter((r) => r.path === '/graphql').map((r) => r.operationName)).toEqual(['SiteState'])
      expect(gh.pulls(repo).map((p) => [p.number, p.state])).toEqual([[1, 'closed']])
    }

    // Other pages from the same sources: a new pull request.
    const edited = new Map([...pages, ['intro/03.md', page('Three')]])
    const other = await publishPages(gh, repo, edited, { source: SOURCE })
    expect(other.result).toMatchObject({ operation: 'created', pullRequestNumber: 2 })
    await closeByHand(repo, 2)
    // The same pages, but the sources moved on: a new pull request too.
    const moved = await publishPages(gh, repo, edited, { source: NEXT_SOURCE })
    expect(moved.result).toMatchObject({ operation: 'created', pullRequestNumber: 3 })
    expect(gh.pulls(repo).map((p) => [p.number, p.state])).toEqual([
      [1, 'closed'],
      [2, 'closed'],
      [3, 'open'],
    ])
  })

  it('reopened by hand, it is the open sync pull request again and is updated as usual', async () => {
    const repo = await createSiteRepository(gh, 'declined/reopened')
    await publishPages(gh, repo, pages, { source: SOURCE })
    await closeByHand(repo, 1)
    expect((await publishPages(gh, repo, pages, { source: SOURCE })).result.operation).toBe('none')
    const client = createGitHubClient(testContext(connectionTo(gh)), 'write')
    await client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: 'declined',
      repo: 'reopened',
      pull_number: 1,
      state: 'open',
    })
    const { result } = await publishPages(gh, repo, pages, { source: SOURCE, title: 'Retitled' })
    expect(result).toMatchObject({ operation: 'updated', pullRequestNumber: 1 })
    expect(result.declinedPull).toBeUndefined()
  })
})

describe('what the closed pull request proposed', () => {
  const plan = (files: Record<string, string>): Promise<ChangePlan> =>
    planChanges(pagesFromFiles(new Map(Object.entries(files))), new Map(), { readCurrent: () => Promise.reject(new Error('none')) })
  const head = (message: string): BranchCommit => ({
    sha: 's',
    treeSha: 't',
    parents: ['p'],
    message,
    author: { name: 'bot', email: 'b' },
    committer: { name: 'bot', email: 'b' },
  })

  it('the digest depends on the page changes only, in any order', async () => {
    const a = await plan({ 'x/01.md': page('A'), 'x/02.md': page('B') })
    const b = await plan({ 'x/02.md': page('B'), 'x/01.md': page('A') })
    const c = await plan({ 'x/01.md': page('A'), 'x/02.md': page('C') })
    expect(pagesDigest(a)).toBe(pagesDigest(b))
    expect(pagesDigest(a)).not.toBe(pagesDigest(c))
    expect(pagesDigest(a)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('the same only when the source commit and the pages digest it recorded are these', () => {
    const digest = 'd'.repeat(64)
    const message = markSyncCommit(`Sync\n\n${syncTrailer(SOURCE)}`, { treeSha: 't', pages: digest })
    expect(proposedTheSame(head(message), SOURCE, digest)).toBe(true)
    expect(proposedTheSame(head(message), { ...SOURCE, repository: 'org/lp' }, digest)).toBe(true)
    expect(proposedTheSame(head(message), NEXT_SOURCE, digest)).toBe(false)
    expect(proposedTheSame(head(message), SOURCE, 'e'.repeat(64))).toBe(false)
    expect(proposedTheSame(head(message), undefined, digest)).toBe(false)
    // A head without the pages line (a commit of an earlier version, or someone else's): not the same.
    expect(proposedTheSame(head(`Sync\n\n${syncTrailer(SOURCE)}`), SOURCE, digest)).toBe(false)
    // Sources named by a ref only (no commit known): the pages decide.
    const byRef = { repository: 'Org/LP', ref: 'main' }
    expect(proposedTheSame(head(markSyncCommit(`Sync\n\n${syncTrailer(byRef)}`, { treeSha: 't', pages: digest })), byRef, digest)).toBe(
      true,
    )
  })
})
