// Pull request reviews: submit one (APPROVE, REQUEST_CHANGES, COMMENT, or none: PENDING) and
// list them. The token's owner authored every pull request opened through the API, and GitHub
// does not let authors approve or request changes on their own: `addReview` (in-process) and
// `POST /_fake/repos/{o}/{r}/pulls/{n}/reviews` add someone else's review.
import { nextObjectId, type FakeRepo, type PullState } from '../git/repo-store.js'
import { errorReply, type Reply } from '../http.js'
import { settleAutoMerge } from '../merge/auto-merge.js'
import { currentHead } from '../merge/state.js'
import type { FakeReview } from '../types.js'
import { repoOf, type RestDeps } from './deps.js'
import { pageOf } from './paging.js'
import { findPull } from './pulls.js'
import { ownerJson } from './repos.js'
import type { Router } from './router.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

const EVENTS: Record<string, FakeReview['state']> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' }

/** Records a review on the current head (or `commitId`); auto-merge then merges what an approval unblocked. */
export async function addPullReview(
  repo: FakeRepo,
  pull: PullState,
  review: { user: string; state: FakeReview['state']; body?: string; commitId?: string },
): Promise<FakeReview> {
  const entry: FakeReview = {
    id: nextObjectId(),
    user: review.user,
    state: review.state,
    body: review.body ?? '',
    commitId: review.commitId ?? (await currentHead(repo, pull)),
    submittedAt: now(),
  }
  pull.reviews.push(entry)
  await settleAutoMerge(repo)
  return entry
}

function reviewJson(deps: RestDeps, repo: FakeRepo, pull: PullState, r: FakeReview) {
  const html = `https://github.com/${repo.fullName}/pull/${pull.number}`
  const pullUrl = `${deps.apiUrl()}/repos/${repo.fullName}/pulls/${pull.number}`
  return {
    id: r.id,
    node_id: `PRR_${Buffer.from(String(r.id)).toString('base64url')}`,
    user: ownerJson(deps, r.user),
    body: r.body,
    state: r.state,
    html_url: `${html}#pullrequestreview-${r.id}`,
    pull_request_url: pullUrl,
    _links: { html: { href: `${html}#pullrequestreview-${r.id}` }, pull_request: { href: pullUrl } },
    ...(r.state === 'PENDING' ? {} : { submitted_at: r.submittedAt }),
    commit_id: r.commitId,
    author_association: 'COLLABORATOR',
  }
}

export function registerReviewRoutes(router: Router, deps: RestDeps): void {
  router.on('POST', '/repos/:owner/:repo/pulls/:number/reviews', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const body = (req.body ?? {}) as Record<string, unknown>
    const state = typeof body.event === 'string' ? EVENTS[body.event] : 'PENDING'
    if (!state) return errorReply(422, 'Unprocessable Entity', { errors: [`Invalid event: ${String(body.event)}`] })
    if (pull.user.toLowerCase() === deps.viewerLogin.toLowerCase()) {
      if (state === 'APPROVED') return errorReply(422, 'Unprocessable Entity', { errors: ['Can not approve your own pull request'] })
      if (state === 'CHANGES_REQUESTED') {
        return errorReply(422, 'Unprocessable Entity', { errors: ['Can not request changes on your own pull request'] })
      }
    }
    const review = await addPullReview(repo, pull, {
      user: deps.viewerLogin,
      state,
      body: typeof body.body === 'string' ? body.body : '',
      ...(typeof body.commit_id === 'string' ? { commitId: body.commit_id } : {}),
    })
    return { status: 200, body: reviewJson(deps, repo, pull, review) }
  })

  router.on('GET', '/repos/:owner/:repo/pulls/:number/reviews', (req): Reply => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const page = pageOf(pull.reviews, req.query, `${deps.apiUrl()}/repos/${repo.fullName}/pulls/${pull.number}/reviews`)
    return { status: 200, body: page.items.map((r) => reviewJson(deps, repo, pull, r)), headers: page.headers }
  })
}
