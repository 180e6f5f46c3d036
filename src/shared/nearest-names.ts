// The names a typo most likely meant, for "does not exist" messages: by edit distance
// (Levenshtein), ties by name. A dozen lines, so no dependency for it.

/** Edits (insert, delete, replace one character) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]
}

/** Up to `count` of `names`, those nearest to `wanted` first. */
export function nearestNames(wanted: string, names: Iterable<string>, count = 3): string[] {
  const lower = wanted.toLowerCase()
  return [...new Set(names)]
    .map((name) => ({ name, distance: editDistance(lower, name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, count)
    .map((entry) => entry.name)
}

/**
 * For a folder path that does not exist among `folders` (POSIX paths of the folders that do):
 * its deepest existing parent ('' for the root), and the folders in it nearest to the path's
 * next part, as full paths.
 */
export function nearestFolders(missing: string, folders: readonly string[], count = 3): { parent: string; nearest: string[] } {
  const parts = missing.split('/')
  const existing = new Set(folders)
  let depth = parts.length - 1
  while (depth > 0 && !existing.has(parts.slice(0, depth).join('/'))) depth--
  const parent = parts.slice(0, depth).join('/')
  const prefix = parent === '' ? '' : `${parent}/`
  const children = folders.filter((f) => f.startsWith(prefix) && f.length > prefix.length && !f.slice(prefix.length).includes('/'))
  const names = nearestNames(
    parts[depth],
    children.map((f) => f.slice(prefix.length)),
    count,
  )
  return { parent, nearest: names.map((name) => prefix + name) }
}
