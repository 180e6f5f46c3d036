import { describe, expect, it } from 'vitest'
import type { ChangePlan } from '../../src/plan/plan-changes.js'
import { planLines, resultLine, type RunOutcome } from '../../src/report/run-log.js'
import type { ContentError, RenderedPage } from '../../src/shared/types.js'

const page = (path: string): RenderedPage => ({ path, frontMatter: { title: path }, contributors: [], body: '' }) as unknown as RenderedPage

const PLAN: ChangePlan = {
  add: [{ path: 'a/01.md', page: page('a/01.md'), content: '', contributors: undefined }],
  update: [
    { path: 'a/02.md', page: page('a/02.md'), content: '', contributors: undefined },
    { path: 'b/01.de.md', page: page('b/01.de.md'), content: '', contributors: undefined },
  ],
  delete: [],
  unchanged: ['a/03.md', 'b/01.md'],
  protected: [],
} as unknown as ChangePlan

const outcome = (over: Partial<RunOutcome>): RunOutcome => ({
  operation: 'none',
  changedFiles: [],
  counts: { added: 1, updated: 2, deleted: 0, unchanged: 2, protected: 0 },
  dryRun: false,
  contentErrors: [],
  ...over,
})

describe('the log lines of a run', () => {
  it('the Plan group: every count, then each section with its counts, as the summary has them', () => {
    expect(planLines(PLAN)).toEqual([
      'pages: 1 added, 2 updated, 0 deleted, 0 protected, 2 unchanged',
      '  a: 2 pages: 1 updated, 1 added',
      '  b: 1 page: 1 updated',
    ])
  })

  it('the last line: what the run did', () => {
    const url = 'https://github.com/o/site/pull/12'
    expect(resultLine(outcome({ operation: 'updated', pullRequestNumber: 12, pullRequestUrl: url }))).toBe(
      `Result: pull request #12 updated: 3 pages (1 added, 2 updated, 0 deleted) changed ${url}`,
    )
    expect(resultLine(outcome({ dryRun: true }))).toBe(
      'Result: dry run, nothing written: 3 pages (1 added, 2 updated, 0 deleted) would change',
    )
    const none = { added: 0, updated: 0, deleted: 0, unchanged: 5, protected: 0 }
    expect(resultLine(outcome({ dryRun: true, counts: none }))).toBe('Result: dry run, nothing written: no page would change')
    expect(resultLine(outcome({ counts: none }))).toBe('Result: no change: the site has every page')
    expect(resultLine(outcome({ counts: none, pullRequestNumber: 12, pullRequestUrl: url }))).toBe(
      `Result: no change: pull request #12 is up to date ${url}`,
    )
    expect(resultLine(outcome({ operation: 'closed', counts: none, pullRequestNumber: 12, pullRequestUrl: url }))).toBe(
      `Result: pull request #12 closed: the site already has every change ${url}`,
    )
    expect(resultLine(outcome({ operation: 'updated' }))).toBe('Result: written: 3 pages (1 added, 2 updated, 0 deleted) changed')
    const errors = [{ file: 'a/01-x.asciidoc' }, { file: 'a/01-x.asciidoc' }, { file: 'b/index.md' }] as ContentError[]
    expect(resultLine(outcome({ dryRun: true, contentErrors: errors }))).toMatch(
      /would change; 2 source files failed, their pages left as the site has them$/,
    )
  })
})
