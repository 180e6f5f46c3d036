import { readdir, readFile, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { normaliseTreePath } from './paths.js'
import { sortEntries, type SourceTree, type TreeEntry } from './tree.js'

/**
 * A SourceTree over a folder on disk. Relative paths must stay inside `root`; absolute
 * paths are read as given, so a user can point `--sections-file` at a file elsewhere.
 */
export function createFsSourceTree(root: string): SourceTree {
  const base = resolve(root)
  const locate = (path: string): string => {
    if (isAbsolute(path)) return path
    const inside = normaliseTreePath(path)
    if (inside === null) throw new Error(`path leaves the source folder: ${path}`)
    return join(base, inside)
  }
  return {
    description: base,
    async list(dir) {
      const dirents = await readdir(locate(dir), { withFileTypes: true })
      const entries: TreeEntry[] = []
      for (const dirent of dirents) {
        // Follow symlinks by asking stat, so a linked folder behaves like a folder.
        const kind = dirent.isDirectory() ? 'directory' : dirent.isFile() ? 'file' : await kindOf(join(locate(dir), dirent.name))
        if (kind) entries.push({ name: dirent.name, kind })
      }
      return sortEntries(entries)
    },
    async readBytes(file) {
      return readFile(locate(file))
    },
    async exists(path) {
      return (await kindOf(locate(path))) !== null
    },
    async isDirectory(path) {
      return (await kindOf(locate(path))) === 'directory'
    },
  }
}

async function kindOf(path: string): Promise<TreeEntry['kind'] | null> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : null
  } catch {
    return null
  }
}
