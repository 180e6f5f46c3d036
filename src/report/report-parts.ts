// The named parts the pull request body and the job summary are made of. Each is fixed text
// and blocks (see fit-blocks.ts), so both texts can be fitted under GitHub's limit the same way.
import type { ContributorCredits } from '../credit/credit-stage.js'
import type { HealthReport } from '../health/types.js'
import type { ChangePlan } from '../plan/plan-changes.js'
import type { ContentWarning } from '../shared/types.js'
import { codeSpan, htmlText, markdownText } from '../escape/markdown.js'
import { sectionTables } from './change-table.js'
import type { Part } from './fit-blocks.js'
import { healthHeadline, healthReportMarkdown } from './health-report.js'
import type { SourceInfo } from './source-link.js'

const LEFT_OUT = "left out to stay under GitHub's size limit"

/** `{{change-table}}`: per section a heading, then its table (collapsible). */
export function changeTablePart(plan: ChangePlan): Part {
  const tables = sectionTables(plan)
  if (tables.length === 0) return ['_No page changes._']
  const part: Part = []
  tables.forEach((t, i) => {
    part.push(`${i > 0 ? '\n\n' : ''}#### ${t.section === '' ? '`(top level)`' : codeSpan(t.section)} — ${t.counts}\n\n`)
    part.push({
      full: t.table,
      collapsed: `_The table of these ${t.rows.length} pages is ${LEFT_OUT}; the branch's diff lists every file._`,
    })
  })
  return part
}

const person = (p: { name: string; url: string | null }) => `**${markdownText(p.name)}** (${p.url ? codeSpan(p.url) : 'no GitHub account'})`

function pageList(pages: readonly string[], max = 12): string {
  const shown = pages.slice(0, max).map(codeSpan)
  return shown.join(', ') + (pages.length > max ? `, …and ${pages.length - max} more` : '')
}

/** `{{contributor-credits}}`: heading and a collapsed list; empty when there is nothing to say. */
export function contributorCreditsPart(credits: ContributorCredits | undefined): Part {
  if (!credits || (!credits.rules && credits.hints.length === 0)) return []
  const lines: string[] = []
  const summary: string[] = []
  if (credits.rules) {
    const changed = new Set(credits.rules.rules.flatMap((r) => r.pages))
    // The summary is raw HTML (GitHub reads no Markdown inside `<summary>`).
    summary.push(
      `<code>${htmlText(credits.file)}</code>: ${credits.rules.rules.length} rule${credits.rules.rules.length === 1 ? '' : 's'}, ${changed.size} page${changed.size === 1 ? '' : 's'} changed`,
    )
    lines.push(`Which rule of ${codeSpan(credits.file)} changed which pages:`, '')
    for (const rule of credits.rules.rules) {
      lines.push(
        `- ${markdownText(rule.rule)}: ${rule.pages.length === 0 ? 'no page' : `${rule.pages.length} page${rule.pages.length === 1 ? '' : 's'} — ${pageList(rule.pages)}`}`,
      )
    }
    for (const pattern of credits.rules.unmatched) lines.push(`- ${markdownText(pattern)} names no page that lists contributors`)
  }
  if (credits.hints.length > 0) {
    summary.push(`${credits.hints.length} pair${credits.hints.length === 1 ? '' : 's'} of names that may be one person`)
    if (lines.length) lines.push('')
    lines.push(
      `Names that may be one person. If they are, add an alias to ${codeSpan(credits.file)} (\`aliases: [{name, url, match: [...]}]\`):`,
      '',
    )
    for (const hint of credits.hints) {
      lines.push(`- ${person(hint.people[0])} and ${person(hint.people[1])}: ${markdownText(hint.reason)}; on ${pageList(hint.pages, 5)}`)
    }
  }
  return [
    `### Contributor credits\n\n<details><summary>${summary.join('; ')}</summary>\n\n`,
    { full: lines.join('\n'), collapsed: `_The list is ${LEFT_OUT}; the job summary has it._` },
    '\n\n</details>',
  ]
}

/** `{{warnings}}`: heading and the warnings, collapsed; empty when there are none. */
export function warningsPart(warnings: readonly ContentWarning[]): Part {
  if (warnings.length === 0) return []
  const files = new Set(warnings.map((w) => w.file)).size
  const lines = warnings.map((w) => `- ${codeSpan(`${w.file}${w.line ? `:${w.line}` : ''}`)}: ${markdownText(w.message)}`)
  return [
    `### Content warnings (${warnings.length})\n\n<details><summary>${warnings.length} warning${warnings.length === 1 ? '' : 's'} in ${files} source file${files === 1 ? '' : 's'}; they do not stop the sync</summary>\n\n`,
    { full: lines.join('\n'), collapsed: `_The list is ${LEFT_OUT}; the run's annotations name every file and line._` },
    '\n\n</details>',
  ]
}

/**
 * `{{health-report}}`: the content health report under its own heading, collapsed in a pull
 * request body, open in the job summary; empty when there is none.
 */
export function healthReportPart(report: HealthReport | undefined, source: SourceInfo, open = false): Part {
  if (!report) return []
  const markdown = healthReportMarkdown(report, { source })
    .replace(/^### Content health\n\n/, '')
    .trim()
  const full: Part[number] = { full: markdown, collapsed: `_The report is ${LEFT_OUT}; the job summary has it._` }
  if (open) return ['### Content health\n\n', full]
  return [`### Content health\n\n<details><summary>${htmlText(healthHeadline(report))}</summary>\n\n`, full, '\n\n</details>']
}
