// `PUT /repos/{o}/{r}/pulls/{n}/merge`: merges for real (see ../merge/perform.ts) and answers as
// GitHub does: 200 `{ sha, merged: true, message: 'Pull Request successfully merged' }`, 405
// with the reason it cannot, 409 when `sha` is not the head any more, 422 for a bad body.
import { errorReply, type Reply } from '../http.js'
import { mergePull } from '../merge/perform.js'
import type { FakeMergeMethod } from '../types.js'
import { repoOf, type RestDeps } from './deps.js'
import { findPull } from './pulls.js'
import type { Router } from './router.js'

const MERGE_DOCS = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request'
const METHODS = ['merge', 'squash', 'rebase']

export function registerMergeRoutes(router: Router, deps: RestDeps): void {
  router.on('PUT', '/repos/:owner/:repo/pulls/:number/merge', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const pull = findPull(repo, req.params.number)
    const body = (req.body ?? {}) as Record<string, unknown>
    // GitHub checks the body against its schema first, and words the refusal this way.
    const invalid = (field: string, why: string) => errorReply(422, `Invalid request.\n\nFor 'properties/${field}', ${why}`, {}, MERGE_DOCS)
    const method = body.merge_method ?? 'merge'
    if (typeof method !== 'string' || !METHODS.includes(method)) {
      return invalid('merge_method', `${JSON.stringify(method)} is not a member of ["merge", "squash", "rebase"].`)
    }
    for (const field of ['sha', 'commit_title', 'commit_message'] as const) {
      if (body[field] !== undefined && typeof body[field] !== 'string')
        return invalid(field, `${JSON.stringify(body[field])} is not a string.`)
    }
    const outcome = await mergePull(repo, pull, {
      method: method as FakeMergeMethod,
      actor: deps.viewerLogin,
      ...(typeof body.sha === 'string' ? { sha: body.sha } : {}),
      ...(typeof body.commit_title === 'string' ? { title: body.commit_title } : {}),
      ...(typeof body.commit_message === 'string' ? { message: body.commit_message } : {}),
    })
    if (!outcome.merged) return errorReply(outcome.status, outcome.message, {}, MERGE_DOCS)
    return { status: 200, body: { sha: outcome.sha, merged: true, message: 'Pull Request successfully merged' } }
  })
}
