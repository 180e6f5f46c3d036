// One chain of the matrix: one side at one latency, its scenarios in order (full sync onto an
// empty site, then the no-op rerun, then one article changed), against its own local GitHub.
// Chains are independent, so the parent runs several at once, each in its own process
// (`node --import tsx bench/chain.ts SPEC_JSON`); a smoke run calls `runChain` in-process.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { startFakeGitHub, type FakeGitHub, type RequestLogEntry } from '../tests/fake-github/index.js'
import { runInChild } from './child.js'
import type { Job, JobResult } from './jobs.js'
import { cellKey, runKey, type RunDetail, type RunRecord, type Scenario, type Side, type TimelineEntry } from './matrix.js'
import { measurement } from './metrics.js'
import { runJob } from './run-job.js'
import { copyWithOneArticleEdited, sourceIdentity } from './sources.js'
import { gitHistorySources } from './git-history-sources.js'
import { CORPUS_HISTORY, CORPUS_SOURCE } from '../tests/support/corpus.js'

export const SITE = 'InnerSourceCommons/innersourcecommons.org'
export const TARGET_PATH = 'content/en/learn/learning-path'
const EMPTY_SITE = { 'README.md': '# innersourcecommons.org\n' }
export const CHAIN_RESULT_PREFIX = 'BENCH-CHAIN '

export interface ChainSpec {
  side: Side
  latencyMs: number
  /** The scenarios to measure; earlier ones a later one needs run first, unmeasured, without latency. */
  scenarios: Scenario[]
  /** Which repetition of its cells this chain is (1, 2, ...). */
  run: number
  smoke: boolean
  /** A section list limiting the run (smoke); absent: the source's own. */
  sectionsFile?: string
  /** The section whose first English article the one-change scenario edits. */
  editSection: string
  /** GraphQL requests the old walk makes for these sections (checked on the baseline sides). */
  oldRequests: number
}

export interface ChainResult {
  runs: RunRecord[]
  details: RunDetail[]
  problems: string[]
}

const ORDER: Scenario[] = ['full', 'noop', 'one-change']

/** The sides that run this action's engine (a pull request, request timelines). */
const isOurs = (side: Side) => side === 'ours' || side === 'ours-git-history'

/** What a scenario syncs from: a folder, and the commit it credits when it is a checkout. */
interface ScenarioSource {
  dir: string
  commit?: string
}

export async function runChain(spec: ChainSpec): Promise<ChainResult> {
  // ours-git-history syncs from full-history clones, whose commits the local GitHub serves.
  const checkouts = spec.side === 'ours-git-history' ? gitHistorySources(spec.editSection) : undefined
  const gh = await startFakeGitHub({
    history: checkouts?.history ?? CORPUS_HISTORY,
    latencyMs: spec.latencyMs,
    repos: { [SITE]: EMPTY_SITE },
  })
  const work = mkdtempSync(path.join(tmpdir(), 'lps-bench-chain-'))
  const out: ChainResult = { runs: [], details: [], problems: [] }
  try {
    const last = Math.max(...spec.scenarios.map((s) => ORDER.indexOf(s)))
    const edited = spec.scenarios.includes('one-change') && !checkouts ? copyWithOneArticleEdited(work, spec.editSection) : undefined
    const sourceOf = (scenario: Scenario): ScenarioSource =>
      checkouts
        ? scenario === 'one-change'
          ? checkouts.edited
          : checkouts.base
        : { dir: scenario === 'one-change' ? edited!.sourceDir : CORPUS_SOURCE }
    let previousHead: string | undefined
    for (const scenario of ORDER.slice(0, last + 1)) {
      const measured = spec.scenarios.includes(scenario)
      const job = jobFor(spec, gh, scenario, sourceOf(scenario), measured)
      // A scenario only here to set the site up for a later one runs without the added latency.
      if (!measured) gh.setLatency(0)
      gh.clearRequests()
      const loadAtStart = loadavg()[0]
      const started = performance.now()
      const result = await (spec.smoke ? runJob : runInChild)(job)
      const processMs = Math.round(performance.now() - started)
      gh.setLatency(spec.latencyMs)
      const label = `${cellKey({ scenario, side: spec.side, latencyMs: spec.latencyMs })} run ${spec.run}`
      if (!measured) {
        if (scenario === 'full' && result.operation !== 'created' && isOurs(spec.side))
          out.problems.push(`${label} (set-up): expected a pull request created, got '${result.operation}'`)
        previousHead = result.headSha
        continue
      }
      const m = measurement(result, gh.requests)
      const record: RunRecord = {
        scenario,
        side: spec.side,
        latencyMs: spec.latencyMs,
        wallMs: m.wallMs,
        graphqlRequests: m.graphqlRequests,
        graphqlPoints: m.graphqlPoints,
        restReads: m.restReads,
        restWrites: m.restWrites,
        peakRssMb: m.peakRssMb,
      }
      const commitFiles = isOurs(spec.side) && scenario === 'one-change' ? commitDiff(gh, previousHead, result.headSha) : undefined
      const detail: RunDetail = {
        key: runKey(record, spec.run),
        run: spec.run,
        wallMs: record.wallMs,
        pages: result.pages,
        operation: result.operation,
        changedFiles: result.changedFiles,
        ...(commitFiles ? { commitFiles } : {}),
        ...(result.phases ? { phases: result.phases } : {}),
        graphqlCosts: gh.requests.filter((r) => r.path === '/graphql').map((r) => r.cost ?? 0),
        ...(spec.smoke ? {} : { processMs }),
        loadAtStart: Math.round(loadAtStart * 100) / 100,
        // Every side's no-op (results.md shows one per side); the other scenarios of ours only (the old pattern's are 200 alike requests).
        ...(isOurs(spec.side) || scenario === 'noop' ? { timeline: timeline(gh.requests, result) } : {}),
      }
      out.problems.push(...check(spec, scenario, record, detail, result, previousHead).map((p) => `${label}: ${p}`))
      out.runs.push(record)
      out.details.push(detail)
      previousHead = result.headSha
    }
  } finally {
    await gh.close()
    rmSync(work, { recursive: true, force: true })
    checkouts?.dispose()
  }
  return out
}

function jobFor(spec: ChainSpec, gh: FakeGitHub, scenario: Scenario, from: ScenarioSource, measured: boolean): Job {
  const source = sourceIdentity()
  // A checkout credits its HEAD; the corpus folder names the commit the fixture was taken at.
  const commit = from.commit ?? source.commit
  const common = {
    name: scenario,
    apiUrl: gh.url,
    token: gh.token,
    sourceDir: from.dir,
    sectionsFile: spec.sectionsFile,
    sourceRepository: source.repository,
    sourceRef: source.ref,
    ...(commit ? { sourceCommit: commit } : {}),
    site: SITE,
    targetPath: TARGET_PATH,
  }
  // An unmeasured set-up run only has to leave the site as a measured run would: no spacing.
  const fast = spec.smoke || !measured
  const timing = fast ? ('fast' as const) : ('production' as const)
  if (isOurs(spec.side)) return { ...common, kind: 'ours', branch: 'learning-path-sync', timing }
  return {
    ...common,
    kind: 'baseline',
    branch: 'old-scripts-sync',
    spacing: spec.side === 'baseline-same-spacing' ? 'ours' : fast ? 'none' : 'octokit-default',
    timing,
    rerun: scenario !== 'full',
  }
}

/** What each scenario must have done for its numbers to mean anything. */
function check(
  spec: ChainSpec,
  scenario: Scenario,
  r: RunRecord,
  d: RunDetail,
  result: JobResult,
  previousHead: string | undefined,
): string[] {
  const problems: string[] = []
  if (!isOurs(spec.side)) {
    if (r.graphqlRequests !== spec.oldRequests)
      problems.push(`expected ${spec.oldRequests} GraphQL requests (the old walk), got ${r.graphqlRequests}`)
    if (r.restWrites !== 3) problems.push(`expected 3 writes (tree, commit, ref), got ${r.restWrites}`)
    return problems
  }
  if (scenario === 'full') {
    if (d.operation !== 'created') problems.push(`expected a pull request created, got '${d.operation}'`)
    if (d.changedFiles !== d.pages) problems.push(`onto an empty site: expected all ${d.pages} pages added, got ${d.changedFiles}`)
  } else if (scenario === 'noop') {
    if (d.operation !== 'none') problems.push(`expected operation 'none', got '${d.operation}'`)
    if (r.restWrites !== 0) problems.push(`expected 0 writes, got ${r.restWrites}`)
    if (result.headSha !== previousHead) problems.push(`the pull request's head moved (${previousHead} → ${result.headSha})`)
  } else {
    if (d.operation !== 'updated') problems.push(`expected the pull request updated, got '${d.operation}'`)
    const files = d.commitFiles ?? []
    const prefix = `${TARGET_PATH}/${spec.editSection}/`
    if (files.length !== 1 || !files[0].startsWith(prefix))
      problems.push(`expected a new commit changing one page under ${prefix}, got [${files.join(', ')}]`)
  }
  return problems
}

/** Paths a commit changed against an earlier one, as git on the site repository sees it. */
function commitDiff(gh: FakeGitHub, from: string | undefined, to: string | undefined): string[] {
  if (!from || !to) return []
  return gh.git(SITE, ['diff', '--name-only', from, to]).split('\n').filter(Boolean)
}

function timeline(entries: readonly RequestLogEntry[], result: JobResult): TimelineEntry[] {
  const at = (ms: number) => Math.round(ms - result.startedAtMs)
  return entries
    .filter((e) => e.startedAtMs !== undefined)
    .map((e) => ({
      method: e.method,
      path: e.path,
      ...(e.operationName ? { operation: e.operationName } : {}),
      startMs: at(e.startedAtMs!),
      endMs: at(e.startedAtMs! + e.durationMs),
      write: e.write,
    }))
    .sort((a, b) => a.startMs - b.startMs)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const spec = JSON.parse(process.argv[2] ?? '') as ChainSpec
  runChain(spec).then(
    (result) => process.stdout.write(`${CHAIN_RESULT_PREFIX}${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`bench chain: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exitCode = 1
    },
  )
}
