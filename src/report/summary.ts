import type { HealthReport } from '../health/types.js'
import type { ChangePlan } from '../plan/plan-changes.js'
import type { PublishResult } from '../publish/site.js'
import { contentErrorList, failedFiles } from '../shared/content-errors.js'
import type { ContentError, ContentWarning } from '../shared/types.js'
import { changeTable } from './change-table.js'
import { healthReportMarkdown } from './health-report.js'
import { countsLine } from './pull-request-body.js'
import { sourceLink, type SourceInfo } from './source-link.js'

export interface SummaryInput {
  result: PublishResult
  plan: ChangePlan
  source: SourceInfo
  /** Where the pages went: `owner/name` or a folder. */
  target: string
  dryRun: boolean
  /** Pages that kept the contributor list the site has, because their history could not be read. */
  contributorFailures: { path: string; reason: string }[]
  warnings: ContentWarning[]
  /** The content health report, shown last. */
  health?: HealthReport
  /** Source files that failed their pages; those pages were left as the site has them. */
  contentErrors: ContentError[]
  /** Whether those failures fail the step (the `fail-on-content-error` input). */
  failOnContentError: boolean
}

function outcome(input: SummaryInput): string {
  const { result } = input
  const pull = result.pullRequestUrl ? ` — pull request [#${result.pullRequestNumber}](${result.pullRequestUrl})` : ''
  if (input.dryRun) return `**Dry run**: nothing was written to ${input.target}.`
  switch (result.operation) {
    case 'created':
      return `**Created**${pull} on ${input.target}.`
    case 'updated':
      return `**Updated**${pull} on ${input.target}.`
    case 'closed':
      return `**Closed**${pull}: the site already has every change.`
    default:
      return result.pullRequestUrl ? `**Nothing new**${pull} is up to date.` : `**Nothing to change** on ${input.target}.`
  }
}

/** The Markdown summary for the job summary and the CLI: outcome, counts, the pull request's table, problems. */
export function renderSummary(input: SummaryInput): string {
  const lines = [
    '## Learning Path sync',
    '',
    outcome(input),
    '',
    `Source: ${sourceLink(input.source)}. Pages: ${countsLine(input.plan)}.`,
    '',
    changeTable(input.plan),
  ]
  if (input.contentErrors.length) {
    const files = failedFiles(input.contentErrors).length
    lines.push(
      '',
      `### Source files that failed (${files})`,
      '',
      `Their pages were left exactly as the site has them; everything else was ${input.dryRun ? 'planned' : 'synced'}. ` +
        (input.failOnContentError ? 'This run fails until they are fixed.' : 'Reported only: `fail-on-content-error` is false.'),
      '',
      ...contentErrorList(input.contentErrors),
    )
  }
  if (input.contributorFailures.length) {
    lines.push('', `### Contributor lists kept as the site has them (${input.contributorFailures.length})`, '')
    for (const f of input.contributorFailures) lines.push(`- \`${f.path}\`: ${f.reason}`)
  }
  if (input.warnings.length) {
    const shown = input.warnings.slice(0, 50)
    lines.push('', `### Content warnings (${input.warnings.length})`, '')
    for (const w of shown) lines.push(`- \`${w.file}${w.line ? `:${w.line}` : ''}\`: ${w.message}`)
    if (input.warnings.length > shown.length) lines.push(`- …and ${input.warnings.length - shown.length} more`)
  }
  if (input.health) lines.push('', healthReportMarkdown(input.health, { source: input.source }).trimEnd())
  return lines.join('\n') + '\n'
}
