import type { ChangePlan, PlanCounts } from '../plan/plan-changes.js'
import type { PreviousSync } from './previous-sync.js'
import type { SyncSource } from '../shared/sync-trailer.js'
import type { MergeOutcome } from './merge-when-ready.js'

/** The site's target folder as it is now: the base branch's head, or a folder on disk. */
export interface SiteSnapshot {
  /** Git blob SHA of every file under the target folder, by POSIX path relative to it. */
  files: ReadonlyMap<string, string>
  /** Reads one of those files as text. */
  read: (relPath: string) => Promise<string>
  /** Where the snapshot comes from, for logs: `owner/name@main (abc1234)` or a folder. */
  label: string
  /** The latest sync commit on the base branch (null: none found); undefined where there is no history to read. */
  previousSync?: PreviousSync | null
  /**
   * Reads the first of these files of the site (paths from the repository root, e.g. the Hugo
   * language configuration) that exists at the snapshot; null when none does. One request on
   * GitHub, since the tree listing already says which exists. Absent: the site cannot tell.
   */
  readSiteFile?: (paths: readonly string[]) => Promise<{ path: string; text: string } | null>
}

/** What to publish: a plan made against the snapshot the same site returned. */
export interface PublishRequest {
  plan: ChangePlan
  /** Pull request title and body, and the sync commit's message (targets without them ignore them). */
  title: string
  body: string
  commitMessage: string
  /** The sources rendered: a sync pull request closed unmerged is not opened again for the same ones (and the same pages). */
  source?: SyncSource
  /**
   * Whether the plan covers every page, so an empty plan means the site caught up and an open
   * sync pull request may be closed. False for a run limited to some languages: its empty plan
   * says nothing about the other languages' changes the pull request may carry.
   */
  complete: boolean
}

export type PublishOperation = 'created' | 'updated' | 'closed' | 'none'

export interface PublishResult {
  operation: PublishOperation
  pullRequestNumber?: number
  pullRequestUrl?: string
  /** Head commit of the sync branch, when one was pushed or an open pull request carries it. */
  headSha?: string
  /** Repository paths (target path joined) the plan adds, updates or deletes, sorted. */
  changedFiles: string[]
  counts: PlanCounts
  /** REST calls (and GraphQL mutations) the site made, reading and publishing (GitHub targets; octokit's retries not included). */
  requests?: { total: number; writes: number }
  /** The pull request's assignees after the run (GitHub targets with an open pull request). */
  assignees?: string[]
  /** Its milestone number; null when it has none. */
  milestone?: number | null
  /** The merge method its auto-merge is on with; null when off. */
  autoMerge?: string | null
  /** Whether it is a draft. */
  draft?: boolean
  /**
   * What `auto-merge` led to this run: merged now, auto-merge turned on (this run or before), or
   * left open with a warning. Absent without `auto-merge` or when no pull request is open.
   */
  mergeOutcome?: MergeOutcome
  /** True when the run closed the pull request as empty, or merged it, and deleted its branch. */
  branchDeleted?: boolean
  /**
   * The newest sync pull request, closed without merging, proposed these same pages from the
   * same sources: the run opened none (until the sources change).
   */
  declinedPull?: { number: number; url: string }
}

/**
 * A place the pages go. Call `load` first; `publish` applies a plan made against that
 * snapshot. Implementations: GitHubSite (one pull request), LocalSite (files on disk).
 */
export interface Site {
  /**
   * What refuses the run before anything is rendered: credentials, a token that may not
   * write (`willWrite`), a target that is not there. Cheap: at most one request.
   */
  check(options: { willWrite: boolean }): Promise<void>
  load(): Promise<SiteSnapshot>
  publish(request: PublishRequest): Promise<PublishResult>
  /** The repository path of a page path relative to the target folder. */
  repositoryPath(relPath: string): string
}
