// The `add` rules of a contributors file: people credited for work that leaves no commit (a
// video, a translation review), listed last on the pages their globs name.
import type { Contributor } from '../shared/types.js'
import type { ContributorsFile } from './contributors-file.js'
import { pageGlob, type PageGlob } from './page-glob.js'

export interface Addition {
  label: string
  person: Contributor
  globs: PageGlob[]
}

export function additionsOf(file: ContributorsFile | null): Addition[] {
  return (file?.add ?? []).map((entry) => ({
    label: `add "${entry.name}"`,
    person: { name: entry.name, url: entry.url },
    globs: entry.pages.map((pattern) => pageGlob(pattern)),
  }))
}

/** The list with the additions that name `pagePath` appended (a name already listed keeps its place). */
export function withAdditions(
  pagePath: string,
  list: readonly Contributor[],
  additions: readonly Addition[],
): { list: Contributor[]; changedBy: string[] } {
  const out = list.map((c) => ({ ...c }))
  const changedBy: string[] = []
  for (const addition of additions) {
    if (!addition.globs.some((glob) => glob.test(pagePath))) continue
    if (out.some((c) => c.name === addition.person.name)) continue
    out.push({ ...addition.person })
    changedBy.push(addition.label)
  }
  return { list: out, changedBy }
}

/** `add[i].pages[j]` of every pattern that names none of `pagePaths`: most likely a typo. */
export function unmatchedPatterns(file: ContributorsFile | null, pagePaths: readonly string[]): string[] {
  const unmatched: string[] = []
  file?.add.forEach((entry, i) =>
    entry.pages.forEach((pattern, j) => {
      const glob = pageGlob(pattern)
      if (!pagePaths.some((p) => glob.test(p))) unmatched.push(`add[${i}].pages[${j}] "${pattern}"`)
    }),
  )
  return unmatched
}
