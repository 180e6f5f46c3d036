// `npm run bench -- --smoke` end to end: the benchmark runs on one section against the local
// GitHub and writes results.json in the shape issue 12 fixes, outside the committed results.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { REPO_ROOT } from '../support/repo-root.js'

const SMOKE_SECTION = 'project-leader'
const RUN_KEYS = ['scenario', 'side', 'latencyMs', 'wallMs', 'graphqlRequests', 'graphqlPoints', 'restReads', 'restWrites', 'peakRssMb']
const SCENARIOS = ['full', 'noop', 'one-change']
const SIDES = ['ours', 'ours-git-history', 'baseline', 'baseline-same-spacing']
const COMMITTED = path.join(REPO_ROOT, 'bench/results.json')

type Run = Record<string, number | string>

/** The smoke section's English articles, as the old scripts picked them (numbered, not scripts). */
function smokeArticles(): number {
  return readdirSync(path.join(CORPUS_SOURCE, SMOKE_SECTION)).filter(
    (n) => /^\d\d-.*\.asciidoc$/.test(n) && !n.endsWith('-script.asciidoc'),
  ).length
}

describeCorpus('npm run bench -- --smoke', () => {
  let outDir: string
  let results: { runs: Run[] }
  let markdown: string
  let chart: string
  let committedBefore: string | null

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'lps-bench-smoke-'))
    committedBefore = existsSync(COMMITTED) ? readFileSync(COMMITTED, 'utf8') : null
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke', '--out', outDir], {
      cwd: REPO_ROOT,
      timeout: 110_000,
    })
    results = JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8')) as { runs: Run[] }
    markdown = readFileSync(path.join(outDir, 'results.md'), 'utf8')
    chart = readFileSync(path.join(outDir, 'wall-time.svg'), 'utf8')
  }, 120_000)
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true })
  })

  const run = (scenario: string, side: string) => {
    const found = results.runs.filter((r) => r.scenario === scenario && r.side === side)
    expect(found, `${scenario} × ${side}`).toHaveLength(1)
    return found[0] as Record<string, number>
  }

  it('writes results.json as issue 12 fixes it: a flat list of runs, one per scenario × side', () => {
    expect(Object.keys(results)).toEqual(['runs'])
    expect(results.runs).toHaveLength(SCENARIOS.length * SIDES.length)
    for (const r of results.runs) {
      expect(Object.keys(r).sort()).toEqual([...RUN_KEYS].sort())
      expect(SCENARIOS).toContain(r.scenario)
      expect(SIDES).toContain(r.side)
      for (const key of RUN_KEYS.slice(2)) expect(Number.isFinite(r[key]) && (r[key] as number) >= 0, `${key} = ${r[key]}`).toBe(true)
      expect(r.latencyMs).toBe(2)
      expect(r.peakRssMb).toBeGreaterThan(0)
    }
  })

  it('measures what the scenarios did: one lookup per article and folder for the old pattern, no writes on our rerun', () => {
    const articles = smokeArticles()
    for (const scenario of SCENARIOS) {
      // One language folder: its articles, and once more for the workbook; the whole tree pushed each time.
      for (const side of ['baseline', 'baseline-same-spacing']) {
        expect(run(scenario, side).graphqlRequests).toBe(articles + 1)
        expect(run(scenario, side).restWrites).toBe(3)
      }
      expect(run(scenario, 'ours').graphqlRequests).toBeLessThan(articles + 1)
    }
    expect(run('full', 'ours').restWrites).toBeGreaterThan(0)
    expect(run('noop', 'ours').restWrites).toBe(0)
    expect(run('one-change', 'ours').restWrites).toBeGreaterThan(0)
    expect(markdown).toContain('Smoke run')
    expect(markdown).toContain(`section ${SMOKE_SECTION} only`)
    expect(markdown).not.toContain('did not behave as expected')
  })

  it('writes the chart of wall time against latency, one series per scenario and side', () => {
    expect(chart.startsWith('<svg')).toBe(true)
    for (const side of SIDES) for (const scenario of SCENARIOS) expect(chart).toContain(`${side}, ${scenario}`)
    expect(markdown).toContain('](wall-time.svg)')
  })

  it('times the hostile inputs of issue 11: each in seconds, the nested blocks an error naming the file', () => {
    const hostile = readFileSync(path.join(outDir, 'hostile-inputs.md'), 'utf8')
    const rows = hostile.split('\n').filter((line) => /^\| (pathological|the same article|800 nested|a [\d.]+ MB page)/.test(line))
    expect(rows).toHaveLength(4)
    for (const row of rows) expect(Number(/\| ([\d.]+) s \|/.exec(row)![1])).toBeLessThan(10)
    expect(hostile).toContain('error naming the file: `introduction/02-nested.asciidoc: Asciidoctor cannot convert the file')
  })

  it('leaves the committed results alone', () => {
    const after = existsSync(COMMITTED) ? readFileSync(COMMITTED, 'utf8') : null
    expect(after).toBe(committedBefore)
  })
})
