// What a maintainer sees in the Actions log of the bundled action (index.js of this run's bundle,
// run as a process against the local GitHub) on the bundled example, as on a fresh clone: at most
// 15 warning annotations (many findings of one kind are one annotation pointing to the job
// summary), every content error its own annotation, the page counts in the Plan group as the
// summary has them, and a last line giving the result. The same on the real sources is checked
// by the dry run of tests/action/action.e2e.test.ts, which runs it already.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { EXAMPLE_REPOSITORY, EXAMPLE_SOURCE, exampleHistory, writeExampleHistory } from '../support/example-history.js'
import { expectPlanAsSummary, lastLine, MAX_WARNINGS, planGroup, warnings } from '../support/action-log.js'
import { runAction } from '../support/run-action.js'

const SITE = 'InnerSourceCommons/innersourcecommons.org'
describe('the log of the bundled example, as on a fresh clone', () => {
  let github: FakeGitHub
  let work: string
  const history = exampleHistory()
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'lps-action-log-'))
    github = await startFakeGitHub({ history: writeExampleHistory(path.join(work, 'history.json')) })
    await github.createRepository(SITE, { 'README.md': '# website\n' })
  })
  afterAll(async () => {
    await github?.close()
    rmSync(work, { recursive: true, force: true })
  })

  const dryRun = (sourcePath: string, inputs: Record<string, string> = {}) =>
    runAction({
      inputs: {
        token: github.token,
        'source-path': sourcePath,
        'source-repository': EXAMPLE_REPOSITORY,
        'target-repository': SITE,
        'create-target-path': 'true',
        'dry-run': 'true',
        ...inputs,
      },
      eventName: 'push',
      event: { after: history.head },
      repository: EXAMPLE_REPOSITORY,
      sha: history.head,
      apiUrl: github.url,
    })

  it('prints the counts in the Plan group and ends with the result', async () => {
    const run = await dryRun(EXAMPLE_SOURCE)
    expect(run.exitCode, run.stdout).toBe(0)
    expect(warnings(run).length).toBeLessThanOrEqual(MAX_WARNINGS)
    expectPlanAsSummary(run)
    expect(planGroup(run)).toContain('  getting-started: 9 pages: 9 added')
    expect(lastLine(run)).toBe('Result: dry run, nothing written: 12 pages (12 added, 0 updated, 0 deleted) would change')
  }, 60_000)

  it('makes many warnings of one kind one annotation, keeps a few of a kind apart, and annotates every content error', async () => {
    const sources = path.join(work, 'sources')
    cpSync(EXAMPLE_SOURCE, sources, { recursive: true })
    // Five Spanish articles whose title the site takes from inside a deeper heading: one kind, five files.
    for (const n of ['03', '04', '05', '06', '07']) {
      writeFileSync(path.join(sources, `getting-started/es/${n}-deeper-es.asciidoc`), `=== == Título ${n}\n\nTexto.\n`)
    }
    // Two of another kind stay two annotations: folders that are no translation.
    for (const folder of ['notes', 'drafts']) {
      mkdirSync(path.join(sources, 'getting-started', folder))
      writeFileSync(path.join(sources, 'getting-started', folder, 'todo.txt'), 'later\n')
    }
    // Three content errors: two articles with one number, and a file that is not UTF-8.
    writeFileSync(path.join(sources, 'maintainer/01-clash.asciidoc'), '== Clash\n')
    writeFileSync(path.join(sources, 'maintainer/03-broken.asciidoc'), Buffer.from([0x3d, 0x3d, 0x20, 0xff, 0xfe, 0x0a]))

    const run = await dryRun(sources, { contributors: 'none', 'fail-on-content-error': 'false' })
    expect(run.exitCode, run.stdout).toBe(0)
    const annotated = warnings(run)
    // The five deeper-heading titles are one kind: one annotation with the count.
    expect(annotated.filter((line) => line.includes('deeper heading'))).toEqual([])
    expect(annotated).toContainEqual(
      expect.stringMatching(
        /^::warning::5 titles not taken from a "== " heading \(getting-started\/es\/03-deeper-es\.asciidoc, .*, and 2 more\): /,
      ),
    )
    expect(
      run.stdout.match(/^warning: getting-started\/es\/0\d-deeper-es\.asciidoc:1: title taken from inside the deeper heading/gm),
    ).toHaveLength(5)
    for (const folder of ['notes', 'drafts']) {
      expect(annotated).toContainEqual(
        expect.stringMatching(new RegExp(`^::warning file=[^,]*/getting-started/${folder}::folder has no index.md`)),
      )
    }
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error file='))
    expect(errors.map((line) => /^::error file=[^,:]*\/(maintainer\/[^,:]+)[,:]/.exec(line)?.[1]).sort()).toEqual([
      'maintainer/01-clash.asciidoc',
      'maintainer/01-welcoming-guests.asciidoc',
      'maintainer/03-broken.asciidoc',
    ])
    expect(lastLine(run)).toMatch(
      /^Result: dry run, nothing written: .* would change; 3 source files failed, their pages left as the site has them$/,
    )
  }, 60_000)
})
