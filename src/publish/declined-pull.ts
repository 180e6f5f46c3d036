import { createHash } from 'node:crypto'
import type { ChangePlan } from '../plan/plan-changes.js'
import { parseSyncTrailer, type SyncSource } from '../shared/sync-trailer.js'
import { lastTrailer, PAGES_TRAILER, type BranchCommit } from './sync-branch-guard.js'

// A maintainer who closes the sync pull request without merging it has said no to those
// pages. Opening the same pull request again on every run (#1, #2, #3, ...) ignores that; so
// when the newest sync pull request was closed unmerged and proposed the very pages this run
// would, from the same source commit, the run opens nothing and says so. A change in the
// sources (or in the pages they make) opens a new one; reopening it by hand brings it back.
//
// What the closed pull request proposed is read from its head commit: the sync records the
// source (its trailer) and a digest of the page changes (PAGES_TRAILER) there, where no edit of
// the pull request's text can change them. That is one read, and only on a run that finds no
// open sync pull request and a closed, unmerged one newest.

/** The page changes of a plan as one digest: each path written with its blob SHA, each path deleted. */
export function pagesDigest(plan: ChangePlan): string {
  const lines = [...plan.add, ...plan.update].map((page) => `${page.path} ${page.sha}`)
  for (const page of plan.delete) lines.push(`${page.path} -`)
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex')
}

/** The newest sync pull request, when it is closed: what the pull request list says of it. */
export interface ClosedPull {
  number: number
  url: string
  /** Its head commit when it was closed (GitHub keeps it after the branch moves or goes). */
  headSha: string
  merged: boolean
}

/** A closed pull request's head commit proposed these pages (`digest`) from this source commit. */
export function proposedTheSame(head: BranchCommit, source: SyncSource | undefined, digest: string): boolean {
  if (!source || lastTrailer(head.message, PAGES_TRAILER) !== digest) return false
  const named = parseSyncTrailer(head.message)
  const commit = source.commit && /^[0-9a-f]{40}$/i.test(source.commit) ? source.commit.toLowerCase() : null
  return named !== null && named.repository.toLowerCase() === source.repository.toLowerCase() && named.commit === commit
}
