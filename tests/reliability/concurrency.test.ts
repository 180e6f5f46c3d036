// Two syncs against the same site at once (a push and the schedule firing together), with
// different sources: one pull request, and its branch holds one run's complete result — its
// whole tree — never a mix. (Same input at once: two action processes in action-process.test.ts.)
import { appendFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { ParsedOptions } from '../../src/shared/option-table.js'
import { runSync } from '../../src/sync.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { copyCorpusSource, CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { fileAt, LIGHT, repoState } from '../support/reliability.js'
import { testContext } from '../support/run-context.js'
import { BRANCH, runLogged, seedSite, startSiteGitHub, syncOptions, TARGET } from '../support/sync.js'

let gh: FakeGitHub
let editedSource: string
/** The tree each input gives when it runs alone. */
const alone = { original: '', edited: '' }

const EDITED_ARTICLE = 'introduction/03-how-works.asciidoc'
const EDIT = '\nA paragraph only the edited sources have.\n'

/** Both syncs started together, in the same process, each with its own clients. */
function together(a: ParsedOptions, b: ParsedOptions) {
  return Promise.all([a, b].map(({ github, ...options }) => runSync(options, testContext(github))))
}

describeCorpus('two syncs at once against the same site', () => {
  beforeAll(async () => {
    editedSource = copyCorpusSource()
    appendFileSync(path.join(editedSource, EDITED_ARTICLE), EDIT)
    gh = await startSiteGitHub()
    for (const [name, source] of [
      ['original', CORPUS_SOURCE],
      ['edited', editedSource],
    ] as const) {
      const repo = `alone-${name}/site`
      await seedSite(gh, repo)
      const run = await runLogged(gh, syncOptions(gh, source, repo, LIGHT))
      expect(run.result.operation).toBe('created')
      alone[name] = repoState(gh, repo).branchTree as string
    }
    expect(alone.original).not.toBe(alone.edited)
  })
  afterAll(async () => {
    await gh?.close()
    if (editedSource) rmSync(editedSource, { recursive: true, force: true })
  })

  it("different inputs: one pull request, the branch holds one input's whole tree, never a mix", async () => {
    const repo = 'race-mixed/site'
    await seedSite(gh, repo)
    const mainBefore = repoState(gh, repo).mainSha
    const results = await together(syncOptions(gh, CORPUS_SOURCE, repo, LIGHT), syncOptions(gh, editedSource, repo, LIGHT))
    expect(new Set(results.map((r) => r.pullRequestNumber)).size).toBe(1)
    const state = repoState(gh, repo)
    expect([alone.original, alone.edited]).toContain(state.branchTree)
    expect(state).toMatchObject({ mainSha: mainBefore, commitsAhead: 1, onMain: true, openPulls: 1, allPulls: 1 })
    // The head commit the runs report is the branch's: whichever wrote last says so.
    const head = state.refs[`refs/heads/${BRANCH}`]
    expect(results.map((r) => r.headSha)).toContain(head)
    const page = fileAt(gh, repo, BRANCH, `${TARGET}/introduction/03.md`) ?? ''
    expect(page.includes(EDIT.trim())).toBe(state.branchTree === alone.edited)
    // And the pull request describes what its branch holds, not the other run's result.
    const [pull] = gh.pulls(repo)
    expect(pull.body?.includes('`introduction/03.md`')).toBe(state.branchTree === alone.edited)
  })
})
