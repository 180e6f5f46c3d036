import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import { connectionTo, testContext } from '../support/run-context.js'
import { startFakeGitHub, type FakeFault, type FakeGitHub } from './index.js'
import { graphql, smallHistory, rest } from '../support/fake-github.js'

let gh: FakeGitHub
beforeAll(async () => {
  gh = await startFakeGitHub({ history: smallHistory() })
  await gh.createRepository('octo/site', { 'a.md': 'a\n' })
})
afterAll(() => gh.close())
beforeEach(() => {
  gh.clearFaults()
  gh.clearRequests()
  gh.setLatency(0)
})

const REPO = '/repos/octo/site'
const DOCS = 'https://docs.github.com/rest'
const RATE = '{ rateLimit { remaining } }'

describe('authentication', () => {
  it('takes "token T" and "Bearer T"', async () => {
    for (const authorization of [`token ${gh.token}`, `Bearer ${gh.token}`, `bearer ${gh.token}`]) {
      const res = await fetch(`${gh.url}${REPO}`, { headers: { authorization } })
      expect([authorization, res.status]).toEqual([authorization, 200])
    }
  })

  it("answers anything else with 401 and GitHub's body, REST and GraphQL alike", async () => {
    const expected = { message: 'Bad credentials', documentation_url: DOCS, status: '401' }
    for (const headers of [{}, { authorization: 'token wrong' }, { authorization: `Basic ${gh.token}` }] as Record<string, string>[]) {
      const get = await fetch(`${gh.url}${REPO}`, { headers })
      const post = await fetch(`${gh.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: RATE }) })
      expect([get.status, await get.json()]).toEqual([401, expected])
      expect([post.status, await post.json()]).toEqual([401, expected])
    }
  })
})

describe('scripted statuses', () => {
  it("answer each status with GitHub's body, for as many requests as asked, then normally", async () => {
    const cases: [number, string][] = [
      [401, 'Bad credentials'],
      [404, 'Not Found'],
      [422, 'Validation Failed'],
      [500, 'Server Error'],
      [502, 'Server Error'],
    ]
    for (const [status, message] of cases) {
      gh.addFault({ path: REPO, status: status as 401, times: 2 })
      const answers = [await rest(gh, 'GET', REPO), await rest(gh, 'GET', REPO), await rest(gh, 'GET', REPO)]
      expect(answers.map((a) => a.status)).toEqual([status, status, 200])
      expect(answers[0].body).toMatchObject({ message, documentation_url: DOCS, status: String(status) })
    }
  })

  it('let the first `after` matching requests through, then hit as many as asked', async () => {
    gh.addFault({ path: REPO, status: 502, after: 2, times: 1 })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await rest(gh, 'GET', REPO)).status)
    expect(statuses).toEqual([200, 200, 502, 200])
  })

  it('403 is a secondary rate limit with retry-after', async () => {
    gh.addFault({ path: REPO, status: 403, retryAfter: 7 })
    const answer = await rest(gh, 'GET', REPO)
    expect(answer.status).toBe(403)
    expect(answer.body.message).toMatch(/^You have exceeded a secondary rate limit/)
    expect(answer.headers.get('retry-after')).toBe('7')
  })

  it('429 says the budget is spent until the reset, with retry-after', async () => {
    gh.addFault({ path: REPO, status: 429, retryAfter: 3 })
    const answer = await rest(gh, 'GET', REPO)
    expect(answer.status).toBe(429)
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(answer.headers.get('retry-after')).toBe('3')
    expect(Number(answer.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 2)
  })

  it('502 on GraphQL has a GraphQL-shaped body', async () => {
    gh.addFault({ path: '/graphql', status: 502 })
    const answer = await graphql(gh, RATE)
    expect(answer.status).toBe(502)
    expect(answer.body.data).toBeNull()
    expect(answer.body.errors?.[0].message).toMatch(/^Something went wrong while executing your query/)
  })

  it('match by method and by regular expression, and queue in order', async () => {
    gh.addFault({ method: 'POST', path: /\/git\/blobs$/, status: 500 })
    gh.addFault({ path: /\/git\/blobs\//, status: 502 })
    expect((await rest(gh, 'GET', `${REPO}/git/blobs/${'0'.repeat(40)}`)).status).toBe(502)
    expect((await rest(gh, 'POST', `${REPO}/git/blobs`, { content: 'x' })).status).toBe(500)
    expect((await rest(gh, 'POST', `${REPO}/git/blobs`, { content: 'x' })).status).toBe(201)
    expect(gh.requests.map((r) => [r.method, r.status, r.fault])).toEqual([
      ['GET', 502, 'status 502'],
      ['POST', 500, 'status 500'],
      ['POST', 201, undefined],
    ])
  })

  it('a hook runs as a matching request arrives, before it is answered; GraphQL requests match by operation', async () => {
    const seen: string[] = []
    gh.addFault({ method: 'GET', path: REPO, before: () => void seen.push('rest hook') })
    gh.addFault({
      path: '/graphql',
      operationName: 'Second',
      before: async () => void seen.push(`graphql hook, ${(await rest(gh, 'GET', '/user')).status}`),
    })
    expect((await rest(gh, 'GET', REPO)).status).toBe(200)
    await graphql(gh, 'query First { rateLimit { remaining } }')
    await graphql(gh, 'query Second { rateLimit { remaining } }')
    await graphql(gh, 'query Second { rateLimit { remaining } }')
    expect(seen).toEqual(['rest hook', 'graphql hook, 200'])
    // The hook's own request is answered (and logged) before the one that waited on it.
    expect(gh.requests.map((r) => [r.path, r.operationName, r.fault])).toEqual([
      [REPO, undefined, 'hook'],
      ['/graphql', 'First', undefined],
      ['/user', undefined, undefined],
      ['/graphql', 'Second', 'hook'],
      ['/graphql', 'Second', undefined],
    ])
  })

  it('clearFaults disarms everything', async () => {
    gh.addFault({ path: REPO, status: 500, times: 10 })
    gh.clearFaults()
    expect((await rest(gh, 'GET', REPO)).status).toBe(200)
  })
})

describe('latency and dropped connections', () => {
  it('adds latency to matching requests only, and a global latency to all', async () => {
    gh.addFault({ path: REPO, latencyMs: 150 })
    await rest(gh, 'GET', REPO)
    await rest(gh, 'GET', '/user')
    gh.setLatency(80)
    await rest(gh, 'GET', '/user')
    const [slow, fast, global] = gh.requests
    expect(slow.durationMs).toBeGreaterThanOrEqual(150)
    expect(slow.status).toBe(200)
    expect(fast.durationMs).toBeLessThan(150)
    expect(global.durationMs).toBeGreaterThanOrEqual(80)
  })

  it('drops the connection without an answer', async () => {
    gh.addFault({ path: REPO, drop: true })
    await expect(fetch(`${gh.url}${REPO}`, { headers: { authorization: `token ${gh.token}` } })).rejects.toThrow()
    expect((await rest(gh, 'GET', REPO)).status).toBe(200)
    expect(gh.requests.map((r) => [r.status, r.fault])).toEqual([
      [0, 'drop'],
      [200, undefined],
    ])
  })
})

describe('GraphQL errors on chosen aliases', () => {
  const QUERY = `query Two { repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { object(expression: "main") { ... on Commit {
    f0: history(first: 1, path: "workbook/01-introduction.asciidoc") { totalCount }
    f1: history(first: 1, path: "workbook/02-trusted-committer.asciidoc") { totalCount } } } } }`

  it('nulls the named alias with a GitHub-shaped error, keeps the others, answers 200', async () => {
    gh.addFault({ path: '/graphql', graphqlErrorAliases: ['f1'] })
    const answer = await graphql(gh, QUERY)
    expect(answer.status).toBe(200)
    // history is non-null in GitHub's schema, so the null reaches the nullable object.
    expect(answer.body.data).toEqual({ repository: { object: null } })
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ type: 'SERVICE_UNAVAILABLE', path: ['repository', 'object', 'f1'], locations: [{ line: 3, column: 5 }] }),
    ])
    const healthy = await graphql(gh, QUERY)
    expect(healthy.body.errors).toBeUndefined()
  })

  it('keeps sibling top-level aliases intact', async () => {
    const query = `{ a: repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { nameWithOwner }
      b: repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { nameWithOwner } }`
    gh.addFault({ path: '/graphql', graphqlErrorAliases: ['b'] })
    const answer = await graphql(gh, query)
    expect(answer.body.data).toEqual({ a: { nameWithOwner: 'InnerSourceCommons/InnerSourceLearningPath' }, b: null })
    expect(answer.body.errors?.map((e) => e.path)).toEqual([['b']])
  })

  it('takes a dotted response path for a nested field', async () => {
    const query = `{ repository(owner: "InnerSourceCommons", name: "InnerSourceLearningPath") { a: defaultBranchRef { name } b: defaultBranchRef { name } } }`
    gh.addFault({ path: '/graphql', graphqlErrorAliases: ['repository.b.name'] })
    const answer = await graphql(gh, query)
    expect(answer.body.data).toEqual({ repository: { a: { name: 'main' }, b: null } })
    expect(answer.body.errors?.map((e) => e.path)).toEqual([['repository', 'b', 'name']])
  })
})

describe("the project's client survives each transient fault", () => {
  const client = () => createGitHubClient(testContext(connectionTo(gh)), 'read')

  const transient: [string, Omit<FakeFault, 'path'>][] = [
    ['500', { status: 500 }],
    ['502', { status: 502 }],
    ['403 secondary rate limit', { status: 403, retryAfter: 1 }],
    ['429', { status: 429, retryAfter: 1 }],
    ['dropped connection', { drop: true }],
  ]
  it.each(transient)('%s on GraphQL, retried', async (_name, fault) => {
    gh.addFault({ path: '/graphql', ...fault })
    const data = await client().graphql<{ rateLimit: { remaining: number } }>(RATE)
    expect(data.rateLimit.remaining).toBeGreaterThan(0)
    expect(gh.requests.map((r) => r.status)).toEqual([fault.drop ? 0 : fault.status, 200])
  })
})

describe('the request log over HTTP', () => {
  it('GET /_fake/requests returns the log and DELETE clears it, without a token and without logging itself', async () => {
    await rest(gh, 'GET', REPO)
    await graphql(gh, 'query Named { rateLimit { cost } }')
    const log = await fetch(`${gh.url}/_fake/requests`).then((r) => r.json())
    expect(log.map((e: any) => [e.method, e.path, e.status, e.operationName, e.cost])).toEqual([
      ['GET', REPO, 200, undefined, undefined],
      ['POST', '/graphql', 200, 'Named', 1],
    ])
    expect((await fetch(`${gh.url}/_fake/requests`, { method: 'DELETE' })).status).toBe(204)
    expect(gh.requests).toEqual([])
  })

  it('POST /_fake/faults and PUT /_fake/latency script the server from outside', async () => {
    await fetch(`${gh.url}/_fake/faults`, { method: 'POST', body: JSON.stringify({ path: '^/repos/octo/', status: 500, times: 1 }) })
    await fetch(`${gh.url}/_fake/latency`, { method: 'PUT', body: JSON.stringify({ ms: 60 }) })
    expect((await rest(gh, 'GET', REPO)).status).toBe(500)
    expect((await rest(gh, 'GET', REPO)).status).toBe(200)
    expect(gh.requests[1].durationMs).toBeGreaterThanOrEqual(60)
    await fetch(`${gh.url}/_fake/faults`, { method: 'POST', body: JSON.stringify({ path: REPO, status: 404, times: 5 }) })
    await fetch(`${gh.url}/_fake/faults`, { method: 'DELETE' })
    gh.setLatency(0)
    expect((await rest(gh, 'GET', REPO)).status).toBe(200)
  })
})
