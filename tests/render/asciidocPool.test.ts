import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { convertAsciidoc } from '../../src/render/asciidoc.js'
import { startAsciidocPool } from '../../src/render/asciidocPool.js'

// Workers that are not conversion workers: the pool must notice and convert on its own thread.
const dir = mkdtempSync(join(tmpdir(), 'lps-pool-'))
const entry = (name: string, code: string) => {
  const file = join(dir, name)
  writeFileSync(file, code)
  return pathToFileURL(file)
}
const exits = entry('exits.mjs', 'process.exit(0)\n')
const throws = entry('throws.mjs', "throw new Error('broken worker')\n")
const silent = entry('silent.mjs', "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => {})\nsetInterval(() => {}, 1000)\n")
const hangs = entry('hangs.mjs', "import { parentPort } from 'node:worker_threads'\nparentPort.postMessage({ kind: 'ready' })\nparentPort.on('message', () => {})\nsetInterval(() => {}, 1000)\n")
const wrongAnswers = entry(
  'wrong.mjs',
  "import { parentPort } from 'node:worker_threads'\nparentPort.postMessage({ kind: 'ready' })\nparentPort.on('message', () => parentPort.postMessage({ kind: 'done', results: [] }))\n",
)

const texts = Array.from({ length: 20 }, (_, i) => `== Title ${i}\n\nParagraph ${i} with *bold*.\n`)

describe('AsciiDoc conversion pool', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('without workers converts in order on this thread', async () => {
    const pool = startAsciidocPool()
    expect(await pool.convertAll(texts)).toEqual(texts.map((text) => convertAsciidoc(text)))
    await pool.close()
  })

  it.each([
    ['exits at once', exits],
    ['throws while loading', throws],
    ['never answers', silent],
    ['answers wrongly', wrongAnswers],
    ['hangs on a batch', hangs],
  ])('falls back to this thread when a worker %s', async (_name, url) => {
    const pool = startAsciidocPool({ workerUrl: url, workers: 2, batchTimeoutMs: 300 })
    const results = await pool.convertAll(texts)
    await pool.close()
    expect(results).toEqual(texts.map((text) => convertAsciidoc(text)))
  })
})
