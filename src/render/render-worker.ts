// A render worker's entry (bundled as dist/render-worker.js; render-pool.ts starts it). It loads
// Asciidoctor once, says it is ready, then renders one source file per request until the pool
// ends it, which it may do in the middle of a file whose time is up.
import { parentPort } from 'node:worker_threads'
import { performance } from 'node:perf_hooks'
import { loadAsciidoctor } from './asciidoc.js'
import type { PageExists } from './links.js'
import { pageExistsIn, renderJob } from './render-job.js'
import type { WorkerReply, WorkerRequest } from './render-pool.js'

const port = parentPort
if (!port) throw new Error('render-worker runs as a worker thread of the render pool')
const reply = (message: WorkerReply) => port.postMessage(message)
let pageExists: PageExists = () => false

loadAsciidoctor()
port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'setup') {
    pageExists = pageExistsIn(request.setup)
    return
  }
  const started = performance.now()
  try {
    const pages = renderJob(request.job, pageExists)
    reply({ kind: 'done', pages, ms: performance.now() - started })
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
reply({ kind: 'ready' })
