// `render --contributors github` that cannot read the history writes the pages but never
// reports success with empty contributor lists.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus, historyIndex } from '../support/corpus.js'
import { startSiteGitHub } from '../support/sync.js'
import { runCli } from '../support/run-cli.js'

let gh: FakeGitHub
const out = mkdtempSync(path.join(tmpdir(), 'lps-render-credit-'))

const render = (folder: string) =>
  runCli(
    [
      'render',
      '--source',
      CORPUS_SOURCE,
      '--out',
      folder,
      '--languages',
      'en',
      '--contributors',
      'github',
      '--source-repository',
      historyIndex().repository,
      '--quiet',
    ],
    { ...process.env, GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url, LEARNING_PATH_SYNC_FAST_RETRIES: '1' },
  )

describeCorpus('render --contributors github', () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
  })
  afterAll(async () => {
    await gh?.close()
    rmSync(out, { recursive: true, force: true })
  })

  it('history that cannot be read: the pages are written, the exit status is 1 and says why', async () => {
    gh.addFault({ path: '/graphql', status: 502, times: 1000 })
    const failing = await render(path.join(out, 'failing'))
    gh.clearFaults()
    expect(failing.status).toBe(1)
    expect(failing.stderr).toMatch(
      /^error: contributors: the history of \d+ files could not be read, so their pages list no contributors \(first: history of .* could not be read: /m,
    )
    expect(existsSync(path.join(out, 'failing/introduction/01.md'))).toBe(true)
    expect(readFileSync(path.join(out, 'failing/introduction/01.md'), 'utf8')).toContain('contributors: []')

    // The same render with the history readable succeeds, with the lists filled in.
    const working = await render(path.join(out, 'working'))
    expect(working.status, working.stderr).toBe(0)
    expect(readFileSync(path.join(out, 'working/introduction/01.md'), 'utf8')).not.toContain('contributors: []')
  }, 120_000)
})
