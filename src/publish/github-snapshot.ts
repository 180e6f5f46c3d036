import { refuseBaseBranch } from './base-branch-rule.js'
import type { GitHubRepoApi } from '../github/repository-api.js'
import { git } from '../github/git-database.js'
import { readFilesAt, type BlobTextAnswer } from '../github/site-state.js'
import { hashTree, type GitTreeEntry } from './git-tree.js'
import { joinTargetPath } from './target-path.js'
import { nearestFolders } from '../shared/nearest-names.js'
import { OptionError, UserError } from '../shared/user-error.js'

/** The base branch as the sync found it: head commit, root tree, and the listing it plans on. */
export interface BaseState {
  branch: string
  commitSha: string
  treeSha: string
  /** Tree entries covering the target folder and every folder above it. */
  listing: GitTreeEntry[]
  /** Blob SHA per file under the target folder, by path relative to it. */
  files: Map<string, string>
  /** Whether `listing` is the whole tree (else only the way down to the target folder and below). */
  complete: boolean
}

interface RawEntry {
  path?: string
  mode?: string
  type?: string
  sha?: string
}

export const toEntries = (raw: RawEntry[], prefix: string): GitTreeEntry[] =>
  raw
    .filter((e) => e.path && e.mode && e.sha && (e.type === 'blob' || e.type === 'tree' || e.type === 'commit'))
    .map((e) => ({
      path: prefix === '' ? (e.path as string) : `${prefix}/${e.path}`,
      mode: e.mode as string,
      type: e.type as GitTreeEntry['type'],
      sha: e.sha as string,
    }))

/**
 * A base branch the repository lacks, or an empty repository (GitHub's 409 "Git Repository is
 * empty.": no branch at all): the same line, naming both and what to do.
 */
export function missingBase(branch: string, repository: string, empty: boolean): UserError {
  return new UserError(
    empty
      ? `base branch '${branch}' not found in ${repository} (the repository is empty): push a first commit to '${branch}', then sync`
      : `base branch '${branch}' not found in ${repository}: set base to one of its branches, or create '${branch}' there`,
  )
}

/**
 * Reads what the plan needs in three requests: the repository (default branch), the base
 * branch's ref, and the recursive tree of its head commit. Only when GitHub truncates a huge
 * listing does it walk down to the target folder instead.
 */
export async function loadBase(
  api: GitHubRepoApi,
  targetPath: string,
  base: string | undefined,
  branch: string,
  createTargetPath = false,
): Promise<BaseState> {
  const baseBranch = base ?? (await api.repository()).defaultBranch
  refuseBaseBranch(branch, baseBranch, api.fullName)
  const ref = await api.attempt('read the base branch', [404, 409], git.getBranch(baseBranch))
  if (!ref.ok) throw missingBase(baseBranch, api.fullName, ref.status === 409)
  const commitSha = ref.value.object.sha

  // GitHub resolves a commit SHA to its root tree here, which saves asking for the commit.
  const tree = await api.call('read the base tree', git.getTree(commitSha, true))
  let listing: GitTreeEntry[]
  let treeSha: string
  const complete = !tree.truncated
  if (complete) {
    listing = toEntries(tree.tree, '')
    const root = new Map(listing.filter((e) => !e.path.includes('/')).map((e) => [e.path, e] as const))
    treeSha = hashTree(root)
  } else {
    ;({ listing, treeSha } = await walkToTarget(api, commitSha, targetPath))
  }

  checkTargetFolder(listing, targetPath, baseBranch, api.fullName, createTargetPath)
  const prefix = joinTargetPath(targetPath, '')
  const files = new Map<string, string>()
  for (const entry of listing) {
    if (entry.type === 'blob' && entry.path.startsWith(prefix)) files.set(entry.path.slice(prefix.length), entry.sha)
  }
  return {
    branch: baseBranch,
    commitSha,
    treeSha,
    listing,
    files,
    complete,
  }
}

/** A typo in target-path would otherwise open a pull request adding every page in a new folder. */
export function checkTargetFolder(
  listing: readonly GitTreeEntry[],
  targetPath: string,
  baseBranch: string,
  repository: string,
  createTargetPath: boolean,
): void {
  // A typo in target-path would otherwise open a pull request adding every page in a new folder.
  if (targetPath !== '' && !createTargetPath && !listing.some((e) => e.type === 'tree' && e.path === targetPath)) {
    const folders = listing.filter((e) => e.type === 'tree').map((e) => e.path)
    const { nearest } = nearestFolders(targetPath, folders)
    throw new OptionError(
      'target-path',
      (name) =>
        `${targetPath} does not exist on ${baseBranch} of ${repository}: check its spelling` +
        `${nearest.length ? ` (nearest folders there: ${nearest.join(', ')})` : ''}; ` +
        `only to start a new site there, ${name('create-target-path', 'true')} creates it`,
    )
  }
}

/** For repositories too large for one listing: each folder above the target, then the target recursively. */
export async function walkToTarget(
  api: GitHubRepoApi,
  commitSha: string,
  targetPath: string,
): Promise<{ listing: GitTreeEntry[]; treeSha: string }> {
  const commit = await api.call('read the base commit', git.getCommit(commitSha))
  const rootSha = commit.tree.sha
  const listing: GitTreeEntry[] = []
  let dir = ''
  let sha = rootSha
  for (const part of targetPath === '' ? [] : targetPath.split('/')) {
    const level = await api.call('read the base tree', git.getTree(sha))
    const entries = toEntries(level.tree, dir)
    listing.push(...entries)
    dir = joinTargetPath(dir, part)
    const next = entries.find((e) => e.path === dir)
    if (!next) return { listing, treeSha: rootSha } // target folder absent: every page is new
    if (next.type !== 'tree') throw new OptionError('target-path', `'${targetPath}' is a file in ${api.fullName}, not a folder`)
    sha = next.sha
  }
  const target = await api.call('read the target folder', git.getTree(sha, true))
  if (target.truncated) throw new UserError(`the folder '${targetPath}' of ${api.fullName} is too large for one tree listing`)
  listing.push(...toEntries(target.tree, dir))
  return { listing, treeSha: rootSha }
}

/**
 * Reads the first of `paths` (repository paths) the base tree holds. A listing of the way to the
 * pages folder only (the GraphQL read, `byQuery`) asks GitHub for all of them in one query. The
 * recursive listing names every file, so this is one blob request; in a repository too large for one listing, a
 * top folder off the way to the target is listed first (one request more per such folder).
 */
export function siteFileReader(
  api: GitHubRepoApi,
  base: BaseState,
  readBlob: (sha: string) => Promise<string>,
  byQuery = false,
  readAlong: ReadonlyMap<string, BlobTextAnswer | null> = new Map(),
): (paths: readonly string[]) => Promise<{ path: string; text: string } | null> {
  return async (paths) => {
    // The listing covers only the way to the pages folder: the files were read along with the
    // site's state, or else one GraphQL query asks for every path at the base commit at once.
    if (byQuery && !base.complete && paths.length > 0) {
      const found = paths.every((p) => readAlong.has(p))
        ? paths.map((p) => readAlong.get(p))
        : await api.call('read a file of the site', readFilesAt(base.commitSha, paths)).then((f) => paths.map((_, i) => f[`file${i}`]))
      for (const [i, path] of paths.entries()) {
        const blob = found[i]
        if (!blob?.oid) continue
        return { path, text: typeof blob.text === 'string' && !blob.isTruncated ? blob.text : await readBlob(blob.oid) }
      }
      return null
    }
    const entries = new Map(base.listing.map((entry) => [entry.path, entry] as const))
    if (!base.complete) {
      const listed = new Set(base.listing.map((entry) => entry.path.slice(0, entry.path.lastIndexOf('/') + 1)))
      const tops = new Set(
        paths.filter((p) => p.includes('/') && !listed.has(p.slice(0, p.lastIndexOf('/') + 1))).map((p) => p.split('/')[0]),
      )
      for (const top of tops) {
        const folder = entries.get(top)
        if (folder?.type !== 'tree') continue
        const tree = await api.call('read a folder of the site', git.getTree(folder.sha, true))
        for (const entry of toEntries(tree.tree, top)) entries.set(entry.path, entry)
      }
    }
    const path = paths.find((p) => entries.get(p)?.type === 'blob')
    return path === undefined ? null : { path, text: await readBlob(entries.get(path)!.sha) }
  }
}

/** Reads blobs of the base tree as text, each SHA once. */
export function blobReader(api: GitHubRepoApi): (sha: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>()
  return (sha) => {
    let text = cache.get(sha)
    if (!text) {
      text = api.call('read a page of the site', git.readBlob(sha))
      cache.set(sha, text)
    }
    return text
  }
}
