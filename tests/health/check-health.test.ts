import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { discoverSources } from '../../src/discover/discover.js'
import { checkHealth, type HealthInput } from '../../src/health/check-health.js'
import { languagesLeftOut } from '../../src/health/language-check.js'
import { pagesToWrite } from '../../src/plan/plan-stage.js'
import { renderPages } from '../../src/render/render-pages.js'
import type { CommitSummary } from '../../src/shared/types.js'
import { SAMPLE_SECTIONS, sampleTree } from '../support/sample-tree.js'

const INTRODUCTION = {
  learning_path_group: 'Introduction',
  dirName: 'introduction',
  workbook: '',
  workbookImage: '',
  image: 'img/intro.png',
  renderArticles: true,
}

/** The sample learning path plus an `introduction` section, rendered, with the health input around it. */
async function healthOf(changes: Record<string, string | null>, input: Partial<HealthInput> = {}) {
  const tree = sampleTree({
    'scripts/section_data.json': JSON.stringify([INTRODUCTION, ...SAMPLE_SECTIONS]),
    'introduction/index.md': '---\ntitle: Introduction\n---\nStart here.\n',
    'introduction/01-start.asciidoc': '== Start\n\nWelcome.\n',
    ...changes,
  })
  const config = await loadConfig(tree)
  const sources = await discoverSources(tree, config)
  const { pages } = await renderPages(config, sources, { strictTitles: false })
  const result = checkHealth({
    sources,
    pages,
    history: undefined,
    siteHas: () => false,
    siteLanguages: { kind: 'none', looked: [] },
    unconfiguredLanguages: 'skip',
    rewriteSectionLinks: false,
    ...input,
  })
  return { result, pages }
}

describe('links in the rendered pages', () => {
  it('warns about a link to a page that does not exist and a misspelled scheme, with file and line', async () => {
    const { result } = await healthOf({
      'introduction/02-links.asciidoc': [
        '== Links',
        '',
        'Read the link:/learn/learning-path/introduction/42[missing FAQ] first.',
        '',
        'The real start is https://innersourcecommons.org/learn/learning-path/introduction/01[here].',
        '',
        'Then see htttps://example.org for more.',
        '',
      ].join('\n'),
    })
    expect(result.warnings).toEqual([
      {
        file: 'introduction/02-links.asciidoc',
        line: 3,
        message:
          'link to a Learning Path page that does not exist: /learn/learning-path/introduction/42 (no page 42 in section "introduction" in any language)',
      },
      {
        file: 'introduction/02-links.asciidoc',
        line: 7,
        message: 'malformed link htttps://example.org: misspelled scheme "htttps:" (meant "https:"?)',
      },
    ])
  })

  it('knows malformed URLs from fine ones', async () => {
    const { result } = await healthOf({
      'gardening/03-urls.asciidoc': [
        '== URLs',
        '',
        'Fine: https://example.org/a/b?x=1#y[a], link:mailto:team@example.org[mail], https://web.archive.org/web/2020/https://example.org/[archive].',
        '',
        'Fine too: link:../01[relative], link:#top[anchor], https://innersourcecommons.org/learn/learning-path/gardening/workbook[workbook].',
        '',
        'Missing scheme: link:www.example.org/page[w].',
        '',
        'Doubled: https://example.org//page[d] and link:/learn//x[e].',
        '',
        'Malformed: link:http:/example.org[m], link:https//example.org[n], link:++https://example.org/a b++[s].',
        '',
        'Unknown section: https://innersourcecommons.org/learn/learning-path/gardenning/01[g].',
        '',
      ].join('\n'),
    })
    const found = result.report.findings.map((f) => [f.kind, f.line, f.target])
    expect(found).toEqual([
      ['malformed-url', 7, 'www.example.org/page'],
      ['malformed-url', 9, 'https://example.org//page'],
      ['malformed-url', 9, '/learn//x'],
      ['malformed-url', 11, 'http:/example.org'],
      ['malformed-url', 11, 'https//example.org'],
      ['malformed-url', 11, 'https://example.org/a b'],
      ['missing-page', 13, 'https://innersourcecommons.org/learn/learning-path/gardenning/01'],
    ])
  })

  it('warns once per file about translated pages linking to English section landing pages, and rewrites them only when told', async () => {
    const article = [
      '== Grond',
      '',
      'Zie https://innersourcecommons.org/learn/learning-path/tool-shed[de schuur],',
      'link:/learn/learning-path/gardening/[de tuin] en https://innersourcecommons.org/learn/learning-path/introduction[het begin].',
      '',
    ].join('\n')
    // The Dutch tool-shed and gardening landing pages exist; introduction has no Dutch folder.
    const { result, pages } = await healthOf({ 'gardening/nl/01-soil-nl.asciidoc': article })
    expect(result.warnings).toEqual([
      {
        file: 'gardening/nl/01-soil-nl.asciidoc',
        line: 3,
        message:
          '2 links to English section landing pages although the nl ones exist (lines 3, 4); rewrite-section-links: true points them at /nl/learn/learning-path/…',
      },
    ])
    // Reported only: the plan stage writes the pages, rewritten when told.
    expect(pagesToWrite(pages, false, () => false)).toEqual(pages)

    const rewritten = await healthOf({ 'gardening/nl/01-soil-nl.asciidoc': article }, { rewriteSectionLinks: true })
    const written = pagesToWrite(rewritten.pages, true, () => false)
    const page = written.find((p) => p.path === 'gardening/01.nl.md')!
    expect(page.body).toContain('<a href="https://innersourcecommons.org/nl/learn/learning-path/tool-shed">de schuur</a>')
    expect(page.body).toContain('<a href="/nl/learn/learning-path/gardening/">de tuin</a>')
    expect(page.body).toContain('<a href="https://innersourcecommons.org/learn/learning-path/introduction">het begin</a>')
    expect(rewritten.result.warnings).toEqual([])
    expect(rewritten.result.report.findings.map((f) => f.rewritten)).toEqual([true, true])
    // Only that page changed.
    expect(written.filter((p, i) => p !== rewritten.pages[i]).map((p) => p.path)).toEqual(['gardening/01.nl.md'])
  })

  it('names script, iframe and javascript: URLs with their lines', async () => {
    const { result } = await healthOf({
      'gardening/03-html.asciidoc':
        '== HTML\n\n++++\n<iframe src="https://example.org/embed"></iframe>\n++++\n\nlink:javascript:alert(1)[click]\n\n++++\n<SCRIPT>alert(2)</SCRIPT>\n++++\n',
    })
    expect(result.report.findings.map((f) => [f.kind, f.line, f.target])).toEqual([
      ['unsafe-html', 4, '<iframe>'],
      ['unsafe-html', 7, 'javascript: URL'],
      ['unsafe-html', 10, '<script>'],
    ])
    expect(result.warnings.map((w) => w.line)).toEqual([4, 7, 10])
  })

  it('sees a javascript: URL the way a browser reads it: character references, any case, blanks inside (issue 11)', async () => {
    const { result } = await healthOf({
      'gardening/03-html.asciidoc': [
        '== HTML',
        '',
        '++++',
        '<a href="&#106;avascript:alert(1)">one</a>',
        '++++',
        '',
        '++++',
        '<a href="JAVA&#x09;SCRIPT&colon;alert(2)">two</a>',
        '++++',
        '',
        '----',
        'The javascript: scheme in prose and &lt;script&gt; in a listing are no markup.',
        '----',
        '',
      ].join('\n'),
      'gardening/index.md': '---\ntitle: Gardening\n---\nGrow things together.\n\n[More](JavaScript:alert(3))\n',
    })
    expect(result.report.findings.filter((f) => f.kind === 'unsafe-html').map((f) => [f.file, f.target])).toEqual([
      ['gardening/03-html.asciidoc', 'javascript: URL'],
      ['gardening/03-html.asciidoc', 'javascript: URL'],
      ['gardening/index.md', 'javascript: URL'],
    ])
    expect(result.report.findings.find((f) => f.file === 'gardening/index.md')?.line).toBe(6)
  })
})

describe('languages the site cannot show', () => {
  const site = (languages: string[]) => ({ kind: 'found' as const, file: 'config/_default/languages.yaml', languages, disabled: [] })

  it('leaves out the pages of a language the site does not configure, with one warning per source folder', async () => {
    const { result, pages } = await healthOf({}, { siteLanguages: site(['en', 'fr']) })
    expect(pages.filter((p) => p.language === 'nl').map((p) => p.path)).toEqual([
      'gardening/_index.nl.md',
      'gardening/01.nl.md',
      'tool-shed/_index.nl.md',
      'tool-shed/01.nl.md',
    ])
    expect([...result.leftOut]).toEqual(['nl'])
    expect([...languagesLeftOut(pages, site(['en', 'fr']), 'skip')]).toEqual(['nl'])
    expect(result.warnings.map((w) => [w.file, w.message])).toEqual([
      [
        'gardening/nl',
        'the site configures no language "nl" (config/_default/languages.yaml): 2 pages of this folder not written, Hugo would show them as English pages; add the language to the site, or set unconfigured-languages: write',
      ],
      [
        'tool-shed/nl',
        'the site configures no language "nl" (config/_default/languages.yaml): 2 pages of this folder not written, Hugo would show them as English pages; add the language to the site, or set unconfigured-languages: write',
      ],
    ])
    expect(result.report.languages.unconfigured).toEqual([
      { language: 'nl', folders: ['gardening/nl', 'tool-shed/nl'], pages: 4, written: false },
    ])
  })

  it('writes them anyway with unconfigured-languages: write, and treats a disabled language as not shown', async () => {
    const written = await healthOf({}, { siteLanguages: site(['en', 'fr']), unconfiguredLanguages: 'write' })
    expect([...written.result.leftOut]).toEqual([])
    expect(written.result.warnings).toEqual([])
    expect(written.result.report.languages.unconfigured).toEqual([
      { language: 'nl', folders: ['gardening/nl', 'tool-shed/nl'], pages: 4, written: true },
    ])
    const disabled = await healthOf({}, { siteLanguages: { ...site(['en', 'fr', 'nl']), disabled: ['nl'] } })
    expect([...disabled.result.leftOut]).toEqual(['nl'])
  })

  it('names configured languages of the Learning Path without a landing page; without a configuration writes everything', async () => {
    const { result } = await healthOf(
      {},
      { siteLanguages: site(['en', 'fr', 'nl', 'ko']), siteHas: (p) => p === '_index.md' || p === '_index.nl.md' },
    )
    expect(result.report.languages.missingLandingPages).toEqual([{ language: 'fr', path: '_index.fr.md' }])
    const none = await healthOf({})
    expect([...none.result.leftOut]).toEqual([])
    expect(none.result.report.languages).toEqual({ site: { kind: 'none', looked: [] }, unconfigured: [], missingLandingPages: [] })
  })
})

describe('coverage matrix', () => {
  it('counts per section and language: current, stale, missing, and unknown without history', async () => {
    const day = (d: number): CommitSummary => ({
      oid: `c${d}`,
      date: `2024-01-${String(d).padStart(2, '0')}T00:00:00Z`,
      headline: `day ${d}`,
    })
    const history = new Map<string, CommitSummary[]>([
      ['gardening/01-soil.asciidoc', [day(5), day(1)]],
      ['gardening/nl/01-soil-nl.asciidoc', [day(3)]], // English changed on day 5: stale
      ['gardening/02-seeds.asciidoc', [day(1)]],
      ['gardening/fr/02-seeds-fr.asciidoc', [day(2)]], // current
      ['tool-shed/01-rakes.asciidoc', [day(1)]],
      ['tool-shed/nl/01-rakes-nl.asciidoc', [day(9)]], // current
    ])
    const { result } = await healthOf({}, { history })
    const { coverage } = result.report
    expect(coverage.languages).toEqual(['fr', 'nl'])
    const cell = (current: number, stale: number, missing: number) => ({ current, stale, unknown: 0, missing, extra: 0 })
    expect(coverage.rows).toEqual([
      { section: 'introduction', englishArticles: 1, cells: { fr: cell(0, 0, 1), nl: cell(0, 0, 1) } },
      { section: 'gardening', englishArticles: 2, cells: { fr: cell(1, 0, 1), nl: cell(0, 1, 1) } },
      { section: 'tool-shed', englishArticles: 1, cells: { fr: cell(0, 0, 1), nl: cell(1, 0, 0) } },
    ])
    expect(coverage.totals).toEqual({ englishArticles: 4, cells: { fr: cell(1, 0, 3), nl: cell(1, 1, 2) } })
    expect(result.report.stale.available && result.report.stale.stale.map((s) => [s.page, s.days])).toEqual([['gardening/01.nl.md', 4]])

    const unknown = await healthOf({})
    expect(unknown.result.report.coverage.totals.cells.nl).toEqual({ current: 0, stale: 0, unknown: 2, missing: 2, extra: 0 })
  })
})
