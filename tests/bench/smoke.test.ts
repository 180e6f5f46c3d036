// `npm run bench -- --smoke` end to end: the benchmark runs on one section against the local
// GitHub and writes results.json in the shape issue 8 fixes, outside the committed results.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { REPO_ROOT } from '../support/repo-root.js'

const SMOKE_SECTION = 'project-leader'
const METRICS = ['wallMs', 'graphqlRequests', 'graphqlPoints', 'restReads', 'restWrites', 'pages', 'peakRssMb']
const COMMITTED = path.join(REPO_ROOT, 'bench/results.json')

type M = Record<string, number>

/** The smoke section's English articles, as the old scripts picked them (numbered, not scripts). */
function smokeArticles(): number {
  return readdirSync(path.join(CORPUS_SOURCE, SMOKE_SECTION)).filter((n) => /^\d\d-.*\.asciidoc$/.test(n) && !n.endsWith('-script.asciidoc')).length
}

describeCorpus('npm run bench -- --smoke', () => {
  let outDir: string
  let results: { scenarios: Record<string, Record<string, M>> }
  let markdown: string
  let committedBefore: string | null

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'lps-bench-smoke-'))
    committedBefore = existsSync(COMMITTED) ? readFileSync(COMMITTED, 'utf8') : null
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke', '--out', outDir], {
      cwd: REPO_ROOT,
      timeout: 60_000,
    })
    results = JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8'))
    markdown = readFileSync(path.join(outDir, 'results.md'), 'utf8')
  }, 90_000)
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true })
  })

  it('writes results.json in exactly the shape of issue 8', () => {
    expect(Object.keys(results)).toEqual(['scenarios'])
    expect(Object.keys(results.scenarios).sort()).toEqual(['full', 'noop', 'oneArticle'])
    expect(Object.keys(results.scenarios.full).sort()).toEqual(['baseline', 'ours'])
    expect(Object.keys(results.scenarios.noop)).toEqual(['ours'])
    expect(Object.keys(results.scenarios.oneArticle)).toEqual(['ours'])
    for (const scenario of Object.values(results.scenarios)) {
      for (const m of Object.values(scenario)) {
        expect(Object.keys(m).sort()).toEqual([...METRICS].sort())
        for (const key of METRICS) expect(Number.isFinite(m[key]) && m[key] >= 0, `${key} = ${m[key]}`).toBe(true)
        expect(m.peakRssMb).toBeGreaterThan(0)
      }
    }
  })

  it('measures what the scenarios did: one lookup per article and folder for the baseline, no writes on the rerun', () => {
    const { full, noop, oneArticle } = results.scenarios
    const articles = smokeArticles()
    // One language folder: its index page, its articles; the old walk asks per article plus once for the workbook.
    expect(full.ours.pages).toBe(articles + 1)
    expect(full.baseline.pages).toBe(articles + 1)
    expect(full.baseline.graphqlRequests).toBe(articles + 1)
    expect(full.ours.graphqlRequests).toBeLessThan(full.baseline.graphqlRequests)
    expect(full.ours.restWrites).toBeGreaterThan(0)
    expect(noop.ours.restWrites).toBe(0)
    expect(oneArticle.ours.restWrites).toBeGreaterThan(0)
    expect(markdown).toContain('Smoke run')
    expect(markdown).toContain(`section ${SMOKE_SECTION} only`)
  })

  it('leaves the committed results alone', () => {
    const after = existsSync(COMMITTED) ? readFileSync(COMMITTED, 'utf8') : null
    expect(after).toBe(committedBefore)
  })
})
