import { refuseBaseBranch } from './base-branch-rule.js'
import type { GitHubRepoApi, RepositoryFacts } from '../github/repository-api.js'
import { git } from '../github/git-database.js'
import {
  foldersAbove,
  readSiteState,
  type BaseCommitAnswer,
  type BlobTextAnswer,
  type CommitAnswer,
  type PullAnswer,
  type SiteStateAnswer,
  type TreeAnswer,
  type TreeEntryAnswer,
} from '../github/site-state.js'
import type { GitTreeEntry } from './git-tree.js'
import { refuseWithoutWrite } from './write-permission.js'
import { checkTargetFolder, loadBase, missingBase, toEntries, type BaseState } from './github-snapshot.js'
import type { OpenPull, SyncPulls } from './github-pull.js'
import { findPreviousSync, PREVIOUS_SYNC_DEPTH, previousSyncIn, type PreviousSync } from './previous-sync.js'
import type { BranchCommit } from './sync-branch-guard.js'
import { joinTargetPath } from './target-path.js'
import { UserError } from '../shared/user-error.js'

/** Levels of subfolders under the pages folder the query lists; deeper ones are read with one tree request more. */
export const SUBFOLDER_LEVELS = 2
/** The sync branch's newest pull requests read (the open one, or the newest closed one, is among them). */
const PULLS_READ = 10

/** What one read of the site tells: the repository, the base, the previous sync, the sync branch and its pull requests. */
export interface SiteState {
  repository: RepositoryFacts
  base: BaseState
  previousSync: PreviousSync | null
  pulls: SyncPulls
  /** The sync branch's head commit, when the branch exists. */
  branchHead: BranchCommit | null
  /** The files read along, by path: a file's oid and text, or null where the base holds no such file. */
  files: ReadonlyMap<string, BlobTextAnswer | null>
}

/**
 * Reads the site in one GraphQL query (github/site-state.ts). The REST reads the query replaces
 * remain for what it cannot settle: a listing deeper than SUBFOLDER_LEVELS (one recursive tree
 * request of the pages folder, truncation checked as before), and an answer whose folders do not
 * belong to the commit it names (the branch moved between GitHub's reads): the base is then read
 * again the REST way, from the ref.
 */
export async function readSiteStateOnce(
  api: GitHubRepoApi,
  targetPath: string,
  base: string | undefined,
  branch: string,
  policy: { createTargetPath: boolean; dryRun: boolean },
  files: readonly string[] = [],
): Promise<SiteState> {
  const { createTargetPath } = policy
  const answer = await api.call(
    'read the site',
    readSiteState({
      base,
      targetPath,
      branch,
      historyDepth: PREVIOUS_SYNC_DEPTH,
      subfolderLevels: SUBFOLDER_LEVELS,
      pulls: PULLS_READ,
      files,
    }),
  )
  const repo = answer.repository
  if (!repo)
    throw new UserError(`${api.fullName}: not found while trying to read the site: check the repository name and that the token can see it`)
  const repository: RepositoryFacts = {
    defaultBranch: repo.defaultBranchRef?.name ?? base ?? '',
    nodeId: repo.id,
    ...(repo.viewerPermission ? { permissions: permissionsOf(repo.viewerPermission) } : {}),
  }
  api.remember(repository)
  if (!policy.dryRun) refuseWithoutWrite(api.fullName, repository.permissions)
  const baseBranch = base ?? repo.defaultBranchRef?.name
  if (baseBranch === undefined || repo.isEmpty) throw missingBase(base ?? 'main', api.fullName, true)
  refuseBaseBranch(branch, baseBranch, api.fullName)
  const commit = asCommit<BaseCommitAnswer>(base === undefined ? repo.defaultBranchRef?.target : repo.base?.target)
  if (!commit) throw missingBase(baseBranch, api.fullName, false)

  const listed = listingOf(repo, commit.tree.oid, targetPath)
  const baseState = listed
    ? await completeListing(api, baseBranch, commit.oid, commit.tree.oid, targetPath, listed, createTargetPath)
    : await loadBase(api, targetPath, baseBranch, branch, createTargetPath)
  const history = (commit.history.nodes ?? []).flatMap((c) => (c ? [{ sha: c.oid, message: c.message }] : []))
  const branchCommit = asCommit<CommitAnswer>(repo.branch?.target)
  return {
    repository,
    base: baseState,
    // Read from the same commit only: a base read again the REST way asks its history again too.
    previousSync:
      baseState.commitSha === commit.oid ? previousSyncIn(history) : await findPreviousSync(api, baseState.commitSha, targetPath),
    pulls: pullsOf(repo.pullRequests.nodes ?? [], branch, api.owner),
    branchHead: branchCommit ? branchCommitOf(branchCommit) : null,
    // Read at the same commit only (a base read again the REST way reads them when asked).
    files: new Map(baseState.commitSha === commit.oid ? files.map((file, i) => [file, blobOf(repo[`file${i}`])] as const) : []),
  }
}

/** A file read along: null when the path is no file (absent, or a folder: `{}`). */
function blobOf(answer: BlobTextAnswer | null | undefined): BlobTextAnswer | null {
  return answer?.oid ? answer : null
}

function asCommit<T extends { oid: string }>(target: T | Record<string, never> | null | undefined): T | undefined {
  return target && 'oid' in target ? (target as T) : undefined
}

/** GitHub's one permission word as REST's flags, so the refusal names them as before. */
function permissionsOf(permission: string): NonNullable<RepositoryFacts['permissions']> {
  const rank = ['READ', 'TRIAGE', 'WRITE', 'MAINTAIN', 'ADMIN'].indexOf(permission)
  return { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 }
}

/** An entry as the REST listing gives it: the mode in octal, six digits. */
function entryOf(entry: TreeEntryAnswer, folder: string): GitTreeEntry | null {
  if (entry.type !== 'blob' && entry.type !== 'tree' && entry.type !== 'commit') return null
  return { path: joinTargetPath(folder, entry.name), mode: entry.mode.toString(8).padStart(6, '0'), type: entry.type, sha: entry.oid }
}

interface Listed {
  /** The folders above the pages folder and the pages folder with the subfolders the query reached. */
  listing: GitTreeEntry[]
  /** Folders under the pages folder whose entries the query did not reach, by path and tree SHA. */
  unlisted: { path: string; sha: string }[]
  /** The pages folder is a file, not a folder. */
  isFile: boolean
}

/**
 * The listing the answer gives, checked to be one commit's: each folder is the tree its parent
 * names, from the commit's root tree down. Undefined when it is not (the branch moved between
 * GitHub's reads): the caller reads the base again.
 */
function listingOf(repo: NonNullable<SiteStateAnswer['repository']>, rootSha: string, targetPath: string): Listed | undefined {
  const above = foldersAbove(targetPath)
  const listing: GitTreeEntry[] = []
  let expected: string | null = rootSha
  const trees: (TreeAnswer | null)[] = [...above.map((_, i) => repo[`folder${i}`] ?? null), repo.pages]
  const paths = [...above, targetPath]
  for (let i = 0; i < paths.length; i++) {
    const tree = trees[i]
    if (expected === null) return tree ? undefined : { listing, unlisted: [], isFile: false }
    if (!tree) return undefined
    if (!tree.entries) return { listing, unlisted: [], isFile: true }
    if (tree.oid !== expected) return undefined
    if (i === paths.length - 1) break
    const entries = tree.entries.flatMap((e) => entryOf(e, paths[i]) ?? [])
    listing.push(...entries)
    const next = entries.find((e) => e.path === paths[i + 1])
    if (next && next.type !== 'tree') return { listing, unlisted: [], isFile: true }
    expected = next ? next.sha : null
  }
  const unlisted: Listed['unlisted'] = []
  const walk = (entries: TreeEntryAnswer[], folder: string) => {
    for (const raw of entries) {
      const entry = entryOf(raw, folder)
      if (!entry) continue
      listing.push(entry)
      if (entry.type !== 'tree') continue
      const below = raw.object && 'entries' in raw.object ? raw.object.entries : undefined
      if (below) walk(below, entry.path)
      else unlisted.push({ path: entry.path, sha: entry.sha })
    }
  }
  walk(repo.pages?.entries ?? [], targetPath)
  return { listing, unlisted, isFile: false }
}

/** The base from the query's listing: folders deeper than it reached are listed with one recursive request (truncation checked). */
async function completeListing(
  api: GitHubRepoApi,
  branch: string,
  commitSha: string,
  treeSha: string,
  targetPath: string,
  listed: Listed,
  createTargetPath: boolean,
): Promise<BaseState> {
  if (listed.isFile) throw new UserError(`target-path '${targetPath}' is a file in ${api.fullName}, not a folder`)
  const listing = [...listed.listing]
  if (listed.unlisted.length > 0) {
    const pagesSha = listing.find((e) => e.path === targetPath)?.sha ?? treeSha
    const tree = await api.call('read the target folder', git.getTree(pagesSha, true))
    if (tree.truncated) throw new UserError(`the folder '${targetPath}' of ${api.fullName} is too large for one tree listing`)
    const known = new Set(listing.map((e) => e.path))
    for (const entry of toEntries(tree.tree, targetPath)) if (!known.has(entry.path)) listing.push(entry)
  }
  checkTargetFolder(listing, targetPath, branch, api.fullName, createTargetPath)
  return baseStateOf(branch, commitSha, treeSha, listing, targetPath)
}

function baseStateOf(branch: string, commitSha: string, treeSha: string, listing: GitTreeEntry[], targetPath: string): BaseState {
  const prefix = joinTargetPath(targetPath, '')
  const files = new Map<string, string>()
  for (const entry of listing) {
    if (entry.type === 'blob' && entry.path.startsWith(prefix)) files.set(entry.path.slice(prefix.length), entry.sha)
  }
  return { branch, commitSha, treeSha, listing, files, complete: false }
}

function branchCommitOf(commit: CommitAnswer): BranchCommit {
  return {
    sha: commit.oid,
    treeSha: commit.tree.oid,
    parents: (commit.parents.nodes ?? []).flatMap((p) => (p ? [p.oid] : [])),
    message: commit.message,
    author: { name: commit.author?.name ?? '', email: commit.author?.email ?? '' },
    committer: { name: commit.committer?.name ?? '', email: commit.committer?.email ?? '' },
  }
}

/**
 * The sync branch's pull requests as the REST list gave them: from a branch of this repository
 * only (a fork's branch of the same name is someone else's), newest first; the open one, else
 * the newest closed one.
 */
function pullsOf(nodes: readonly (PullAnswer | null)[], branch: string, owner: string): SyncPulls {
  const ours = nodes.filter((p): p is PullAnswer => p !== null && !p.isCrossRepository && p.headRefName === branch)
  const pull = ours.find((p) => p.state === 'OPEN')
  if (!pull) {
    const newest = ours[0]
    return newest
      ? { lastClosed: { number: newest.number, url: newest.url, headSha: newest.headRefOid, merged: newest.state === 'MERGED' } }
      : {}
  }
  const open: OpenPull = {
    number: pull.number,
    url: pull.url,
    headSha: pull.headRefOid,
    baseRef: pull.baseRefName,
    title: pull.title,
    body: pull.body,
    labels: (pull.labels?.nodes ?? []).flatMap((l) => (l?.name ? [l.name] : [])),
    requestedReviewers: (pull.reviewRequests?.nodes ?? []).flatMap((r) => {
      const who = r?.requestedReviewer
      if (who && 'login' in who) return [who.login]
      if (who && 'slug' in who) return [`${owner}/${who.slug}`]
      return []
    }),
    nodeId: pull.id,
    draft: pull.isDraft,
    // REST names the method in lower case (`squash`), GraphQL in upper case (`SQUASH`).
    autoMerge: pull.autoMergeRequest ? pull.autoMergeRequest.mergeMethod.toLowerCase() : null,
    assignees: (pull.assignees.nodes ?? []).flatMap((u) => (u ? [u.login] : [])),
    milestone: pull.milestone?.number ?? null,
  }
  return { open }
}
