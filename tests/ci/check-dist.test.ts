// The stale-bundle check CI runs: it passes on a fresh dist/ and fails once src/ moves on,
// without ever writing dist/. And the tests' own bundle is built elsewhere, so that `npm test`
// never rewrites the committed dist/ either.
import { spawn } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { bundled } from '../support/bundle.js'
import { REPO_ROOT } from '../support/repo-root.js'

function run(cwd: string, script: string): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (status) => resolve({ status: status ?? -1, output }))
  })
}

it('check-dist passes on a fresh bundle and fails on a stale one, leaving dist/ as it was', async () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'lps-dist-check-'))
  for (const entry of ['src', 'scripts', 'package.json']) cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true })
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'))

  expect((await run(copy, 'scripts/build.mjs')).status).toBe(0)
  const fresh = await run(copy, 'scripts/check-dist.mjs')
  expect(fresh.output).toContain('dist/ is up to date')
  expect(fresh.status).toBe(0)

  const committed = readFileSync(path.join(copy, 'dist/index.js'))
  const writtenAt = statSync(path.join(copy, 'dist/index.js')).mtimeMs
  appendFileSync(path.join(copy, 'src/main.ts'), '\nconsole.log("a change nobody bundled")\n')
  const stale = await run(copy, 'scripts/check-dist.mjs')
  expect(stale.status).toBe(1)
  expect(stale.output).toMatch(/dist\/ is stale: .*index\.js/)
  // The check leaves what was committed alone, so a failing CI run shows the real difference.
  expect(readFileSync(path.join(copy, 'dist/index.js')).equals(committed)).toBe(true)
  expect(statSync(path.join(copy, 'dist/index.js')).mtimeMs).toBe(writtenAt)

  // The render worker is a bundle of its own: a change to its entry makes render-worker.js stale too.
  appendFileSync(path.join(copy, 'src/render/render-worker.ts'), '\nconsole.log("a change only the worker holds")\n')
  const worker = await run(copy, 'scripts/check-dist.mjs')
  expect(worker.status).toBe(1)
  expect(worker.output).toMatch(/dist\/ is stale: index\.js, render-worker\.js differ/)
})

it("the end-to-end tests run this run's bundle of src/, built outside the checkout", () => {
  for (const entry of ['index.js', 'cli.js', 'render-worker.js'] as const) {
    const file = bundled(entry)
    expect(path.relative(REPO_ROOT, file).startsWith('..'), file).toBe(true)
    expect(statSync(file).size).toBeGreaterThan(100_000)
  }
})

it('each bundle stays under 2.5 MB: one Octokit, no undici, syntax minified (issue 22)', () => {
  for (const entry of ['index.js', 'cli.js'] as const) expect(statSync(bundled(entry)).size, entry).toBeLessThan(2_500_000)
  // The action's bundle carries no second HTTP stack: fetch is Node's own (scripts/build.mjs).
  expect(readFileSync(bundled('index.js'), 'utf8')).not.toContain('undici.globalDispatcher')
})
