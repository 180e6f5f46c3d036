// The bundled action (index.js, see tests/support/bundle.ts) run as a process, the way the
// runner runs it: wrong credentials or target give one error line and write nothing; the token
// never shows in anything the action prints or writes; two runs at once leave one complete
// pull request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { CORPUS_HISTORY, CORPUS_SOURCE, describeCorpus, historyIndex } from '../support/corpus.js'
import { acceptedWrites, LIGHT, repoState } from '../support/reliability.js'
import { BRANCH, runLogged, seedSite, syncOptions } from '../support/sync.js'
import { HISTORY_OPERATIONS } from '../support/fake-github.js'

/** Distinctive, so that any trace of it in the output is found by a plain search. */
const TOKEN = 'ghs_R3liabilityT0kenNeverPrinted0123456789'
const SOURCE_HEAD = '8fc38b766e27fcf8e6fa66e62d76a3488ad46e44'
let gh: FakeGitHub

function run(target: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      token: TOKEN,
      'source-path': CORPUS_SOURCE,
      'target-repository': target,
      languages: 'en',
      labels: 'learning-path',
      reviewers: 'site-maintainer',
      ...inputs,
    },
    eventName: 'schedule',
    event: { schedule: '17 4 * * 1' },
    repository: historyIndex().repository,
    sha: SOURCE_HEAD,
    apiUrl: gh.url,
    extraEnv,
  })
}

/** The `::error::` lines a run printed (what the runner shows as the step's failure). */
const errorLines = (r: ActionRun) => (r.stdout + r.stderr).split('\n').filter((l) => l.startsWith('::error'))

/**
 * Everything the action printed or wrote, except the one command that hands the token to the
 * runner for masking (`::add-mask::`), which the runner consumes and never shows.
 */
function everythingWritten(r: ActionRun, token: string): string {
  const printed = (r.stdout + '\n' + r.stderr).split('\n')
  const masks = printed.filter((l) => l === `::add-mask::${token}`)
  // The action did hand it over for masking: so the token was there to leak, and only there.
  expect(masks).toHaveLength(1)
  return [printed.filter((l) => l !== `::add-mask::${token}`).join('\n'), JSON.stringify(r.outputs), r.summary].join('\n')
}

function expectNoTrace(r: ActionRun, token: string) {
  const all = everythingWritten(r, token)
  expect(all).not.toContain(token)
  expect(all).not.toContain(Buffer.from(token).toString('base64'))
  expect(all).not.toContain(token.slice(4, 24))
}

describeCorpus('the bundled action run as a process', () => {
  beforeAll(async () => {
    // What the runner runs is the bundle; tests/global-setup.ts builds it from src once per run.
    gh = await startFakeGitHub({ history: CORPUS_HISTORY, token: TOKEN })
  })
  afterAll(async () => {
    await gh?.close()
  })

  describe('wrong credentials or target: one clear error line, non-zero exit, nothing written', () => {
    it('a bad token (401)', async () => {
      await seedSite(gh, 'creds/site')
      const before = repoState(gh, 'creds/site')
      const wrong = 'ghp_WrongTokenForReliabilityTest987654321'
      gh.clearRequests()
      const r = await run('creds/site', { token: wrong })
      expect(r.exitCode).not.toBe(0)
      expect(errorLines(r)).toEqual([
        expect.stringMatching(
          /^::error::GitHub rejected the token \(401 .*\) while trying to read the site on creds\/site: check the token$/,
        ),
      ])
      expect(acceptedWrites(gh.requests)).toEqual([])
      expect(repoState(gh, 'creds/site')).toEqual(before)
      expectNoTrace(r, wrong)
    })

    it('a missing repository (404)', async () => {
      gh.clearRequests()
      const r = await run('creds/no-such-site')
      expect(r.exitCode).not.toBe(0)
      expect(errorLines(r)).toEqual([
        expect.stringMatching(/^::error::creds\/no-such-site: not found while trying to read the site \(404\)/),
      ])
      expect(acceptedWrites(gh.requests)).toEqual([])
      expectNoTrace(r, TOKEN)
    })

    it('a token without write permission: refused before rendering, from the permissions GitHub lists', async () => {
      await gh.createRepository('creds/read-only', { 'README.md': 'site\n' }, { readOnly: true })
      const before = repoState(gh, 'creds/read-only')
      gh.clearRequests()
      const r = await run('creds/read-only', { contributors: 'none' })
      expect(r.exitCode).not.toBe(0)
      expect(errorLines(r)).toEqual([
        expect.stringMatching(/^::error::the token may not write to creds\/read-only \(GitHub lists its permissions there as: pull\)/),
      ])
      expect(r.stdout).not.toContain('::group::Render')
      expect(gh.requests.filter((q) => q.write)).toEqual([])
      expect(repoState(gh, 'creds/read-only')).toEqual(before)
      expectNoTrace(r, TOKEN)
    })
  })

  describe('the token never appears in logs, outputs, the summary or error text', () => {
    it('a run through retries, warnings and debug logging', async () => {
      await seedSite(gh, 'secrets/site')
      gh.addFault({ path: '/graphql', operationName: HISTORY_OPERATIONS, status: 502 })
      gh.addFault({ method: 'POST', path: '/repos/secrets/site/pulls', status: 403, retryAfter: 1 })
      gh.addFault({ path: '/graphql', operationName: HISTORY_OPERATIONS, times: 8, graphqlErrorAliases: ['f0', 'f1'] })
      const r = await run('secrets/site', {}, { RUNNER_DEBUG: '1' })
      gh.clearFaults()
      expect(r.exitCode, r.stdout).toBe(0)
      expect(r.outputs.operation).toBe('created')
      // It did print the noisy parts: debug lines, retries, the kept contributor lists.
      expect(r.stdout).toMatch(/^::debug::/m)
      expect(r.stdout).toContain('retry 1')
      expect(r.summary).toContain('Contributor lists kept as the site has them')
      expectNoTrace(r, TOKEN)
    })

    it('a run that fails on a network error inside the library', async () => {
      await seedSite(gh, 'secrets/broken')
      gh.addFault({ method: 'POST', path: '/repos/secrets/broken/git/trees', drop: true, times: 100 })
      gh.clearRequests()
      const r = await run('secrets/broken', { contributors: 'none' }, { RUNNER_DEBUG: '1' })
      gh.clearFaults()
      expect(r.exitCode).not.toBe(0)
      // Bounded: the request and three retries.
      expect(gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/git/trees'))).toHaveLength(4)
      expect(errorLines(r)).toHaveLength(1)
      expect(errorLines(r)[0]).toContain('while trying to create the tree on secrets/broken')
      expectNoTrace(r, TOKEN)
    })
  })

  describe('a token holding a line break (as a secret pasted with one can)', () => {
    it('no line of it shows anywhere, nor its base64 extraheader form; each line is handed to the runner to mask', async () => {
      await seedSite(gh, 'secrets/newline')
      const lines = ['ghs_FirstHalfOfTheToken0123', 'SecondHalfOfTheToken4567']
      const token = lines.join('\n')
      const r = await run('secrets/newline', { token, contributors: 'none' })
      expect(r.exitCode).not.toBe(0)
      expect(errorLines(r)).toHaveLength(1)
      const printed = (r.stdout + '\n' + r.stderr).split('\n')
      // The runner masks line by line: each line is handed over, once.
      for (const line of lines)
        expect(
          printed.filter((l) => l === `::add-mask::${line}`),
          line,
        ).toHaveLength(1)
      const all = [printed.filter((l) => !l.startsWith('::add-mask::')).join('\n'), JSON.stringify(r.outputs), r.summary].join('\n')
      for (const line of lines) {
        expect(all).not.toContain(line)
        expect(all).not.toContain(line.slice(4, 20))
      }
      expect(all).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'))
      expect(all).not.toContain(Buffer.from(`x-access-token:${lines[0]}`).toString('base64'))
    })
  })

  describe('two action processes at once against the same site', () => {
    it('one pull request; its branch holds the whole tree a single run gives', async () => {
      await seedSite(gh, 'alone/site')
      const alone = await runLogged(
        gh,
        syncOptions(gh, CORPUS_SOURCE, 'alone/site', LIGHT, { pullRequest: { reviewers: ['site-maintainer'], labels: ['learning-path'] } }),
      )
      expect(alone.result.operation).toBe('created')
      await seedSite(gh, 'race/site')
      const mainBefore = repoState(gh, 'race/site').mainSha
      const runs = await Promise.all([run('race/site'), run('race/site')])
      for (const r of runs) expect(r.exitCode, r.stdout).toBe(0)
      expect(runs.map((r) => r.outputs.operation)).toContain('created')
      expect(new Set(runs.map((r) => r.outputs['pull-request-number'])).size).toBe(1)
      const state = repoState(gh, 'race/site')
      expect(state.branchTree).toBe(repoState(gh, 'alone/site').branchTree)
      expect(state).toMatchObject({ mainSha: mainBefore, commitsAhead: 1, onMain: true, openPulls: 1, allPulls: 1 })
      expect(Object.keys(state.refs).sort()).toEqual([`refs/heads/${BRANCH}`, 'refs/heads/main'].sort())
    })
  })
})
