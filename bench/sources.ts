// The inputs of the scenarios: the real corpus (read only; where it is, tests/support/corpus.ts
// knows), a temporary copy with one article edited, and for smoke runs a section list holding
// one section.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CORPUS_SOURCE, CORPUS_SOURCES_FILE, historyIndex } from '../tests/support/corpus.js'

/** Repository, branch and commit the history fixture and the sources belong to. */
export function sourceIdentity(): { repository: string; ref: string; commit?: string } {
  const history = historyIndex()
  const sources = existsSync(CORPUS_SOURCES_FILE)
    ? (JSON.parse(readFileSync(CORPUS_SOURCES_FILE, 'utf8')) as { learningPath?: string })
    : {}
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
  cpSync(CORPUS_SOURCE, sourceDir, { recursive: true })
  return { sourceDir, edited: editOneArticle(sourceDir, section) }
}

/** Appends a sentence to the first English article of `section` (by file name) in `sourceDir`; returns its path there. */
export function editOneArticle(sourceDir: string, section: string): string {
  const article = readdirSync(path.join(sourceDir, section))
    .filter((name) => /^\d\d-.*\.asciidoc$/.test(name) && !name.endsWith('-script.asciidoc'))
    .sort()[0]
  if (!article) throw new Error(`no article in section ${section}`)
  const file = path.join(sourceDir, section, article)
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\s*$/, '\n\nThis sentence was added by the benchmark.\n'))
  return `${section}/${article}`
}
