import { restOperation } from './operation.js'

/** The repository itself and its history. */
export const repos = {
  /** Its default branch, node id and the token's permissions. */
  get: () => restOperation('GET /repos/{owner}/{repo}', {}),
  /** The commits of `sha`'s history that touch `path` (the whole tree when absent), newest first. */
  listCommits: (sha: string, path: string | undefined, perPage: number) =>
    restOperation('GET /repos/{owner}/{repo}/commits', { sha, ...(path === undefined ? {} : { path }), per_page: perPage }),
}
