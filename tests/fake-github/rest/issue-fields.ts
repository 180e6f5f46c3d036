// The issue side of a pull request beyond labels and comments: the issue itself (get, update
// title, body, state, milestone, assignees) and its assignees. Issue numbers are pull numbers here.
import type { FakeRepo, PullState } from '../git/repo-store.js'
import { validationFailed, type Reply } from '../http.js'
import { repoOf, type RestDeps } from './deps.js'
import { findMilestone, milestoneJson } from './milestones.js'
import { findPull, labelJson } from './pulls.js'
import { ownerJson } from './repos.js'
import type { RestRequest, Router } from './router.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

/** A pull request as the issues endpoints show it. */
export function issueJson(deps: RestDeps, repo: FakeRepo, pull: PullState) {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  const html = `https://github.com/${repo.fullName}/pull/${pull.number}`
  return {
    url: `${api}/issues/${pull.number}`,
    id: pull.id,
    node_id: `I_${Buffer.from(`${repo.fullName}#${pull.number}`).toString('base64url')}`,
    html_url: html,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    user: ownerJson(deps, pull.user),
    labels: pull.labels.map((name) => labelJson(deps, repo, name)),
    assignee: pull.assignees.length > 0 ? ownerJson(deps, pull.assignees[0]) : null,
    assignees: pull.assignees.map((login) => ownerJson(deps, login)),
    milestone: pull.milestone === null ? null : milestoneJson(deps, repo, findMilestone(repo, pull.milestone)),
    locked: false,
    comments: pull.comments.length,
    pull_request: { url: `${api}/pulls/${pull.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch` },
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    author_association: 'OWNER',
  }
}

const canBeAssigned = (repo: FakeRepo, login: string) => repo.collaborators === null || repo.collaborators.has(login.toLowerCase())

function logins(body: unknown, key: string): string[] | undefined {
  const list = (body as Record<string, unknown> | null)?.[key]
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) return undefined
  return list
}

export function registerIssueFieldRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo/issues/:number', (req): Reply => {
    const repo = repoOf(deps, req)
    return { status: 200, body: issueJson(deps, repo, findPull(repo, req.params.number)) }
  })

  router.on('PATCH', '/repos/:owner/:repo/issues/:number', (req): Reply => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const body = (req.body ?? {}) as Record<string, unknown>
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
    if ('milestone' in body) pull.milestone = body.milestone === null ? null : Number(body.milestone)
    if (assignees) pull.assignees = [...new Set(assignees)]
    if (typeof body.title === 'string' && body.title !== '') pull.title = body.title
    if (typeof body.body === 'string' || body.body === null) pull.body = body.body
    if (body.state === 'closed' && pull.state === 'open') {
      pull.state = 'closed'
      pull.closedAt = now()
    }
    pull.updatedAt = now()
    return { status: 200, body: issueJson(deps, repo, pull) }
  })

  // Users who cannot be assigned are left out without an error, as GitHub does.
  const change =
    (add: boolean) =>
    (req: RestRequest): Reply => {
      const repo = repoOf(deps, req)
      const pull = findPull(repo, req.params.number)
      const list = logins(req.body, 'assignees')
      if (!list) return validationFailed([{ resource: 'Issue', field: 'assignees', code: 'invalid' }])
      if (add) {
        for (const login of list)
          if (canBeAssigned(repo, login) && !pull.assignees.includes(login) && pull.assignees.length < 10) pull.assignees.push(login)
      } else {
        pull.assignees = pull.assignees.filter((a) => !list.includes(a))
      }
      pull.updatedAt = now()
      return { status: add ? 201 : 200, body: issueJson(deps, repo, pull) }
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
