// GET /repos/{o}/{r}/commits: a branch's commits, newest first, optionally only those touching
// a path, paged like every list. Read with git itself, so the order is git's.
import { readCommit, resolveCommit } from '../git/objects.js'
import { git } from '../git/runner.js'
import { notFound, type Reply } from '../http.js'
import { repoOf, type RestDeps } from './deps.js'
import { commitJson } from './git-objects.js'
import { pageOf } from './paging.js'
import type { Router } from './router.js'

export function registerCommitListRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo/commits', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const start = await resolveCommit(repo.gitDir, req.query.get('sha') ?? repo.defaultBranch)
    if (!start) return notFound()
    const path = req.query.get('path')?.replace(/^\/+|\/+$/g, '')
    const shas = (await git(repo.gitDir, ['rev-list', start, ...(path ? ['--', path] : [])])).split('\n').filter(Boolean)
    const api = `${deps.apiUrl()}/repos/${repo.fullName}`
    const page = pageOf(shas, req.query, `${api}/commits`)
    const body = await Promise.all(
      page.items.map(async (sha) => {
        const commit = (await readCommit(repo.gitDir, sha))!
        return {
          sha,
          node_id: `C_${Buffer.from(sha).toString('base64url')}`,
          url: `${api}/commits/${sha}`,
          html_url: `https://github.com/${repo.fullName}/commit/${sha}`,
          comments_url: `${api}/commits/${sha}/comments`,
          commit: commitJson(deps, repo, commit),
          author: null,
          committer: null,
          parents: commit.parents.map((p) => ({
            sha: p,
            url: `${api}/commits/${p}`,
            html_url: `https://github.com/${repo.fullName}/commit/${p}`,
          })),
        }
      }),
    )
    return { status: 200, body, headers: page.headers }
  })
}
