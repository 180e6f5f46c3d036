// `npm run bench -- [options]` (see args.ts): this action's sync against the old scripts'
// request pattern, on the real fixture, against the local GitHub, for every scenario × side ×
// latency of the matrix (issue 12). The work is split into chains (one side at one latency,
// its scenarios in order, its own local GitHub); chains are latency-bound and independent, so
// several run at once, each in its own process. Results are written after every chain, so an
// interrupted benchmark still leaves what finished.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { createFsSourceTree } from '../src/discover/fs-source-tree.js'
import { loadConfig } from '../src/config/load.js'
import { renderSources } from '../src/sync.js'
import { parseBenchArgs, type BenchArgs } from './args.js'
import { runScriptInChild } from './child.js'
import { lookupBreakdown, oldLookups } from './baseline/old-lookups.js'
import { CHAIN_RESULT_PREFIX, runChain, type ChainResult, type ChainSpec } from './chain.js'
import { wallTimeChart } from './chart.js'
import { writeHostileResults } from './hostile-inputs.js'
import { machineInfo } from './machine.js'
import { cellKey, SIDES, type BenchResults, type RunDetail, type RunRecord } from './matrix.js'
import { renderResultsMarkdown, type Invocation } from './report.js'
import { renderPoolSection, withRenderPoolSection } from './render-pool-section.js'
import { writeOneSectionFile } from './sources.js'
import { CORPUS_SOURCE, requireCorpus } from '../tests/support/corpus.js'
import { REPO_ROOT } from '../tests/support/repo-root.js'

/** Smoke runs use the smallest section: one language, six articles, no workbook. */
const SMOKE_SECTION = 'project-leader'
const CHAIN_SCRIPT = path.join(REPO_ROOT, 'bench/chain.ts')

interface Details {
  invocations: Invocation[]
  details: RunDetail[]
}

async function main(args: BenchArgs): Promise<void> {
  requireCorpus()
  const work = mkdtempSync(path.join(tmpdir(), 'lps-bench-'))
  const outDir = args.outDir ?? (args.smoke ? mkdtempSync(path.join(tmpdir(), 'lps-bench-results-')) : path.join(REPO_ROOT, 'bench'))
  mkdirSync(outDir, { recursive: true })
  try {
    const sectionsFile = args.smoke ? writeOneSectionFile(CORPUS_SOURCE, SMOKE_SECTION, work) : undefined
    const breakdown = await oldRequestBreakdown(sectionsFile)
    const editSection = args.smoke ? SMOKE_SECTION : firstSection()

    const chains: ChainSpec[] = []
    for (const side of args.reportOnly ? [] : args.sides) {
      for (const latencyMs of args.latenciesMs) {
        for (let run = 1; run <= args.runs; run++) {
          chains.push({
            side,
            latencyMs,
            scenarios: args.scenarios,
            run,
            smoke: args.smoke,
            sectionsFile,
            editSection,
            oldRequests: breakdown.requests,
          })
        }
      }
    }
    // Interleaved: run by run, the goal latency first, every side of a run side by side, so that
    // each ratio compares runs from the same minutes on the same machine (a later run or latency
    // never waits behind all of one side).
    chains.sort((a, b) => a.run - b.run || b.latencyMs - a.latencyMs || SIDE_ORDER.indexOf(a.side) - SIDE_ORDER.indexOf(b.side))

    const measuredCells = new Set(
      chains.flatMap((c) => c.scenarios.map((scenario) => cellKey({ scenario, side: c.side, latencyMs: c.latencyMs }))),
    )
    let previous: Previous = args.merge ? readPrevious(outDir) : { runs: [], invocations: [], details: [] }
    for (const dir of args.from) previous = combine(previous, readPrevious(dir))
    const kept = previous.runs.filter((r) => !measuredCells.has(cellKey(r)))
    const keptKeys = new Set(kept.map(cellKey))
    const invocation: Invocation = {
      date: new Date().toISOString(),
      argv: process.argv.slice(2),
      chains: chains.length,
      concurrency: args.smoke ? 1 : args.concurrency,
      loadStart: loadavg(),
      loadEnd: loadavg(),
      failures: [],
    }
    const state = {
      runs: [...kept],
      details: previous.details.filter((d) => keptKeys.has(d.key.split('/').slice(0, 3).join('/'))),
      problems: [] as string[],
      invocations: args.reportOnly ? previous.invocations : [...previous.invocations, invocation],
    }
    const write = () => {
      invocation.loadEnd = loadavg()
      const sortKey = (r: RunRecord) => `${cellKey(r)}`
      const results: BenchResults = { runs: [...state.runs].sort((a, b) => order(a) - order(b) || sortKey(a).localeCompare(sortKey(b))) }
      writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n')
      const details: Details = { invocations: state.invocations, details: [...state.details].sort((a, b) => a.key.localeCompare(b.key)) }
      writeFileSync(path.join(outDir, 'details.json'), JSON.stringify(details, null, 1) + '\n')
      writeFileSync(path.join(outDir, 'wall-time.svg'), wallTimeChart(results.runs))
      const markdown = renderResultsMarkdown({
        runs: results.runs,
        details: details.details,
        invocations: state.invocations,
        machine: machineInfo(),
        smoke: args.smoke,
        sections: args.smoke ? [SMOKE_SECTION] : 'all',
        breakdown,
        problems: state.problems,
      })
      // The render pool's section (bench/render-pool.ts) is carried over as it was.
      const resultsMd = path.join(outDir, 'results.md')
      const pool = renderPoolSection(existsSync(resultsMd) ? readFileSync(resultsMd, 'utf8') : undefined)
      writeFileSync(resultsMd, withRenderPoolSection(markdown, pool))
    }

    let done = 0
    await pool(chains, args.smoke ? 1 : args.concurrency, args.staggerMs, async (chain) => {
      const label = `${chain.side} @ ${chain.latencyMs} ms, run ${chain.run}`
      process.stderr.write(`bench: start ${label}\n`)
      try {
        const result = args.smoke ? await runChain(chain) : await runChainProcess(chain)
        state.runs.push(...result.runs)
        state.details.push(...result.details)
        state.problems.push(...result.problems)
        process.stderr.write(
          `bench: done ${label} (${++done}/${chains.length}): ${result.runs.map((r) => `${r.scenario} ${r.wallMs} ms`).join(', ')}\n`,
        )
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        invocation.failures.push(`${label}: ${message.split('\n')[0]}`)
        process.stderr.write(`bench: FAILED ${label} (${++done}/${chains.length}): ${message}\n`)
      }
      write()
    })
    write()
    process.stdout.write(`${path.join(outDir, 'results.json')}\n`)
    // Inputs that used to hang or crash a run (issue 11): timed after the scenarios, in this process.
    process.stderr.write('bench: hostile inputs ...')
    process.stderr.write(` ${writeHostileResults(outDir, !args.smoke)}\n`)
    if (state.problems.length > 0 || invocation.failures.length > 0) {
      process.stderr.write(
        `bench: the scenarios did not behave as expected:\n${[...state.problems, ...invocation.failures].map((p) => `  - ${p}`).join('\n')}\n`,
      )
      process.exitCode = 1
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const SIDE_ORDER: string[] = [...SIDES]
const SCENARIO_ORDER = ['full', 'noop', 'one-change']
const order = (r: RunRecord) => SCENARIO_ORDER.indexOf(r.scenario) * 100_000 + SIDE_ORDER.indexOf(r.side) * 10_000 + r.latencyMs

/** `size` workers through `items`; item k starts no earlier than k × `staggerMs` after the first. */
async function pool<T>(items: readonly T[], size: number, staggerMs: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const started = Date.now()
  const worker = async () => {
    while (next < items.length) {
      const k = next++
      const wait = k * staggerMs - (Date.now() - started)
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      await work(items[k])
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}

function runChainProcess(spec: ChainSpec): Promise<ChainResult> {
  return runScriptInChild<ChainResult>(CHAIN_SCRIPT, spec, CHAIN_RESULT_PREFIX, 'chain process')
}

interface Previous {
  runs: RunRecord[]
  invocations: Invocation[]
  details: RunDetail[]
}

/** `later`'s cells replace `earlier`'s; the invocations of both are kept. */
function combine(earlier: Previous, later: Previous): Previous {
  const cells = new Set(later.runs.map(cellKey))
  const cellOf = (key: string) => key.split('/').slice(0, 3).join('/')
  return {
    runs: [...earlier.runs.filter((r) => !cells.has(cellKey(r))), ...later.runs],
    invocations: [...earlier.invocations, ...later.invocations],
    details: [...earlier.details.filter((d) => !cells.has(cellOf(d.key))), ...later.details],
  }
}

function readPrevious(outDir: string): Previous {
  const resultsFile = path.join(outDir, 'results.json')
  const detailsFile = path.join(outDir, 'details.json')
  const results = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Partial<BenchResults>) : {}
  const details = existsSync(detailsFile) ? (JSON.parse(readFileSync(detailsFile, 'utf8')) as Partial<Details>) : {}
  return { runs: Array.isArray(results.runs) ? results.runs : [], invocations: details.invocations ?? [], details: details.details ?? [] }
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
