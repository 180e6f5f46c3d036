// Helpers for the local GitHub's own tests: the shared fixtures and a raw GraphQL call.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FakeGitHub, HistoryFixture } from '../fake-github/types.js'
import { loadHistoryFixture } from '../fake-github/graphql/history-store.js'

/** ../shared/fixtures from the repository root; this file is tests/fake-github/ under it. */
export function fixturesDir(): string {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures')
  if (!existsSync(dir)) {
    throw new Error(`shared fixtures not found at ${dir}: these tests need ../shared/fixtures beside the repository (see ../shared/README.md)`)
  }
  return dir
}

export const historyPath = () => path.join(fixturesDir(), 'github/learning-path-history.json')
export const websiteDir = () => path.join(fixturesDir(), 'website')
export const historyFixture = (): HistoryFixture => loadHistoryFixture(historyPath())

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

export const REPO = { owner: 'InnerSourceCommons', name: 'InnerSourceLearningPath' }
