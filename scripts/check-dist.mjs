// Fails when dist/ differs from a fresh build of src/: the committed bundle is what runners execute.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, cpSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const saved = mkdtempSync(join(tmpdir(), 'lps-dist-'))
cpSync('dist', saved, { recursive: true })
try {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
  const stale = []
  const fresh = new Set(readdirSync('dist'))
  for (const name of new Set([...fresh, ...readdirSync(saved)])) {
    let before = null
    let after = null
    try { before = readFileSync(join(saved, name)) } catch {}
    try { after = readFileSync(join('dist', name)) } catch {}
    if (!before || !after || !before.equals(after)) stale.push(name)
  }
  if (stale.length > 0) {
    console.error(`dist/ is stale: ${stale.join(', ')} differ from a fresh build. Run \`npm run build\` and commit dist/.`)
    cpSync(saved, 'dist', { recursive: true })
    process.exit(1)
  }
  console.log('dist/ is up to date')
} finally {
  rmSync(saved, { recursive: true, force: true })
}
