// Read-only conveniences clients use to look at a branch: contents, branches, repo commits.
import type { FakeRepo } from '../git/repo-store.js'
import { listTree, readBlob, readCommit, resolveCommit, type TreeEntry } from '../git/objects.js'
import { errorReply, notFound, type Reply } from '../http.js'
import { commitJson } from './git-objects.js'
import { repoOf, type RestDeps } from './deps.js'
import type { RestRequest, Router } from './router.js'

function contentEntryJson(deps: RestDeps, repo: FakeRepo, ref: string, entry: TreeEntry) {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  const kind = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : entry.mode === '120000' ? 'symlink' : 'file'
  const name = entry.path.split('/').at(-1)!
  return {
    type: kind,
    size: entry.size ?? 0,
    name,
    path: entry.path,
    sha: entry.sha,
    url: `${api}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`,
    git_url: entry.type === 'commit' ? null : `${api}/git/${entry.type}s/${entry.sha}`,
    html_url: `https://github.com/${repo.fullName}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${entry.path}`,
    download_url: kind === 'file' ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${entry.path}` : null,
  }
}

/** The tree entry at a path of a commit, walking down from its root tree. */
async function entryAt(repo: FakeRepo, commit: string, path: string): Promise<TreeEntry | undefined> {
  let tree = (await readCommit(repo.gitDir, commit))?.tree
  let found: TreeEntry | undefined
  const parts = path.split('/')
  for (const [i, part] of parts.entries()) {
    if (!tree) return undefined
    found = (await listTree(repo.gitDir, tree, false)).find((e) => e.path === part)
    if (!found) return undefined
    tree = found.type === 'tree' ? found.sha : undefined
    if (i < parts.length - 1 && found.type !== 'tree') return undefined
  }
  return found && { ...found, path }
}

export function registerContentRoutes(router: Router, deps: RestDeps): void {
  const contents = async (req: RestRequest): Promise<Reply> => {
    const repo = repoOf(deps, req)
    if (await repo.isEmpty()) return errorReply(404, 'This repository is empty.')
    const ref = req.query.get('ref') ?? repo.defaultBranch
    const commit = await resolveCommit(repo.gitDir, ref)
    if (!commit) return errorReply(404, `No commit found for the ref ${ref}`)
    const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '')
    const dir = async (treeish: string, prefix: string): Promise<Reply> => ({
      status: 200,
      body: (await listTree(repo.gitDir, treeish, false)).map((e) =>
        contentEntryJson(deps, repo, ref, { ...e, path: prefix ? `${prefix}/${e.path}` : e.path }),
      ),
    })
    if (path === '') return dir(commit, '')
    const entry = await entryAt(repo, commit, path)
    if (!entry) return notFound()
    if (entry.type === 'tree') return dir(entry.sha, path)
    const body: Record<string, unknown> = contentEntryJson(deps, repo, ref, entry)
    if (entry.type === 'blob') {
      const bytes = (await readBlob(repo.gitDir, entry.sha))!
      body.content = (bytes.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n'
      body.encoding = 'base64'
    }
    return { status: 200, body }
  }
  router.on('GET', '/repos/:owner/:repo/contents', contents)
  router.on('GET', '/repos/:owner/:repo/contents/*path', contents)

  router.on('GET', '/repos/:owner/:repo/branches/*branch', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const sha = await repo.branchSha(req.params.branch)
    if (!sha) return errorReply(404, 'Branch not found')
    const commit = (await readCommit(repo.gitDir, sha))!
    const api = `${deps.apiUrl()}/repos/${repo.fullName}`
    return {
      status: 200,
      body: {
        name: req.params.branch,
        commit: {
          sha,
          url: `${api}/commits/${sha}`,
          commit: commitJson(deps, repo, commit),
          parents: commit.parents.map((p) => ({ sha: p })),
        },
        protected: repo.protection.has(req.params.branch),
        _links: { self: `${api}/branches/${req.params.branch}`, html: `https://github.com/${repo.fullName}/tree/${req.params.branch}` },
      },
    }
  })

  router.on('GET', '/repos/:owner/:repo/commits/*ref', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    if (await repo.isEmpty()) return errorReply(409, 'Git Repository is empty.', {}, 'https://docs.github.com/rest/commits/commits')
    const sha = await resolveCommit(repo.gitDir, req.params.ref)
    if (!sha) return errorReply(422, `No commit found for SHA: ${req.params.ref}`)
    const commit = (await readCommit(repo.gitDir, sha))!
    const api = `${deps.apiUrl()}/repos/${repo.fullName}`
    return {
      status: 200,
      body: {
        sha,
        node_id: `C_${Buffer.from(sha).toString('base64url')}`,
        url: `${api}/commits/${sha}`,
        html_url: `https://github.com/${repo.fullName}/commit/${sha}`,
        commit: commitJson(deps, repo, commit),
        parents: commit.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}` })),
      },
    }
  })
}
