// Git objects: commits, trees and blobs, read and written with git itself so SHAs are git's.
import type { FakeRepo } from '../git/repo-store.js'
import {
  isOid,
  isoSeconds,
  listTree,
  objectTypes,
  readBlob,
  readCommit,
  resolveTree,
  writeBlob,
  writeCommit,
  type CommitObject,
  type Signature,
} from '../git/objects.js'
import { buildTree, TreeChangeError, type TreeChange } from '../git/tree-build.js'
import { errorReply, notFound, unprocessable, type Reply } from '../http.js'
import { gitRepoOf, type RestDeps } from './deps.js'
import type { Router } from './router.js'

const MODES: Record<string, TreeChange['type']> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
}

export function commitJson(deps: RestDeps, repo: FakeRepo, commit: CommitObject) {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  return {
    sha: commit.sha,
    node_id: `C_${Buffer.from(commit.sha).toString('base64url')}`,
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `https://github.com/${repo.fullName}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/git/commits/${sha}`,
      html_url: `https://github.com/${repo.fullName}/commit/${sha}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  }
}

/**
 * A tree as GitHub lists it. A recursive listing past `deps.treeLimits` (GitHub: 100,000
 * entries or 7 MB) keeps the entries that fit, in git's order, and says `truncated: true`.
 */
async function treeJson(deps: RestDeps, repo: FakeRepo, sha: string, recursive: boolean) {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  const entries = (await listTree(repo.gitDir, sha, recursive)).map((e) => ({
    path: e.path,
    mode: e.mode,
    type: e.type,
    sha: e.sha,
    ...(e.size !== undefined ? { size: e.size } : {}),
    ...(e.type !== 'commit' ? { url: `${api}/git/${e.type}s/${e.sha}` } : {}),
  }))
  let tree = entries
  if (recursive) {
    const { entries: most, bytes } = deps.treeLimits
    let size = 2 // the array's brackets
    let fit = 0
    while (fit < entries.length && fit < most) {
      size += Buffer.byteLength(JSON.stringify(entries[fit])) + (fit > 0 ? 1 : 0)
      if (size > bytes) break
      fit++
    }
    tree = entries.slice(0, fit)
  }
  return { sha, url: `${api}/git/trees/${sha}`, tree, truncated: tree.length < entries.length }
}

/** Base64 with a newline every 60 characters, as GitHub sends blob content. */
function wrappedBase64(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n'
}

export function registerGitObjectRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo/git/commits/:sha', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'commits')
    const commit = isOid(req.params.sha) ? await readCommit(repo.gitDir, req.params.sha) : undefined
    return commit ? { status: 200, body: commitJson(deps, repo, commit) } : notFound()
  })

  router.on('POST', '/repos/:owner/:repo/git/commits', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'commits')
    const body = (req.body ?? {}) as { message?: unknown; tree?: unknown; parents?: unknown; author?: unknown; committer?: unknown }
    if (typeof body.message !== 'string') return errorReply(422, 'Invalid request.\n\n"message" wasn\'t supplied.')
    if (typeof body.tree !== 'string') return errorReply(422, 'Invalid request.\n\n"tree" wasn\'t supplied.')
    const parents = body.parents ?? []
    if (!Array.isArray(parents) || !parents.every((p) => typeof p === 'string')) {
      return errorReply(422, "Invalid request.\n\nFor 'properties/parents', is not an array of strings.")
    }
    const types = await objectTypes(repo.gitDir, [body.tree, ...parents])
    if (types.get(body.tree) !== 'tree') return unprocessable('Tree SHA does not exist')
    if (parents.some((p) => types.get(p) !== 'commit')) return unprocessable('Parent SHA does not exist or is not a commit object')
    const sha = await writeCommit(
      repo.gitDir,
      { message: body.message, tree: body.tree, parents, author: signature(body.author), committer: signature(body.committer) },
      isoSeconds(Date.now()),
    )
    return { status: 201, body: commitJson(deps, repo, (await readCommit(repo.gitDir, sha))!) }
  })

  router.on('GET', '/repos/:owner/:repo/git/trees/*sha', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'trees')
    // A tree SHA, or anything naming one: a commit SHA or a branch name.
    const tree = await resolveTree(repo.gitDir, req.params.sha)
    if (!tree) return notFound()
    // GitHub recurses for any value of `recursive`, even "0" or "false".
    return { status: 200, body: await treeJson(deps, repo, tree, req.query.has('recursive')) }
  })

  router.on('POST', '/repos/:owner/:repo/git/trees', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'trees')
    const body = (req.body ?? {}) as { base_tree?: unknown; tree?: unknown }
    if (!Array.isArray(body.tree)) return errorReply(422, 'Invalid request.\n\n"tree" wasn\'t supplied.')
    let baseTree: string | undefined
    if (body.base_tree != null) {
      const types = isOid(body.base_tree) ? await objectTypes(repo.gitDir, [body.base_tree]) : new Map()
      if (!isOid(body.base_tree) || types.get(body.base_tree) !== 'tree') return unprocessable('base_tree is not a valid tree oid')
      baseTree = body.base_tree
    }
    const changes: TreeChange[] = []
    for (const raw of body.tree as Record<string, unknown>[]) {
      const checked = checkTreeEntry(raw)
      if (typeof checked === 'string') return unprocessable(checked)
      changes.push(checked)
    }
    const referenced = changes.filter((c) => typeof c.sha === 'string' && c.type !== 'commit').map((c) => c.sha as string)
    const types = await objectTypes(repo.gitDir, referenced)
    const wrong = changes.find((c) => typeof c.sha === 'string' && c.type !== 'commit' && types.get(c.sha) !== c.type)
    if (wrong) return unprocessable(`tree.sha ${wrong.sha} is not a valid ${wrong.type}`)
    try {
      const tree = await buildTree(repo.gitDir, baseTree, changes)
      return { status: 201, body: await treeJson(deps, repo, tree, false) }
    } catch (error) {
      if (error instanceof TreeChangeError) return unprocessable(error.message)
      throw error
    }
  })

  router.on('GET', '/repos/:owner/:repo/git/blobs/:sha', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'blobs')
    const bytes = isOid(req.params.sha) ? await readBlob(repo.gitDir, req.params.sha) : undefined
    if (!bytes) return notFound()
    const sha = req.params.sha
    return {
      status: 200,
      body: {
        sha,
        node_id: `B_${Buffer.from(sha).toString('base64url')}`,
        size: bytes.length,
        url: `${deps.apiUrl()}/repos/${repo.fullName}/git/blobs/${sha}`,
        content: wrappedBase64(bytes),
        encoding: 'base64',
      },
    }
  })

  router.on('POST', '/repos/:owner/:repo/git/blobs', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'blobs')
    const { content, encoding = 'utf-8' } = (req.body ?? {}) as { content?: unknown; encoding?: unknown }
    if (typeof content !== 'string') return errorReply(422, 'Invalid request.\n\n"content" wasn\'t supplied.')
    if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
      return unprocessable(`encoding must be either 'utf-8' or 'base64'`)
    }
    const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8')
    const sha = await writeBlob(repo.gitDir, bytes)
    return { status: 201, body: { sha, url: `${deps.apiUrl()}/repos/${repo.fullName}/git/blobs/${sha}` } }
  })
}

/** A checked tree entry, or the 422 message GitHub gives for it. */
function checkTreeEntry(raw: Record<string, unknown>): TreeChange | string {
  const { path, mode, type, sha, content } = raw ?? {}
  if (
    typeof path !== 'string' ||
    path === '' ||
    path.split('/').some((part) => part === '' || part === '.' || part === '..' || part === '.git')
  ) {
    return 'tree.path contains a malformed path component'
  }
  if (typeof mode !== 'string' || !(mode in MODES)) return `tree.mode must be one of ${Object.keys(MODES).join(', ')}`
  const expected = MODES[mode]
  if (type !== undefined && type !== expected) return `tree.type ${shown(type)} does not match mode ${mode}`
  const hasSha = 'sha' in (raw ?? {})
  const hasContent = content !== undefined && content !== null
  if (hasSha && sha !== null && hasContent)
    return 'Must supply either tree.sha or tree.content. Request will be rejected if both are present.'
  if (!hasSha && !hasContent) return 'Must supply either tree.sha or tree.content. Request will be rejected if both are present.'
  if (hasContent) {
    if (typeof content !== 'string' || expected !== 'blob') return 'tree.content must be a string for a blob entry'
    return { path, mode, type: expected, content }
  }
  if (sha !== null && !isOid(sha)) return `tree.sha ${shown(sha)} is not a valid ${expected}`
  return { path, mode, type: expected, sha: sha }
}

function signature(value: unknown): Partial<Signature> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const out: Partial<Signature> = {}
  for (const key of ['name', 'email', 'date'] as const) {
    const field = (value as Record<string, unknown>)[key]
    if (typeof field === 'string') out[key] = field
  }
  return out
}

/** A request value as GitHub's message shows it: a string as is, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}
