// The local GitHub, started in-process: `const gh = await startFakeGitHub({ history })`.
import type { AddressInfo } from 'node:net'
import { FaultBook } from './faults.js'
import { HistoryStore, loadHistoryFixture } from './graphql/history-store.js'
import { RequestLog } from './log.js'
import { RateLimits } from './rate-limit.js'
import { RepoStore, type FakeRepo, type PullState } from './git/repo-store.js'
import { registerRestRoutes } from './rest/routes.js'
import { Router } from './rest/router.js'
import { newIssue } from './rest/issue-list.js'
import { useLabel } from './rest/labels.js'
import { protectBranch } from './rest/protection.js'
import { pullSnapshot } from './rest/pulls.js'
import { addPullReview } from './rest/reviews.js'
import { addCommitStatus } from './rest/statuses.js'
import { createFakeServer, type ServerState } from './server.js'
import type { FakeGitHub, FakeGitHubOptions, TreeLimits } from './types.js'

export type * from './types.js'

/** Where GitHub truncates a recursive tree listing ("Get a tree", docs.github.com). */
export const GITHUB_TREE_LIMITS: TreeLimits = { entries: 100_000, bytes: 7 * 1024 * 1024 }

/** Login of the token's owner, as `GET /user` and `viewer` report it. */
export const FAKE_VIEWER = 'fake-github-user'

function pullNumbered(repo: FakeRepo, number: number): PullState {
  const pull = repo.pulls.find((p) => p.number === number)
  if (!pull) throw new Error(`fake-github: no pull request #${number} in ${repo.fullName}`)
  return pull
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'test-token'
  const repos = await RepoStore.create()
  const log = new RequestLog()
  const router = new Router()
  let url = ''
  const treeLimits: TreeLimits = { ...GITHUB_TREE_LIMITS, ...options.treeLimits }
  registerRestRoutes(router, { repos, apiUrl: () => url, viewerLogin: FAKE_VIEWER, treeLimits })
  const state: ServerState = {
    token,
    viewerLogin: FAKE_VIEWER,
    latencyMs: options.latencyMs ?? 0,
    log,
    faults: new FaultBook(),
    rateLimits: new RateLimits(options.rateLimit ?? 5000),
    history: options.history ? new HistoryStore(loadHistoryFixture(options.history)) : undefined,
    repos,
    router,
    treeLimits,
  }
  try {
    for (const [fullName, files] of Object.entries(options.repos ?? {})) await repos.createRepository(fullName, files)
  } catch (error) {
    await repos.dispose()
    throw error
  }
  const server = createFakeServer(state)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    token,
    requests: log.entries,
    exchanges: log.exchanges,
    clearRequests: () => log.clear(),
    addFault: (fault) => state.faults.add(fault),
    clearFaults: () => state.faults.clear(),
    setLatency: (ms) => {
      state.latencyMs = ms
    },
    setHistory: (history) => {
      state.history = new HistoryStore(loadHistoryFixture(history))
    },
    setTreeLimits: (limits) => Object.assign(treeLimits, limits),
    createRepository: async (fullName, files, createOptions) => {
      const { headSha } = await repos.createRepository(fullName, files, createOptions)
      return { headSha }
    },
    pushCommit: (fullName, branch, files, message, identity) => repos.pushCommit(fullName, branch, files, message, identity),
    gitDir: (fullName) => repos.byFullName(fullName).gitDir,
    git: (fullName, args) => repos.gitSync(fullName, args),
    pulls: (fullName) => repos.byFullName(fullName).pulls.map(pullSnapshot),
    issues: (fullName) =>
      repos.byFullName(fullName).issues.map(({ id: _, searchHiddenFor: __, ...issue }) => ({
        ...issue,
        labels: [...issue.labels],
        assignees: [...issue.assignees],
        comments: issue.comments.map((c) => ({ ...c })),
      })),
    createIssue: (fullName, issue) => {
      const repo = repos.byFullName(fullName)
      const fields = {
        title: issue.title,
        body: issue.body ?? null,
        labels: (issue.labels ?? []).map((name) => useLabel(repo, name)),
        assignees: [],
        milestone: null,
        user: issue.user ?? FAKE_VIEWER,
      }
      const created = newIssue(repo.nextNumber(), fields, repo.searchIndexLag)
      repo.issues.push(created)
      return created.number
    },
    setBranchProtection: (fullName, branch, protection) => protectBranch(repos.byFullName(fullName), branch, protection),
    setCommitStatus: async (fullName, sha, status) => {
      await addCommitStatus(repos.byFullName(fullName), sha, status, FAKE_VIEWER)
    },
    addReview: async (fullName, number, review) => {
      const repo = repos.byFullName(fullName)
      await addPullReview(repo, pullNumbered(repo, number), review)
    },
    setMergeStateUnknown: (fullName, number, reads) => {
      pullNumbered(repos.byFullName(fullName), number).unknownReads = reads
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await repos.dispose()
    },
  }
}
