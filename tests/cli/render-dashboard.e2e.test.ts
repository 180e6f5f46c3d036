// `render --dashboard-out FILE`: the dashboard issue's body from a render, with the stale
// translations read from a checkout's history (`--contributors git`), on the bundled example.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { DASHBOARD_MARKER } from '../../src/dashboard/dashboard-marker.js'
import { bundled } from '../support/bundle.js'
import { EXAMPLE_REPOSITORY } from '../support/example-history.js'
import { cloneHistoryRepository, exampleHistoryRepository } from '../support/history-repository.js'
import { runProcess } from '../support/run-action.js'

const out = mkdtempSync(path.join(tmpdir(), 'lps-render-dashboard-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

it('writes the body the dashboard issue would get: stale translations from the git history, their last translators as text', async () => {
  const source = cloneHistoryRepository(exampleHistoryRepository())
  try {
    const file = path.join(out, 'dashboard.md')
    const run = await runProcess(
      process.execPath,
      [
        bundled('cli.js'),
        'render',
        '--source',
        source,
        '--out',
        path.join(out, 'pages'),
        '--contributors',
        'git',
        '--source-repository',
        EXAMPLE_REPOSITORY,
        '--dashboard-out',
        file,
        '--quiet',
      ],
      process.env,
    )
    expect(run.status, run.stderr).toBe(0)
    const body = readFileSync(file, 'utf8')
    expect(body.startsWith(`${DASHBOARD_MARKER}\n`)).toBe(true)
    expect(body).toContain('**3 stale translations** (de 2, es 1)')
    expect(body).toMatch(/^### de \(2\)$/m)
    // git names the people (no logins): the German 02 was last changed by Grace Hopper's commit.
    expect(body).toMatch(/\(`getting-started\/02\.de\.md`\)[^\n]*\n {2}- translation last changed \d{4}-\d\d-\d\d by Grace Hopper;/)
  } finally {
    rmSync(path.dirname(source), { recursive: true, force: true })
  }
})
