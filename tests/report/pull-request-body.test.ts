import { describe, expect, it } from 'vitest'
import type { ChangePlan } from '../../src/plan/plan-changes.js'
import { checkBodyTemplate, DEFAULT_BODY_TEMPLATE } from '../../src/report/body-template.js'
import { fitParts, GITHUB_TEXT_LIMIT } from '../../src/report/fit-blocks.js'
import { pullRequestBody } from '../../src/report/pull-request-body.js'
import { renderSummary } from '../../src/report/summary.js'
import type { HealthReport } from '../../src/health/types.js'
import type { ContentWarning } from '../../src/shared/types.js'
import { titledPage } from '../support/pages.js'
import { OptionError } from '../../src/shared/user-error.js'

const source = { repository: 'Org/LP', ref: 'main', commit: '0123456789abcdef0123456789abcdef01234567' }
const LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'ja', 'pt-br', 'ru', 'zh']

/** `count` pages over `sections` sections, every language, half updated and half added. */
function bigPlan(count: number, sections: number): ChangePlan {
  const plan: ChangePlan = { add: [], update: [], delete: [], unchanged: [], protected: [] }
  for (let i = 0; i < count; i++) {
    const language = LANGUAGES[i % LANGUAGES.length]
    const path = `section-${String(i % sections).padStart(2, '0')}/${String(Math.floor(i / sections)).padStart(3, '0')}${language === 'en' ? '' : `.${language}`}.md`
    const write = {
      path,
      page: titledPage(path, `A title long enough to look like a real one, number ${i}`),
      content: 'x',
      sha: 's',
      contributors: { added: ['Ann Example', 'Bob Example'], removed: ['Old Name'] },
    }
    if (Math.floor(i / sections) % 2 === 0) plan.update.push({ ...write, previousSha: 'p', previousContent: 'y' })
    else plan.add.push(write)
  }
  return plan
}

const warnings = (n: number): ContentWarning[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `section-00/de/0${i % 9}-x.asciidoc`,
    line: i + 1,
    message: `a content warning long enough to take some room, number ${i}`,
  }))

/** A health report with many findings, made by hand (the health stage's own tests check how they are found). */
function health(findings: number): HealthReport {
  return {
    coverage: { languages: [], rows: [], totals: { englishArticles: 0, cells: {} } },
    stale: { available: false, reason: 'the contributors provider is none' },
    languages: { site: { kind: 'none', looked: [] }, unconfigured: [], missingLandingPages: [] },
    findings: Array.from({ length: findings }, (_, i) => ({
      kind: 'malformed-url' as const,
      file: `section-00/0${i % 9}-x.asciidoc`,
      line: i + 1,
      page: 'section-00/001.md',
      target: `htttps://example.org/${i}`,
      detail: 'misspelled scheme',
      message: `a malformed URL, number ${i}`,
    })),
  }
}

const headings = (text: string) => text.split('\n').filter((line) => /^#{2,4} /.test(line))

describe('the pull request body', () => {
  it("lists each section's updated pages before its added ones, with title and language", () => {
    const plan = bigPlan(12, 2)
    const body = pullRequestBody({ plan, source, targetPath: 'content/en/learn/learning-path', warnings: warnings(3) })
    const rows = body.split('\n').filter((l) => l.startsWith('| `section-00/'))
    expect(rows.map((r) => r.split(' | ')[3])).toEqual(['updated', 'updated', 'updated', 'added', 'added', 'added'])
    expect(rows[0]).toBe(
      '| `section-00/000.md` | A title long enough to look like a real one, number 0 | en | updated | +Ann Example, +Bob Example, −Old Name |',
    )
    expect(headings(body)).toEqual([
      '### Source changes',
      '### Changed pages',
      '#### `section-00` — 6 pages: 3 updated, 3 added',
      '#### `section-01` — 6 pages: 3 updated, 3 added',
      '### Content warnings (3)',
    ])
    // The warnings sit in a collapsed section.
    expect(body).toMatch(
      /### Content warnings \(3\)\n\n<details><summary>3 warnings in 3 source files; they do not stop the sync<\/summary>\n\n- `section-00\/de\/00-x.asciidoc:1`: /,
    )
  })

  it('keeps a change of 3,000 pages under 65,536 characters with every section heading, collapsing the largest first', () => {
    const plan = bigPlan(3000, 12)
    const input = { plan, source, targetPath: 'content/en/learn/learning-path', warnings: warnings(400), health: health(300) }
    const full = pullRequestBody({ ...input, limit: Number.MAX_SAFE_INTEGER })
    const body = pullRequestBody(input)
    expect(full.length).toBeGreaterThan(GITHUB_TEXT_LIMIT)
    expect(body.length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT)
    expect(headings(body)).toEqual(headings(full))
    expect(headings(body).filter((h) => h.startsWith('### '))).toEqual([
      '### Source changes',
      '### Changed pages',
      '### Content warnings (400)',
      '### Content health',
    ])
    expect(headings(body).filter((h) => h.startsWith('#### `'))).toHaveLength(12)
    // Whole tables only: every table that is there has all its rows; the others left a note.
    const tables = body
      .split('#### `')
      .slice(1)
      .map((t) => t.split('\n### ')[0])
    for (const table of tables) {
      const rows = table.split('\n').filter((l) => l.startsWith('| `')).length
      const declared = Number(/— (\d+) pages/.exec(table)?.[1])
      expect(rows === declared || (rows === 0 && table.includes("is left out to stay under GitHub's size limit"))).toBe(true)
    }
    // The smaller blocks (warnings, health report) were collapsed only if the tables alone did not do.
    console.info(
      `3,000 pages: ${full.length} characters in full, ${body.length} fitted; ${tables.filter((t) => t.includes('left out')).length}/12 section tables collapsed`,
    )
  })

  it('the job summary stays under the limit the same way', () => {
    const plan = bigPlan(3000, 12)
    const summary = renderSummary({
      result: {
        operation: 'created',
        pullRequestNumber: 1,
        pullRequestUrl: 'https://x/pull/1',
        changedFiles: [],
        counts: { added: 1500, updated: 1500, deleted: 0, unchanged: 0, protected: 0 },
      },
      plan,
      source,
      target: 'Org/site',
      dryRun: false,
      contributorFailures: [],
      warnings: warnings(400),
    })
    expect(summary.length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT)
    expect(headings(summary)).toContain('### Content warnings (400)')
    expect(headings(summary).filter((h) => h.startsWith('#### '))).toHaveLength(12)
  })

  it('follows a body template, and refuses an unknown placeholder naming the input', () => {
    const plan = bigPlan(2, 1)
    const body = pullRequestBody({
      plan,
      source,
      targetPath: '',
      template: 'From {{source-link}}: {{counts}}.\n\n{{change-table}}\n\n{{warnings}}\n\n{{health-report}}\n',
    })
    expect(
      body.startsWith(
        'From [Org/LP@0123456](https://github.com/Org/LP/commit/0123456789abcdef0123456789abcdef01234567): 1 added, 1 updated',
      ),
    ).toBe(true)
    // Empty parts leave no run of blank lines.
    expect(body).not.toMatch(/\n\n\n/)
    expect(() => checkBodyTemplate('{{change-table}} {{changes}}')).toThrow(OptionError)
    expect(() => checkBodyTemplate('{{changes}}')).toThrow('unknown placeholder {{changes}}; use {{change-table}}')
    expect(() => checkBodyTemplate(DEFAULT_BODY_TEMPLATE)).not.toThrow()
  })
})

describe('fitParts', () => {
  it('collapses the largest block first and stops as soon as the text fits', () => {
    const parts = {
      a: ['A: ', { full: 'a'.repeat(50), collapsed: '(a)' }],
      b: ['B: ', { full: 'b'.repeat(80), collapsed: '(b)' }],
    }
    const compose = (v: Record<'a' | 'b', string>) => `${v.a}\n${v.b}`
    expect(fitParts(parts, compose, 1000)).toEqual({ text: `A: ${'a'.repeat(50)}\nB: ${'b'.repeat(80)}`, collapsed: 0 })
    expect(fitParts(parts, compose, 100)).toEqual({ text: `A: ${'a'.repeat(50)}\nB: (b)`, collapsed: 1 })
    expect(fitParts(parts, compose, 20)).toEqual({ text: 'A: (a)\nB: (b)', collapsed: 2 })
  })
})
