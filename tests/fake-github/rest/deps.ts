import type { RepoStore, FakeRepo } from '../git/repo-store.js'
import { fail, forbiddenForIntegration, notFound } from '../http.js'
import type { RestRequest } from './router.js'

/** What the REST handlers share: the repositories and how to spell URLs. */
export interface RestDeps {
  repos: RepoStore
  /** http://127.0.0.1:PORT, for the `url` fields of answers. */
  apiUrl(): string
  /** Login the token belongs to; authors pull requests and comments. */
  viewerLogin: string
}

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/**
 * The repository a `/repos/:owner/:repo/...` request names: 404 when unknown, 403 on a
 * write to a read-only one (a token without write access, as an integration sees it).
 */
export function repoOf(deps: RestDeps, req: RestRequest): FakeRepo {
  const repo = deps.repos.get(req.params.owner, req.params.repo)
  if (!repo) fail(notFound())
  if (repo.readOnly && WRITES.has(req.method)) fail(forbiddenForIntegration())
  return repo
}

export function isWrite(method: string): boolean {
  return WRITES.has(method)
}
