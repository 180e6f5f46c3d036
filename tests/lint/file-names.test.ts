// One idea per file, and one name per idea: two files of src/ with the same name (two
// github-api.ts with unrelated contents, the engine's sync.ts and the CLI's) make every import,
// stack trace and search ambiguous. A folder's types.ts is the one name every folder may use.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/repo-root.js'

/** The one file name several folders may each have. */
const SHARED_BY_DESIGN = new Set(['types.ts'])

/** Each file name that more than one of `files` (paths relative to the root) carries, with those paths. */
function sharedFileNames(files: readonly string[]): Record<string, string[]> {
  const byName = new Map<string, string[]>()
  for (const file of files) {
    const name = path.posix.basename(file)
    if (!SHARED_BY_DESIGN.has(name)) byName.set(name, [...(byName.get(name) ?? []), file])
  }
  return Object.fromEntries([...byName].filter(([, paths]) => paths.length > 1))
}

describe('file names in src/', () => {
  it('are each used once (a types.ts per folder aside)', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    expect(files.length).toBeGreaterThan(100)
    expect(sharedFileNames(files)).toEqual({})
  })

  it('finds a name two folders share, and lets types.ts be', () => {
    const files = ['src/sync.ts', 'src/commands/sync.ts', 'src/render/types.ts', 'src/health/types.ts', 'src/render/article.ts']
    expect(sharedFileNames(files)).toEqual({ 'sync.ts': ['src/sync.ts', 'src/commands/sync.ts'] })
  })
})
