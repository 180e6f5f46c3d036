// The git data of a REST-side repository as GraphQL shows it: refs, commits (tree, parents,
// history by path), trees (entries with their objects) and blobs, read from the same bare
// repository the REST answers come from, so every oid is git's.
import type { GraphQLResolveInfo } from 'graphql'
import type { FakeRepo } from '../git/repo-store.js'
import { listTree, readBlob, readCommit, resolveCommit, type CommitObject } from '../git/objects.js'
import { ObjectDb } from '../git/object-db.js'
import { git } from '../git/runner.js'
import type { GraphQLContext } from './model.js'
import { historyCursors, opaqueCursors, paginate, type ConnectionArgs } from './pagination.js'

const WEB = 'https://github.com'
const nodeId = (prefix: string, key: string) => `${prefix}_${Buffer.from(key).toString('base64url')}`

/** Revisions already resolved, per repository and revision: one query names the same one many times (`main:a`, `main:b`). */
export type RevisionCache = Map<string, Promise<string | undefined>>

/**
 * What `object(expression:)` or an oid names in a repository: a commit, tree or blob, or null.
 * `HEAD` is the default branch, as on GitHub.
 */
export async function siteObject(
  repo: FakeRepo,
  args: { expression?: string | null; oid?: string | null },
  resolved: RevisionCache = new Map(),
): Promise<GitModel | null> {
  if (args.oid != null) return objectByOid(repo, args.oid)
  const expression = args.expression ?? ''
  const colon = expression.indexOf(':')
  const revision = colon < 0 ? expression : expression.slice(0, colon)
  const key = `${repo.fullName}\0${revision}`
  if (!resolved.has(key)) {
    resolved.set(key, revision === 'HEAD' ? repo.branchSha(repo.defaultBranch) : resolveCommit(repo.gitDir, revision))
  }
  const commitSha = await resolved.get(key)
  if (!commitSha) return null
  if (colon < 0) return objectByOid(repo, commitSha)
  // `rev:path` names what is at `path` in the commit's tree (`rev:` its root tree), as git does.
  const commit = (await readCommit(repo.gitDir, commitSha))!
  const parts = expression
    .slice(colon + 1)
    .split('/')
    .filter((p) => p !== '')
  let sha = commit.tree
  for (const part of parts) {
    const entries = await listTree(repo.gitDir, sha, false).catch(() => null)
    const entry = entries?.find((e) => e.path === part)
    if (!entry) return null
    sha = entry.sha
  }
  return objectByOid(repo, sha)
}

async function objectByOid(repo: FakeRepo, oid: string): Promise<GitModel | null> {
  if (!/^[0-9a-f]{40}$/.test(oid)) return null
  const described = await new ObjectDb(repo.gitDir).describe(oid)
  if (described?.type === 'commit') return new SiteCommitModel(repo, (await readCommit(repo.gitDir, oid))!)
  if (described?.type === 'tree') return new TreeModel(repo, oid)
  if (described?.type === 'blob') return new BlobModel(repo, oid, described.size)
  return null
}

type GitModel = SiteCommitModel | TreeModel | BlobModel

/** A ref of the repository (`refs/heads/main`), or null when there is none. */
export async function siteRef(repo: FakeRepo, qualifiedName: string) {
  const sha = await repo.refSha(qualifiedName)
  if (!sha) return null
  const cut = qualifiedName.startsWith('refs/heads/') ? 'refs/heads/'.length : qualifiedName.lastIndexOf('/') + 1
  return {
    __typename: 'Ref',
    id: nodeId('REF', `${repo.fullName}:${qualifiedName}`),
    name: qualifiedName.slice(cut),
    prefix: qualifiedName.slice(0, cut),
    target: () => objectByOid(repo, sha),
  }
}

class GitObjectBase {
  readonly id: string
  readonly abbreviatedOid: string
  readonly commitUrl: string
  constructor(
    protected readonly repo: FakeRepo,
    readonly oid: string,
    prefix: string,
  ) {
    this.id = nodeId(prefix, `${repo.fullName}:${oid}`)
    this.abbreviatedOid = oid.slice(0, 7)
    this.commitUrl = `${WEB}/${repo.fullName}/commit/${oid}`
  }
}

export class SiteCommitModel extends GitObjectBase {
  readonly __typename = 'Commit'
  readonly url: string
  readonly message: string
  readonly messageHeadline: string
  readonly committedDate: string
  readonly authoredDate: string
  constructor(
    repo: FakeRepo,
    private readonly commit: CommitObject,
  ) {
    super(repo, commit.sha, 'C')
    this.url = this.commitUrl
    // GitHub gives the message without the newline git ends it with.
    this.message = commit.message.replace(/\n+$/, '')
    this.messageHeadline = this.message.split('\n')[0]
    this.committedDate = commit.committer.date
    this.authoredDate = commit.author.date
  }

  tree(): TreeModel {
    return new TreeModel(this.repo, this.commit.tree)
  }

  author() {
    return { ...this.commit.author, user: null }
  }

  committer() {
    return { ...this.commit.committer, user: null }
  }

  async parents(args: ConnectionArgs, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const parents = await Promise.all(
      this.commit.parents.map(async (sha) => new SiteCommitModel(this.repo, (await readCommit(this.repo.gitDir, sha))!)),
    )
    return paginate(parents, args, info, opaqueCursors)
  }

  /** The commits reachable from this one (touching `path` when given), newest first, as `git rev-list` lists them. */
  async history(args: ConnectionArgs & { path?: string | null }, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const path = args.path?.replace(/^\/+|\/+$/g, '')
    const shas = (await git(this.repo.gitDir, ['rev-list', this.oid, ...(path ? ['--', path] : [])])).split('\n').filter(Boolean)
    const page = paginate(shas, args, info, historyCursors(this.oid))
    const load = async (sha: string) => new SiteCommitModel(this.repo, (await readCommit(this.repo.gitDir, sha))!)
    const edges = await Promise.all(page.edges.map(async (e) => ({ cursor: e.cursor, node: await load(e.node) })))
    return { ...page, edges, nodes: edges.map((e) => e.node) }
  }
}

/** GitHub's `TreeEntry.mode` is the octal mode as a number (33188 for 100644). */
const modeNumber = (mode: string) => parseInt(mode, 8)

export class TreeModel extends GitObjectBase {
  readonly __typename = 'Tree'
  constructor(repo: FakeRepo, oid: string) {
    super(repo, oid, 'T')
  }

  async entries() {
    const listed = await listTree(this.repo.gitDir, this.oid, false)
    return listed.map((entry) => ({
      name: entry.path,
      mode: modeNumber(entry.mode),
      type: entry.type,
      oid: entry.sha,
      // A submodule's commit is in another repository: GitHub answers null for it.
      object: () => (entry.type === 'commit' ? null : objectByOid(this.repo, entry.sha)),
    }))
  }
}

export class BlobModel extends GitObjectBase {
  readonly __typename = 'Blob'
  /** GitHub leaves `text` out past this size and says `isTruncated`. */
  static readonly TEXT_LIMIT = 512 * 1024
  constructor(
    repo: FakeRepo,
    oid: string,
    readonly byteSize: number,
  ) {
    super(repo, oid, 'B')
  }

  get isTruncated(): boolean {
    return this.byteSize > BlobModel.TEXT_LIMIT
  }

  async isBinary(): Promise<boolean> {
    return ((await readBlob(this.repo.gitDir, this.oid)) ?? Buffer.alloc(0)).includes(0)
  }

  async text(): Promise<string | null> {
    const bytes = await readBlob(this.repo.gitDir, this.oid)
    if (!bytes || bytes.includes(0)) return null
    return bytes.subarray(0, BlobModel.TEXT_LIMIT).toString('utf8')
  }
}
