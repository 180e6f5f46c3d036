// The dashboard issue's body, read the way GitHub reads it: what content can and cannot make of
// it (mentions, links, markup), the @-mentions `dashboard-mentions` adds, and the size limit.
import { describe, expect, it } from 'vitest'
import { dashboardBody, type DashboardInput } from '../../src/dashboard/dashboard-body.js'
import { DASHBOARD_MARKER } from '../../src/dashboard/dashboard-marker.js'
import type { CoverageCell, HealthReport, MissingTranslation, StaleTranslation } from '../../src/health/types.js'
import { readGitHubMarkdown } from '../support/github-markdown.js'

const cell = (current: number, stale: number, missing: number): CoverageCell => ({ current, stale, unknown: 0, missing, extra: 0 })
const HOSTILE = '@octocat fixes #12 <img src=x onerror=alert(1)> [x](https://evil.example) **bold** | cell'

function stale(language: string, number: string, more: Partial<StaleTranslation> = {}): StaleTranslation {
  return {
    page: `garden/${number}.${language}.md`,
    section: 'garden',
    number,
    language,
    source: `garden/${language}/${number}-x.asciidoc`,
    english: `garden/${number}-x.asciidoc`,
    commits: [{ oid: 'a'.repeat(40), date: '2024-03-15T12:00:00Z', headline: 'Reword', url: 'https://github.com/o/lp/commit/aaa' }],
    translatedAt: '2024-02-01T00:00:00Z',
    staleSince: '2024-03-15T12:00:00Z',
    days: 10,
    translators: [{ name: 'Ann Translator', login: 'ann-t' }],
    ...more,
  }
}

function input(staleList: StaleTranslation[], missing: MissingTranslation[] = [], more: Partial<DashboardInput> = {}): DashboardInput {
  const languages = [...new Set([...staleList, ...missing].map((s) => s.language))].sort()
  const cells = Object.fromEntries(languages.map((l) => [l, cell(1, staleList.filter((s) => s.language === l).length, 0)]))
  const report: HealthReport = {
    coverage: { languages, rows: [{ section: 'garden', englishArticles: 8, cells }], totals: { englishArticles: 8, cells } },
    stale: { available: true, asOf: '2024-05-01T00:00:00Z', checked: 40, unknown: [], stale: staleList },
    languages: { site: { kind: 'none', looked: [] }, unconfigured: [], missingLandingPages: [] },
    findings: [],
  }
  return {
    report,
    missing,
    titles: new Map(),
    source: { repository: 'o/lp', ref: 'main', commit: 'b'.repeat(40) },
    mentions: false,
    ...more,
  }
}

describe('dashboardBody', () => {
  it('starts with the hidden marker and names the source commit; the same input gives the same bytes', () => {
    const one = input([stale('de', '01')])
    const body = dashboardBody(one)
    expect(body.startsWith(`${DASHBOARD_MARKER}\n`)).toBe(true)
    expect(body).toContain(`[o/lp@bbbbbbb](https://github.com/o/lp/commit/${'b'.repeat(40)})`)
    expect(dashboardBody(one)).toBe(body)
  })

  it('lists each stale translation with its links, the English commits it lacks and who last changed it', () => {
    const body = dashboardBody(input([stale('de', '01')], [], { titles: new Map([['garden/01.de.md', 'Erde']]) }))
    expect(body).toContain(
      '### de (1)\n\n<details>\n<summary>1 stale translation in de</summary>\n\n' +
        '- **Erde** (`garden/01.de.md`): [English](https://github.com/o/lp/blob/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/garden/01-x.asciidoc)' +
        ' · [translation](https://github.com/o/lp/blob/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/garden/de/01-x.asciidoc)\n' +
        '  - translation last changed 2024-02-01 by Ann Translator; English commits since:\n' +
        '    - 2024-03-15 [`Reword`](https://github.com/o/lp/commit/aaa)\n',
    )
  })

  it('keeps what content says inert: no mention, reference, link, image or HTML of its own', () => {
    const hostile = stale(HOSTILE.slice(0, 6), '01', {
      commits: [{ oid: 'c'.repeat(40), date: '2024-03-15T12:00:00Z', headline: HOSTILE }],
      translators: [{ name: HOSTILE, login: 'x"><script>' }],
    })
    const missing: MissingTranslation = {
      section: 'garden',
      number: '02',
      language: 'de',
      english: 'garden/02-y.asciidoc',
      page: 'garden/02.md',
    }
    const titles = new Map([
      [hostile.page, HOSTILE],
      ['garden/02.md', HOSTILE],
    ])
    const found = readGitHubMarkdown(dashboardBody(input([hostile], [missing], { titles, mentions: true })))
    expect(found.mentions).toEqual([])
    expect(found.references).toEqual([])
    expect(found.images).toEqual([])
    expect([...new Set(found.htmlTags)].sort()).toEqual(['/details', '/summary', 'details', 'summary'])
    expect(found.links.every((link) => link.startsWith('https://github.com/o/lp/'))).toBe(true)
    expect(found.tables.every((rows) => rows.every((cells) => cells === rows[0]))).toBe(true)
  })

  it('with mentions, the last translators are @-mentions of their logins (names without a login stay text)', () => {
    const two = stale('de', '01', {
      translators: [
        { name: 'Ann Translator', login: 'ann-t' },
        { name: 'No Account', login: null },
      ],
    })
    expect(readGitHubMarkdown(dashboardBody(input([two]))).mentions).toEqual([])
    const body = dashboardBody(input([two], [], { mentions: true }))
    // One mention (the reader matches a mention's start: `@` and a name character).
    expect(readGitHubMarkdown(body).mentions).toEqual(['@a'])
    expect(body).toContain('by @ann-t, No Account;')
  })

  it("stays under GitHub's 65,536 characters with 10× the corpus's stale translations, every language heading kept", () => {
    const perLanguage = { de: 4, es: 5, fr: 2, it: 6, ja: 6, 'pt-br': 1, ru: 2, zh: 9 }
    const commits = Array.from({ length: 8 }, (_, i) => ({
      oid: i.toString(16).padStart(40, '0'),
      date: '2024-03-15T12:00:00Z',
      headline: `A long English headline that says what changed in some detail, number ${i}`,
      url: `https://github.com/o/lp/commit/${i.toString(16).padStart(40, '0')}`,
    }))
    const many = Object.entries(perLanguage).flatMap(([language, n]) =>
      Array.from({ length: n * 10 }, (_, i) => stale(language, String(i).padStart(3, '0'), { commits })),
    )
    const missing = Object.keys(perLanguage).flatMap((language) =>
      Array.from({ length: 40 }, (_, i) => ({
        section: 'garden',
        number: String(i),
        language,
        english: `garden/${i}-x.asciidoc`,
        page: `garden/${i}.md`,
      })),
    )
    const full = dashboardBody(input(many, missing), Infinity)
    expect(full.length).toBeGreaterThan(65_536)
    const body = dashboardBody(input(many, missing))
    expect(body.length).toBeLessThanOrEqual(65_536)
    const staleSection = body.slice(body.indexOf('## Stale translations'), body.indexOf('## Missing translations'))
    const missingSection = body.slice(body.indexOf('## Missing translations'))
    for (const [language, n] of Object.entries(perLanguage)) {
      expect(staleSection).toContain(`### ${language} (${n * 10})\n`)
      expect(missingSection).toContain(`### ${language} (40)\n`)
    }
    // Folded lists say so; the largest went first, so some lists are still whole.
    expect(body).toContain("not listed here to stay under GitHub's size limit")
    expect(body).toContain('<details>')
    expect(body.endsWith(`This issue reflects [o/lp@bbbbbbb](https://github.com/o/lp/commit/${'b'.repeat(40)}).\n`)).toBe(true)
  })
})
