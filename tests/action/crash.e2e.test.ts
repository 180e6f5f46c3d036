// Issue 21: whatever crashes a run after it started (an exception thrown from a callback, a
// promise nobody awaits) still ends with one `::error::` line in the action and one `error:` line
// on the CLI, exit 1, the token in neither. The crash is planted with NODE_OPTIONS=--import, as
// a module that throws once the run is under way: nothing in the sources knows of it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { EXAMPLE_REPOSITORY, EXAMPLE_SOURCE } from '../support/example-history.js'
import { runAction } from '../support/run-action.js'
import { runCli } from '../support/run-cli.js'

const TOKEN = 'ghs_CrashTokenNeverPrinted0123456789'
let gh: FakeGitHub
let work: string
const plant = (name: string, code: string) => {
  const file = path.join(work, `${name}.mjs`)
  const started = 'const started = Date.now()\n'
  const when = `const later = () => process.listenerCount('uncaughtException') > 0 || Date.now() - started > 10_000 ? crash() : setTimeout(later, 1)\n`
  writeFileSync(file, `${started}${when}function crash() {\n  ${code}\n}\nlater()\n`)
  return `--import=${pathToFileURL(file).href}`
}
let thrown: string
let rejected: string

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'lps-crash-'))
  gh = await startFakeGitHub({ token: TOKEN })
  await gh.createRepository('example/site', { 'README.md': '# site\n' })
  // The token in the message: the line must still not show it.
  thrown = plant('throw', `throw new Error('planted crash with ${TOKEN} in it')`)
  rejected = plant('reject', `void Promise.reject(new Error('planted rejection'))`)
})
afterAll(async () => {
  await gh?.close()
  rmSync(work, { recursive: true, force: true })
})

function action(nodeOptions: string) {
  return runAction({
    inputs: {
      token: TOKEN,
      'source-path': EXAMPLE_SOURCE,
      'source-repository': EXAMPLE_REPOSITORY,
      'target-repository': 'example/site',
      'dry-run': 'true',
    },
    eventName: 'schedule',
    event: { schedule: '0 4 * * 1' },
    repository: EXAMPLE_REPOSITORY,
    sha: 'a'.repeat(40),
    apiUrl: gh.url,
    extraEnv: { NODE_OPTIONS: nodeOptions },
  })
}

function cli(nodeOptions: string) {
  return runCli(['render', '--source', EXAMPLE_SOURCE, '--out', path.join(work, 'out')], {
    PATH: process.env.PATH ?? '',
    GITHUB_TOKEN: TOKEN,
    NODE_OPTIONS: nodeOptions,
  })
}

describe('a crash after the run started', () => {
  it.each([
    ['an uncaught exception', () => thrown, /^::error::learning-path-sync crashed: planted crash with \*\*\* in it$/],
    ['an unhandled rejection', () => rejected, /^::error::learning-path-sync crashed: planted rejection$/],
  ])('%s ends the action with one ::error:: line and exit 1', async (_, planted, line) => {
    const run = await action(planted())
    const errors = (run.stdout + run.stderr).split('\n').filter((l) => l.startsWith('::error'))
    expect(run.exitCode).toBe(1)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(line)
    // Only where the runner takes it to mask it.
    const printed = (run.stdout + run.stderr).split('\n').filter((l) => l !== `::add-mask::${TOKEN}`)
    expect(printed.join('\n')).not.toContain(TOKEN)
  })

  it.each([
    ['an uncaught exception', () => thrown, /^error: learning-path-sync crashed: planted crash with \*\*\* in it$/],
    ['an unhandled rejection', () => rejected, /^error: learning-path-sync crashed: planted rejection$/],
  ])('%s ends the CLI with one error: line and exit 1', async (_, planted, line) => {
    const run = await cli(planted())
    expect(run.status).toBe(1)
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(line)])
    expect(run.stdout + run.stderr).not.toContain(TOKEN)
  })
})
