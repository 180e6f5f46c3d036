import type { ContributorCredits, ContributorFailure, CreditedPages } from '../credit/credit-stage.js'
import type { SourceChanges } from '../credit/source-commits.js'
import type { HealthReport } from '../health/types.js'
import type { ChangePlan } from '../plan/plan-changes.js'
import type { Published, PublishTexts } from '../publish/publish-stage.js'
import type { PublishResult } from '../publish/site.js'
import type { RenderResult } from '../render/render-pages.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { ContentError, ContentWarning } from '../shared/types.js'
import { commitMessage, pullRequestBody } from './pull-request-body.js'
import type { SourceInfo } from './source-link.js'
import { renderSummary } from './summary.js'

/**
 * What a run found and decided, once: the pull request body, the job summary, the CLI's text
 * and the outputs are all made from it. Fields a caller may leave out take the value a run
 * without them would have (no warnings, no failures, not a dry run).
 */
export interface RunReport {
  plan: ChangePlan
  source: SourceInfo
  /** The pages folder in the site repository ('' for its root). */
  targetPath?: string
  /** Where the pages went: `owner/name` or a folder. */
  target?: string
  dryRun?: boolean
  warnings?: readonly ContentWarning[]
  /** Source files that failed their pages; those pages are left as the site has them. */
  contentErrors?: readonly ContentError[]
  /** Whether those failures fail the run (the `fail-on-content-error` input). */
  failOnContentError?: boolean
  /** Pages that kept the contributor list the site has, because their history could not be read. */
  contributorFailures?: readonly ContributorFailure[]
  credits?: ContributorCredits
  /** The source commits since the previous sync; undefined when not looked for. */
  sourceChanges?: SourceChanges
  /** The content health report. */
  health?: HealthReport
}

/** A sync's result: its report in full, what publishing did, and the summary made from both. */
export interface SyncResult extends PublishResult, RunReport {
  dryRun: boolean
  /** The unified diff of the plan (dry runs only). */
  diff?: string
  /** Markdown: outcome, counts, the change table, contributor failures, content warnings. */
  summary: string
  warnings: ContentWarning[]
  /** Source files that failed their pages (kept as the site has them); the rest was published. */
  contentErrors: ContentError[]
  /** Pages whose contributor list could not be refreshed, and why. */
  contributorFailures: ContributorFailure[]
  /** The content health report: coverage, stale translations, site languages, links. */
  health: HealthReport
  /** What the contributors file changed, and names that may be one person. */
  credits: ContributorCredits
}

/** The run's report, from what each stage added. */
export function runReport(
  run: { plan: ChangePlan; rendered: RenderResult; credited: CreditedPages; health: HealthReport; targetPath: string },
  options: SyncOptions,
  serverUrl: string,
): RunReport & Omit<SyncResult, keyof PublishResult | 'summary' | 'diff'> {
  const { source, target, policy } = options
  const { credited } = run
  return {
    plan: run.plan,
    source: { repository: source.repository, ref: source.ref, commit: source.commit, serverUrl },
    targetPath: run.targetPath,
    target: target.siteDir ?? target.repository ?? 'the site',
    dryRun: policy.dryRun,
    warnings: run.rendered.warnings,
    contentErrors: run.rendered.errors,
    failOnContentError: policy.failOnContentError,
    contributorFailures: credited.failures,
    health: run.health,
    credits: credited.credits,
    ...(credited.sourceChanges ? { sourceChanges: credited.sourceChanges } : {}),
  }
}

/** The pull request's title and body and the sync commit's message, from the report. */
export function publishTexts(report: RunReport, pullRequest: SyncOptions['pullRequest']): PublishTexts {
  return {
    title: pullRequest.title,
    body: pullRequestBody({ ...report, template: pullRequest.bodyTemplate }),
    commitMessage: commitMessage(report.plan, report.source, pullRequest.commitMessage),
  }
}

/** The result the CLI prints and the action sets its outputs from. */
export function syncResult(report: Omit<SyncResult, keyof PublishResult | 'summary' | 'diff'>, published: Published): SyncResult {
  const { result, diff } = published
  return { ...result, ...report, ...(diff !== undefined ? { diff } : {}), summary: renderSummary({ ...report, result }) }
}
