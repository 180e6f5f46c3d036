import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './index.js'
import { CORPUS_WEBSITE, describeCorpus } from '../support/corpus.js'
import { rest } from '../support/fake-github.js'

let gh: FakeGitHub
const SITE = 'InnerSourceCommons/innersourcecommons.org'
const PREFIX = 'content/en/learn/learning-path'
/** A small repository of its own for each case: the cases write to it. */
let small: string
let smallCount = 0
beforeAll(async () => {
  gh = await startFakeGitHub()
  await gh.createRepository(SITE, { 'README.md': '# innersourcecommons.org\n' })
})
afterAll(() => gh.close())
beforeEach(async () => {
  small = `octo/small-${++smallCount}`
  await gh.createRepository(small, { 'README.md': '# small\n', 'docs/a.md': 'a\n', 'docs/b.md': 'b\n' })
})

const api = (route: string) => `/repos/${small}${route}`
/** `git hash-object` of many files in one call. */
const hashFiles = (files: string[]) =>
  execFileSync('git', ['hash-object', '--no-filters', ...files], { encoding: 'utf8' })
    .trim()
    .split('\n')
const hashText = (text: string) => execFileSync('git', ['hash-object', '--stdin'], { input: text, encoding: 'utf8' }).trim()

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`]
  })
}

describeCorpus('repositories from folders', () => {
  const FROM_FOLDER = 'InnerSourceCommons/website-from-folder'
  beforeAll(async () => {
    await gh.createRepository(FROM_FOLDER, CORPUS_WEBSITE, { prefix: PREFIX })
  })

  it('puts every file of a folder, byte for byte, under the prefix of one commit on main', () => {
    const listed = gh.git(FROM_FOLDER, ['ls-tree', '-r', 'main']).trim().split('\n')
    const files = filesUnder(CORPUS_WEBSITE)
    expect(listed).toHaveLength(files.length)
    const shas = hashFiles(files.map((f) => path.join(CORPUS_WEBSITE, f)))
    files.forEach((file, i) => {
      const line = listed.find((l) => l.endsWith(`\t${PREFIX}/${file}`))
      expect(line, file).toBeDefined()
      expect(line!.split(/\s+/)[2], file).toBe(shas[i])
    })
    expect(gh.git(FROM_FOLDER, ['rev-list', '--count', 'main']).trim()).toBe('1')
    expect(() => gh.git(FROM_FOLDER, ['fsck', '--strict', '--no-dangling'])).not.toThrow()
  })
})

describe('repositories from records', () => {
  it('describes the repository the way GitHub does', async () => {
    const answer = await rest(gh, 'GET', `/repos/${SITE}`)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      full_name: SITE,
      name: 'innersourcecommons.org',
      default_branch: 'main',
      html_url: `https://github.com/${SITE}`,
      permissions: { push: true, pull: true },
    })
  })

  it("answers 404 with GitHub's body for unknown repositories, refs and objects", async () => {
    const body = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
    for (const route of [
      `/repos/octo/missing`,
      api('/git/ref/heads/missing'),
      api(`/git/commits/${'0'.repeat(40)}`),
      api(`/git/blobs/${'1'.repeat(40)}`),
      api('/git/trees/nope'),
      api('/nothing/here'),
    ]) {
      const answer = await rest(gh, 'GET', route)
      expect([route, answer.status, answer.body]).toEqual([route, 404, body])
    }
  })

  it('sends rate limit headers on every answer, and spends one core point per request', async () => {
    const a = await rest(gh, 'GET', api(''))
    const b = await rest(gh, 'GET', '/repos/octo/missing')
    expect(a.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(a.headers.get('x-ratelimit-resource')).toBe('core')
    expect(Number(b.headers.get('x-ratelimit-remaining'))).toBe(Number(a.headers.get('x-ratelimit-remaining')) - 1)
    expect(Number(a.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
  })
})

describe('blobs, trees and commits', () => {
  it('stores blobs under the SHA git computes, from utf-8 or base64', async () => {
    const text = 'héllo\r\nworld\n'
    const utf8 = await rest(gh, 'POST', api('/git/blobs'), { content: text, encoding: 'utf-8' })
    const b64 = await rest(gh, 'POST', api('/git/blobs'), { content: Buffer.from(text).toString('base64'), encoding: 'base64' })
    expect(utf8.status).toBe(201)
    expect(utf8.body.sha).toBe(execFileSync('git', ['hash-object', '--no-filters', '--stdin'], { input: text, encoding: 'utf8' }).trim())
    expect(b64.body.sha).toBe(utf8.body.sha)
    expect(gh.git(small, ['cat-file', '-p', utf8.body.sha])).toBe(text)
    const read = await rest(gh, 'GET', api(`/git/blobs/${utf8.body.sha}`))
    expect(read.body).toMatchObject({ sha: utf8.body.sha, size: Buffer.byteLength(text), encoding: 'base64' })
    expect(Buffer.from(read.body.content, 'base64').toString('utf8')).toBe(text)
  })

  it('lists trees recursively exactly as git ls-tree -r -t does, for a tree, commit or branch', async () => {
    const viaBranch = await rest(gh, 'GET', api('/git/trees/main?recursive=1'))
    const lines = gh.git(small, ['ls-tree', '-r', '-t', '-l', 'main']).trim().split('\n')
    expect(viaBranch.body.tree.map((e: any) => [e.mode, e.type, e.sha, e.size ?? '-', e.path])).toEqual(
      lines.map((l) => {
        const [meta, p] = l.split('\t')
        const [mode, type, sha, size] = meta.split(/\s+/)
        return [mode, type, sha, size === '-' ? '-' : Number(size), p]
      }),
    )
    expect(viaBranch.body.truncated).toBe(false)
    const top = await rest(gh, 'GET', api(`/git/trees/${viaBranch.body.sha}`))
    expect(top.body.tree.map((e: any) => e.path)).toEqual(['README.md', 'docs'])
  })

  it('builds a tree on a base: inline content, an existing sha, and sha null deleting', async () => {
    const head = gh.git(small, ['rev-parse', 'main^{tree}']).trim()
    const readme = gh.git(small, ['rev-parse', 'main:README.md']).trim()
    const answer = await rest(gh, 'POST', api('/git/trees'), {
      base_tree: head,
      tree: [
        { path: 'docs/c.md', mode: '100644', type: 'blob', content: 'c\n' },
        { path: 'copy/README.md', mode: '100644', type: 'blob', sha: readme },
        { path: 'docs/a.md', mode: '100644', type: 'blob', sha: null },
        { path: 'run.sh', mode: '100755', type: 'blob', content: '#!/bin/sh\n' },
      ],
    })
    expect(answer.status).toBe(201)
    expect(gh.git(small, ['ls-tree', '-r', '--name-only', answer.body.sha]).trim().split('\n')).toEqual([
      'README.md',
      'copy/README.md',
      'docs/b.md',
      'docs/c.md',
      'run.sh',
    ])
    expect(gh.git(small, ['cat-file', '-p', `${answer.body.sha}:docs/c.md`])).toBe('c\n')
    expect(gh.git(small, ['rev-parse', `${answer.body.sha}:docs/c.md`]).trim()).toBe(hashText('c\n'))
    expect(gh.git(small, ['ls-tree', answer.body.sha, 'run.sh'])).toMatch(/^100755 blob /)
  })

  it('deletes a whole folder with sha null, and builds from nothing without a base', async () => {
    const head = gh.git(small, ['rev-parse', 'main^{tree}']).trim()
    const gone = await rest(gh, 'POST', api('/git/trees'), {
      base_tree: head,
      tree: [{ path: 'docs', mode: '040000', type: 'tree', sha: null }],
    })
    expect(gh.git(small, ['ls-tree', '-r', '--name-only', gone.body.sha]).trim()).toBe('README.md')
    const fresh = await rest(gh, 'POST', api('/git/trees'), { tree: [{ path: 'only.txt', mode: '100644', type: 'blob', content: 'x' }] })
    expect(gh.git(small, ['ls-tree', '-r', '--name-only', fresh.body.sha]).trim()).toBe('only.txt')
  })

  it('answers 422 when deleting a path that is not there, or when an entry is malformed', async () => {
    const head = gh.git(small, ['rev-parse', 'main^{tree}']).trim()
    const cases: [unknown, string][] = [
      [{ base_tree: head, tree: [{ path: 'docs/zzz.md', mode: '100644', type: 'blob', sha: null }] }, 'GitRPC::BadObjectState'],
      [
        { base_tree: head, tree: [{ path: 'x', mode: '100644', type: 'blob', sha: hashText('x'), content: 'x' }] },
        'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
      ],
      [
        { base_tree: head, tree: [{ path: 'x', mode: '100644', type: 'blob' }] },
        'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
      ],
      [
        { base_tree: head, tree: [{ path: 'x', mode: '100644', type: 'blob', sha: 'f'.repeat(40) }] },
        `tree.sha ${'f'.repeat(40)} is not a valid blob`,
      ],
      [
        { base_tree: head, tree: [{ path: '../x', mode: '100644', type: 'blob', content: 'x' }] },
        'tree.path contains a malformed path component',
      ],
      [{ base_tree: 'e'.repeat(40), tree: [] }, 'base_tree is not a valid tree oid'],
    ]
    for (const [body, message] of cases) {
      const answer = await rest(gh, 'POST', api('/git/trees'), body)
      expect([answer.status, answer.body.message]).toEqual([422, message])
    }
  })

  it('creates commits git can read, with the given author and dates', async () => {
    const parent = gh.git(small, ['rev-parse', 'main']).trim()
    const tree = gh.git(small, ['rev-parse', 'main^{tree}']).trim()
    const author = { name: 'Ada', email: 'ada@example.com', date: '2024-05-06T07:08:09+02:00' }
    const created = await rest(gh, 'POST', api('/git/commits'), { message: 'Sync the learning path', tree, parents: [parent], author })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      tree: { sha: tree },
      parents: [{ sha: parent }],
      message: 'Sync the learning path',
      author: { name: 'Ada', email: 'ada@example.com', date: '2024-05-06T05:08:09Z' },
      committer: { name: 'Ada', email: 'ada@example.com' },
    })
    const raw = gh.git(small, ['cat-file', '-p', created.body.sha])
    expect(raw).toBe(
      `tree ${tree}\nparent ${parent}\nauthor Ada <ada@example.com> 1714972089 +0200\ncommitter Ada <ada@example.com> 1714972089 +0200\n\nSync the learning path`,
    )
    const read = await rest(gh, 'GET', api(`/git/commits/${created.body.sha}`))
    expect(read.body).toEqual(created.body)
  })

  it('refuses commits on missing trees or parents', async () => {
    const tree = gh.git(small, ['rev-parse', 'main^{tree}']).trim()
    const noTree = await rest(gh, 'POST', api('/git/commits'), { message: 'm', tree: 'a'.repeat(40) })
    const noParent = await rest(gh, 'POST', api('/git/commits'), { message: 'm', tree, parents: ['b'.repeat(40)] })
    expect([noTree.status, noTree.body.message]).toEqual([422, 'Tree SHA does not exist'])
    expect([noParent.status, noParent.body.message]).toEqual([422, 'Parent SHA does not exist or is not a commit object'])
  })
})

describe('references', () => {
  it('creates, reads, fast-forwards, refuses a non-fast-forward unless forced, and deletes', async () => {
    const base = gh.git(small, ['rev-parse', 'main']).trim()
    const created = await rest(gh, 'POST', api('/git/refs'), { ref: 'refs/heads/sync', sha: base })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ ref: 'refs/heads/sync', object: { sha: base, type: 'commit' } })
    expect((await rest(gh, 'POST', api('/git/refs'), { ref: 'refs/heads/sync', sha: base })).body.message).toBe('Reference already exists')
    expect((await rest(gh, 'POST', api('/git/refs'), { ref: 'heads/x', sha: base })).status).toBe(422)
    expect((await rest(gh, 'POST', api('/git/refs'), { ref: 'refs/heads/y', sha: 'c'.repeat(40) })).body.message).toBe(
      'Object does not exist',
    )

    const ahead = await gh.pushCommit(small, 'sync', { 'new.md': 'new\n' }, 'ahead')
    const sideways = await gh.pushCommit(small, 'side', { 'side.md': 'side\n' }, 'sideways')
    const ff = await rest(gh, 'PATCH', api('/git/refs/heads/main'), { sha: ahead })
    expect(ff.status).toBe(200)
    expect(gh.git(small, ['rev-parse', 'main']).trim()).toBe(ahead)

    const refused = await rest(gh, 'PATCH', api('/git/refs/heads/main'), { sha: sideways })
    expect([refused.status, refused.body.message]).toEqual([422, 'Update is not a fast forward'])
    expect(gh.git(small, ['rev-parse', 'main']).trim()).toBe(ahead)
    const forced = await rest(gh, 'PATCH', api('/git/refs/heads/main'), { sha: sideways, force: true })
    expect(forced.status).toBe(200)
    expect(gh.git(small, ['rev-parse', 'main']).trim()).toBe(sideways)

    const read = await rest(gh, 'GET', api('/git/ref/heads/sync'))
    expect(read.body.object.sha).toBe(ahead)
    const matching = await rest(gh, 'GET', api('/git/matching-refs/heads/s'))
    expect(matching.body.map((r: any) => r.ref)).toEqual(['refs/heads/side', 'refs/heads/sync'])
    expect((await rest(gh, 'DELETE', api('/git/refs/heads/side'))).status).toBe(204)
    expect((await rest(gh, 'DELETE', api('/git/refs/heads/side'))).body.message).toBe('Reference does not exist')
    expect(
      gh
        .git(small, ['branch', '--list'])
        .trim()
        .split(/\s+/)
        .filter((b) => b !== '*'),
    ).toEqual(['main', 'sync'])
    expect((await rest(gh, 'PATCH', api('/git/refs/heads/nope'), { sha: ahead })).body.message).toBe('Reference does not exist')
  })

  it('reads files and folders of a branch through the contents API', async () => {
    await gh.pushCommit(small, 'sync', { 'new.md': 'new\n' }, 'a branch ahead of main')
    const file = await rest(gh, 'GET', api('/contents/README.md'))
    expect(file.body).toMatchObject({ type: 'file', path: 'README.md', sha: hashText('# small\n') })
    expect(Buffer.from(file.body.content, 'base64').toString()).toBe('# small\n')
    const folder = await rest(gh, 'GET', api('/contents/docs?ref=sync'))
    expect(folder.body.map((e: any) => [e.type, e.path])).toEqual([
      ['file', 'docs/a.md'],
      ['file', 'docs/b.md'],
    ])
    expect((await rest(gh, 'GET', api('/contents/nope.md'))).status).toBe(404)
  })
})

describe('read-only repositories', () => {
  it('reads but answers writes with 403 "Resource not accessible by integration"', async () => {
    await gh.createRepository('octo/locked', { 'a.txt': 'a' }, { readOnly: true })
    const repo = await rest(gh, 'GET', '/repos/octo/locked')
    expect(repo.body.permissions).toMatchObject({ push: false, pull: true })
    const write = await rest(gh, 'POST', '/repos/octo/locked/git/blobs', { content: 'x' })
    expect(write).toMatchObject({
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
    })
  })
})

describe('pushCommit', () => {
  it('commits onto a branch with a parent, deterministic dates and deletions, as someone pushing would', async () => {
    await gh.createRepository('octo/push', { 'a.txt': 'a', 'b.txt': 'b' })
    const before = gh.git('octo/push', ['rev-parse', 'main']).trim()
    const sha = await gh.pushCommit('octo/push', 'main', { 'a.txt': 'changed', 'b.txt': null, 'c/d.txt': 'd' }, 'Someone else edits')
    expect(gh.git('octo/push', ['rev-parse', 'main']).trim()).toBe(sha)
    expect(gh.git('octo/push', ['rev-parse', `${sha}^`]).trim()).toBe(before)
    expect(gh.git('octo/push', ['ls-tree', '-r', '--name-only', sha]).trim().split('\n')).toEqual(['a.txt', 'c/d.txt'])
    expect(gh.git('octo/push', ['log', '-1', '--format=%s|%an|%cI', sha]).trim()).toMatch(
      /^Someone else edits\|Fake GitHub\|2024-01-01T00:\d\d:00\+00:00$/,
    )
  })
})

describe('a repository without commits', () => {
  it('answers 409 "Git Repository is empty." on git refs, trees, commits and blobs, reads and writes, until a push', async () => {
    const { headSha } = await gh.createRepository('octo/empty', {}, { empty: true })
    expect(headSha).toBeNull()
    const base = '/repos/octo/empty'
    const sha = 'a'.repeat(40)
    const calls: [string, string, unknown?][] = [
      ['GET', '/git/ref/heads/main'],
      ['GET', '/git/matching-refs/heads'],
      ['GET', '/git/refs'],
      ['POST', '/git/refs', { ref: 'refs/heads/x', sha }],
      ['PATCH', '/git/refs/heads/main', { sha }],
      ['GET', `/git/trees/${sha}?recursive=1`],
      ['POST', '/git/trees', { tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'a' }] }],
      ['GET', `/git/commits/${sha}`],
      ['POST', '/git/commits', { message: 'm', tree: sha, parents: [] }],
      ['GET', `/git/blobs/${sha}`],
      ['POST', '/git/blobs', { content: 'a' }],
    ]
    for (const [method, route, body] of calls) {
      const answer = await rest(gh, method, `${base}${route}`, body)
      expect([method, route, answer.status, answer.body.message]).toEqual([method, route, 409, 'Git Repository is empty.'])
      expect(answer.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest\/git\/(refs|trees|commits|blobs)$/)
    }
    // The repository itself is there, with its default branch named; the contents API says it is empty.
    expect((await rest(gh, 'GET', base)).body.default_branch).toBe('main')
    expect(await rest(gh, 'GET', `${base}/contents/`)).toMatchObject({ status: 404, body: { message: 'This repository is empty.' } })
    // A first push (through git) ends it.
    const pushed = await gh.pushCommit('octo/empty', 'main', { 'README.md': 'hi\n' }, 'First')
    expect((await rest(gh, 'GET', `${base}/git/ref/heads/main`)).body.object.sha).toBe(pushed)
  })
})

describe('recursive trees past the limits', () => {
  /** A repository of its own with 40 files in 4 folders: enough entries to cut. */
  const MANY = 'octo/many-files'
  beforeAll(async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`dir-${i % 4}/file-${i}.md`, `file ${i}\n`]))
    await gh.createRepository(MANY, files)
  })

  it('keep the entries that fit in git order and say truncated, by entries or by bytes; non-recursive listings are whole', async () => {
    const whole = (await rest(gh, 'GET', `/repos/${MANY}/git/trees/main?recursive=1`)).body
    expect(whole.truncated).toBe(false)
    try {
      gh.setTreeLimits({ entries: 10 })
      const cut = (await rest(gh, 'GET', `/repos/${MANY}/git/trees/main?recursive=1`)).body
      expect(cut.truncated).toBe(true)
      expect(cut.tree).toEqual(whole.tree.slice(0, 10))
      expect((await rest(gh, 'GET', `/repos/${MANY}/git/trees/main`)).body.truncated).toBe(false)

      gh.setTreeLimits({ entries: 100_000, bytes: 1000 })
      const small = (await rest(gh, 'GET', `/repos/${MANY}/git/trees/main?recursive=1`)).body
      expect(small.truncated).toBe(true)
      expect(JSON.stringify(small.tree).length).toBeLessThanOrEqual(1000)
      expect(small.tree).toEqual(whole.tree.slice(0, small.tree.length))
      expect(JSON.stringify(whole.tree.slice(0, small.tree.length + 1)).length).toBeGreaterThan(1000)
    } finally {
      gh.setTreeLimits({ entries: 100_000, bytes: 7 * 1024 * 1024 })
    }
  })

  it('the limits can be set from outside the process: PUT /_fake/tree-limits', async () => {
    const put = await fetch(`${gh.url}/_fake/tree-limits`, { method: 'PUT', body: JSON.stringify({ entries: 5 }) })
    expect(await put.json()).toEqual({ entries: 5, bytes: 7 * 1024 * 1024 })
    expect((await rest(gh, 'GET', `/repos/${MANY}/git/trees/main?recursive=1`)).body.tree).toHaveLength(5)
    expect((await fetch(`${gh.url}/_fake/tree-limits`, { method: 'PUT', body: JSON.stringify({ entries: -1 }) })).status).toBe(422)
    gh.setTreeLimits({ entries: 100_000 })
  })
})
