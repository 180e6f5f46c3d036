// Reading refs in-process (loose files, then packed-refs); writes go through `git update-ref`
// for its locking and compare-and-swap.
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

export interface RefEntry {
  ref: string
  sha: string
}

export async function readRef(gitDir: string, ref: string): Promise<string | undefined> {
  if (!ref.startsWith('refs/') || ref.split('/').some((part) => part === '..' || part === '')) return undefined
  try {
    const text = (await readFile(path.join(gitDir, ref), 'utf8')).trim()
    if (text.startsWith('ref: ')) return readRef(gitDir, text.slice(5))
    return /^[0-9a-f]{40}$/.test(text) ? text : undefined
  } catch {
    return (await packedRefs(gitDir)).find((r) => r.ref === ref)?.sha
  }
}

/** Every ref under `prefix` (e.g. `refs/heads/`), sorted by name. */
export async function listRefs(gitDir: string, prefix = 'refs/'): Promise<RefEntry[]> {
  const found = new Map<string, string>()
  for (const r of await packedRefs(gitDir)) found.set(r.ref, r.sha)
  const walk = async (dir: string, name: string) => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const child = `${name}/${entry.name}`
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), child)
      else if (!entry.name.endsWith('.lock')) {
        const sha = (await readFile(path.join(dir, entry.name), 'utf8')).trim()
        if (/^[0-9a-f]{40}$/.test(sha)) found.set(child, sha)
      }
    }
  }
  await walk(path.join(gitDir, 'refs'), 'refs')
  return [...found]
    .filter(([ref]) => ref.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ref, sha]) => ({ ref, sha }))
}

async function packedRefs(gitDir: string): Promise<RefEntry[]> {
  let text: string
  try {
    text = await readFile(path.join(gitDir, 'packed-refs'), 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter((line) => /^[0-9a-f]{40} /.test(line))
    .map((line) => ({ sha: line.slice(0, 40), ref: line.slice(41) }))
}
