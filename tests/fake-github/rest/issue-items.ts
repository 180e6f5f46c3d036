// Issues and pull requests as the issue endpoints see them: one number sequence, one shape
// (`issue` in GitHub's description; a pull request's carries a `pull_request` key), and the
// permissions that set them apart: a token without `issues: write` can still label and comment
// on pull requests (`pull-requests: write`), not on issues.
import type { FakeRepo, IssueState, PullState } from '../git/repo-store.js'
import { errorReply, fail, forbiddenForIntegration, notFound } from '../http.js'
import { isWrite, repoOf, type RestDeps } from './deps.js'
import { labelJson } from './labels.js'
import { findMilestone, milestoneJson } from './milestones.js'
import { ownerJson } from './repos.js'
import type { RestRequest } from './router.js'

export type IssueLike = PullState | IssueState

export const isPull = (item: IssueLike): item is PullState => 'head' in item

const ISSUES_DISABLED = 'https://docs.github.com/rest/issues/issues'

/**
 * The repository a request to its issues names, refused as GitHub refuses it: `410 Issues are
 * disabled for this repo` when issues are off, `403 Resource not accessible by integration` on a
 * write without `issues: write`.
 */
export function issueRepoOf(deps: RestDeps, req: RestRequest): FakeRepo {
  const repo = repoOf(deps, req)
  if (!repo.hasIssues) fail(errorReply(410, 'Issues are disabled for this repo', {}, ISSUES_DISABLED))
  if (isWrite(req.method) && repo.issuesPermission === 'read') fail(forbiddenForIntegration())
  return repo
}

/** The item, once the request may touch it: a plain issue is refused as `issueRepoOf` refuses; a pull request is not (`repoOf` checked it). */
export function allowed<T extends IssueLike>(deps: RestDeps, req: RestRequest, item: T): T {
  if (!isPull(item)) issueRepoOf(deps, req)
  return item
}

/** The issue or pull request `:number` names (404 when none), if the request may touch it. */
export function issueOf(deps: RestDeps, req: RestRequest): { repo: FakeRepo; item: IssueLike } {
  const repo = repoOf(deps, req)
  const number = req.params.number
  const item = repo.pulls.find((p) => String(p.number) === number) ?? repo.issues.find((i) => String(i.number) === number)
  if (!item) fail(notFound())
  return { repo, item: allowed(deps, req, item) }
}

/** The web address of an issue or pull request. */
export const htmlUrl = (repo: FakeRepo, item: IssueLike) =>
  `https://github.com/${repo.fullName}/${isPull(item) ? 'pull' : 'issues'}/${item.number}`

/** An issue or pull request as the issues endpoints show it. */
export function issueJson(deps: RestDeps, repo: FakeRepo, item: IssueLike) {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  const html = htmlUrl(repo, item)
  const issueUrl = `${api}/issues/${item.number}`
  return {
    url: issueUrl,
    repository_url: api,
    labels_url: `${issueUrl}/labels{/name}`,
    comments_url: `${issueUrl}/comments`,
    events_url: `${issueUrl}/events`,
    timeline_url: `${issueUrl}/timeline`,
    id: item.id,
    node_id: `I_${Buffer.from(`${repo.fullName}#${item.number}`).toString('base64url')}`,
    html_url: html,
    number: item.number,
    state: item.state,
    state_reason: isPull(item) ? null : item.stateReason,
    title: item.title,
    body: item.body,
    user: ownerJson(deps, item.user),
    labels: item.labels.map((name) => labelJson(deps, repo, name)),
    assignee: item.assignees.length > 0 ? ownerJson(deps, item.assignees[0]) : null,
    assignees: item.assignees.map((login) => ownerJson(deps, login)),
    milestone: item.milestone === null ? null : milestoneJson(deps, repo, findMilestone(repo, item.milestone)),
    locked: false,
    active_lock_reason: null,
    comments: item.comments.length,
    ...(isPull(item)
      ? {
          pull_request: {
            url: `${api}/pulls/${item.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: item.mergedAt,
          },
          draft: item.draft,
        }
      : {}),
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    closed_at: item.closedAt,
    closed_by: isPull(item)
      ? item.mergedBy
        ? ownerJson(deps, item.mergedBy)
        : null
      : item.closedBy
        ? ownerJson(deps, item.closedBy)
        : null,
    author_association: 'OWNER',
  }
}
