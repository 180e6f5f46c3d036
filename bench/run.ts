// `npm run bench -- [--latency MS] [--smoke] [--out DIR]`: this action's sync against the
// old scripts' request pattern, on the real fixture, against the local GitHub (issue 8).
// The local GitHub runs here; each scenario runs in its own process and talks to it over HTTP.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createFsSourceTree } from '../src/discover/fs-source-tree.js'
import { loadConfig } from '../src/config/load.js'
import { renderSources } from '../src/sync.js'
import { startFakeGitHub, type FakeGitHub } from '../tests/fake-github/index.js'
import { parseBenchArgs, type BenchArgs } from './args.js'
import { lookupBreakdown, oldLookups } from './baseline/old-lookups.js'
import { runInChild } from './child.js'
import type { Job, JobResult } from './jobs.js'
import { runJob } from './run-job.js'
import { machineInfo } from './machine.js'
import { measurement, type Measurement } from './metrics.js'
import { benchResults, checkScenarios, renderResultsMarkdown, type ScenarioRun } from './report.js'
import { CORPUS_HISTORY, CORPUS_SOURCE, requireCorpus } from '../tests/support/corpus.js'
import { REPO_ROOT } from '../tests/support/repo-root.js'
import { copyWithOneArticleEdited, sourceIdentity, writeOneSectionFile } from './sources.js'

const OURS_SITE = 'InnerSourceCommons/innersourcecommons.org'
const BASELINE_SITE = 'InnerSourceCommons/innersourcecommons.org-old-scripts'
const TARGET_PATH = 'content/en/learn/learning-path'
/** Smoke runs use the smallest section: one language, six articles, no workbook. */
const SMOKE_SECTION = 'project-leader'
const EMPTY_SITE = { 'README.md': '# innersourcecommons.org\n' }

async function main(args: BenchArgs): Promise<void> {
  requireCorpus()
  const loadAtStart = loadavg()
  const work = mkdtempSync(path.join(tmpdir(), 'lps-bench-'))
  const gh = await startFakeGitHub({ history: CORPUS_HISTORY, latencyMs: args.latencyMs, repos: { [OURS_SITE]: EMPTY_SITE, [BASELINE_SITE]: EMPTY_SITE } })
  try {
    const sections = args.smoke ? [SMOKE_SECTION] : 'all'
    const sectionsFile = args.smoke ? writeOneSectionFile(CORPUS_SOURCE, SMOKE_SECTION, work) : undefined
    const editSection = args.smoke ? SMOKE_SECTION : firstSection()
    const edited = copyWithOneArticleEdited(work, editSection)
    const source = sourceIdentity()
    const common = {
      apiUrl: gh.url,
      token: gh.token,
      sectionsFile,
      sourceRepository: source.repository,
      sourceRef: source.ref,
      ...(source.commit ? { sourceCommit: source.commit } : {}),
      targetPath: TARGET_PATH,
    }
    const ours = { ...common, kind: 'ours' as const, site: OURS_SITE, branch: 'learning-path-sync', timing: args.smoke ? ('fast' as const) : ('production' as const) }

    const runs: Record<string, ScenarioRun> = {}
    const step = async (key: string, job: Job) => {
      process.stderr.write(`bench: ${key} ...`)
      runs[key] = await measure(gh, job, args.smoke ? runJob : runInChild)
      process.stderr.write(` ${runs[key].m.wallMs} ms\n`)
    }
    await step('full/ours', { ...ours, name: 'full', sourceDir: CORPUS_SOURCE })
    await step('noop/ours', { ...ours, name: 'noop', sourceDir: CORPUS_SOURCE })
    await step('oneArticle/ours', { ...ours, name: 'oneArticle', sourceDir: edited.sourceDir })
    runs['oneArticle/ours'].commitFiles = commitDiff(gh, OURS_SITE, runs['noop/ours'].headSha, runs['oneArticle/ours'].headSha)
    await step('full/baseline', {
      ...common,
      kind: 'baseline',
      name: 'full',
      site: BASELINE_SITE,
      branch: 'old-scripts-sync',
      sourceDir: CORPUS_SOURCE,
      spacing: args.smoke ? 'none' : 'octokit-default',
    })

    const breakdown = await oldRequestBreakdown(sectionsFile)
    const problems = checkScenarios(runs, breakdown.requests, `${TARGET_PATH}/${editSection}/`)
    const results = benchResults(runs)
    const markdown = renderResultsMarkdown({
      results,
      runs,
      machine: machineInfo(),
      load: { start: loadAtStart, end: loadavg() },
      latencyMs: args.latencyMs,
      smoke: args.smoke,
      sections,
      breakdown,
      editedArticle: edited.edited,
      problems,
    })
    const outDir = args.outDir ?? (args.smoke ? mkdtempSync(path.join(tmpdir(), 'lps-bench-results-')) : path.join(REPO_ROOT, 'bench'))
    mkdirSync(outDir, { recursive: true })
    writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n')
    writeFileSync(path.join(outDir, 'results.md'), markdown)
    process.stdout.write(`${path.join(outDir, 'results.json')}\n`)
    if (problems.length > 0) {
      process.stderr.write(`bench: the scenarios did not behave as expected:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`)
      process.exitCode = 1
    }
  } finally {
    await gh.close()
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * Runs one job with a fresh request log; the log's entries are this scenario's requests.
 * Full runs use a process per scenario (a clean memory peak, a cold start like the action's);
 * smoke runs stay in this process, which saves seconds of start-up per scenario.
 */
async function measure(gh: FakeGitHub, job: Job, run: (job: Job) => Promise<JobResult>): Promise<ScenarioRun> {
  gh.clearRequests()
  const started = performance.now()
  const result = await run(job)
  const processMs = Math.round(performance.now() - started)
  const m: Measurement = measurement(result, gh.requests)
  return {
    m,
    graphqlCosts: gh.requests.filter((r) => r.path === '/graphql').map((r) => r.cost ?? 0),
    ...(run === runInChild ? { processMs } : {}),
    operation: result.operation,
    changedFiles: result.changedFiles,
    ...(result.headSha ? { headSha: result.headSha } : {}),
    ...(result.phases ? { phases: result.phases } : {}),
  }
}

/** Paths a commit changed against an earlier one, as git on the site repository sees it. */
function commitDiff(gh: FakeGitHub, site: string, from: string | undefined, to: string | undefined): string[] {
  if (!from || !to) return []
  return gh.git(site, ['diff', '--name-only', from, to]).split('\n').filter(Boolean)
}

function firstSection(): string {
  const sections = JSON.parse(readFileSync(path.join(CORPUS_SOURCE, 'scripts/section_data.json'), 'utf8')) as { dirName: string }[]
  return sections[0].dirName
}

/** How many lookups the old walk makes for these sections, and why (for results.md). */
async function oldRequestBreakdown(sectionsFile: string | undefined) {
  const tree = createFsSourceTree(CORPUS_SOURCE)
  const config = await loadConfig(tree, { sectionsFile })
  const { pages } = await renderSources(tree, { sectionsFile })
  return lookupBreakdown(oldLookups(pages, config.sections), pages)
}

main(parseBenchArgs(process.argv.slice(2))).catch((error: unknown) => {
  process.stderr.write(`\nbench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
