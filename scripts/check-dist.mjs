// Fails when dist/ differs from a fresh build of src/: the committed bundle is what runners execute.
// The fresh build goes into a temporary folder, so dist/ is only read, never rewritten: a failing
// run leaves the committed bundle as it was, for the difference to be seen.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const read = (file) => (existsSync(file) ? readFileSync(file) : null)
const fresh = mkdtempSync(join(tmpdir(), 'lps-dist-'))
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' })
  const committed = existsSync('dist') ? readdirSync('dist') : []
  const stale = []
  for (const name of [...new Set([...readdirSync(fresh), ...committed])].sort()) {
    const before = read(join('dist', name))
    const after = read(join(fresh, name))
    if (!before || !after || !before.equals(after)) stale.push(name)
  }
  if (stale.length > 0) {
    console.error(`dist/ is stale: ${stale.join(', ')} differ from a fresh build. Run \`npm run build\` and commit dist/.`)
    process.exitCode = 1
  } else {
    console.log('dist/ is up to date')
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
