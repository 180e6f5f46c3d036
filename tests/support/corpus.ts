// The one place that knows where the real corpus is (the Learning Path sources, the website's
// pages and the commit history behind their contributor lists) and what it holds. A fresh clone
// has no corpus beside it: then `corpusMissing` says what is missing and the suites that need it
// are declared with `describeCorpus`, which skips them. tests/global-setup.ts prints the line once
// and, under LPS_REQUIRE_CORPUS=1 (CI), fails the run instead.
//
// Nothing here reads the corpus when it is imported: a test file must load (and be skipped)
// without it. Readers are functions, each reading on first use.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe } from 'vitest'
import type { Contributor } from '../../src/shared/types.js'
import type { HistoryFixture } from '../fake-github/types.js'
import { REPO_ROOT } from './repo-root.js'

/** The environment variable naming the corpus folder, when it is not `../shared/fixtures`. */
export const CORPUS_ENV = 'LPS_CORPUS'
/** Set to 1 (CI does) to fail the run when the corpus is missing instead of skipping. */
export const REQUIRE_CORPUS_ENV = 'LPS_REQUIRE_CORPUS'

/** The parts of a corpus, relative to its folder: what the suites read. */
export const CORPUS_PARTS = {
  source: 'learning-path',
  website: 'website',
  history: 'github/learning-path-history.json',
} as const

/** Where the corpus is looked for: `$LPS_CORPUS` if set, else `<repo>/../shared/fixtures`. */
export function corpusRoot(env: NodeJS.ProcessEnv = process.env, repoRoot = REPO_ROOT): string {
  const named = env[CORPUS_ENV]
  return named ? path.resolve(repoRoot, named) : path.resolve(repoRoot, '../shared/fixtures')
}

/**
 * The one-line reason the corpus at `root` cannot be used, or undefined when every part is
 * there. It names what is missing and how to provide it.
 */
export function missingCorpusMessage(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const parts = Object.values(CORPUS_PARTS)
  const missing = parts.filter((part) => !existsSync(path.join(root, part)))
  if (missing.length === 0) return undefined
  const where = env[CORPUS_ENV] ? `${root} (${CORPUS_ENV})` : root
  const what = missing.length === parts.length ? 'not found' : `incomplete (no ${missing.join(', ')})`
  return `corpus ${what} at ${where}: put ../shared/fixtures beside the checkout, or set ${CORPUS_ENV} to a folder holding ${parts.join(', ')}`
}

export const CORPUS_ROOT = corpusRoot()
/** The Learning Path sources: the input of a sync. */
export const CORPUS_SOURCE = path.join(CORPUS_ROOT, CORPUS_PARTS.source)
/** The website's pages today (sections introduction and contributor, and the site's own _index*.md). */
export const CORPUS_WEBSITE = path.join(CORPUS_ROOT, CORPUS_PARTS.website)
/** The commit history behind every page's contributor list; served by the local GitHub. */
export const CORPUS_HISTORY = path.join(CORPUS_ROOT, CORPUS_PARTS.history)
/** Which commits the corpus was copied from (optional). */
export const CORPUS_SOURCES_FILE = path.join(CORPUS_ROOT, 'SOURCES.json')

/** Why the corpus cannot be used, one line; undefined when it is there. */
export const corpusMissing: string | undefined = missingCorpusMessage(CORPUS_ROOT)

/** `describe` for suites that need the corpus: skipped (with the line global-setup prints) without it. */
export const describeCorpus = describe.skipIf(corpusMissing !== undefined)

/**
 * What this run does about the corpus: nothing when it is there; else the line to print once
 * and skip, or, under LPS_REQUIRE_CORPUS=1, an error that fails the run.
 */
export function corpusGate(env: NodeJS.ProcessEnv = process.env, repoRoot = REPO_ROOT): { skip?: string } {
  const missing = missingCorpusMessage(corpusRoot(env, repoRoot), env)
  if (!missing) return {}
  if (env[REQUIRE_CORPUS_ENV] === '1') throw new Error(`${REQUIRE_CORPUS_ENV}=1 makes a missing corpus fail the run: ${missing}`)
  return { skip: `Skipping the suites that need the real corpus: ${missing}` }
}

/** For code outside vitest (the benchmark): throws the one-line message when the corpus is missing. */
export function requireCorpus(): void {
  if (corpusMissing) throw new Error(corpusMissing)
}

function once<T>(read: () => T): () => T {
  let value: { read: T } | undefined
  return () => (value ??= { read: read() }).read
}

/** The history file, parsed (read once). */
export const corpusHistory = once((): HistoryFixture => JSON.parse(readFileSync(CORPUS_HISTORY, 'utf8')) as HistoryFixture)

/** The source repository the history belongs to, and its credited source paths (the history's keys). */
export function historyIndex(): { repository: string; branch: string; paths: string[] } {
  const { repository, branch, history } = corpusHistory()
  return { repository, branch, paths: Object.keys(history) }
}

/** Every file of the website pages: POSIX path relative to the pages folder → content (read once). */
export const websiteFiles = once((): Readonly<Record<string, string>> => {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else files[path.relative(CORPUS_WEBSITE, full).split(path.sep).join('/')] = readFileSync(full, 'utf8')
    }
  }
  walk(CORPUS_WEBSITE)
  return Object.freeze(files)
})

/** A throwaway copy of the Learning Path sources: tests edit it, never the corpus. */
export function copyCorpusSource(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lps-source-'))
  cpSync(CORPUS_SOURCE, dir, { recursive: true })
  return dir
}

export interface SitePage {
  /** e.g. `contributor/04.es.md` */
  page: string
  contributors: Contributor[]
}

/** Every article and workbook page of the website with its `contributors` list. */
export function sitePages(): SitePage[] {
  const pages: SitePage[] = []
  for (const [page, text] of Object.entries(websiteFiles())) {
    const file = page.split('/')[1]
    if (!file?.endsWith('.md') || file.startsWith('_index')) continue
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)
    if (!front) throw new Error(`no front matter in website/${page}`)
    const data = parseYaml(front[1]) as { contributors?: Contributor[] }
    pages.push({ page, contributors: data.contributors ?? [] })
  }
  return pages
}

/**
 * The source file behind a site page, by the site's naming: `S/NN[.lang].md` comes from the
 * one credited file `S/[lang/]NN-*.asciidoc`; `S/workbook.md` from the section's workbook in
 * scripts/section_data.json.
 */
export function sourceOfPage(page: string, creditedPaths: readonly string[]): string {
  const [section, file] = page.split('/')
  if (file === 'workbook.md') {
    const sections = JSON.parse(readFileSync(path.join(CORPUS_SOURCE, 'scripts/section_data.json'), 'utf8')) as {
      dirName: string
      workbook: string
    }[]
    const workbook = sections.find((s) => s.dirName === section)?.workbook
    if (!workbook) throw new Error(`no workbook for section ${section}`)
    return `workbook/${workbook}`
  }
  const match = /^(\d\d)(?:\.([a-z-]+))?\.md$/.exec(file)
  if (!match) throw new Error(`unexpected page name ${page}`)
  const prefix = `${section}/${match[2] ? `${match[2]}/` : ''}${match[1]}-`
  const found = creditedPaths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
  if (found.length !== 1) throw new Error(`page ${page}: expected one source file ${prefix}*, found ${found.join(', ') || 'none'}`)
  return found[0]
}
