// Issue 21's "done when", end to end through the bundled CLI (and its bundled render worker):
// the corpus with a paragraph of 320,000 spaces appended to an article and a 3 MB file of the
// same kind renders in seconds instead of minutes to hours. Both files fail their own pages,
// named; every other page is written as the clean corpus renders it; the exit status is 1.
import { appendFileSync, chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { serializePage } from '../../src/render/serialize.js'
import { renderSources } from '../../src/sync.js'
import { copyCorpusSource, CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { spacesParagraph } from '../support/hostile-sources.js'
import { runCli } from '../support/run-cli.js'

const temp: string[] = []

/** Every file of a folder: POSIX path → content. */
function filesOf(dir: string, at = dir, files = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(at).sort()) {
    const full = path.join(at, name)
    if (statSync(full).isDirectory()) filesOf(dir, full, files)
    else files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full, 'utf8'))
  }
  return files
}

describeCorpus('render with a file past its budget and a file past the size limit (bundled cli.js)', () => {
  afterAll(() => {
    for (const dir of temp) rmSync(dir, { recursive: true, force: true })
  })

  it('fails only their pages, names them with their size, writes every other page, exits 1', async () => {
    const source = copyCorpusSource()
    const out = mkdtempSync(path.join(tmpdir(), 'lps-deadline-out-'))
    temp.push(source, out)
    const append = (file: string, text: string) => {
      chmodSync(path.join(source, file), 0o644)
      appendFileSync(path.join(source, file), text)
      return statSync(path.join(source, file)).size.toLocaleString('en-US')
    }
    const slow = append('introduction/06-conclusion.asciidoc', spacesParagraph(320_000))
    const large = append('introduction/07-faq.asciidoc', spacesParagraph(3_000_000))

    const run = await runCli(['render', '--source', source, '--out', out, '--render-timeout', '2', '--quiet'], {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? out,
    })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toContain(
      `introduction/06-conclusion.asciidoc: rendering stopped after 2 s (render-timeout) on this file of ${slow} bytes: ` +
        'simplify the file, or raise render-timeout (left as the site has it: introduction/06.md)',
    )
    expect(run.stderr).toContain(
      `introduction/07-faq.asciidoc: the file is ${large} bytes, over max-source-bytes (2,000,000): it is not rendered (left as the site has it: introduction/07.md)`,
    )
    expect(run.stderr).toMatch(
      /^error: 2 source file\(s\) failed, .*introduction\/06-conclusion\.asciidoc, introduction\/07-faq\.asciidoc;/m,
    )
    expect(run.stdout).toContain('215 written')

    const clean = await renderSources(createFsSourceTree(CORPUS_SOURCE))
    const expected = new Map(clean.pages.map((page) => [page.path, serializePage(page)]))
    expected.delete('introduction/06.md')
    expected.delete('introduction/07.md')
    expect(filesOf(out)).toEqual(expected)
  })
})
