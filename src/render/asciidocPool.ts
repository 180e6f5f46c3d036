import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { convertAsciidoc, type AsciidocResult } from './asciidoc.js'

// Asciidoctor is most of a run's time, and each conversion is independent: with a spare core,
// a worker thread converts part of the texts. The worker runs the same bundled entry file
// (so nothing extra ships); the entry sees it is a worker and serves conversions instead of
// running the CLI. Results go back into their input slots, so output does not depend on
// which thread converted what. Any worker trouble falls back to converting on this thread.

const WORKER_FLAG = 'learningPathSyncAsciidocWorker'
/** Texts handed out per request: small enough to share the work evenly. */
const BATCH = 6

export interface ParallelOptions {
  /** The entry file the worker runs; it must call `serveAsciidocWorker()` when not on the main thread. */
  workerUrl: URL
  /** Worker threads; default: one per spare core, at most 3. 0 converts on this thread only. */
  workers?: number
  /** A batch not answered in this time is converted here and the worker stopped. Default 30 s. */
  batchTimeoutMs?: number
}

export interface AsciidocPool {
  convertAll(texts: readonly string[]): Promise<AsciidocResult[]>
  close(): Promise<void>
}

type Reply = { kind: 'ready' } | { kind: 'done'; results: AsciidocResult[] }

/**
 * Starts the workers now, so they load while the caller reads the sources.
 * Without `options` (or with 0 workers) everything converts on the calling thread.
 */
export function startAsciidocPool(options?: ParallelOptions): AsciidocPool {
  const count = options ? (options.workers ?? Math.min(availableParallelism() - 1, 3)) : 0
  const timeout = options?.batchTimeoutMs ?? 30_000
  const workers = Array.from({ length: Math.max(0, count) }, () => startWorker(options!.workerUrl, timeout))
  return {
    async convertAll(texts) {
      const results: AsciidocResult[] = new Array(texts.length)
      let next = 0
      const take = (): [number, number] => {
        const start = next
        next = Math.min(texts.length, next + BATCH)
        return [start, next]
      }
      const convertHere = (start: number, end: number) => {
        for (let i = start; i < end; i++) results[i] = convertAsciidoc(texts[i])
      }
      let mainDone: () => void = () => {}
      const mainFinished = new Promise<false>((resolve) => (mainDone = () => resolve(false)))
      const feed = async (worker: LiveWorker) => {
        // A worker still loading when this thread has run out of work gets none.
        if (!(await Promise.race([worker.ready, mainFinished]))) return
        for (let [start, end] = take(); start < end; [start, end] = take()) {
          const converted = await worker.convert(texts.slice(start, end))
          if (converted) converted.forEach((result, i) => (results[start + i] = result))
          else convertHere(start, end)
        }
      }
      const fed = Promise.all(workers.map(feed))
      for (let [start, end] = take(); start < end; [start, end] = take()) {
        convertHere(start, end)
        // Let worker replies in between, so they get their next batch without waiting.
        await new Promise((resolve) => setImmediate(resolve))
      }
      mainDone()
      await fed
      return results
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.stop()))
    },
  }
}

interface LiveWorker {
  /** false when the worker could not start. */
  ready: Promise<boolean>
  /** null when the worker failed; the caller converts those texts itself. */
  convert(texts: string[]): Promise<AsciidocResult[] | null>
  stop(): Promise<void>
}

function startWorker(url: URL, batchTimeoutMs: number): LiveWorker {
  let worker: Worker
  try {
    worker = new Worker(url, { workerData: { [WORKER_FLAG]: true }, stdout: true, stderr: true })
  } catch {
    return { ready: Promise.resolve(false), convert: async () => null, stop: async () => {} }
  }
  worker.unref()
  let pending: ((reply: Reply | null) => void) | undefined
  let broken = false
  const fail = () => {
    broken = true
    pending?.(null)
    pending = undefined
  }
  worker.on('error', fail)
  worker.on('exit', fail)
  const ready = new Promise<boolean>((resolve) => {
    pending = (reply) => resolve(reply?.kind === 'ready')
  })
  worker.on('message', (reply: Reply) => {
    const waiting = pending
    pending = undefined
    waiting?.(reply)
  })
  return {
    ready,
    convert(texts) {
      if (broken) return Promise.resolve(null)
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          fail()
          void worker.terminate()
        }, batchTimeoutMs)
        pending = (reply) => {
          clearTimeout(timer)
          resolve(reply?.kind === 'done' && reply.results.length === texts.length ? reply.results : null)
        }
        worker.postMessage(texts)
      })
    },
    async stop() {
      broken = true
      await worker.terminate()
    },
  }
}

/**
 * Call from an entry file at start-up: on a conversion worker it serves conversions and
 * returns true (the entry must then do nothing else); elsewhere it returns false.
 */
export function serveAsciidocWorker(): boolean {
  if (isMainThread || !parentPort || !(workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) return false
  const port = parentPort
  port.on('message', (texts: string[]) => {
    const reply: Reply = { kind: 'done', results: texts.map((text) => convertAsciidoc(text)) }
    port.postMessage(reply)
  })
  // Load Asciidoctor before saying ready, so the first batch is not the slow one.
  convertAsciidoc('')
  port.postMessage({ kind: 'ready' } satisfies Reply)
  return true
}
