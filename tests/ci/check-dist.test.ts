// The stale-bundle check CI runs: it passes on a fresh dist/ and fails once src/ moves on.
import { spawn } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

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
  for (const entry of ['src', 'scripts', 'package.json']) cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true })
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'))

  expect((await run(copy, 'scripts/build.mjs')).status).toBe(0)
  const fresh = await run(copy, 'scripts/check-dist.mjs')
  expect(fresh.output).toContain('dist/ is up to date')
  expect(fresh.status).toBe(0)

  const committed = readFileSync(path.join(copy, 'dist/index.js'))
  appendFileSync(path.join(copy, 'src/main.ts'), '\nconsole.log("a change nobody bundled")\n')
  const stale = await run(copy, 'scripts/check-dist.mjs')
  expect(stale.status).toBe(1)
  expect(stale.output).toMatch(/dist\/ is stale: .*index\.js/)
  // The check restores what was committed, so a failing CI run shows the real difference.
  expect(readFileSync(path.join(copy, 'dist/index.js')).equals(committed)).toBe(true)
})
