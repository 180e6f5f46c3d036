import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { gitBlobSha } from '../../src/plan/blob-sha.js'
import { treeShaAfter, type GitTreeEntry } from '../../src/publish/git-tree.js'

/** A scratch git repository; real git decides what the tree SHAs must be. */
function scratchRepo() {
  const dir = mkdtempSync(path.join(tmpdir(), 'lps-tree-'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir }).toString().trim()
  git('init', '-q')
  const write = (files: Record<string, string | null>) => {
    for (const [p, content] of Object.entries(files)) {
      const full = path.join(dir, p)
      if (content === null) rmSync(full)
      else {
        mkdirSync(path.dirname(full), { recursive: true })
        writeFileSync(full, content)
      }
    }
    git('add', '-A')
    return git('write-tree')
  }
  const listing = (tree: string): GitTreeEntry[] =>
    git('ls-tree', '-r', '-t', tree)
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [meta, p] = line.split('\t')
        const [mode, type, sha] = meta.split(' ')
        return { path: p, mode, type: type as GitTreeEntry['type'], sha }
      })
  return { dir, git, write, listing }
}

const repos: string[] = []
afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('treeShaAfter', () => {
  it('matches git write-tree for adds, updates, deletes, new folders and emptied folders', () => {
    const repo = scratchRepo()
    repos.push(repo.dir)
    const base = repo.write({
      'README.md': 'site\n',
      'content/en/learn/learning-path/_index.md': 'landing',
      'content/en/learn/learning-path/intro/01.md': 'one',
      'content/en/learn/learning-path/intro/02.md': 'two',
      'content/en/learn/learning-path/gone/01.md': 'only file',
      'content/en/learn/learning-path/intro.md': 'sorts between intro/ and intro-x',
      'content/en/learn/learning-path/intro-x/01.md': 'x',
      'static/x.js': 'x',
    })
    chmodSync(path.join(repo.dir, 'static/x.js'), 0o755)
    const baseWithExec = repo.write({})
    expect(baseWithExec).not.toBe(base)

    const changes: Record<string, string | null> = {
      'content/en/learn/learning-path/intro/01.md': 'one, edited',
      'content/en/learn/learning-path/intro/03.md': 'three',
      'content/en/learn/learning-path/new-section/_index.md': 'new',
      'content/en/learn/learning-path/gone/01.md': null,
      'static/x.js': 'x2',
    }
    const expected = repo.write(changes)
    const shaChanges = new Map(Object.entries(changes).map(([p, c]) => [p, c === null ? null : gitBlobSha(c)] as const))
    expect(treeShaAfter(baseWithExec, repo.listing(baseWithExec), shaChanges)).toBe(expected)
  })

  it('no changes: the base tree itself', () => {
    expect(treeShaAfter('abc', [], new Map())).toBe('abc')
  })

  it('refuses to delete what the tree does not hold', () => {
    expect(() => treeShaAfter('abc', [], new Map([['a/b.md', null]]))).toThrow('cannot delete a/b.md')
  })
})
