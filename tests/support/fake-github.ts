// Helpers for the local GitHub's own tests: a raw GraphQL or REST call over HTTP, and a small
// history of the project's own making for the tests that need a source repository to exist but
// not the real corpus's commits.
import type { FakeGitHub, HistoryFixture } from '../fake-github/types.js'

/**
 * The Learning Path repository with one credited file and two commits: enough for GraphQL
 * queries on `InnerSourceCommons/InnerSourceLearningPath` to resolve, without the corpus.
 */
export function smallHistory(): HistoryFixture {
  const author = { name: 'Ann Author', email: 'ann@example.com', login: 'ann' }
  return {
    repository: 'InnerSourceCommons/InnerSourceLearningPath',
    branch: 'main',
    head: 'f'.repeat(40),
    history: {
      'introduction/01-introduction.asciidoc': [
        {
          oid: 'b'.repeat(40),
          committedDate: '2024-02-01T00:00:00Z',
          messageHeadline: 'Edit the introduction',
          authors: [author],
          pullRequest: 2,
        },
        {
          oid: 'a'.repeat(40),
          committedDate: '2024-01-01T00:00:00Z',
          messageHeadline: 'Add the introduction',
          authors: [author],
          pullRequest: null,
        },
      ],
    },
    pullRequests: { '2': { reviews: ['bob'] } },
    users: { ann: { name: 'Ann Author', type: 'User' }, bob: { name: null, type: 'User' } },
  }
}

export interface GraphQLAnswer<T = any> {
  status: number
  headers: Headers
  body: { data?: T; errors?: { type?: string; path?: (string | number)[]; locations?: unknown[]; message: string }[] }
}

/** POST /graphql over real HTTP with the server's token. */
export async function graphql<T = any>(
  gh: FakeGitHub,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<GraphQLAnswer<T>> {
  const res = await fetch(`${gh.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `bearer ${gh.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  })
  return { status: res.status, headers: res.headers, body: await res.json() }
}

/** Any REST call over real HTTP; `token: null` sends no Authorization header. */
export async function rest(
  gh: FakeGitHub,
  method: string,
  route: string,
  body?: unknown,
  token: string | null = gh.token,
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token !== null) headers.authorization = `token ${token}`
  const res = await fetch(`${gh.url}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined }
}

/**
 * The credit's GitHub-history queries (CommitHistory, CommitDetails, CommitHistoryAndDetails),
 * for faults that must hit the history and not the site's own GraphQL read (SiteState).
 */
export const HISTORY_OPERATIONS = /^Commit(?:History|Details|HistoryAndDetails)$/
