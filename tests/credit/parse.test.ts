import { describe, expect, it } from 'vitest'
import { aliasOfError, parseCommit, parseCommitSummary, parseHistoryPage } from '../../src/credit/github-parse.js'
import { creditQuery } from '../../src/credit/github-queries.js'
import { loginFromNoreplyEmail, parseContact, parseGitLog, unquoteGitPath } from '../../src/credit/git-log.js'
import { webUrlFor } from '../../src/github/api-url.js'

describe('GraphQL documents', () => {
  it('carry paths, cursors and oids as variables, never in the query text', () => {
    const path = 'contributor/es/04-mechanics "odd" path.asciidoc'
    const repo = { owner: 'o', name: 'n', ref: 'main' }
    const history = creditQuery(
      repo,
      [
        { path, after: null },
        { path: 'b.adoc', after: 'CURSOR' },
      ],
      [],
    )
    expect(history.operation).toBe('CommitHistory')
    expect(history.query).not.toContain(path)
    expect(history.query).not.toContain('CURSOR')
    expect(history.query).not.toContain('fragment')
    expect(history.variables).toMatchObject({ p0: path, a0: null, p1: 'b.adoc', a1: 'CURSOR', ref: 'main' })
    const commits = creditQuery(repo, [], ['abc123', 'def456'])
    expect(commits.operation).toBe('CommitDetails')
    expect(commits.query).not.toContain('abc123')
    expect(commits.query).not.toContain('$ref')
    expect(commits.variables).toMatchObject({ c0: 'abc123', c1: 'def456' })
    expect(commits.variables).not.toHaveProperty('ref')
    expect(commits.query).toMatch(/c1: object\(expression: \$c1\)/)
  })

  it('mix the next page of a history with commit details in one query', () => {
    const mixed = creditQuery({ owner: 'o', name: 'n', ref: 'main' }, [{ path: 'a.adoc', after: 'CURSOR' }], ['abc123'])
    expect(mixed.operation).toBe('CommitHistoryAndDetails')
    expect(mixed.query).toMatch(/f0: object\(expression: \$ref\)/)
    expect(mixed.query).toMatch(/c0: object\(expression: \$c0\) \{ \.\.\.CommitCredit \}/)
    expect(mixed.variables).toEqual({ owner: 'o', name: 'n', ref: 'main', p0: 'a.adoc', a0: 'CURSOR', c0: 'abc123' })
  })
})

describe('parseHistoryPage', () => {
  it('reads oids and the next cursor', () => {
    expect(parseHistoryPage({ pageInfo: { hasNextPage: true, endCursor: 'x' }, nodes: [{ oid: 'a' }, { oid: 'b' }] })).toEqual({
      oids: ['a', 'b'],
      next: 'x',
    })
    expect(parseHistoryPage({ pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] })).toEqual({ oids: [], next: null })
    expect(parseHistoryPage(null)).toBeNull()
  })
})

describe('parseCommit', () => {
  it('reads authors, linked accounts and reviewers, deleted reviewers as null', () => {
    const record = parseCommit(
      {
        oid: 'abc',
        authors: {
          nodes: [
            { name: 'Git Name', email: 'g@x', user: { login: 'gn', name: 'Profile', url: 'https://github.com/gn' } },
            { name: 'Unlinked', email: 'u@x', user: null },
          ],
        },
        associatedPullRequests: {
          nodes: [
            {
              number: 1,
              reviews: {
                nodes: [
                  { author: { login: 'r', __typename: 'User', name: null, url: 'https://github.com/r' } },
                  { author: null },
                  { author: { login: 'copilot', __typename: 'Bot' } },
                ],
              },
            },
          ],
        },
      },
      'https://github.com',
    )
    expect(record).toEqual({
      oid: 'abc',
      authors: [
        { name: 'Git Name', email: 'g@x', user: { login: 'gn', name: 'Profile', url: 'https://github.com/gn', type: 'User' } },
        { name: 'Unlinked', email: 'u@x', user: null },
      ],
      reviewers: [
        { login: 'r', name: null, url: 'https://github.com/r', type: 'User' },
        null,
        { login: 'copilot', name: null, url: 'https://github.com/copilot', type: 'Bot' },
      ],
    })
    expect(parseCommit(null, 'https://github.com')).toBeNull()
  })

  it('reads a lone surrogate of a JSON answer as U+FFFD, the character the page carries', () => {
    const raw = {
      oid: 'abc',
      committedDate: '2024-03-01T10:00:00Z',
      messageHeadline: 'Fix \ud800',
      authors: { nodes: [{ name: 'A\udc00', email: 'a@x', user: { login: 'a', name: 'Ann\ud83d', url: 'https://github.com/a' } }] },
      associatedPullRequests: {
        nodes: [{ reviews: { nodes: [{ author: { login: 'r', name: '\ud83dR', url: 'https://github.com/r' } }] } }],
      },
    }
    const record = parseCommit(raw, 'https://github.com')
    expect(record?.authors[0].name).toBe('A\ufffd')
    expect(record?.authors[0].user?.name).toBe('Ann\ufffd')
    expect(record?.reviewers[0]?.name).toBe('\ufffdR')
    expect(parseCommitSummary(raw)?.headline).toBe('Fix \ufffd')
    // A well-formed pair stays as it is.
    expect(parseCommit({ ...raw, authors: { nodes: [{ name: 'A\ud83d\ude00', email: 'a@x', user: null }] } }, '')?.authors[0].name).toBe(
      'A😀',
    )
  })

  it('reads the date, headline and page of a commit for the health report; none without a date', () => {
    const raw = {
      oid: 'abc',
      committedDate: '2024-03-01T10:00:00Z',
      messageHeadline: 'Fix typo (#12)',
      url: 'https://github.com/o/r/commit/abc',
      authors: { nodes: [] },
    }
    expect(parseCommitSummary(raw)).toEqual({
      oid: 'abc',
      date: '2024-03-01T10:00:00Z',
      headline: 'Fix typo (#12)',
      url: 'https://github.com/o/r/commit/abc',
    })
    expect(parseCommitSummary({ oid: 'abc', committedDate: '2024-03-01T10:00:00Z' })).toEqual({
      oid: 'abc',
      date: '2024-03-01T10:00:00Z',
      headline: '',
    })
    expect(parseCommitSummary({ oid: 'abc', messageHeadline: 'x' })).toBeNull()
    expect(parseCommitSummary(null)).toBeNull()
  })

  it('finds the alias an error is about', () => {
    expect(aliasOfError({ path: ['repository', 'object', 'f12'] }, /^f\d+$/)).toBe('f12')
    expect(aliasOfError({ path: ['repository', 'c3', 'authors'] }, /^c\d+$/)).toBe('c3')
    expect(aliasOfError({}, /^c\d+$/)).toBeNull()
  })

  it('derives the web root from the API root', () => {
    expect(webUrlFor('https://api.github.com')).toBe('https://github.com')
    expect(webUrlFor('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com')
  })
})

describe('git log parsing', () => {
  it('splits records, co-author trailers and files', () => {
    const out =
      '\x1eaaa\x1fAnn\x1fann@x\x1f2024-02-01T10:00:00+01:00\x1fSecond change\x1f\n\nx/one.adoc\n"x/t\\303\\251st \\"q\\".adoc"\n' +
      '\x1ebbb\x1fBob\x1fbob@x\x1f2024-01-01T10:00:00+01:00\x1fFirst: a|b\x1fCo One <c1@x>\x1fCo Two <c2@x>\n\nx/one.adoc\n'
    expect(parseGitLog(out)).toEqual([
      {
        oid: 'aaa',
        author: { name: 'Ann', email: 'ann@x' },
        date: '2024-02-01T10:00:00+01:00',
        headline: 'Second change',
        coAuthors: [],
        files: ['x/one.adoc', 'x/tést "q".adoc'],
      },
      {
        oid: 'bbb',
        author: { name: 'Bob', email: 'bob@x' },
        date: '2024-01-01T10:00:00+01:00',
        headline: 'First: a|b',
        coAuthors: ['Co One <c1@x>', 'Co Two <c2@x>'],
        files: ['x/one.adoc'],
      },
    ])
    expect(unquoteGitPath('plain.adoc')).toBe('plain.adoc')
  })

  it('reads contacts and noreply logins', () => {
    expect(parseContact('Jane Doe <jane@x>')).toEqual({ name: 'Jane Doe', email: 'jane@x' })
    expect(parseContact('no email')).toBeNull()
    expect(loginFromNoreplyEmail('123+octo-cat@users.noreply.github.com')).toBe('octo-cat')
    expect(loginFromNoreplyEmail('octocat@users.noreply.github.com')).toBe('octocat')
    expect(loginFromNoreplyEmail('octocat@example.com')).toBeNull()
  })
})
