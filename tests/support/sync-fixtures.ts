// Where the shared fixtures are, and working copies the sync tests may change.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FIXTURE_HISTORY, FIXTURE_SOURCE, FIXTURE_WEBSITE } from './corpus.js'

export { FIXTURES, requireFixtures } from './corpus.js'
export const HISTORY_FILE = FIXTURE_HISTORY
export const LEARNING_PATH = FIXTURE_SOURCE
export const WEBSITE = FIXTURE_WEBSITE

/** The source repository the history fixture belongs to. */
export function historyRepository(): { repository: string; branch: string } {
  const json = JSON.parse(readFileSync(HISTORY_FILE, 'utf8')) as { repository: string; branch: string }
  return { repository: json.repository, branch: json.branch }
}

/** A throwaway copy of the learning path sources: tests edit it, never ../shared. */
export function copyLearningPath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lps-source-'))
  cpSync(LEARNING_PATH, dir, { recursive: true })
  return dir
}

/** Every file of the website fixture: POSIX path relative to the pages folder → content. */
export function websiteFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else files[path.relative(WEBSITE, full).split(path.sep).join('/')] = readFileSync(full, 'utf8')
    }
  }
  walk(WEBSITE)
  return files
}
