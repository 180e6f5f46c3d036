import { parse, getOperationAST, buildSchema } from 'graphql'
import { afterEach, describe, expect, it } from 'vitest'
import { commitLookupQuery } from '../../src/credit/github-queries.js'
import { MAX_LOOKUPS_PER_QUERY } from '../../src/credit/checkout-credit.js'
import { queryCost } from './graphql/cost.js'
import { githubSchema } from './graphql/schema.js'
import { startFakeGitHub, type FakeGitHub } from './index.js'
import { graphql, smallHistory } from '../support/fake-github.js'

const costOf = (query: string, variables: Record<string, unknown> = {}, schema = githubSchema()) => {
  const document = parse(query)
  return queryCost(schema, document, getOperationAST(document)!, variables)
}

describe("GitHub's documented cost formula", () => {
  it("reproduces the documentation's worked example: 5,101 requests -> 51 points, 305,100 nodes", () => {
    // The example of docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api,
    // over just enough schema to state it.
    const schema = buildSchema(`
      type Query { viewer: User! }
      type User { login: String! repositories(first: Int): RepositoryConnection! }
      type RepositoryConnection { nodes: [Repository] }
      type Repository { name: String! pullRequests(first: Int): PullRequestConnection! }
      type PullRequestConnection { nodes: [PullRequest] }
      type PullRequest { title: String! labels(first: Int): LabelConnection! }
      type LabelConnection { nodes: [Label] }
      type Label { name: String! }
    `)
    const query = `{ viewer { login repositories(first: 100) { nodes { name pullRequests(first: 50) { nodes { title labels(first: 60) { nodes { name } } } } } } } }`
    expect(costOf(query, {}, schema)).toEqual({ cost: 51, nodeCount: 305_100 })
  })

  it('multiplies nested connections by their parents and rounds to the nearest point', () => {
    const query = `query($n: Int) { repository(owner: "o", name: "r") { object(expression: "main") { ... on Commit {
      history(first: 100, path: "x") { nodes {
        authors(first: 50) { nodes { name } }
        associatedPullRequests(first: $n) { nodes { reviews(first: 60) { nodes { state } } } } } } } } } }`
    // requests: history 1 + authors 100 + pulls 100 + reviews 100*10 = 1201 -> 12
    // nodes: 100 + 100*50 + 100*10 + 100*10*60 = 66,100
    expect(costOf(query, { n: 10 })).toEqual({ cost: 12, nodeCount: 66_100 })
  })

  it('counts aliases separately and follows fragments where they are spread', () => {
    const fragment = `fragment H on Commit { history(first: 100, path: "x") { nodes { authors(first: 100) { nodes { name } } } } }`
    const one = `{ repository(owner: "o", name: "r") { a: object(expression: "main") { ...H } } } ${fragment}`
    const three = `{ repository(owner: "o", name: "r") { a: object(expression: "main") { ...H } b: object(expression: "main") { ...H } c: object(expression: "main") { ...H } } } ${fragment}`
    expect(costOf(one)).toEqual({ cost: 1, nodeCount: 10_100 })
    expect(costOf(three)).toEqual({ cost: 3, nodeCount: 30_300 })
  })

  it("prices the checkout path's commit lookups as planned: 2 units a commit, 3 with its authors, nodes a sixteenth of GitHub's limit", () => {
    const lookups = Array.from({ length: MAX_LOOKUPS_PER_QUERY }, (_, i) => ({ oid: i.toString(16).padStart(40, '0'), authors: i < 20 }))
    const { query, variables } = commitLookupQuery({ owner: 'o', name: 'r' }, lookups, 'main')
    // 300 x (pull request 1 + reviews 1) + 20 x authors 1 = 620 units; nodes 300 x (1 + 100) + 20 x 50.
    expect(costOf(query, variables)).toEqual({ cost: 6, nodeCount: 31_300 })
  })

  it('charges at least one point, even without connections', () => {
    expect(costOf('{ rateLimit { remaining } }')).toEqual({ cost: 1, nodeCount: 0 })
  })
})

describe('rate limit over HTTP', () => {
  let gh: FakeGitHub
  afterEach(() => gh?.close())

  it('reports cost, nodeCount and a remaining budget that falls by the cost of each query, per token', async () => {
    gh = await startFakeGitHub({ history: smallHistory() })
    const query = `query Budget { rateLimit { cost remaining used limit nodeCount resetAt }
      repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { object(expression: "main") { ... on Commit {
        a: history(first: 100, path: "workbook") { nodes { authors(first: 100) { nodes { name } } } }
        b: history(first: 100, path: "introduction") { nodes { authors(first: 100) { nodes { name } } } }
        c: history(first: 100, path: "contributor") { nodes { authors(first: 100) { nodes { name } } } } } } } }`
    const first = await graphql(gh, query)
    const second = await graphql(gh, query)
    // requests: 3 histories + 3 * 100 authors = 303 -> 3 points
    expect(first.body.data.rateLimit).toMatchObject({ cost: 3, remaining: 4997, used: 3, limit: 5000, nodeCount: 30_300 })
    expect(second.body.data.rateLimit).toMatchObject({ cost: 3, remaining: 4994, used: 6 })
    expect(Date.parse(first.body.data.rateLimit.resetAt)).toBeGreaterThan(Date.now())
    expect(second.headers.get('x-ratelimit-remaining')).toBe('4994')
    expect(second.headers.get('x-ratelimit-resource')).toBe('graphql')
    expect(gh.requests.map((r) => [r.operationName, r.cost, r.nodeCount, r.write])).toEqual([
      ['Budget', 3, 30_300, false],
      ['Budget', 3, 30_300, false],
    ])
  })

  it('answers RATE_LIMITED once the budget is spent, and charges nothing for it', async () => {
    gh = await startFakeGitHub({ history: smallHistory(), rateLimit: 2 })
    const query = '{ rateLimit { remaining } }'
    expect((await graphql(gh, query)).body.data.rateLimit.remaining).toBe(1)
    expect((await graphql(gh, query)).body.data.rateLimit.remaining).toBe(0)
    const refused = await graphql(gh, query)
    expect(refused.status).toBe(200)
    expect(refused.body).toEqual({ errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] })
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
  })

  it('refuses a query that could return more than 500,000 nodes, before running it', async () => {
    gh = await startFakeGitHub({ history: smallHistory() })
    const query = `{ repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { object(expression: "main") { ... on Commit {
      history(first: 100) { nodes { associatedPullRequests(first: 100) { nodes { reviews(first: 100) { nodes { state } } } } } } } } } }`
    const answer = await graphql(gh, query)
    expect(answer.body).toEqual({
      errors: [
        {
          type: 'MAX_NODE_LIMIT_EXCEEDED',
          message: 'This query requests up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.',
        },
      ],
    })
  })
})
