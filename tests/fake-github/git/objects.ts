// Git objects in the shapes the REST API needs, read and written through the object database.
import { ObjectDb, type ObjectType } from './object-db.js'
import { readRef } from './refs.js'
import { FAKE_IDENTITY, git } from './runner.js'

export type { ObjectType } from './object-db.js'

export interface Signature {
  name: string
  email: string
  /** ISO 8601 in UTC, as GitHub shows it: 2024-01-01T00:00:00Z. */
  date: string
}

export interface CommitObject {
  sha: string
  tree: string
  parents: string[]
  author: Signature
  committer: Signature
  message: string
}

export interface TreeEntry {
  path: string
  /** As `git ls-tree` prints it: 100644, 100755, 120000, 040000, 160000. */
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  /** Blobs only. */
  size?: number
}

const OID = /^[0-9a-f]{40}$/

/** A full lowercase hex object id; branded so a failed check leaves a string a string. */
export type Oid = string & { readonly oid: true }

export function isOid(value: unknown): value is Oid {
  return typeof value === 'string' && OID.test(value)
}

const db = (gitDir: string) => new ObjectDb(gitDir)

/** Types of objects; missing objects are absent from the map. */
export async function objectTypes(gitDir: string, shas: string[]): Promise<Map<string, ObjectType>> {
  const types = new Map<string, ObjectType>()
  const store = db(gitDir)
  for (const sha of new Set(shas.filter(isOid))) {
    const type = await store.type(sha)
    if (type) types.set(sha, type)
  }
  return types
}

export async function objectType(gitDir: string, sha: string): Promise<ObjectType | undefined> {
  return isOid(sha) ? db(gitDir).type(sha) : undefined
}

/** The commit a revision names (a SHA, branch, tag or full ref), or undefined. */
export async function resolveCommit(gitDir: string, revision: string): Promise<string | undefined> {
  if (revision.startsWith('-') || revision === '') return undefined
  if (isOid(revision)) return (await objectType(gitDir, revision)) === 'commit' ? revision : undefined
  for (const ref of [revision, `refs/heads/${revision}`, `refs/tags/${revision}`]) {
    const sha = ref.startsWith('refs/') ? await readRef(gitDir, ref) : undefined
    if (sha && (await objectType(gitDir, sha)) === 'commit') return sha
  }
  // Anything fancier (abbreviated SHAs, `main~1`) is git's to answer.
  try {
    return await git(gitDir, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])
  } catch {
    return undefined
  }
}

/** The tree a tree-ish names (a tree SHA, a commit SHA or a branch), or undefined. */
export async function resolveTree(gitDir: string, treeish: string): Promise<string | undefined> {
  if (isOid(treeish) && (await objectType(gitDir, treeish)) === 'tree') return treeish
  const commit = await resolveCommit(gitDir, treeish)
  return commit ? (await readCommit(gitDir, commit))?.tree : undefined
}

export async function readCommit(gitDir: string, sha: string): Promise<CommitObject | undefined> {
  const object = await db(gitDir).read(sha)
  if (object?.type !== 'commit') return undefined
  const raw = object.content.toString('utf8')
  const split = raw.indexOf('\n\n')
  const header = split < 0 ? raw : raw.slice(0, split)
  const message = split < 0 ? '' : raw.slice(split + 2)
  const commit: CommitObject = { sha, tree: '', parents: [], author: noSignature(), committer: noSignature(), message }
  for (const line of header.split('\n')) {
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    const value = line.slice(space + 1)
    if (key === 'tree') commit.tree = value
    else if (key === 'parent') commit.parents.push(value)
    else if (key === 'author') commit.author = parseSignature(value)
    else if (key === 'committer') commit.committer = parseSignature(value)
  }
  return commit
}

function noSignature(): Signature {
  return { name: '', email: '', date: isoSeconds(0) }
}

/** `Name <email> 1704067200 +0100` -> { name, email, date in UTC }. */
function parseSignature(value: string): Signature {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value)
  if (!match) return { ...noSignature(), name: value }
  return { name: match[1], email: match[2], date: isoSeconds(Number(match[3]) * 1000) }
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** ISO 8601 -> git's `<epoch seconds> <±hhmm>`, keeping the offset the date was given in. */
export function gitDate(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`not a date: ${iso}`)
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(iso)
  const tz = offset ? `${offset[1]}${offset[2]}${offset[3]}` : '+0000'
  return `${Math.floor(ms / 1000)} ${tz}`
}

export interface NewCommit {
  message: string
  tree: string
  parents: string[]
  author?: Partial<Signature>
  committer?: Partial<Signature>
}

/** Writes a commit object; the author defaults to the fake's identity at `now`, the committer to the author. */
export async function writeCommit(gitDir: string, commit: NewCommit, now: string): Promise<string> {
  const author = { ...FAKE_IDENTITY, date: now, ...commit.author }
  const committer = { ...author, ...commit.committer }
  const line = (s: typeof author) => `${s.name} <${s.email}> ${gitDate(s.date)}`
  const text = [
    `tree ${commit.tree}`,
    ...commit.parents.map((p) => `parent ${p}`),
    `author ${line(author)}`,
    `committer ${line(committer)}`,
    '',
    commit.message,
  ].join('\n')
  return db(gitDir).write('commit', Buffer.from(text, 'utf8'))
}

/** Entries of a tree in git's order; `recursive` also lists subtrees' contents, like `ls-tree -r -t`. */
export async function listTree(gitDir: string, tree: string, recursive: boolean): Promise<TreeEntry[]> {
  const store = db(gitDir)
  const out: TreeEntry[] = []
  const visit = async (sha: string, prefix: string) => {
    const object = await store.read(sha)
    if (object?.type !== 'tree') throw new Error(`fake-github: ${sha} is not a tree`)
    for (const raw of parseTree(object.content)) {
      const entry: TreeEntry = { ...raw, path: prefix + raw.path }
      if (entry.type === 'blob') entry.size = (await store.describe(entry.sha))?.size ?? 0
      out.push(entry)
      if (recursive && entry.type === 'tree') await visit(entry.sha, `${entry.path}/`)
    }
  }
  await visit(tree, '')
  return out
}

/** A tree object's entries: `<mode> <name>\0<20-byte sha>` repeated. */
export function parseTree(content: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = []
  let at = 0
  while (at < content.length) {
    const space = content.indexOf(0x20, at)
    const nul = content.indexOf(0, space)
    const mode = content.subarray(at, space).toString('latin1').padStart(6, '0')
    const name = content.subarray(space + 1, nul).toString('utf8')
    const sha = content.subarray(nul + 1, nul + 21).toString('hex')
    const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob'
    entries.push({ path: name, mode, type, sha })
    at = nul + 21
  }
  return entries
}

export async function readBlob(gitDir: string, sha: string): Promise<Buffer | undefined> {
  const object = await db(gitDir).read(sha)
  return object?.type === 'blob' ? object.content : undefined
}

/** Stores bytes as a blob exactly (no line-ending or attribute filters). */
export async function writeBlob(gitDir: string, content: Buffer): Promise<string> {
  return db(gitDir).write('blob', content)
}

/** Whether `ancestor` is `descendant` or reachable from it through parents. */
export async function isAncestor(gitDir: string, ancestor: string, descendant: string): Promise<boolean> {
  const seen = new Set<string>()
  const queue = [descendant]
  while (queue.length > 0) {
    const sha = queue.shift()!
    if (sha === ancestor) return true
    if (seen.has(sha)) continue
    seen.add(sha)
    const commit = await readCommit(gitDir, sha)
    if (commit) queue.push(...commit.parents)
  }
  return false
}
