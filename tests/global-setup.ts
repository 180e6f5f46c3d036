// Once per run, before any test file loads:
// - the corpus: without it, one line says which suites are skipped and how to provide it;
//   under LPS_REQUIRE_CORPUS=1 (CI) a missing corpus fails the run instead.
// - the bundle: src/ is bundled once into a temporary folder for the end-to-end tests, which run
//   its index.js and cli.js as processes, the way a runner and a user do (several files building
//   at the same time could read a bundle another one is still writing). The committed dist/ is
//   never written here; `npm run check-dist` compares it with a fresh build.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { BUNDLE_DIR_KEY } from './support/bundle.js'
import { corpusGate } from './support/corpus.js'
import { REPO_ROOT } from './support/repo-root.js'

export default function setup(project: TestProject): () => void {
  const { skip } = corpusGate()
  if (skip) console.log(skip)
  const bundleDir = mkdtempSync(path.join(tmpdir(), 'lps-bundle-'))
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), bundleDir], { cwd: REPO_ROOT, stdio: 'inherit' })
  project.provide(BUNDLE_DIR_KEY, bundleDir)
  return () => rmSync(bundleDir, { recursive: true, force: true })
}
