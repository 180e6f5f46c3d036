// Building a tree from a base tree and a list of changes, like POST /git/trees.
// The whole result is computed as a flat path -> entry map, then written with one
// `update-index --index-info` into a throwaway index and one `write-tree`.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { git } from './runner.js'
import { listTree, writeBlob } from './objects.js'

export interface TreeChange {
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  /** null deletes the path (a file, or a folder and everything under it). */
  sha?: string | null
  content?: string
}

/** A change that cannot be applied; the REST layer answers 422 with this message. */
export class TreeChangeError extends Error {}

interface FlatEntry {
  mode: string
  sha: string
}

export async function buildTree(gitDir: string, baseTree: string | undefined, changes: TreeChange[]): Promise<string> {
  const files = new Map<string, FlatEntry>()
  if (baseTree) {
    for (const entry of await listTree(gitDir, baseTree, true)) {
      if (entry.type !== 'tree') files.set(entry.path, { mode: entry.mode, sha: entry.sha })
    }
  }
  for (const change of changes) {
    if (change.sha === null && change.content === undefined) {
      remove(files, change.path)
      continue
    }
    if (change.type === 'tree') {
      clearPath(files, change.path)
      for (const entry of await listTree(gitDir, change.sha!, true)) {
        if (entry.type !== 'tree') files.set(`${change.path}/${entry.path}`, { mode: entry.mode, sha: entry.sha })
      }
      continue
    }
    const sha = change.content !== undefined ? await writeBlob(gitDir, Buffer.from(change.content, 'utf8')) : change.sha!
    clearPath(files, change.path)
    files.set(change.path, { mode: change.mode, sha })
  }
  return writeFlatTree(gitDir, files)
}

/** Deleting a path that is not there is an error on GitHub, not a no-op. */
function remove(files: Map<string, FlatEntry>, target: string): void {
  if (files.delete(target)) return
  const under = [...files.keys()].filter((p) => p.startsWith(`${target}/`))
  if (under.length === 0) throw new TreeChangeError('GitRPC::BadObjectState')
  under.forEach((p) => files.delete(p))
}

/** Makes room for an entry: drops a folder of that name, and files where its parent folders go. */
function clearPath(files: Map<string, FlatEntry>, target: string): void {
  for (const p of [...files.keys()]) if (p.startsWith(`${target}/`)) files.delete(p)
  const parts = target.split('/')
  for (let i = 1; i < parts.length; i++) files.delete(parts.slice(0, i).join('/'))
}

async function writeFlatTree(gitDir: string, files: Map<string, FlatEntry>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fake-github-index-'))
  try {
    const env = { GIT_INDEX_FILE: path.join(dir, 'index') }
    const input = [...files].map(([p, e]) => `${e.mode} ${e.sha}\t${p}\0`).join('')
    await git(gitDir, ['update-index', '-z', '--add', '--index-info'], { input, env })
    return await git(gitDir, ['write-tree'], { env })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A file to put into a snapshot tree: its bytes, or a path on disk to read them from. */
export interface SnapshotFile {
  mode: string
  content?: Buffer
  diskPath?: string
}

/**
 * A tree holding exactly these files (repository path -> file). Files on disk are hashed in
 * one `hash-object --stdin-paths` call, so a folder of hundreds of files costs one process.
 */
export async function snapshotTree(gitDir: string, files: Map<string, SnapshotFile>): Promise<string> {
  const flat = new Map<string, FlatEntry>()
  const fromDisk = [...files].filter(([, f]) => f.diskPath !== undefined)
  if (fromDisk.length > 0) {
    const input = fromDisk.map(([, f]) => f.diskPath).join('\n') + '\n'
    const shas = (await git(gitDir, ['hash-object', '-w', '--no-filters', '--stdin-paths'], { input })).split('\n')
    fromDisk.forEach(([p, f], i) => flat.set(p, { mode: f.mode, sha: shas[i] }))
  }
  for (const [p, f] of files) {
    if (f.diskPath === undefined) flat.set(p, { mode: f.mode, sha: await writeBlob(gitDir, f.content ?? Buffer.alloc(0)) })
  }
  return writeFlatTree(gitDir, flat)
}
