// Bundles src/ into dist/ once before any test runs: the end-to-end tests run dist/index.js
// and dist/cli.js as processes, the way a runner and a user do, and several files doing their
// own build at the same time could read a bundle another one is still writing.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' })
}
