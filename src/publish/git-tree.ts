import { createHash } from 'node:crypto'

/** One entry of a recursive tree listing, as GitHub's trees API returns it. */
export interface GitTreeEntry {
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

interface Node {
  mode: string
  type: GitTreeEntry['type']
  sha: string
}

const parentOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '')
const nameOf = (p: string) => p.slice(p.lastIndexOf('/') + 1)
const depthOf = (p: string) => (p === '' ? 0 : p.split('/').length)

/** Git's tree object hash: entries sorted by name, a directory sorting as if its name ended in `/`. */
export function hashTree(entries: ReadonlyMap<string, Node>): string {
  const sorted = [...entries].sort(([a, x], [b, y]) =>
    Buffer.compare(Buffer.from(x.type === 'tree' ? a + '/' : a), Buffer.from(y.type === 'tree' ? b + '/' : b)),
  )
  const body = Buffer.concat(
    // GitHub lists directories as `040000`; inside the object git writes `40000`.
    sorted.flatMap(([name, node]) => [Buffer.from(`${node.mode.replace(/^0+/, '')} ${name}\0`), Buffer.from(node.sha, 'hex')]),
  )
  return createHash('sha1').update(`tree ${body.byteLength}\0`).update(body).digest('hex')
}

/**
 * The root tree SHA git would get after writing `changes` (repository path → blob SHA, or null
 * to delete) onto a tree given by its recursive listing. Lets the sync tell, without writing
 * anything, whether the sync branch already holds exactly the tree it would push. The listing
 * must cover every directory on the way to a changed path; other directories keep their SHA.
 */
export function treeShaAfter(rootSha: string, listing: readonly GitTreeEntry[], changes: ReadonlyMap<string, string | null>): string {
  if (changes.size === 0) return rootSha
  const dirs = new Map<string, Map<string, Node>>([['', new Map()]])
  const dirEntries = (dir: string) => {
    let entries = dirs.get(dir)
    if (!entries) dirs.set(dir, (entries = new Map<string, Node>()))
    return entries
  }
  for (const entry of listing) {
    dirEntries(parentOf(entry.path)).set(nameOf(entry.path), { mode: entry.mode, type: entry.type, sha: entry.sha })
    if (entry.type === 'tree') dirEntries(entry.path)
  }

  const dirty = new Set<string>()
  for (const [path, sha] of changes) {
    const parent = parentOf(path)
    for (let dir = parent; ; dir = parentOf(dir)) {
      dirty.add(dir)
      if (dir === '') break
      const above = dirEntries(parentOf(dir))
      const node = above.get(nameOf(dir))
      if (node && node.type !== 'tree') throw new Error(`cannot write ${path}: ${dir} is a file`)
      if (!node) above.set(nameOf(dir), { mode: '040000', type: 'tree', sha: '' })
    }
    const entries = dirEntries(parent)
    const existing = entries.get(nameOf(path))
    if (sha === null) {
      if (!existing || existing.type !== 'blob') throw new Error(`cannot delete ${path}: not a file in the tree`)
      entries.delete(nameOf(path))
    } else {
      if (existing && existing.type !== 'blob') throw new Error(`cannot write ${path}: it is a ${existing.type}`)
      // Keep an executable bit or symlink mode the site has; new pages are plain files.
      entries.set(nameOf(path), { mode: existing?.mode ?? '100644', type: 'blob', sha })
    }
  }

  // Deepest first, so every parent sees its children's new SHAs.
  for (const dir of [...dirty].sort((a, b) => depthOf(b) - depthOf(a))) {
    if (dir === '') continue
    const entries = dirEntries(dir)
    const above = dirEntries(parentOf(dir))
    // Git has no empty directories: a folder whose last file was deleted disappears.
    if (entries.size === 0) above.delete(nameOf(dir))
    else above.set(nameOf(dir), { mode: '040000', type: 'tree', sha: hashTree(entries) })
  }
  return hashTree(dirEntries(''))
}
