// An author plants workflow commands in the sources; the bundled action (dist/index.js) and the
// CLI (dist/cli.js) print the dry-run diff, warnings and the summary. The runner obeys every
// line that starts, after trimming, with `::` (and any `##[command]`), so none of the planted
// text may reach such a line outside a `::stop-commands::<token>` ... `::<token>::` block.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { serializePage } from '../../src/render/serialize.js'
import { renderSources } from '../../src/sync.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { copyCorpusSource, describeCorpus, historyIndex } from '../support/corpus.js'
import { runAction } from '../support/run-action.js'
import { seedSite, startSiteGitHub, TARGET } from '../support/sync.js'
import { runCli } from '../support/run-cli.js'

const SITE = 'planted/site'
const ARTICLE = 'introduction/01-introduction.asciidoc'
const PAGE = 'introduction/01.md'

/** Commands as an author would plant them, each one the runner would obey on a line of its own. */
const PLANTED = [
  '::add-mask::InnerSource',
  '  ::warning file=action.yml,line=1::planted by an article',
  '::error title=Planted::planted by an article',
  '::set-output name=operation::planted',
  '::save-state name=planted::planted',
  '::add-matcher::planted-matcher.json',
  '::ADD-MASK::Learning',
  '::stop-commands::planted-token',
  '::group::planted',
  'text ##[add-mask]Path',
]
/** The planted commands as the runner would see them: trimmed, compared without regard to case. */
const PLANTED_COMMANDS = PLANTED.map((line) => line.trim()).filter((line) => line.startsWith('::'))

/**
 * The lines the runner would obey as one of the planted commands: it reads the output line by
 * line, trims the start, and ignores everything between `::stop-commands::T` and `::T::`; the
 * legacy form `##[command]` counts anywhere in a line.
 */
function obeyedCommands(output: string): string[] {
  const obeyed: string[] = []
  let stopToken: string | null = null
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/^[\s\u0085]+/, '').toLowerCase()
    if (stopToken !== null) {
      if (line.startsWith(`::${stopToken}::`)) stopToken = null
      continue
    }
    if (PLANTED_COMMANDS.some((command) => line.startsWith(command.toLowerCase())) || line.includes('##[add-mask]')) obeyed.push(raw)
    // Ours or planted, a stop-commands line pauses the runner until its token comes back.
    if (line.startsWith('::stop-commands::')) stopToken = line.slice('::stop-commands::'.length)
  }
  return obeyed
}

describeCorpus('planted workflow commands are never obeyed', () => {
  let gh: FakeGitHub
  let source: string
  let diffLines: string[]

  beforeAll(async () => {
    source = copyCorpusSource()
    // A literal block of commands at the end of an article.
    const article = path.join(source, ARTICLE)
    writeFileSync(article, readFileSync(article, 'utf8') + `\n\n....\n${PLANTED.join('\n')}\n....\n`)
    // A folder whose name holds a line break and a command: it shows up in a warning.
    mkdirSync(path.join(source, 'introduction', 'notes\n::add-mask::InnerSource'))
    writeFileSync(path.join(source, 'introduction', 'notes\n::add-mask::InnerSource', 'readme.txt'), 'notes\n')

    // The site already has the page, but one line differs after each planted one: every planted
    // line is then a context line of the diff, printed with a leading space that the runner trims.
    const rendered = await renderSources(createFsSourceTree(source), { languages: ['en'] })
    const page = rendered.pages.find((p) => p.path === PAGE)!
    const current = serializePage(page)
      .split('\n')
      .flatMap((line) => (PLANTED.some((p) => line.includes(p.trim())) ? [line, 'a line the site had'] : [line]))
      .join('\n')
    diffLines = current.split('\n').filter((line) => PLANTED.some((p) => line.includes(p.trim())))
    expect(diffLines.length).toBeGreaterThanOrEqual(PLANTED.length - 1)

    gh = await startSiteGitHub()
    await seedSite(gh, SITE)
    await gh.pushCommit(SITE, 'main', { [`${TARGET}/${PAGE}`]: current }, 'the page as the site has it')
  }, 60_000)

  afterAll(async () => {
    await gh?.close()
    if (source) rmSync(source, { recursive: true, force: true })
  })

  it('action dry run: the diff shows them, inside a stop-commands block; warnings stay on their line', async () => {
    const run = await runAction({
      inputs: {
        token: gh.token,
        'source-path': source,
        'target-repository': SITE,
        languages: 'en',
        contributors: 'none',
        'dry-run': 'true',
      },
      eventName: 'push',
      event: { after: '8fc38b766e27fcf8e6fa66e62d76a3488ad46e44' },
      repository: historyIndex().repository,
      sha: '8fc38b766e27fcf8e6fa66e62d76a3488ad46e44',
      apiUrl: gh.url,
    })
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    // Not vacuous: every planted line is in the printed diff, as a context line.
    for (const line of diffLines) expect(run.stdout).toContain(`\n ${line}\n`)
    expect(run.stdout).toMatch(/^::stop-commands::lps-[0-9a-f]{32}$/m)
    expect(obeyedCommands(run.stdout)).toEqual([])
    expect(obeyedCommands(run.stderr)).toEqual([])
    expect(run.outputs.operation).toBe('none')
    expect(gh.requests.filter((r) => r.write)).toEqual([])
  })

  const cli = (...args: string[]) =>
    runCli(['sync', '--source', source, '--target', SITE, '--languages', 'en', '--contributors', 'none', '--dry-run', ...args], {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      LEARNING_PATH_SYNC_FAST_RETRIES: '1',
    })

  it('CLI in a workflow: the report and diff on stdout inside a stop-commands block, warnings inert on stderr', async () => {
    const run = await cli()
    expect(run.status, run.stderr).toBe(0)
    for (const line of diffLines) expect(run.stdout).toContain(`\n ${line}\n`)
    // The planted folder is named in a warning, its line break written as `\n` (issue 21: skipped for its name).
    expect(run.stderr).toContain('introduction: folder "notes\\n::add-mask::InnerSource" skipped: its name holds a line break (U+000A)')
    expect(obeyedCommands(run.stdout)).toEqual([])
    expect(obeyedCommands(run.stderr)).toEqual([])
  })

  it('CLI --json: one line that holds the diff, with no legacy command in it', async () => {
    const run = await cli('--json')
    expect(run.status, run.stderr).toBe(0)
    const parsed = JSON.parse(run.stdout) as { diff: string }
    for (const line of diffLines) expect(parsed.diff).toContain(`\n ${line}\n`)
    expect(obeyedCommands(run.stdout)).toEqual([])
    expect(obeyedCommands(run.stderr)).toEqual([])
  })
})
