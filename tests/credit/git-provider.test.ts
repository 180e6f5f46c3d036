import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseContributorsFile } from '../../src/credit/contributors-file.js'
import { createContributorProvider } from '../../src/credit/create-provider.js'
import { applyCreditResult } from '../../src/credit/credit-pages.js'
import { IdentityRules } from '../../src/credit/identity-rules.js'
import type { ContributorKind } from '../../src/shared/contributor-kind.js'
import { FAST_TIMING } from '../../src/github/timing.js'
import { createMemoryLogger } from '../../src/shared/line-logger.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import { UserError } from '../../src/shared/user-error.js'
import { testContext } from '../support/run-context.js'

/** The provider `kind` as a run makes it, for the sources in `dir` (no GitHub connection). */
function providerFor(kind: ContributorKind, dir: string, logger = createMemoryLogger(), rules?: IdentityRules) {
  return createContributorProvider(
    kind,
    { ...DEFAULT_OPTIONS.source, dir },
    testContext(DEFAULT_OPTIONS.github, FAST_TIMING, logger),
    rules,
  )
}

// A throwaway repository whose source tree sits in a sub-folder, like a monorepo checkout.
let root: string
let sourceDir: string
let seconds = 0

function git(args: string[], env: Record<string, string> = {}) {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root, ...env },
  })
}

function commit(files: Record<string, string>, who: { name: string; email: string }, message: string) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  git(['add', '-A'])
  // Distinct, increasing dates keep `git log` order deterministic.
  const date = `2024-01-01T00:00:${String(seconds++).padStart(2, '0')}Z`
  git(['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, 'commit', '-q', '-m', message], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  })
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'lps-git-contributors-'))
  sourceDir = path.join(root, 'learning-path')
  git(['init', '-q', '-b', 'main'])
  // Oldest first. The mailmap merges "old ann" into Ann's canonical name and noreply email.
  writeFileSync(
    path.join(root, '.mailmap'),
    'Ann Author <12345+ann@users.noreply.github.com> <ann@old.example>\nCora Co <cora@example.com> <cora@old.example>\n',
  )
  commit({ 'learning-path/intro/01.asciidoc': 'one\n' }, { name: 'old ann', email: 'ann@old.example' }, 'first')
  commit(
    { 'learning-path/intro/01.asciidoc': 'one two\n', 'learning-path/intro/02 odd name.asciidoc': 'x\n' },
    { name: 'Bob', email: 'bob@example.com' },
    'second\n\nCo-authored-by: Cora <cora@old.example>\nCo-authored-by: Dan <dan@users.noreply.github.com>',
  )
  commit(
    { 'learning-path/intro/02 odd name.asciidoc': 'y\n' },
    { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
    'bump',
  )
  commit({ 'other/outside.txt': 'z\n' }, { name: 'Eve', email: 'eve@example.com' }, 'outside the source folder')
  // Newest: a noreply author without the id prefix and a co-author with it, who is in the mailmap under an old address too.
  commit(
    { 'learning-path/intro/03.asciidoc': 'three\n' },
    { name: 'Fay', email: 'fay-gh@users.noreply.github.com' },
    'third\n\nCo-authored-by: Gus <777+gus-gh@users.noreply.github.com>\nCo-authored-by: old ann <ann@old.example>',
  )
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('GitContributorProvider', () => {
  it('credits authors and co-authors from one git log, honouring .mailmap and noreply emails', async () => {
    const logger = createMemoryLogger()
    const provider = providerFor('git', sourceDir, logger)
    const result = await provider.credit(['intro/01.asciidoc', 'intro/02 odd name.asciidoc', 'intro/never-committed.asciidoc'])
    expect(result.failures).toEqual([])
    expect(result.contributors.get('intro/01.asciidoc')).toEqual([
      { name: 'Bob', url: null },
      { name: 'Cora Co', url: null },
      { name: 'Dan', url: 'https://github.com/dan' },
      { name: 'Ann Author', url: 'https://github.com/ann' },
    ])
    // The bot's commit is left out; Eve only touched a file outside the source folder.
    expect(result.contributors.get('intro/02 odd name.asciidoc')).toEqual([
      { name: 'Bob', url: null },
      { name: 'Cora Co', url: null },
      { name: 'Dan', url: 'https://github.com/dan' },
    ])
    expect(result.contributors.get('intro/never-committed.asciidoc')).toEqual([])
    expect(result.stats).toEqual({ requests: 0, points: 0 })
  })

  it('turns both noreply forms into logins and profile URLs, mailmaps co-authors, and applies the contributors file', async () => {
    const plain = await providerFor('git', sourceDir).credit(['intro/03.asciidoc'])
    expect(plain.contributors.get('intro/03.asciidoc')).toEqual([
      { name: 'Fay', url: 'https://github.com/fay-gh' },
      { name: 'Gus', url: 'https://github.com/gus-gh' },
      { name: 'Ann Author', url: 'https://github.com/ann' },
    ])

    // Matched by the address .mailmap gives Cora's trailer, by a login taken from a noreply email, by a git name.
    const file = parseContributorsFile(
      [
        'aliases:',
        '  - name: Cora Cole',
        '    url: https://github.com/cora',
        '    match: [cora@example.com]',
        'exclude: [gus-gh, Bob]',
        'add:',
        '  - name: Hal Translator',
        '    url: null',
        '    pages: ["intro/*"]',
      ].join('\n'),
      'people.yml',
    )
    const logger = createMemoryLogger()
    const provider = providerFor('git', sourceDir, logger, IdentityRules.fromFile(file))
    const result = await provider.credit(['intro/01.asciidoc', 'intro/03.asciidoc'])
    expect(result.contributors.get('intro/01.asciidoc')).toEqual([
      { name: 'Cora Cole', url: 'https://github.com/cora' },
      { name: 'Dan', url: 'https://github.com/dan' },
      { name: 'Ann Author', url: 'https://github.com/ann' },
    ])
    expect(result.contributors.get('intro/03.asciidoc')).toEqual([
      { name: 'Fay', url: 'https://github.com/fay-gh' },
      { name: 'Ann Author', url: 'https://github.com/ann' },
    ])
    expect(result.changedBy?.get('intro/01.asciidoc')).toEqual(['alias "Cora Cole"', 'exclude "Bob"'])
    expect(result.changedBy?.get('intro/03.asciidoc')).toEqual(['exclude "gus-gh"'])

    const page = (p: string, creditPath: string) => ({
      path: p,
      kind: 'article' as const,
      section: 'intro',
      language: 'en',
      source: creditPath,
      creditPath,
      contributors: [],
      frontMatter: { title: 'T' },
      body: '',
    })
    const credited = applyCreditResult([page('intro/01.md', 'intro/01.asciidoc')], result, provider.kind, file, logger)
    expect(credited.pages[0].contributors).toEqual([
      ...(result.contributors.get('intro/01.asciidoc') ?? []),
      { name: 'Hal Translator', url: null },
    ])
    expect(credited.rules?.rules).toEqual([
      { rule: 'alias "Cora Cole"', pages: ['intro/01.md'] },
      { rule: 'exclude "gus-gh"', pages: [] },
      { rule: 'exclude "Bob"', pages: ['intro/01.md'] },
      { rule: 'add "Hal Translator"', pages: ['intro/01.md'] },
    ])
  })

  it("hands the health report each file's commits, newest first, with committer date and subject", async () => {
    const provider = providerFor('git', sourceDir)
    const result = await provider.credit(['intro/01.asciidoc', 'intro/never-committed.asciidoc'])
    const history = result.history?.get('intro/01.asciidoc')
    expect(history?.map((c) => [c.date, c.headline])).toEqual([
      ['2024-01-01T00:00:01+00:00', 'second'],
      ['2024-01-01T00:00:00+00:00', 'first'],
    ])
    expect(history?.every((c) => /^[0-9a-f]{40}$/.test(c.oid))).toBe(true)
    expect(result.history?.get('intro/never-committed.asciidoc')).toEqual([])
  })

  it('warns about a shallow clone', async () => {
    const shallow = mkdtempSync(path.join(tmpdir(), 'lps-git-shallow-'))
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow])
      const logger = createMemoryLogger()
      const provider = providerFor('git', path.join(shallow, 'learning-path'), logger)
      await provider.credit(['intro/01.asciidoc'])
      expect(logger.lines.some((line) => line.includes('shallow clone'))).toBe(true)
    } finally {
      rmSync(shallow, { recursive: true, force: true })
    }
  })

  it('refuses a folder that is not a git checkout with a UserError', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'lps-not-git-'))
    try {
      const provider = providerFor('git', plain)
      await expect(provider.credit(['a.adoc'])).rejects.toBeInstanceOf(UserError)
    } finally {
      rmSync(plain, { recursive: true, force: true })
    }
  })
})

describe('NoContributorProvider', () => {
  it('credits nobody', async () => {
    const provider = providerFor('none', '.')
    const result = await provider.credit(['a.adoc'])
    expect([...result.contributors]).toEqual([['a.adoc', []]])
    // No history read: the health report says stale translations are unavailable.
    expect(result.history).toBeUndefined()
  })
})

describe('GitContributorProvider on hostile trailers (issue 21)', () => {
  let hostile: string
  beforeAll(() => {
    hostile = mkdtempSync(path.join(tmpdir(), 'lps-git-hostile-'))
    const run = (args: string[]) =>
      execFileSync('git', args, { cwd: hostile, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: hostile } })
    run(['init', '-q', '-b', 'main'])
    writeFileSync(path.join(hostile, '.mailmap'), 'Cora Co <cora@example.com> <cora@old.example>\n')
    writeFileSync(path.join(hostile, '01.asciidoc'), 'one\n')
    run(['add', '-A'])
    const message = [
      'names that look like options',
      '',
      'Co-authored-by: -h <evil@example.com>',
      'Co-authored-by: --output=/tmp/lps-owned <out@example.com>',
      // The trailer, at 1,000,000 blanks: the expression it met backtracked over each.
      `Co-authored-by: a${' '.repeat(1_000_000)}b`,
      'Co-authored-by: Cora <cora@old.example>',
    ].join('\n')
    writeFileSync(path.join(hostile, 'message.txt'), message)
    run(['-c', 'user.name=Ann', '-c', 'user.email=ann@example.com', 'commit', '-q', '-F', 'message.txt'])
  })
  afterAll(() => rmSync(hostile, { recursive: true, force: true }))

  it('hands names to git on its standard input, never as options, and reads a 1 MB trailer in linear time', async () => {
    const provider = providerFor('git', hostile)
    const started = performance.now()
    const result = await provider.credit(['01.asciidoc'])
    // Generous: linear parsing takes milliseconds; the expression took 4.5 s at 100,000 blanks.
    expect((performance.now() - started) / 1000).toBeLessThan(10)
    expect(result.contributors.get('01.asciidoc')?.map((c) => c.name)).toEqual(['Ann', '-h', '--output=/tmp/lps-owned', 'Cora Co'])
  })
})
