// Issue 21: no scan of source text or GitHub text grows with the square of its input. Every
// scanner is fed hostile inputs at two sizes, n and 16n: 16 scans of the small one and 1 of the
// large one are the same work when the scan is linear, and 16 times more for the large one when
// it is quadratic. Timed as the fastest of interleaved tries (load slows tries, never speeds them
// up), with a generous bar (6x: caches and the garbage collector make a large input cost up to
// 3 times more per byte) and a second look before failing: robust on a busy machine.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { parseContact, parseGitLog } from '../../src/credit/git-log.js'
import { pageGlob } from '../../src/credit/page-glob.js'
import { rewriteSectionLinks } from '../../src/health/section-links.js'
import { pageFindings } from '../../src/health/page-findings.js'
import { extractTitle } from '../../src/render/title.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import { parseSyncTrailer } from '../../src/shared/sync-trailer.js'
import { parseYaml } from '../../src/shared/yaml-text.js'
import type { RenderedPage } from '../../src/shared/types.js'
import { EXAMPLE_REPOSITORY, EXAMPLE_SOURCE } from '../support/example-history.js'
import { NO_CREDIT, syncWith, withOverrides } from '../support/sync.js'

/** An index page (its body read as HTML and as Markdown) whose body and source are the text. */
function indexPage(body: string): RenderedPage {
  return {
    path: 'getting-started/_index.de.md',
    kind: 'index',
    section: 'getting-started',
    language: 'de',
    source: 'getting-started/de/index.md',
    creditPath: null,
    contributors: null,
    frontMatter: {},
    body,
  }
}

const ALL = () => true
const INDEX = { sections: new Map([['getting-started', { workbook: false }]]), hasArticle: () => false }

/**
 * Every scanner of source text (rendered pages and their sources) and GitHub text (trailers,
 * messages). Page findings run the link, markup, entity and URL scans and the source lines.
 */
const SCANNERS: Record<string, (text: string) => unknown> = {
  'page findings (links, markup, entities, URL checks, source lines)': (text) => pageFindings([indexPage(text)], () => text, INDEX, ALL),
  'section link rewrite': (text) => rewriteSectionLinks(text, 'de', () => true),
  'co-author contact': (text) => parseContact(text),
  'git log': (text) => parseGitLog(text),
  'sync trailer': (text) => parseSyncTrailer(text),
  'page glob (text as path)': (text) => pageGlob('**'.repeat(11) + '*Z').test(text),
  'page glob (text as pattern)': (text) => pageGlob(text.slice(0, 512)).test('organization-and-culture/trusted-committer/05.pt-br.md'),
  'article title': (text) => extractTitle(text, 'getting-started/01-x.asciidoc'),
}

type Shape = [start: string, unit: string, end: string]

/** The issue's inputs: each scanner meets them every time. */
const ISSUE_SHAPES: Shape[] = [
  ['', '](', ''],
  ['<a href=', '\n', ''],
  ['++++\n', '<', '\n++++'],
  ['Co-authored-by: a', ' ', 'b'],
]

/** Other inputs: a start, a unit made of the expressions' prefixes, repeated, and an end. */
const TOKENS = ['](', '<', '>', ')', '\n', ' ', '"', "'", '<a://', 'href=', 'src="', '&#x', '&amp;', 'a', '.', '/', '*', '?', 'Z']
const TOKENS_TOO = ['/learn/learning-path/', 'htttps://e.org/', '= ', 'javascript:', '<a href=', 'Learning-Path-Sync: ', ':', '-', '[', '@']
const shapes: fc.Arbitrary<Shape> = fc.tuple(
  fc.constantFrom('', '<a href=', '](', 'Co-authored-by: a', '= a', '<'),
  fc.array(fc.constantFrom(...TOKENS, ...TOKENS_TOO), { minLength: 1, maxLength: 3 }).map((t) => t.join('')),
  fc.constantFrom('', 'b', 'Z', '>', ')'),
)

const SMALL = 16 * 1024
const TIMES = 16
const repeated =
  ([start, unit, end]: Shape) =>
  (size: number) =>
    start + unit.repeat(Math.ceil(size / unit.length)) + end

/** Milliseconds of the fastest of `tries`. */
function fastest(run: () => void, tries: number): number {
  let best = Infinity
  for (let i = 0; i < tries; i++) {
    const started = performance.now()
    run()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

/** How much longer one scan of 16n takes than 16 scans of n: about 1 when linear, about 16 when quadratic. */
function growth(scan: (text: string) => unknown, make: (size: number) => string, size = SMALL): number {
  const small = make(size)
  const large = make(TIMES * size)
  scan(small) // warm up
  let eightSmall = Infinity
  let oneLarge = Infinity
  for (let round = 0; round < 2; round++) {
    eightSmall = Math.min(
      eightSmall,
      fastest(() => {
        for (let i = 0; i < TIMES; i++) scan(small)
      }, 1),
    )
    oneLarge = Math.min(
      oneLarge,
      fastest(() => scan(large), 1),
    )
  }
  // Under a millisecond for the large input: too fast to be anything but linear, and too short to time.
  return oneLarge < 1 ? 1 : oneLarge / Math.max(eightSmall, 0.05)
}

/** The growth, looked at a second time before it counts as too fast: one slow try on a busy machine is not a quadratic scan. */
function checkedGrowth(scan: (text: string) => unknown, make: (size: number) => string, size = SMALL): number {
  const first = growth(scan, make, size)
  return first < BAR ? first : Math.min(first, growth(scan, make, size))
}

/** Linear: about 1; quadratic: about 16. */
const BAR = 6

describe('every scanner grows linearly with its input (property)', () => {
  it.each(Object.keys(SCANNERS))('%s', (name) => {
    const scan = SCANNERS[name]
    fc.assert(
      fc.property(shapes, (s) => {
        const ratio = checkedGrowth(scan, repeated(s))
        if (process.env.LPS_SHOW_GROWTH) console.log(name, JSON.stringify(s), ratio.toFixed(2))
        expect(ratio, `${JSON.stringify(s)}: 16n took ${ratio.toFixed(1)} times 16 runs of n`).toBeLessThan(BAR)
      }),
      { numRuns: 3, examples: ISSUE_SHAPES.map((s) => [s]) },
    )
  })
})

/** YAML of files we do not control: shapes where the `yaml` package's own duplicate-key check compared every key with every other. */
const YAML_SHAPES: Record<string, (size: number) => string> = {
  'a mapping of distinct keys': (size) => Array.from({ length: Math.ceil(size / 10) }, (_, i) => `k${i}: ${i}`).join('\n'),
}

describe('YAML of the contributors file and the site configuration grows linearly', () => {
  it.each(Object.keys(YAML_SHAPES))('%s', (name) => {
    const parse = (text: string) => {
      try {
        return parseYaml(text)
      } catch (error) {
        return error
      }
    }
    // 8 KB and 128 KB: below that the package's own cost per byte hides the square.
    const ratio = checkedGrowth(parse, YAML_SHAPES[name], 8 * 1024)
    expect(ratio, `16n took ${ratio.toFixed(1)} times 16 runs of n`).toBeLessThan(BAR)
  })
})

describe('the issue inputs at 1 MB finish the run in under 10 s', () => {
  const temp: string[] = []
  afterAll(() => {
    for (const dir of temp) rmSync(dir, { recursive: true, force: true })
  })
  const MB = 1 << 20

  /** A sync of the bundled example with one file replaced, into a pages folder on disk. */
  async function runWith(file: string, content: string) {
    const source = mkdtempSync(path.join(tmpdir(), 'lps-linear-'))
    const site = mkdtempSync(path.join(tmpdir(), 'lps-linear-site-'))
    temp.push(source, site)
    cpSync(EXAMPLE_SOURCE, source, { recursive: true })
    writeFileSync(path.join(source, file), content)
    const started = performance.now()
    const options = withOverrides(DEFAULT_OPTIONS, NO_CREDIT, {
      source: { dir: source, repository: EXAMPLE_REPOSITORY },
      target: { siteDir: path.join(site, 'pages'), path: 'pages' },
      policy: { failOnContentError: false, createTargetPath: true },
    })
    const result = await syncWith(options)
    return { result, seconds: (performance.now() - started) / 1000 }
  }

  const FRONT = '---\ntitle: Getting Started\n---\n'
  it.each([
    ['`](` repeated in an index page (400 KB took 128 s)', 'getting-started/index.md', FRONT + ']('.repeat(MB / 2)],
    ['`<a href=` and line breaks in an index page (200 KB took 16.5 s)', 'getting-started/index.md', FRONT + '<a href=' + '\n'.repeat(MB)],
    [
      'a `++++` block of `<` in an article (200 KB took 14.7 s)',
      'getting-started/03-tags.asciidoc',
      '== Tags\n\n++++\n' + '<'.repeat(MB) + '\n++++\n',
    ],
  ])('%s', async (_, file, content) => {
    const { result, seconds } = await runWith(file, content)
    expect(result.contentErrors).toEqual([])
    expect(result.plan.add.some((p) => p.path.startsWith('getting-started/'))).toBe(true)
    // Generous: the scans take milliseconds now; the run is the example's rendering.
    expect(seconds).toBeLessThan(10)
  })
})
