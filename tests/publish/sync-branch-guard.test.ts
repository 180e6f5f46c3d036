// The sync branch is rebuilt (force-pushed) on every run. Someone else's commit on it (a
// maintainer's fix pushed to the sync pull request, or an unrelated branch of that name) must
// stop the run with a message naming the commit, its author and the pull request, and leave
// the branch and the pull request as they are, unless force-branch says otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import { connectionTo, testContext } from '../support/run-context.js'
import { isSyncCommit, markSyncCommit, type BranchCommit } from '../../src/publish/sync-branch-guard.js'
import { UserError } from '../../src/shared/user-error.js'
import { flagNamer } from '../../src/commands/args.js'
import { OPTION_TABLE } from '../../src/shared/option-table.js'
import { runAction } from '../support/run-action.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus, historyIndex } from '../support/corpus.js'
import { acceptedWrites, LIGHT, repoState } from '../support/reliability.js'
import {
  BRANCH,
  runFailing as syncFailing,
  runLogged as syncLogged,
  seedSite,
  startSiteGitHub,
  syncOptions,
  NO_CREDIT,
  TARGET,
} from '../support/sync.js'

const HUMAN = { name: 'Jane Maintainer', email: 'jane@example.org', date: '2024-05-01T10:00:00Z' }
const SUBJECT = 'Fix the wording of the introduction'

let gh: FakeGitHub

/** A commit by a person, through the API as a push would land: on `branch` (created from main when missing). */
async function pushAsHuman(repo: string, branch: string): Promise<string> {
  const client = createGitHubClient(testContext(connectionTo(gh)), 'write')
  const [owner, name] = repo.split('/')
  const readRef = (ref: string) => client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo: name, ref })
  const existing = await readRef(`heads/${branch}`).catch(() => undefined)
  const parent = existing?.data.object.sha ?? (await readRef('heads/main')).data.object.sha
  const parentCommit = await client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner, repo: name, commit_sha: parent })
  const tree = await client.request('POST /repos/{owner}/{repo}/git/trees', {
    owner,
    repo: name,
    base_tree: parentCommit.data.tree.sha,
    tree: [{ path: `${TARGET}/introduction/01.md`, mode: '100644', type: 'blob', content: 'Fixed by hand.\n' }],
  })
  const commit = await client.request('POST /repos/{owner}/{repo}/git/commits', {
    owner,
    repo: name,
    message: `${SUBJECT}\n\nThe sources get the same fix next.`,
    tree: tree.data.sha,
    parents: [parent],
    author: HUMAN,
    committer: HUMAN,
  })
  const sha = commit.data.sha
  if (existing) await client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo: name, ref: `heads/${branch}`, sha })
  else await client.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo: name, ref: `refs/heads/${branch}`, sha })
  return commit.data.sha
}

const branchHead = (repo: string) => gh.git(repo, ['rev-parse', `refs/heads/${BRANCH}`]).trim()
const refAndPullWrites = (requests: Parameters<typeof acceptedWrites>[0]) =>
  acceptedWrites(requests).filter((r) => /\/git\/refs|\/pulls|\/issues/.test(r.path))

describeCorpus("someone else's commit on the sync branch", () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('pushed to the open sync pull request: the rerun fails naming commit, author and pull request; branch and pull request unchanged', async () => {
    const repo = 'guard/open-pull'
    await seedSite(gh, repo)
    const first = await syncLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, NO_CREDIT))
    expect(first.result.operation).toBe('created')
    const human = await pushAsHuman(repo, BRANCH)
    const before = { state: repoState(gh, repo), pull: gh.pulls(repo)[0] }

    const { error, requests } = await syncFailing(
      gh,
      syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, NO_CREDIT, { pullRequest: { title: 'A new title the sync would set' } }),
    )
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toBe(
      `the branch '${BRANCH}' of ${repo} holds commit ${human.slice(0, 7)} by Jane Maintainer <jane@example.org> ("${SUBJECT}"), ` +
        `which learning-path-sync did not make (pull request #${first.result.pullRequestNumber} ${first.result.pullRequestUrl}): refusing to overwrite it. ` +
        `Merge or close pull request #${first.result.pullRequestNumber} and delete the branch (the next sync opens a new one), ` +
        'or set force-branch: true to replace the branch.',
    )
    expect(acceptedWrites(requests)).toEqual([])
    expect(branchHead(repo)).toBe(human)
    expect(repoState(gh, repo)).toEqual(before.state)
    expect(gh.pulls(repo)[0]).toEqual(before.pull)
  })

  it('with force-branch: the branch is rebuilt on the base, a warning names the commit it replaced', async () => {
    const repo = 'guard/forced'
    await seedSite(gh, repo)
    await syncLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, NO_CREDIT))
    const human = await pushAsHuman(repo, BRANCH)

    const { result, lines } = await syncLogged(
      gh,
      syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, NO_CREDIT, { policy: { forceBranch: true } }),
    )
    expect(result.operation).toBe('updated')
    expect(branchHead(repo)).not.toBe(human)
    expect(repoState(gh, repo)).toMatchObject({ commitsAhead: 1, onMain: true })
    expect(lines).toContain(
      `warning: force-branch: the branch '${BRANCH}' of ${repo} holds commit ${human.slice(0, 7)} by Jane Maintainer <jane@example.org> ("${SUBJECT}"), which learning-path-sync did not make (pull request #${result.pullRequestNumber} ${result.pullRequestUrl}); replacing the branch as told`,
    )
    // The sync's own commit is marked (source, the tree it wrote, the pages), so the next run moves it again without force.
    const tree = gh.git(repo, ['rev-parse', `${BRANCH}^{tree}`]).trim()
    expect(gh.git(repo, ['log', '-1', '--format=%B', BRANCH])).toMatch(
      new RegExp(
        `\\nLearning-Path-Sync: InnerSourceCommons/InnerSourceLearningPath@8fc38b766e27fcf8e6fa66e62d76a3488ad46e44\\nLearning-Path-Sync-Tree: ${tree}\\nLearning-Path-Sync-Pages: [0-9a-f]{64}\\n*$`,
      ),
    )
    const again = await syncLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, NO_CREDIT, { pullRequest: { title: 'Retitled' } }))
    expect(again.result.operation).toBe('updated')
  })

  it('an unrelated branch of that name, with no pull request: refused and left alone, no pull request opened', async () => {
    const repo = 'guard/stray-branch'
    await seedSite(gh, repo)
    const human = await pushAsHuman(repo, BRANCH)

    const { error, requests } = await syncFailing(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, NO_CREDIT))
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toContain(
      `holds commit ${human.slice(0, 7)} by Jane Maintainer <jane@example.org> ("${SUBJECT}"), which learning-path-sync did not make (no pull request is open from it): refusing to overwrite it.`,
    )
    expect(error.message).toContain('name another branch (branch), or set force-branch: true to replace it')
    // The CLI words the same advice in its flags.
    expect((error as UserError).worded(flagNamer(OPTION_TABLE, 'sync'))).toContain(
      'name another branch (--branch), or set --force-branch to replace it',
    )
    expect(branchHead(repo)).toBe(human)
    expect(gh.pulls(repo)).toEqual([])
    // Only the tree and commit objects were written (no branch can point at them); no ref, no pull request.
    expect(refAndPullWrites(requests)).toEqual([])
  })

  it("a pull request the site caught up with is not closed while it carries a maintainer's commit", async () => {
    const repo = 'guard/caught-up'
    await seedSite(gh, repo)
    const first = await syncLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, NO_CREDIT))
    // The site merges the sync's commit by itself (main moves to it), then a maintainer pushes to the branch.
    gh.git(repo, ['update-ref', 'refs/heads/main', first.result.headSha!])
    const human = await pushAsHuman(repo, BRANCH)

    const { error, requests } = await syncFailing(gh, syncOptions(gh, CORPUS_SOURCE, repo, NO_CREDIT))
    expect(error.message).toContain(`holds commit ${human.slice(0, 7)} by Jane Maintainer`)
    expect(error.message).toContain('refusing to close the pull request over it')
    expect(acceptedWrites(requests)).toEqual([])
    expect(gh.pulls(repo).map((p) => p.state)).toEqual(['open'])
  })

  it('the action step fails with that one line, and the branch keeps its head', async () => {
    const repo = 'guard/action'
    await seedSite(gh, repo)
    await syncLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, NO_CREDIT))
    const human = await pushAsHuman(repo, BRANCH)
    const source = historyIndex()
    const run = await runAction({
      inputs: { token: gh.token, 'source-path': CORPUS_SOURCE, 'target-repository': repo, languages: 'en', contributors: 'none' },
      eventName: 'schedule',
      event: { schedule: '17 4 * * 1' },
      repository: source.repository,
      sha: '8fc38b766e27fcf8e6fa66e62d76a3488ad46e44',
      apiUrl: gh.url,
    })
    expect(run.exitCode).toBe(1)
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(
      `holds commit ${human.slice(0, 7)} by Jane Maintainer <jane@example.org> ("${SUBJECT}"), which learning-path-sync did not make (pull request #1 `,
    )
    expect(errors[0]).toContain('or set force-branch: true to replace the branch.')
    expect(branchHead(repo)).toBe(human)
  })
})

describe('the mark', () => {
  const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }
  const JANE = { name: HUMAN.name, email: HUMAN.email }
  const commit = (message: string, overrides: Partial<BranchCommit> = {}): BranchCommit => ({
    sha: 's',
    treeSha: 't'.repeat(40),
    parents: ['p'],
    message,
    author: BOT,
    committer: BOT,
    ...overrides,
  })
  const marks = { treeSha: 't'.repeat(40), pages: 'd'.repeat(64) }

  it('records the tree the sync wrote and the pages, after the source trailer (added when missing)', () => {
    const marked = markSyncCommit('Update pages\n\nBody.\n', marks, { repository: 'Org/LP', ref: 'abc' })
    expect(marked).toBe(
      `Update pages\n\nBody.\n\nLearning-Path-Sync: Org/LP@abc\nLearning-Path-Sync-Tree: ${'t'.repeat(40)}\nLearning-Path-Sync-Pages: ${'d'.repeat(64)}`,
    )
    expect(markSyncCommit('Update pages\n\nLearning-Path-Sync: Org/LP@abc\n', marks)).toBe(marked.replace('Body.\n\n', ''))
  })

  it("is the sync's while one identity made it and its tree is the one it recorded", () => {
    const marked = markSyncCommit('Update pages', marks, { repository: 'Org/LP', ref: 'abc' })
    expect(isSyncCommit(commit(marked))).toBe(true)
    expect(isSyncCommit(commit(marked, { parents: ['p', 'q'] }))).toBe(false)
    // `git commit --amend` of the message only: the tree is the sync's, the committer is not.
    expect(isSyncCommit(commit(`${marked}\n\nReworded by hand.`, { committer: JANE }))).toBe(false)
    // Amended content: another tree under the same lines, and the amender as committer.
    expect(isSyncCommit(commit(marked, { treeSha: 'f'.repeat(40), committer: JANE }))).toBe(false)
    // A commit of its own that copies the lines (a forged trailer): the tree is not the recorded one.
    expect(isSyncCommit(commit(marked, { treeSha: 'f'.repeat(40), author: JANE, committer: JANE }))).toBe(false)
    // The last tree line counts (the sync appends its own last); a quoted one earlier does not.
    expect(isSyncCommit(commit(`Quoting\n\nLearning-Path-Sync-Tree: ${'f'.repeat(40)}\n\n${marked}`))).toBe(true)
    expect(isSyncCommit(commit(`${marked}\nLearning-Path-Sync-Tree: ${'f'.repeat(40)}`))).toBe(false)
    // The tree line without the source trailer is not a sync message.
    expect(isSyncCommit(commit(`Update pages\n\nLearning-Path-Sync-Tree: ${'t'.repeat(40)}`))).toBe(false)
  })

  it('commits of earlier versions (no tree line) count while nobody rewrote them', () => {
    const legacy = 'Update pages\n\nLearning-Path-Sync: Org/LP@abc'
    expect(isSyncCommit(commit(legacy))).toBe(true)
    expect(isSyncCommit(commit(legacy, { committer: JANE }))).toBe(false)
    const older = 'Update Learning Path pages from Org/LP@abc\n\n1 added.\nAutogenerated by learning-path-sync.\n'
    expect(isSyncCommit(commit(older))).toBe(true)
    expect(isSyncCommit(commit(older, { committer: JANE }))).toBe(false)
    expect(isSyncCommit(commit(`${SUBJECT}\n\nMentions Learning-Path-Sync in passing.`))).toBe(false)
  })
})
