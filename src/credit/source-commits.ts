// The source commits since the previous sync, for the pull request: a reviewer sees which
// changes of the Learning Path it carries. Read from where the credit stage reads history: the
// GitHub GraphQL API (one query, asked only when there was a previous sync) or the checkout's
// git log; the `none` provider reads no history, so only the comparison link is shown.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createGitHubClient } from '../github/client.js'
import { query } from '../github/graphql.js'
import { parseRepositoryName } from '../github/repository-name.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { RunContext } from '../shared/run-context.js'

const execFileAsync = promisify(execFile)

export interface SourceCommit {
  oid: string
  headline: string
  /** ISO date, when known. */
  date?: string
}

export interface SourceChanges {
  /** The source commit the previous sync commit names (its trailer); null when no sync commit names one. */
  previous: string | null
  /** Commits after `previous`, newest first; null when they could not be listed. */
  commits: SourceCommit[] | null
  /** More commits exist than `commits` holds. */
  more?: boolean
}

/** Commits listed at most; the comparison link on GitHub shows the rest. */
export const MAX_SOURCE_COMMITS = 50

const QUERY = `query SourceCommits($owner: String!, $name: String!, $until: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $until) {
      ... on Commit { history(first: ${MAX_SOURCE_COMMITS}) { nodes { oid messageHeadline committedDate } } }
    }
  }
}`

/** Newest first, stopping before `since`; `more` when `since` is not among the first MAX_SOURCE_COMMITS. */
function upTo(commits: SourceCommit[], since: string): { commits: SourceCommit[]; more: boolean } {
  const at = commits.findIndex((c) => c.oid === since)
  return at >= 0 ? { commits: commits.slice(0, at), more: false } : { commits, more: true }
}

/**
 * The source commits after `since` up to the commit the pages were rendered from (else the
 * source ref), read where the `contributors` option reads history; null when they cannot be
 * listed (provider `none`, or the read failed: a note in the log, never a failed sync).
 */
export async function listSourceCommits(
  since: string,
  options: Pick<SyncOptions, 'source' | 'credit'>,
  context: RunContext,
): Promise<{ commits: SourceCommit[]; more: boolean } | null> {
  const { source } = options
  const until = source.commit ?? source.ref
  try {
    if (options.credit.provider === 'git') {
      const { stdout } = await execFileAsync(
        'git',
        // `--end-of-options`: the ref is never an option, whatever it starts with.
        ['log', `--max-count=${MAX_SOURCE_COMMITS + 1}`, '--format=%H%x1f%s%x1f%cI', '--end-of-options', until, '--'],
        { cwd: source.dir, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      )
      const commits = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [oid, headline, date] = line.split('\x1f')
          return { oid, headline, date }
        })
      const found = upTo(commits, since)
      return { commits: found.commits.slice(0, MAX_SOURCE_COMMITS), more: found.more }
    }
    if (options.credit.provider === 'github' && context.github.token) {
      const { owner, name } = parseRepositoryName(source.repository, 'source-repository')
      const client = createGitHubClient(context, 'read')
      type Answer = {
        repository: { object: { history?: { nodes: { oid: string; messageHeadline: string; committedDate: string }[] } } | null } | null
      }
      const answer = await query<Answer>(client, QUERY, { owner, name, until: until })
      const nodes = answer.repository?.object?.history?.nodes
      if (!nodes) return null
      return upTo(
        nodes.map((n) => ({ oid: n.oid, headline: n.messageHeadline, date: n.committedDate })),
        since,
      )
    }
    return null
  } catch (error) {
    context.logger.info(
      `source commits since ${since.slice(0, 7)} not listed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    )
    return null
  }
}

const HEAD_QUERY = `query SourceHead($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) { object(expression: $ref) { oid } }
}`

/**
 * The commit the source ref is at, when no commit was given (a local run: no event names one),
 * so that the sync trailer and the pull request name a commit and not a branch that moves on.
 * Read where the `contributors` option reads history; undefined when it reads none or the read
 * fails (the ref is named then, as before).
 */
export async function resolveSourceCommit(
  options: Pick<SyncOptions, 'source' | 'credit'>,
  context: RunContext,
): Promise<string | undefined> {
  const { source } = options
  if (source.commit !== undefined) return source.commit
  try {
    let oid: string | undefined
    if (options.credit.provider === 'git') {
      const { stdout } = await execFileAsync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${source.ref}^{commit}`], {
        cwd: source.dir,
        encoding: 'utf8',
      })
      oid = stdout.trim()
    } else if (options.credit.provider === 'github' && context.github.token) {
      const { owner, name } = parseRepositoryName(source.repository, 'source-repository')
      type Answer = { repository: { object: { oid?: string } | null } | null }
      const answer = await query<Answer>(createGitHubClient(context, 'read'), HEAD_QUERY, { owner, name, ref: source.ref })
      oid = answer.repository?.object?.oid
    }
    return oid !== undefined && /^[0-9a-f]{40}$/.test(oid) ? oid : undefined
  } catch (error) {
    context.logger.info(`the commit of ${source.ref} not found: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`)
    return undefined
  }
}
