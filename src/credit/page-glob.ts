// The page globs of a contributors file (`trusted-committer/*`, `**/01.md`): `*` and `?` stay
// inside one folder, `**` crosses folders. Matched by walking the pattern's positions along the
// path, every position at once (Thompson's construction): time is the path's length times the
// pattern's, whatever the pattern. A regular expression of the same glob backtracks: before
// issue 21, `**` written 12 times never finished and 10 times took 126 s.

/** A glob turned into what each position of it accepts. */
type Step = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'any-in-folder' } | { kind: 'any' }

/** Longest pattern a contributors file may use: far beyond any page path of the site. */
export const MAX_PAGE_GLOB_LENGTH = 512

export interface PageGlob {
  /** Whether the page path (relative to the target path) matches the whole glob. */
  test(path: string): boolean
}

/** What is wrong with a glob's wildcards, or null; contributors-file.ts names the file and field. */
export function pageGlobProblem(pattern: string): string | null {
  if (pattern.length > MAX_PAGE_GLOB_LENGTH) return `is ${pattern.length} characters long, more than ${MAX_PAGE_GLOB_LENGTH}`
  if (/[[\]{}!]/.test(pattern)) return `may only use * , ** and ? as wildcards, got "${pattern}"`
  if (pattern.includes('***'))
    return `has three or more * in a row: use * (inside one folder) or ** (across folders), got "${pattern.slice(0, 80)}"`
  return null
}

export function pageGlob(pattern: string): PageGlob {
  const steps = stepsOf(pattern)
  return { test: (path) => matches(steps, path) }
}

/** `**` then `*`, or `*` then `*`, say no more than the first of them: a run collapses to one step. */
function stepsOf(pattern: string): Step[] {
  const steps: Step[] = []
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    let step: Step
    if (ch === '*' && pattern[i + 1] === '*') {
      step = { kind: 'any' }
      i++
    } else if (ch === '*') step = { kind: 'any-in-folder' }
    else if (ch === '?') step = { kind: 'one' }
    else step = { kind: 'char', char: ch }
    const last = steps[steps.length - 1]
    const repeats = last && (last.kind === 'any' || last.kind === 'any-in-folder') && (step.kind === 'any' || step.kind === 'any-in-folder')
    if (!repeats) steps.push(step)
    else if (step.kind === 'any') steps[steps.length - 1] = step
  }
  return steps
}

function matches(steps: readonly Step[], path: string): boolean {
  let active = new Uint8Array(steps.length + 1)
  active[0] = 1
  widen(steps, active)
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]
    const next = new Uint8Array(steps.length + 1)
    let any = false
    for (let at = 0; at < steps.length; at++) {
      if (!active[at]) continue
      const step = steps[at]
      if (step.kind === 'any' || (step.kind === 'any-in-folder' && ch !== '/')) next[at] = 1
      else if ((step.kind === 'one' && ch !== '/') || (step.kind === 'char' && step.char === ch)) next[at + 1] = 1
      else continue
      any = true
    }
    if (!any) return false
    widen(steps, next)
    active = next
  }
  return active[steps.length] === 1
}

/** A wildcard may match nothing: whoever stands before one also stands after it. */
function widen(steps: readonly Step[], active: Uint8Array): void {
  for (let at = 0; at < steps.length; at++) if (active[at] && steps[at].kind !== 'char' && steps[at].kind !== 'one') active[at + 1] = 1
}
