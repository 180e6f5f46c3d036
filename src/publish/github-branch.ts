import { refuseBaseBranch } from './base-branch-rule.js'
import type { ChangePlan } from '../plan/plan-changes.js'
import type { GitHubRepoApi } from './github-api.js'
import type { BaseState } from './github-snapshot.js'
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
 * base head, its message marked with the sync's trailer (the guard recognises it next time).
 */
export async function createSyncCommit(
  api: GitHubRepoApi,
  base: BaseState,
  plan: ChangePlan,
  targetPath: string,
  message: string,
  desired: DesiredHead,
  logger: Logger,
): Promise<string> {
  const modes = new Map(base.listing.map((e) => [e.path, e.mode] as const))
  type Item = { path: string; mode: '100644' | '100755'; type: 'blob'; content?: string; sha?: string | null }
  const items: Item[] = []
  for (const page of [...plan.add, ...plan.update]) {
    const path = joinTargetPath(targetPath, page.path)
    items.push({ path, mode: modes.get(path) === '100755' ? '100755' : '100644', type: 'blob', content: page.content })
  }
  for (const page of plan.delete) {
    const path = joinTargetPath(targetPath, page.path)
    items.push({ path, mode: modes.get(path) === '100755' ? '100755' : '100644', type: 'blob', sha: null })
  }
  const tree = await api.call('create the tree', 'write', () =>
    api.client.rest.git.createTree({ owner: api.owner, repo: api.repo, base_tree: base.treeSha, tree: items }),
  )
  if (tree.data.sha !== desired.treeSha) {
    // Harmless (GitHub's SHA is the truth) but it means reruns cannot recognise this tree.
    logger.warning(`tree SHA computed locally (${desired.treeSha}) differs from GitHub's (${tree.data.sha})`)
  }
  const commit = await api.call('create the commit', 'write', () =>
    api.client.rest.git.createCommit({
      owner: api.owner,
      repo: api.repo,
      message: markSyncCommit(message),
      tree: tree.data.sha,
      parents: [base.commitSha],
    }),
  )
  return commit.data.sha
}

/**
 * Points the sync branch at `commitSha`: created, or force-updated when it exists. When it
 * already exists and holds the desired commit (another run got there first), it is left as is
 * and its head returned. An existing branch found on `create` is only replaced once `guard`
 * has accepted its head (it throws for someone else's commit); on `update` the caller has
 * checked the head already.
 */
export async function pointSyncBranch(
  api: GitHubRepoApi,
  branch: string,
  base: BaseState,
  commitSha: string,
  mode: 'create' | 'update',
  desired: DesiredHead,
  guard: (head: BranchCommit) => void,
): Promise<string> {
  refuseBaseBranch(branch, base.branch, api.fullName)
  const { owner, repo } = api
  const force = () =>
    api.call('update the sync branch', 'write', () =>
      api.client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commitSha, force: true }),
    )
  if (mode === 'update') {
    await force()
    return commitSha
  }
  const created = await api.attempt('create the sync branch', 'write', [422], () =>
    api.client.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commitSha }),
  )
  if (created.ok) return commitSha
  // 422: the branch exists without an open pull request (left over, or a concurrent run).
  const ref = await api.call('read the sync branch', 'read', () => api.client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }))
  const head = await readCommitShape(api, ref.data.object.sha)
  if (isDesired(head, desired)) return head.sha
  guard(head)
  await force()
  return commitSha
}
