import { parseSyncTrailer } from '../shared/sync-trailer.js'
import type { GitHubRepoApi } from '../github/repository-api.js'
import { repos } from '../github/repos.js'

/** The latest sync commit on the base branch and the source commit its trailer names. */
export interface PreviousSync {
  /** The sync commit on the site's base branch. */
  commitSha: string
  /** OWNER/NAME of the sources it was rendered from. */
  repository: string
  /** The source commit; null when the trailer names a ref only. */
  sourceCommit: string | null
}

/** How far back the base branch's history of the pages folder is searched. */
export const PREVIOUS_SYNC_DEPTH = 30

/**
 * Finds the previous sync in one request: the latest commits of the base branch that touch
 * the pages folder, newest first, and the first of them carrying the sync trailer. A squash
 * merge keeps the commit's message in the default squash message, so its trailer too.
 */
export async function findPreviousSync(api: GitHubRepoApi, baseSha: string, targetPath: string): Promise<PreviousSync | null> {
  const list = await api.call(
    'read the history of the pages folder',
    repos.listCommits(baseSha, targetPath === '' ? undefined : targetPath, PREVIOUS_SYNC_DEPTH),
  )
  return previousSyncIn(list.map((commit) => ({ sha: commit.sha, message: commit.commit.message })))
}

/** The first of these commits (newest first) carrying the sync trailer. */
export function previousSyncIn(commits: readonly { sha: string; message: string }[]): PreviousSync | null {
  for (const commit of commits) {
    const trailer = parseSyncTrailer(commit.message)
    if (trailer) return { commitSha: commit.sha, repository: trailer.repository, sourceCommit: trailer.commit }
  }
  return null
}
