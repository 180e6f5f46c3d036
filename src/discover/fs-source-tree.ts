import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve, sep } from 'node:path'
import { normalizeTreePath } from '../shared/tree-path.js'
import { sortEntries, type SourceTree, type SourceEntry } from '../shared/source-tree.js'
import { UserError } from '../shared/user-error.js'

/**
 * A SourceTree over a folder on disk. Relative paths must stay inside `root`; absolute
 * paths are read as given, so a user can point `--sections-file` at a file elsewhere.
 */
export function createFsSourceTree(root: string): SourceTree {
  const base = resolve(root)
  const locate = (path: string): string => {
    if (isAbsolute(path)) return path
    const inside = normalizeTreePath(path)
    if (inside === null) throw new Error(`path leaves the source folder: ${path}`)
    return join(base, inside)
  }
  // Links are followed, but only to places inside the root: a link committed to the sources
  // must not carry a file of the machine (a runner's credentials) onto the website.
  let realRoot: Promise<string> | undefined
  const inside = async (path: string): Promise<string> => {
    const full = locate(path)
    if (isAbsolute(path)) return full // the user named it on purpose (e.g. --sections-file)
    let real: string
    try {
      real = await realpath(full)
    } catch {
      return full // missing: the caller's own error names it
    }
    realRoot ??= realpath(base).catch(() => base)
    const root = await realRoot
    if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) {
      throw new UserError(`${path}: a link that leaves the source folder; refusing to read it`)
    }
    return full
  }
  return {
    description: base,
    async list(dir) {
      const dirents = await readdir(await inside(dir), { withFileTypes: true })
      const entries: SourceEntry[] = []
      for (const dirent of dirents) {
        // Follow symlinks by asking stat, so a linked folder behaves like a folder.
        const kind = dirent.isDirectory() ? 'directory' : dirent.isFile() ? 'file' : await kindOf(join(locate(dir), dirent.name))
        if (kind) entries.push({ name: dirent.name, kind })
      }
      return sortEntries(entries)
    },
    async readBytes(file) {
      return readFile(await inside(file))
    },
    async exists(path) {
      return (await kindOf(locate(path))) !== null
    },
    async isDirectory(path) {
      return (await kindOf(locate(path))) === 'directory'
    },
  }
}

async function kindOf(path: string): Promise<SourceEntry['kind'] | null> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : null
  } catch {
    return null
  }
}
