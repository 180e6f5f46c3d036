// The inputs of the scenarios: the shared fixture (read only), a temporary copy with one
// article edited, and for smoke runs a section list holding one section.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** bench/ -> repository root -> ../shared/fixtures */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures')
export const LEARNING_PATH = path.join(FIXTURES, 'learning-path')
export const HISTORY_FILE = path.join(FIXTURES, 'github/learning-path-history.json')
const SOURCES_FILE = path.join(FIXTURES, 'SOURCES.json')

export function requireFixtures(): void {
  for (const needed of [LEARNING_PATH, HISTORY_FILE]) {
    if (!existsSync(needed)) {
      throw new Error(`shared fixtures missing: ${needed} (the benchmark needs ../shared/fixtures next to the repository; see ../shared/README.md)`)
    }
  }
}

/** Repository, branch and commit the history fixture and the sources belong to. */
export function sourceIdentity(): { repository: string; ref: string; commit?: string } {
  const history = JSON.parse(readFileSync(HISTORY_FILE, 'utf8')) as { repository: string; branch: string }
  const sources = existsSync(SOURCES_FILE) ? (JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as { learningPath?: string }) : {}
  return { repository: history.repository, ref: history.branch, ...(sources.learningPath ? { commit: sources.learningPath } : {}) }
}

/** Writes a section list with only `dirName` (taken from the source's own list) into `dir`. */
export function writeOneSectionFile(sourceDir: string, dirName: string, dir: string): string {
  const all = JSON.parse(readFileSync(path.join(sourceDir, 'scripts/section_data.json'), 'utf8')) as { dirName: string }[]
  const one = all.filter((s) => s.dirName === dirName)
  if (one.length !== 1) throw new Error(`section ${dirName} is not in the source's section list`)
  const file = path.join(dir, 'one-section.json')
  writeFileSync(file, JSON.stringify(one, null, 2))
  return file
}

/**
 * Copies the learning path into `dir` and edits one English article of `section` (its first,
 * by file name): a sentence appended. Returns the copy and the edited file.
 */
export function copyWithOneArticleEdited(dir: string, section: string): { sourceDir: string; edited: string } {
  const sourceDir = path.join(dir, 'learning-path')
  cpSync(LEARNING_PATH, sourceDir, { recursive: true })
  const article = readdirSync(path.join(sourceDir, section))
    .filter((name) => /^\d\d-.*\.asciidoc$/.test(name) && !name.endsWith('-script.asciidoc'))
    .sort()[0]
  if (!article) throw new Error(`no article in section ${section}`)
  const file = path.join(sourceDir, section, article)
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\s*$/, '\n\nThis sentence was added by the benchmark.\n'))
  return { sourceDir, edited: `${section}/${article}` }
}
