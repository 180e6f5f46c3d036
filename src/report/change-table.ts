import type { ChangePlan } from '../plan/plan-changes.js'
import { cellCodeSpan, markdownText } from '../escape/markdown.js'
import { pageRows, type ChangeKind, type PageRow } from './page-rows.js'

function contributorCell(change: PageRow['contributors']): string {
  if (change === null) return '—'
  if (change === undefined) return '(list not readable)'
  const parts = [...change.added.map((n) => `+${markdownText(n)}`), ...change.removed.map((n) => `−${markdownText(n)}`)]
  return parts.length ? parts.join(', ') : '—'
}

function changeCell(row: PageRow): string {
  return row.note ? `${row.change} (${row.note})` : row.change
}

export interface SectionTable {
  section: string
  /** `N pages: 2 updated, 1 added`. */
  counts: string
  /** Rows in table order. */
  rows: PageRow[]
  /** The Markdown table. */
  table: string
}

function countsOf(rows: readonly PageRow[]): string {
  const by = (kind: ChangeKind) => rows.filter((r) => r.change === kind).length
  const parts = (['updated', 'added', 'deleted', 'protected'] as const).filter((k) => by(k) > 0).map((k) => `${by(k)} ${k}`)
  return `${rows.length} page${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}`
}

/**
 * One table per section of the pages the sync adds, updates, deletes or leaves alone as
 * protected: title, language, and who joins (+) or leaves (−) each contributor list. Updated
 * pages come first in each section. Paths are relative to the target folder.
 */
export function sectionTables(plan: ChangePlan): SectionTable[] {
  const bySection = new Map<string, PageRow[]>()
  for (const row of pageRows(plan)) bySection.set(row.section, [...(bySection.get(row.section) ?? []), row])
  return [...bySection].map(([section, rows]) => ({
    section,
    counts: countsOf(rows),
    rows,
    table: [
      '| page | title | language | change | contributors |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${cellCodeSpan(r.path)} | ${r.title === null ? '—' : markdownText(r.title)} | ${markdownText(r.language)} | ${changeCell(r)} | ${contributorCell(r.contributors)} |`,
      ),
    ].join('\n'),
  }))
}
