// Inputs an author could use to hang or crash a run (issue 11), timed in this process:
// `node --import tsx bench/hostile-inputs.ts [--out DIR]` writes hostile-inputs.md (bench/ by
// default); `npm run bench` runs it too, after the scenarios. Each row is one attempt and what
// it cost; none of them may take more than seconds.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { unifiedDiff } from '../src/publish/line-diff.js'
import { renderArticle } from '../src/render/article.js'
import { extractTitle } from '../src/render/title.js'
import type { SectionConfig } from '../src/config/types.js'

export interface HostileRow {
  input: string
  what: string
  ms: number
  outcome: string
}

const SECTION: SectionConfig = {
  group: 'Introduction',
  dirName: 'introduction',
  workbook: '',
  workbookImage: '',
  image: 'i.png',
  renderArticles: true,
  position: 0,
}
/** An English article page of SECTION, with no video and no other pages to link to. */
function renderEnglishArticle(path: string, number: string, text: string) {
  const page = `${SECTION.dirName}/${number}.md`
  const task = { kind: 'article', path: page, section: SECTION, language: 'en', number, video: undefined, strictTitles: false } as const
  return renderArticle({ path, text }, task, () => false)
}

/** The title fallback the engine used before issue 11, kept here to show what it cost. */
const OLD_ANY_HEADING = /^[\uFEFF \t]*(={1,6}|#{1,6})[ \t]+(\S.*?)[ \t\r]*$/m

/** `= a`, `spaces` spaces, `b`: a heading whose lazy title and trailing blanks backtrack. */
export const pathologicalArticle = (spaces: number) => `= a${' '.repeat(spaces)}b\n\nText.\n`

function timed<T>(run: () => T): { ms: number; value?: T; error?: Error } {
  const started = performance.now()
  try {
    const value = run()
    return { ms: Math.round(performance.now() - started), value }
  } catch (error) {
    return { ms: Math.round(performance.now() - started), error: error as Error }
  }
}

/** `compareOld`: also time the old expression on small inputs (seconds; left out of smoke runs). */
export function measureHostileInputs(compareOld = true): HostileRow[] {
  const rows: HostileRow[] = []
  const article = pathologicalArticle(1_000_000)
  const size = `${(article.length / 1_000_000).toFixed(2)} MB`

  const title = timed(() => extractTitle(article, 'introduction/01-pathological.asciidoc'))
  rows.push({
    input: `pathological article (${size}: \`= a\`, 1,000,000 spaces, \`b\`)`,
    what: 'title extraction',
    ms: title.ms,
    outcome: `title of ${title.value?.title.length ?? 0} characters`,
  })

  const page = timed(() => renderEnglishArticle('introduction/01-pathological.asciidoc', '01', article))
  rows.push({
    input: `the same article (${size})`,
    what: 'whole article page (title + Asciidoctor)',
    ms: page.ms,
    outcome: page.error ? `error: ${page.error.message}` : `page of ${page.value?.page.body.length ?? 0} characters of HTML`,
  })

  // The old expression, on inputs small enough to wait for: it grows with the square.
  for (const spaces of compareOld ? [10_000, 20_000] : []) {
    const old = timed(() => OLD_ANY_HEADING.exec(pathologicalArticle(spaces)))
    rows.push({
      input: `the same shape, ${spaces.toLocaleString('en')} spaces`,
      what: 'title extraction before issue 11 (for comparison)',
      ms: old.ms,
      outcome: old.value ? 'same title' : 'no match',
    })
  }

  const delimiters = Array.from({ length: 800 }, (_, i) => '='.repeat(4 + i))
  const nested = ['== Nested', '', ...delimiters, 'deep inside', ...delimiters.reverse(), ''].join('\n')
  const deep = timed(() => renderEnglishArticle('introduction/02-nested.asciidoc', '02', nested))
  rows.push({
    input: '800 nested example blocks',
    what: 'article page',
    ms: deep.ms,
    outcome: deep.error ? `error naming the file: \`${deep.error.message.slice(0, 80)}…\`` : 'rendered',
  })

  const before = Array.from({ length: 90_000 }, (_, i) => `old text ${i + 1}`).join('\n') + '\n'
  const after = before
    .split('\n')
    .map((line, i) => (i % 5 === 2 ? line.replace('old', 'new') : line))
    .join('\n')
  const diff = timed(() => unifiedDiff('a/page.md', 'b/page.md', before, after))
  rows.push({
    input: `a ${(before.length / 1_000_000).toFixed(2)} MB page (90,000 lines), every fifth line changed`,
    what: 'dry-run diff',
    ms: diff.ms,
    outcome: diff.error
      ? `error: ${diff.error.message}`
      : `diff of ${(diff.value ?? '').split('\n').length.toLocaleString('en')} lines (changed part shown whole)`,
  })
  return rows
}

export function renderHostileMarkdown(rows: readonly HostileRow[], date: string): string {
  return [
    '# Hostile inputs',
    '',
    `Measured by \`node --import tsx bench/hostile-inputs.ts\` (also run by \`npm run bench\`) on ${date}, Node ${process.version}, in one process. See docs/reliability.md for what each input did before issue 11.`,
    '',
    '| input | what | time | outcome |',
    '| --- | --- | ---: | --- |',
    ...rows.map((row) => `| ${row.input} | ${row.what} | ${(row.ms / 1000).toFixed(3)} s | ${row.outcome} |`),
    '',
  ].join('\n')
}

export function writeHostileResults(outDir: string, compareOld = true): string {
  const file = path.join(outDir, 'hostile-inputs.md')
  mkdirSync(outDir, { recursive: true })
  writeFileSync(file, renderHostileMarkdown(measureHostileInputs(compareOld), new Date().toISOString()))
  return file
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } }, strict: true })
  const outDir = values.out ?? path.dirname(fileURLToPath(import.meta.url))
  process.stdout.write(`${writeHostileResults(outDir)}\n`)
}
