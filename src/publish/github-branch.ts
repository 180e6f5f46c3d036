import { refuseBaseBranch } from './base-branch-rule.js'
import type { ChangePlan } from '../plan/plan-changes.js'
import type { GitHubRepoApi } from '../github/repository-api.js'
import { git, type TreeItem } from '../github/git-database.js'
import type { BaseState } from './github-snapshot.js'
import type { PublishRequest } from './site.js'
import { treeShaAfter } from './git-tree.js'
import { joinTargetPath } from './target-path.js'
import { type Logger } from '../shared/logger.js'
import { markSyncCommit, readBranchCommit, type BranchCommit } from './sync-branch-guard.js'

/** What the sync branch must hold: one commit on the base head whose tree is `treeSha`. */
export interface DesiredHead {
  baseSha: string
  treeSha: string
}

/** The tree SHA the plan yields on the base, computed locally so a rerun can compare first. */
export function desiredHead(base: BaseState, plan: ChangePlan, targetPath: string): DesiredHead {
  const changes = new Map<string, string | null>()
  for (const page of [...plan.add, ...plan.update]) changes.set(joinTargetPath(targetPath, page.path), page.sha)
  for (const page of plan.delete) changes.set(joinTargetPath(targetPath, page.path), null)
  return { baseSha: base.commitSha, treeSha: treeShaAfter(base.treeSha, base.listing, changes) }
}

/** What `holdsDesired` compares of a commit (tree, parents), and what the branch guard reads of it (message, author). */
export type CommitShape = BranchCommit

/** One read of a sync-branch commit: its shape for `isDesired`, its message and author for the guard. */
export async function readCommitShape(api: GitHubRepoApi, commitSha: string): Promise<CommitShape> {
  return readBranchCommit(api, commitSha)
}

/** True when the commit is exactly the desired one: the desired tree, one parent, the base head. */
export function isDesired(commit: CommitShape, desired: DesiredHead): boolean {
  return commit.treeSha === desired.treeSha && commit.parents.length === 1 && commit.parents[0] === desired.baseSha
}

/** True when `commitSha` is exactly the desired commit (one read). */
export async function holdsDesired(api: GitHubRepoApi, commitSha: string, desired: DesiredHead): Promise<boolean> {
  return isDesired(await readCommitShape(api, commitSha), desired)
}

/**
 * Writes the plan as one tree (inline contents, deletions as `sha: null`) and one commit on the
 * base head, its message marked with the sync's trailer and the marks only its own commits
 * carry: the tree it wrote and the digest of the pages (`pages`, see declined-pull.ts).
 */
export async function createSyncCommit(
  api: GitHubRepoApi,
  base: BaseState,
  plan: ChangePlan,
  targetPath: string,
  request: Pick<PublishRequest, 'commitMessage' | 'source'>,
  desired: DesiredHead,
  pages: string,
  logger: Logger,
): Promise<string> {
  const modes = new Map(base.listing.map((e) => [e.path, e.mode] as const))
  const items: TreeItem[] = []
  for (const page of [...plan.add, ...plan.update]) {
    const path = joinTargetPath(targetPath, page.path)
    items.push({ path, mode: modes.get(path) === '100755' ? '100755' : '100644', type: 'blob', content: page.content })
  }
  for (const page of plan.delete) {
    const path = joinTargetPath(targetPath, page.path)
    items.push({ path, mode: modes.get(path) === '100755' ? '100755' : '100644', type: 'blob', sha: null })
  }
  const tree = await api.call('create the tree', git.createTree(base.treeSha, items))
  if (tree.sha !== desired.treeSha) {
    // Harmless (GitHub's SHA is the truth) but it means reruns cannot recognise this tree.
    logger.warning(`tree SHA computed locally (${desired.treeSha}) differs from GitHub's (${tree.sha})`)
  }
  // No author or committer: GitHub writes the token's identity as both (and signs the commit
  // for an App token), which is what the guard recognises; a custom one would forgo the signature.
  const message = markSyncCommit(request.commitMessage, { treeSha: tree.sha, pages }, request.source)
  const commit = await api.call('create the commit', git.createCommit(message, tree.sha, [base.commitSha]))
  return commit.sha
}

// Moving the branch without a read-then-write race. The sync rebuilds its branch on the base
// head, so each move replaces the previous sync commit by one that does not descend from it:
// never a fast-forward. REST's `PATCH .../git/refs/heads/<branch>` would need `force: true`, and
// that moves the branch from wherever it is by then: a commit pushed after the guard read the
// head (the head is read early, before rendering and crediting) is lost. GraphQL `updateRefs`
// (git.swapBranch) takes the head the move starts from and GitHub applies the update only while
// the branch still points there.

/** How often a refused move re-reads the branch and decides again before the run stops. */
export const BRANCH_RETRIES = 2

type Swap = { ok: true } | { ok: false; reason: string }

/** Points the branch at `to` (null: deletes it) only while it points at `from`. */
async function swapBranch(api: GitHubRepoApi, branch: string, from: string, to: string | null, step: string): Promise<Swap> {
  const { nodeId } = await api.repository()
  try {
    await api.call(step, git.swapBranch(nodeId, branch, from, to))
    return { ok: true }
  } catch (error) {
    // GitHub answered and refused (a moved head, or another reason): the caller reads the branch
    // again to tell which, so no error text is relied on.
    const errors = (error as { errors?: { message?: unknown }[] }).errors
    if (!Array.isArray(errors) || errors.length === 0) throw error
    return { ok: false, reason: errors.map((e) => String(e.message)).join('; ') }
  }
}

/** Creates the branch at `to`; GitHub refuses (422) when it exists, which makes creating a compare-and-swap too. */
async function createBranch(api: GitHubRepoApi, branch: string, to: string): Promise<Swap> {
  const created = await api.attempt('create the sync branch', [422], git.createBranch(branch, to))
  return created.ok ? { ok: true } : { ok: false, reason: `${created.status} from creating it` }
}

/** The branch's head SHA now; null when there is no such branch. */
async function readBranchSha(api: GitHubRepoApi, branch: string): Promise<string | null> {
  const ref = await api.attempt('read the sync branch', [404], git.getBranch(branch))
  return ref.ok ? ref.value.object.sha : null
}

/** What moving the sync branch needs besides the commit. */
export interface BranchMove {
  branch: string
  base: BaseState
  /** The sync commit the branch is to point at. */
  commitSha: string
  desired: DesiredHead
  /** The head the caller read and guarded, which the move starts from; null: the branch should not exist yet. */
  head: CommitShape | null
  /** Checks a head read again after a refusal; throws for one the sync may not replace. */
  guard: (head: CommitShape) => void
  /** The error once the head moved on every try. */
  keptMoving: (head: CommitShape, tries: number) => Error
}

/**
 * Points the sync branch at the new commit, from the head that was checked and from no other:
 * created when it should not exist, else swapped. When GitHub refuses because the branch is
 * somewhere else by now, the head is read again and judged again (it may hold the desired commit
 * already, from another run; someone else's commit stops the run through `guard`), at most
 * BRANCH_RETRIES times; then the run stops. Returns the branch's head.
 */
export async function moveSyncBranch(api: GitHubRepoApi, move: BranchMove): Promise<string> {
  refuseBaseBranch(move.branch, move.base.branch, api.fullName)
  let head = move.head
  for (let tries = 1; ; tries++) {
    const swap = head
      ? await swapBranch(api, move.branch, head.sha, move.commitSha, 'move the sync branch')
      : await createBranch(api, move.branch, move.commitSha)
    if (swap.ok) return move.commitSha
    const sha = await readBranchSha(api, move.branch)
    if (sha === (head?.sha ?? null)) {
      throw new Error(`GitHub refused to point the sync branch '${move.branch}' of ${api.fullName} at the sync commit (${swap.reason})`)
    }
    const now = sha === null ? null : await readCommitShape(api, sha)
    if (now && isDesired(now, move.desired)) return now.sha
    if (now && tries > BRANCH_RETRIES) throw move.keptMoving(now, tries)
    if (now) move.guard(now)
    head = now
  }
}

/**
 * Deletes the sync branch while it still points at `headSha`, the commit the run checked before
 * closing its pull request. Returns whether it is gone; a branch that moved meanwhile is left,
 * with a warning.
 */
export async function deleteSyncBranch(api: GitHubRepoApi, branch: string, headSha: string, logger: Logger): Promise<boolean> {
  const swap = await swapBranch(api, branch, headSha, null, 'delete the sync branch')
  if (swap.ok) return true
  const sha = await readBranchSha(api, branch)
  if (sha === null) {
    logger.info(`the sync branch '${branch}' was already gone`)
    return true
  }
  logger.warning(
    sha === headSha
      ? `the sync branch '${branch}' was not deleted: GitHub refused (${swap.reason})`
      : `the sync branch '${branch}' was not deleted: it moved to ${sha.slice(0, 7)} after this run checked it`,
  )
  return false
}
