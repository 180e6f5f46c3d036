import { constants } from 'node:fs'
import { lstat, open, readdir, readFile, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { normalizeTreePath } from '../shared/tree-path.js'
import { sortEntries, type SourceTree, type SourceEntry } from '../shared/source-tree.js'
import { isGitPath, refuseGitPath, refuseLink } from './unsafe-source.js'

/**
 * A SourceTree over a folder on disk. Relative paths must stay inside `root`; absolute
 * paths are read as given, so a user can point `--sections-file` at a file elsewhere.
 * Inside the root nothing is followed: a symbolic link anywhere on a path (the entry itself
 * or a folder above it) is refused, and nothing under `.git/` is listed or read
 * (see unsafe-source.ts).
 */
export function createFsSourceTree(root: string): SourceTree {
  const base = resolve(root)
  const locate = (path: string): string => {
    if (isAbsolute(path)) return path
    const inside = normalizeTreePath(path)
    if (inside === null) throw new Error(`path leaves the source folder: ${path}`)
    return join(base, inside)
  }
  const kindAt = checkedKinds(base)
  return {
    description: base,
    async list(dir) {
      await kindAt(dir)
      return listFolder(locate(dir))
    },
    async readBytes(file) {
      await kindAt(file)
      if (isAbsolute(file)) return readFile(file)
      // O_NOFOLLOW: even a link put in place after the check above is not followed.
      const handle = await open(locate(file), constants.O_RDONLY | constants.O_NOFOLLOW)
      try {
        return await handle.readFile()
      } finally {
        await handle.close()
      }
    },
    async exists(path) {
      return (await kindAt(path)) !== null
    },
    async isDirectory(path) {
      return (await kindAt(path)) === 'directory'
    },
  }
}

/**
 * What is at a path of the folder `base` (null: nothing), after refusing `.git` and every link
 * on its way. Every step of a path is checked once per run (the checkout does not change under us).
 */
function checkedKinds(base: string): (path: string) => Promise<SourceEntry['kind'] | null> {
  const steps = new Map<string, Promise<SourceEntry['kind'] | 'other' | null>>()
  const stepKind = (rel: string) => {
    let kind = steps.get(rel)
    if (!kind) {
      kind = lstat(join(base, rel)).then(
        (info) => {
          if (info.isSymbolicLink()) throw refuseLink(rel)
          return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other'
        },
        () => null,
      )
      steps.set(rel, kind)
    }
    return kind
  }
  return async (path) => {
    if (isGitPath(path)) throw refuseGitPath(path)
    if (isAbsolute(path)) return kindOf(path) // the user named it on purpose (e.g. --sections-file)
    const inside = normalizeTreePath(path)
    if (inside === null) throw new Error(`path leaves the source folder: ${path}`)
    if (inside === '') return 'directory'
    const parts = inside.split('/')
    let kind: SourceEntry['kind'] | 'other' | null = null
    for (let i = 1; i <= parts.length; i++) {
      kind = await stepKind(parts.slice(0, i).join('/'))
      if (kind === null) return null
      if (i < parts.length && kind !== 'directory') return null
    }
    return kind === 'other' ? null : kind
  }
}

/** The files and folders in `folder` (a path on disk), sorted. */
async function listFolder(folder: string): Promise<SourceEntry[]> {
  const dirents = await readdir(folder, { withFileTypes: true })
  const entries: SourceEntry[] = []
  for (const dirent of dirents) {
    // git's own folder is not a source; a submodule's `.git` file neither.
    if (dirent.name.toLowerCase() === '.git') continue
    // A link is listed as what it points at (a dangling one as a file), never followed: reading
    // or listing it is refused by kindAt, so the refusal fails that file or folder alone.
    const kind = dirent.isSymbolicLink()
      ? await stat(join(folder, dirent.name)).then(
          (info) => (info.isDirectory() ? 'directory' : 'file'),
          () => 'file' as const,
        )
      : dirent.isDirectory()
        ? 'directory'
        : dirent.isFile()
          ? 'file'
          : null
    if (kind) entries.push({ name: dirent.name, kind })
  }
  return sortEntries(entries)
}

async function kindOf(path: string): Promise<SourceEntry['kind'] | null> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : null
  } catch {
    return null
  }
}
