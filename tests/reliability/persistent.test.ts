// Faults that outlast every retry. Contributor history unreadable for some files: those pages
// keep the lists the site shows today, named in a warning and in the summary (or the sync
// fails, with failOnContributorError). Publishing that fails midway: the base branch is
// untouched and a rerun completes the job with one pull request.
import { appendFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pageContributors } from '../../src/credit/keep-site-contributors.js'
import { UserError } from '../../src/shared/user-error.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { copyCorpusSource, CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { acceptedWrites, fileAt, LIGHT, repoState, type RepoState } from '../support/reliability.js'
import { BRANCH, NO_CREDIT, runFailing, runLogged, seeded, seedSite, startSiteGitHub, syncOptions, TARGET } from '../support/sync.js'
import { HISTORY_OPERATIONS } from '../support/fake-github.js'

let gh: FakeGitHub
let baseline: RepoState
/** Copies of the sources that tests edit, removed at the end. */
const copies: string[] = []

/**
 * History unreadable for the files at aliases f0..f9 of the first history query, for good: the
 * query and octokit's 3 retries lose them, then the round that asks them again (they lead it)
 * and its 3 retries lose them too.
 */
function breakTenHistories() {
  gh.addFault({
    path: '/graphql',
    operationName: HISTORY_OPERATIONS,
    times: 8,
    graphqlErrorAliases: ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9'],
  })
}

describeCorpus('faults that outlast every retry', () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
    await seedSite(gh, 'calm/site')
    const run = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, 'calm/site', LIGHT))
    expect(run.result.operation).toBe('created')
    baseline = repoState(gh, 'calm/site')
  })
  afterAll(async () => {
    await gh?.close()
    for (const dir of copies) rmSync(dir, { recursive: true, force: true })
  })

  describe('contributor history unavailable for some files', () => {
    it('those pages keep the lists the site shows today, a warning names them, the summary lists them', async () => {
      const repo = 'history-gaps/site'
      await seedSite(gh, repo)
      breakTenHistories()
      const { result, lines } = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT))
      gh.clearFaults()

      const failed = result.contributorFailures.map((f) => f.path)
      expect(failed).toHaveLength(10)
      for (const page of failed) {
        // Every one of them is on the site with a real list, and the pull request leaves it as is.
        const today = pageContributors(seeded()[page] ?? '')
        expect(today?.length, `${page} has contributors on the site`).toBeGreaterThan(0)
        const proposed = fileAt(gh, repo, BRANCH, `${TARGET}/${page}`)
        expect(pageContributors(proposed ?? ''), page).toEqual(today)
        expect(result.changedFiles).not.toContain(`${TARGET}/${page}`)
      }
      // So the pull request is exactly the fault-free one.
      expect(repoState(gh, repo).branchTree).toBe(baseline.branchTree)
      const warning = lines.find((l) => l.includes("kept the site's current lists"))
      for (const page of failed) {
        expect(warning).toContain(page)
        expect(result.summary).toContain(`\`${page}\``)
      }
      expect(result.summary).toContain('Contributor lists kept as the site has them (10)')
    })

    it('with failOnContributorError the sync fails naming the files, and writes nothing', async () => {
      const repo = 'history-strict/site'
      await seedSite(gh, repo)
      const before = repoState(gh, repo)
      breakTenHistories()
      const { error, requests } = await runFailing(
        gh,
        syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, { policy: { failOnContributorError: true } }),
      )
      gh.clearFaults()
      expect(error).toBeInstanceOf(UserError)
      expect(error.message).toMatch(/^contributor history unavailable for 10 file\(s\): /)
      expect(error.message).toContain('introduction/01-introduction.asciidoc')
      expect(error.message).not.toContain('\n')
      expect(acceptedWrites(requests)).toEqual([])
      expect(repoState(gh, repo)).toEqual(before)
    })
  })

  describe('publishing fails midway', () => {
    it.each([
      [
        'a secondary rate limit (403)',
        { status: 403, retryAfter: 1 } as const,
        /^GitHub's rate limit held while trying to create the tree on limited-403\/site \(403 You have exceeded a secondary rate limit/,
      ],
      [
        'a rate limit (429)',
        { status: 429, retryAfter: 1 } as const,
        /^GitHub's rate limit held while trying to create the tree on limited-429\/site \(429 API rate limit exceeded/,
      ],
    ])('%s that does not lift: four attempts, then one line that says so (not a permission problem)', async (_name, fault, message) => {
      const repo = `limited-${fault.status}/site`
      await seedSite(gh, repo)
      const before = repoState(gh, repo)
      gh.addFault({ method: 'POST', path: `/repos/${repo}/git/trees`, times: 100, ...fault })
      const failed = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT, NO_CREDIT))
      gh.clearFaults()
      expect(failed.error.message).toMatch(message)
      expect(failed.error).not.toBeInstanceOf(UserError)
      // Bounded: the request and three retries, whichever plugin of octokit retries it.
      expect(failed.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))).toHaveLength(4)
      expect(repoState(gh, repo)).toEqual(before)
    })

    it('the branch cannot be created (502 past every retry): one line, base untouched; a rerun completes', async () => {
      const repo = 'midway-create/site'
      await seedSite(gh, repo)
      const before = repoState(gh, repo)
      gh.addFault({ method: 'POST', path: `/repos/${repo}/git/refs`, status: 502, times: 4 })
      const failed = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT))
      expect(failed.error.message).toBe(`GitHub answered 502 (Server Error) while trying to create the sync branch on ${repo}`)
      // Bounded: the request and octokit's three retries, then it gave up.
      expect(failed.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/refs'))).toHaveLength(4)
      expect(repoState(gh, repo)).toEqual(before)

      const rerun = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, LIGHT))
      expect(rerun.result.operation).toBe('created')
      const after = repoState(gh, repo)
      expect(after.mainSha).toBe(before.mainSha)
      expect(after.branchTree).toBe(baseline.branchTree)
      expect(after).toMatchObject({ commitsAhead: 1, onMain: true, openPulls: 1, allPulls: 1 })
    })

    it('updating an open pull request fails at the branch update: it keeps its previous complete result; a rerun updates it', async () => {
      // An open pull request: the fault-free sync's, on a repository of its own.
      const repo = 'midway-update/site'
      const sourceDir = copyCorpusSource()
      copies.push(sourceDir)
      await seedSite(gh, repo)
      expect((await runLogged(gh, syncOptions(gh, sourceDir, repo, LIGHT))).result.operation).toBe('created')
      const opened = repoState(gh, repo)
      expect(opened).toMatchObject({ branchTree: baseline.branchTree, openPulls: 1 })

      appendFileSync(path.join(sourceDir, 'introduction/02-problems-solved.asciidoc'), '\nOne more paragraph, added by the test.\n')
      gh.addFault({ method: 'POST', path: '/graphql', operationName: 'UpdateRefs', status: 500, times: 4 })
      const failed = await runFailing(gh, syncOptions(gh, sourceDir, repo, LIGHT))
      expect(failed.error.message).toContain('while trying to move the sync branch')
      expect(repoState(gh, repo)).toEqual(opened)

      const rerun = await runLogged(gh, syncOptions(gh, sourceDir, repo, LIGHT))
      expect(rerun.result.operation).toBe('updated')
      const after = repoState(gh, repo)
      expect(after.mainSha).toBe(opened.mainSha)
      expect(after.branchTree).not.toBe(opened.branchTree)
      expect(fileAt(gh, repo, BRANCH, `${TARGET}/introduction/02.md`)).toContain('One more paragraph, added by the test.')
      expect(after).toMatchObject({ commitsAhead: 1, onMain: true, openPulls: 1, allPulls: 1 })
    })
  })
})
