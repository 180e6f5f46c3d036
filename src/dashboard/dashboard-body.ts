// The translation dashboard's text: one issue body for the translators, in the Learning Path
// repository. Pure and deterministic (same report, same bytes), so a rerun with nothing new
// finds the issue's body equal and sends nothing. Text from the sources and the history (titles,
// headlines, names, paths) leaves through src/escape/markdown.ts: no mention, issue reference,
// link or markup comes from content; `mentions` alone turns the last translators into
// @-mentions, of their GitHub logins.
import { codeSpan, htmlText, linkDestination, markdownText } from '../escape/markdown.js'
import type { HealthReport, MissingTranslation, StaleTranslation } from '../health/types.js'
import { fitParts, GITHUB_TEXT_LIMIT, type Block, type Part } from '../report/fit-blocks.js'
import { stalePerLanguage } from '../health/stale.js'
import { coverageTable } from '../report/health-report.js'
import { sourceLink, type SourceInfo } from '../report/source-link.js'
import type { CommitPerson, CommitSummary } from '../shared/types.js'
import { DASHBOARD_MARKER } from './dashboard-marker.js'

export interface DashboardInput {
  report: HealthReport
  /** English articles without a translation, per language (health/coverage.ts). */
  missing: readonly MissingTranslation[]
  /** Article titles by site page (`introduction/03.de.md`), from the rendered pages. */
  titles: ReadonlyMap<string, string>
  source: SourceInfo
  /** `dashboard-mentions`: the last translators as @-mentions of their logins. */
  mentions: boolean
}

/** English commits listed per stale translation; the rest are counted. */
const COMMITS_SHOWN = 5

const day = (iso: string) => new Date(Date.parse(iso)).toISOString().slice(0, 10)
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
/** A GitHub login as GitHub allows it: only then is `@login` the mention of that account. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

/** The issue's body, at most `limit` characters: per-language lists fold into a line, largest first; every heading stays. */
export function dashboardBody(input: DashboardInput, limit: number = GITHUB_TEXT_LIMIT): string {
  const body: Part = [
    `${DASHBOARD_MARKER}\n`,
    '_Kept up to date by learning-path-sync on every sync of the website: edits to this text are replaced. ',
    'Closed by hand, it is reopened by the next sync unless it carries the stop label._\n\n',
    `${headline(input.report, input.missing)}\n\n`,
    ...coverageSection(input.report),
    ...staleSection(input),
    ...missingSection(input),
    `## Source\n\nThis issue reflects ${sourceLink(input.source)}.\n`,
  ]
  return fitParts({ body }, (rendered) => rendered.body, limit).text
}

function headline(report: HealthReport, missing: readonly MissingTranslation[]): string {
  const { stale } = report
  const missingText = `${plural(missing.length, 'missing translation')} (English articles without one, per language)`
  if (!stale.available) return `**Stale translations cannot be told** (${markdownText(stale.reason)}); ${missingText}.`
  const per = Object.entries(stalePerLanguage(stale.stale)).map(([l, n]) => `${l} ${n}`)
  return (
    `**${plural(stale.stale.length, 'stale translation')}**${per.length ? ` (${markdownText(per.join(', '))})` : ''} ` +
    `among ${stale.checked} compared with their English articles; ${missingText}.`
  )
}

function coverageSection(report: HealthReport): Part {
  const { coverage } = report
  const head = '## Coverage\n\nEnglish articles per section; per language: translated and current (✓), translated but stale, missing.\n\n'
  if (coverage.languages.length === 0) return [head, '_No translations._\n\n']
  const rows = coverageTable(coverage)
  return [head, { full: `${rows.join('\n')}\n\n`, collapsed: "_The table is left out to stay under GitHub's size limit._\n\n" }]
}

function staleSection(input: DashboardInput): Part {
  const { stale } = input.report
  const part: Part = ['## Stale translations\n\n']
  if (!stale.available) return [...part, `_Not available: ${markdownText(stale.reason)}._\n\n`]
  if (stale.stale.length === 0) return [...part, '_None: every translation compared has all its English changes._\n\n']
  part.push('Translations whose English article changed after they last did, with the English commits they lack.\n\n')
  for (const [language, list] of byLanguage(stale.stale)) {
    const entries = list.map((s) => staleEntry(s, input)).join('')
    const summary = `${plural(list.length, 'stale translation')} in ${language}`
    part.push(
      `### ${markdownText(language)} (${list.length})\n\n`,
      details(summary, entries, `${plural(list.length, 'stale translation')}`),
    )
  }
  return part
}

function staleEntry(s: StaleTranslation, input: DashboardInput): string {
  const title = input.titles.get(s.page) ?? input.titles.get(englishPage(s.page)) ?? s.page
  const links = `[English](${linkDestination(fileUrl(input.source, s.english))}) · [translation](${linkDestination(fileUrl(input.source, s.source))})`
  const shown = s.commits.slice(0, COMMITS_SHOWN).map((c) => `    - ${day(c.date)} ${commitLink(c, input.source)}\n`)
  if (s.commits.length > COMMITS_SHOWN) shown.push(`    - …and ${s.commits.length - COMMITS_SHOWN} more\n`)
  const people = s.translators.length ? ` by ${s.translators.map((p) => personText(p, input.mentions)).join(', ')}` : ''
  return (
    `- **${markdownText(title)}** (${codeSpan(s.page)}): ${links}\n` +
    `  - translation last changed ${day(s.translatedAt)}${people}; English commits since:\n` +
    shown.join('')
  )
}

function missingSection(input: DashboardInput): Part {
  const part: Part = ['## Missing translations\n\n']
  if (input.missing.length === 0) return [...part, '_None: every English article is translated in every language._\n\n']
  for (const [language, list] of byLanguage(input.missing)) {
    const entries = list
      .map(
        (m) =>
          `- **${markdownText(input.titles.get(m.page) ?? m.page)}** (${codeSpan(m.page)}): [English](${linkDestination(fileUrl(input.source, m.english))})\n`,
      )
      .join('')
    const summary = `${plural(list.length, 'English article')} without a ${language} translation`
    part.push(`### ${markdownText(language)} (${list.length})\n\n`, details(summary, entries, plural(list.length, 'missing translation')))
  }
  return part
}

/** A collapsible list that folds into one line when the body is too long. */
function details(summary: string, entries: string, what: string): Block {
  return {
    full: `<details>\n<summary>${htmlText(summary)}</summary>\n\n${entries}\n</details>\n\n`,
    collapsed: `_${what}, not listed here to stay under GitHub's size limit; the job summary of the sync lists them._\n\n`,
  }
}

function byLanguage<T extends { language: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of [...items].sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : 0))) {
    const own = groups.get(item.language)
    if (own) own.push(item)
    else groups.set(item.language, [item])
  }
  return groups
}

/** The English page a translation's page translates: `introduction/03.de.md` → `introduction/03.md`. */
function englishPage(page: string): string {
  return page.replace(/\.[^./]+\.md$/, '.md')
}

function serverOf(source: SourceInfo): string {
  return (source.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
}

/** A source file's page on GitHub, at the commit the run read (else the ref). */
function fileUrl(source: SourceInfo, path: string): string {
  const at = source.commit ?? source.ref
  return `${serverOf(source)}/${source.repository}/blob/${encodeURIComponent(at)}/${path.split('/').map(encodeURIComponent).join('/')}`
}

function commitLink(commit: CommitSummary, source: SourceInfo): string {
  const url = commit.url ?? `${serverOf(source)}/${source.repository}/commit/${commit.oid}`
  return `[${codeSpan(commit.headline || commit.oid.slice(0, 7))}](${linkDestination(url)})`
}

/** A translator: inert text, or with `mentions` the @-mention of a well-formed login. */
function personText(person: CommitPerson, mentions: boolean): string {
  if (mentions && person.login !== null && LOGIN.test(person.login)) return `@${person.login}`
  return markdownText(person.name)
}
