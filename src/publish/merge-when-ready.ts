// `auto-merge: merge|squash|rebase`, as the site's maintainers mean it: the pull request goes in
// without anyone's hand as soon as GitHub allows. GitHub's auto-merge alone cannot do that: it
// refuses a pull request that could be merged now ("Pull request is in clean status", or
// "unstable" when no required check is pending, or "Protected branch rules not configured" on a
// branch without protection), which is exactly the website's main branch. So the run reads the
// merge state and merges at once when nothing is pending, and turns auto-merge on when checks or
// reviews are. Nothing here may fail a sync whose pages were published: a refusal is one warning
// and the pull request stays open.
import { setTimeout as sleep } from 'node:timers/promises'
import { pulls, type PullMergeState } from '../github/pulls.js'
import type { GitHubRepoApi } from '../github/repository-api.js'
import type { Logger } from '../shared/logger.js'
import type { AutoMergeMethod } from '../shared/option-values.js'

/** What the run did about merging: merged now, left to GitHub's auto-merge, or left open (a warning says why). */
export type MergeOutcome = 'merged' | 'auto-merge-enabled' | 'left-open'

export interface MergeResult {
  outcome: MergeOutcome
  /** The merge method auto-merge is on with; null when it is off (also after a merge). */
  autoMerge: string | null
}

/** The pull request to merge, and the head the run checked or pushed: only that commit is merged. */
export interface MergeTarget {
  number: number
  nodeId: string
  headSha: string
}

/** Merge states where GitHub merges at once: nothing required is pending or failing. */
const READY = new Set(['CLEAN', 'UNSTABLE', 'HAS_HOOKS'])

/**
 * enablePullRequestAutoMerge's refusals that mean "nothing to wait for, merge it": the states
 * above in its words, and a base branch without protection rules (nothing can be required).
 */
const NOTHING_TO_WAIT_FOR = /is in (clean|unstable|has_hooks) status|Protected branch rules not configured/i

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]

/**
 * Merges the pull request now when GitHub would (CLEAN, UNSTABLE, HAS_HOOKS), naming the head
 * SHA so that a commit pushed in between is never merged unseen; turns auto-merge on while
 * checks or reviews are pending (BLOCKED, BEHIND, a draft); rereads a state GitHub is still
 * computing (UNKNOWN) a few times, then lets auto-merge's answer decide. One request to read,
 * one or two to act.
 */
export async function mergeWhenReady(
  api: GitHubRepoApi,
  target: MergeTarget,
  method: AutoMergeMethod,
  options: { logger: Logger; rereadsMs: readonly number[] },
): Promise<MergeResult> {
  const { logger } = options
  const leftOpen = (why: string): MergeResult => {
    logger.warning(`pull request #${target.number} left open (auto-merge: ${method}): ${why}`)
    return { outcome: 'left-open', autoMerge: null }
  }
  const state = await settledState(api, target.nodeId, options.rereadsMs, logger)
  const status = state?.mergeStateStatus ?? 'UNKNOWN'
  if (state && state.state !== 'OPEN') return leftOpen(`it is no longer open (GitHub: ${state.state})`)
  if (READY.has(status)) return mergeNow(api, target, method, status, logger, leftOpen)
  if (status === 'DIRTY') return leftOpen('it conflicts with the base branch (GitHub: DIRTY)')

  const enabled = await enableAutoMerge(api, target.nodeId, method)
  if (enabled.ok) {
    logger.info(`auto-merge (${method}) turned on for pull request #${target.number}: GitHub merges it once ${waitsFor(state)}`)
    return { outcome: 'auto-merge-enabled', autoMerge: enabled.method }
  }
  // GitHub looks at the state as it is, so its refusal tells what a read still saw as UNKNOWN.
  if (status !== 'DRAFT' && NOTHING_TO_WAIT_FOR.test(enabled.reason)) {
    return mergeNow(api, target, method, `auto-merge refused: ${enabled.reason}`, logger, leftOpen)
  }
  const hint = /not allowed/i.test(enabled.reason) ? ' (turn on "Allow auto-merge" in the repository\'s settings)' : ''
  return leftOpen(`${waitsForWhy(state)}auto-merge could not be turned on: ${enabled.reason}${hint}`)
}

/** The merge state, reread after each of `rereadsMs` while GitHub answers UNKNOWN; null when unread. */
async function settledState(
  api: GitHubRepoApi,
  nodeId: string,
  rereadsMs: readonly number[],
  logger: Logger,
): Promise<PullMergeState | null> {
  let state: PullMergeState | null = null
  for (let attempt = 0; attempt <= rereadsMs.length; attempt++) {
    if (attempt > 0) await sleep(rereadsMs[attempt - 1])
    try {
      state = await api.call('read the merge state of the pull request', pulls.mergeState(nodeId))
    } catch (error) {
      // Auto-merge's answer decides instead: a failed read is no reason to leave the pull request.
      logger.info(`could not read the merge state of the pull request: ${firstLine(error)}`)
      return null
    }
    if (state?.mergeStateStatus !== 'UNKNOWN') return state
  }
  logger.info(`GitHub was still computing the merge state after ${rereadsMs.length + 1} reads: auto-merge's answer decides`)
  return state
}

async function mergeNow(
  api: GitHubRepoApi,
  target: MergeTarget,
  method: AutoMergeMethod,
  because: string,
  logger: Logger,
  leftOpen: (why: string) => MergeResult,
): Promise<MergeResult> {
  try {
    const merged = await api.attempt('merge the pull request', [405, 409, 422], pulls.merge(target.number, target.headSha, method))
    if (!merged.ok) return leftOpen(`GitHub refused to merge it (${merged.status} ${merged.message})`)
    logger.info(`merged pull request #${target.number} (${method}, ${merged.value.sha.slice(0, 7)}): nothing was pending (${because})`)
    return { outcome: 'merged', autoMerge: null }
  } catch (error) {
    return leftOpen(`the merge failed: ${firstLine(error)}`)
  }
}

type Enabled = { ok: true; method: string } | { ok: false; reason: string }

/** Turns auto-merge on (GraphQL `enablePullRequestAutoMerge`, the only API for it), or says GitHub's reason why not. */
async function enableAutoMerge(api: GitHubRepoApi, nodeId: string, method: AutoMergeMethod): Promise<Enabled> {
  try {
    const answer = await api.call('enable auto-merge', pulls.enableAutoMerge(nodeId, method.toUpperCase()))
    const on = answer.enablePullRequestAutoMerge?.pullRequest?.autoMergeRequest?.mergeMethod
    return on ? { ok: true, method: on.toLowerCase() } : { ok: false, reason: 'GitHub answered without an auto-merge request' }
  } catch (error) {
    const errors = (error as { errors?: { message?: string }[] }).errors
    return { ok: false, reason: errors?.length ? errors.map((e) => e.message).join('; ') : firstLine(error) }
  }
}

/** What auto-merge waits for, as far as the state says. */
function waitsFor(state: PullMergeState | null): string {
  if (state?.mergeStateStatus === 'DRAFT') return 'it is marked ready for review and what the branch requires is there'
  if (state?.mergeStateStatus === 'BEHIND') return 'the branch is brought up to date and its required checks pass'
  if (state?.reviewDecision === 'REVIEW_REQUIRED' || state?.reviewDecision === 'CHANGES_REQUESTED')
    return 'it has the approving reviews it needs'
  return 'its required checks and reviews are there'
}

/** Why the pull request cannot be merged now, as a lead-in to the refusal. */
function waitsForWhy(state: PullMergeState | null): string {
  if (!state || state.mergeStateStatus === 'UNKNOWN') return ''
  const review = state.reviewDecision === 'REVIEW_REQUIRED' ? ', an approving review is required' : ''
  const changes = state.reviewDecision === 'CHANGES_REQUESTED' ? ', a reviewer requested changes' : ''
  return `it cannot be merged yet (GitHub: ${state.mergeStateStatus}${review}${changes}), and `
}
