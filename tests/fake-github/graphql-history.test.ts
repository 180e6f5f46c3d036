import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub, type HistoryFixture } from './index.js'
import { CORPUS_HISTORY, corpusHistory, describeCorpus } from '../support/corpus.js'
import { graphql } from '../support/fake-github.js'
import { dateTime } from './graphql/model.js'

// Every suite here serves the corpus's history; without the corpus they are all skipped, and
// vitest then runs none of this file's hooks either.
let gh: FakeGitHub
let fixture: HistoryFixture
beforeAll(async () => {
  fixture = corpusHistory()
  gh = await startFakeGitHub({ history: CORPUS_HISTORY })
})
afterAll(() => gh.close())

const LONGEST = 'contributor/es/04-mechanics-of-contributing-article-es.asciidoc'

const HISTORY = /* GraphQL */ `
  query History($path: String!, $first: Int, $last: Int, $after: String, $before: String) {
    repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") {
      object(expression: "main") {
        ... on Commit {
          history(path: $path, first: $first, last: $last, after: $after, before: $before) {
            totalCount
            pageInfo {
              hasNextPage
              hasPreviousPage
              endCursor
              startCursor
            }
            nodes {
              oid
            }
          }
        }
      }
    }
  }
`

describeCorpus('commit history pagination', () => {
  it('pages the 159 commits of the longest history with first: 100 and the end cursor', async () => {
    const expected = fixture.history[LONGEST].map((c) => c.oid)
    expect(expected).toHaveLength(159)
    const first = await graphql(gh, HISTORY, { path: LONGEST, first: 100 })
    const page1 = first.body.data.repository.object.history
    expect(page1.totalCount).toBe(159)
    expect(page1.pageInfo.hasNextPage).toBe(true)
    expect(page1.pageInfo.hasPreviousPage).toBe(false)
    expect(page1.nodes.map((n: { oid: string }) => n.oid)).toEqual(expected.slice(0, 100))
    // GitHub's history cursors read "<oid of the commit asked about> <index>".
    expect(page1.pageInfo.endCursor).toBe(`${fixture.head} 99`)

    const second = await graphql(gh, HISTORY, { path: LONGEST, first: 100, after: page1.pageInfo.endCursor })
    const page2 = second.body.data.repository.object.history
    expect(page2.nodes.map((n: { oid: string }) => n.oid)).toEqual(expected.slice(100))
    expect(page2.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      endCursor: `${fixture.head} 158`,
      startCursor: `${fixture.head} 100`,
    })
  })

  it('pages backwards with last and before', async () => {
    const expected = fixture.history[LONGEST].map((c) => c.oid)
    const tail = await graphql(gh, HISTORY, { path: LONGEST, last: 10 })
    expect(tail.body.data.repository.object.history.nodes.map((n: { oid: string }) => n.oid)).toEqual(expected.slice(149))
    const before = await graphql(gh, HISTORY, {
      path: LONGEST,
      last: 3,
      before: tail.body.data.repository.object.history.pageInfo.startCursor,
    })
    expect(before.body.data.repository.object.history.nodes.map((n: { oid: string }) => n.oid)).toEqual(expected.slice(146, 149))
  })

  it('answers an empty history for a path no commit touched', async () => {
    const answer = await graphql(gh, HISTORY, { path: 'no/such/file.asciidoc', first: 5 })
    expect(answer.body.data.repository.object.history).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null, startCursor: null },
      nodes: [],
    })
  })

  it('treats a folder path as everything under it, newest first', async () => {
    const answer = await graphql(gh, HISTORY, { path: 'workbook', first: 100 })
    const expected = new Set(
      Object.entries(fixture.history)
        .filter(([p]) => p.startsWith('workbook/'))
        .flatMap(([, cs]) => cs.map((c) => c.oid)),
    )
    const history = answer.body.data.repository.object.history
    expect(history.totalCount).toBe(expected.size)
    expect(new Set(history.nodes.map((n: { oid: string }) => n.oid))).toEqual(expected)
  })

  it('starts history at a commit named by its oid', async () => {
    const commits = fixture.history[LONGEST]
    const query = `{ repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") {
      object(expression: "${commits[5].oid}") { oid ... on Commit { history(first: 100, path: "${LONGEST}") { totalCount nodes { oid } } } } } }`
    const answer = await graphql(gh, query)
    expect(answer.body.data.repository.object.oid).toBe(commits[5].oid)
    expect(answer.body.data.repository.object.history.totalCount).toBe(154)
    expect(answer.body.data.repository.object.history.nodes[0].oid).toBe(commits[5].oid)
  })

  it('refuses cursors it did not hand out', async () => {
    const answer = await graphql(gh, HISTORY, { path: LONGEST, first: 1, after: 'not-a-cursor' })
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        type: 'INVALID_CURSOR_ARGUMENTS',
        path: ['repository', 'object', 'history'],
        message: '`not-a-cursor` does not appear to be a valid cursor.',
      }),
    ])
  })
})

describeCorpus("GitHub's connection limits", () => {
  it('refuses more than 100 records with the path, location and exact message, nulling up to the nullable parent', async () => {
    const answer = await graphql(gh, HISTORY, { path: LONGEST, first: 101 })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      data: { repository: { object: null } },
      errors: [
        {
          type: 'EXCESSIVE_PAGINATION',
          path: ['repository', 'object', 'history'],
          locations: [{ line: 6, column: 11 }],
          message: 'Requesting 101 records on the `history` connection exceeds the `first` limit of 100 records.',
        },
      ],
    })
  })

  it('says which limit: last as well as first', async () => {
    const answer = await graphql(gh, HISTORY, { path: LONGEST, last: 250 })
    expect(answer.body.errors?.[0].message).toBe(
      'Requesting 250 records on the `history` connection exceeds the `last` limit of 100 records.',
    )
  })

  it('needs first or last to list nodes, on every connection', async () => {
    const missing = await graphql(gh, HISTORY, { path: LONGEST })
    expect(missing.body.errors?.[0]).toMatchObject({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      message: 'You must provide a `first` or `last` value to properly paginate the `history` connection.',
    })
    const nested = await graphql(
      gh,
      `{ repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { object(expression: "main") { ... on Commit {
          history(first: 1, path: "${LONGEST}") { nodes { authors { nodes { name } } } } } } } }`,
    )
    expect(nested.body.errors?.[0]).toMatchObject({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      path: ['repository', 'object', 'history', 'nodes', 0, 'authors'],
      message: 'You must provide a `first` or `last` value to properly paginate the `authors` connection.',
    })
  })

  it('counts without bounds: totalCount alone needs no first', async () => {
    const answer = await graphql(
      gh,
      `{ repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { object(expression: "main") { ... on Commit { history(path: "${LONGEST}") { totalCount } } } } }`,
    )
    expect(answer.body).toEqual({ data: { repository: { object: { history: { totalCount: 159 } } } } })
  })

  it('keeps the other fields when one fails: a missing repository is NOT_FOUND beside good data', async () => {
    const answer = await graphql(
      gh,
      `{ good: repository(owner: "innersourcecommons", name: "innersourcelearningpath") { nameWithOwner }
         gone: repository(owner: "InnerSourceCommons", name: "nope") { nameWithOwner } }`,
    )
    expect(answer.body).toEqual({
      data: { good: { nameWithOwner: 'InnerSourceCommons/InnerSourceLearningPath' }, gone: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['gone'],
          locations: [{ line: 2, column: 10 }],
          message: "Could not resolve to a Repository with the name 'InnerSourceCommons/nope'.",
        },
      ],
    })
  })

  it("rejects unknown fields in GitHub's words, before running anything", async () => {
    const answer = await graphql(gh, '{ repository(owner: "a", name: "b") { stars } }')
    expect(answer.body).toEqual({
      errors: [
        {
          extensions: { code: 'undefinedField', typeName: 'Repository', fieldName: 'stars' },
          locations: [{ line: 1, column: 39 }],
          message: "Field 'stars' doesn't exist on type 'Repository'",
        },
      ],
    })
  })

  it('answers a syntax error without data', async () => {
    const answer = await graphql(gh, '{ repository(owner: "a" ')
    expect(answer.body.data).toBeUndefined()
    expect(answer.body.errors?.[0].message).toMatch(/Syntax Error/)
  })
})

describeCorpus('commits, authors, pull requests and reviews', () => {
  const DETAILS = /* GraphQL */ `
    query Details($path: String!) {
      repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") {
        defaultBranchRef {
          name
          target {
            oid
          }
        }
        object(expression: "main") {
          ... on Commit {
            history(first: 100, path: $path) {
              nodes {
                oid
                committedDate
                messageHeadline
                authors(first: 10) {
                  nodes {
                    name
                    email
                    user {
                      login
                      name
                      url
                    }
                  }
                }
                associatedPullRequests(first: 1) {
                  nodes {
                    number
                    reviews(first: 100) {
                      nodes {
                        author {
                          __typename
                          login
                          url
                          ... on User {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  `

  it('serves every path of the fixture exactly: authors, linked users, pull requests and reviewers', async () => {
    const paths = Object.keys(fixture.history).filter((p) => fixture.history[p].length <= 100)
    for (const path of paths) {
      const answer = await graphql(gh, DETAILS, { path })
      expect(answer.body.errors).toBeUndefined()
      const nodes = answer.body.data.repository.object.history.nodes
      const expected = fixture.history[path].map((c) => ({
        oid: c.oid,
        committedDate: dateTime(c.committedDate),
        messageHeadline: c.messageHeadline,
        authors: {
          nodes: c.authors.map((a) => ({
            name: a.name,
            email: a.email,
            user:
              a.login && fixture.users[a.login]?.type !== 'Bot'
                ? { login: a.login, name: fixture.users[a.login]?.name ?? null, url: `https://github.com/${a.login}` }
                : null,
          })),
        },
        associatedPullRequests: {
          nodes:
            c.pullRequest == null
              ? []
              : [
                  {
                    number: c.pullRequest,
                    reviews: {
                      nodes: fixture.pullRequests[String(c.pullRequest)].reviews.map((login) => ({
                        author:
                          login == null
                            ? null
                            : fixture.users[login].type === 'Bot'
                              ? { __typename: 'Bot', login, url: `https://github.com/apps/${login}` }
                              : { __typename: 'User', login, url: `https://github.com/${login}`, name: fixture.users[login].name ?? null },
                      })),
                    },
                  },
                ],
        },
      }))
      expect(nodes, path).toEqual(expected)
    }
  })

  it('knows the default branch and its tip', async () => {
    const answer = await graphql(gh, DETAILS, { path: LONGEST })
    expect(answer.body.data.repository.defaultBranchRef).toEqual({ name: 'main', target: { oid: fixture.head } })
  })

  it('has bots, deleted reviewers and unlinked emails in the fixture, so the cases above are exercised', () => {
    const reviews = Object.values(fixture.pullRequests).flatMap((p) => p.reviews)
    expect(reviews).toContain(null)
    expect(reviews.some((l) => l && fixture.users[l].type === 'Bot')).toBe(true)
    const authors = Object.values(fixture.history)
      .flat()
      .flatMap((c) => c.authors)
    expect(authors.some((a) => a.login === null)).toBe(true)
    expect(Object.values(fixture.users).some((u) => u.type === 'User' && u.name == null)).toBe(true)
  })

  it('answers null for an expression naming nothing', async () => {
    const answer = await graphql(
      gh,
      '{ repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { object(expression: "no-such-branch") { oid } } }',
    )
    expect(answer.body).toEqual({ data: { repository: { object: null } } })
  })
})
