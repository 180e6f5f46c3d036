// The sync branch moves only from the head the guard checked (GraphQL updateRefs with
// beforeOid), and only the sync's own commits count as its own. A commit pushed between the
// guard's read and the sync's write is pushed here by a hook of the local GitHub, as the write's
// request arrives: it survives, and the run reads the branch again and decides again, or stops
// with the ownership message. Commits that keep the sync's lines but not what only its write
// makes (an amend, a copied message) are someone else's.
import { beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import { connectionTo, testContext } from '../support/run-context.js'
import { UPDATE_REFS_PREVIEW } from '../../src/github/git-database.js'
import { ForeignCommitError } from '../../src/publish/sync-branch-guard.js'
import type { FakeGitHub, FakeIdentity } from '../fake-github/index.js'
import { startLostReplyProxy } from '../support/lost-reply-proxy.js'
import { createSiteRepository, generatedPage as page, localGitHubPerFile, publishPages, BRANCH, TARGET } from '../support/github-site.js'

const JANE: FakeIdentity = { name: 'Jane Maintainer', email: 'jane@example.org' }
const FIX = 'Fix the wording by hand'
const SOURCE = { repository: 'Org/LP', ref: 'main', commit: 'a'.repeat(40) }

const local = localGitHubPerFile()
let gh: FakeGitHub
let repoCount = 0
beforeAll(() => {
  gh = local.server()
})

const first = new Map([
  ['intro/01.md', page('One, edited')],
  ['intro/02.md', page('Two')],
])
const second = new Map([
  ['intro/01.md', page('One, edited again')],
  ['intro/02.md', page('Two')],
])

/** A site whose sync pull request (#1) is open with the first pages. */
async function openedSite(): Promise<string> {
  const repo = await createSiteRepository(gh, `race/site-${++repoCount}`)
  const { result } = await publishPages(gh, repo, first, { source: SOURCE })
  expect(result.operation).toBe('created')
  return repo
}

const head = (repo: string) => gh.git(repo, ['rev-parse', `refs/heads/${BRANCH}`]).trim()
/** A maintainer's commit on top of the sync branch, pushed as a push would land. */
const pushFix = (repo: string) =>
  gh.pushCommit(repo, BRANCH, { [`${TARGET}/intro/02.md`]: 'Fixed by hand.\n' }, FIX, { author: JANE, committer: JANE })
/** Another run's sync commit (one identity, the trailer of earlier versions), pushed over the branch's head. */
const pushOtherRun = (repo: string, n: number) =>
  gh.pushCommit(
    repo,
    BRANCH,
    { [`${TARGET}/intro/03.md`]: page(`Other run ${n}`) },
    `Other run ${n}\n\nLearning-Path-Sync: Org/LP@${'b'.repeat(40)}`,
  )
const updateRefs = () => gh.exchanges.filter((e) => e.path === '/graphql' && e.requestBody.includes('mutation UpdateRefs'))
const refused = () => updateRefs().filter((e) => (JSON.parse(e.responseBody) as { errors?: unknown[] }).errors !== undefined)

describe('moving the sync branch from the head that was checked', () => {
  it("a maintainer's commit pushed between the guard's read and the sync's write survives; the run stops with the ownership message", async () => {
    const repo = await openedSite()
    const pull = gh.pulls(repo)[0]
    let fix = ''
    // As the sync writes its commit object, after the guard read the branch head (with the pull request list).
    gh.addFault({ method: 'POST', path: `/repos/${repo}/git/commits`, before: async () => void (fix = await pushFix(repo)) })
    gh.clearRequests()
    const run = publishPages(gh, repo, second, { source: SOURCE, title: 'A title the sync would set' })
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ForeignCommitError)
    expect((error as Error).message).toBe(
      `the branch '${BRANCH}' of ${repo} holds commit ${fix.slice(0, 7)} by Jane Maintainer <jane@example.org> ("${FIX}"), ` +
        `which learning-path-sync did not make (pull request #1 https://github.com/${repo}/pull/1): refusing to overwrite it. ` +
        'Merge or close pull request #1 and delete the branch (the next sync opens a new one), or set force-branch: true to replace the branch.',
    )
    expect(head(repo)).toBe(fix)
    // One compare-and-swap, refused by GitHub (the head had moved); then the branch was read again.
    expect(updateRefs()).toHaveLength(1)
    expect(refused()).toHaveLength(1)
    expect(JSON.parse(updateRefs()[0].requestBody).variables.refUpdates).toEqual([
      {
        name: `refs/heads/${BRANCH}`,
        beforeOid: gh.git(repo, ['rev-parse', `${fix}^`]).trim(),
        afterOid: expect.stringMatching(/^[0-9a-f]{40}$/),
        force: true,
      },
    ])
    expect(updateRefs()[0].requestHeaders.accept).toBe(UPDATE_REFS_PREVIEW)
    expect(gh.pulls(repo)[0]).toEqual(pull)
    expect(gh.pulls(repo)[0].title).toBe('Sync')
  })

  it("another run's sync commit lands in between: the run reads again, decides again and moves the branch from it", async () => {
    const repo = await openedSite()
    let other = ''
    gh.addFault({
      method: 'POST',
      path: '/graphql',
      operationName: 'UpdateRefs',
      before: async () => void (other = await pushOtherRun(repo, 1)),
    })
    gh.clearRequests()
    const { result } = await publishPages(gh, repo, second, { source: SOURCE })
    expect(result).toMatchObject({ operation: 'updated', pullRequestNumber: 1 })
    expect(head(repo)).toBe(result.headSha)
    expect(head(repo)).not.toBe(other)
    expect(gh.git(repo, ['rev-parse', `${BRANCH}^`]).trim()).toBe(gh.git(repo, ['rev-parse', 'main']).trim())
    expect(gh.git(repo, ['show', `${BRANCH}:${TARGET}/intro/01.md`])).toBe(page('One, edited again'))
    // Refused once (from the old head), then from the other run's commit.
    expect(updateRefs().map((e) => JSON.parse(e.requestBody).variables.refUpdates[0].beforeOid)).toEqual([
      gh.git(repo, ['rev-parse', `${other}^`]).trim(),
      other,
    ])
    expect(refused()).toHaveLength(1)
  })

  it('a move carried out whose answer was lost: the retry is refused, the branch read again holds the commit wanted, no second move', async () => {
    const repo = await openedSite()
    const proxy = await startLostReplyProxy(gh.url)
    try {
      proxy.lose({ method: 'POST', path: /^\/graphql$/, body: /mutation UpdateRefs/ })
      gh.clearRequests()
      const { result } = await publishPages(gh, repo, second, { source: SOURCE }, { apiUrl: proxy.url })
      expect(proxy.swallowed).toEqual(['POST /graphql 200'])
      expect(result).toMatchObject({ operation: 'updated', headSha: head(repo) })
      expect(gh.git(repo, ['rev-parse', `${BRANCH}^`]).trim()).toBe(gh.git(repo, ['rev-parse', 'main']).trim())
      expect(updateRefs()).toHaveLength(2)
      expect(refused()).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })

  it('a head that moves on every try: two more reads and decisions, then the ownership message; the last commit stays', async () => {
    const repo = await openedSite()
    let n = 0
    let last = ''
    gh.addFault({
      method: 'POST',
      path: '/graphql',
      operationName: 'UpdateRefs',
      times: 3,
      before: async () => void (last = await pushOtherRun(repo, ++n)),
    })
    gh.clearRequests()
    const error = await publishPages(gh, repo, second, { source: SOURCE }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ForeignCommitError)
    expect((error as Error).message).toBe(
      `the branch '${BRANCH}' of ${repo} holds commit ${last.slice(0, 7)} by Fake GitHub <fake-github@users.noreply.github.com> ("Other run 3") ` +
        `(pull request #1 https://github.com/${repo}/pull/1), and it moved each of the 3 times this run was about to replace it: refusing to overwrite it. ` +
        'Merge or close pull request #1 and delete the branch (the next sync opens a new one), or set force-branch: true to replace the branch.',
    )
    expect(updateRefs()).toHaveLength(3)
    expect(refused()).toHaveLength(3)
    expect(head(repo)).toBe(last)
  })

  it('closing an empty pull request: a commit pushed as it closes reopens it, and the run stops with the ownership message', async () => {
    const repo = await openedSite()
    // The site merges the sync's pages by itself: nothing is left to change.
    gh.git(repo, ['update-ref', 'refs/heads/main', head(repo)])
    let fix = ''
    gh.addFault({ method: 'PATCH', path: `/repos/${repo}/pulls/1`, before: async () => void (fix = await pushFix(repo)) })
    const error = await publishPages(gh, repo, first, { source: SOURCE }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ForeignCommitError)
    expect((error as Error).message).toContain(`holds commit ${fix.slice(0, 7)} by Jane Maintainer <jane@example.org> ("${FIX}")`)
    expect((error as Error).message).toContain('refusing to close the pull request over it')
    expect(gh.pulls(repo)[0]).toMatchObject({ state: 'open', comments: [] })
    expect(head(repo)).toBe(fix)
  })

  it('deleting the branch of a closed pull request: a commit pushed as it deletes keeps the branch, with a warning', async () => {
    const repo = await openedSite()
    gh.git(repo, ['update-ref', 'refs/heads/main', head(repo)])
    let fix = ''
    gh.addFault({ method: 'POST', path: '/graphql', operationName: 'UpdateRefs', before: async () => void (fix = await pushFix(repo)) })
    const { result, lines } = await publishPages(gh, repo, first, { source: SOURCE }, { pullRequest: { deleteBranch: true } })
    expect(result).toMatchObject({ operation: 'closed', branchDeleted: false })
    expect(lines).toContain(
      `warning: the sync branch '${BRANCH}' was not deleted: it moved to ${fix.slice(0, 7)} after this run checked it`,
    )
    expect(head(repo)).toBe(fix)
    // Without a race it goes: the deletion is the same compare-and-swap, to the zero SHA.
    const again = await openedSite()
    gh.git(again, ['update-ref', 'refs/heads/main', head(again)])
    gh.clearRequests()
    const clean = await publishPages(gh, again, first, { source: SOURCE }, { pullRequest: { deleteBranch: true } })
    expect(clean.result).toMatchObject({ operation: 'closed', branchDeleted: true })
    expect(gh.git(again, ['for-each-ref', '--format=%(refname)', 'refs/heads/']).trim()).toBe('refs/heads/main')
    expect(JSON.parse(updateRefs()[0].requestBody).variables.refUpdates[0].afterOid).toBe('0'.repeat(40))
  })
})

describe("what only the sync's write makes", () => {
  const client = () => createGitHubClient(testContext(connectionTo(gh)), 'write')

  /**
   * `git commit --amend` of the branch head, through the API: the same parent, author and
   * message (plus `addendum`), the maintainer as committer, and the tree with `files` changed.
   */
  async function amend(repo: string, files: Record<string, string>, addendum = ''): Promise<string> {
    const api = client()
    const [owner, name] = repo.split('/')
    const commit = (await api.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner, repo: name, commit_sha: head(repo) }))
      .data
    const tree = Object.keys(files).length
      ? (
          await api.request('POST /repos/{owner}/{repo}/git/trees', {
            owner,
            repo: name,
            base_tree: commit.tree.sha,
            tree: Object.entries(files).map(([path, content]) => ({
              path: `${TARGET}/${path}`,
              mode: '100644' as const,
              type: 'blob' as const,
              content,
            })),
          })
        ).data.sha
      : commit.tree.sha
    const amended = await api.request('POST /repos/{owner}/{repo}/git/commits', {
      owner,
      repo: name,
      message: `${commit.message}${addendum}`,
      tree,
      parents: commit.parents.map((p) => p.sha),
      author: commit.author,
      committer: { ...JANE, date: '2030-01-01T00:00:00Z' },
    })
    const ref = `heads/${BRANCH}`
    await api.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo: name, ref, sha: amended.data.sha, force: true })
    return amended.data.sha
  }

  async function expectRefused(repo: string, kept: string, committedBy: boolean): Promise<void> {
    const error = await publishPages(gh, repo, second, { source: SOURCE }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ForeignCommitError)
    expect((error as Error).message).toContain(`holds commit ${kept.slice(0, 7)} by `)
    expect((error as Error).message).toContain(
      committedBy ? ', committed by Jane Maintainer <jane@example.org> (' : 'by Jane Maintainer <jane@example.org> (',
    )
    expect((error as Error).message).toContain('which learning-path-sync did not make')
    expect(head(repo)).toBe(kept)
  }

  it("an amended message (the same tree) is the maintainer's: a rerun leaves it", async () => {
    const repo = await openedSite()
    const amended = await amend(repo, {}, '\nSigned-off-by: Jane Maintainer <jane@example.org>')
    await expectRefused(repo, amended, true)
  })

  it('amended content, the message and its lines kept: a rerun leaves it', async () => {
    const repo = await openedSite()
    const amended = await amend(repo, { 'intro/02.md': 'Fixed by hand.\n' })
    await expectRefused(repo, amended, true)
  })

  it("a maintainer's commit that copies the sync's message, lines and all (a forged trailer): a rerun leaves it", async () => {
    const repo = await openedSite()
    const message = gh.git(repo, ['log', '-1', '--format=%B', BRANCH])
    expect(message).toMatch(/\nLearning-Path-Sync-Tree: [0-9a-f]{40}\n/)
    const forged = await gh.pushCommit(repo, BRANCH, { [`${TARGET}/intro/02.md`]: 'Fixed by hand.\n' }, message, {
      author: JANE,
      committer: JANE,
    })
    await expectRefused(repo, forged, false)
  })

  it('a sync commit of an earlier version (no tree line, nobody rewrote it) is still replaced', async () => {
    const repo = await createSiteRepository(gh, `race/site-${++repoCount}`)
    const legacy = await gh.pushCommit(
      repo,
      BRANCH,
      { [`${TARGET}/intro/01.md`]: page('Old') },
      `Update pages\n\nLearning-Path-Sync: Org/LP@${'c'.repeat(40)}`,
    )
    const { result } = await publishPages(gh, repo, second, { source: SOURCE })
    expect(result.operation).toBe('created')
    expect(head(repo)).not.toBe(legacy)
    expect(gh.git(repo, ['rev-parse', `${BRANCH}^`]).trim()).toBe(gh.git(repo, ['rev-parse', 'main']).trim())
  })
})
