// Reading the source checkout's history the way GitHub tells it: one `git log` over every
// credited file, and what each commit holds that the credit rule and the health report need.
// Pure: the arguments to run, and the parsing of what git printed.
//
// GitHub's `authors` of a commit are its git author and its `Co-authored-by` trailers, as
// written (GitHub ignores .mailmap, so the raw `%an`/`%ae` are read, not `%aN`/`%aE`); its
// `messageHeadline` is the message's first line; its `committedDate` the committer date in UTC.
import { parseContact } from './git-log.js'

/** A commit of the checkout, as the credit needs it. */
export interface CheckoutCommit {
  oid: string
  /** Committer date, in GitHub's `DateTime` form: UTC, `Z`, whole seconds. */
  date: string
  headline: string
  /** The git author, then each `Co-authored-by` co-author, as written. */
  authors: { name: string; email: string }[]
  /** Credited files this commit changed (for a merge: those that differ from every parent). */
  files: string[]
}

/** Fields of a record, each ended by a NUL; a record starts with two NULs. */
const FIELDS = ['%H', '%cI', '%an', '%ae', '%B', '%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1f)']

/**
 * `git log` arguments (after `git`) listing `commit` and its ancestors that change any of
 * `paths`, newest first, with the changed credited files of each. Configuration that would
 * change what git prints is pinned: no signatures, no replaced objects, root commits' files
 * shown, UTF-8. `-c` (combined diff) names a merge's files that differ from every parent: the
 * merge is then in those files' histories, as in `git log -- <file>`.
 */
export function checkoutLogArgs(commit: string, paths: readonly string[]): string[] {
  return [
    '-c',
    'log.showSignature=false',
    '-c',
    'log.showRoot=true',
    '-c',
    'i18n.logOutputEncoding=UTF-8',
    '--no-replace-objects',
    'log',
    '-z',
    '-c',
    '--no-renames',
    '--name-only',
    `--format=%x00%x00${FIELDS.join('%x00')}`,
    commit,
    '--',
    ...paths,
  ]
}

const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/

/** An ISO date with an offset → GitHub's `DateTime` (UTC, no fraction); null when it does not parse. */
export function gitHubDateTime(iso: string): string | null {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The commits of {@link checkoutLogArgs}'s output. Every record is checked (an oid, a date,
 * only files that were asked for): anything else throws, and the caller reads GitHub's
 * history instead of guessing.
 */
export function parseCheckoutLog(output: string, paths: readonly string[]): CheckoutCommit[] {
  const asked = new Set(paths)
  const tokens = output.split('\0')
  const commits: CheckoutCommit[] = []
  let i = 0
  while (i < tokens.length) {
    const startsRecord = tokens[i] === '' && tokens[i + 1] === '' && OID.test(tokens[i + 2] ?? '')
    if (startsRecord) {
      const [oid, committed, name, email, body, trailers] = tokens.slice(i + 2, i + 8)
      const date = gitHubDateTime(committed ?? '')
      if (trailers === undefined || date === null) throw new Error(`git log: a record of ${oid} is cut short`)
      const coAuthors = trailers
        .split('\x1f')
        .map(parseContact)
        .filter((c) => c !== null)
      commits.push({ oid, date, headline: body.split('\n')[0], authors: [{ name, email }, ...coAuthors], files: [] })
      i += 8
      continue
    }
    const token = tokens[i++]
    if (token === '') continue
    // The first name after a record's fields follows a newline; a merge's follow a NUL.
    const file = asked.has(token) ? token : token.startsWith('\n') && asked.has(token.slice(1)) ? token.slice(1) : null
    const current = commits.at(-1)
    if (file === null || !current) throw new Error(`git log: unexpected output ${JSON.stringify(token.slice(0, 80))}`)
    current.files.push(file)
  }
  return commits
}
