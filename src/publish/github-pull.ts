import type { GitHubRepoApi } from '../github/repository-api.js'
import { issues } from '../github/issues.js'
import { pulls } from '../github/pulls.js'
import { type Logger } from '../shared/logger.js'
import type { ClosedPull } from './declined-pull.js'

/** The open sync pull request, as the list endpoint shows it. */
export interface OpenPull {
  number: number
  url: string
  headSha: string
  baseRef: string
  title: string
  body: string
  labels: string[]
  /** Reviewers asked so far: user logins, and teams as `org/slug`. */
  requestedReviewers: string[]
  /** GraphQL node id (the auto-merge and draft mutations take it). */
  nodeId: string
  draft: boolean
  /** The merge method auto-merge is on with; null when it is off. */
  autoMerge: string | null
  assignees: string[]
  milestone: number | null
}

/** The sync branch's pull requests as one list read shows them. */
export interface SyncPulls {
  /** The open one (there is at most one per head and base branch). */
  open?: OpenPull
  /** The newest one, when it is closed (merged or not) and none is open. */
  lastClosed?: ClosedPull
}

/**
 * The sync branch's pull requests, open and closed, newest first, in one request (the same
 * request that looked for the open one alone): the open one, and else the newest closed one,
 * which says whether a maintainer turned these pages down (declined-pull.ts).
 */
export async function findSyncPulls(api: GitHubRepoApi, branch: string): Promise<SyncPulls> {
  const list = await api.call('look for the sync pull request', pulls.listFromBranch(branch, 10))
  const ours = list.filter((p) => p.head.ref === branch)
  const pull = ours.find((p) => p.state === 'open')
  if (!pull) {
    const newest = ours[0]
    return newest
      ? { lastClosed: { number: newest.number, url: newest.html_url, headSha: newest.head.sha, merged: newest.merged_at !== null } }
      : {}
  }
  return {
    open: {
      number: pull.number,
      url: pull.html_url,
      headSha: pull.head.sha,
      baseRef: pull.base.ref,
      title: pull.title,
      body: pull.body ?? '',
      labels: pull.labels.map((l) => l.name ?? '').filter(Boolean),
      requestedReviewers: [
        ...(pull.requested_reviewers ?? []).map((u) => u.login),
        ...(pull.requested_teams ?? []).map((t) => `${api.owner}/${t.slug}`),
      ],
      nodeId: pull.node_id,
      draft: pull.draft === true,
      autoMerge: pull.auto_merge?.merge_method ?? null,
      assignees: (pull.assignees ?? []).map((u) => u.login),
      milestone: pull.milestone?.number ?? null,
    },
  }
}

export interface PullContent {
  title: string
  body: string
  base: string
  draft: boolean
}

/** Opens the pull request; undefined when one already exists for the branch (a concurrent run won). */
export async function createPull(
  api: GitHubRepoApi,
  branch: string,
  content: PullContent,
): Promise<{ number: number; url: string; nodeId: string } | undefined> {
  const { base, title, body, draft } = content
  const created = await api.attempt('open the pull request', [422], pulls.create({ head: branch, base, title, body, draft }))
  return created.ok ? { number: created.value.number, url: created.value.html_url, nodeId: created.value.node_id } : undefined
}

const sameText = (a: string, b: string) => a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim()

/** Brings title, body and base up to date; sends nothing when they already are. Returns whether it wrote. */
export async function refreshPull(api: GitHubRepoApi, pull: OpenPull, content: PullContent): Promise<boolean> {
  const changes: { title?: string; body?: string; base?: string } = {}
  if (pull.title !== content.title) changes.title = content.title
  if (!sameText(pull.body, content.body)) changes.body = content.body
  if (pull.baseRef !== content.base) changes.base = content.base
  if (Object.keys(changes).length === 0) return false
  await api.call('update the pull request', pulls.update(pull.number, changes))
  return true
}

/** Adds the labels the pull request lacks. Returns whether it changed them (a refused label is a warning, not a change). */
export async function addMissingLabels(
  api: GitHubRepoApi,
  number: number,
  have: readonly string[],
  want: readonly string[],
  logger: Logger,
): Promise<boolean> {
  const missing = want.filter((l) => !have.includes(l))
  if (missing.length === 0) return false
  try {
    await api.call('add labels', issues.addLabels(number, missing))
    return true
  } catch (error) {
    // The pull request exists; a label problem should not fail the sync.
    logger.warning(`could not add labels ${missing.join(', ')}: ${(error as Error).message}`)
    return false
  }
}

/** The wanted reviewers (users, or `org/team`) a pull request has not been asked for yet. */
export function missingReviewers(pull: OpenPull, wanted: readonly string[]): string[] {
  const asked = new Set(pull.requestedReviewers.map((r) => r.toLowerCase()))
  return wanted.filter((r) => !asked.has(r.toLowerCase()))
}

/** Requests reviewers (users, or `org/team` for teams). Only ever called on a new pull request. */
export async function requestReviewers(api: GitHubRepoApi, number: number, reviewers: readonly string[], logger: Logger): Promise<void> {
  if (reviewers.length === 0) return
  const users = reviewers.filter((r) => !r.includes('/'))
  const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1))
  try {
    await api.call('request reviewers', pulls.requestReviewers(number, users, teams))
  } catch (error) {
    logger.warning(`could not request reviewers ${reviewers.join(', ')}: ${(error as Error).message}`)
  }
}

/**
 * Closes a sync pull request that has nothing left to change, then says why. Returns the head
 * commit GitHub reports once it is closed: the caller compares it with the head it checked,
 * since someone may have pushed between that check and the close.
 */
export async function closeEmptyPull(api: GitHubRepoApi, pull: OpenPull, baseRef: string, baseSha: string): Promise<string> {
  const closed = await api.call('close the pull request', pulls.update(pull.number, { state: 'closed' }))
  if (closed.head.sha !== pull.headSha) return closed.head.sha
  const body =
    `The learning path pages on \`${baseRef}\` (${baseSha.slice(0, 7)}) already match the sources, ` +
    `so this pull request has nothing left to change. Closed by learning-path-sync; the next change in the sources opens a new one.`
  await api.call('comment on the pull request', issues.comment(pull.number, body))
  return closed.head.sha
}

/** Opens again a pull request the run closed over a head it had not checked. */
export async function reopenPull(api: GitHubRepoApi, pull: OpenPull): Promise<void> {
  await api.call('reopen the pull request', pulls.update(pull.number, { state: 'open' }))
}
