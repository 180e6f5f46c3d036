import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every file under `dir`, as POSIX paths relative to it, sorted folder by folder. */
export function filesUnder(dir: string): string[] {
  const files: string[] = []
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name)
      if (statSync(full).isDirectory()) walk(full)
      else files.push(path.relative(dir, full).split(path.sep).join('/'))
    }
  }
  walk(dir)
  return files
}
