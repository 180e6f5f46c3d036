// What a maintainer sees in the Actions log of the bundled action (index.js of this run's bundle,
// run as a process against the local GitHub): at most 15 warning annotations (many findings of
// one kind are one annotation pointing to the job summary), every content error its own
// annotation, the page counts in the Plan group as the summary has them, and a last line giving
// the result. On the real sources (skipped without the corpus) and on the bundled example.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus, historyIndex } from '../support/corpus.js'
import { EXAMPLE_REPOSITORY, EXAMPLE_SOURCE, exampleHistory, writeExampleHistory } from '../support/example-history.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { seedSite, startSiteGitHub } from '../support/sync.js'

const SITE = 'InnerSourceCommons/innersourcecommons.org'
const MAX_WARNINGS = 15

const warnings = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'))

/** The lines of the log's Plan group. */
function planGroup(run: ActionRun): string[] {
  const lines = run.stdout.split('\n')
  const start = lines.indexOf('::group::Plan')
  expect(start, 'a Plan group').toBeGreaterThanOrEqual(0)
  return lines.slice(start + 1, lines.indexOf('::endgroup::', start))
}

/** The Plan group holds the summary's counts line and each section's counts. */
function expectPlanAsSummary(run: ActionRun) {
  const plan = planGroup(run)
  const counts = /^Source: .*\. Pages: (.*)\.$/m.exec(run.summary)?.[1]
  expect(counts, run.summary).toMatch(/^\d+ added, \d+ updated, \d+ deleted, \d+ protected, \d+ unchanged$/)
  expect(plan).toContain(`pages: ${counts}`)
  const sections = [...run.summary.matchAll(/^#### `([^`]+)` — (.*)$/gm)].map(([, section, count]) => `  ${section}: ${count}`)
  expect(sections.length).toBeGreaterThan(0)
  expect(plan.filter((line) => line.startsWith('  '))).toEqual(sections)
}

const lastLine = (run: ActionRun) => run.stdout.trimEnd().split('\n').at(-1)

describeCorpus('the log of a dry run on the real sources', () => {
  let github: FakeGitHub
  let run: ActionRun
  beforeAll(async () => {
    github = await startSiteGitHub()
    await seedSite(github, SITE)
    run = await runAction({
      inputs: { token: github.token, 'source-path': CORPUS_SOURCE, 'target-repository': SITE, 'dry-run': 'true' },
      eventName: 'push',
      event: { after: '8fc38b766e27fcf8e6fa66e62d76a3488ad46e44' },
      repository: historyIndex().repository,
      sha: '8fc38b766e27fcf8e6fa66e62d76a3488ad46e44',
      apiUrl: github.url,
    })
  }, 120_000)
  afterAll(async () => github?.close())

  it(`annotates at most ${MAX_WARNINGS} warnings: the 51 files linking to English landing pages are one, pointing to the summary`, () => {
    expect(run.exitCode, run.stdout).toBe(0)
    const annotated = warnings(run)
    expect(annotated.length, annotated.join('\n')).toBeLessThanOrEqual(MAX_WARNINGS)
    expect(annotated).toContainEqual(
      expect.stringMatching(
        /^::warning::51 files linking to English section landing pages .*the job summary lists them under "Content health/,
      ),
    )
    // Each one is still in its group's log, as a plain line.
    expect(run.stdout.match(/^warning: [^\n]*links? to English section landing pages/gm)).toHaveLength(51)
  })

  it('prints the page counts in the Plan group as the summary has them, and ends with the result', () => {
    expectPlanAsSummary(run)
    expect(lastLine(run)).toMatch(/^Result: dry run, nothing written: \d+ pages \(\d+ added, 0 updated, 0 deleted\) would change$/)
  })
})

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
