import { describe, expect, it } from 'vitest'
import type { HealthReport } from '../../src/health/types.js'
import { activeMarkup, readGitHubMarkdown } from '../support/github-markdown.js'
import { coverageCellText, healthHeadline, healthReportDetails, healthReportMarkdown } from '../../src/report/health-report.js'

const cell = (current: number, stale: number, missing: number, unknown = 0) => ({ current, stale, unknown, missing, extra: 0 })
const pair = { section: 'garden', number: '01', language: 'de', source: 'garden/de/01-x.asciidoc', english: 'garden/01-x.asciidoc' }

const report: HealthReport = {
  coverage: {
    languages: ['de', 'fr'],
    rows: [{ section: 'garden', englishArticles: 8, cells: { de: cell(6, 1, 1), fr: cell(0, 0, 8) } }],
    totals: { englishArticles: 8, cells: { de: cell(6, 1, 1), fr: cell(0, 0, 8) } },
  },
  stale: {
    available: true,
    asOf: '2024-05-01T00:00:00Z',
    checked: 7,
    unknown: [],
    stale: [
      {
        ...pair,
        page: 'garden/01.de.md',
        commits: [{ oid: 'a'.repeat(40), date: '2024-03-15T12:00:00Z', headline: 'Thanks @octocat, fixes #12 | `x`' }],
        translatedAt: '2024-02-01T00:00:00Z',
        staleSince: '2024-03-15T12:00:00Z',
        translators: [],
        days: 46,
      },
    ],
  },
  languages: {
    site: { kind: 'found', file: 'config/_default/languages.yaml', languages: ['de', 'en'], disabled: [] },
    unconfigured: [{ language: 'fr', folders: ['garden/fr'], pages: 3, written: false }],
    missingLandingPages: [{ language: 'de', path: '_index.de.md' }],
  },
  findings: [
    {
      kind: 'missing-page',
      file: 'garden/02-x.asciidoc',
      line: 3,
      page: 'garden/02.md',
      target: '/learn/learning-path/garden/42',
      detail: 'no page 42 in section "garden" in any language',
      message: '…',
    },
    {
      kind: 'english-landing',
      file: 'garden/de/01-x.asciidoc',
      line: 5,
      page: 'garden/01.de.md',
      target: '/learn/learning-path/garden',
      detail: 'the de landing page exists',
      message: '…',
    },
    {
      kind: 'english-landing',
      file: 'garden/de/01-x.asciidoc',
      line: 9,
      page: 'garden/01.de.md',
      target: '/learn/learning-path/garden',
      detail: 'the de landing page exists',
      message: '…',
    },
  ],
}

describe('health report Markdown', () => {
  it('writes cells as counts of current, stale and missing articles', () => {
    expect(coverageCellText(cell(6, 1, 1))).toBe('6 ✓ · 1 stale · 1 missing')
    expect(coverageCellText(cell(0, 0, 8))).toBe('8 missing')
    expect(coverageCellText(cell(0, 0, 2, 5))).toBe('5 translated · 2 missing')
    expect(coverageCellText(cell(0, 0, 0))).toBe('—')
  })

  it('has the matrix, the stale list with commit links, the languages and the links', () => {
    const md = healthReportMarkdown(report, { source: { repository: 'Org/LP', ref: 'main' } })
    expect(healthHeadline(report)).toBe(
      'Content health: 1 stale translation (de 1), 1 language the site cannot show, 1 link or markup problem, 2 English landing links',
    )
    expect(md).toContain(
      '| section | articles | de | fr |\n| --- | ---: | --- | --- |\n| `garden` | 8 | 6 ✓ · 1 stale · 1 missing | 8 missing |\n| **total** | 8 |',
    )
    expect(md).toContain(
      `| \`garden/01.de.md\` | 2024-02-01 | 2024-03-15 [\`\` Thanks @octocat, fixes #12 \\| \`x\` \`\`](https://github.com/Org/LP/commit/${'a'.repeat(40)}) | 46 days |`,
    )
    expect(md).toContain('1 stale translation (de 1) among 7 compared. Days are counted to 2024-05-01, the newest commit read.')
    expect(md).toContain('- **fr** is not configured: 3 pages from `garden/fr` not written.')
    expect(md).toContain('- **de** has no Learning Path landing page: `_index.de.md` is missing')
    expect(md).toContain(
      '| `garden/02-x.asciidoc:3` | no such page: `/learn/learning-path/garden/42` — no page 42 in section "garden" in any language |',
    )
    expect(md).toContain('- `garden/de/01-x.asciidoc`: 2 links (lines 5, 9)')
    expect(healthReportMarkdown(report, { source: { repository: 'Org/LP', ref: 'main' } })).toBe(md) // deterministic
  })

  /** What GitHub makes of the report: only its own commit links and `<br>`, tables as built. */
  function rendered(md: string) {
    const found = readGitHubMarkdown(md)
    return {
      ...activeMarkup(found),
      links: found.links.filter((l) => !l.startsWith('https://github.com/Org/LP/commit/')),
      tables: found.tables,
    }
  }

  /** Nothing but the report's own links, and its three tables as built: coverage (with the total), stale translations, findings. */
  const AS_BUILT = {
    ...{ mentions: [], references: [], links: [], images: [], html: [] },
    tables: [
      [4, 4, 4],
      [4, 4],
      [2, 2],
    ],
  }

  it('never lets source text mention, reference or mark up anything outside code spans', () => {
    const md = healthReportMarkdown({
      ...report,
      findings: [{ ...report.findings[0], detail: 'no section "@team #1 [x](y) GH-2 <b>"', target: 'a`b|c@d' }],
    })
    expect(rendered(md)).toEqual(AS_BUILT)
  })

  it('keeps the stale table whole when a commit headline holds a lone carriage return (issue 21, d)', () => {
    const headline = 'Fix typo\r@octocat [win](https://evil.example) `x` | y'
    const stale = report.stale.available ? report.stale.stale[0] : undefined
    const md = healthReportMarkdown(
      {
        ...report,
        stale: {
          ...report.stale,
          available: true,
          stale: [{ ...stale!, commits: [{ oid: 'a'.repeat(40), date: '2024-03-15T12:00:00Z', headline }] }],
        },
      } as HealthReport,
      { source: { repository: 'Org/LP', ref: 'main' } },
    )
    // Before: the \r ended the row (the table had rows of 4, 3 and 2 cells) and left the mention and the link outside the code span.
    expect(rendered(md)).toEqual(AS_BUILT)
    expect(readGitHubMarkdown(md).codes).toContain('Fix typo @octocat [win](https://evil.example) `x` | y')
  })

  it('says when stale translations are unknown or nothing was found', () => {
    const quiet: HealthReport = {
      ...report,
      stale: { available: false, reason: 'contributors: none reads no commit history' },
      languages: { site: { kind: 'none', looked: ['hugo.toml'] }, unconfigured: [], missingLandingPages: [] },
      findings: [],
    }
    const md = healthReportMarkdown(quiet)
    expect(md).toContain('_Not available: contributors: none reads no commit history._')
    expect(md).toContain(
      'No Hugo language configuration found at the base commit (looked for `hugo.toml`): pages of every language are written.',
    )
    expect(md).toContain('_No broken or malformed links, no unsafe markup._')
    expect(healthHeadline(quiet)).toBe('Content health: stale translations unknown')
  })

  it('folds into a <details> section for a pull request body, within its size limit', () => {
    const details = healthReportDetails(report, { maxChars: 3000 })
    expect(details.startsWith(`<details>\n<summary>${healthHeadline(report)}</summary>\n\n### Content health\n`)).toBe(true)
    expect(details.endsWith('\n</details>\n')).toBe(true)
    expect(details.length).toBeLessThanOrEqual(3000)
  })

  it('stops before the size limit and says what it left out', () => {
    const many: HealthReport = {
      ...report,
      findings: Array.from({ length: 400 }, (_, i) => ({ ...report.findings[0], line: i + 1 })),
    }
    const md = healthReportMarkdown(many, { maxChars: 4000 })
    expect(md.length).toBeLessThanOrEqual(4000)
    expect(md).toMatch(/…and \d+ more problems \(see the job summary\)\./)
  })
})
