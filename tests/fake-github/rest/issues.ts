// Labels and comments of issues and pull requests (one number sequence on GitHub).
import type { FakeRepo } from '../git/repo-store.js'
import { nextObjectId } from '../git/repo-store.js'
import { errorReply, fail, notFound, validationFailed, type Reply } from '../http.js'
import type { FakePullRequestComment } from '../types.js'
import { repoOf, type RestDeps } from './deps.js'
import { allowed, htmlUrl, issueOf, type IssueLike } from './issue-items.js'
import { labelJson, useLabel } from './labels.js'
import { pageOf } from './paging.js'
import { ownerJson } from './repos.js'
import type { Router } from './router.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

function commentJson(deps: RestDeps, repo: FakeRepo, item: IssueLike, comment: FakePullRequestComment) {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  return {
    id: comment.id,
    node_id: `IC_${Buffer.from(String(comment.id)).toString('base64url')}`,
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${htmlUrl(repo, item)}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${item.number}`,
    body: comment.body,
    user: ownerJson(deps, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'OWNER',
  }
}

/** Labels from `{labels: [...]}` or a bare array, as names or `{name}` objects (GitHub takes all three). */
export function labelNames(body: unknown): string[] | undefined {
  const list = Array.isArray(body) ? body : (body as { labels?: unknown } | null)?.labels
  if (!Array.isArray(list)) return undefined
  const names = list.map((l) => (typeof l === 'string' ? l : (l as { name?: unknown } | null)?.name))
  return names.every((n): n is string => typeof n === 'string' && n !== '') ? names : undefined
}

export function registerIssueRoutes(router: Router, deps: RestDeps): void {
  const labels = (repo: FakeRepo, item: IssueLike): Reply => ({
    status: 200,
    body: item.labels.map((name) => labelJson(deps, repo, name)),
  })

  router.on('GET', '/repos/:owner/:repo/issues/:number/labels', (req) => {
    const { repo, item } = issueOf(deps, req)
    return labels(repo, item)
  })

  router.on('POST', '/repos/:owner/:repo/issues/:number/labels', (req) => {
    const { repo, item } = issueOf(deps, req)
    const names = labelNames(req.body)
    if (!names) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'labels' }])
    for (const name of names.map((n) => useLabel(repo, n))) if (!item.labels.includes(name)) item.labels.push(name)
    item.updatedAt = now()
    return labels(repo, item)
  })

  router.on('PUT', '/repos/:owner/:repo/issues/:number/labels', (req) => {
    const { repo, item } = issueOf(deps, req)
    const names = labelNames(req.body)
    if (!names) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'labels' }])
    item.labels = [...new Set(names.map((n) => useLabel(repo, n)))]
    item.updatedAt = now()
    return labels(repo, item)
  })

  router.on('DELETE', '/repos/:owner/:repo/issues/:number/labels/:name', (req) => {
    const { repo, item } = issueOf(deps, req)
    const name = item.labels.find((l) => l.toLowerCase() === req.params.name.toLowerCase())
    if (!name) return errorReply(404, 'Label does not exist')
    item.labels = item.labels.filter((l) => l !== name)
    return labels(repo, item)
  })

  router.on('GET', '/repos/:owner/:repo/issues/:number/comments', (req): Reply => {
    const { repo, item } = issueOf(deps, req)
    const page = pageOf(item.comments, req.query, `${deps.apiUrl()}/repos/${repo.fullName}/issues/${item.number}/comments`)
    return { status: 200, body: page.items.map((c) => commentJson(deps, repo, item, c)), headers: page.headers }
  })

  router.on('POST', '/repos/:owner/:repo/issues/:number/comments', (req): Reply => {
    const { repo, item } = issueOf(deps, req)
    const body = (req.body as { body?: unknown } | null)?.body
    if (typeof body !== 'string' || body === '')
      return validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }])
    const at = now()
    const comment: FakePullRequestComment = { id: nextObjectId(), body, user: deps.viewerLogin, createdAt: at, updatedAt: at }
    item.comments.push(comment)
    return { status: 201, body: commentJson(deps, repo, item, comment) }
  })

  const commentById = (repo: FakeRepo, id: string): [IssueLike, FakePullRequestComment] => {
    for (const item of [...repo.pulls, ...repo.issues]) {
      const comment = item.comments.find((c) => String(c.id) === id)
      if (comment) return [item, comment]
    }
    fail(notFound())
  }

  router.on('GET', '/repos/:owner/:repo/issues/comments/:id', (req): Reply => {
    const repo = repoOf(deps, req)
    const [item, comment] = commentById(repo, req.params.id)
    allowed(deps, req, item)
    return { status: 200, body: commentJson(deps, repo, item, comment) }
  })

  router.on('PATCH', '/repos/:owner/:repo/issues/comments/:id', (req): Reply => {
    const repo = repoOf(deps, req)
    const [item, comment] = commentById(repo, req.params.id)
    allowed(deps, req, item)
    const body = (req.body as { body?: unknown } | null)?.body
    if (typeof body !== 'string' || body === '')
      return validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }])
    comment.body = body
    comment.updatedAt = now()
    return { status: 200, body: commentJson(deps, repo, item, comment) }
  })
}
