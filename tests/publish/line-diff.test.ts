import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_LCS_CELLS, unifiedDiff } from '../../src/publish/line-diff.js'

/** Applies our diff with git and returns the result: the judge is git, not our own reading. */
function applyWithGit(before: string | null, patch: string): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'lps-diff-'))
  try {
    if (before !== null) writeFileSync(path.join(dir, 'page.md'), before)
    writeFileSync(path.join(dir, 'change.patch'), patch)
    execFileSync('git', ['apply', '--unidiff-zero', 'change.patch'], { cwd: dir, stdio: 'pipe' })
    try {
      return readFileSync(path.join(dir, 'page.md'), 'utf8')
    } catch {
      return null
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const lines = (n: number, label = 'line') => Array.from({ length: n }, (_, i) => `${label} ${i + 1}`).join('\n')

describe('unifiedDiff', () => {
  it('prints the usual format for a one-line change', () => {
    expect(unifiedDiff('a/page.md', 'b/page.md', 'one\ntwo\nthree\n', 'one\n2\nthree\n')).toBe(
      '--- a/page.md\n+++ b/page.md\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n',
    )
  })

  it('is empty for equal texts', () => {
    expect(unifiedDiff('a', 'b', 'same', 'same')).toBe('')
  })

  it('marks a missing final newline as generated pages have', () => {
    expect(unifiedDiff('a/p', 'b/p', 'x\ny', 'x\nz')).toBe(
      '--- a/p\n+++ b/p\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+z\n\\ No newline at end of file\n',
    )
  })

  it.each([
    ['edits far apart (two hunks)', lines(40), lines(40).replace('line 3\n', 'line three\n').replace('line 35\n', 'line 35\nextra\n')],
    ['a new file', null, lines(5)],
    ['a deleted file', lines(5) + '\n', null],
    ['the newline at the end removed', lines(8) + '\n', lines(8)],
    ['everything replaced', lines(20, 'old'), lines(15, 'new')],
    [
      'front matter reordered',
      '---\ntitle: A\ncontributors:\n  - name: Ann\n  - name: Bob\n---\nbody',
      '---\ntitle: A\ncontributors:\n  - name: Bob\n  - name: Cy\n  - name: Ann\n---\nbody',
    ],
  ])('git apply turns the old text into the new one: %s', (_name, before, after) => {
    const patch = unifiedDiff('a/page.md', 'b/page.md', before, after)
    expect(patch).not.toBe('')
    expect(applyWithGit(before, patch)).toBe(after)
  })

  it('splits distant changes into separate hunks', () => {
    const before = lines(40)
    const after = before.replace('line 3\n', 'line three\n').replace('line 35\n', 'line thirty-five\n')
    expect(unifiedDiff('a', 'b', before, after).match(/^@@/gm)).toHaveLength(2)
  })

  it('a 1 MB page changed all over: no LCS table past the cap, the changed part shown whole, still a correct patch', () => {
    // 90,000 short lines, every fifth one changed: a full table would be 8 billion cells.
    const before = lines(90_000, 'old text') + '\n'
    const after = before
      .split('\n')
      .map((line, i) => (i % 5 === 2 ? line.replace('old', 'new') : line))
      .join('\n')
    expect(before.length).toBeGreaterThan(1_000_000)
    const started = performance.now()
    const patch = unifiedDiff('a/page.md', 'b/page.md', before, after)
    expect((performance.now() - started) / 1000).toBeLessThan(10)
    expect(patch.split('\n')[0]).toBe(
      '(too many changed lines to match one by one: the changed part of b/page.md is shown removed and added whole)',
    )
    expect(applyWithGit(before, patch)).toBe(after)
  })

  it('still matches line by line up to the cap', () => {
    const side = Math.floor(Math.sqrt(MAX_LCS_CELLS)) - 2
    const before = lines(side) + '\n'
    const after = before.replace('line 1\n', 'line one\n').replace(`line ${side}\n`, `line ${side} changed\n`)
    const patch = unifiedDiff('a/page.md', 'b/page.md', before, after)
    expect(patch.startsWith('--- a/page.md')).toBe(true)
    expect(patch.match(/^[-+][^-+]/gm)).toHaveLength(4)
    expect(applyWithGit(before, patch)).toBe(after)
  })
})
