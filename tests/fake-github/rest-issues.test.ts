// Issues as GitHub serves them: create, list (pull requests included), get, update with a
// state reason, labels, comments, the issue search with its own rate limit, and the refusals a
// token without `issues: write` or a repository without issues gets. Over real HTTP with octokit.
import { Octokit } from 'octokit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest } from '../support/fake-github.js'
import { startFakeGitHub, type FakeGitHub } from './index.js'

let gh: FakeGitHub
let octokit: Octokit
const owner = 'lp'
const repo = 'learning-path'
const FULL = `${owner}/${repo}`
const MARKER = '<!-- learning-path-sync:dashboard -->'

beforeAll(async () => {
  gh = await startFakeGitHub()
  await gh.createRepository(FULL, { 'README.md': 'readme\n' }, { milestones: ['Translations'] })
  octokit = new Octokit({ auth: gh.token, baseUrl: gh.url, throttle: { enabled: false }, retry: { enabled: false } })
})
afterAll(() => gh.close())

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    const e = error as { status: number; response: { data: any } }
    return { status: e.status, message: e.response.data.message as string, errors: e.response.data.errors as unknown }
  }
  throw new Error('expected the request to fail')
}

describe('an issue of its own', () => {
  let number: number

  it('is created with 201 and a Location, numbered after the pull requests, its labels made on first use', async () => {
    await gh.pushCommit(FULL, 'work', { 'a.md': 'a\n' }, 'Work')
    const pull = await octokit.rest.pulls.create({ owner, repo, head: 'work', base: 'main', title: 'Work' })
    const { status, headers, data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Translation status',
      body: `${MARKER}\n\n| section | de |`,
      labels: ['translations', { name: 'dashboard' }],
      milestone: 1,
    })
    number = data.number
    expect(status).toBe(201)
    expect(number).toBe(pull.data.number + 1)
    expect(headers.location).toBe(`${gh.url}/repos/${FULL}/issues/${number}`)
    expect(data).toMatchObject({
      state: 'open',
      state_reason: null,
      title: 'Translation status',
      body: `${MARKER}\n\n| section | de |`,
      html_url: `https://github.com/${FULL}/issues/${number}`,
      user: { login: 'fake-github-user' },
      labels: [{ name: 'translations' }, { name: 'dashboard' }],
      milestone: { number: 1, open_issues: 1 },
    })
    expect(data.pull_request).toBeUndefined()
    expect((await octokit.rest.issues.listLabelsForRepo({ owner, repo })).data.map((l) => l.name)).toEqual(['translations', 'dashboard'])
    expect(await failure(octokit.rest.issues.create({ owner, repo, title: '' }))).toMatchObject({
      status: 422,
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }],
    })
  })

  it('is listed with the pull requests (each with a pull_request key), filtered by state, labels and creator', async () => {
    const all = (await octokit.rest.issues.listForRepo({ owner, repo })).data
    expect(all.map((i) => [i.number, i.pull_request ? 'pull' : 'issue'])).toEqual([
      [number, 'issue'],
      [number - 1, 'pull'],
    ])
    const labelled = (await octokit.rest.issues.listForRepo({ owner, repo, labels: 'dashboard,Translations' })).data
    expect(labelled.map((i) => i.number)).toEqual([number])
    expect((await octokit.rest.issues.listForRepo({ owner, repo, creator: 'someone-else' })).data).toEqual([])
    expect((await octokit.rest.issues.listForRepo({ owner, repo, state: 'closed' })).data).toEqual([])
    const paged = await octokit.rest.issues.listForRepo({ owner, repo, per_page: 1 })
    expect(paged.headers.link).toContain('rel="next"')
    expect((await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, per_page: 1 })).length).toBe(2)
  })

  it('is updated in place: body, closed as not planned, reopened; labels replaced, added and listed', async () => {
    const edited = await octokit.rest.issues.update({ owner, repo, issue_number: number, body: `${MARKER}\n\nnew body` })
    expect(edited.data.body).toBe(`${MARKER}\n\nnew body`)
    const closed = await octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed', state_reason: 'not_planned' })
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', closed_by: { login: 'fake-github-user' } })
    expect(closed.data.closed_at).not.toBeNull()
    const reopened = await octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'open' })
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null })
    await octokit.rest.issues.update({ owner, repo, issue_number: number, labels: ['no-dashboard'] })
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: ['Translations'] })
    expect((await octokit.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: number })).data.map((l) => l.name)).toEqual([
      'no-dashboard',
      'translations',
    ])
    expect(
      await failure(octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed', state_reason: 'wontfix' as any })),
    ).toMatchObject({
      status: 422,
      errors: [{ field: 'state_reason', code: 'invalid' }],
    })
    expect(gh.issues(FULL)).toMatchObject([{ number, state: 'open', stateReason: 'reopened', labels: ['no-dashboard', 'translations'] }])
  })

  it('takes comments, and is read back whole', async () => {
    const comment = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: 'Thanks!' })
    expect(comment.data.html_url).toBe(`https://github.com/${FULL}/issues/${number}#issuecomment-${comment.data.id}`)
    const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: number })
    expect(data).toMatchObject({ number, comments: 1, state: 'open' })
    expect((await failure(octokit.rest.issues.get({ owner, repo, issue_number: 999 }))).status).toBe(404)
  })
})

describe('GET /search/issues', () => {
  const search = (q: string) => octokit.rest.search.issuesAndPullRequests({ q })

  it('finds an issue by a hidden marker in its body, as whole words, in one repository; closed ones with is:closed', async () => {
    const { data: target } = await octokit.rest.issues.create({ owner, repo, title: 'Status', body: `${MARKER}\nbody` })
    gh.createIssue(FULL, { title: 'A person mentions learning-path-sync somewhere', user: 'ann' })
    const found = await search(`repo:${FULL} is:issue in:body "${MARKER}"`)
    expect(found.data.total_count).toBeGreaterThanOrEqual(1)
    expect(found.data.incomplete_results).toBe(false)
    expect(found.data.items.map((i) => i.number)).toContain(target.number)
    expect(found.data.items.every((i) => i.body?.includes(MARKER))).toBe(true)
    expect((await search(`repo:${FULL} is:issue in:title "${MARKER}"`)).data.total_count).toBe(0)
    await octokit.rest.issues.update({ owner, repo, issue_number: target.number, state: 'closed' })
    const closed = await search(`repo:${FULL} is:issue is:closed "learning-path-sync:dashboard"`)
    expect(closed.data.items.map((i) => [i.number, i.state, i.state_reason])).toEqual([[target.number, 'closed', 'completed']])
    expect((await search(`repo:${FULL} is:pr "${MARKER}"`)).data.total_count).toBe(0)
    // Unquoted, a marker's words match anywhere, in any order: GitHub's trap; quoted, only the phrase.
    const decoy = gh.createIssue(FULL, { title: 'Sync the dashboard', body: 'learning path sync', user: 'ann' })
    const unquoted = (await search(`repo:${FULL} is:issue learning-path-sync:dashboard`)).data.items.map((i) => i.number)
    expect(unquoted).toEqual(expect.arrayContaining([decoy, target.number]))
    const quoted = (await search(`repo:${FULL} is:issue "learning-path-sync:dashboard"`)).data.items.map((i) => i.number)
    expect(quoted).toContain(target.number)
    expect(quoted).not.toContain(decoy)
    expect((await search(`repo:${FULL} is:issue author:ann`)).data.items.map((i) => i.title)).toEqual([
      'Sync the dashboard',
      'A person mentions learning-path-sync somewhere',
    ])
  })

  it("refuses a query without is:issue or is:pull-request, and a repository it cannot see, in GitHub's words", async () => {
    expect(await failure(search(`repo:${FULL} "${MARKER}"`))).toMatchObject({
      status: 422,
      message: "Query must include 'is:issue' or 'is:pull-request'",
    })
    expect(await failure(search('repo:nobody/nothing is:issue'))).toMatchObject({
      status: 422,
      message: 'Validation Failed',
      errors: [{ resource: 'Search', field: 'q', code: 'invalid' }],
    })
  })

  it('spends its own budget of 30 a minute, not the core one', async () => {
    const before = await rest(gh, 'GET', '/user')
    const answer = await rest(gh, 'GET', `/search/issues?q=${encodeURIComponent(`repo:${FULL} is:issue`)}`)
    expect(answer.headers.get('x-ratelimit-resource')).toBe('search')
    expect(answer.headers.get('x-ratelimit-limit')).toBe('30')
    const after = await rest(gh, 'GET', '/user')
    expect(Number(after.headers.get('x-ratelimit-used'))).toBe(Number(before.headers.get('x-ratelimit-used')) + 1)
    const used = Number(answer.headers.get('x-ratelimit-used'))
    for (let i = used; i < 30; i += 1) await rest(gh, 'GET', `/search/issues?q=is:issue`)
    const spent = await rest(gh, 'GET', `/search/issues?q=is:issue`)
    expect([spent.status, spent.headers.get('x-ratelimit-remaining'), spent.headers.get('x-ratelimit-resource')]).toEqual([
      403,
      '0',
      'search',
    ])
    expect((await rest(gh, 'GET', '/user')).status).toBe(200)
  })

  it("misses a new issue while GitHub's index lags, when the repository says it does", async () => {
    const search2 = await startFakeGitHub({ token: 'other-token' })
    try {
      await search2.createRepository('lp/lagging', { 'README.md': 'r\n' }, { searchIndexLag: 1 })
      await rest(search2, 'POST', '/repos/lp/lagging/issues', { title: 'Status', body: MARKER })
      const q = `/search/issues?q=${encodeURIComponent(`repo:lp/lagging is:issue "${MARKER}"`)}`
      expect((await rest(search2, 'GET', q)).body.total_count).toBe(0)
      expect((await rest(search2, 'GET', q)).body.total_count).toBe(1)
    } finally {
      await search2.close()
    }
  })
})

describe('permissions', () => {
  it('answers 403 to issue writes from a token without issues: write, and lets it label and comment on pull requests', async () => {
    await gh.createRepository('lp/read-issues', { 'README.md': 'r\n' }, { issuesPermission: 'read' })
    const issue = gh.createIssue('lp/read-issues', { title: 'Opened by a person', user: 'ann' })
    const denied = { status: 403, message: 'Resource not accessible by integration' }
    expect(await failure(octokit.rest.issues.create({ owner, repo: 'read-issues', title: 'Status' }))).toMatchObject(denied)
    expect(await failure(octokit.rest.issues.update({ owner, repo: 'read-issues', issue_number: issue, body: 'x' }))).toMatchObject(denied)
    expect(await failure(octokit.rest.issues.addLabels({ owner, repo: 'read-issues', issue_number: issue, labels: ['x'] }))).toMatchObject(
      denied,
    )
    expect((await octokit.rest.issues.get({ owner, repo: 'read-issues', issue_number: issue })).data.title).toBe('Opened by a person')
    expect((await octokit.rest.issues.listForRepo({ owner, repo: 'read-issues' })).data).toHaveLength(1)
    await gh.pushCommit('lp/read-issues', 'work', { 'a.md': 'a\n' }, 'Work')
    const pull = (await octokit.rest.pulls.create({ owner, repo: 'read-issues', head: 'work', base: 'main', title: 'Work' })).data.number
    expect((await octokit.rest.issues.addLabels({ owner, repo: 'read-issues', issue_number: pull, labels: ['sync'] })).status).toBe(200)
  })

  it('answers 410 when the repository has issues turned off', async () => {
    await gh.createRepository('lp/no-issues', { 'README.md': 'r\n' }, { hasIssues: false })
    expect(await failure(octokit.rest.issues.create({ owner, repo: 'no-issues', title: 'Status' }))).toMatchObject({
      status: 410,
      message: 'Issues are disabled for this repo',
    })
    expect((await failure(octokit.rest.issues.listForRepo({ owner, repo: 'no-issues' }))).status).toBe(410)
  })
})
