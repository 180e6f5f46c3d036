// The sources of side `ours-git-history`: full-history clones of the corpus's git repository
// (tests/support/history-repository.ts: its commits are the history fixture's, under git's
// SHAs), as `actions/checkout` with `fetch-depth: 0` leaves them. The one-change scenario's
// edit is a commit of its own on top, by the article's newest author, which the local GitHub
// also serves, as GitHub would once it is pushed.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import type { HistoryFixture } from '../tests/fake-github/types.js'
import { cloneHistoryRepository, corpusHistoryRepository } from '../tests/support/history-repository.js'
import { editOneArticle } from './sources.js'

/** A checkout and the commit it credits (its HEAD). */
export interface Checkout {
  dir: string
  commit: string
}

export interface GitHistorySources {
  /** What the local GitHub serves: the repository's history and the edit's commit. */
  history: HistoryFixture
  /** The sources as they are (full, noop). */
  base: Checkout
  /** One article edited and committed (one-change). */
  edited: Checkout
  /** Deletes the clones. */
  dispose(): void
}

/** A fixed date for the edit's commit, so its SHA is the same on every run. */
const EDIT_DATE = '2026-01-01T00:00:00Z'
const COMMITTER = { name: 'GitHub', email: 'noreply@github.com' }

export function gitHistorySources(editSection: string): GitHistorySources {
  const repo = corpusHistoryRepository()
  const baseDir = cloneHistoryRepository(repo)
  const editedDir = cloneHistoryRepository(repo)
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: editedDir, encoding: 'utf8', env: { ...process.env, ...env } }).trim()

  const file = editOneArticle(editedDir, editSection)
  const list = repo.history.history[file]
  if (!list?.length) throw new Error(`bench: ${file} has no history in the fixture`)
  // The article's newest author again: the page's contributor list stays as it is, only its text changes.
  const author = list[0].authors[0]
  const message = 'Benchmark: one sentence added'
  git(['add', '--', file])
  git(['-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-m', message], {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: EDIT_DATE,
    GIT_COMMITTER_NAME: COMMITTER.name,
    GIT_COMMITTER_EMAIL: COMMITTER.email,
    GIT_COMMITTER_DATE: EDIT_DATE,
  })
  const editCommit = git(['rev-parse', 'HEAD'])
  const history: HistoryFixture = {
    ...repo.history,
    head: editCommit,
    history: {
      ...repo.history.history,
      [file]: [{ oid: editCommit, committedDate: EDIT_DATE, messageHeadline: message, authors: [author], pullRequest: null }, ...list],
    },
  }
  return {
    history,
    base: { dir: baseDir, commit: repo.head },
    edited: { dir: editedDir, commit: editCommit },
    dispose: () => {
      for (const dir of [baseDir, editedDir]) rmSync(path.dirname(dir), { recursive: true, force: true })
    },
  }
}
