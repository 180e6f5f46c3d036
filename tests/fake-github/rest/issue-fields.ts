// An issue or pull request through the issue endpoints beyond labels and comments: the item
// itself (get; update title, body, state and why, labels, milestone, assignees) and its assignees.
import type { FakeRepo } from '../git/repo-store.js'
import { validationFailed, type Reply } from '../http.js'
import { repoOf, type RestDeps } from './deps.js'
import { isPull, issueJson, issueOf } from './issue-items.js'
import { labelNames } from './issues.js'
import { useLabel } from './labels.js'
import type { RestRequest, Router } from './router.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Why an issue is closed, as `state_reason` takes it when closing. */
const CLOSE_REASONS = new Set(['completed', 'not_planned', 'duplicate'])

export const canBeAssigned = (repo: FakeRepo, login: string) => repo.collaborators === null || repo.collaborators.has(login.toLowerCase())

export function logins(body: unknown, key: string): string[] | undefined {
  const list = (body as Record<string, unknown> | null)?.[key]
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) return undefined
  return list
}

export function registerIssueFieldRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo/issues/:number', (req): Reply => {
    const { repo, item } = issueOf(deps, req)
    return { status: 200, body: issueJson(deps, repo, item) }
  })

  router.on('PATCH', '/repos/:owner/:repo/issues/:number', (req): Reply => {
    const { repo, item } = issueOf(deps, req)
    const body = (req.body ?? {}) as Record<string, unknown>
    if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
      return validationFailed([{ value: body.state, resource: 'Issue', field: 'state', code: 'invalid' }])
    }
    const reason = body.state_reason
    if (reason !== undefined && reason !== null && !(typeof reason === 'string' && (CLOSE_REASONS.has(reason) || reason === 'reopened'))) {
      return validationFailed([{ value: reason, resource: 'Issue', field: 'state_reason', code: 'invalid' }])
    }
    const labels = 'labels' in body ? labelNames(body.labels) : undefined
    if ('labels' in body && !labels) return validationFailed([{ resource: 'Issue', field: 'labels', code: 'invalid' }])
    if ('milestone' in body) {
      const value = body.milestone
      if (value !== null && !(typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))) {
        return validationFailed([{ value, resource: 'Issue', field: 'milestone', code: 'invalid' }])
      }
      if (value !== null && !repo.milestones.some((m) => String(m.number) === String(value))) {
        return validationFailed([{ value, resource: 'Issue', field: 'milestone', code: 'invalid' }])
      }
    }
    const assignees = 'assignees' in body ? logins(body, 'assignees') : undefined
    if ('assignees' in body && (!assignees || assignees.some((a) => !canBeAssigned(repo, a)))) {
      return validationFailed([{ value: body.assignees, resource: 'Issue', field: 'assignees', code: 'invalid' }])
    }
    if ('milestone' in body) item.milestone = body.milestone === null ? null : Number(body.milestone)
    if (assignees) item.assignees = [...new Set(assignees)]
    if (labels) item.labels = [...new Set(labels.map((name) => useLabel(repo, name)))]
    if (typeof body.title === 'string' && body.title !== '') item.title = body.title
    if (typeof body.body === 'string' || body.body === null) item.body = body.body
    const at = now()
    if (isPull(item)) {
      // Reopening a pull request goes through the pulls endpoint here.
      if (body.state === 'closed' && item.state === 'open') {
        item.state = 'closed'
        item.closedAt = at
      }
    } else if (body.state === 'closed') {
      const why =
        typeof reason === 'string' && CLOSE_REASONS.has(reason) ? (reason as 'completed' | 'not_planned' | 'duplicate') : undefined
      if (item.state === 'open') {
        item.state = 'closed'
        item.closedAt = at
        item.closedBy = deps.viewerLogin
        item.stateReason = why ?? 'completed'
      } else if (why) item.stateReason = why
    } else if (body.state === 'open' && item.state === 'closed') {
      item.state = 'open'
      item.closedAt = null
      item.stateReason = 'reopened'
    }
    item.updatedAt = at
    return { status: 200, body: issueJson(deps, repo, item) }
  })

  // Users who cannot be assigned are left out without an error, as GitHub does.
  const change =
    (add: boolean) =>
    (req: RestRequest): Reply => {
      const { repo, item } = issueOf(deps, req)
      const list = logins(req.body, 'assignees')
      if (!list) return validationFailed([{ resource: 'Issue', field: 'assignees', code: 'invalid' }])
      if (add) {
        for (const login of list)
          if (canBeAssigned(repo, login) && !item.assignees.includes(login) && item.assignees.length < 10) item.assignees.push(login)
      } else {
        item.assignees = item.assignees.filter((a) => !list.includes(a))
      }
      item.updatedAt = now()
      return { status: add ? 201 : 200, body: issueJson(deps, repo, item) }
    }
  router.on('POST', '/repos/:owner/:repo/issues/:number/assignees', change(true))
  router.on('DELETE', '/repos/:owner/:repo/issues/:number/assignees', change(false))

  router.on('GET', '/repos/:owner/:repo/assignees/:login', (req): Reply => {
    const repo = repoOf(deps, req)
    return canBeAssigned(repo, req.params.login)
      ? { status: 204 }
      : { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } }
  })
}
