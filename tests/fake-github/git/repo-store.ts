// Repositories of the local GitHub: each one a real bare git repository plus the
// state git does not hold (pull requests, comments, settings).
import { mkdirSync, readdirSync, lstatSync, readlinkSync, rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type {
  CreateRepositoryOptions,
  FakeBranchProtection,
  FakeCommitStatus,
  FakeIssue,
  FakeMergeMethod,
  FakePullRequest,
} from '../types.js'
import { isoSeconds, objectType, resolveTree, writeCommit, type Signature } from './objects.js'
import { listRefs, readRef } from './refs.js'
import { git, gitSync } from './runner.js'
import { buildTree, snapshotTree, type SnapshotFile, type TreeChange } from './tree-build.js'

/** Pull request state kept beside the git data; head and base are branch names. */
export interface PullState extends FakePullRequest {
  id: number
  maintainerCanModify: boolean
  /** Head SHA when last seen, shown once the head branch is gone (and kept once merged). */
  headSha: string
  /** Reads of the merge state still to answer UNKNOWN. */
  unknownReads: number
  /** `base:head` SHAs the merge state was last read at: when they move, GitHub computes again. */
  mergeStateSeenAt: string
}

/** An issue kept beside the git data (numbers shared with the pull requests). */
export interface IssueState extends FakeIssue {
  id: number
  /** Searches still to go before `GET /search/issues` finds it (the index lags). */
  searchHiddenFor: number
}

/** A commit status as GitHub keeps it, newest last per commit. */
export interface CommitStatusState extends Required<FakeCommitStatus> {
  id: number
  creator: string
  createdAt: string
  updatedAt: string
}

/** A repository label: created on first use, or by `POST /repos/{o}/{r}/labels`. */
export interface LabelState {
  name: string
  color: string
  description: string | null
}

/** A milestone of a repository (its own number sequence). */
export interface MilestoneState {
  id: number
  number: number
  title: string
  description: string | null
  state: 'open' | 'closed'
  dueOn: string | null
  creator: string
  createdAt: string
  updatedAt: string
}

/** A comment or label id, unique across the server like GitHub's. */
let lastObjectId = 1000
export function nextObjectId(): number {
  lastObjectId += 1
  return lastObjectId
}

export class FakeRepo {
  readonly pulls: PullState[] = []
  readonly issues: IssueState[] = []
  readonly milestones: MilestoneState[] = []
  /** Labels by name, in the order they were made. */
  readonly labels = new Map<string, LabelState>()
  /** Branch name -> protection. */
  readonly protection = new Map<string, FakeBranchProtection>()
  /** Commit SHA -> its statuses, oldest first. */
  readonly statuses = new Map<string, CommitStatusState[]>()
  /** `base..head` -> the tree `git merge-tree` made, or null for a conflict. */
  readonly mergeTrees = new Map<string, string | null>()
  /** The "Allow auto-merge" setting. */
  allowAutoMerge = false
  /** Users who can be assigned; null: anyone. */
  collaborators: Set<string> | null = null
  mergeMethods = new Set<FakeMergeMethod>(['merge', 'squash', 'rebase'])
  preReceiveHooks = false
  mergeStateUnknownReads = 0
  issuesPermission: 'read' | 'write' = 'write'
  hasIssues = true
  searchIndexLag = 0
  /** Issue and pull request numbers share one sequence, as on GitHub. */
  private lastNumber = 0

  constructor(
    readonly id: number,
    readonly owner: string,
    readonly name: string,
    readonly gitDir: string,
    readonly defaultBranch: string,
    readonly isPrivate: boolean,
    readonly readOnly: boolean,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  nextNumber(): number {
    this.lastNumber += 1
    return this.lastNumber
  }

  /** SHA a fully qualified ref points to, or undefined. */
  async refSha(ref: string): Promise<string | undefined> {
    return readRef(this.gitDir, ref)
  }

  async branchSha(branch: string): Promise<string | undefined> {
    return this.refSha(`refs/heads/${branch}`)
  }

  /** True while the repository has no commit at all (created `empty`, nothing pushed yet). */
  async isEmpty(): Promise<boolean> {
    return (await listRefs(this.gitDir, 'refs/')).length === 0
  }

  /** Fully qualified refs under a prefix (e.g. `refs/heads/`), sorted by name, with their SHAs. */
  async listRefs(prefix: string): Promise<{ ref: string; sha: string; type: string }[]> {
    const refs = await listRefs(this.gitDir, prefix)
    return Promise.all(refs.map(async (r) => ({ ...r, type: (await objectType(this.gitDir, r.sha)) ?? 'commit' })))
  }

  /**
   * Moves a ref from `expectedOld` (undefined: it must not exist) to `sha`. Compare-and-swap,
   * so two writers racing on one branch cannot both win. False when the ref moved meanwhile.
   */
  async updateRef(ref: string, sha: string, expectedOld: string | undefined): Promise<boolean> {
    try {
      await git(this.gitDir, ['update-ref', ref, sha, expectedOld ?? '0'.repeat(40)])
      return true
    } catch {
      return false
    }
  }

  /**
   * Applies ref updates in one transaction (`git update-ref --stdin`): each moves `ref` to
   * `after` (null deletes it) only while it points at `before` (null: it must not exist;
   * undefined: anywhere). All or none; false when any of them was refused.
   */
  async updateRefs(updates: readonly { ref: string; after: string | null; before?: string | null }[]): Promise<boolean> {
    const zero = '0'.repeat(40)
    const old = (before: string | null | undefined) => (before === undefined ? '' : ` ${before ?? zero}`)
    const input = updates
      .map((u) => (u.after === null ? `delete ${u.ref}${old(u.before)}` : `update ${u.ref} ${u.after}${old(u.before)}`))
      .join('\n')
    try {
      await git(this.gitDir, ['update-ref', '--stdin'], { input: `${input}\n` })
      return true
    } catch {
      return false
    }
  }

  async deleteRef(ref: string, expectedOld: string): Promise<boolean> {
    try {
      await git(this.gitDir, ['update-ref', '-d', ref, expectedOld])
      return true
    } catch {
      return false
    }
  }
}

/** Stores a test forgot to close (or could not, having thrown): removed when the process exits. */
const undisposed = new Set<string>()
process.once('exit', () => {
  for (const root of undisposed) rmSync(root, { recursive: true, force: true })
})

/** Dates of the fake's own commits: a clock that ticks a minute per commit, so SHAs repeat run to run. */
class CommitClock {
  private ticks = 0
  next(): string {
    const ms = Date.UTC(2024, 0, 1) + this.ticks * 60_000
    this.ticks += 1
    return isoSeconds(ms)
  }
}

export class RepoStore {
  private readonly repos = new Map<string, FakeRepo>()
  private readonly clock = new CommitClock()
  private lastId = 0

  private constructor(readonly root: string) {}

  static async create(): Promise<RepoStore> {
    const store = new RepoStore(await mkdtemp(path.join(tmpdir(), 'fake-github-')))
    undisposed.add(store.root)
    return store
  }

  get(owner: string, name: string): FakeRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  byFullName(fullName: string): FakeRepo {
    const [owner, name] = fullName.split('/')
    const repo = owner && name ? this.get(owner, name) : undefined
    if (!repo) throw new Error(`fake-github: no repository ${fullName}`)
    return repo
  }

  all(): FakeRepo[] {
    return [...this.repos.values()]
  }

  /** Creates a bare repository whose default branch holds `files` in one commit. */
  async createRepository(
    fullName: string,
    files: string | Record<string, string>,
    options: CreateRepositoryOptions = {},
  ): Promise<{ repo: FakeRepo; headSha: string | null }> {
    const [owner, name, ...rest] = fullName.split('/')
    if (!owner || !name || rest.length > 0) throw new Error(`fake-github: repository name must be owner/name, got ${fullName}`)
    if (this.get(owner, name)) throw new Error(`fake-github: repository ${fullName} already exists`)
    const branch = options.defaultBranch ?? 'main'
    const gitDir = path.join(this.root, owner, `${name}.git`)
    mkdirSync(gitDir, { recursive: true })
    await git(gitDir, ['init', '--bare', '--quiet', `--initial-branch=${branch}`])
    this.lastId += 1
    const repo = new FakeRepo(this.lastId, owner, name, gitDir, branch, options.private ?? false, options.readOnly ?? false)
    repo.allowAutoMerge = options.allowAutoMerge ?? false
    for (const [branch, protection] of Object.entries(options.protection ?? {})) repo.protection.set(branch, protection)
    if (options.mergeMethods) repo.mergeMethods = new Set(options.mergeMethods)
    repo.preReceiveHooks = options.preReceiveHooks ?? false
    repo.mergeStateUnknownReads = options.mergeStateUnknownReads ?? 0
    repo.issuesPermission = options.issuesPermission ?? 'write'
    repo.hasIssues = options.hasIssues ?? true
    repo.searchIndexLag = options.searchIndexLag ?? 0
    repo.collaborators = options.collaborators ? new Set(options.collaborators.map((c) => c.toLowerCase())) : null
    ;(options.milestones ?? []).forEach((title, i) => {
      // A fixed date: the commit clock must tick only for commits, so their SHAs stay the same.
      const at = '2024-01-01T00:00:00Z'
      repo.milestones.push({
        id: nextObjectId(),
        number: i + 1,
        title,
        description: null,
        state: 'open',
        dueOn: null,
        creator: owner,
        createdAt: at,
        updatedAt: at,
      })
    })
    const listed = typeof files === 'string' ? filesOfDirectory(files) : filesOfRecord(files)
    if (options.empty) {
      if (listed.size > 0) throw new Error(`fake-github: the empty repository ${fullName} cannot have files`)
      this.repos.set(fullName.toLowerCase(), repo)
      return { repo, headSha: null }
    }
    const prefix = (options.prefix ?? '').replace(/^\/+|\/+$/g, '')
    const placed = prefix ? new Map([...listed].map(([p, f]) => [`${prefix}/${p}`, f])) : listed
    const tree = await snapshotTree(gitDir, placed)
    const headSha = await writeCommit(gitDir, { message: 'Initial commit', tree, parents: [] }, this.clock.next())
    await git(gitDir, ['update-ref', `refs/heads/${branch}`, headSha])
    this.repos.set(fullName.toLowerCase(), repo)
    return { repo, headSha }
  }

  /** Commits changes onto a branch (created from the default branch if missing), as a push would. */
  async pushCommit(
    fullName: string,
    branch: string,
    files: Record<string, string | null>,
    message: string,
    identity: { author?: Partial<Signature>; committer?: Partial<Signature> } = {},
  ): Promise<string> {
    const repo = this.byFullName(fullName)
    const old = await repo.branchSha(branch)
    const parent = old ?? (await repo.branchSha(repo.defaultBranch))
    const baseTree = parent ? await resolveTree(repo.gitDir, parent) : undefined
    const changes: TreeChange[] = Object.entries(files).map(([p, content]) =>
      content === null ? { path: p, mode: '100644', type: 'blob', sha: null } : { path: p, mode: '100644', type: 'blob', content },
    )
    const tree = await buildTree(repo.gitDir, baseTree, changes)
    const sha = await writeCommit(repo.gitDir, { message, tree, parents: parent ? [parent] : [], ...identity }, this.clock.next())
    if (!(await repo.updateRef(`refs/heads/${branch}`, sha, old))) {
      throw new Error(`fake-github: ${fullName} ${branch} moved while pushing`)
    }
    return sha
  }

  gitSync(fullName: string, args: string[]): string {
    return gitSync(this.byFullName(fullName).gitDir, args)
  }

  async dispose(): Promise<void> {
    undisposed.delete(this.root)
    await rm(this.root, { recursive: true, force: true })
  }
}

function filesOfRecord(files: Record<string, string>): Map<string, SnapshotFile> {
  return new Map(Object.entries(files).map(([p, content]) => [p, { mode: '100644', content: Buffer.from(content, 'utf8') }]))
}

/** Every file under a folder (skipping `.git`), keeping the executable bit and symlinks as git would. */
function filesOfDirectory(root: string): Map<string, SnapshotFile> {
  const files = new Map<string, SnapshotFile>()
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === '.git') continue
      const abs = path.join(dir, entry.name)
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name
      const stat = lstatSync(abs)
      if (stat.isDirectory()) visit(abs, rel)
      else if (stat.isSymbolicLink()) files.set(rel, { mode: '120000', content: Buffer.from(readlinkSync(abs)) })
      else if (stat.isFile()) files.set(rel, { mode: stat.mode & 0o111 ? '100755' : '100644', diskPath: abs })
    }
  }
  visit(path.resolve(root), '')
  return files
}
