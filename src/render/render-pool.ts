import { availableParallelism } from 'node:os'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import type { PageOutcome, RenderJob, RenderSetup } from './render-job.js'

// Asciidoctor's time grows with the square (or worse) of some inputs: a paragraph of 320,000
// spaces took 34 to 80 s, 16,000 callouts 75 to 228 s, and no single regular expression is to
// blame. So no file is converted on the main thread: each is rendered in a worker thread that is
// terminated when the file's time budget runs out (V8 stops even a running regular expression),
// and a new worker takes the next file. A few workers at once also use the runner's cores.

/** How the pool runs: the worker script, how many at once, and each one's limits. */
export interface PoolSettings {
  /** Workers at once, at most (never more than there are files). */
  size: number
  /**
   * A file still rendering after this long opens one more lane (up to `size`) for the files
   * queued behind it. A worker's start-up costs about as much CPU as rendering the whole corpus,
   * so a run whose files are all quick is rendered by one worker; a slow file (a deadline in the
   * making) does not hold up the others.
   */
  slowMs: number
  /** The worker's module: the bundle's render-worker.js, or the TypeScript sources through tsx. */
  script: URL
  /** Each worker's V8 heap: a file that needs more fails alone (ERR_WORKER_OUT_OF_MEMORY), not the process. */
  memoryMb: number
}

/** What became of one file: its pages, or why it was stopped. */
export type JobResult = { kind: 'done'; pages: PageOutcome[] } | { kind: 'stopped'; reason: 'timeout' | 'memory' }

/** What the pool cost, for the bench. */
export interface PoolStats {
  /** Workers started for this render (a worker left idle by an earlier render is reused instead). */
  started: number
  /** Each start's time until the worker was ready (Asciidoctor loaded and warmed up), ms. */
  startMs: number[]
  /** Time spent rendering inside the workers, ms, summed over files. */
  renderMs: number
  /** Time from sending a file to having its pages back, ms, summed over files: render plus message passing. */
  roundTripMs: number
  /** Per job (in the jobs' order), when its result arrived, ms after the render began. */
  doneAtMs: number[]
}

/** Messages to a worker: this render's setup (before its first file), then one file at a time. */
export type WorkerRequest = { kind: 'setup'; setup: RenderSetup } | { kind: 'render'; job: RenderJob }

/** Messages from a worker: ready once, then one reply per file. */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; pages: PageOutcome[]; ms: number }
  /** A bug (not a problem in the file): the run fails, as it did before workers. */
  | { kind: 'failed'; message: string }

/**
 * Files rendered at once, at most. Each worker costs ~0.7 s of CPU (its start-up, its own
 * warm-up) and its own Asciidoctor (~50 MB), while the whole corpus renders in ~1.1 s of CPU
 * (bench/results.md): past 4 a worker costs more than its share of the render saves. Up to 4
 * slow files are stopped side by side instead of one after the other.
 */
export const MAX_RENDER_WORKERS = 4
/**
 * The corpus's largest file renders in ~50 ms: a file still rendering after 1 s is an outlier,
 * and the files behind it get another worker.
 */
export const SLOW_FILE_MS = 1_000
/** 512 MB of heap per worker: a 2 MB article (the default max-source-bytes) renders in under 64 MB. */
export const RENDER_WORKER_MEMORY_MB = 512
/**
 * The main thread's V8 stack is 984 KB; a worker's usable stack is its size less 192 KB that
 * Node keeps. The same usable stack as before workers: a file nested too deep for Asciidoctor
 * fails ("nesting too deep") exactly where it failed on the main thread.
 */
const STACK_SIZE_MB = (984 + 192) / 1024
/**
 * A worker outlives its render by this long, unreferenced (it never keeps the process up): the
 * next render in the process (a test file renders tens of times, seconds apart) takes it without
 * a start-up; a run's workers end with its process, or this long after its render.
 */
const IDLE_MS = 30_000

/** The pool's default settings: up to one worker per core, at most MAX_RENDER_WORKERS. */
export function defaultPoolSettings(): PoolSettings {
  return {
    size: Math.min(MAX_RENDER_WORKERS, availableParallelism()),
    slowMs: SLOW_FILE_MS,
    script: renderWorkerScript(),
    memoryMb: RENDER_WORKER_MEMORY_MB,
  }
}

/**
 * The worker's module. Bundled (dist/index.js, dist/cli.js) it is dist/render-worker.js, built
 * next to them. From the TypeScript sources (tsx, @github/local-action, vitest, the bench),
 * Node 20 can neither load a .ts file in a worker nor apply hooks passed with --import to the
 * worker's main module, so a small module registers tsx's hooks and then imports the worker.
 * Either way a worker that cannot start fails the run: nothing is converted outside a worker.
 */
export function renderWorkerScript(): URL {
  const here = import.meta.url
  // tsx may add a query to a module's URL (`?tsx-namespace=…`, as under @github/local-action).
  if (!new URL(here).pathname.endsWith('.ts')) return new URL('./render-worker.js', here)
  const tsx = import.meta.resolve('tsx/esm/api')
  const worker = new URL('./render-worker.ts', here).href
  const boot = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(worker)})`
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`)
}

/**
 * Renders each job in a worker, at most `timeoutMs` per job. The results are in the jobs' order,
 * whatever order the workers finish in. Larger files start first, so that a slow one overlaps
 * the others instead of running alone at the end.
 */
export async function renderInWorkers(
  jobs: readonly RenderJob[],
  setup: RenderSetup,
  timeoutMs: number,
  settings: PoolSettings,
): Promise<{ results: JobResult[]; stats: PoolStats }> {
  const results: JobResult[] = new Array<JobResult>(jobs.length)
  const began = performance.now()
  const stats: PoolStats = { started: 0, startMs: [], renderMs: 0, roundTripMs: 0, doneAtMs: [] }
  const queue = jobs.map((job, index) => ({ index, size: job.source.text.length })).sort((a, b) => b.size - a.size || a.index - b.index)
  const borrowed = new Set<RenderWorker>()
  const lanes: Promise<void>[] = []
  let failed = false

  const acquire = async (): Promise<RenderWorker> => {
    const worker = await idleOrNewWorker(settings, stats)
    borrowed.add(worker)
    worker.prepare(setup)
    return worker
  }
  // One lane per worker: it takes the next file until none is left, and starts a new worker
  // when a file had to be stopped.
  const lane = async () => {
    let worker: RenderWorker | null = null
    for (let next = queue.shift(); next && !failed; next = queue.shift()) {
      worker ??= await acquire()
      const sent = performance.now()
      const slow = setTimeout(openLane, settings.slowMs)
      const reply = await worker.render(jobs[next.index], timeoutMs).finally(() => clearTimeout(slow))
      stats.roundTripMs += performance.now() - sent
      stats.doneAtMs[next.index] = performance.now() - began
      if (reply.kind === 'done') {
        stats.renderMs += reply.ms
        results[next.index] = { kind: 'done', pages: reply.pages }
      } else {
        results[next.index] = reply
        borrowed.delete(worker)
        worker = null
      }
    }
    if (worker) {
      borrowed.delete(worker)
      worker.release()
    }
  }
  // Lanes start one at a time: the first at once, each next one when a file runs slow while
  // others wait in the queue.
  function openLane(): void {
    if (failed || queue.length === 0 || lanes.length >= settings.size) return
    const running = lane().catch((error: unknown) => {
      failed = true
      throw error
    })
    // Handled at once: a lane that fails while an earlier one is awaited is not an unhandled rejection.
    running.catch(() => undefined)
    lanes.push(running)
  }
  try {
    openLane()
    // A lane opened while others run is awaited too: the loop sees every lane there will be.
    for (let awaited = 0; awaited < lanes.length; awaited++) await lanes[awaited]
  } finally {
    // After a failure the other lanes stop at their next file; their workers end here.
    await Promise.all([...borrowed].map((worker) => worker.close()))
  }
  return { results, stats }
}

/** An idle worker started with these settings, else a new one (counted in `stats`). */
async function idleOrNewWorker(settings: PoolSettings, stats: PoolStats): Promise<RenderWorker> {
  const idleWorker = takeIdle(settings)
  if (idleWorker) return idleWorker
  const started = performance.now()
  stats.started++
  const worker = await RenderWorker.start(settings)
  stats.startMs.push(performance.now() - started)
  return worker
}

type RenderReply = { kind: 'done'; pages: PageOutcome[]; ms: number } | { kind: 'stopped'; reason: 'timeout' | 'memory' }

/** Idle workers by the settings they were started with. */
const idle = new Map<string, RenderWorker[]>()
const settingsKey = (settings: PoolSettings) => `${settings.memoryMb}\0${settings.script.href}`

function takeIdle(settings: PoolSettings): RenderWorker | undefined {
  const list = idle.get(settingsKey(settings)) ?? []
  for (let worker = list.pop(); worker; worker = list.pop()) {
    worker.wake()
    if (!worker.ended) return worker
  }
  return undefined
}

/** One worker thread, one file at a time. */
class RenderWorker {
  /** The setup this worker has, so that each render sends its own once. */
  private setup: RenderSetup | undefined
  private idleTimer: NodeJS.Timeout | undefined
  /** Set when the thread ended; an idle worker that ended is not taken again. */
  ended = false

  private constructor(
    private readonly worker: Worker,
    private readonly key: string,
  ) {
    // Errors during a render reach that render's listener too; this one only keeps an idle
    // worker's error from being an unhandled 'error' event.
    worker.on('error', () => (this.ended = true))
    worker.on('exit', () => (this.ended = true))
  }

  /** A worker with Asciidoctor loaded; rejects when it cannot start. */
  static start(settings: PoolSettings): Promise<RenderWorker> {
    const worker = new Worker(settings.script, {
      resourceLimits: { maxOldGenerationSizeMb: settings.memoryMb, stackSizeMb: STACK_SIZE_MB },
    })
    return new Promise((resolve, reject) => {
      const done = () => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
      }
      const fail = (reason: string) => {
        done()
        void worker.terminate()
        reject(new Error(`the render worker could not start: ${reason}`))
      }
      const onMessage = (reply: WorkerReply) => {
        if (reply.kind !== 'ready') return fail(`it answered "${reply.kind}" before it was ready`)
        done()
        resolve(new RenderWorker(worker, settingsKey(settings)))
      }
      const onError = (error: Error) => fail(error.message.split('\n')[0])
      const onExit = (code: number) => fail(`it exited with code ${code}`)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
    })
  }

  /** Hands the worker this render's setup, unless it has it already. */
  prepare(setup: RenderSetup): void {
    if (this.setup === setup) return
    this.setup = setup
    this.send({ kind: 'setup', setup })
  }

  /** The file's pages, or `stopped` when it took longer than `timeoutMs` or ran out of memory (the worker is gone then). */
  render(job: RenderJob, timeoutMs: number): Promise<RenderReply> {
    const { worker } = this
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
      }
      const stop = (reason: 'timeout' | 'memory') => {
        done()
        // Resolved once the thread is gone, so the next file's worker does not share its core.
        void this.close().then(() => resolve({ kind: 'stopped', reason }), reject)
      }
      const timer = setTimeout(() => stop('timeout'), timeoutMs)
      const onMessage = (reply: WorkerReply) => {
        done()
        if (reply.kind === 'done') resolve(reply)
        else
          reject(
            new Error(`rendering ${job.source.path} failed: ${reply.kind === 'failed' ? reply.message : 'the worker said ready twice'}`),
          )
      }
      const onError = (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return stop('memory')
        done()
        reject(new Error(`the render worker failed on ${job.source.path}: ${error.message}`))
      }
      const onExit = (code: number) => {
        done()
        reject(new Error(`the render worker exited (code ${code}) while rendering ${job.source.path}`))
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      this.send({ kind: 'render', job })
    })
  }

  /** Back to the idle workers, unreferenced, until the next render takes it or IDLE_MS pass. */
  release(): void {
    this.worker.unref()
    const list = idle.get(this.key) ?? []
    idle.set(this.key, [...list, this])
    this.idleTimer = setTimeout(() => {
      idle.set(
        this.key,
        (idle.get(this.key) ?? []).filter((w) => w !== this),
      )
      void this.close()
    }, IDLE_MS).unref()
  }

  /** Out of the idle workers: referenced again, so the process waits for its replies. */
  wake(): void {
    clearTimeout(this.idleTimer)
    this.worker.ref()
  }

  /** Ends the worker (terminate stops it even in the middle of a conversion). */
  async close(): Promise<void> {
    await this.worker.terminate()
  }

  private send(request: WorkerRequest): void {
    this.worker.postMessage(request)
  }
}
