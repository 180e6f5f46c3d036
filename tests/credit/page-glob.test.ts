import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseContributorsFile } from '../../src/credit/contributors-file.js'
import { MAX_PAGE_GLOB_LENGTH, pageGlob, pageGlobProblem } from '../../src/credit/page-glob.js'

/** The glob as the regular expression it was before issue 21: the reference for what matches. */
function oldGlob(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*'
      i++
    } else if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** The pattern: `**` 11 times and a `*` (22 stars), then `Z`. */
const HOSTILE = '**********************Z'
const PAGES = ['introduction/01.md', 'organization-and-culture/trusted-committer/05.pt-br.md', 'trusted-committer/workbook.zh.md']

describe('page globs', () => {
  it('match what the regular expression matched (property)', () => {
    const text = (max: number, chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((c) => c.join(''))
    fc.assert(
      fc.property(text(12, ['a', 'b', '/', '.', '*', '?']), text(16, ['a', 'b', '/', '.', '*', '?', 'Z']), (pattern, path) => {
        expect(pageGlob(pattern).test(path)).toBe(oldGlob(pattern).test(path))
      }),
      { numRuns: 20_000 },
    )
  })

  it('answer the issue pattern, 12 × ** and more, at once (the regular expression never finished)', () => {
    for (const pattern of [HOSTILE, '**'.repeat(12) + 'Z', '**'.repeat(200) + 'Z']) {
      for (const page of PAGES) expect(pageGlob(pattern).test(page)).toBe(false)
      expect(pageGlob(pattern).test(`a/b/${'x'.repeat(10_000)}Z`)).toBe(true)
    }
    // `*` and `?` stay inside one folder.
    expect(pageGlob('*?'.repeat(200) + 'Z').test(`${'x'.repeat(10_000)}Z`)).toBe(true)
    expect(pageGlob('*?'.repeat(200) + 'Z').test(`a/${'x'.repeat(10_000)}Z`)).toBe(false)
  })

  it('are checked when the contributors file is read: runs of *, length, brackets', () => {
    const file = (pattern: string) => `add:\n  - name: X\n    url: null\n    pages: ['${pattern}']\n`
    expect(() => parseContributorsFile(file(HOSTILE), '.github/lp.yml')).toThrow(
      /^\.github\/lp\.yml: add\[0\]\.pages\[0\] has three or more \* in a row: use \* \(inside one folder\) or \*\* \(across folders\)/,
    )
    const long = `a/${'b'.repeat(MAX_PAGE_GLOB_LENGTH)}`
    expect(() => parseContributorsFile(file(long), '.github/lp.yml')).toThrow(
      `.github/lp.yml: add[0].pages[0] is ${long.length} characters long, more than ${MAX_PAGE_GLOB_LENGTH}`,
    )
    expect(() => parseContributorsFile(file('a/[ab].md'), '.github/lp.yml')).toThrow(
      /add\[0\]\.pages\[0\] may only use \* , \*\* and \? as wildcards/,
    )
    expect(pageGlobProblem('introduction/**/0?.md')).toBeNull()
    expect(pageGlobProblem('a/***')).not.toBeNull()
  })
})
