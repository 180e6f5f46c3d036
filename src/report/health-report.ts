// The content health report as Markdown, for the job summary and (collapsed) the pull request
// body. Deterministic: the same report gives the same text, so a rerun sends no update.
// Text from the sources (headlines, URLs, file names) goes into code spans, other text as plain
// text (src/escape/markdown.ts): no @mention pings anyone, no `#123` links an issue of the
// website repository, no line break ends a table row.
import { cellCodeSpan, codeSpan, htmlText, linkDestination, markdownText } from '../escape/markdown.js'
import type { CoverageCell, Finding, HealthReport } from '../health/types.js'
import type { SourceInfo } from './source-link.js'
import { stalePerLanguage } from '../health/stale.js'

export interface HealthMarkdownOptions {
  /** Links commits that come without a web page (the `git` provider). */
  source?: SourceInfo
  /** Stop before this many characters, saying how much was left out (pull request bodies are limited). */
  maxChars?: number
}

const day = (iso: string) => new Date(Date.parse(iso)).toISOString().slice(0, 10)
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

export function coverageCellText(cell: CoverageCell): string {
  const parts = [
    cell.current ? `${cell.current} ✓` : '',
    cell.stale ? `${cell.stale} stale` : '',
    cell.unknown ? `${cell.unknown} translated` : '',
    cell.missing ? `${cell.missing} missing` : '',
    cell.extra ? `${cell.extra} without English` : '',
  ].filter(Boolean)
  return parts.length ? parts.join(' · ') : '—'
}

/** One line: what needs a look, as plain text (escape it for where it goes: htmlText in a `<summary>`). */
export function healthHeadline(report: HealthReport): string {
  const parts: string[] = []
  if (report.stale.available) {
    const per = Object.entries(stalePerLanguage(report.stale.stale)).map(([l, n]) => `${l} ${n}`)
    parts.push(`${plural(report.stale.stale.length, 'stale translation')}${per.length ? ` (${per.join(', ')})` : ''}`)
  } else parts.push('stale translations unknown')
  const left = report.languages.unconfigured.filter((u) => !u.written)
  if (left.length) parts.push(`${plural(left.length, 'language')} the site cannot show`)
  const problems = report.findings.filter((f) => f.kind !== 'english-landing')
  if (problems.length) parts.push(plural(problems.length, 'link or markup problem'))
  const landing = report.findings.filter((f) => f.kind === 'english-landing' && !f.rewritten)
  if (landing.length) parts.push(plural(landing.length, 'English landing link'))
  return `Content health: ${parts.join(', ')}`
}

/** Lines added while they fit; the rest counted in one closing line. */
class Budget {
  private size = 0
  readonly lines: string[] = []
  constructor(private readonly max: number) {}

  add(...lines: string[]): boolean {
    const size = lines.reduce((sum, line) => sum + line.length + 1, 0)
    // Room is kept for the closing line of a cut list.
    if (this.size + size > this.max - 120) return false
    this.lines.push(...lines)
    this.size += size
    return true
  }

  rows(rows: readonly string[], noun: string): void {
    for (let i = 0; i < rows.length; i++) {
      if (!this.add(rows[i])) {
        this.lines.push('', `…and ${rows.length - i} more ${noun} (see the job summary).`)
        this.size = this.max
        return
      }
    }
  }
}

export function healthReportMarkdown(report: HealthReport, options: HealthMarkdownOptions = {}): string {
  const out = new Budget(options.maxChars ?? Infinity)
  out.add('### Content health', '', `**${markdownText(healthHeadline(report).replace(/^Content health: /, ''))}**`, '')
  coverageSection(report, out)
  staleSection(report, out, options.source)
  languageSection(report, out)
  findingSection(report, out)
  return out.lines.join('\n') + '\n'
}

/**
 * The report as a collapsed section, for the pull request body: the headline shows, the rest
 * opens on a click. `maxChars` bounds the whole section.
 */
export function healthReportDetails(report: HealthReport, options: HealthMarkdownOptions = {}): string {
  const open = `<details>\n<summary>${htmlText(healthHeadline(report))}</summary>\n\n`
  const close = '\n</details>\n'
  const room = options.maxChars === undefined ? undefined : options.maxChars - open.length - close.length
  return open + healthReportMarkdown(report, { ...options, ...(room === undefined ? {} : { maxChars: room }) }) + close
}

function coverageSection(report: HealthReport, out: Budget): void {
  const { coverage } = report
  out.add(
    '#### Translation coverage',
    '',
    'English articles per section; per language: translated and current (✓), translated but stale, missing.',
    '',
  )
  if (coverage.languages.length === 0) {
    out.add('_No translations._', '')
    return
  }
  out.add(
    `| section | articles | ${coverage.languages.map(markdownText).join(' | ')} |`,
    `| --- | ---: |${' --- |'.repeat(coverage.languages.length)}`,
  )
  for (const row of coverage.rows) {
    out.add(
      `| ${cellCodeSpan(row.section)} | ${row.englishArticles} | ${coverage.languages.map((l) => coverageCellText(row.cells[l])).join(' | ')} |`,
    )
  }
  out.add(
    `| **total** | ${coverage.totals.englishArticles} | ${coverage.languages.map((l) => coverageCellText(coverage.totals.cells[l])).join(' | ')} |`,
    '',
  )
}

function commitLink(commit: { oid: string; headline: string; url?: string }, source: SourceInfo | undefined): string {
  const server = (source?.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const url = commit.url ?? (source ? `${server}/${source.repository}/commit/${commit.oid}` : undefined)
  const text = cellCodeSpan(commit.headline || commit.oid.slice(0, 7))
  return url ? `[${text}](${linkDestination(url)})` : text
}

const COMMITS_SHOWN = 3

function staleSection(report: HealthReport, out: Budget, source: SourceInfo | undefined): void {
  const { stale } = report
  out.add('#### Stale translations', '')
  if (!stale.available) {
    out.add(`_Not available: ${markdownText(stale.reason)}._`, '')
    return
  }
  const per = Object.entries(stalePerLanguage(stale.stale)).map(([l, n]) => `${l} ${n}`)
  out.add(
    `${plural(stale.stale.length, 'stale translation')}${per.length ? ` (${per.join(', ')})` : ''} among ${stale.checked} compared` +
      `${stale.unknown.length ? `; ${stale.unknown.length} could not be compared (history not read)` : ''}.` +
      (stale.asOf ? ` Days are counted to ${day(stale.asOf)}, the newest commit read.` : ''),
    '',
  )
  if (stale.stale.length === 0) return
  out.add('| page | translated | English changes since | stale for |', '| --- | --- | --- | ---: |')
  const rows = stale.stale.map((s) => {
    const shown = s.commits.slice(0, COMMITS_SHOWN).map((c) => `${day(c.date)} ${commitLink(c, source)}`)
    if (s.commits.length > COMMITS_SHOWN) shown.push(`…and ${s.commits.length - COMMITS_SHOWN} more`)
    return `| ${cellCodeSpan(s.page)} | ${day(s.translatedAt)} | ${shown.join('<br>')} | ${plural(s.days, 'day')} |`
  })
  out.rows(rows, 'stale translations')
  out.add('')
}

function languageSection(report: HealthReport, out: Budget): void {
  const { site, unconfigured, missingLandingPages } = report.languages
  out.add('#### Languages the site can show', '')
  if (site.kind === 'none') {
    out.add(
      `No Hugo language configuration found at the base commit (looked for ${site.looked.map(codeSpan).join(', ')}): pages of every language are written.`,
      '',
    )
    return
  }
  if (site.kind === 'unreadable') {
    out.add(
      `The language configuration ${codeSpan(site.file)} could not be read (${markdownText(site.reason.slice(0, 80))}): pages of every language are written.`,
      '',
    )
    return
  }
  out.add(
    `From ${codeSpan(site.file)}: ${markdownText(site.languages.join(', '))}${site.disabled.length ? ` (disabled: ${markdownText(site.disabled.join(', '))})` : ''}.`,
    '',
  )
  for (const u of unconfigured) {
    const what = u.written ? 'written anyway (`unconfigured-languages: write`); Hugo shows them as English pages' : 'not written'
    out.add(
      `- **${markdownText(u.language)}** is not configured: ${plural(u.pages, 'page')} from ${u.folders.map(codeSpan).join(', ')} ${what}.`,
    )
  }
  for (const m of missingLandingPages)
    out.add(
      `- **${markdownText(m.language)}** has no Learning Path landing page: ${codeSpan(m.path)} is missing at the top of the target path.`,
    )
  if (unconfigured.length === 0 && missingLandingPages.length === 0)
    out.add('Every language of the Learning Path is configured and has its landing page.')
  out.add('')
}

function findingSection(report: HealthReport, out: Budget): void {
  const problems = report.findings.filter((f) => f.kind !== 'english-landing')
  const landing = new Map<string, Finding[]>()
  for (const f of report.findings) {
    if (f.kind !== 'english-landing') continue
    const own = landing.get(f.file)
    if (own) own.push(f)
    else landing.set(f.file, [f])
  }
  out.add('#### Links and markup', '')
  if (problems.length === 0 && landing.size === 0) {
    out.add('_No broken or malformed links, no unsafe markup._', '')
    return
  }
  if (problems.length) {
    out.add('| source | problem |', '| --- | --- |')
    out.rows(
      problems.map((f) => `| ${cellCodeSpan(`${f.file}${f.line ? `:${f.line}` : ''}`)} | ${findingText(f)} |`),
      'problems',
    )
    out.add('')
  }
  if (landing.size) {
    const rewritten = [...landing.values()].every((list) => list.every((f) => f.rewritten))
    out.add(
      rewritten
        ? 'Links from translations to English section landing pages, pointed at the translated landing pages (`rewrite-section-links: true`):'
        : 'Links from translations to English section landing pages whose translated landing page exists (`rewrite-section-links: true` points them there):',
      '',
    )
    out.rows(
      [...landing].map(([file, list]) => {
        const lines = [...new Set(list.flatMap((f) => (f.line ? [f.line] : [])))]
        return `- ${codeSpan(file)}: ${plural(list.length, 'link')}${lines.length ? ` (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})` : ''}`
      }),
      'files',
    )
    out.add('')
  }
}

const FINDING_NAMES: Record<Finding['kind'], string> = {
  'missing-page': 'no such page',
  'malformed-url': 'malformed URL',
  'unsafe-html': 'unsafe markup',
  'english-landing': 'English landing page',
}

function findingText(finding: Finding): string {
  return `${FINDING_NAMES[finding.kind]}: ${cellCodeSpan(finding.target)} — ${markdownText(finding.detail)}`
}
