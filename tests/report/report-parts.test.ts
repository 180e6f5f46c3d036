// The pull request body and the job summary, read as GitHub reads them (a GFM parser, then
// GitHub's mention, reference and autolink filters: tests/support/github-markdown.ts), with
// hostile text in every place text of the sources or of GitHub reaches them (issue 21).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ChangePlan } from '../../src/plan/plan-changes.js'
import { pullRequestBody } from '../../src/report/pull-request-body.js'
import type { RunReport } from '../../src/report/run-report.js'
import { renderSummary } from '../../src/report/summary.js'
import { activeMarkup, readGitHubMarkdown } from '../support/github-markdown.js'
import { titledPage } from '../support/pages.js'

const source = { repository: 'Org/LP', ref: 'main', commit: '0123456789abcdef0123456789abcdef01234567' }
const HOSTILE = '@octocat <img src=x> [win](https://evil.example) #1 GH-2'

/** One updated page at `path`, titled `title`, with `names` joining its contributors. */
function plan(path = 'intro/01.md', title = 'A title', names: string[] = []): ChangePlan {
  return {
    add: [],
    update: [
      {
        path,
        page: titledPage(path, title),
        content: 'x',
        sha: 's',
        previousSha: 'p',
        previousContent: 'y',
        contributors: { added: names, removed: [] },
      },
    ],
    delete: [],
    unchanged: [],
    protected: [],
  }
}

/** The HTML the report writes itself: the collapsible sections, `<br>` between commits, `<code>` in a summary. */
const OWN_TAGS = new Set(['details', '/details', 'summary', '/summary', 'br', 'code', '/code'])

/** What GitHub makes of `markdown` besides the report's own links and tags; the tables' cells per row. */
function rendered(markdown: string) {
  const found = readGitHubMarkdown(markdown)
  return {
    ...activeMarkup(found),
    html: found.htmlTags.filter((tag) => !OWN_TAGS.has(tag)),
    links: found.links.filter((link) => !link.startsWith('https://github.com/Org/LP/')),
    tables: found.tables,
  }
}
const NOTHING = { mentions: [], references: [], links: [], images: [], html: [] }
const ONE_ROW = [[5, 5]]

describe('text of the sources in the pull request body (issue 21)', () => {
  it('(a) a section folder name with backticks, a mention, HTML or a line break stays in its heading code span', () => {
    // (A folder name holds no `/`: the page path's first part is its section.)
    for (const section of [
      'x`@octocat <img src=x> [w](evil.example)`y',
      'a\n# @octocat <img src=x>',
      'a\r\n- [x](evil.example) www.evil.example',
    ]) {
      const body = pullRequestBody({ plan: plan(`${section}/01.md`), source, targetPath: '' })
      // Before: the backticks ended the heading's code span (a mention and an <img> tag), and the
      // line break ended the heading (and split the table: one row of 5 cells and one of 1).
      expect(rendered(body), JSON.stringify(section)).toEqual({ ...NOTHING, tables: ONE_ROW })
      expect(readGitHubMarkdown(body).codes, JSON.stringify(section)).toContain(section.replace(/\r\n|\n/g, ' '))
    }
  })

  it('(b) a content error that quotes its source is shown as text', () => {
    const message = `[0].video.youtube is not a YouTube video URL: "${HOSTILE}"`
    const input: RunReport = {
      plan: plan(),
      source,
      targetPath: '',
      contentErrors: [{ file: 'config/urls.yaml', line: 3, message, pages: ['intro/01.md'] }],
    }
    // Before: a mention, an <img> tag and a link to https://evil.example.
    expect(rendered(pullRequestBody(input))).toEqual({ ...NOTHING, tables: ONE_ROW })
    expect(
      rendered(
        renderSummary({
          ...input,
          result: { operation: 'created', changedFiles: [], counts: counts() },
          target: 'Org/site',
          dryRun: false,
          contributorFailures: [],
          warnings: [],
        }),
      ),
    ).toEqual({ ...NOTHING, tables: ONE_ROW })
    expect(
      readGitHubMarkdown(pullRequestBody(input))
        .texts.join('')
        .replace(/\u200b/g, ''),
    ).toContain(message)
  })

  it('(c) a contributors-file URL with backticks stays in its code span in the "may be one person" hints', () => {
    const url = 'https://github.com/a` @octocat [x](https://evil.example) `'
    const body = pullRequestBody({
      plan: plan(),
      source,
      targetPath: '',
      credits: {
        file: '.github/contributors.yml',
        rules: null,
        hints: [
          {
            people: [
              { name: 'Ann', url },
              { name: 'Ann', url: null },
            ],
            reason: 'the same name with and without a GitHub account',
            pages: ['intro/01.md'],
          },
        ],
      },
    })
    // Before: the URL's backticks closed the code span, leaving a mention and a link.
    expect(rendered(body)).toEqual({ ...NOTHING, tables: ONE_ROW })
    expect(readGitHubMarkdown(body).codes).toContain(url)
  })

  it('(e) GH-1, #1, owner/repo#1 and a commit SHA in a name link nothing, and bidi controls cannot reorder it', () => {
    const names = ['Fixes GH-1', 'see #1 and owner/repo#2', 'deadbeef12', 'Ann\u202enimda\u202c', 'x\u2066y\u2069']
    const body = pullRequestBody({ plan: plan('intro/01.md', 'Title \u202egnp.exe', names), source, targetPath: '' })
    // Before: GH-1 linked issue 1 and U+202E showed "Ann" + "admin" reversed.
    expect(rendered(body)).toEqual({ ...NOTHING, tables: ONE_ROW })
    expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  })

  it('the job summary shows the target and the pages whose contributor list was kept as text', () => {
    const summary = renderSummary({
      result: { operation: 'none', changedFiles: [], counts: counts() },
      plan: plan(),
      source,
      target: `pages_${HOSTILE}`,
      dryRun: true,
      contributorFailures: [{ path: 'intro/0`1.md', reason: `GitHub said: ${HOSTILE}` }],
      warnings: [{ file: 'intro/a`b.asciidoc', line: 2, message: HOSTILE }],
    })
    expect(rendered(summary)).toEqual({ ...NOTHING, tables: ONE_ROW })
  })
})

function counts() {
  return { added: 0, updated: 1, deleted: 0, unchanged: 0, protected: 0 }
}

/** Any string, often with something GitHub would act on. */
const anyText = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    HOSTILE,
    'a`b|c',
    '\r',
    '\n',
    'GH-1',
    'owner/repo#3',
    'www.evil.example',
    'x@evil.example',
    '</summary><img src=x>',
    '\u202e',
  ),
)

describe('every text of the sources, in every place it reaches the body and the summary (property)', () => {
  it('adds no mention, reference, link, image or HTML, and keeps every table whole', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 12, maxLength: 12 }), (t) => {
        const path = `${t[0].replace(/\//g, '_') || 's'}/01.md`
        const input: RunReport = {
          plan: plan(path, t[1], [t[2], t[3]]),
          source: { ...source, ref: t[4] },
          targetPath: t[5],
          warnings: [{ file: t[6], line: 1, message: t[7] }],
          contentErrors: [{ file: t[6], message: t[8], pages: [path] }],
          credits: {
            file: t[9],
            rules: { file: t[9], rules: [{ rule: t[10], pages: [path] }], unmatched: [t[11]] },
            hints: [
              {
                people: [
                  { name: t[2], url: t[10] },
                  { name: t[3], url: null },
                ],
                reason: 'r',
                pages: [path],
              },
            ],
          },
          sourceChanges: { previous: 'f'.repeat(40), commits: [{ oid: 'e'.repeat(40), headline: t[11] }] },
        }
        const body = pullRequestBody(input)
        const summary = renderSummary({
          ...input,
          result: {
            operation: 'created',
            pullRequestNumber: 1,
            pullRequestUrl: 'https://github.com/Org/LP/pull/1',
            changedFiles: [],
            counts: counts(),
          },
          target: t[5],
          dryRun: false,
          warnings: [...input.warnings!],
          contributorFailures: [{ path, reason: t[1] }],
        })
        for (const text of [body, summary]) expect(rendered(text), text).toEqual({ ...NOTHING, tables: ONE_ROW })
      }),
      // A body and a summary are parsed per run (a few kilobytes each): 40 runs, 480 texts.
      { numRuns: 40 },
    )
  })
})
