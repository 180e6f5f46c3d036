import { normalizeTreePath } from '../shared/tree-path.js'
import { sortEntries, type SourceTree, type SourceEntry } from '../shared/source-tree.js'

/**
 * A SourceTree held in memory: `files` maps POSIX paths to contents. Folders exist
 * implicitly as the parents of files. For tests and for callers that already hold the sources.
 */
export function createMemorySourceTree(files: Record<string, string | Uint8Array>, description = '(memory)'): SourceTree {
  const encoder = new TextEncoder()
  const contents = new Map<string, Uint8Array>()
  const directories = new Set<string>([''])
  for (const [path, content] of Object.entries(files)) {
    const normal = normalizeTreePath(path)
    if (normal === null || normal === '') throw new Error(`bad memory tree path: ${path}`)
    contents.set(normal, typeof content === 'string' ? encoder.encode(content) : content)
    const parts = normal.split('/')
    for (let i = 1; i < parts.length; i++) directories.add(parts.slice(0, i).join('/'))
  }
  const inside = (path: string): string => {
    const normal = normalizeTreePath(path)
    if (normal === null) throw new Error(`path leaves the source folder: ${path}`)
    return normal
  }
  // The methods are async although nothing here waits: a SourceTree reports failures as
  // rejected promises, as the disk-backed tree does, never as synchronous throws.
  /* eslint-disable @typescript-eslint/require-await */
  return {
    description,
    async list(dir) {
      const at = inside(dir)
      if (!directories.has(at)) throw new Error(`no such directory: ${dir}`)
      const prefix = at === '' ? '' : at + '/'
      const entries = new Map<string, SourceEntry>()
      const add = (path: string, kind: SourceEntry['kind']) => {
        if (!path.startsWith(prefix) || path === at) return
        const rest = path.slice(prefix.length)
        if (rest.includes('/')) return
        entries.set(rest, { name: rest, kind })
      }
      for (const path of contents.keys()) add(path, 'file')
      for (const path of directories) add(path, 'directory')
      return sortEntries([...entries.values()])
    },
    async readBytes(file) {
      const bytes = contents.get(inside(file))
      if (!bytes) throw new Error(`no such file: ${file}`)
      return bytes
    },
    async exists(path) {
      const at = inside(path)
      return contents.has(at) || directories.has(at)
    },
    async isDirectory(path) {
      return directories.has(inside(path))
    },
  }
  /* eslint-enable @typescript-eslint/require-await */
}
