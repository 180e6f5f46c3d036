// `render --dashboard-out FILE`: the dashboard issue's body from a render's own reading, for a
// look before a workflow keeps the issue. No site is read: every language counts as shown.
import { writeFile } from 'node:fs/promises'
import type { DiscoveredSources } from '../discover/types.js'
import { checkHealth } from '../health/check-health.js'
import type { SourceInfo } from '../report/source-link.js'
import type { CommitSummary, RenderedPage } from '../shared/types.js'
import { translationDashboardBody } from './keep-dashboard.js'

export interface DashboardFileInput {
  sources: DiscoveredSources
  /** The credited pages. */
  pages: readonly RenderedPage[]
  /** The histories the credit read; undefined with `contributors: none` (stale translations cannot be told). */
  history: ReadonlyMap<string, readonly CommitSummary[]> | undefined
  source: SourceInfo
  mentions: boolean
}

/** Writes the body the dashboard issue would get; returns it. */
export async function writeDashboardFile(file: string, input: DashboardFileInput): Promise<string> {
  const health = checkHealth({
    sources: input.sources,
    pages: input.pages,
    history: input.history,
    historyUnavailable: 'contributors: none reads no commit history',
    siteHas: () => false,
    siteLanguages: { kind: 'none', looked: [] },
    unconfiguredLanguages: 'write',
    rewriteSectionLinks: false,
  })
  const body = translationDashboardBody({ ...input, report: health.report })
  await writeFile(file, body)
  return body
}
