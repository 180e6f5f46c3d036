import { posix } from 'node:path'

/**
 * Normalizes a tree path to POSIX form relative to the root (`''` is the root itself).
 * Returns null when the path is absolute or climbs out of the root with `..`.
 */
export function normalizeTreePath(path: string): string | null {
  const slashed = path.replace(/\\/g, '/')
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) return null
  const normal = posix.normalize(slashed === '' ? '.' : slashed)
  if (normal === '..' || normal.startsWith('../')) return null
  return normal === '.' ? '' : normal.replace(/\/$/, '')
}

/** Joins tree path segments with `/`, skipping empty ones (the root). */
export function joinTreePath(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('/')
}
