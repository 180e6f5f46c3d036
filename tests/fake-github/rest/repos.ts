import type { FakeRepo } from '../git/repo-store.js'
import type { Reply } from '../http.js'
import { repoOf, type RestDeps } from './deps.js'
import type { Router } from './router.js'

export function ownerJson(deps: RestDeps, login: string) {
  return {
    login,
    id: idOf(login),
    type: 'User',
    url: `${deps.apiUrl()}/users/${login}`,
    html_url: `https://github.com/${login}`,
  }
}

/** A stable small number from a name, for `id` fields. */
export function idOf(name: string): number {
  let hash = 0
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return hash % 100_000_000
}

/** A repository's GraphQL node id, as the REST answers give it (`node_id`) and the ref mutations take it. */
export function repoNodeId(repo: FakeRepo): string {
  return `R_${Buffer.from(repo.fullName).toString('base64url')}`
}

/** The OWNER/NAME a repository node id names; undefined when it is not one. */
export function parseRepoNodeId(id: string): string | undefined {
  if (!id.startsWith('R_')) return undefined
  const fullName = Buffer.from(id.slice(2), 'base64url').toString('utf8')
  return /^[^/#]+\/[^/#]+$/.test(fullName) ? fullName : undefined
}

export function repoJson(deps: RestDeps, repo: FakeRepo) {
  const url = `${deps.apiUrl()}/repos/${repo.fullName}`
  return {
    id: repo.id,
    node_id: repoNodeId(repo),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.isPrivate,
    visibility: repo.isPrivate ? 'private' : 'public',
    owner: ownerJson(deps, repo.owner),
    html_url: `https://github.com/${repo.fullName}`,
    url,
    default_branch: repo.defaultBranch,
    fork: false,
    archived: false,
    disabled: false,
    allow_auto_merge: repo.allowAutoMerge,
    allow_merge_commit: repo.mergeMethods.has('merge'),
    allow_squash_merge: repo.mergeMethods.has('squash'),
    allow_rebase_merge: repo.mergeMethods.has('rebase'),
    has_issues: repo.hasIssues,
    permissions: { admin: false, maintain: false, push: !repo.readOnly, triage: !repo.readOnly, pull: true },
  }
}

export function registerRepoRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo', (req): Reply => ({ status: 200, body: repoJson(deps, repoOf(deps, req)) }))
  router.on('GET', '/user', (): Reply => ({ status: 200, body: ownerJson(deps, deps.viewerLogin) }))
}
