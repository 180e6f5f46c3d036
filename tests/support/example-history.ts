// A commit history for the bundled example (examples/learning-path), in the local GitHub's
// history format (the shape of ../shared/fixtures/github/learning-path-history.json), made by
// this code so that a fresh clone exercises "credit through GitHub" without the shared corpus.
//
// Each source file's commits are written out below, newest first. Together they meet every case
// of the site's credit rule: a profile name that differs from the git name, an account without a
// profile name (git name as author, login as reviewer), an email linked to no account, co-authors,
// bot authors and bot reviewers, a deleted reviewer account, a reviewer who also authored, a file
// whose commits are all by bots, and one file with more than 100 commits (two history pages).
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { HistoryCommit, HistoryFixture } from '../fake-github/types.js'
import { filesUnder } from './files-under.js'
import { REPO_ROOT } from './repo-root.js'

/** The example's sources. */
export const EXAMPLE_SOURCE = path.join(REPO_ROOT, 'examples', 'learning-path')
/** OWNER/NAME the example's history belongs to (the action's `source-repository`). */
export const EXAMPLE_REPOSITORY = 'lps-example/learning-path'
export const EXAMPLE_BRANCH = 'main'

/** Git identities of the authors. `login: null` is an email linked to no account. */
const PEOPLE = {
  ada: { name: 'A. Lovelace', email: 'ada@example.org', login: 'ada' },
  grace: { name: 'Grace Hopper', email: 'grace@users.noreply.github.com', login: 'grace' },
  linus: { name: 'linus', email: 'linus@example.org', login: 'linus' },
  margaret: { name: 'Margaret Hamilton', email: 'margaret@example.org', login: 'margaret' },
  edsger: { name: 'Edsger Dijkstra', email: 'edsger@example.org', login: 'edsger' },
  alan: { name: 'Alan Turing', email: 'alan@example.org', login: null },
  renovate: { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com', login: 'renovate[bot]' },
} as const
type Person = keyof typeof PEOPLE

/** GitHub accounts: profile names (null: the profile has none) and account types. */
const USERS: HistoryFixture['users'] = {
  ada: { name: 'Ada Lovelace', type: 'User' },
  grace: { name: null, type: 'User' },
  linus: { name: 'Linus Example', type: 'User' },
  margaret: { name: 'Margaret Hamilton', type: 'User' },
  edsger: { name: 'Edsger W. Dijkstra', type: 'User' },
  'renovate[bot]': { name: null, type: 'Bot' },
  'review-bot': { name: 'Review Bot', type: 'Bot' },
}

/** Pull requests: their reviews in order; null is a deleted account. */
const PULL_REQUESTS: HistoryFixture['pullRequests'] = {
  '101': { reviews: ['grace', 'review-bot', null, 'ada'] },
  '102': { reviews: ['linus'] },
  '103': { reviews: ['margaret', 'margaret'] },
}

interface CommitSpec {
  authors: Person[]
  pullRequest: number | null
}
const commit = (authors: Person[], pullRequest: number | null = null): CommitSpec => ({ authors, pullRequest })

/** Source path -> its commits, newest first. */
const HISTORY_SPEC: Record<string, CommitSpec[]> = {
  'getting-started/01-why-share.asciidoc': [
    commit(['ada', 'alan'], 101),
    commit(['renovate']),
    commit(['grace'], 102),
    ...Array.from({ length: 110 }, () => commit(['margaret'])),
    // Only reachable on the second page of the history (after 100 commits).
    commit(['edsger']),
  ],
  'getting-started/02-first-contribution.asciidoc': [commit(['margaret'], 103), commit(['ada'])],
  'getting-started/02-first-contribution-script.asciidoc': [commit(['margaret'])],
  'getting-started/index.md': [commit(['ada'])],
  'getting-started/de/01-why-share-de.asciidoc': [commit(['linus', 'alan'], 102)],
  'getting-started/de/02-first-contribution-de.asciidoc': [commit(['grace'])],
  'getting-started/de/index.md': [commit(['linus'])],
  'getting-started/es/02-first-contribution-es.asciidoc': [commit(['alan']), commit(['renovate'])],
  'maintainer/01-welcoming-guests.asciidoc': [commit(['ada'], 101)],
  'maintainer/02-saying-no.asciidoc': [commit(['renovate'])],
  'maintainer/index.md': [commit(['margaret'])],
  'workbook/01-getting-started.asciidoc': [commit(['margaret', 'grace'], 103)],
  'config/urls.yaml': [commit(['ada'])],
  'scripts/section_data.json': [commit(['ada'])],
}

const oid = (text: string) => createHash('sha1').update(text).digest('hex')

/** The history of every source file of the example, deterministic to the byte. */
export function exampleHistory(): HistoryFixture {
  // One clock for all commits, ticking back a minute per commit, so the global order is total.
  let minutes = 0
  const start = Date.parse('2025-06-01T12:00:00Z')
  const history: Record<string, HistoryCommit[]> = {}
  for (const [file, commits] of Object.entries(HISTORY_SPEC)) {
    history[file] = commits.map((spec, index) => ({
      oid: oid(`${file}\n${index}`),
      committedDate: new Date(start - ++minutes * 60_000).toISOString().replace('.000Z', 'Z'),
      messageHeadline: `Edit ${file} (${index + 1} of ${commits.length} from the newest)`,
      authors: spec.authors.map((person) => ({ ...PEOPLE[person] })),
      pullRequest: spec.pullRequest,
    }))
  }
  return {
    about: 'Made by tests/support/example-history.ts for examples/learning-path; same shape as the shared fixture.',
    repository: EXAMPLE_REPOSITORY,
    branch: EXAMPLE_BRANCH,
    head: oid('tip of the example'),
    history,
    pullRequests: PULL_REQUESTS,
    users: USERS,
  }
}

/** Writes the history as JSON (the format `--history FILE` and `startFakeGitHub({ history })` read). */
export function writeExampleHistory(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(exampleHistory(), null, 1)}\n`)
  return file
}

/** Every file of the example that is a source (not its README), as POSIX paths. */
export function exampleSourceFiles(): string[] {
  return filesUnder(EXAMPLE_SOURCE).filter((file) => file !== 'README.md')
}
