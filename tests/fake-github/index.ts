// The local GitHub, started in-process: `const gh = await startFakeGitHub({ history })`.
import type { AddressInfo } from 'node:net'
import { FaultBook } from './faults.js'
import { HistoryStore, loadHistoryFixture } from './graphql/history-store.js'
import { RequestLog } from './log.js'
import { RateLimits } from './rate-limit.js'
import { RepoStore } from './git/repo-store.js'
import { registerRestRoutes } from './rest/routes.js'
import { Router } from './rest/router.js'
import { pullSnapshot } from './rest/pulls.js'
import { createFakeServer, type ServerState } from './server.js'
import type { FakeGitHub, FakeGitHubOptions, TreeLimits } from './types.js'

export type * from './types.js'

/** Where GitHub truncates a recursive tree listing ("Get a tree", docs.github.com). */
export const GITHUB_TREE_LIMITS: TreeLimits = { entries: 100_000, bytes: 7 * 1024 * 1024 }

/** Login of the token's owner, as `GET /user` and `viewer` report it. */
export const FAKE_VIEWER = 'fake-github-user'

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
    setTreeLimits: (limits) => Object.assign(treeLimits, limits),
    createRepository: async (fullName, files, createOptions) => {
      const { headSha } = await repos.createRepository(fullName, files, createOptions)
      return { headSha }
    },
    pushCommit: (fullName, branch, files, message, identity) => repos.pushCommit(fullName, branch, files, message, identity),
    gitDir: (fullName) => repos.byFullName(fullName).gitDir,
    git: (fullName, args) => repos.gitSync(fullName, args),
    pulls: (fullName) => repos.byFullName(fullName).pulls.map(pullSnapshot),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await repos.dispose()
    },
  }
}
