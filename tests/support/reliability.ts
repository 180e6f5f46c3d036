// What the reliability tests add to the sync tests' set-up (sync.ts): how much of the learning
// path a scenario syncs, what a finished sync left on a repository (read with plain git), and
// the request log sorted by what each request was.
import type { FakeGitHub, RequestLogEntry } from '../fake-github/index.js'
import { CORPUS_SOURCE } from './corpus.js'
import { BRANCH, ENGLISH_ONLY, runLogged, seedSite, syncOptions, type OptionOverrides, type SyncRun } from './sync.js'

/**
 * Most scenarios sync the English pages only (44 of 217: about 6 GraphQL queries, one REST
 * publish): every fault meets the same code paths as with the whole learning path, and the
 * folder stays fast. Tests about contributor queries add Spanish, whose pages hold the
 * fixture's only history past 100 commits, so pagination stays in play.
 */
export const LIGHT = ENGLISH_ONLY
export const PAGINATED: OptionOverrides = { source: { languages: ['en', 'es'] } }

/** What a repository looks like after a sync: branches, the sync branch's shape, pull requests. */
export interface RepoState {
  /** Every ref, `refs/heads/...` → commit SHA. */
  refs: Record<string, string>
  mainSha: string
  /** Root tree SHA of the sync branch's head, when the branch exists. */
  branchTree?: string
  /** Commits on the sync branch that main does not have. */
  commitsAhead?: number
  /** Whether the sync branch's head has exactly one parent and it is main's head. */
  onMain?: boolean
  openPulls: number
  allPulls: number
}

export function repoState(gh: FakeGitHub, repo: string, branch = BRANCH): RepoState {
  const git = (...args: string[]) => gh.git(repo, args).trim()
  const refs: Record<string, string> = {}
  for (const line of git('for-each-ref', '--format=%(refname) %(objectname)').split('\n').filter(Boolean)) {
    const [name, sha] = line.split(' ')
    refs[name] = sha
  }
  const mainSha = refs['refs/heads/main']
  const pulls = gh.pulls(repo)
  const state: RepoState = { refs, mainSha, openPulls: pulls.filter((p) => p.state === 'open').length, allPulls: pulls.length }
  const head = refs[`refs/heads/${branch}`]
  if (head) {
    state.branchTree = git('rev-parse', `${head}^{tree}`)
    state.commitsAhead = Number(git('rev-list', '--count', `${mainSha}..${head}`))
    state.onMain = git('rev-list', '--parents', '-n', '1', head).split(' ').slice(1).join(' ') === mainSha
  }
  return state
}

/** One file of a branch (repository path), or undefined when it is not there. */
export function fileAt(gh: FakeGitHub, repo: string, ref: string, repoPath: string): string | undefined {
  try {
    return gh.git(repo, ['show', `${ref}:${repoPath}`])
  } catch {
    return undefined
  }
}

/** Requests that changed state and were accepted (2xx). */
export const acceptedWrites = (requests: readonly RequestLogEntry[]) => requests.filter((r) => r.write && r.status >= 200 && r.status < 300)

/** Requests a scripted fault answered, slowed or dropped. */
export const faulted = (requests: readonly RequestLogEntry[]) => requests.filter((r) => r.fault !== undefined)

export const graphqlRequests = (requests: readonly RequestLogEntry[]) => requests.filter((r) => r.path === '/graphql')
export const restRequests = (requests: readonly RequestLogEntry[]) => requests.filter((r) => r.path !== '/graphql')

/**
 * Seeds `repo` and syncs it once without faults: the pull request (tree SHA, files) and the
 * request counts every faulted run is held to.
 */
export async function faultFreeBaseline(
  gh: FakeGitHub,
  repo: string,
  overrides: OptionOverrides,
): Promise<{ run: SyncRun; state: RepoState }> {
  await seedSite(gh, repo)
  const run = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, repo, overrides))
  return { run, state: repoState(gh, repo) }
}
