// Merging a pull request for real: GitHub's refusals in its words and order, then a merge
// commit, a squash commit or rebased commits written into the bare repository and the base
// branch moved by compare-and-swap, and the pull request marked merged and closed. The REST
// merge endpoint and auto-merge both merge through here.
import { isoSeconds, readCommit, writeCommit, type Signature } from '../git/objects.js'
import { commitsBetween, rebaseOnto } from '../git/merge.js'
import type { FakeRepo, PullState } from '../git/repo-store.js'
import { idOf } from '../rest/repos.js'
import type { FakeMergeMethod } from '../types.js'
import { computeMergeState } from './state.js'

export interface MergeRequest {
  method: FakeMergeMethod
  /** The head the client expects (`sha`): a head that moved since is refused with 409. */
  sha?: string
  title?: string
  message?: string
  /** Who merges (the token's owner, or who turned auto-merge on). */
  actor: string
}

export type MergeOutcome = { merged: true; sha: string } | { merged: false; status: 405 | 409; message: string }

/** Who GitHub's web commits are by: the committer of merge, squash and rebased commits. */
export const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' }

const METHOD_NOT_ALLOWED: Record<FakeMergeMethod, string> = {
  merge: 'Merge commits are not allowed on this repository.',
  squash: 'Squash merges are not allowed on this repository.',
  rebase: 'Rebase merges are not allowed on this repository.',
}

const refuse = (message: string, status: 405 | 409 = 405): MergeOutcome => ({ merged: false, status, message })

/**
 * Merges, or says why not: a closed or merged pull request, a draft, a conflict (405), a head
 * that is not `sha` (409), a method the repository does not allow, the base branch's protection
 * (its required reviews, then its required checks), a rebase that does not apply, or a base that
 * moved during the merge (405).
 */
export async function mergePull(repo: FakeRepo, pull: PullState, request: MergeRequest): Promise<MergeOutcome> {
  if (pull.state !== 'open') return refuse('Pull Request is not mergeable')
  if (pull.draft) return refuse('Pull Request is still a draft')
  const state = await computeMergeState(repo, pull)
  if (!state.baseSha || !state.headSha) return refuse('Base branch no longer exists')
  if (state.status === 'DIRTY' || !state.tree) return refuse('Pull Request is not mergeable')
  if (request.sha !== undefined && request.sha !== state.headSha)
    return refuse('Head branch was modified. Review and try the merge again.', 409)
  if (!repo.mergeMethods.has(request.method)) return refuse(METHOD_NOT_ALLOWED[request.method])
  if (state.protectionRefusal) return refuse(state.protectionRefusal)

  const now = isoSeconds(Date.now())
  const author: Signature = { name: request.actor, email: `${idOf(request.actor)}+${request.actor}@users.noreply.github.com`, date: now }
  const committer: Signature = { ...GITHUB_COMMITTER, date: now }
  let sha: string | null
  if (request.method === 'rebase') {
    sha = await rebaseOnto(repo.gitDir, state.baseSha, state.headSha, committer)
    if (!sha) return refuse("This branch can't be rebased")
  } else {
    const message = await commitMessage(repo, pull, request, state.baseSha, state.headSha)
    const parents = request.method === 'merge' ? [state.baseSha, state.headSha] : [state.baseSha]
    sha = await writeCommit(repo.gitDir, { message, tree: state.tree, parents, author, committer }, now)
  }
  if (!(await repo.updateRef(`refs/heads/${pull.base}`, sha, state.baseSha))) {
    return refuse('Base branch was modified. Review and try the merge again.')
  }
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    mergedAt: now,
    mergedBy: request.actor,
    mergeCommitSha: sha,
    headSha: state.headSha,
    closedAt: now,
    updatedAt: now,
    autoMerge: null,
  } satisfies Partial<PullState>)
  return { merged: true, sha }
}

/**
 * GitHub's default messages, each part replaceable by `commit_title` and `commit_message`: a
 * merge commit says `Merge pull request #N from owner/branch` over the pull request's title; a
 * squash commit is titled `<title> (#N)` over the squashed commits' messages as a list.
 */
async function commitMessage(repo: FakeRepo, pull: PullState, request: MergeRequest, base: string, head: string): Promise<string> {
  let title: string
  let body: string
  if (request.method === 'merge') {
    title = `Merge pull request #${pull.number} from ${repo.owner}/${pull.head}`
    body = pull.title
  } else {
    title = `${pull.title} (#${pull.number})`
    const commits = await Promise.all((await commitsBetween(repo.gitDir, base, head)).map((sha) => readCommit(repo.gitDir, sha)))
    body = commits.map((c) => `* ${(c?.message ?? '').trim()}`).join('\n\n')
  }
  title = request.title ?? title
  body = request.message ?? body
  return body === '' ? title : `${title}\n\n${body}`
}
