// The issue side of pull requests: labels and comments (issue numbers are pull numbers here).
import type { FakeRepo, PullState } from '../git/repo-store.js'
import { nextObjectId } from '../git/repo-store.js'
import { errorReply, fail, notFound, validationFailed, type Reply } from '../http.js'
import type { FakePullRequestComment } from '../types.js'
import { repoOf, type RestDeps } from './deps.js'
import { pageOf } from './paging.js'
import { findPull, labelJson } from './pulls.js'
import { ownerJson } from './repos.js'
import type { RestRequest, Router } from './router.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

function commentJson(deps: RestDeps, repo: FakeRepo, pull: PullState, comment: FakePullRequestComment) {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  return {
    id: comment.id,
    node_id: `IC_${Buffer.from(String(comment.id)).toString('base64url')}`,
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repo.fullName}/pull/${pull.number}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${pull.number}`,
    body: comment.body,
    user: ownerJson(deps, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'OWNER',
  }
}

/** Labels from `{labels: [...]}` or a bare array, as names or `{name}` objects (GitHub takes all three). */
function labelNames(body: unknown): string[] | undefined {
  const list = Array.isArray(body) ? body : (body as { labels?: unknown } | null)?.labels
  if (!Array.isArray(list)) return undefined
  const names = list.map((l) => (typeof l === 'string' ? l : (l as { name?: unknown } | null)?.name))
  return names.every((n): n is string => typeof n === 'string' && n !== '') ? names : undefined
}

export function registerIssueRoutes(router: Router, deps: RestDeps): void {
  const labels = (req: RestRequest, repo: FakeRepo, pull: PullState): Reply => ({
    status: 200,
    body: pull.labels.map((name) => labelJson(deps, repo, name)),
  })

  router.on('GET', '/repos/:owner/:repo/issues/:number/labels', (req) => {
    const repo = repoOf(deps, req)
    return labels(req, repo, findPull(repo, req.params.number))
  })

  router.on('POST', '/repos/:owner/:repo/issues/:number/labels', (req) => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const names = labelNames(req.body)
    if (!names) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'labels' }])
    for (const name of names) if (!pull.labels.includes(name)) pull.labels.push(name)
    pull.updatedAt = now()
    return labels(req, repo, pull)
  })

  router.on('PUT', '/repos/:owner/:repo/issues/:number/labels', (req) => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const names = labelNames(req.body)
    if (!names) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'labels' }])
    pull.labels = [...new Set(names)]
    pull.updatedAt = now()
    return labels(req, repo, pull)
  })

  router.on('DELETE', '/repos/:owner/:repo/issues/:number/labels/:name', (req) => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    if (!pull.labels.includes(req.params.name)) return errorReply(404, 'Label does not exist')
    pull.labels = pull.labels.filter((l) => l !== req.params.name)
    return labels(req, repo, pull)
  })

  router.on('GET', '/repos/:owner/:repo/issues/:number/comments', (req): Reply => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const page = pageOf(pull.comments, req.query, `${deps.apiUrl()}/repos/${repo.fullName}/issues/${pull.number}/comments`)
    return { status: 200, body: page.items.map((c) => commentJson(deps, repo, pull, c)), headers: page.headers }
  })

  router.on('POST', '/repos/:owner/:repo/issues/:number/comments', (req): Reply => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const body = (req.body as { body?: unknown } | null)?.body
    if (typeof body !== 'string' || body === '')
      return validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }])
    const at = now()
    const comment: FakePullRequestComment = { id: nextObjectId(), body, user: deps.viewerLogin, createdAt: at, updatedAt: at }
    pull.comments.push(comment)
    return { status: 201, body: commentJson(deps, repo, pull, comment) }
  })

  const commentById = (repo: FakeRepo, id: string): [PullState, FakePullRequestComment] => {
    for (const pull of repo.pulls) {
      const comment = pull.comments.find((c) => String(c.id) === id)
      if (comment) return [pull, comment]
    }
    fail(notFound())
  }

  router.on('GET', '/repos/:owner/:repo/issues/comments/:id', (req): Reply => {
    const repo = repoOf(deps, req)
    const [pull, comment] = commentById(repo, req.params.id)
    return { status: 200, body: commentJson(deps, repo, pull, comment) }
  })

  router.on('PATCH', '/repos/:owner/:repo/issues/comments/:id', (req): Reply => {
    const repo = repoOf(deps, req)
    const [pull, comment] = commentById(repo, req.params.id)
    const body = (req.body as { body?: unknown } | null)?.body
    if (typeof body !== 'string' || body === '')
      return validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }])
    comment.body = body
    comment.updatedAt = now()
    return { status: 200, body: commentJson(deps, repo, pull, comment) }
  })
}
