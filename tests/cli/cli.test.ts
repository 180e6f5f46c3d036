import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORPUS_SOURCE, CORPUS_WEBSITE, describeCorpus } from '../support/corpus.js'
import { REPO_ROOT } from '../support/repo-root.js'
import { runCli, startCli } from '../support/run-cli.js'
import { spacesParagraph } from '../support/hostile-sources.js'

async function run(...args: string[]) {
  const env = { ...process.env }
  delete env.GITHUB_TOKEN
  const result = await runCli(args, env)
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length
}

describe('learning-path-sync CLI (the bundled cli.js)', () => {
  let work: string

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'lps-cli-'))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('documents every render option in --help', async () => {
    const { code, stdout } = await run('render', '--help')
    expect(code).toBe(0)
    for (const option of [
      '--source-path DIR',
      '--out DIR',
      '--languages',
      '--contributors none|git|github|keep',
      '--sections-file',
      '--urls-file',
      '--strict-titles',
      '--rewrite-section-links',
      '--source-repository',
      '--source-ref',
      '--help',
    ]) {
      expect(stdout).toContain(option)
    }
    // The flag's name before it had the input's name still works, and help says so.
    expect(stdout).toMatch(/\(also\s+--source;/)
    const top = await run('--help')
    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/Commands:\n {2}render/)
    const none = await run()
    expect(none.code).toBe(1)
    expect(none.stdout).toBe('')
    expect(none.stderr).toBe(top.stdout)
  })

  describeCorpus('on the fixture', () => {
    it('renders the fixture: 217 pages, says where and how many, warns about the 8 titles', async () => {
      const out = join(work, 'site')
      const { code, stdout, stderr } = await run('render', '--source', CORPUS_SOURCE, '--out', out)
      expect(code).toBe(0)
      expect(stdout).toMatch(
        new RegExp(
          `^Rendered 217 pages \\(29 index pages, 184 articles, 4 workbooks\\) into ${escapeRegExp(out)} in [\\d.]+ s: 217 written, 0 unchanged, 0 protected; 9 content warnings\\n$`,
        ),
      )
      expect(countFiles(out)).toBe(217)
      expect(stderr.split('\n').filter((line) => line.includes('deeper heading')).length).toBe(8)
      expect(readFileSync(join(out, 'introduction/_index.de.md'), 'utf8')).toBe(
        readFileSync(join(CORPUS_WEBSITE, 'introduction/_index.de.md'), 'utf8'),
      )
      expect(readFileSync(join(out, 'contributor/05.zh.md'), 'utf8')).toMatch(/^---\ntitle: .*\ncontributors: \[\]\nimage: /)

      const again = await run('render', '--source', CORPUS_SOURCE, '--out', out, '--quiet')
      expect(again.code).toBe(0)
      expect(again.stdout).toContain('0 written, 217 unchanged, 0 protected')
    })

    it('renders a language subset and fixes titles with --strict-titles', async () => {
      const out = join(work, 'es')
      const { code, stdout } = await run(
        'render',
        '--source',
        CORPUS_SOURCE,
        '--out',
        out,
        '--languages',
        'es',
        '--strict-titles',
        '--quiet',
      )
      expect(code).toBe(0)
      expect(stdout).toContain('Rendered 23 pages (3 index pages, 20 articles, 0 workbooks)')
      expect(readFileSync(join(out, 'contributor/06.es.md'), 'utf8')).toMatch(
        /^---\ntitle: "Transcripción: El contribuidor en InnerSource – Introducción"\n/,
      )
    })

    it('points translations at their own section landing pages with --rewrite-section-links, and only then', async () => {
      const out = join(work, 'es-rewritten')
      expect(
        (await run('render', '--source', CORPUS_SOURCE, '--out', out, '--languages', 'es', '--rewrite-section-links', '--quiet')).code,
      ).toBe(0)
      const page = readFileSync(join(out, 'contributor/01.es.md'), 'utf8')
      expect(page).toContain('<a href="https://innersourcecommons.org/es/learn/learning-path/trusted-committer"')
      expect(page).not.toContain('href="https://innersourcecommons.org/learn/learning-path/trusted-committer"')
      // product-owner has no Spanish pages: its English landing page stays the link.
      expect(page).toContain('href="https://innersourcecommons.org/learn/learning-path/product-owner"')
      const plain = readFileSync(join(work, 'es', 'contributor/01.es.md'), 'utf8')
      expect(plain).toContain('href="https://innersourcecommons.org/learn/learning-path/trusted-committer"')
    })

    it('never overwrites a hand-written file in --out, and says so', async () => {
      const out = join(work, 'protected')
      mkdirSync(join(out, 'introduction'), { recursive: true })
      writeFileSync(join(out, 'introduction/_index.md'), 'hand-written\n')
      const { code, stdout, stderr } = await run('render', '--source', CORPUS_SOURCE, '--out', out, '--languages', 'en', '--quiet')
      expect(code).toBe(0)
      expect(stdout).toContain('1 protected')
      expect(stderr).toContain(`warning: ${out}/introduction/_index.md: not overwritten`)
      expect(readFileSync(join(out, 'introduction/_index.md'), 'utf8')).toBe('hand-written\n')
    })
  })

  it('renders the bundled example with no token and no network', async () => {
    const out = join(work, 'example')
    const { code, stdout, stderr } = await run('render', '--source', 'examples/learning-path', '--out', out)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('Rendered 12 pages (4 index pages, 7 articles, 1 workbook)')
    expect(readFileSync(join(out, 'getting-started/_index.es.md'), 'utf8')).toContain('---\nThis text will be translated soon.\n')
    expect(readFileSync(join(out, 'getting-started/01.md'), 'utf8')).toContain('youtubeCode: Ex4mpleVid0')
  })

  it('a broken source file: the other pages are written, the file is named, exit 1; 0 with --fail-on-content-error false', async () => {
    const source = join(work, 'example-broken')
    cpSync('examples/learning-path', source, { recursive: true })
    writeFileSync(join(source, 'maintainer/02-saying-no-again.asciidoc'), '== Again\n')
    const out = join(work, 'example-broken-out')
    const failing = await run('render', '--source', source, '--out', out, '--quiet')
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('Rendered 11 pages')
    expect(failing.stdout).toContain('; 2 source files failed')
    expect(failing.stderr).toContain(
      'error: maintainer/02-saying-no-again.asciidoc: two articles would become the same page maintainer/02.md: ',
    )
    expect(failing.stderr).toMatch(
      /^error: 2 source file\(s\) failed, their pages left as the site has them: maintainer\/02-saying-no-again.asciidoc, maintainer\/02-saying-no.asciidoc; .*--fail-on-content-error false/m,
    )
    expect(countFiles(out)).toBe(11)
    expect(existsSync(join(out, 'maintainer/02.md'))).toBe(false)

    const reporting = await run(
      'render',
      '--source',
      source,
      '--out',
      join(work, 'example-broken-out-2'),
      '--quiet',
      '--fail-on-content-error',
      'false',
    )
    expect(reporting.code).toBe(0)
    expect(reporting.stderr).toMatch(/^warning: 2 source file\(s\) failed/m)
    expect((await run('render', '--source', source, '--out', out, '--fail-on-content-error', 'maybe')).stderr).toContain(
      "--fail-on-content-error: must be true or false, got 'maybe'",
    )
  })

  it('--version prints the version; -h works for every command', async () => {
    const version = await run('--version')
    expect(version.code).toBe(0)
    expect(version.stdout).toBe(`learning-path-sync ${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`)
    for (const command of ['render', 'sync']) {
      const short = await run(command, '-h')
      expect(short.code).toBe(0)
      expect(short.stdout).toBe((await run(command, '--help')).stdout)
      expect(short.stdout).toContain('-h, --help')
      expect(short.stdout).toContain('--fail-on-content-error true|false')
    }
    expect((await run('sync', '-h')).stdout).toContain('--create-target-path')
    expect((await run('-h')).stdout).toContain('Commands:')
    // `help render` is render's usage, `-v` the version, as most CLIs have them.
    expect(await run('help', 'render')).toEqual(await run('render', '--help'))
    expect(await run('help', 'publish')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error: unknown command "publish"/) as unknown,
    })
    expect(await run('-v')).toEqual(version)
  })

  it('Ctrl-C: one line saying the run was interrupted and what it left, exit 130', async () => {
    const source = join(work, 'example-slow')
    cpSync('examples/learning-path', source, { recursive: true })
    // A file that renders for tens of seconds: the signal arrives while the run renders.
    appendFileSync(join(source, 'getting-started/01-why-share.asciidoc'), spacesParagraph(320_000))
    const out = join(work, 'interrupted')
    const child = startCli(['render', '--source', source, '--out', out, '--render-timeout', '60', '--verbose'])
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // Signalled once it runs (--verbose names the version first), not after a guessed delay.
    while (!stderr.startsWith('debug: learning-path-sync ')) await new Promise((resolve) => setTimeout(resolve, 50))
    await new Promise((resolve) => setTimeout(resolve, 300))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('interrupted (Ctrl-C): nothing was written')
    expect(existsSync(out)).toBe(false)
  }, 30_000)

  it('--out at a website root or inside the sources: exit 1, nothing written', async () => {
    const site = join(work, 'website-root')
    mkdirSync(join(site, 'content/en/learn/learning-path'), { recursive: true })
    writeFileSync(join(site, 'config.toml'), 'title = "site"\n')
    for (const out of [site, 'examples/learning-path/out']) {
      const { code, stderr } = await run('sync', '--source', 'examples/learning-path', '--out', out, '--contributors', 'none')
      expect(code).toBe(1)
      expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^error: --out: .* (holds other files|is inside the source folder)/)
      expect(readdirSync(site).sort()).toEqual(['config.toml', 'content'])
      expect(existsSync(join(REPO_ROOT, 'examples/learning-path/out'))).toBe(false)
    }
  })

  it('--out pointing at a file says so in one line (render and sync)', async () => {
    const file = join(work, 'a-file')
    writeFileSync(file, 'x')
    for (const command of ['render', 'sync']) {
      const { code, stderr } = await run(command, '--source', 'examples/learning-path', '--out', file)
      expect(code).toBe(1)
      expect(stderr).toBe(`error: --out: ${file} is a file, not a folder\n`)
    }
  })

  it('sync --out into a folder that does not exist: refused before any write, like a missing target-path', async () => {
    const missing = join(work, 'no-such-pages-folder')
    const { code, stderr } = await run('sync', '--source', 'examples/learning-path', '--out', missing, '--contributors', 'none')
    expect(code).toBe(1)
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(
        `^error: --out: ${escapeRegExp(missing)} does not exist: check its spelling \\((nearest folders: ${escapeRegExp(work)}/|${escapeRegExp(work)} has no folders)` +
          '.*\\); only to start a new site there, --create-target-path creates it$',
      ),
    )
    expect(existsSync(missing)).toBe(false)
    const created = await run(
      'sync',
      '--source',
      'examples/learning-path',
      '--out',
      missing,
      '--contributors',
      'none',
      '--create-target-path',
    )
    expect(created.code, created.stderr).toBe(0)
    expect(countFiles(missing)).toBe(12)
  })

  describe('fails with exit 1, one line, and nothing written', () => {
    const broken = () => {
      const source = join(work, `broken-${Math.random().toString(36).slice(2)}`)
      mkdirSync(join(source, 'scripts'), { recursive: true })
      mkdirSync(join(source, 'config'), { recursive: true })
      mkdirSync(join(source, 'a'), { recursive: true })
      writeFileSync(join(source, 'config/urls.yaml'), '')
      writeFileSync(join(source, 'a/index.md'), '---\ntitle: A\n---\n')
      return source
    }

    it.each([
      ['invalid JSON', '[{', /^error: scripts\/section_data.json:1:3: invalid JSON: /],
      [
        'a dirName escaping the root',
        JSON.stringify([{ learning_path_group: 'A', dirName: '../a', workbook: '', image: 'i', renderArticles: true }]),
        /^error: scripts\/section_data.json: \[0\].dirName "..\/a" escapes the source folder/,
      ],
      [
        'a missing section folder',
        JSON.stringify([{ learning_path_group: 'A', dirName: 'b', workbook: '', image: 'i', renderArticles: true }]),
        /^error: scripts\/section_data.json: \[0\].dirName: section folder "b" does not exist in /,
      ],
      [
        'a missing field',
        JSON.stringify([{ learning_path_group: 'A', dirName: 'a', workbook: '', image: 'i' }]),
        /^error: scripts\/section_data.json: \[0\].renderArticles is missing\n$/,
      ],
    ])('%s', async (_name, sections, message) => {
      const source = broken()
      writeFileSync(join(source, 'scripts/section_data.json'), sections)
      const out = join(work, 'never')
      const { code, stdout, stderr } = await run('render', '--source', source, '--out', out)
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(message)
      expect(existsSync(out)).toBe(false)
    })

    it.each([
      [['render', '--source', 'x', '--bogus'], 'error: unknown option --bogus (see: learning-path-sync render --help)'],
      [['render', '--source', 'x'], 'error: missing required option --out DIR (see: learning-path-sync render --help)'],
      [['render', '--out', 'x', '--source'], 'error: option --source needs a value (see: learning-path-sync render --help)'],
      [
        ['render', '--source', 'x', '--out', 'y', '--contributors', 'svn'],
        "error: --contributors: must be none, git, github or keep, got 'svn' (see: learning-path-sync render --help)",
      ],
      [['render', '--source', '/does/not/exist', '--out', 'y'], 'error: --source-path: /does/not/exist does not exist'],
      [['publish'], /^error: unknown command "publish" \(commands: render(, [a-z]+)*\)$/],
    ])('usage %j', async (args, message) => {
      const { code, stderr } = await run(...args)
      expect(code).toBe(1)
      expect(stderr.endsWith('\n')).toBe(true)
      if (typeof message === 'string') expect(stderr).toBe(message + '\n')
      else expect(stderr.trimEnd()).toMatch(message)
    })

    describeCorpus('on the fixture', () => {
      it('an unknown language', async () => {
        const { code, stderr } = await run('render', '--source', CORPUS_SOURCE, '--out', join(work, 'never'), '--languages', 'de,xx')
        expect(code).toBe(1)
        expect(stderr).toMatch(/^error: --languages: no section has "xx" \(found: de, en, es, /)
        expect(existsSync(join(work, 'never'))).toBe(false)
      })
    })

    it('github contributors without a token', async () => {
      const { code, stderr } = await run(
        'render',
        '--source',
        'examples/learning-path',
        '--out',
        join(work, 'never'),
        '--contributors',
        'github',
        '--source-repository',
        'o/r',
      )
      expect(code).toBe(1)
      expect(stderr).toMatch(/^error: .*token.*\n$/)
      expect(existsSync(join(work, 'never'))).toBe(false)
    })
  })
})
