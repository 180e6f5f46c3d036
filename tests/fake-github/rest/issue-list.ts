// Issues themselves: open one, and list a repository's issues. As on GitHub the list holds the
// pull requests too (each with a `pull_request` key), newest first, filtered by state, labels,
// creator, assignee, milestone and `since`, paged with `Link`.
import { nextObjectId, type IssueState } from '../git/repo-store.js'
import { validationFailed, type Reply } from '../http.js'
import type { RestDeps } from './deps.js'
import { canBeAssigned, logins } from './issue-fields.js'
import { issueJson, issueRepoOf, type IssueLike } from './issue-items.js'
import { labelNames } from './issues.js'
import { useLabel } from './labels.js'
import { pageOf } from './paging.js'
import type { Router } from './router.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

/** A new open issue; `searchHiddenFor` is how long GitHub's search index takes to see it. */
export function newIssue(
  number: number,
  fields: { title: string; body: string | null; labels: string[]; assignees: string[]; milestone: number | null; user: string },
  searchHiddenFor: number,
): IssueState {
  const at = now()
  return {
    ...fields,
    id: nextObjectId(),
    number,
    state: 'open',
    stateReason: null,
    closedBy: null,
    comments: [],
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    searchHiddenFor,
  }
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

export function registerIssueListRoutes(router: Router, deps: RestDeps): void {
  router.on('POST', '/repos/:owner/:repo/issues', (req): Reply => {
    const repo = issueRepoOf(deps, req)
    const body = (req.body ?? {}) as Record<string, unknown>
    const title = typeof body.title === 'number' ? String(body.title) : body.title
    if (typeof title !== 'string' || title === '') return validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }])
    const labels = body.labels === undefined ? [] : labelNames(body.labels)
    if (!labels) return validationFailed([{ resource: 'Issue', code: 'invalid', field: 'labels' }])
    const assignees = body.assignees === undefined ? [] : logins(body, 'assignees')
    if (!assignees || assignees.some((a) => !canBeAssigned(repo, a))) {
      return validationFailed([{ value: body.assignees, resource: 'Issue', code: 'invalid', field: 'assignees' }])
    }
    const milestone = body.milestone === undefined || body.milestone === null ? null : Number(body.milestone)
    if (milestone !== null && !repo.milestones.some((m) => m.number === milestone)) {
      return validationFailed([{ value: body.milestone, resource: 'Issue', code: 'invalid', field: 'milestone' }])
    }
    const issue = newIssue(
      repo.nextNumber(),
      {
        title,
        body: typeof body.body === 'string' ? body.body : null,
        labels: [...new Set(labels.map((name) => useLabel(repo, name)))],
        assignees: [...new Set(assignees)],
        milestone,
        user: deps.viewerLogin,
      },
      repo.searchIndexLag,
    )
    repo.issues.push(issue)
    return {
      status: 201,
      body: issueJson(deps, repo, issue),
      headers: { location: `${deps.apiUrl()}/repos/${repo.fullName}/issues/${issue.number}` },
    }
  })

  router.on('GET', '/repos/:owner/:repo/issues', (req): Reply => {
    const repo = issueRepoOf(deps, req)
    const q = req.query
    const state = q.get('state') ?? 'open'
    const labels = (q.get('labels') ?? '').split(',').filter(Boolean)
    const creator = q.get('creator')
    const assignee = q.get('assignee')
    const milestone = q.get('milestone')
    const since = q.get('since')
    let items: IssueLike[] = [...repo.pulls, ...repo.issues].filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        labels.every((l) => i.labels.some((name) => same(name, l))) &&
        (!creator || same(i.user, creator)) &&
        (!assignee ||
          (assignee === '*'
            ? i.assignees.length > 0
            : assignee === 'none'
              ? i.assignees.length === 0
              : i.assignees.some((a) => same(a, assignee)))) &&
        (!milestone ||
          (milestone === '*' ? i.milestone !== null : milestone === 'none' ? i.milestone === null : String(i.milestone) === milestone)) &&
        (!since || i.updatedAt >= since),
    )
    const sort = q.get('sort') ?? 'created'
    const key = (i: IssueLike) =>
      sort === 'updated' ? i.updatedAt : sort === 'comments' ? String(i.comments.length).padStart(9, '0') : i.createdAt
    items = items.sort((a, b) => (key(a) === key(b) ? a.number - b.number : key(a) < key(b) ? -1 : 1))
    if ((q.get('direction') ?? 'desc') === 'desc') items.reverse()
    const page = pageOf(items, q, `${deps.apiUrl()}/repos/${repo.fullName}/issues`)
    return { status: 200, body: page.items.map((i) => issueJson(deps, repo, i)), headers: page.headers }
  })
}
