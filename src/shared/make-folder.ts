import { access, constants, lstat, mkdir, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'

// `mkdir(dir, { recursive: true })` never returns under /proc (Node 20: `mkdir -p /proc/foo`
// loops on the ENOENT the kernel answers for a folder it will not make), and a run must never
// hang. So: find the nearest folder that exists, check it is a folder we may write in, then
// make each missing level with a plain mkdir, which fails at once.

/** The nearest existing path at or above `dir`, and the levels below it still to be made. */
async function nearestExisting(dir: string): Promise<{ existing: string; missing: string[] }> {
  const missing: string[] = []
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const info = await lstat(at).catch((error: NodeJS.ErrnoException) => {
      // ENOTDIR: a file on the way; the level above it exists, and mkdir says what is wrong.
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null
      throw error
    })
    if (info) return { existing: at, missing: missing.reverse() }
    if (path.dirname(at) === at) return { existing: at, missing: missing.reverse() }
    missing.push(at)
  }
}

/** The parent first: a file there, or a folder we may not write in, fails before any mkdir. */
async function checkParent(existing: string, first: string): Promise<void> {
  if (!(await stat(existing)).isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${first}'`), { code: 'ENOTDIR', syscall: 'mkdir', path: first })
  }
  await access(existing, constants.W_OK | constants.X_OK)
}

/** Makes `dir` and the folders above it that are missing; fails (with a file system error) instead of hanging. */
export async function makeFolder(dir: string): Promise<void> {
  const { existing, missing } = await nearestExisting(dir)
  if (missing.length === 0) return
  await checkParent(existing, missing[0])
  for (const level of missing) {
    await mkdir(level).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

/**
 * Fails (with a file system error) when `dir` is missing and could not be made: checked before
 * a run renders anything, so a bad --out fails in seconds. The first missing level is made and
 * removed again, since only mkdir itself tells (a folder of /proc looks writable to root).
 */
export async function checkFolderCanBeMade(dir: string): Promise<void> {
  const { existing, missing } = await nearestExisting(dir)
  if (missing.length === 0) return
  await checkParent(existing, missing[0])
  await mkdir(missing[0])
  await rmdir(missing[0])
}
