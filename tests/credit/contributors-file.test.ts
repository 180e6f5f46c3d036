import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { withAdditions, additionsOf, unmatchedPatterns } from '../../src/credit/additions.js'
import { pageGlob } from '../../src/credit/page-glob.js'
import { loadContributorsFile, parseContributorsFile } from '../../src/credit/contributors-file.js'
import type { CommitRecord } from '../../src/credit/credit-rule.js'
import { identityHints } from '../../src/credit/identity-hints.js'
import { creditWithRules, IdentityRules } from '../../src/credit/identity-rules.js'
import { OptionError, UserError } from '../../src/shared/user-error.js'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { createMemorySourceTree } from '../../src/discover/memory-source-tree.js'
import { MAX_CONFIG_BYTES } from '../../src/shared/size-limit.js'
import { FIXTURE_CONTRIBUTORS_FILE } from '../support/contributors-file.js'

const FILE = '.github/learning-path-contributors.yml'

/** The fixture's contributors file (issue 17), its added name also on every page a glob names. */
const EXAMPLE = FIXTURE_CONTRIBUTORS_FILE.replace('pages: [introduction/01.md]', 'pages: [introduction/01.md, "trusted-committer/*"]')

function parseError(text: string): string {
  try {
    parseContributorsFile(text, FILE)
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as Error).message
  }
  throw new Error('expected a UserError')
}

describe('parseContributorsFile', () => {
  it('reads the documented example', () => {
    expect(parseContributorsFile(EXAMPLE, FILE)).toEqual({
      file: FILE,
      aliases: [{ name: 'Arno Mihm', url: 'https://github.com/arnom-ms', match: ['arnom-ms', 'Arno M', 'Arno Mihm'] }],
      exclude: ['svc-mesto'],
      add: [{ name: 'Jane Example', url: null, pages: ['introduction/01.md', 'trusted-committer/*'] }],
    })
  })

  it('reads an empty file as no rules', () => {
    expect(parseContributorsFile('# nothing yet\n', FILE)).toEqual({ file: FILE, aliases: [], exclude: [], add: [] })
  })

  it.each([
    ['aliases: {}', `${FILE}: aliases must be a list, got a mapping`],
    ['aliaes: []', `${FILE}: aliaes is not a known key (use aliases, exclude, add)`],
    ['aliases:\n  - name: A\n    match: []', `${FILE}: aliases[0].match must not be empty`],
    ['aliases:\n  - match: [a]', `${FILE}: aliases[0].name is missing`],
    [
      'aliases:\n  - name: A\n    url: github.com/a\n    match: [a]',
      `${FILE}: aliases[0].url must be null or an http(s) profile URL such as https://github.com/login, got string "github.com/a"`,
    ],
    ['aliases:\n  - name: A\n    match: [a]\n    email: a@b', `${FILE}: aliases[0].email is not a known key (use name, url, match)`],
    ['exclude: svc-mesto', `${FILE}: exclude must be a list of strings, got string "svc-mesto"`],
    ['exclude: [a, 3]', `${FILE}: exclude[1] must be a non-empty string, got number 3`],
    ['aliases:\n  - name: A\n    match: [x]\nexclude: [X]', `${FILE}: exclude[0] "X" is already listed at aliases[0].match[0]`],
    [
      'add:\n  - name: B\n    pages: [../outside.md]',
      `${FILE}: add[0].pages[0] must be a page path relative to the target path, such as introduction/01.md or trusted-committer/*, got "../outside.md"`,
    ],
    ['add:\n  - name: B\n    pages: ["{a,b}/01.md"]', `${FILE}: add[0].pages[0] may only use * , ** and ? as wildcards, got "{a,b}/01.md"`],
    ['add:\n  - name: B', `${FILE}: add[0].pages is missing`],
    ['aliases: [', `${FILE}:1:11: invalid YAML:`],
  ])('refuses %j naming the file, the key and the problem', (text, message) => {
    expect(parseError(text)).toContain(message)
  })

  it('is optional at the default path, required at a path the user named', async () => {
    const tree = createMemorySourceTree({ 'introduction/01-x.asciidoc': 'x' })
    await expect(loadContributorsFile(tree, undefined)).resolves.toBeNull()
    await expect(loadContributorsFile(tree, 'people.yml')).rejects.toThrow('contributors-file: people.yml not found')
    const withFile = createMemorySourceTree({ [FILE]: 'exclude: [bot-account]\n' })
    await expect(loadContributorsFile(withFile, '')).resolves.toMatchObject({ file: FILE, exclude: ['bot-account'] })
  })
})

// A made-up history: one person as two identities, a reviewer account, another author.
const user = (login: string, name: string | null) => ({ login, name, url: `https://github.com/${login}`, type: 'User' })
const history: CommitRecord[] = [
  { oid: '3', authors: [{ name: 'Arno Mihm', email: 'arno@example.com', user: null }], reviewers: [user('svc-mesto', null)] },
  { oid: '2', authors: [{ name: 'Bea', email: 'bea@example.com', user: user('bea', 'Bea B') }], reviewers: [] },
  { oid: '1', authors: [{ name: 'Arno M', email: 'arnom-ms@users.noreply.github.com', user: user('arnom-ms', 'Arno M') }], reviewers: [] },
]

describe('aliases and exclusions', () => {
  const rules = IdentityRules.fromFile(parseContributorsFile(EXAMPLE, FILE))

  it("show two identities as one person at the first one's place, drop the excluded, and name the rules that did it", () => {
    expect(creditWithRules(history, IdentityRules.NONE)).toEqual({
      contributors: [
        { name: 'Arno Mihm', url: null },
        { name: 'Bea B', url: 'https://github.com/bea' },
        { name: 'Arno M', url: 'https://github.com/arnom-ms' },
        { name: 'svc-mesto', url: 'https://github.com/svc-mesto' },
      ],
      changedBy: [],
    })
    expect(creditWithRules(history, rules)).toEqual({
      contributors: [
        { name: 'Arno Mihm', url: 'https://github.com/arnom-ms' },
        { name: 'Bea B', url: 'https://github.com/bea' },
      ],
      changedBy: ['alias "Arno Mihm"', 'exclude "svc-mesto"'],
    })
  })

  it('match emails, and a rule that matches but changes nothing is not reported', () => {
    const byEmail = IdentityRules.fromFile(
      parseContributorsFile('aliases:\n  - name: Bea B\n    url: https://github.com/bea\n    match: [BEA@example.com]\n', FILE),
    )
    // Bea already shows as "Bea B" with her URL: the alias matches and changes nothing.
    expect(creditWithRules(history, byEmail).changedBy).toEqual([])
    const exclude = IdentityRules.fromFile(parseContributorsFile('exclude: [arno@example.com]\n', FILE))
    expect(creditWithRules(history, exclude).contributors.map((c) => c.name)).toEqual(['Bea B', 'Arno M', 'svc-mesto'])
  })
})

describe('additions', () => {
  it('globs stay inside a folder unless **', () => {
    expect(pageGlob('trusted-committer/*').test('trusted-committer/01.de.md')).toBe(true)
    expect(pageGlob('trusted-committer/*').test('trusted-committer/x/01.md')).toBe(false)
    expect(pageGlob('**/01.md').test('a/b/01.md')).toBe(true)
    expect(pageGlob('introduction/0?.md').test('introduction/01.md')).toBe(true)
    expect(pageGlob('introduction/01.md').test('introduction/01xmd')).toBe(false)
  })

  it('list the added person last, once', () => {
    const additions = additionsOf(parseContributorsFile(EXAMPLE, FILE))
    const list = [{ name: 'Ann', url: null }]
    expect(withAdditions('introduction/01.md', list, additions)).toEqual({
      list: [
        { name: 'Ann', url: null },
        { name: 'Jane Example', url: null },
      ],
      changedBy: ['add "Jane Example"'],
    })
    expect(withAdditions('introduction/02.md', list, additions)).toEqual({ list, changedBy: [] })
    expect(withAdditions('introduction/01.md', [{ name: 'Jane Example', url: null }, ...list], additions).changedBy).toEqual([])
    expect(unmatchedPatterns(parseContributorsFile(EXAMPLE, FILE), ['introduction/01.md'])).toEqual([
      'add[0].pages[1] "trusted-committer/*"',
    ])
  })
})

describe('identityHints', () => {
  it('finds one account under two names, one name under two accounts or without one, and abbreviated names', () => {
    const hints = identityHints([
      {
        path: 'a/01.md',
        contributors: [
          { name: 'Arno M', url: 'https://github.com/arnom-ms' },
          { name: 'Kim', url: 'https://github.com/kim' },
        ],
      },
      {
        path: 'a/02.md',
        contributors: [
          { name: 'Arno Mihm', url: null },
          { name: 'Kim Lee', url: 'https://github.com/kim' },
        ],
      },
      {
        path: 'a/03.md',
        contributors: [
          { name: 'Sam', url: 'https://github.com/sam1' },
          { name: 'Sam', url: 'https://github.com/sam2' },
        ],
      },
      {
        path: 'a/04.md',
        contributors: [
          { name: 'Jo Park', url: null },
          { name: 'Jo Park', url: 'https://github.com/jo' },
        ],
      },
      // Two accounts with related names: more likely two people, no hint.
      {
        path: 'a/05.md',
        contributors: [
          { name: 'Lee K', url: 'https://github.com/lk' },
          { name: 'Lee Kim', url: 'https://github.com/leekim' },
        ],
      },
    ])
    expect(hints.map((h) => [h.people.map((p) => p.name).join(' / '), h.reason, h.pages.join(' ')])).toEqual([
      ['Arno M / Arno Mihm', 'one name abbreviates the other', 'a/01.md a/02.md'],
      ['Jo Park / Jo Park', 'the same name with and without a GitHub account (a git name equal to a profile name)', 'a/04.md'],
      ['Kim / Kim Lee', 'two names for one GitHub account', 'a/01.md a/02.md'],
      ['Sam / Sam', 'the same name under two GitHub accounts', 'a/03.md'],
    ])
  })
})

describe('where the contributors file may be, and how large (issue 21)', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'lps-contributors-'))
  const sources = path.join(folder, 'sources')
  /** A file of the runner outside the sources, shaped like /proc/self/environ. */
  const secret = path.join(folder, 'environ')
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  mkdirSync(path.join(sources, '.github'), { recursive: true })
  writeFileSync(secret, 'GITHUB_TOKEN=ghs_NotForTheLog0123456789\0HOME=/home/runner\0')

  it('refuses a path outside the source folder before reading it (80 characters of /proc/self/environ were printed)', async () => {
    const tree = createFsSourceTree(sources)
    for (const outside of [secret, '../environ', '.github/../../environ']) {
      const error = await loadContributorsFile(tree, outside).then(
        () => null,
        (e: unknown) => e as Error,
      )
      expect(error).toBeInstanceOf(OptionError)
      expect(error?.message).toMatch(/is outside the source folder: give a path relative to it/)
      expect(error?.message).not.toContain('ghs_')
    }
  })

  it('refuses a symbolic link to a file outside, without showing the file', async () => {
    symlinkSync(secret, path.join(sources, '.github', 'learning-path-contributors.yml'))
    const error = await loadContributorsFile(createFsSourceTree(sources), undefined).then(
      () => null,
      (e: unknown) => e as Error,
    )
    rmSync(path.join(sources, '.github', 'learning-path-contributors.yml'))
    expect(error?.message).toMatch(/^\.github\/learning-path-contributors\.yml: a symbolic link/)
    expect(error?.message).not.toContain('ghs_')
  })

  it('refuses a file over the size limit, naming the file, its size and the limit', async () => {
    const large = `exclude:\n${'  - someone\n'.repeat(12_000)}`
    const tree = createMemorySourceTree({ [FILE]: large })
    await expect(loadContributorsFile(tree, undefined)).rejects.toThrow(
      `${FILE}: ${large.length.toLocaleString('en-US')} bytes, more than the 131,072 bytes (128 KiB) a contributors file may have`,
    )
    expect(large.length).toBeGreaterThan(MAX_CONFIG_BYTES)
  })
})
