// `npm run bench:render -- [--runs N] [--sizes 1,2,4] [--out FILE]`: what the render pool of
// issue 21 costs and gains on the corpus (all 217 pages): the old render on the main thread,
// one worker, and pools of the given sizes, each run in a fresh process with the bundled worker
// (dist/render-worker.js as scripts/build.mjs builds it, into a temporary folder). Writes its
// section of results.md (bench/results.md by default), leaving the rest of the file alone.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { createFsSourceTree } from '../src/discover/fs-source-tree.js'
import type { RenderJob, RenderSetup } from '../src/render/render-job.js'
import { planRender } from '../src/render/render-pages.js'
import { defaultPoolSettings, renderInWorkers } from '../src/render/render-pool.js'
import { DEFAULT_OPTIONS } from '../src/shared/option-table.js'
import { loadSources } from '../src/sync.js'
import { CORPUS_SOURCE, requireCorpus } from '../tests/support/corpus.js'
import { REPO_ROOT } from '../tests/support/repo-root.js'
import { runScriptInChild } from './child.js'
import { machineInfo } from './machine.js'
import { markRenderPoolSection, withRenderPoolSection } from './render-pool-section.js'
import { median } from './stats.js'

const RESULT_PREFIX = 'BENCH-RENDER-POOL '
const THIS_SCRIPT = fileURLToPath(import.meta.url)

/** One measurement, in its own process: `workers` 0 is the render on the main thread. */
interface Variant {
  workers: number
  /** The folder holding the bundled render-worker.js. */
  bundleDir: string
}

interface Measured {
  workers: number
  pages: number
  files: number
  /** From the first file sent to the last page back, worker start-ups included (main thread: Asciidoctor's load included). */
  wallMs: number
  /** Each worker's start until ready (main thread: loading Asciidoctor once). */
  startMs: number[]
  /** Rendering itself, summed over files (inside the workers, or on the main thread). */
  renderMs: number
  /** Round trips minus rendering, summed over files: copying each file to a worker and its pages back. */
  messageMs: number
  /** The same render again in the same process: the workers are reused, no start-up. */
  warmWallMs: number
  /** CPU time of the cold render, every thread of the process (user + system): what it costs, whatever the load. */
  cpuMs: number
}

/** CPU time of the whole process (all its threads) spent in `work`, ms. */
async function withCpu<T>(work: () => Promise<T>): Promise<T & { cpuMs: number }> {
  const before = process.cpuUsage()
  const result = await work()
  const used = process.cpuUsage(before)
  return { ...result, cpuMs: (used.user + used.system) / 1000 }
}

async function measure({ workers, bundleDir }: Variant): Promise<Measured> {
  const loaded = await loadSources(createFsSourceTree(CORPUS_SOURCE), DEFAULT_OPTIONS.source)
  const plan = planRender(loaded.config, loaded.sources, DEFAULT_OPTIONS.source)
  const setup = { articlePages: loaded.sources.articlePages }
  const pages = plan.pages.length
  const files = plan.jobs.length
  if (workers === 0) return { workers, pages, files, ...(await withCpu(() => renderOnMainThread(plan.jobs, setup))) }
  // `slowMs: 0`: every lane opens at once, so a variant of N workers uses N (the default pool opens
  // a second lane only for a slow file, which the corpus does not have).
  const settings = { ...defaultPoolSettings(), size: workers, slowMs: 0, script: pathToFileURL(path.join(bundleDir, 'render-worker.js')) }
  const run = async () => {
    const started = performance.now()
    const { results, stats } = await renderInWorkers(plan.jobs, setup, 10_000, settings)
    if (results.some((r) => r.kind !== 'done')) throw new Error('a corpus file was stopped')
    return { wallMs: performance.now() - started, stats }
  }
  const cold = await withCpu(run)
  const warm = await run()
  return {
    workers,
    pages,
    files,
    wallMs: cold.wallMs,
    startMs: cold.stats.startMs,
    renderMs: cold.stats.renderMs,
    messageMs: cold.stats.roundTripMs - cold.stats.renderMs,
    warmWallMs: warm.wallMs,
    cpuMs: cold.cpuMs,
  }
}

/**
 * The render as it was before issue 21. Asciidoctor and the renderers are imported here, not
 * with the bench, so that their loading counts as this variant's start-up, as it does a worker's.
 */
async function renderOnMainThread(jobs: readonly RenderJob[], setup: RenderSetup) {
  const started = performance.now()
  const [{ loadAsciidoctor }, { pageExistsIn, renderJob }] = await Promise.all([
    import('../src/render/asciidoc.js'),
    import('../src/render/render-job.js'),
  ])
  loadAsciidoctor()
  const startMs = performance.now() - started
  const pageExists = pageExistsIn(setup)
  const renderAll = () => {
    const at = performance.now()
    for (const job of jobs) renderJob(job, pageExists)
    return performance.now() - at
  }
  const renderMs = renderAll()
  const warmWallMs = renderAll()
  return { wallMs: startMs + renderMs, startMs: [startMs], renderMs, messageMs: 0, warmWallMs }
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string' }, sizes: { type: 'string' }, out: { type: 'string' } } })
  const runs = Number(values.runs ?? 3)
  const defaultSize = defaultPoolSettings().size
  const sizes = (values.sizes ?? [...new Set([1, defaultSize, 4])].join(','))
    .split(',')
    .map(Number)
    .sort((a, b) => a - b)
  if (!(runs >= 1) || sizes.some((size) => !(size >= 1)))
    throw new Error('usage: npm run bench:render -- [--runs N] [--sizes 1,2,4] [--out FILE]')
  requireCorpus()
  const out = values.out ?? path.join(REPO_ROOT, 'bench/results.md')
  const bundleDir = mkdtempSync(path.join(tmpdir(), 'lps-bench-render-'))
  const loadStart = loadavg()
  const measured: Measured[] = []
  try {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), bundleDir], { cwd: REPO_ROOT, stdio: 'inherit' })
    // Interleaved (main thread, 1, 2, ..., then again), so a change in the machine's load touches every variant alike.
    for (let run = 1; run <= runs; run++) {
      for (const workers of [0, ...sizes]) {
        const result = await runScriptInChild<Measured>(
          THIS_SCRIPT,
          { workers, bundleDir },
          RESULT_PREFIX,
          `render with ${workers} workers`,
        )
        process.stderr.write(`bench:render: run ${run}, ${workers || 'main thread'}: ${Math.round(result.wallMs)} ms\n`)
        measured.push(result)
      }
    }
  } finally {
    rmSync(bundleDir, { recursive: true, force: true })
  }
  const section = markRenderPoolSection(report(measured, sizes, defaultSize, runs, loadStart, loadavg(), argv))
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '# Benchmark\n'
  writeFileSync(out, withRenderPoolSection(previous, section))
  process.stdout.write(`${out}\n`)
}

function report(
  measured: readonly Measured[],
  sizes: readonly number[],
  defaultSize: number,
  runs: number,
  loadStart: number[],
  loadEnd: number[],
  argv: readonly string[],
): string {
  const machine = machineInfo()
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const spread = (values: number[]) =>
    values.length > 1 ? `${s(median(values))} (${s(Math.min(...values))}–${s(Math.max(...values))})` : s(values[0])
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(', ')
  const { pages, files } = measured[0]
  const rows = [0, ...sizes].map((workers) => {
    const of = measured.filter((m) => m.workers === workers)
    const name =
      workers === 0
        ? 'main thread (before issue 21)'
        : `${workers} worker${workers > 1 ? 's' : ''}${workers === defaultSize ? ' (default here)' : ''}`
    const starts = of.flatMap((m) => m.startMs)
    return `| ${name} | ${spread(of.map((m) => m.wallMs))} | ${spread(of.map((m) => m.warmWallMs))} | ${starts.length / of.length} × ${s(median(starts))} | ${spread(of.map((m) => m.renderMs))} | ${workers === 0 ? '–' : spread(of.map((m) => m.messageMs))} | ${spread(of.map((m) => m.cpuMs))} |`
  })
  return [
    '## Render pool (issue 21)',
    '',
    `Measured by \`${['npm run bench:render', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ')}\` on ${machine.date}: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, availableParallelism ${availableParallelism()}; load average (1, 5, 15 min) ${load(loadStart)} at start, ${load(loadEnd)} at the end. The corpus: ${pages} pages from ${files} source files. Each run is a fresh process; the workers run the bundled dist/render-worker.js. Median (range) of ${runs} run(s) per row.`,
    '',
    '| render | wall, cold (start-ups included) | wall, warm (workers reused) | start-ups × median each | rendering, summed over files | message passing, summed over files | CPU of the cold render, all threads |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Start-up: a worker until it is ready (its bundle and Asciidoctor loaded, one small conversion); on the main thread, importing the renderers and Asciidoctor and the same conversion. Message passing: the round trips of all files minus the rendering inside the workers (copying each file in and its pages out, and waiting for the event loop). CPU: user and system time of the process, every thread, during the cold render: unlike the walls it hardly depends on the load of the machine.',
  ].join('\n')
}

if (process.argv[1] === THIS_SCRIPT) {
  const input = process.argv[2]
  const child = input?.startsWith('{') ? (JSON.parse(input) as Variant) : undefined
  const work = child
    ? measure(child).then((m) => process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(m)}\n`))
    : main(process.argv.slice(2))
  work.catch((error: unknown) => {
    process.stderr.write(`bench:render: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  })
}
