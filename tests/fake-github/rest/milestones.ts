// Milestones: list, create, get, update, delete (numbered per repository, as on GitHub).
import { nextObjectId, type FakeRepo, type MilestoneState } from '../git/repo-store.js'
import { fail, notFound, validationFailed, type Reply } from '../http.js'
import { repoOf, type RestDeps } from './deps.js'
import { pageOf } from './paging.js'
import { ownerJson } from './repos.js'
import type { Router } from './router.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

export function findMilestone(repo: FakeRepo, number: number | string): MilestoneState {
  const milestone = repo.milestones.find((m) => String(m.number) === String(number))
  if (!milestone) fail(notFound())
  return milestone
}

export function milestoneJson(deps: RestDeps, repo: FakeRepo, m: MilestoneState) {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  const issues = [...repo.pulls, ...repo.issues].filter((p) => p.milestone === m.number)
  return {
    url: `${api}/milestones/${m.number}`,
    html_url: `https://github.com/${repo.fullName}/milestone/${m.number}`,
    labels_url: `${api}/milestones/${m.number}/labels`,
    id: m.id,
    node_id: `MI_${Buffer.from(`${repo.fullName}:${m.number}`).toString('base64url')}`,
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: ownerJson(deps, m.creator),
    open_issues: issues.filter((p) => p.state === 'open').length,
    closed_issues: issues.filter((p) => p.state === 'closed').length,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    closed_at: m.state === 'closed' ? m.updatedAt : null,
    due_on: m.dueOn,
  }
}

export function registerMilestoneRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo/milestones', (req): Reply => {
    const repo = repoOf(deps, req)
    const state = req.query.get('state') ?? 'open'
    const list = repo.milestones.filter((m) => state === 'all' || m.state === state)
    const page = pageOf(list, req.query, `${deps.apiUrl()}/repos/${repo.fullName}/milestones`)
    return { status: 200, body: page.items.map((m) => milestoneJson(deps, repo, m)), headers: page.headers }
  })

  router.on('POST', '/repos/:owner/:repo/milestones', (req): Reply => {
    const repo = repoOf(deps, req)
    const body = (req.body ?? {}) as Record<string, unknown>
    if (typeof body.title !== 'string' || body.title === '')
      return validationFailed([{ resource: 'Milestone', code: 'missing_field', field: 'title' }])
    if (repo.milestones.some((m) => m.title === body.title))
      return validationFailed([{ resource: 'Milestone', code: 'already_exists', field: 'title' }])
    const at = now()
    const milestone: MilestoneState = {
      id: nextObjectId(),
      number: repo.milestones.reduce((max, m) => Math.max(max, m.number), 0) + 1,
      title: body.title,
      description: typeof body.description === 'string' ? body.description : null,
      state: body.state === 'closed' ? 'closed' : 'open',
      dueOn: typeof body.due_on === 'string' ? body.due_on : null,
      creator: deps.viewerLogin,
      createdAt: at,
      updatedAt: at,
    }
    repo.milestones.push(milestone)
    return {
      status: 201,
      body: milestoneJson(deps, repo, milestone),
      headers: { location: `${deps.apiUrl()}/repos/${repo.fullName}/milestones/${milestone.number}` },
    }
  })

  router.on('GET', '/repos/:owner/:repo/milestones/:number', (req): Reply => {
    const repo = repoOf(deps, req)
    return { status: 200, body: milestoneJson(deps, repo, findMilestone(repo, req.params.number)) }
  })

  router.on('PATCH', '/repos/:owner/:repo/milestones/:number', (req): Reply => {
    const repo = repoOf(deps, req)
    const milestone = findMilestone(repo, req.params.number)
    const body = (req.body ?? {}) as Record<string, unknown>
    if (typeof body.title === 'string' && body.title !== '') milestone.title = body.title
    if (body.state === 'open' || body.state === 'closed') milestone.state = body.state
    if (typeof body.description === 'string' || body.description === null) milestone.description = body.description
    milestone.updatedAt = now()
    return { status: 200, body: milestoneJson(deps, repo, milestone) }
  })

  router.on('DELETE', '/repos/:owner/:repo/milestones/:number', (req): Reply => {
    const repo = repoOf(deps, req)
    const milestone = findMilestone(repo, req.params.number)
    repo.milestones.splice(repo.milestones.indexOf(milestone), 1)
    for (const item of [...repo.pulls, ...repo.issues]) if (item.milestone === milestone.number) item.milestone = null
    return { status: 204 }
  })
}
