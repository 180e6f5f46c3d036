// Building a tree from a base tree and a list of changes, like POST /git/trees.
// The whole result is computed as a flat path -> entry map, then written as tree objects.
import { readFile } from 'node:fs/promises'
import { ObjectDb } from './object-db.js'
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

/** Writes the nested trees for a flat path -> entry map, bottom up, and returns the root's SHA. */
async function writeFlatTree(gitDir: string, files: Map<string, FlatEntry>): Promise<string> {
  const store = new ObjectDb(gitDir)
  interface Folder {
    files: Map<string, FlatEntry>
    folders: Map<string, Folder>
  }
  const root: Folder = { files: new Map(), folders: new Map() }
  for (const [p, entry] of files) {
    const parts = p.split('/')
    let folder = root
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part)
      if (!next) folder.folders.set(part, (next = { files: new Map(), folders: new Map() }))
      folder = next
    }
    folder.files.set(parts.at(-1)!, entry)
  }
  const write = async (folder: Folder): Promise<string> => {
    const entries: { name: string; sortKey: Buffer; mode: string; sha: string }[] = []
    for (const [name, sub] of folder.folders) {
      entries.push({ name, sortKey: Buffer.from(`${name}/`), mode: '40000', sha: await write(sub) })
    }
    for (const [name, file] of folder.files) {
      entries.push({ name, sortKey: Buffer.from(name), mode: file.mode.replace(/^0+/, ''), sha: file.sha })
    }
    // git orders entries by name bytes, a folder sorting as if its name ended in '/'.
    entries.sort((a, b) => Buffer.compare(a.sortKey, b.sortKey))
    const content = Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]))
    return store.write('tree', content)
  }
  return write(root)
}

/** A file to put into a snapshot tree: its bytes, or a path on disk to read them from. */
export interface SnapshotFile {
  mode: string
  content?: Buffer
  diskPath?: string
}

/**
 * A tree holding exactly these files (repository path -> file), byte for byte: no
 * line-ending or attribute filters, unlike `git add`.
 */
export async function snapshotTree(gitDir: string, files: Map<string, SnapshotFile>): Promise<string> {
  const flat = new Map<string, FlatEntry>()
  for (const [p, f] of files) {
    const bytes = f.diskPath !== undefined ? await readFile(f.diskPath) : (f.content ?? Buffer.alloc(0))
    flat.set(p, { mode: f.mode, sha: await writeBlob(gitDir, bytes) })
  }
  return writeFlatTree(gitDir, flat)
}
