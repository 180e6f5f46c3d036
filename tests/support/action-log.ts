// What the tests read in the Actions log of the bundled action: the warning annotations, the
// Plan group, the last line.
import { expect } from 'vitest'
import type { ActionRun } from './run-action.js'

/** The most warning annotations a run may print (issue 23: a log a maintainer reads in seconds). */
export const MAX_WARNINGS = 15

export const warnings = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'))

/** The lines of the log's Plan group. */
export function planGroup(run: ActionRun): string[] {
  const lines = run.stdout.split('\n')
  const start = lines.indexOf('::group::Plan')
  expect(start, 'a Plan group').toBeGreaterThanOrEqual(0)
  return lines.slice(start + 1, lines.indexOf('::endgroup::', start))
}

/** The Plan group holds the summary's counts line and each section's counts. */
export function expectPlanAsSummary(run: ActionRun) {
  const plan = planGroup(run)
  const counts = /^Source: .*\. Pages: (.*)\.$/m.exec(run.summary)?.[1]
  expect(counts, run.summary).toMatch(/^\d+ added, \d+ updated, \d+ deleted, \d+ protected, \d+ unchanged$/)
  expect(plan).toContain(`pages: ${counts}`)
  const sections = [...run.summary.matchAll(/^#### `([^`]+)` — (.*)$/gm)].map(([, section, count]) => `  ${section}: ${count}`)
  expect(sections.length).toBeGreaterThan(0)
  expect(plan.filter((line) => line.startsWith('  '))).toEqual(sections)
}

export const lastLine = (run: ActionRun) => run.stdout.trimEnd().split('\n').at(-1)
