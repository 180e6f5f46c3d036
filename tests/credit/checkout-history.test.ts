// Reading the credited files' history from the checkout: one `git log` that lists, per file,
// exactly what `git log -- <file>` lists (merges included), with the authors, co-authors,
// headlines and dates GitHub would give; and every reason the checkout cannot stand for GitHub.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCheckoutHistory, type CheckoutHistory } from '../../src/credit/checkout-history.js'
import { parseCheckoutLog } from '../../src/credit/checkout-log.js'

let root: string
let repo: string
let head: string
let seconds = 0

// Names a careless reader would take for options, spaces, non-ASCII: all reach git after `--`.
const PATHS = ['intro/01.asciidoc', 'intro/-n.asciidoc', 'intro/ü space.asciidoc', 'intro/--all.asciidoc']

function git(args: string[], cwd = repo): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(root, 'none'), HOME: root },
  })
}

function commit(files: Record<string, string>, who: string, message: string, zone = '+0000') {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true })
    writeFileSync(path.join(repo, file), text)
  }
  git(['add', '-A'])
  const date = `${1_700_000_000 + 60 * seconds++} ${zone}`
  execFileSync('git', ['-c', `user.name=${who}`, '-c', `user.email=${who.toLowerCase()}@example.com`, 'commit', '-q', '-F', '-'], {
    cwd: repo,
    input: message,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  })
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'lps-checkout-history-'))
  repo = path.join(root, 'repo')
  mkdirSync(repo)
  git(['init', '-q', '-b', 'main'])
  const lines = (first: string, last: string) => `${first}\nb\nc\nd\n${last}\n`
  commit(
    { [PATHS[0]]: lines('a', 'e'), [PATHS[1]]: 'n\n', [PATHS[2]]: 'u\n', [PATHS[3]]: 'all\n', 'other.txt': 'o\n' },
    'Ann',
    'Add the introduction\n',
  )
  commit(
    { [PATHS[0]]: lines('A', 'e') },
    'Bob',
    'First line of the subject\nand its second line\n\nA body.\n\nCo-authored-by: Cora Co <cora@example.com>\nCo-authored-by: Dan <12+dan@users.noreply.github.com>\n',
    '+0200',
  )
  // A side branch and main both change 01 (the merge differs from both parents) and one file
  // each (the merge takes that side's version: it is in neither file's history).
  git(['checkout', '-q', '-b', 'side'])
  commit({ [PATHS[0]]: lines('A2', 'e'), [PATHS[2]]: 'u side\n' }, 'Cleo', 'Side edits\n')
  git(['checkout', '-q', 'main'])
  commit({ [PATHS[0]]: lines('A', 'E'), [PATHS[1]]: 'n main\n' }, 'Dora', 'Main edits\n', '-0500')
  execFileSync('git', ['-c', 'user.name=Eve', '-c', 'user.email=eve@example.com', 'merge', '-q', '--no-edit', 'side'], {
    cwd: repo,
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
      GIT_AUTHOR_DATE: '1700009000 +0000',
      GIT_COMMITTER_DATE: '1700009000 +0000',
    },
  })
  commit({ 'other.txt': 'o2\n' }, 'Finn', 'Only outside the credited files\n')
  head = git(['rev-parse', 'HEAD']).trim()
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

async function usable(dir: string, paths: readonly string[], commit?: string): Promise<CheckoutHistory> {
  const reading = await readCheckoutHistory(dir, paths, commit)
  if (!reading.usable) throw new Error(reading.reason)
  return reading.history
}

describe('readCheckoutHistory', () => {
  it("lists each file's commits as `git log -- <file>` does, merges included, in one git log", async () => {
    const history = await usable(repo, PATHS, head)
    expect(history.head).toBe(head)
    for (const file of PATHS) {
      expect(history.files.get(file), file).toEqual(git(['log', '--format=%H', '--', file]).trim().split('\n'))
    }
    // The merge is in 01's history (it differs from both parents there), not in the others'.
    const merge = git(['rev-parse', 'HEAD~1']).trim()
    expect(history.files.get(PATHS[0])).toContain(merge)
    expect(history.files.get(PATHS[2])).not.toContain(merge)
    // The newest commit changed no credited file: it is not among the commits.
    expect(history.commits.map((c) => c.oid)).not.toContain(head)
  })

  it("gives each commit's authors and co-authors as written, its first line as headline, its date in UTC", async () => {
    const history = await usable(repo, PATHS, head)
    const bob = history.commits.find((c) => c.authors[0].name === 'Bob')
    expect(bob).toMatchObject({
      headline: 'First line of the subject',
      date: '2023-11-14T22:14:20Z',
      authors: [
        { name: 'Bob', email: 'bob@example.com' },
        { name: 'Cora Co', email: 'cora@example.com' },
        { name: 'Dan', email: '12+dan@users.noreply.github.com' },
      ],
      files: [PATHS[0]],
    })
    expect(history.commits.find((c) => c.authors[0].name === 'Dora')?.date).toBe('2023-11-14T22:16:20Z')
  })

  it('takes a source commit given short or long, and HEAD as it is without one', async () => {
    expect((await usable(repo, PATHS, head.slice(0, 7))).head).toBe(head)
    expect((await usable(repo, PATHS)).head).toBe(head)
  })

  it('says why the checkout cannot stand for GitHub: another HEAD, a shallow clone, a sub-folder, no checkout, an unknown file', async () => {
    const reason = async (dir: string, paths: readonly string[], commit?: string) => {
      const reading = await readCheckoutHistory(dir, paths, commit)
      return reading.usable ? 'usable' : reading.reason
    }
    const parent = git(['rev-parse', 'HEAD~1']).trim()
    expect(await reason(repo, PATHS, parent)).toBe(`the checkout's HEAD ${head.slice(0, 7)} is not the source commit ${parent.slice(0, 7)}`)

    const shallow = path.join(root, 'shallow')
    execFileSync('git', ['clone', '-q', '--depth', '1', pathToFileURL(repo).href, shallow], { stdio: 'ignore' })
    expect(await reason(shallow, PATHS, head)).toBe('the source checkout is a shallow clone')

    expect(await reason(path.join(repo, 'intro'), ['01.asciidoc'])).toMatch(/^the source folder is not the root of its git checkout \(/)
    expect(await reason(root, PATHS)).toMatch(/^the source folder is not a git checkout \(fatal: not a git repository/)

    writeFileSync(path.join(repo, 'intro/new.asciidoc'), 'not committed\n')
    expect(await reason(repo, [...PATHS, 'intro/new.asciidoc'])).toBe("the checkout's history has no commit of intro/new.asciidoc")
    rmSync(path.join(repo, 'intro/new.asciidoc'))
  })
})

describe('parseCheckoutLog', () => {
  const record = (oid: string, ...fields: string[]) => `\0\0${oid}\0${fields.join('\0')}\0`
  const oid = 'a'.repeat(40)

  it('refuses output it cannot account for, rather than guess', () => {
    const header = record(oid, '2024-01-01T00:00:00+01:00', 'Ann', 'ann@example.com', 'Edit\n', '')
    expect(parseCheckoutLog(`${header}\na.adoc\0`, ['a.adoc'])).toEqual([
      { oid, date: '2023-12-31T23:00:00Z', headline: 'Edit', authors: [{ name: 'Ann', email: 'ann@example.com' }], files: ['a.adoc'] },
    ])
    expect(() => parseCheckoutLog(`${header}\nb.adoc\0`, ['a.adoc'])).toThrow('git log: unexpected output "\\nb.adoc"')
    expect(() => parseCheckoutLog('gpg: Signature made\n', ['a.adoc'])).toThrow('unexpected output')
    expect(() => parseCheckoutLog(record(oid, 'not a date', 'Ann', 'a@b', 'x', ''), ['a.adoc'])).toThrow('cut short')
  })
})
