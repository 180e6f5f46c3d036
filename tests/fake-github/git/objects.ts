// Reading and writing git objects in a bare repository, in the shapes the REST API needs.
import { git, gitBytes, gitSucceeds } from './runner.js'

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag'

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
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  /** Blobs only. */
  size?: number
}

const OID = /^[0-9a-f]{40}$/

export function isOid(value: unknown): value is string {
  return typeof value === 'string' && OID.test(value)
}

/** Types of many objects in one git call; missing objects are absent from the map. */
export async function objectTypes(gitDir: string, shas: string[]): Promise<Map<string, ObjectType>> {
  const types = new Map<string, ObjectType>()
  const wanted = shas.filter(isOid)
  if (wanted.length === 0) return types
  const out = await git(gitDir, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: wanted.join('\n') + '\n' })
  for (const line of out.split('\n')) {
    const [sha, type] = line.split(' ')
    if (isOid(sha) && type !== 'missing' && type) types.set(sha, type as ObjectType)
  }
  return types
}

export async function objectType(gitDir: string, sha: string): Promise<ObjectType | undefined> {
  return (await objectTypes(gitDir, [sha])).get(sha)
}

/** The commit a revision names (a SHA, branch or ref), or undefined. */
export async function resolveCommit(gitDir: string, revision: string): Promise<string | undefined> {
  if (revision.startsWith('-')) return undefined
  try {
    return await git(gitDir, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])
  } catch {
    return undefined
  }
}

/** The tree a tree-ish names (a tree SHA, a commit SHA or a branch), or undefined. */
export async function resolveTree(gitDir: string, treeish: string): Promise<string | undefined> {
  if (treeish.startsWith('-')) return undefined
  try {
    return await git(gitDir, ['rev-parse', '--verify', '--quiet', `${treeish}^{tree}`])
  } catch {
    return undefined
  }
}

export async function readCommit(gitDir: string, sha: string): Promise<CommitObject | undefined> {
  if ((await objectType(gitDir, sha)) !== 'commit') return undefined
  const raw = (await gitBytes(gitDir, ['cat-file', 'commit', sha])).toString('utf8')
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
  return { name: '', email: '', date: new Date(0).toISOString() }
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

export interface NewCommit {
  message: string
  tree: string
  parents: string[]
  author?: Partial<Signature>
  committer?: Partial<Signature>
}

/** Writes a commit object; author and committer default to the fake's identity at `now`. */
export async function writeCommit(gitDir: string, commit: NewCommit, now: string): Promise<string> {
  const author = { name: undefined, email: undefined, date: undefined, ...commit.author }
  const committer = { ...author, ...commit.committer }
  const env: Record<string, string> = {
    GIT_AUTHOR_DATE: author.date ?? now,
    GIT_COMMITTER_DATE: committer.date ?? author.date ?? now,
  }
  if (author.name) env.GIT_AUTHOR_NAME = author.name
  if (author.email) env.GIT_AUTHOR_EMAIL = author.email
  if (committer.name) env.GIT_COMMITTER_NAME = committer.name
  if (committer.email) env.GIT_COMMITTER_EMAIL = committer.email
  const args = ['commit-tree', commit.tree, ...commit.parents.flatMap((p) => ['-p', p])]
  return git(gitDir, args, { input: commit.message, env })
}

/** Entries of a tree; `recursive` lists subtrees and their contents, as GitHub's `recursive=1` does. */
export async function listTree(gitDir: string, tree: string, recursive: boolean): Promise<TreeEntry[]> {
  const args = ['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), tree]
  const out = (await gitBytes(gitDir, args)).toString('utf8')
  return out
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf('\t')
      const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/)
      const entry: TreeEntry = { path: record.slice(tab + 1), mode, type: type as TreeEntry['type'], sha }
      if (type === 'blob') entry.size = Number(size)
      return entry
    })
}

export async function readBlob(gitDir: string, sha: string): Promise<Buffer | undefined> {
  if ((await objectType(gitDir, sha)) !== 'blob') return undefined
  return gitBytes(gitDir, ['cat-file', 'blob', sha])
}

/** Stores bytes as a blob exactly (no line-ending or attribute filters). */
export async function writeBlob(gitDir: string, content: Buffer): Promise<string> {
  return git(gitDir, ['hash-object', '-w', '-t', 'blob', '--no-filters', '--stdin'], { input: content })
}

export async function isAncestor(gitDir: string, ancestor: string, descendant: string): Promise<boolean> {
  return gitSucceeds(gitDir, ['merge-base', '--is-ancestor', ancestor, descendant])
}
