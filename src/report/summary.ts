import type { PublishResult } from '../publish/site.js'
import { failedFiles } from '../shared/content-errors.js'
import { fitParts, GITHUB_TEXT_LIMIT, type Part } from './fit-blocks.js'
import { codeSpan, linkDestination, markdownText } from '../escape/markdown.js'
import { countsLine, reportParts } from './pull-request-body.js'
import type { RunReport } from './run-report.js'
import { sourceLink } from './source-link.js'

/** The report and what publishing did; the limit in characters. */
type Published = RunReport & {
  result: PublishResult
  /** Characters; default GitHub's 65,536. */
  limit?: number
}

/** What `auto-merge` did, after the outcome (a pull request left open has its warning instead). */
function mergeNote(result: PublishResult): string {
  if (result.mergeOutcome === 'merged')
    return ` Merged at once: nothing was pending.${result.branchDeleted ? ' Its branch was deleted.' : ''}`
  if (result.mergeOutcome === 'auto-merge-enabled') return ' Auto-merge is on: GitHub merges it once what the branch requires is there.'
  return ''
}

function outcome(input: Published): string {
  const { result } = input
  const pull = result.pullRequestUrl ? ` — pull request [#${result.pullRequestNumber}](${linkDestination(result.pullRequestUrl)})` : ''
  const target = markdownText(input.target ?? 'the site')
  if (input.dryRun) return `**Dry run**: nothing was written to ${target}.`
  switch (result.operation) {
    case 'created':
      return `**Created**${pull} on ${target}.${mergeNote(result)}`
    case 'updated':
      return `**Updated**${pull} on ${target}.${mergeNote(result)}`
    case 'closed':
      return `**Closed**${pull}: the site already has every change.${result.branchDeleted ? ' Its branch was deleted.' : ''}`
    default:
      if (result.declinedPull) {
        const { number, url } = result.declinedPull
        return `**Not opened again**: pull request [#${number}](${linkDestination(url)}) proposed these same pages from the same sources and was closed without merging. The next change in the sources opens a new one; reopening it brings it back.`
      }
      return result.pullRequestUrl ? `**Nothing new**${pull} is up to date.` : `**Nothing to change** on ${target}.`
  }
}

function failuresPart(failures: RunReport['contributorFailures'] = []): Part {
  if (failures.length === 0) return []
  return [
    `### Contributor lists kept as the site has them (${failures.length})\n\n`,
    {
      full: failures.map((f) => `- ${codeSpan(f.path)}: ${markdownText(f.reason)}`).join('\n'),
      collapsed: "_The list is left out to stay under GitHub's size limit; the log names every page._",
    },
  ]
}

/**
 * The Markdown summary for the job summary and the CLI: outcome, counts, the source changes,
 * the pull request's tables, contributor failures and credits, warnings, the health report;
 * kept under GitHub's limit the same way as the pull request body.
 */
export function renderSummary(input: Published): string {
  const parts = { ...reportParts({ ...input, targetPath: '' }, { healthOpen: true }), failures: failuresPart(input.contributorFailures) }
  const compose = (v: Record<keyof typeof parts, string>) =>
    [
      '## Learning Path sync',
      outcome(input),
      `Source: ${sourceLink(input.source)}. Pages: ${countsLine(input.plan)}.`,
      failedFilesNote(input),
      v['content-errors'],
      `### Source changes\n\n${v['source-changes']}`,
      `### Changed pages\n\n${v['change-table']}`,
      v.failures,
      v['contributor-credits'],
      v.warnings,
      v['health-report'],
    ]
      .filter((block) => block !== '')
      .join('\n\n') + '\n'
  return fitParts(parts, compose, input.limit ?? GITHUB_TEXT_LIMIT).text
}

/** Above the failed files: what happened to their pages and whether the step fails. */
function failedFilesNote(input: Published): string {
  const errors = input.contentErrors ?? []
  if (errors.length === 0) return ''
  return (
    `### Source files that failed (${failedFiles(errors).length})\n\n` +
    `Their pages were left exactly as the site has them; everything else was ${input.dryRun ? 'planned' : 'synced'}. ` +
    (input.failOnContentError ? 'This run fails until they are fixed.' : 'Reported only: `fail-on-content-error` is false.')
  )
}
