import type { RepoStore, FakeRepo } from '../git/repo-store.js'
import { errorReply, fail, forbiddenForIntegration, notFound } from '../http.js'
import type { TreeLimits } from '../types.js'
import type { RestRequest } from './router.js'

/** What the REST handlers share: the repositories and how to spell URLs. */
export interface RestDeps {
  repos: RepoStore
  /** http://127.0.0.1:PORT, for the `url` fields of answers. */
  apiUrl(): string
  /** Login the token belongs to; authors pull requests and comments. */
  viewerLogin: string
  /** Where recursive tree listings are truncated; changed in place by `setTreeLimits`. */
  treeLimits: TreeLimits
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

/**
 * Like `repoOf`, for the git data endpoints (refs, trees, commits, blobs): a repository
 * without any commit answers `409 Git Repository is empty.`, reads and writes alike, as GitHub
 * does until a first commit is pushed (through git or the contents API). `docs` is the
 * endpoint group's page, which GitHub's error body links.
 */
export async function gitRepoOf(deps: RestDeps, req: RestRequest, docs: GitDocs): Promise<FakeRepo> {
  const repo = repoOf(deps, req)
  if (await repo.isEmpty()) fail(errorReply(409, 'Git Repository is empty.', {}, `https://docs.github.com/rest/git/${docs}`))
  return repo
}

export type GitDocs = 'refs' | 'trees' | 'commits' | 'blobs'

export function isWrite(method: string): boolean {
  return WRITES.has(method)
}
