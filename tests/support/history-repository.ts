// A git repository whose commits are a history fixture's commits, so that the checkout the
// action reads and the history the local GitHub serves agree to the SHA: same files touched,
// authors and `Co-authored-by` co-authors, dates and headlines; the final tree holds exactly the
// source folder's files. Built with one `git fast-import` (well under a second for the corpus's
// 897 commits), so it is generated per test run rather than checked in, and cached in the
// system's temporary folder under a hash of everything it is made from.
//
// - Commits form one line, oldest first, in an order that keeps every file's fixture order
//   (older date first on ties of the constraints), so `git log -- <file>` lists exactly the
//   fixture's commits of that file, newest first.
// - A file's commits before its newest write a line naming the file and the commit (each differs
//   from the one before, so git sees a change); its newest commit writes the real content.
// - Files the fixture has no history for are added by one root commit of their own, which
//   touches no file that has a history.
// - The fixture comes back with every oid replaced by git's SHA (and `head` by HEAD's), for
//   `startFakeGitHub({ history })`.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { HistoryCommit, HistoryFixture } from '../fake-github/types.js'
import { CORPUS_SOURCE, corpusHistory } from './corpus.js'
import { EXAMPLE_SOURCE, exampleHistory } from './example-history.js'
import { filesUnder } from './files-under.js'

export interface HistoryRepository {
  /** The checkout: its working tree is the source folder, its `.git` the history. Treat as read-only. */
  dir: string
  /** HEAD's SHA: the newest commit of the fixture. */
  head: string
  /** The fixture with git's SHAs: what the local GitHub serves for this repository. */
  history: HistoryFixture
  /** Fixture oid → git SHA. */
  shas: ReadonlyMap<string, string>
}

/** Author, committer and message of the root commit that adds the files without a history. */
const ROOT_AUTHOR = { name: 'History fixture', email: 'history-fixture@example.invalid' }
const ROOT_MESSAGE = 'Add the files the history fixture has no history for\n'
/** Committer of every fixture commit: what GitHub's merge button writes. */
const COMMITTER = { name: 'GitHub', email: 'noreply@github.com' }

/** Distinct commits of the fixture and the files each touches, in first-seen order. */
function commitsOf(fixture: HistoryFixture): { commits: HistoryCommit[]; files: Map<string, string[]> } {
  const byOid = new Map<string, HistoryCommit>()
  const files = new Map<string, string[]>()
  for (const [file, commits] of Object.entries(fixture.history)) {
    for (const commit of commits) {
      if (!byOid.has(commit.oid)) byOid.set(commit.oid, commit)
      const touched = files.get(commit.oid) ?? []
      if (touched.includes(file)) throw new Error(`history fixture: ${commit.oid} is listed twice for ${file}`)
      files.set(commit.oid, [...touched, file])
    }
  }
  return { commits: [...byOid.values()], files }
}

/**
 * Oldest first, every file's order kept: a topological sort of "older in some file's list
 * comes first", taking the oldest date (then first-seen order) among the commits free to go.
 */
function lineOrder(fixture: HistoryFixture, commits: readonly HistoryCommit[]): HistoryCommit[] {
  const index = new Map(commits.map((c, i) => [c.oid, i]))
  const after = new Map<string, Set<string>>(commits.map((c) => [c.oid, new Set()]))
  const waiting = new Map<string, number>(commits.map((c) => [c.oid, 0]))
  for (const list of Object.values(fixture.history)) {
    for (let i = 0; i + 1 < list.length; i++) {
      const [newer, older] = [list[i].oid, list[i + 1].oid]
      if (!after.get(older)!.has(newer)) {
        after.get(older)!.add(newer)
        waiting.set(newer, waiting.get(newer)! + 1)
      }
    }
  }
  const ready = commits.filter((c) => waiting.get(c.oid) === 0)
  const order: HistoryCommit[] = []
  const key = (c: HistoryCommit) => [Date.parse(c.committedDate), index.get(c.oid)!] as const
  while (ready.length > 0) {
    let best = 0
    for (let i = 1; i < ready.length; i++) {
      const [a, b] = [key(ready[i]), key(ready[best])]
      if (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) best = i
    }
    const [next] = ready.splice(best, 1)
    order.push(next)
    for (const newer of after.get(next.oid)!) {
      waiting.set(newer, waiting.get(newer)! - 1)
      if (waiting.get(newer) === 0) ready.push(commits[index.get(newer)!])
    }
  }
  if (order.length !== commits.length) throw new Error('history fixture: the files list their commits in contradicting orders')
  return order
}

/** `<seconds> <+hhmm>` of an ISO date with an offset (or Z), as git writes it. */
function gitDate(iso: string): string {
  const seconds = Date.parse(iso) / 1000
  if (!Number.isInteger(seconds)) throw new Error(`history fixture: bad date ${iso}`)
  const zone = /(Z|([+-])(\d\d):(\d\d))$/.exec(iso)
  if (!zone) throw new Error(`history fixture: date without a zone ${iso}`)
  return `${seconds} ${zone[1] === 'Z' ? '+0000' : `${zone[2]}${zone[3]}${zone[4]}`}`
}

function ident(who: { name: string; email: string }): string {
  if (/[<>\n]/.test(who.name + who.email)) throw new Error(`history fixture: ${who.name} <${who.email}> cannot be a git identity`)
  return `${who.name} <${who.email}>`
}

/** A path as fast-import reads it (unquoted: the corpora's paths need no quoting). */
function importPath(file: string): string {
  if (!/^[^"\n\\][^\n\\]*$/.test(file)) throw new Error(`history fixture: path needs quoting: ${file}`)
  return file
}

function data(bytes: Buffer | string): Buffer[] {
  const body = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes
  return [Buffer.from(`data ${body.length}\n`), body, Buffer.from('\n')]
}

/** The commit message: the headline, then one `Co-authored-by` trailer per further author. */
function message(commit: HistoryCommit): string {
  const coAuthors = commit.authors.slice(1).map((author) => `Co-authored-by: ${ident(author)}`)
  return `${commit.messageHeadline}\n${coAuthors.length > 0 ? `\n${coAuthors.join('\n')}\n` : ''}`
}

/** The fast-import stream of the whole history. */
function importStream(fixture: HistoryFixture, sourceDir: string, sourceFiles: readonly string[]): Buffer {
  const { commits, files } = commitsOf(fixture)
  const order = lineOrder(fixture, commits)
  const newest = new Map(Object.entries(fixture.history).map(([file, list]) => [file, list[0].oid]))
  const untracked = sourceFiles.filter((file) => !(file in fixture.history))
  const parts: Buffer[] = []
  const content = (file: string) => readFileSync(path.join(sourceDir, file))
  let mark = 0
  if (untracked.length > 0) {
    const date = gitDate(order[0]?.committedDate ?? '2020-01-01T00:00:00Z').replace(/^\d+/, (s) => String(Number(s) - 60))
    parts.push(
      Buffer.from(
        `commit refs/heads/main\nmark :${++mark}\nauthor ${ident(ROOT_AUTHOR)} ${date}\ncommitter ${ident(ROOT_AUTHOR)} ${date}\n`,
      ),
    )
    parts.push(...data(ROOT_MESSAGE))
    for (const file of untracked) parts.push(Buffer.from(`M 100644 inline ${importPath(file)}\n`), ...data(content(file)))
  }
  for (const commit of order) {
    const author = commit.authors[0]
    if (!author) throw new Error(`history fixture: ${commit.oid} has no author`)
    const date = gitDate(commit.committedDate)
    parts.push(
      Buffer.from(`commit refs/heads/main\nmark :${++mark}\nauthor ${ident(author)} ${date}\ncommitter ${ident(COMMITTER)} ${date}\n`),
    )
    parts.push(...data(message(commit)))
    for (const file of files.get(commit.oid)!) {
      const text = newest.get(file) === commit.oid ? content(file) : `${file} as of ${commit.oid}\n`
      parts.push(Buffer.from(`M 100644 inline ${importPath(file)}\n`), ...data(text))
    }
  }
  return Buffer.concat(parts)
}

/**
 * No system or user configuration. MALLOC_TOP_PAD_: fast-import grows and trims glibc's heap in
 * small steps, one `brk` per step; on a virtual machine where `brk` is slow that took 5.7 s for
 * the corpus instead of 0.3 s (strace: 17,000 `brk` calls). A 64 MB pad makes it a few calls.
 */
const gitEnv = (home: string) => ({
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(home, 'no-config'),
  HOME: home,
  MALLOC_TOP_PAD_: String(64 << 20),
})

/** Builds the repository in `dir` (which must not exist) and returns what it records. */
function build(fixture: HistoryFixture, sourceDir: string, dir: string): Omit<HistoryRepository, 'dir'> {
  const sourceFiles = filesUnder(sourceDir)
  const missing = Object.keys(fixture.history).filter((file) => !sourceFiles.includes(file))
  if (missing.length > 0) throw new Error(`history fixture: no source file for ${missing.join(', ')}`)
  mkdirSync(dir, { recursive: true })
  const git = (args: string[], input?: Buffer) =>
    execFileSync('git', ['-c', 'core.autocrlf=false', ...args], {
      cwd: dir,
      input,
      env: gitEnv(dir),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    })
  git(['init', '-q', '-b', 'main'])
  git(['fast-import', '--quiet', '--done'], Buffer.concat([importStream(fixture, sourceDir, sourceFiles), Buffer.from('done\n')]))
  git(['config', 'core.autocrlf', 'false'])
  git(['reset', '-q', '--hard', 'main'])
  // Every commit's SHA, matched to the fixture by position in the line (oldest first).
  const { commits } = commitsOf(fixture)
  const order = lineOrder(fixture, commits)
  const line = git(['rev-list', '--reverse', 'main']).trim().split('\n')
  const fixtureLine = line.slice(line.length - order.length)
  const shas = new Map(order.map((commit, i) => [commit.oid, fixtureLine[i]]))
  const head = line[line.length - 1]
  const history: HistoryFixture = {
    ...fixture,
    head,
    history: Object.fromEntries(
      Object.entries(fixture.history).map(([file, list]) => [file, list.map((commit) => ({ ...commit, oid: shas.get(commit.oid)! }))]),
    ),
  }
  return { head, history, shas }
}

/** Hash of everything the repository is made from: this generator, the fixture and the sources. */
function inputsHash(fixture: HistoryFixture, sourceDir: string): string {
  const hash = createHash('sha256')
  hash.update(readFileSync(fileURLToPath(import.meta.url)))
  hash.update(JSON.stringify(fixture))
  for (const file of filesUnder(sourceDir)) hash.update(`\0${file}\0`).update(readFileSync(path.join(sourceDir, file)))
  return hash.digest('hex').slice(0, 16)
}

interface Recorded {
  head: string
  history: HistoryFixture
  shas: [string, string][]
}

/**
 * The repository for `fixture` over the files of `sourceDir`: built once into the system's
 * temporary folder (named by a hash of its inputs, so any change builds a new one) and reused
 * by every test file and later run. `fresh` builds it again into `freshDir` (the determinism test).
 */
export function historyRepository(fixture: HistoryFixture, sourceDir: string, fresh?: { freshDir: string }): HistoryRepository {
  if (fresh) {
    const built = build(fixture, sourceDir, fresh.freshDir)
    return { dir: fresh.freshDir, ...built }
  }
  const home = path.join(tmpdir(), `lps-history-repo-${inputsHash(fixture, sourceDir)}`)
  const record = path.join(home, 'recorded.json')
  if (!existsSync(record)) {
    // Built beside and renamed into place: a test file running at the same time sees no half-made one.
    const draft = `${home}.draft-${process.pid}-${Date.now()}`
    const built = build(fixture, sourceDir, path.join(draft, 'repo'))
    const recorded: Recorded = { head: built.head, history: built.history, shas: [...built.shas] }
    writeFileSync(path.join(draft, 'recorded.json'), JSON.stringify(recorded))
    try {
      renameSync(draft, home)
    } catch (error) {
      // Another process got there first with the same inputs: use theirs.
      rmSync(draft, { recursive: true, force: true })
      if (!existsSync(record)) throw error
    }
  }
  const recorded = JSON.parse(readFileSync(record, 'utf8')) as Recorded
  return { dir: path.join(home, 'repo'), head: recorded.head, history: recorded.history, shas: new Map(recorded.shas) }
}

/** The bundled example's repository (no shared data needed). */
export const exampleHistoryRepository = once(() => historyRepository(exampleHistory(), EXAMPLE_SOURCE))
/** The corpus's repository; only where the corpus is (see corpus.ts). */
export const corpusHistoryRepository = once(() => historyRepository(corpusHistory(), CORPUS_SOURCE))

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}

/**
 * A clone of `repo` to change (check out another commit) or to cut short: `depth` makes it
 * shallow, as actions/checkout's default `fetch-depth: 1` does. The clone is `<temp>/repo`: the
 * caller deletes its parent folder.
 */
export function cloneHistoryRepository(repo: HistoryRepository, options: { depth?: number; checkout?: string } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lps-history-clone-'))
  const env = gitEnv(dir)
  const from = options.depth === undefined ? repo.dir : pathToFileURL(repo.dir).href
  const depth = options.depth === undefined ? [] : ['--depth', String(options.depth)]
  execFileSync('git', ['clone', '-q', ...depth, from, path.join(dir, 'repo')], { env, stdio: 'ignore' })
  if (options.checkout)
    execFileSync('git', ['checkout', '-q', '--detach', options.checkout], { cwd: path.join(dir, 'repo'), env, stdio: 'ignore' })
  return path.join(dir, 'repo')
}
