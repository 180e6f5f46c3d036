// A pull request's merge state as GitHub computes it (GraphQL `mergeStateStatus` and
// `mergeable`, REST `mergeable_state` and `mergeable`): from a three-way merge of base and
// head, the base branch's protection (required status checks, required approving reviews,
// "up to date" strictness), the commit statuses on the head and the reviews. The docs'
// definitions (docs.github.com/graphql/reference/enums#mergestatestatus): DIRTY, the merge
// commit cannot be cleanly created; BLOCKED, the merge is blocked; BEHIND, the head ref is out
// of date; UNSTABLE, mergeable with a non-passing commit status; HAS_HOOKS, mergeable with
// passing status and pre-receive hooks; CLEAN, mergeable and passing; UNKNOWN, not determined yet.
import type { CommitStatusState, FakeRepo, PullState } from '../git/repo-store.js'
import { isAncestor } from '../git/objects.js'
import { mergeTree } from '../git/merge.js'
import type { FakeMergeStateStatus } from '../types.js'

export type ReviewDecision = 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED'

export interface MergeState {
  status: FakeMergeStateStatus
  /** REST `mergeable`: false on a conflict, null while unknown. */
  mergeable: boolean | null
  /** GraphQL `reviewDecision`: null when the base branch requires no review. */
  reviewDecision: ReviewDecision | null
  /** GitHub's 405 message when the base branch's protection refuses the merge now. */
  protectionRefusal?: string
  /** What the state was computed on (absent for a closed pull request or a missing base). */
  baseSha?: string
  headSha?: string
  /** The tree of the merge of base and head, when they merge cleanly. */
  tree?: string
}

const UNKNOWN: MergeState = { status: 'UNKNOWN', mergeable: null, reviewDecision: null }

/** Where the pull request's head is now: its branch, or the last head seen once it is gone or merged. */
export async function currentHead(repo: FakeRepo, pull: PullState): Promise<string> {
  if (pull.merged) return pull.headSha
  return (await repo.branchSha(pull.head)) ?? pull.headSha
}

/** The merge state as it is (what a merge checks). */
export async function computeMergeState(repo: FakeRepo, pull: PullState): Promise<MergeState> {
  if (pull.state !== 'open') return UNKNOWN
  const baseSha = await repo.branchSha(pull.base)
  if (!baseSha) return UNKNOWN
  const headSha = await currentHead(repo, pull)
  const protection = repo.protection.get(pull.base)
  const reviews = reviewOutcome(pull, headSha, protection?.requiredApprovingReviews ?? null)
  const tree = await cachedMergeTree(repo, baseSha, headSha)
  const at = { baseSha, headSha, reviewDecision: reviews.decision }
  if (tree === null) return { ...at, status: 'DIRTY', mergeable: false }
  if (pull.draft) return { ...at, status: 'DRAFT', mergeable: true, tree }

  const latest = latestStatuses(repo, headSha)
  const contexts = protection?.requiredStatusChecks?.contexts ?? []
  const strict = protection?.requiredStatusChecks?.strict === true
  const behind = !(await isAncestor(repo.gitDir, baseSha, headSha))
  const outcomes = contexts.map((context) => ({ context, outcome: checkOutcome(latest.get(context.toLowerCase())) }))
  const checksPass = outcomes.every((o) => o.outcome === 'success')
  // With "Require branches to be up to date", a head behind its base has every required check expected.
  const heldBehind = strict && behind && contexts.length > 0
  const refusal =
    reviews.refusal ?? checksRefusal(heldBehind ? outcomes.map((o) => ({ ...o, outcome: 'expected' as const })) : outcomes, contexts.length)
  const state = { ...at, mergeable: true, tree, ...(refusal ? { protectionRefusal: refusal } : {}) }
  if (reviews.refusal || !checksPass) return { ...state, status: 'BLOCKED' }
  if (heldBehind) return { ...state, status: 'BEHIND' }
  const required = new Set(contexts.map((c) => c.toLowerCase()))
  const others = [...latest].filter(([context]) => !required.has(context))
  if (others.some(([, status]) => status.state !== 'success')) return { ...state, status: 'UNSTABLE' }
  return { ...state, status: repo.preReceiveHooks ? 'HAS_HOOKS' : 'CLEAN' }
}

/**
 * The merge state as a client reads it: UNKNOWN for the reads GitHub is still computing (after
 * the pull request opened, or its head or base moved, for the repository's
 * `mergeStateUnknownReads`; or as many as `setMergeStateUnknown` asked), then the state itself.
 */
export async function readMergeState(repo: FakeRepo, pull: PullState): Promise<MergeState> {
  if (pull.state === 'open') {
    const seenAt = `${(await repo.branchSha(pull.base)) ?? ''}:${await currentHead(repo, pull)}`
    if (seenAt !== pull.mergeStateSeenAt) {
      pull.mergeStateSeenAt = seenAt
      pull.unknownReads = Math.max(pull.unknownReads, repo.mergeStateUnknownReads)
    }
  }
  if (pull.unknownReads > 0) {
    pull.unknownReads -= 1
    return UNKNOWN
  }
  return computeMergeState(repo, pull)
}

async function cachedMergeTree(repo: FakeRepo, base: string, head: string): Promise<string | null> {
  const key = `${base}..${head}`
  if (!repo.mergeTrees.has(key)) repo.mergeTrees.set(key, await mergeTree(repo.gitDir, base, head))
  return repo.mergeTrees.get(key)!
}

/** The newest status of each context on a commit (GitHub's combined status), by context in lower case (contexts are case-insensitive). */
export function latestStatuses(repo: FakeRepo, sha: string): Map<string, CommitStatusState> {
  const latest = new Map<string, CommitStatusState>()
  for (const status of repo.statuses.get(sha) ?? []) latest.set(status.context.toLowerCase(), status)
  return latest
}

type CheckOutcome = 'success' | 'expected' | 'pending' | 'failing'

function checkOutcome(status: CommitStatusState | undefined): CheckOutcome {
  if (!status) return 'expected'
  if (status.state === 'success') return 'success'
  return status.state === 'pending' ? 'pending' : 'failing'
}

const VERB: Record<Exclude<CheckOutcome, 'success'>, string> = { expected: 'expected', pending: 'in progress', failing: 'failing' }

/**
 * GitHub's 405 wording for required checks that have not succeeded: one named (`Required status
 * check "ci" is expected.`), several counted (`2 of 3 required status checks are expected.`),
 * mixed ones listed (`2 of 2 required status checks have not succeeded: 1 expected and 1 failing.`).
 */
function checksRefusal(outcomes: { context: string; outcome: CheckOutcome }[], required: number): string | undefined {
  const failed = outcomes.filter((o): o is { context: string; outcome: Exclude<CheckOutcome, 'success'> } => o.outcome !== 'success')
  if (failed.length === 0) return undefined
  if (failed.length === 1) return `Required status check "${failed[0].context}" is ${VERB[failed[0].outcome]}.`
  const kinds = [...new Set(failed.map((f) => f.outcome))]
  if (kinds.length === 1) return `${failed.length} of ${required} required status checks are ${VERB[kinds[0]]}.`
  const counts = kinds.map((kind) => `${failed.filter((f) => f.outcome === kind).length} ${kind}`)
  return `${failed.length} of ${required} required status checks have not succeeded: ${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}.`
}

/**
 * The reviews' part: each reviewer's latest approving or change-requesting review counts (with
 * `dismissStaleReviews`, only those given on the current head).
 */
function reviewOutcome(
  pull: PullState,
  headSha: string,
  required: { count: number; dismissStaleReviews?: boolean } | null,
): { decision: ReviewDecision | null; refusal?: string } {
  if (!required) return { decision: null }
  const latest = new Map<string, PullState['reviews'][number]>()
  for (const review of pull.reviews) {
    if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED') {
      latest.set(review.user.toLowerCase(), review)
    }
  }
  const counted = [...latest.values()].filter((r) => !required.dismissStaleReviews || r.commitId === headSha)
  const approvals = counted.filter((r) => r.state === 'APPROVED').length
  const decision: ReviewDecision = counted.some((r) => r.state === 'CHANGES_REQUESTED')
    ? 'CHANGES_REQUESTED'
    : approvals >= required.count
      ? 'APPROVED'
      : 'REVIEW_REQUIRED'
  if (approvals >= required.count && decision !== 'CHANGES_REQUESTED') return { decision }
  const n = required.count
  return {
    decision,
    refusal:
      decision === 'CHANGES_REQUESTED'
        ? 'Changes requested by a reviewer with write access.'
        : `At least ${n} approving review${n === 1 ? ' is' : 's are'} required by reviewers with write access.`,
  }
}
