// Pull requests: list (state, head, base filters), create, get, update, reviewers.
import { nextObjectId, type FakeRepo, type PullState } from '../git/repo-store.js'
import { isAncestor } from '../git/objects.js'
import { errorReply, fail, notFound, validationFailed, type Reply } from '../http.js'
import { computeMergeState, readMergeState, type MergeState } from '../merge/state.js'
import type { FakePullRequest } from '../types.js'
import { repoOf, type RestDeps } from './deps.js'
import { labelJson } from './labels.js'
import { pageOf } from './paging.js'
import { findMilestone, milestoneJson } from './milestones.js'
import { idOf, ownerJson, repoJson } from './repos.js'
import type { RestRequest, Router } from './router.js'

/** A copy of a pull request's state for tests, detached from the server's. */
export function pullSnapshot(pull: PullState): FakePullRequest {
  return {
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    head: pull.head,
    base: pull.base,
    draft: pull.draft,
    labels: [...pull.labels],
    requestedReviewers: [...pull.requestedReviewers],
    requestedTeams: [...pull.requestedTeams],
    comments: pull.comments.map((c) => ({ ...c })),
    assignees: [...pull.assignees],
    milestone: pull.milestone,
    autoMerge: pull.autoMerge ? { ...pull.autoMerge } : null,
    reviews: pull.reviews.map((r) => ({ ...r })),
    merged: pull.merged,
    mergedAt: pull.mergedAt,
    mergedBy: pull.mergedBy,
    mergeCommitSha: pull.mergeCommitSha,
    user: pull.user,
    createdAt: pull.createdAt,
    updatedAt: pull.updatedAt,
    closedAt: pull.closedAt,
  }
}

/**
 * The pull as GitHub shows it; `head.sha` follows the branch while it exists (until merged).
 * With `merge` (a single pull request's answer), the fields GitHub adds to it: `merged`,
 * `mergeable`, `mergeable_state`, `merged_by`, the comment counts.
 */
export async function pullJson(deps: RestDeps, repo: FakeRepo, pull: PullState, merge?: MergeState) {
  const liveHead = pull.merged ? undefined : await repo.branchSha(pull.head)
  if (liveHead) pull.headSha = liveHead
  const baseSha = (await repo.branchSha(pull.base)) ?? ''
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  const html = `https://github.com/${repo.fullName}/pull/${pull.number}`
  const side = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: ownerJson(deps, repo.owner),
    repo: repoJson(deps, repo),
  })
  return {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: pullNodeId(repo, pull.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: ownerJson(deps, pull.user),
    body: pull.body,
    labels: pull.labels.map((name) => labelJson(deps, repo, name)),
    milestone: pull.milestone === null ? null : milestoneJson(deps, repo, findMilestone(repo, pull.milestone)),
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: pull.assignees.length > 0 ? ownerJson(deps, pull.assignees[0]) : null,
    assignees: pull.assignees.map((login) => ownerJson(deps, login)),
    requested_reviewers: pull.requestedReviewers.map((login) => ownerJson(deps, login)),
    requested_teams: pull.requestedTeams.map((slug) => ({ id: idOf(slug), slug, name: slug })),
    head: side(pull.head, pull.headSha),
    base: side(pull.base, baseSha),
    author_association: 'OWNER',
    auto_merge: pull.autoMerge
      ? {
          enabled_by: ownerJson(deps, pull.autoMerge.enabledBy),
          merge_method: pull.autoMerge.mergeMethod.toLowerCase(),
          commit_title: pull.title,
          commit_message: null,
        }
      : null,
    draft: pull.draft,
    ...(merge ? mergeFields(deps, pull, merge) : {}),
  }
}

function mergeFields(deps: RestDeps, pull: PullState, merge: MergeState) {
  return {
    merged: pull.merged,
    mergeable: merge.mergeable,
    rebaseable: merge.mergeable,
    mergeable_state: merge.status.toLowerCase(),
    merged_by: pull.mergedBy ? ownerJson(deps, pull.mergedBy) : null,
    comments: pull.comments.length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
  }
}

/** What a just-opened pull request shows: GitHub has not computed its mergeability yet. */
const OPENED: MergeState = { status: 'UNKNOWN', mergeable: null, reviewDecision: null }

/** A pull request's GraphQL node id, as the REST answers give it (`node_id`) and the mutations take it. */
export function pullNodeId(repo: FakeRepo, number: number): string {
  return `PR_${Buffer.from(`${repo.fullName}#${number}`).toString('base64url')}`
}

/** The repository and number a pull request node id names; undefined when it is not one. */
export function parsePullNodeId(id: string): { fullName: string; number: number } | undefined {
  if (!id.startsWith('PR_')) return undefined
  const match = /^([^/#]+\/[^/#]+)#(\d+)$/.exec(Buffer.from(id.slice(3), 'base64url').toString('utf8'))
  return match ? { fullName: match[1], number: Number(match[2]) } : undefined
}

export function findPull(repo: FakeRepo, number: string): PullState {
  const pull = repo.pulls.find((p) => String(p.number) === number)
  if (!pull) fail(notFound())
  return pull
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

/** `owner:branch` or `branch` -> branch, when the owner is this repository's (forks are not served). */
function headBranch(repo: FakeRepo, head: string): string | undefined {
  const colon = head.indexOf(':')
  if (colon < 0) return head
  return head.slice(0, colon).toLowerCase() === repo.owner.toLowerCase() ? head.slice(colon + 1) : undefined
}

const alreadyExists = (repo: FakeRepo, branch: string) =>
  validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${branch}.` }])

export function registerPullRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo/pulls', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const state = req.query.get('state') ?? 'open'
    const head = req.query.get('head')
    const base = req.query.get('base')
    let pulls = repo.pulls.filter((p) => state === 'all' || p.state === state)
    // GitHub needs `owner:branch` here; a bare branch name filters nothing.
    if (head && head.includes(':')) {
      const [owner, branch] = [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)]
      pulls = pulls.filter((p) => owner.toLowerCase() === repo.owner.toLowerCase() && p.head === branch)
    }
    if (base) pulls = pulls.filter((p) => p.base === base)
    // GitHub's default order: newest first when sorting by creation, oldest first otherwise.
    const sort = req.query.get('sort') ?? 'created'
    const ascending = (req.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')) === 'asc'
    const sortKey = sort === 'updated' ? 'updatedAt' : 'createdAt'
    pulls = [...pulls].sort((a, b) => (a[sortKey] === b[sortKey] ? a.number - b.number : a[sortKey] < b[sortKey] ? -1 : 1))
    if (!ascending) pulls.reverse()
    const page = pageOf(pulls, req.query, `${deps.apiUrl()}/repos/${repo.fullName}/pulls`)
    return { status: 200, body: await Promise.all(page.items.map((p) => pullJson(deps, repo, p))), headers: page.headers }
  })

  router.on('GET', '/repos/:owner/:repo/pulls/:number', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    return { status: 200, body: await pullJson(deps, repo, pull, await readMergeState(repo, pull)) }
  })

  router.on('POST', '/repos/:owner/:repo/pulls', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const body = (req.body ?? {}) as Record<string, unknown>
    for (const field of ['head', 'base'] as const) {
      if (typeof body[field] !== 'string') return validationFailed([{ resource: 'PullRequest', code: 'missing_field', field }])
    }
    if (typeof body.title !== 'string' || body.title === '') {
      return validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'title' }])
    }
    const base = body.base as string
    const head = headBranch(repo, body.head as string)
    const headSha = head ? await repo.branchSha(head) : undefined
    const baseSha = await repo.branchSha(base)
    if (!head || !headSha) return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
    if (!baseSha) return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
    if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) return alreadyExists(repo, head)
    if (await isAncestor(repo.gitDir, headSha, baseSha)) {
      return validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }])
    }
    const at = now()
    const pull: PullState = {
      id: nextObjectId(),
      number: repo.nextNumber(),
      state: 'open',
      title: body.title,
      body: typeof body.body === 'string' ? body.body : null,
      head,
      base,
      headSha,
      draft: body.draft === true,
      labels: [],
      requestedReviewers: [],
      requestedTeams: [],
      comments: [],
      assignees: [],
      milestone: null,
      autoMerge: null,
      reviews: [],
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      user: deps.viewerLogin,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      maintainerCanModify: body.maintainer_can_modify !== false,
      unknownReads: 0,
      mergeStateSeenAt: '',
    }
    repo.pulls.push(pull)
    return {
      status: 201,
      body: await pullJson(deps, repo, pull, OPENED),
      headers: { location: `${deps.apiUrl()}/repos/${repo.fullName}/pulls/${pull.number}` },
    }
  })

  router.on('PATCH', '/repos/:owner/:repo/pulls/:number', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const body = (req.body ?? {}) as Record<string, unknown>
    if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
      return validationFailed([{ resource: 'PullRequest', field: 'state', code: 'invalid' }])
    }
    if (typeof body.base === 'string' && !(await repo.branchSha(body.base))) {
      return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
    }
    if (body.state === 'open' && pull.state === 'closed') {
      if (!(await repo.branchSha(pull.head))) return errorReply(422, 'state cannot be changed. The head branch was deleted.')
      const base = typeof body.base === 'string' ? body.base : pull.base
      if (repo.pulls.some((p) => p !== pull && p.state === 'open' && p.head === pull.head && p.base === base))
        return alreadyExists(repo, pull.head)
    }
    if (typeof body.title === 'string') pull.title = body.title
    if (typeof body.body === 'string' || body.body === null) pull.body = body.body
    if (typeof body.base === 'string') pull.base = body.base
    if (typeof body.maintainer_can_modify === 'boolean') pull.maintainerCanModify = body.maintainer_can_modify
    if (body.state === 'closed' && pull.state === 'open') {
      pull.state = 'closed'
      pull.closedAt = now()
    } else if (body.state === 'open' && pull.state === 'closed') {
      pull.state = 'open'
      pull.closedAt = null
    }
    pull.updatedAt = now()
    return { status: 200, body: await pullJson(deps, repo, pull, await computeMergeState(repo, pull)) }
  })

  const reviewers = (req: RestRequest) => {
    const body = (req.body ?? {}) as { reviewers?: unknown; team_reviewers?: unknown }
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
    return { users: strings(body.reviewers), teams: strings(body.team_reviewers) }
  }

  router.on('POST', '/repos/:owner/:repo/pulls/:number/requested_reviewers', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const { users, teams } = reviewers(req)
    if (users.some((u) => u.toLowerCase() === pull.user.toLowerCase())) {
      return errorReply(422, 'Review cannot be requested from pull request author.')
    }
    for (const u of users) if (!pull.requestedReviewers.includes(u)) pull.requestedReviewers.push(u)
    for (const t of teams) if (!pull.requestedTeams.includes(t)) pull.requestedTeams.push(t)
    pull.updatedAt = now()
    return { status: 201, body: await pullJson(deps, repo, pull) }
  })

  router.on('DELETE', '/repos/:owner/:repo/pulls/:number/requested_reviewers', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const { users, teams } = reviewers(req)
    pull.requestedReviewers = pull.requestedReviewers.filter((u) => !users.includes(u))
    pull.requestedTeams = pull.requestedTeams.filter((t) => !teams.includes(t))
    pull.updatedAt = now()
    return { status: 200, body: await pullJson(deps, repo, pull) }
  })

  router.on('GET', '/repos/:owner/:repo/pulls/:number/requested_reviewers', (req): Reply => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    return {
      status: 200,
      body: {
        users: pull.requestedReviewers.map((login) => ownerJson(deps, login)),
        teams: pull.requestedTeams.map((slug) => ({ id: idOf(slug), slug, name: slug })),
      },
    }
  })
}
