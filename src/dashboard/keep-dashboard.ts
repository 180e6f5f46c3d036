// The translation dashboard stage, after the report: the body from what the run already read
// (the health report, the rendered titles, discovery's article list; no request of its own),
// then one issue search and at most one write in the source repository, with its own token.
// It never fails the sync: the website's pull request is the run's work, the dashboard an aid,
// so a refusal (a token without `issues: write`, issues turned off) is one warning.
import type { DiscoveredSources } from '../discover/types.js'
import { createGitHubClient } from '../github/client.js'
import { issues, type SearchedIssue } from '../github/issues.js'
import { GitHubRepoApi } from '../github/repository-api.js'
import { missingTranslations } from '../health/coverage.js'
import type { HealthReport } from '../health/types.js'
import type { SourceInfo } from '../report/source-link.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { RunContext } from '../shared/run-context.js'
import type { RenderedPage } from '../shared/types.js'
import { dashboardBody } from './dashboard-body.js'
import { dashboardStep, type DashboardIssue, type DashboardStep } from './dashboard-step.js'
import { DASHBOARD_MARKER, DASHBOARD_SEARCH_PHRASE } from './dashboard-marker.js'

export interface DashboardSources {
  report: HealthReport
  sources: DiscoveredSources
  pages: readonly RenderedPage[]
  source: SourceInfo
  mentions: boolean
}

/** What the run did about the dashboard issue. */
export interface DashboardResult {
  operation: 'created' | 'updated' | 'reopened' | 'unchanged' | 'left-closed' | 'closed-duplicate' | 'dry-run' | 'not-kept'
  /** The dashboard issue (for `closed-duplicate`, the one kept open). */
  issue?: { number: number; url: string }
  body: string
  /** Why it was not kept (`not-kept`). */
  reason?: string
}

/** The issue's body from what the earlier stages produced. */
export function translationDashboardBody(input: DashboardSources): string {
  const titles = new Map<string, string>()
  for (const page of input.pages) if (typeof page.frontMatter.title === 'string') titles.set(page.path, page.frontMatter.title)
  return dashboardBody({
    report: input.report,
    missing: missingTranslations(input.sources),
    titles,
    source: input.source,
    mentions: input.mentions,
  })
}

/** Keeps the dashboard issue in the source repository; undefined when `dashboard-issue` is empty. */
export async function keepTranslationDashboard(
  input: Omit<DashboardSources, 'mentions'>,
  options: SyncOptions['dashboard'],
  dryRun: boolean,
  context: RunContext,
): Promise<DashboardResult | undefined> {
  if (options.title === undefined) return undefined
  const title = options.title
  const { logger } = context
  return logger.group('Translation dashboard', async () => {
    const body = translationDashboardBody({ ...input, mentions: options.mentions })
    const repository = input.source.repository
    if (dryRun) {
      logger.info(`dashboard: dry run, the issue "${title}" in ${repository} is not touched (${body.length} characters)`)
      return { operation: 'dry-run', body }
    }
    if (!options.token) {
      const reason = 'no dashboard-token (DASHBOARD_TOKEN for the command line)'
      logger.warning(`dashboard: not kept: ${reason}; the sync itself is done`)
      return { operation: 'not-kept', body, reason }
    }
    const client = createGitHubClient({ ...context, github: { token: options.token, apiUrl: context.github.apiUrl } }, 'write')
    const api = new GitHubRepoApi(client, repository)
    try {
      const searched = await api.call('search for the dashboard issue', issues.searchBodies(DASHBOARD_SEARCH_PHRASE))
      const found = searched.items.flatMap(dashboardIssue)
      const step = dashboardStep(found, { title, body, stopLabel: options.stopLabel })
      const result = await applyStep(api, step, title, body)
      logger.info(`dashboard: ${describe(result, step, options.stopLabel)}`)
      return result
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      logger.warning(`dashboard: not kept: ${reason}; the sync itself is done`)
      return { operation: 'not-kept', body, reason }
    }
  })
}

/** A search result that is the dashboard: its body holds the marker itself (the search also matches its words elsewhere). */
function dashboardIssue(item: SearchedIssue): DashboardIssue[] {
  if (item.pull_request || !item.body?.includes(DASHBOARD_MARKER)) return []
  return [
    {
      number: item.number,
      state: item.state === 'closed' ? 'closed' : 'open',
      title: item.title,
      body: item.body,
      labels: item.labels.flatMap((label) => (typeof label === 'string' ? [label] : label.name ? [label.name] : [])),
      url: item.html_url,
    },
  ]
}

/** Statuses of a write GitHub answers when the token or the repository refuses issues. */
const REFUSALS = [403, 404, 410]

async function applyStep(api: GitHubRepoApi, step: DashboardStep, title: string, body: string): Promise<DashboardResult> {
  const refused = (status: number): never => {
    const why =
      status === 410
        ? `issues are turned off in ${api.fullName} (410)`
        : `the token may not write issues in ${api.fullName} (${status}): give the workflow \`permissions: issues: write\` (or a dashboard-token that can)`
    throw new Error(why)
  }
  switch (step.kind) {
    case 'create': {
      const made = await api.attempt('open the dashboard issue', REFUSALS, issues.create(title, body))
      if (!made.ok) return refused(made.status)
      return { operation: 'created', issue: { number: made.value.number, url: made.value.html_url }, body }
    }
    case 'edit': {
      const edited = await api.attempt(
        `edit the dashboard issue #${step.issue.number}`,
        REFUSALS,
        issues.edit(step.issue.number, step.changes),
      )
      if (!edited.ok) return refused(edited.status)
      return { operation: step.reopen ? 'reopened' : 'updated', issue: { number: step.issue.number, url: step.issue.url }, body }
    }
    case 'close-duplicate': {
      const closed = await api.attempt(
        `close the duplicate dashboard issue #${step.issue.number}`,
        REFUSALS,
        issues.edit(step.issue.number, { state: 'closed', state_reason: 'duplicate' }),
      )
      if (!closed.ok) return refused(closed.status)
      return { operation: 'closed-duplicate', issue: { number: step.of.number, url: step.of.url }, body }
    }
    case 'none':
      return {
        operation: step.why === 'stopped' ? 'left-closed' : 'unchanged',
        issue: { number: step.issue.number, url: step.issue.url },
        body,
      }
  }
}

function describe(result: DashboardResult, step: DashboardStep, stopLabel: string): string {
  const where = result.issue ? ` #${result.issue.number} ${result.issue.url}` : ''
  switch (result.operation) {
    case 'left-closed':
      return `left closed (it carries the label "${stopLabel}"):${where}`
    case 'closed-duplicate':
      return `closed #${step.kind === 'close-duplicate' ? step.issue.number : '?'} as a duplicate of${where}`
    default:
      return `${result.operation}${where}`
  }
}
