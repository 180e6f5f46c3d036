// A token that cannot travel in an HTTP header (a secret pasted as two lines, a typographic
// character in it) is named as such, never as "GitHub answered 500", and never shown.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Octokit } from 'octokit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitHubContributorProvider } from '../../src/credit/github-provider.js'
import { GitHubRepoApi } from '../../src/github/repository-api.js'
import { createGitHubClient } from '../../src/github/client.js'
import { FAST_TIMING } from '../../src/github/timing.js'
import { tokenHeaderProblem } from '../../src/github/token-header.js'
import { UserError } from '../../src/shared/user-error.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { connectionTo, testContext } from '../support/run-context.js'
import { runCli } from '../support/run-cli.js'

const SITE = 'example/site'
const LINE_BREAK = 'the token is not a valid HTTP header value (it contains a line break): check the secret'
const OUTSIDE_LATIN1 = 'the token is not a valid HTTP header value (it contains a character outside Latin-1): check the secret'
const NUL = 'the token is not a valid HTTP header value (it contains a NUL character): check the secret'
/** Secrets as they get pasted wrong; each piece is long enough to be recognised if printed. */
const TWO_LINES = 'ghp_FirstLineOfTheSecret\nghp_SecondLineOfTheSecret'
const TYPOGRAPHIC = 'ghp_SecretWith\u2019Quote'

let gh: FakeGitHub
let echo: Server
let echoUrl: string

beforeAll(async () => {
  gh = await startFakeGitHub()
  await gh.createRepository(SITE, { 'content/_index.md': 'site\n' })
  // What fetch actually sends, for comparing our check with fetch's own rule.
  echo = createServer((req, res) => res.end(req.headers.authorization ?? ''))
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve))
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`
})
afterAll(async () => {
  await gh?.close()
  echo?.close()
})

describe('which tokens fetch cannot send', () => {
  it.each([
    ['an ordinary token', 'ghp_ordinary', null],
    ['a trailing line break (fetch strips it)', 'ghp_ordinary\n', null],
    ['a Latin-1 letter', 'ghp_caf\u00e9', null],
    ['a line break inside', TWO_LINES, LINE_BREAK],
    ['a carriage return inside', 'ghp_first\rsecond', LINE_BREAK],
    ['a character above U+00FF', TYPOGRAPHIC, OUTSIDE_LATIN1],
    ['a NUL', 'ghp_first\0second', NUL],
  ])('%s', async (_name, token, problem) => {
    expect(tokenHeaderProblem(token)).toBe(problem)
    // The rule is fetch's: what it refuses, we refuse; what it sends, we let through.
    const sent = await fetch(echoUrl, { headers: { authorization: `token ${token}` } }).then(
      (response) => response.text(),
      () => null,
    )
    expect(sent === null).toBe(problem !== null)
    if (problem) expect(problem).not.toContain(token.slice(0, 8))
  })
})

describe('refused before any request', () => {
  it('a client is not even made for such a token', () => {
    expect(() => createGitHubClient(testContext({ token: TWO_LINES, apiUrl: gh.url }), 'write')).toThrow(new UserError(LINE_BREAK))
  })

  it.each([
    ['two lines', TWO_LINES, LINE_BREAK],
    ['a character outside Latin-1', TYPOGRAPHIC, OUTSIDE_LATIN1],
  ])('the CLI: one line, exit 1, no request, the token nowhere (%s)', async (_name, token, message) => {
    gh.clearRequests()
    const run = await runCli(
      [
        'sync',
        '--source',
        'examples/learning-path',
        '--target',
        SITE,
        '--target-path',
        'content',
        '--contributors',
        'github',
        '--source-repository',
        'example/learning-path',
        '--dry-run',
      ],
      { ...process.env, GITHUB_TOKEN: token, GITHUB_API_URL: gh.url, LEARNING_PATH_SYNC_FAST_RETRIES: '1' },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(`error: ${message}\n`)
    expect(run.stdout).toBe('')
    expect(gh.requests).toEqual([])
    for (const piece of token.split('\n')) expect(run.stdout + run.stderr).not.toContain(piece)
  })
})

describe('a client made elsewhere: the failed request is named for what it is', () => {
  /** An octokit that takes any token: the failure comes from fetch, wrapped by octokit as "500". */
  const plainOctokit = (token: string) => new Octokit({ auth: token, baseUrl: gh.url, retry: { enabled: false } })

  it('a REST read: the token line, not "GitHub answered 500"', async () => {
    gh.clearRequests()
    const api = new GitHubRepoApi(plainOctokit(TWO_LINES), SITE)
    const error = await api.repository().then(
      () => new Error('answered'),
      (e: Error) => e,
    )
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toBe(LINE_BREAK)
    expect(gh.requests).toEqual([])
  })

  it('the contributor history: the same line, and the run stops (it is no one file’s problem)', async () => {
    const context = testContext({ token: TYPOGRAPHIC, apiUrl: gh.url }, { ...FAST_TIMING, retries: 0 })
    const source = { repository: 'example/learning-path', ref: 'main' }
    const provider = new GitHubContributorProvider(context, source, undefined, plainOctokit(TYPOGRAPHIC))
    await expect(provider.credit(['a/01-x.asciidoc'])).rejects.toThrow(new UserError(OUTSIDE_LATIN1))
  })

  it('a real 500 that GitHub answered is still "GitHub answered 500"', async () => {
    gh.addFault({ method: 'GET', path: `/repos/${SITE}`, status: 500 })
    const client = createGitHubClient(testContext(connectionTo(gh), { ...FAST_TIMING, retries: 0 }), 'write')
    const error = await new GitHubRepoApi(client, SITE).repository().then(
      () => new Error('answered'),
      (e: Error) => e,
    )
    expect(error).not.toBeInstanceOf(UserError)
    expect(error.message).toBe(`GitHub answered 500 (Server Error) while trying to read the repository on ${SITE}`)
  })
})
