// Commit statuses, what a CI reports on a commit: create one, list them, and the combined
// status (the newest of each context). Required status checks of branch protection read them;
// a new one may let auto-merge merge.
import { nextObjectId, type CommitStatusState, type FakeRepo } from '../git/repo-store.js'
import { resolveCommit } from '../git/objects.js'
import { errorReply, fail, validationFailed, type Reply } from '../http.js'
import { settleAutoMerge } from '../merge/auto-merge.js'
import { latestStatuses } from '../merge/state.js'
import type { FakeCommitStatus } from '../types.js'
import { repoOf, type RestDeps } from './deps.js'
import { pageOf } from './paging.js'
import { ownerJson, repoJson } from './repos.js'
import type { Router } from './router.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
const STATES = new Set(['error', 'failure', 'pending', 'success'])

/** Records a status on a commit (oldest first); auto-merge then merges what it unblocked. */
export async function addCommitStatus(repo: FakeRepo, sha: string, status: FakeCommitStatus, creator: string): Promise<CommitStatusState> {
  const at = now()
  const entry: CommitStatusState = {
    id: nextObjectId(),
    context: status.context,
    state: status.state,
    description: status.description ?? null,
    targetUrl: status.targetUrl ?? null,
    creator,
    createdAt: at,
    updatedAt: at,
  }
  repo.statuses.set(sha, [...(repo.statuses.get(sha) ?? []), entry])
  await settleAutoMerge(repo)
  return entry
}

function statusJson(deps: RestDeps, repo: FakeRepo, sha: string, s: CommitStatusState) {
  return {
    url: `${deps.apiUrl()}/repos/${repo.fullName}/statuses/${sha}`,
    avatar_url: null,
    id: s.id,
    node_id: `SC_${Buffer.from(String(s.id)).toString('base64url')}`,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    creator: ownerJson(deps, s.creator),
  }
}

async function commitOf(repo: FakeRepo, ref: string): Promise<string> {
  const sha = await resolveCommit(repo.gitDir, ref)
  if (!sha) fail(errorReply(422, `No commit found for SHA: ${ref}`))
  return sha
}

export function registerStatusRoutes(router: Router, deps: RestDeps): void {
  router.on('POST', '/repos/:owner/:repo/statuses/:sha', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const body = (req.body ?? {}) as Record<string, unknown>
    if (typeof body.state !== 'string' || !STATES.has(body.state)) {
      return validationFailed([{ resource: 'Status', code: 'custom', field: 'state', message: 'state is not included in the list' }])
    }
    const sha = await commitOf(repo, req.params.sha)
    const status = await addCommitStatus(
      repo,
      sha,
      {
        context: typeof body.context === 'string' && body.context !== '' ? body.context : 'default',
        state: body.state as FakeCommitStatus['state'],
        description: typeof body.description === 'string' ? body.description : null,
        targetUrl: typeof body.target_url === 'string' ? body.target_url : null,
      },
      deps.viewerLogin,
    )
    return {
      status: 201,
      body: statusJson(deps, repo, sha, status),
      headers: { location: `${deps.apiUrl()}/repos/${repo.fullName}/statuses/${sha}` },
    }
  })

  router.on('GET', '/repos/:owner/:repo/commits/*ref/statuses', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const sha = await commitOf(repo, req.params.ref)
    const newestFirst = [...(repo.statuses.get(sha) ?? [])].reverse()
    const page = pageOf(newestFirst, req.query, `${deps.apiUrl()}/repos/${repo.fullName}/commits/${req.params.ref}/statuses`)
    return { status: 200, body: page.items.map((s) => statusJson(deps, repo, sha, s)), headers: page.headers }
  })

  router.on('GET', '/repos/:owner/:repo/commits/*ref/status', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const sha = await commitOf(repo, req.params.ref)
    const latest = [...latestStatuses(repo, sha).values()]
    // GitHub: failure if any is error or failure, pending if any is pending or there are none, else success.
    const state = latest.some((s) => s.state === 'error' || s.state === 'failure')
      ? 'failure'
      : latest.length === 0 || latest.some((s) => s.state === 'pending')
        ? 'pending'
        : 'success'
    const api = `${deps.apiUrl()}/repos/${repo.fullName}`
    return {
      status: 200,
      body: {
        state,
        statuses: latest.map((s) => {
          const { creator: _, ...simple } = statusJson(deps, repo, sha, s)
          return simple
        }),
        sha,
        total_count: latest.length,
        repository: repoJson(deps, repo),
        commit_url: `${api}/commits/${sha}`,
        url: `${api}/commits/${sha}/status`,
      },
    }
  })
}
