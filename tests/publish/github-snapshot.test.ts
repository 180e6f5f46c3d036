// Reading the base: one recursive listing, or — for repositories GitHub truncates — a walk down
// to the target folder. Both must give the plan and the tree SHA the same ground.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import { connectionTo, testContext } from '../support/run-context.js'
import { gitBlobSha } from '../../src/plan/blob-sha.js'
import { GitHubRepoApi } from '../../src/github/repository-api.js'
import { blobReader, loadBase, siteFileReader, walkToTarget } from '../../src/publish/github-snapshot.js'
import { treeShaAfter } from '../../src/publish/git-tree.js'
import { OptionError, UserError } from '../../src/shared/user-error.js'
import { flagNamer } from '../../src/commands/args.js'
import { OPTION_TABLE } from '../../src/shared/option-table.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { TARGET } from '../support/github-site.js'

const REPO = 'example/site'
let gh: FakeGitHub
let api: GitHubRepoApi

beforeAll(async () => {
  gh = await startFakeGitHub()
  await gh.createRepository(REPO, {
    'README.md': 'site',
    'content/en/blog/post.md': 'post',
    [`${TARGET}/_index.md`]: 'landing',
    [`${TARGET}/intro/01.md`]: 'one',
    [`${TARGET}/intro/02.md`]: 'two',
  })
  api = freshApi()
})

/** A client of its own, so no answer comes from another test's conditional rereads. */
const freshApi = (repository = REPO) => new GitHubRepoApi(createGitHubClient(testContext(connectionTo(gh)), 'read'), repository)
afterAll(async () => {
  await gh?.close()
})

describe('reading the base', () => {
  it('one listing: the files under the target folder with their blob SHAs, in three requests', async () => {
    gh.clearRequests()
    const base = await loadBase(api, TARGET, undefined, 'sync')
    expect(gh.requests).toHaveLength(3)
    expect(base.branch).toBe('main')
    expect(base.commitSha).toBe(gh.git(REPO, ['rev-parse', 'main']).trim())
    expect(base.treeSha).toBe(gh.git(REPO, ['rev-parse', 'main^{tree}']).trim())
    expect(Object.fromEntries(base.files)).toEqual({
      '_index.md': gitBlobSha('landing'),
      'intro/01.md': gitBlobSha('one'),
      'intro/02.md': gitBlobSha('two'),
    })
  })

  it('the walk down to the target gives the same files and the same tree SHA after changes', async () => {
    const base = await loadBase(api, TARGET, undefined, 'sync')
    const walked = await walkToTarget(api, base.commitSha, TARGET)
    expect(walked.treeSha).toBe(base.treeSha)
    const under = (entries: { path: string; sha: string; type: string }[]) =>
      entries.filter((e) => e.type === 'blob' && e.path.startsWith(TARGET + '/')).map((e) => [e.path, e.sha])
    expect(under(walked.listing)).toEqual(under(base.listing))
    const changes = new Map<string, string | null>([
      [`${TARGET}/intro/01.md`, gitBlobSha('one, edited')],
      [`${TARGET}/intro/02.md`, null],
      [`${TARGET}/new/01.md`, gitBlobSha('new')],
    ])
    expect(treeShaAfter(walked.treeSha, walked.listing, changes)).toBe(treeShaAfter(base.treeSha, base.listing, changes))
  })

  it('a target folder the site does not have yet: refused unless asked to create it; then no files, and new pages can still be placed', async () => {
    // A typo: the spelling is what to check, with the folders nearest to it; creating it is only for a new site.
    const typo = await loadBase(api, 'content/en/lern', undefined, 'sync').catch((error: unknown) => error)
    expect(typo).toBeInstanceOf(OptionError)
    expect((typo as OptionError).option).toBe('target-path')
    expect((typo as OptionError).problem).toMatch(
      /^content\/en\/lern does not exist on main of .*: check its spelling \(nearest folders there: content\/en\/learn, content\/en\/blog\); only to start a new site there, create-target-path: true creates it$/,
    )
    expect((typo as OptionError).worded(flagNamer(OPTION_TABLE, 'sync'))).toMatch(/^--target-path: .* --create-target-path creates it$/)
    await expect(loadBase(api, 'content/de/learn', undefined, 'sync')).rejects.toThrow(/^target-path: content\/de\/learn does not exist/)
    const base = await loadBase(api, 'content/de/learn', undefined, 'sync', true)
    expect(base.files.size).toBe(0)
    const walked = await walkToTarget(api, base.commitSha, 'content/de/learn')
    const changes = new Map([['content/de/learn/intro/01.md', gitBlobSha('eins')]])
    expect(treeShaAfter(walked.treeSha, walked.listing, changes)).toBe(treeShaAfter(base.treeSha, base.listing, changes))
  })
})

describe('what GitHub answers that changes the way', () => {
  it('a recursive listing GitHub truncates: the walk down to the target runs and gives the same base', async () => {
    const whole = await loadBase(freshApi(), TARGET, undefined, 'sync')
    // The root listing has 11 entries (folders included), the target folder's 4.
    gh.setTreeLimits({ entries: 8 })
    try {
      gh.clearRequests()
      const walked = await loadBase(freshApi(), TARGET, undefined, 'sync')
      const trees = gh.exchanges.filter((e) => e.path.includes('/git/trees/'))
      expect(trees.map((e) => [e.query, JSON.parse(e.responseBody).truncated])).toEqual([
        ['?recursive=true', true],
        ['', false],
        ['', false],
        ['', false],
        ['', false],
        ['?recursive=true', false],
      ])
      expect(gh.requests.map((r) => r.path.replace(/^\/repos\/example\/site/, ''))).toEqual([
        '',
        '/git/ref/heads/main',
        expect.stringMatching(/^\/git\/trees\/[0-9a-f]{40}$/),
        expect.stringMatching(/^\/git\/commits\/[0-9a-f]{40}$/),
        ...Array(5).fill(expect.stringMatching(/^\/git\/trees\/[0-9a-f]{40}$/)),
      ])
      expect(walked.treeSha).toBe(whole.treeSha)
      expect(walked.files).toEqual(whole.files)
    } finally {
      gh.setTreeLimits({ entries: 100_000 })
    }
  })

  it('a target folder too large even on its own: one clear error', async () => {
    gh.setTreeLimits({ entries: 3 })
    try {
      await expect(loadBase(freshApi(), TARGET, undefined, 'sync')).rejects.toThrow(
        new UserError(`the folder '${TARGET}' of ${REPO} is too large for one tree listing`),
      )
    } finally {
      gh.setTreeLimits({ entries: 100_000 })
    }
  })

  it('a base branch the repository lacks: one line naming both and what to do', async () => {
    gh.clearRequests()
    const error = await loadBase(freshApi(), TARGET, 'production', 'sync').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toBe(
      "base branch 'production' not found in example/site: set base to one of its branches, or create 'production' there",
    )
    expect(gh.requests.map((r) => [r.path, r.status])).toEqual([['/repos/example/site/git/ref/heads/production', 404]])
  })

  it('an empty repository (409 Git Repository is empty.): the same line as a missing base branch', async () => {
    await gh.createRepository('example/empty', {}, { empty: true })
    const empty = freshApi('example/empty')
    gh.clearRequests()
    const error = await loadBase(empty, TARGET, undefined, 'sync').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toBe(
      "base branch 'main' not found in example/empty (the repository is empty): push a first commit to 'main', then sync",
    )
    expect(gh.requests.map((r) => [r.path, r.status])).toEqual([
      ['/repos/example/empty', 200],
      ['/repos/example/empty/git/ref/heads/main', 409],
    ])
  })
})

describe('reading a file of the site (the Hugo language configuration)', () => {
  const SITE = 'example/site-with-config'
  const CANDIDATES = ['config/_default/languages.toml', 'config/_default/languages.yaml', 'hugo.toml']
  const LANGUAGES = 'en:\n  weight: 1\nde:\n  weight: 2\n'
  beforeAll(async () => {
    await gh.createRepository(SITE, {
      'config/_default/languages.yaml': LANGUAGES,
      'hugo.toml': 'title = "site"\n',
      [`${TARGET}/_index.md`]: 'landing',
      [`${TARGET}/intro/01.md`]: 'one',
    })
  })

  it('takes the first candidate the listing holds, in one request', async () => {
    const site = freshApi(SITE)
    const base = await loadBase(site, TARGET, undefined, 'sync')
    gh.clearRequests()
    const found = await siteFileReader(site, base, blobReader(site))(CANDIDATES)
    expect(found).toEqual({ path: 'config/_default/languages.yaml', text: LANGUAGES })
    expect(gh.requests.map((r) => r.path)).toEqual([`/repos/${SITE}/git/blobs/${gitBlobSha(LANGUAGES)}`])
    gh.clearRequests()
    expect(await siteFileReader(site, base, blobReader(site))(['config/_default/hugo.yaml', 'missing.toml'])).toBeNull()
    expect(gh.requests).toHaveLength(0)
  })

  it('when GitHub truncates the listing, lists the folder off the way to the target first (one request more)', async () => {
    gh.setTreeLimits({ entries: 6 })
    try {
      const site = freshApi(SITE)
      const base = await loadBase(site, TARGET, undefined, 'sync')
      expect(base.complete).toBe(false)
      gh.clearRequests()
      const found = await siteFileReader(site, base, blobReader(site))(CANDIDATES)
      expect(found?.path).toBe('config/_default/languages.yaml')
      expect(gh.requests.map((r) => r.path.replace(/[0-9a-f]{40}/, 'SHA'))).toEqual([
        `/repos/${SITE}/git/trees/SHA`,
        `/repos/${SITE}/git/blobs/SHA`,
      ])
      // A file at the root needs no listing.
      gh.clearRequests()
      expect((await siteFileReader(site, base, blobReader(site))(['hugo.toml']))?.text).toBe('title = "site"\n')
      expect(gh.requests).toHaveLength(1)
    } finally {
      gh.setTreeLimits({ entries: 100_000 })
    }
  })
})
