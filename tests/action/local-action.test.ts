// GitHub's local runner for actions (@github/local-action) runs the action from its sources
// (src/main.ts's run()) with the inputs of .env.example, against the local GitHub that
// `npm run fake-github -- --example-history --repo ...` serves: the dry run README documents.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { exampleHistory } from '../support/example-history.js'
import { REPO_ROOT as ROOT } from '../support/repo-root.js'
import { runProcess } from '../support/run-action.js'

const EXAMPLE_ENV = readFileSync(path.join(ROOT, '.env.example'), 'utf8')
/** The address .env.example expects the local GitHub at (`--port 3999`). */
const DOCUMENTED_URL = 'http://127.0.0.1:3999'

let gh: FakeGitHub
let work: string

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'lps-local-action-'))
  // What `npm run fake-github -- --example-history --repo InnerSourceCommons/innersourcecommons.org` serves.
  gh = await startFakeGitHub({ history: exampleHistory() })
  await gh.createRepository('InnerSourceCommons/innersourcecommons.org', { 'README.md': '# InnerSourceCommons/innersourcecommons.org\n' })
})

afterAll(async () => {
  await gh?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('npx @github/local-action . src/main.ts .env', () => {
  it('.env.example documents the command and the local GitHub it runs against', () => {
    expect(EXAMPLE_ENV).toContain('npx @github/local-action . src/main.ts .env')
    expect(EXAMPLE_ENV).toContain('npm run fake-github -- --port 3999 --example-history --repo InnerSourceCommons/innersourcecommons.org')
    expect(EXAMPLE_ENV).toContain(`GITHUB_API_URL=${DOCUMENTED_URL}\n`)
  })

  it('runs a dry run of the example from .env.example: the plan, the diff with credited contributors, no writes', async () => {
    // The same file, pointed at this test's local GitHub (a free port instead of 3999).
    const envFile = path.join(work, '.env')
    writeFileSync(envFile, EXAMPLE_ENV.replaceAll(DOCUMENTED_URL, gh.url))
    gh.clearRequests()
    const run = await runProcess('npx', ['@github/local-action', '.', 'src/main.ts', envFile], {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? work,
    })
    const output = run.stdout + run.stderr
    expect(run.status, output).toBe(0)
    expect(output).not.toMatch(/::error/)
    expect(output).toContain('::set-output name=operation::none')
    expect(output).toContain('::set-output name=added-count::12')
    expect(output).toContain('+++ b/content/en/learn/learning-path/getting-started/01.md')
    expect(output).toContain('+  - name: Ada Lovelace')
    expect(output).toContain('Job summary skipped: GITHUB_STEP_SUMMARY is not set')
    // It read the site and the history, and wrote nothing.
    // The site in its one query (SiteState), the history in the credit's own.
    expect(gh.requests.some((r) => r.operationName === 'SiteState')).toBe(true)
    expect(gh.requests.some((r) => r.path === '/graphql' && r.operationName !== 'SiteState')).toBe(true)
    expect(gh.requests.filter((r) => r.write)).toEqual([])
    // local-action compiles itself and the sources with tsx first: tens of seconds on a busy machine.
  }, 180_000)
})
