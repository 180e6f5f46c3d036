// The lines of the log a maintainer reads first: the plan's counts, as the job summary gives
// them, and the run's result, the log's last line.
import type { ChangePlan } from '../plan/plan-changes.js'
import type { PublishResult } from '../publish/site.js'
import { failedFiles } from '../shared/content-errors.js'
import type { ContentError } from '../shared/types.js'
import { sectionTables } from './change-table.js'
import { countsLine } from './pull-request-body.js'

/** The Plan group's lines: every count, then each section the plan touches with its counts. */
export function planLines(plan: ChangePlan): string[] {
  return [`pages: ${countsLine(plan)}`, ...sectionTables(plan).map((table) => `  ${table.section}: ${table.counts}`)]
}

/** What the engine's result says of the run (a `SyncResult` is one). */
export interface RunOutcome extends PublishResult {
  dryRun: boolean
  contentErrors: readonly ContentError[]
}

const pages = (n: number) => `${n} page${n === 1 ? '' : 's'}`

/** What the run did, on one line: `Result: pull request #12 updated: 3 pages changed (...)`. */
export function resultLine(result: RunOutcome): string {
  const { dryRun, contentErrors } = result
  const { added, updated, deleted } = result.counts
  const changed = added + updated + deleted
  const what = `${pages(changed)} (${added} added, ${updated} updated, ${deleted} deleted)`
  const pull = `pull request #${result.pullRequestNumber}`
  const url = result.pullRequestUrl ? ` ${result.pullRequestUrl}` : ''
  const hasPull = result.pullRequestNumber !== undefined
  let line: string
  if (dryRun) line = changed ? `dry run, nothing written: ${what} would change` : 'dry run, nothing written: no page would change'
  else if (result.operation === 'created' || result.operation === 'updated')
    line = `${hasPull ? `${pull} ${result.operation}` : 'written'}: ${what} changed${url}`
  else if (result.operation === 'closed') line = `${pull} closed: the site already has every change${url}`
  else if (result.declinedPull)
    line = `no change: pull request #${result.declinedPull.number} proposed the same and was closed without merging`
  else line = hasPull ? `no change: ${pull} is up to date${url}` : 'no change: the site has every page'
  const failed = failedFiles(contentErrors).length
  return `Result: ${line}${failed ? `; ${failed} source file${failed === 1 ? '' : 's'} failed, their pages left as the site has them` : ''}`
}
