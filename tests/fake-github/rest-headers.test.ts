// What every REST answer carries besides its body: validators for conditional requests, the
// API version that served it, and the rate limit that stops it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './index.js'

const REPO = '/repos/octo/site'
let gh: FakeGitHub
beforeAll(async () => {
  gh = await startFakeGitHub({ token: 'one' })
  await gh.createRepository('octo/site', { 'a.md': 'a\n' })
})
afterAll(() => gh.close())
beforeEach(() => {
  gh.clearFaults()
  gh.clearRequests()
})

const get = (route: string, headers: Record<string, string> = {}) =>
  fetch(`${gh.url}${route}`, { headers: { authorization: 'token one', ...headers } })
const used = (res: Response) => Number(res.headers.get('x-ratelimit-used'))

describe('conditional requests', () => {
  it('GETs carry an ETag; If-None-Match naming it answers 304 without a body and without spending the budget', async () => {
    const first = await get(REPO)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/)
    expect(first.headers.get('vary')).toContain('Authorization')
    const again = await get(REPO, { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    expect(used(again)).toBe(used(first))
    // A strong form of the same validator, or a list holding it, matches too (weak comparison).
    expect((await get(REPO, { 'if-none-match': etag.slice(2) })).status).toBe(304)
    expect((await get(REPO, { 'if-none-match': `"other", ${etag}` })).status).toBe(304)
    // Anything else is a full answer, and costs a point.
    const stale = await get(REPO, { 'if-none-match': '"stale"' })
    expect(stale.status).toBe(200)
    expect(used(stale)).toBe(used(first) + 1)
  })

  it('the ETag follows the content: a moved branch answers 200 with a new one', async () => {
    const before = await get(`${REPO}/git/ref/heads/main`)
    await gh.pushCommit('octo/site', 'main', { 'b.md': 'b\n' }, 'b')
    const after = await get(`${REPO}/git/ref/heads/main`, { 'if-none-match': before.headers.get('etag')! })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
  })

  it('writes and errors carry no ETag', async () => {
    const post = await fetch(`${gh.url}${REPO}/git/blobs`, {
      method: 'POST',
      headers: { authorization: 'token one' },
      body: JSON.stringify({ content: 'x' }),
    })
    expect(post.status).toBe(201)
    expect(post.headers.get('etag')).toBeNull()
    expect((await get(`${REPO}/git/blobs/${'0'.repeat(40)}`)).headers.get('etag')).toBeNull()
  })
})

describe('API versions', () => {
  it('answers x-github-api-version-selected: the version asked for, or 2022-11-28 when none is', async () => {
    expect((await get(REPO)).headers.get('x-github-api-version-selected')).toBe('2022-11-28')
    expect((await get(REPO, { 'x-github-api-version': '2022-11-28' })).headers.get('x-github-api-version-selected')).toBe('2022-11-28')
  })

  it('an unsupported version is a 400 naming the supported ones', async () => {
    const res = await get(REPO, { 'x-github-api-version': 'v3' })
    expect(res.status).toBe(400)
    expect((await res.json()).message).toBe(
      'The version you specified in the "X-GitHub-Api-Version" request header, "v3", is not a supported version. The following versions are currently supported: "2022-11-28" (most recent).',
    )
  })
})

describe('rate limits', () => {
  it('a spent core budget answers 403 with x-ratelimit-remaining 0, the reset, and no retry-after', async () => {
    const small = await startFakeGitHub({ rateLimit: 2 })
    try {
      await small.createRepository('octo/site', { 'a.md': 'a\n' })
      const headers = { authorization: `token ${small.token}` }
      const answers = [] as Response[]
      for (let i = 0; i < 3; i++) answers.push(await fetch(`${small.url}${REPO}`, { headers }))
      expect(answers.map((r) => r.status)).toEqual([200, 200, 403])
      const limited = answers[2]
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
      expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 3000)
      expect(limited.headers.get('retry-after')).toBeNull()
      expect((await limited.json()).message).toMatch(/^API rate limit exceeded for user ID 1\./)
    } finally {
      await small.close()
    }
  })

  it('scripted: a primary 403 resetting when asked, and a secondary 403 with or without retry-after', async () => {
    gh.addFault({ path: REPO, status: 403, rateLimit: 'primary', resetAfter: 30 })
    gh.addFault({ path: REPO, status: 403, retryAfter: null })
    gh.addFault({ path: REPO, status: 403, retryAfter: 7 })
    const [primary, bare, timed] = [await get(REPO), await get(REPO), await get(REPO)]
    expect(primary.status).toBe(403)
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(primary.headers.get('x-ratelimit-reset')) - Date.now() / 1000).toBeGreaterThan(28)
    expect(primary.headers.get('retry-after')).toBeNull()
    expect((await bare.json()).message).toMatch(/^You have exceeded a secondary rate limit/)
    expect(bare.headers.get('retry-after')).toBeNull()
    expect(bare.headers.get('x-ratelimit-remaining')).not.toBe('0')
    expect(timed.headers.get('retry-after')).toBe('7')
  })
})
