// The project's octokit against the local GitHub: the API version it names, conditional
// rereads, and what it does when GitHub's rate limits answer.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createGitHubClient, GITHUB_API_VERSION, type GitHubClient } from '../../src/github/client.js'
import type { ClientTiming } from '../../src/github/timing.js'
import { ConditionalCache } from '../../src/github/conditional-requests.js'
import { testContext } from '../support/run-context.js'
import { GitHubRepoApi } from '../../src/github/repository-api.js'
import { git } from '../../src/github/git-database.js'
import { repos } from '../../src/github/repos.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'

const REPO = 'octo/site'
let gh: FakeGitHub
beforeAll(async () => {
  gh = await startFakeGitHub()
  await gh.createRepository(REPO, { 'a.md': 'a\n' })
})
afterAll(() => gh?.close())
beforeEach(() => {
  gh.clearFaults()
  gh.clearRequests()
})

function client(options: { timing?: ClientTiming; cache?: ConditionalCache; token?: string; url?: string } = {}) {
  const context = testContext({ token: options.token ?? gh.token, apiUrl: options.url ?? gh.url }, options.timing)
  const logger = context.logger
  const octokit = createGitHubClient(context, 'write', options.cache)
  return { octokit, api: new GitHubRepoApi(octokit, REPO), logger }
}

const getRepo = (api: GitHubRepoApi) => api.call('read the repository', repos.get())
/** The same read with octokit's whole answer: status and headers too. */
const getRepoAnswer = (octokit: GitHubClient) => octokit.request('GET /repos/{owner}/{repo}', { owner: 'octo', repo: 'site' })

describe('API version', () => {
  it(`names ${GITHUB_API_VERSION} on REST requests, and the local GitHub says which version served them`, async () => {
    const { octokit } = client()
    const answer = await getRepoAnswer(octokit)
    expect(answer.headers['x-github-api-version-selected']).toBe('2022-11-28')
    await octokit.graphql('{ viewer { login } }').catch(() => undefined)
    const [rest, graphql] = gh.exchanges
    expect(rest.requestHeaders['x-github-api-version']).toBe('2022-11-28')
    // GraphQL is not versioned that way; the header is left out there.
    expect(graphql.path).toBe('/graphql')
    expect(graphql.requestHeaders['x-github-api-version']).toBeUndefined()
  })
})

describe('conditional rereads', () => {
  it('a reread sends If-None-Match, GitHub answers 304 at no cost, and the caller gets the same answer', async () => {
    const cache = new ConditionalCache()
    const first = await getRepoAnswer(client({ cache }).octokit)
    // Another client (a rerun) sharing the cache.
    const again = await getRepoAnswer(client({ cache }).octokit)
    expect(again.status).toBe(200)
    expect(again.data).toEqual(first.data)
    expect(cache.notModified).toBe(1)
    const [, reread] = gh.exchanges
    expect(reread.requestHeaders['if-none-match']).toBe(first.headers.etag)
    expect(reread.status).toBe(304)
    // The 304 left the budget as the first read left it.
    expect(reread.responseHeaders['x-ratelimit-used']).toBe(first.headers['x-ratelimit-used'])
  })

  it('an answer that changed comes back whole and replaces the kept one', async () => {
    const cache = new ConditionalCache()
    const { api } = client({ cache })
    const ref = () => api.call('read the branch', git.getBranch('main'))
    const before = await ref()
    const moved = await gh.pushCommit(REPO, 'main', { 'b.md': 'b\n' }, 'b')
    const after = await ref()
    expect(after.object.sha).toBe(moved)
    expect(after.object.sha).not.toBe(before.object.sha)
    expect((await ref()).object.sha).toBe(moved)
    expect(gh.requests.map((r) => r.status)).toEqual([200, 200, 304])
    expect(cache.notModified).toBe(1)
  })

  it('hands out copies: a caller changing its answer does not change the next one', async () => {
    const cache = new ConditionalCache()
    const first = await getRepo(client({ cache }).api)
    first.default_branch = 'changed by a caller'
    const second = await getRepo(client({ cache }).api)
    second.default_branch = 'changed again'
    expect((await getRepo(client({ cache }).api)).default_branch).toBe('main')
  })
})

describe('rate limits', () => {
  it('a primary limit (403, x-ratelimit-remaining 0, no retry-after) that resets soon: waits for the reset, then succeeds', async () => {
    gh.addFault({ path: `/repos/${REPO}`, status: 403, rateLimit: 'primary', resetAfter: 2 })
    const { api, logger } = client()
    const answer = await getRepo(api)
    expect(answer.default_branch).toBe('main')
    const [limited, retried] = gh.exchanges
    expect(limited.status).toBe(403)
    expect(limited.responseHeaders['x-ratelimit-remaining']).toBe('0')
    expect(limited.responseHeaders['retry-after']).toBeUndefined()
    expect(retried.status).toBe(200)
    expect(logger.lines.some((l) => /rate limit on GET .*: retry 1 after [2-4]s/.test(l))).toBe(true)
  })

  it('a spent budget that resets in an hour: fails at once, saying when it resets, without waiting', async () => {
    const spent = await startFakeGitHub({ rateLimit: 2 })
    try {
      await spent.createRepository(REPO, { 'a.md': 'a\n' })
      // Two fresh clients (so neither reread is a free 304) spend the budget of 2.
      await getRepo(client({ url: spent.url, token: spent.token }).api)
      await getRepo(client({ url: spent.url, token: spent.token }).api)
      const { api, logger } = client({ url: spent.url, token: spent.token })
      const started = Date.now()
      const error = await getRepo(api).catch((e: unknown) => e as Error)
      expect(Date.now() - started).toBeLessThan(2000)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(
        /^GitHub's rate limit held while trying to read the repository on octo\/site \(403 API rate limit exceeded for user ID 1\. .*\): it resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ; run it again after that$/,
      )
      expect(spent.requests.map((r) => r.status)).toEqual([200, 200, 403])
      expect(logger.lines.some((l) => /longer than the 300s worth waiting for/.test(l))).toBe(true)
    } finally {
      await spent.close()
    }
  })

  it('a secondary limit without retry-after: waits the minute GitHub asks for (scaled), then succeeds', async () => {
    gh.addFault({ path: `/repos/${REPO}`, status: 403, retryAfter: null })
    const { api, logger } = client()
    const started = performance.now()
    expect((await getRepo(api)).default_branch).toBe('main')
    // 60 s at FAST_TIMING's 5 ms per second.
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    const [limited, retried] = gh.exchanges
    expect(limited.responseHeaders['retry-after']).toBeUndefined()
    expect(JSON.parse(limited.responseBody).message).toMatch(/^You have exceeded a secondary rate limit/)
    expect(retried.status).toBe(200)
    expect(logger.lines.some((l) => /secondary rate limit on GET .*: retry 1 after 60s/.test(l))).toBe(true)
  })

  it('a secondary limit that does not lift: the request and three retries, then one clear line', async () => {
    gh.addFault({ path: `/repos/${REPO}`, status: 403, retryAfter: null, times: 10 })
    const { api } = client()
    const error = await getRepo(api).catch((e: unknown) => e as Error)
    expect((error as Error).message).toMatch(
      /^GitHub's rate limit held while trying to read the repository on octo\/site \(403 You have exceeded a secondary rate limit\..*\): run it again later$/,
    )
    expect(gh.requests.map((r) => r.status)).toEqual([403, 403, 403, 403])
  })
})
