import { refuseBaseBranch } from './base-branch-rule.js'
import { refuseWithoutWrite } from './write-permission.js'
import { createGitHubClient, type GitHubClient } from '../github/client.js'
import { changedPaths, isEmptyPlan, planCounts } from '../plan/plan-changes.js'
import { GitHubRepoApi } from '../github/repository-api.js'
import {
  createSyncCommit,
  deleteSyncBranch,
  desiredHead,
  isDesired,
  moveSyncBranch,
  readCommitShape,
  type CommitShape,
  type DesiredHead,
} from './github-branch.js'
import {
  addMissingLabels,
  closeEmptyPull,
  createPull,
  findSyncPulls,
  missingReviewers,
  refreshPull,
  reopenPull,
  requestReviewers,
  type OpenPull,
  type PullContent,
} from './github-pull.js'
import { assignNewPull, convertToDraft, type PullSettingsState } from './github-pull-settings.js'
import { mergeWhenReady, type MergeResult, type MergeTarget } from './merge-when-ready.js'
import { pagesDigest, proposedTheSame, type ClosedPull } from './declined-pull.js'
import { blobReader, loadBase, siteFileReader, type BaseState } from './github-snapshot.js'
import { findPreviousSync } from './previous-sync.js'
import { readSiteStateOnce, type SiteState } from './github-site-state.js'
import { LANGUAGE_CONFIG_FILES } from '../health/site-languages.js'
import type { PublishRequest, PublishResult, Site, SiteSnapshot } from './site.js'
import { joinTargetPath, normalizeTargetPath } from './target-path.js'
import { branchKeptMovingError, guardSyncBranch, type GuardContext } from './sync-branch-guard.js'
import { UserError } from '../shared/user-error.js'
import { finishWriting, startWriting } from '../shared/write-progress.js'
import { type Logger } from '../shared/logger.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { RunContext } from '../shared/run-context.js'

/** The open sync pull request, with the read of its head commit (started as soon as it was found). */
interface PullRead {
  pull: OpenPull
  head: Promise<CommitShape>
}

/**
 * The sync branch's pull requests from one list read: the open one, or else the newest one when
 * it was closed without merging, each with the read of its head commit.
 */
interface PullsRead {
  open?: PullRead
  declined?: { pull: ClosedPull; head: Promise<CommitShape> }
}

/** What merging when ready adds to the result. */
type MergeFields = Pick<PublishResult, 'mergeOutcome' | 'branchDeleted'>

/** What publishing did to the sync pull request: the result without the plan's summary. */
type PullOutcome = Omit<PublishResult, 'changedFiles' | 'counts' | 'requests'>

/**
 * The website repository on GitHub: the plan becomes one commit on the base head, on the sync
 * branch, behind one pull request — created once, then updated, or closed when it has become
 * empty. Reads first and compares, so a rerun with nothing new writes nothing.
 */
export class GitHubSite implements Site {
  private readonly api: GitHubRepoApi
  private readonly repository: string
  private readonly targetPath: string
  private readonly pr: SyncOptions['pullRequest']
  private readonly logger: Logger
  private readonly mergeStateRereadsMs: readonly number[]
  private base?: BaseState
  private pullRead?: Promise<PullsRead>
  /** The one GraphQL read of the site (none without a token: GitHub's GraphQL API needs one). */
  private stateRead?: Promise<SiteState>

  /**
   * The site `options.target` names. A run that will publish (no dry run) looks up the sync
   * pull requests and reads their head commit in the background from `load` instead of in
   * `publish`: they depend on the branch name only, so publishing then waits for no read.
   * `client`: a write client made elsewhere (tests); default: one from the context.
   */
  constructor(
    private readonly options: Pick<SyncOptions, 'target' | 'pullRequest' | 'policy'> & Partial<Pick<SyncOptions, 'health'>>,
    context: RunContext,
    client: GitHubClient = createGitHubClient(context, 'write'),
  ) {
    const { target, pullRequest } = options
    // Without a token (a dry run of a public repository) refusals say so.
    this.api = new GitHubRepoApi(client, target.repository ?? '', !context.github.token)
    this.repository = this.api.fullName
    if (pullRequest.branch.trim() === '') throw new UserError('the sync branch name is empty')
    if (target.base !== undefined) refuseBaseBranch(pullRequest.branch, target.base, this.repository)
    this.targetPath = normalizeTargetPath(target.path)
    this.pr = pullRequest
    this.logger = context.logger
    this.mergeStateRereadsMs = context.timing.mergeStateRereadsMs ?? []
  }

  repositoryPath(relPath: string): string {
    return joinTargetPath(this.targetPath, relPath)
  }

  /** REST requests sent so far by this site. */
  get requests(): { total: number; writes: number } {
    return { ...this.api.counts }
  }

  /** The site's state in one query, sent once (by `check` or `load`, whichever comes first). */
  private readState(): Promise<SiteState> {
    const { target, policy } = this.options
    // The Hugo language configuration is read along, unless the run names its own file.
    const files = this.options.health && this.options.health.siteLanguagesFile === undefined ? LANGUAGE_CONFIG_FILES : []
    this.stateRead ??= readSiteStateOnce(this.api, this.targetPath, target.base, this.pr.branch, policy, files)
    return this.stateRead
  }

  async check({ willWrite }: { willWrite: boolean }): Promise<void> {
    // Without a token, GitHub's GraphQL API answers nothing: a dry run of a public site reads it over REST.
    const { permissions } = this.api.anonymous ? await this.api.repository() : (await this.readState()).repository
    if (willWrite) refuseWithoutWrite(this.repository, permissions)
  }

  async load(): Promise<SiteSnapshot> {
    if (this.api.anonymous) return this.loadOverRest()
    const state = await this.readState()
    const base = state.base
    this.base = base
    if (!this.options.policy.dryRun) this.pullRead = Promise.resolve(this.pullsFrom(state))
    return this.snapshot(base, state.previousSync, state.files)
  }

  /** The REST reads one after another: the repository, the base ref, its tree, then the pages folder's history. */
  private async loadOverRest(): Promise<SiteSnapshot> {
    const base = await loadBase(this.api, this.targetPath, this.options.target.base, this.pr.branch, this.options.policy.createTargetPath)
    this.base = base
    // Started once the base is read (the site's reads keep their order), the look-up ends while
    // the history reads and rendering still run.
    if (!this.options.policy.dryRun) this.pullRead = background(this.readPulls())
    const previousSync = await findPreviousSync(this.api, base.commitSha, this.targetPath)
    return this.snapshot(base, previousSync)
  }

  /**
   * The pull requests the query found, with their head commit: the sync branch's head when it is
   * the pull request's (as for an open one, always but in a race), else read in the background.
   */
  private pullsFrom({ pulls, branchHead }: SiteState): PullsRead {
    const headOf = (sha: string) => (branchHead?.sha === sha ? Promise.resolve(branchHead) : background(readCommitShape(this.api, sha)))
    if (pulls.open) return { open: { pull: pulls.open, head: headOf(pulls.open.headSha) } }
    if (pulls.lastClosed && !pulls.lastClosed.merged)
      return { declined: { pull: pulls.lastClosed, head: headOf(pulls.lastClosed.headSha) } }
    return {}
  }

  /** `readAlong`: files the GraphQL read brought (absent: the site was read over REST). */
  private snapshot(base: BaseState, previousSync: SiteSnapshot['previousSync'], readAlong?: SiteState['files']): SiteSnapshot {
    const readBlob = blobReader(this.api)
    return {
      previousSync,
      files: base.files,
      read: (relPath) => {
        const sha = base.files.get(relPath)
        if (!sha) return Promise.reject(new Error(`${this.repositoryPath(relPath)} is not in ${this.repository}@${base.branch}`))
        return readBlob(sha)
      },
      label: `${this.repository}@${base.branch} (${base.commitSha.slice(0, 7)})`,
      readSiteFile: siteFileReader(this.api, base, readBlob, readAlong !== undefined, readAlong),
    }
  }

  async publish(request: PublishRequest): Promise<PublishResult> {
    const base = this.base
    if (!base) throw new Error('GitHubSite.publish called before load')
    const { plan } = request
    const summary = {
      changedFiles: changedPaths(plan).map((p) => this.repositoryPath(p)),
      counts: planCounts(plan),
    }
    const found = await (this.pullRead ?? this.readPulls())
    startWriting({
      target: this.repository,
      leftBehind: `the sync branch '${this.pr.branch}' may be ahead of its pull request; run the sync again to finish (it replaces the sync's own commits)`,
    })
    const outcome = await this.publishPlan(base, found, request)
    finishWriting()
    return { ...outcome, ...summary, requests: this.requests }
  }

  /** The open sync pull request, for a dry run's outputs: from the site's one query (REST without a token), nothing written ({} when none is open). */
  async openPullRequest(): Promise<Pick<PublishResult, 'pullRequestNumber' | 'pullRequestUrl' | 'headSha'>> {
    const { open } = this.api.anonymous ? await findSyncPulls(this.api, this.pr.branch) : (await this.readState()).pulls
    return open ? { pullRequestNumber: open.number, pullRequestUrl: open.url, headSha: open.headSha } : {}
  }

  /** Closes, updates or opens the sync pull request as the plan asks; or leaves it. */
  private async publishPlan(base: BaseState, found: PullsRead, request: PublishRequest): Promise<PullOutcome> {
    if (isEmptyPlan(request.plan)) return found.open ? this.closeCaughtUp(base, found.open, request.complete) : { operation: 'none' }
    const content: PullContent = { title: request.title, body: request.body, base: base.branch, draft: this.pr.draft !== false }
    const desired = desiredHead(base, request.plan, this.targetPath)
    const pages = pagesDigest(request.plan)
    if (found.open) return this.updatePull(base, found.open, request, desired, pages, content)
    if (found.declined && proposedTheSame(await found.declined.head, request.source, pages)) {
      const closed = found.declined.pull
      this.logger.info(
        `pull request #${closed.number} (${closed.url}) proposed these same pages from the same sources and was closed without merging: ` +
          'not opened again until the sources change (reopen it to bring it back)',
      )
      return { operation: 'none', declinedPull: { number: closed.number, url: closed.url } }
    }
    return this.openPull(base, request, desired, pages, content)
  }

  /**
   * The plan is empty and a sync pull request is open: closed (and its branch deleted when
   * asked), unless the run covered only some languages or someone pushed to its branch.
   */
  private async closeCaughtUp({ branch, commitSha }: BaseState, open: PullRead, complete: boolean): Promise<PullOutcome> {
    const { pull } = open
    const left = (headSha: string, why: string): PullOutcome => {
      this.logger.info(`pull request #${pull.number} left open: ${why}`)
      return { operation: 'none', pullRequestNumber: pull.number, pullRequestUrl: pull.url, headSha }
    }
    if (!complete) return left(pull.headSha, 'this run covered only some languages and had nothing to change')
    // Closing is not for a pull request someone else has pushed work to.
    const head = await open.head
    this.guard(head, pull, 'close')
    const closedOver = await closeEmptyPull(this.api, pull, branch, commitSha)
    if (closedOver !== head.sha) {
      // Someone pushed between the check and the close: the pull request is not the run's to close.
      await reopenPull(this.api, pull)
      this.guard(await readCommitShape(this.api, closedOver), pull, 'close')
      return left(closedOver, `its branch moved to ${closedOver.slice(0, 7)} while this run closed it`)
    }
    this.logger.info(`closed pull request #${pull.number}: the site already has every change`)
    const branchDeleted = this.pr.deleteBranch ? await deleteSyncBranch(this.api, this.pr.branch, head.sha, this.logger) : false
    if (branchDeleted) this.logger.info(`deleted the sync branch '${this.pr.branch}'`)
    return { operation: 'closed', pullRequestNumber: pull.number, pullRequestUrl: pull.url, branchDeleted }
  }

  /** No sync pull request is open: push the sync commit and open one, with its labels, reviewers and settings. */
  private async openPull(
    base: BaseState,
    request: PublishRequest,
    desired: DesiredHead,
    pages: string,
    content: PullContent,
  ): Promise<PullOutcome> {
    const { headSha } = await this.pushSyncCommit(base, request, desired, pages, null, undefined)
    const created = await createPull(this.api, this.pr.branch, content)
    if (!created) {
      // Another run opened it between our look-up and now: update that one instead.
      const raced = (await findSyncPulls(this.api, this.pr.branch)).open
      if (!raced) throw new Error(`GitHub refused to open a pull request from '${this.pr.branch}' and none is open`)
      const head = readCommitShape(this.api, raced.headSha)
      const outcome = await this.updatePull(base, { pull: raced, head }, request, desired, pages, content)
      // Or our own request opened it and its answer was lost (octokit's retry then met the 422):
      // ask the reviewers a new pull request gets, unless they were asked already.
      await requestReviewers(this.api, raced.number, missingReviewers(raced, this.pr.reviewers), this.logger)
      return outcome
    }
    await addMissingLabels(this.api, created.number, [], this.pr.labels, this.logger)
    await requestReviewers(this.api, created.number, this.pr.reviewers, this.logger)
    const assigned = await assignNewPull(this.api, created.number, this.pr, this.logger)
    this.logger.info(`opened pull request #${created.number}: ${created.url}`)
    const merge = await this.mergeWhenReady({ number: created.number, nodeId: created.nodeId, headSha })
    const state: PullSettingsState = { ...assigned, autoMerge: merge?.autoMerge ?? null, draft: content.draft }
    return { operation: 'created', pullRequestNumber: created.number, pullRequestUrl: created.url, headSha, ...state, ...merge?.fields }
  }

  /**
   * `auto-merge` set: merged now when nothing is pending, else auto-merge turned on, else left
   * open with a warning (merge-when-ready.ts); a merged pull request's branch is deleted when
   * `delete-branch` asks. Undefined without `auto-merge`.
   */
  private async mergeWhenReady(target: MergeTarget): Promise<{ autoMerge: string | null; fields: MergeFields } | undefined> {
    const method = this.pr.autoMerge
    if (!method) return undefined
    const merge: MergeResult = await mergeWhenReady(this.api, target, method, { logger: this.logger, rereadsMs: this.mergeStateRereadsMs })
    const fields: MergeFields = { mergeOutcome: merge.outcome }
    if (merge.outcome === 'merged' && this.pr.deleteBranch) {
      fields.branchDeleted = await deleteSyncBranch(this.api, this.pr.branch, target.headSha, this.logger)
      if (fields.branchDeleted) this.logger.info(`deleted the sync branch '${this.pr.branch}'`)
    }
    return { autoMerge: merge.autoMerge, fields }
  }

  /** The sync branch's pull requests (one request), and in the background the head commit each needs. */
  private async readPulls(): Promise<PullsRead> {
    const { open, lastClosed } = await findSyncPulls(this.api, this.pr.branch)
    if (open) return { open: { pull: open, head: background(readCommitShape(this.api, open.headSha)) } }
    if (lastClosed && !lastClosed.merged) {
      return { declined: { pull: lastClosed, head: background(readCommitShape(this.api, lastClosed.headSha)) } }
    }
    return {}
  }

  /** An open sync pull request: push only if its head is not already the desired commit. */
  private async updatePull(
    base: BaseState,
    { pull, head }: PullRead,
    request: PublishRequest,
    desired: DesiredHead,
    pages: string,
    content: PullContent,
  ): Promise<PullOutcome> {
    let headSha = pull.headSha
    let wrote = false
    let pushed = false
    // Someone else's commit at the head: neither the branch nor the pull request's text is ours to rewrite.
    const shape = await head
    this.guard(shape, pull, 'replace')
    if (!isDesired(shape, desired)) {
      const push = await this.pushSyncCommit(base, request, desired, pages, shape, pull)
      headSha = push.headSha
      // Another run may have pushed the same pages first: then it was not this run's push.
      wrote = pushed = push.headSha === push.commitSha
    }
    wrote = (await refreshPull(this.api, pull, content)) || wrote
    wrote = (await addMissingLabels(this.api, pull.number, pull.labels, this.pr.labels, this.logger)) || wrote
    // New content asks for a new review: `always-true` makes a pull request marked ready a draft again.
    let draft = pull.draft
    if (this.pr.draft === 'always-true' && pushed && !draft) {
      draft = await convertToDraft(this.api, pull, this.logger)
      wrote = draft || wrote
    }
    this.logger.info(wrote ? `updated pull request #${pull.number}: ${pull.url}` : `pull request #${pull.number} is up to date`)
    // Once: only when auto-merge is off (never on, or turned off since); a rerun that finds it on sends nothing.
    let autoMerge = pull.autoMerge
    let merge: MergeFields = autoMerge !== null && this.pr.autoMerge ? { mergeOutcome: 'auto-merge-enabled' } : {}
    if (autoMerge === null) {
      const merged = await this.mergeWhenReady({ number: pull.number, nodeId: pull.nodeId, headSha })
      if (merged) {
        autoMerge = merged.autoMerge
        merge = merged.fields
        wrote = merge.mergeOutcome !== 'left-open' || wrote
      }
    }
    return {
      operation: wrote ? 'updated' : 'none',
      pullRequestNumber: pull.number,
      pullRequestUrl: pull.url,
      headSha,
      assignees: pull.assignees,
      milestone: pull.milestone,
      autoMerge,
      draft,
      ...merge,
    }
  }

  /**
   * Writes the sync commit and points the branch at it from `head`, the head just checked (null:
   * the branch should not exist yet): a commit pushed since is not overwritten (github-branch.ts).
   */
  private async pushSyncCommit(
    base: BaseState,
    request: PublishRequest,
    desired: DesiredHead,
    pages: string,
    head: CommitShape | null,
    pull: Pick<OpenPull, 'number' | 'url'> | undefined,
  ): Promise<{ commitSha: string; headSha: string }> {
    const commitSha = await createSyncCommit(this.api, base, request.plan, this.targetPath, request, desired, pages, this.logger)
    const headSha = await moveSyncBranch(this.api, {
      branch: this.pr.branch,
      base,
      commitSha,
      desired,
      head,
      guard: (moved) => this.guard(moved, pull, 'replace'),
      keptMoving: (moved, tries) => branchKeptMovingError(moved, tries, this.context(pull, 'replace')),
    })
    return { commitSha, headSha }
  }

  private context(pull: Pick<OpenPull, 'number' | 'url'> | undefined, action: GuardContext['action']): GuardContext {
    return {
      branch: this.pr.branch,
      repository: this.repository,
      pull,
      action,
      force: this.options.policy.forceBranch,
      logger: this.logger,
    }
  }

  private guard(head: CommitShape, pull: Pick<OpenPull, 'number' | 'url'> | undefined, action: GuardContext['action']): void {
    guardSyncBranch(head, this.context(pull, action))
  }
}

/**
 * A read started now and awaited later: marked handled at once, so a failure before the
 * `await` does not end the process as an unhandled rejection; the `await` still throws it.
 */
function background<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}
