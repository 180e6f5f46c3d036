// One idea per file, and one name per idea: two files of src/ with the same name (two
// github-api.ts with unrelated contents, the engine's sync.ts and the CLI's) make every import,
// stack trace and search ambiguous. A folder's types.ts is the one name every folder may use.
// And tests/ mirrors src/: the test of src/x/y.ts is tests/x/y.test.ts.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/repo-root.js'

/** The one file name several folders may each have. */
const SHARED_BY_DESIGN = new Set(['types.ts'])

/** Every file below `folder` of the repository, as a path from the root with `/`. */
function filesBelow(folder: string): string[] {
  return readdirSync(path.join(REPO_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}

/**
 * Test files named after a module of src/ that are not where it would be mirrored, with where
 * that is. End-to-end tests (`*.e2e.test.ts`) run the bundled entries and are named after what
 * they show; tests/fake-github/ tests the local GitHub, which mirrors nothing of src/.
 */
function misplacedTests(sources: readonly string[], tests: readonly string[]): Record<string, string[]> {
  const byName = new Map<string, string[]>()
  for (const source of sources) {
    const name = path.posix.basename(source, '.ts')
    byName.set(name, [...(byName.get(name) ?? []), source.replace(/^src\//, 'tests/').replace(/\.ts$/, '.test.ts')])
  }
  const misplaced: Record<string, string[]> = {}
  for (const test of tests) {
    if (!test.endsWith('.test.ts') || test.endsWith('.e2e.test.ts') || test.startsWith('tests/fake-github/')) continue
    const mirrors = byName.get(path.posix.basename(test, '.test.ts')) ?? []
    if (mirrors.length > 0 && !mirrors.includes(test) && !MIRRORED_ELSEWHERE[test]) misplaced[test] = mirrors
  }
  return misplaced
}

/** Tests named after a module of src/ that stand elsewhere on purpose, and why. */
const MIRRORED_ELSEWHERE: Record<string, string> = {
  'tests/cli/cli.test.ts':
    'the bundled CLI as a user runs it: src/cli.ts and every command of src/commands/, with the other tests of tests/cli/',
}

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
    const files = filesBelow('src')
    expect(files.length).toBeGreaterThan(100)
    expect(sharedFileNames(files)).toEqual({})
  })

  it('finds a name two folders share, and lets types.ts be', () => {
    const files = ['src/sync.ts', 'src/commands/sync.ts', 'src/render/types.ts', 'src/health/types.ts', 'src/render/article.ts']
    expect(sharedFileNames(files)).toEqual({ 'sync.ts': ['src/sync.ts', 'src/commands/sync.ts'] })
  })
})

describe('tests/ mirrors src/', () => {
  it("a test named after a module of src/ stands where that module's path says", () => {
    const sources = filesBelow('src')
    expect(misplacedTests(sources, filesBelow('tests'))).toEqual({})
  })

  it('finds a test in the wrong folder, and lets end-to-end tests, the local GitHub and the listed exceptions be', () => {
    const sources = ['src/shared/page-paths.ts', 'src/cli.ts', 'src/shared/content-errors.ts', 'src/render/article.ts']
    const tests = [
      'tests/plan/page-paths.test.ts',
      'tests/render/article.test.ts',
      'tests/cli/content-errors.e2e.test.ts',
      'tests/fake-github/cli.test.ts',
      'tests/cli/cli.test.ts',
    ]
    expect(misplacedTests(sources, tests)).toEqual({ 'tests/plan/page-paths.test.ts': ['tests/shared/page-paths.test.ts'] })
  })
})
