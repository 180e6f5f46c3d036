// Wrong credentials or target: one clear line, a UserError, the token never in it, nothing written.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import {
  ENGLISH_ONLY,
  NO_CREDIT,
  runFailing,
  runLogged,
  seedSite,
  startSiteGitHub,
  syncOptions,
  type OptionOverrides,
} from '../support/sync.js'
import { UserError } from '../../src/shared/user-error.js'

const SITE = 'example/site'
const READ_ONLY = 'example/read-only-site'
const EMPTY = 'example/empty-site'
let gh: FakeGitHub

/** Nothing reached the repository: one branch, no pull request. */
function expectUntouched(repo: string) {
  expect(gh.git(repo, ['for-each-ref', '--format=%(refname)']).trim()).toBe('refs/heads/main')
  expect(gh.pulls(repo)).toEqual([])
}

function expectOneCleanLine(error: Error, token: string) {
  expect(error).toBeInstanceOf(UserError)
  expect(error.message).not.toContain('\n')
  expect(error.message).not.toContain(token)
  expect(error.message.length).toBeLessThan(300)
}

describeCorpus('a sync that cannot proceed', () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
    await seedSite(gh, SITE)
    await seedSite(gh, READ_ONLY, { readOnly: true })
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('bad token (401): says so, before rendering anything', async () => {
    const token = 'ghp_wrongTokenThatMustNeverBePrinted'
    const { error, lines, requests } = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, SITE, NO_CREDIT, { github: { token } }))
    expectOneCleanLine(error, token)
    expect(error.message).toMatch(/401/)
    expect(error.message).toMatch(/token/)
    expect(lines.join('\n')).not.toContain(token)
    expect(lines.some((l) => l.startsWith('== Render'))).toBe(false)
    // The site's one query.
    expect(requests).toHaveLength(1)
    expectUntouched(SITE)
  })

  it('a dry run without a token: says that no token was given, not "401 Bad credentials"', async () => {
    const { error } = await runFailing(
      gh,
      syncOptions(gh, CORPUS_SOURCE, SITE, NO_CREDIT, { github: { token: '' }, policy: { dryRun: true } }),
    )
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toMatch(
      /^no token was given \(GITHUB_TOKEN is empty\), and example\/site cannot be read without one \(401 Bad credentials while trying to read the repository\)$/,
    )
    expectUntouched(SITE)
  })

  it('missing repository (404): names it', async () => {
    const { error } = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, 'example/no-such-site', NO_CREDIT))
    expectOneCleanLine(error, gh.token)
    expect(error.message).toContain('example/no-such-site')
    expect(error.message).toMatch(/404|not found/)
  })

  it('missing base branch: names it, and what to do', async () => {
    const { error } = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, SITE, NO_CREDIT, { target: { base: 'production' } }))
    expectOneCleanLine(error, gh.token)
    expect(error.message).toBe(
      "base branch 'production' not found in example/site: set base to one of its branches, or create 'production' there",
    )
    expectUntouched(SITE)
  })

  it('an empty repository (409 Git Repository is empty.): the same line as a missing base branch, before rendering', async () => {
    await gh.createRepository(EMPTY, {}, { empty: true })
    const { error, lines, requests } = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, EMPTY, NO_CREDIT))
    expectOneCleanLine(error, gh.token)
    expect(error.message).toBe(
      "base branch 'main' not found in example/empty-site (the repository is empty): push a first commit to 'main', then sync",
    )
    // The site's one query says so (`isEmpty`), where REST needed the repository and a 409 from its ref.
    expect(requests.map((r) => [r.method, r.path, r.operationName, r.status])).toEqual([['POST', '/graphql', 'SiteState', 200]])
    expect(lines.some((l) => l.startsWith('== Render'))).toBe(false)
    expect(gh.git(EMPTY, ['for-each-ref']).trim()).toBe('')
  })

  it('token without write permission: refused before rendering, from the permissions GitHub lists', async () => {
    const { error, rest, lines } = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, READ_ONLY, NO_CREDIT, ENGLISH_ONLY))
    expectOneCleanLine(error, gh.token)
    expect(error.message).toBe(
      'the token may not write to example/read-only-site (GitHub lists its permissions there as: pull): it needs Contents and Pull requests read and write permission there',
    )
    expect(lines.some((l) => l.startsWith('== Render'))).toBe(false)
    expect(rest.filter((r) => r.write)).toEqual([])
    expectUntouched(READ_ONLY)
    // A dry run only reads: the same token is fine for it.
    const dry = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, READ_ONLY, NO_CREDIT, ENGLISH_ONLY, { policy: { dryRun: true } }))
    expect(dry.result.dryRun).toBe(true)
  })

  it('a target-path the base branch does not have: refused before any write (create-target-path: true creates it)', async () => {
    const elsewhere: OptionOverrides = { target: { path: 'content/learn/learning-path' } }
    const { error, rest } = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, SITE, NO_CREDIT, ENGLISH_ONLY, elsewhere))
    expectOneCleanLine(error, gh.token)
    expect(error.message).toBe(
      'target-path: content/learn/learning-path does not exist on main of example/site: check its spelling (nearest folders there: content/en); only to start a new site there, create-target-path: true creates it',
    )
    expect(rest.filter((r) => r.write)).toEqual([])
    expectUntouched(SITE)
    const repo = 'example/new-folder-site'
    await seedSite(gh, repo)
    const created = await runLogged(
      gh,
      syncOptions(gh, CORPUS_SOURCE, repo, NO_CREDIT, ENGLISH_ONLY, elsewhere, { policy: { createTargetPath: true } }),
    )
    expect(created.result.operation).toBe('created')
    expect(created.result.changedFiles.every((f) => f.startsWith('content/learn/learning-path/'))).toBe(true)
  })

  it('the sync branch is the base branch: refused before any request', async () => {
    const named = await runFailing(
      gh,
      syncOptions(gh, CORPUS_SOURCE, SITE, NO_CREDIT, { target: { base: 'main' }, pullRequest: { branch: 'main' } }),
    )
    expect(named.error).toBeInstanceOf(UserError)
    expect(named.error.message).toContain('never writes to the base')
    expect(named.rest).toEqual([])
    // The default branch, found out from the repository, is refused just the same.
    const found = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, SITE, NO_CREDIT, { pullRequest: { branch: 'main' } }))
    expect(found.error.message).toContain('never writes to the base')
    expect(found.rest.filter((r) => r.write)).toEqual([])
    expectUntouched(SITE)
  })

  it.each(['../outside', '/content/en', 'content/../../x'])('target-path %s escaping the repository is refused', async (targetPath) => {
    const { error, rest } = await runFailing(gh, syncOptions(gh, CORPUS_SOURCE, SITE, NO_CREDIT, { target: { path: targetPath } }))
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toContain('target-path')
    expect(rest).toEqual([])
  })
})
