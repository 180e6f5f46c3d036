// Turning GraphQL answers into plain values: pure functions over the JSON GitHub returns.
import type { CommitSummary } from '../shared/types.js'
import type { CommitAuthor, CommitRecord, GitHubAccount } from './credit-rule.js'

export interface HistoryPage {
  oids: string[]
  /** Cursor of the next page, or null when this was the last one. */
  next: string | null
}

interface RawHistory {
  pageInfo?: { hasNextPage?: boolean; endCursor?: string | null }
  nodes?: ({ oid?: string } | null)[]
}

/** One `history` connection; null when the answer lacks it (an error nulled it). */
export function parseHistoryPage(raw: unknown): HistoryPage | null {
  const history = raw as RawHistory | null | undefined
  if (!history || !Array.isArray(history.nodes)) return null
  const oids = history.nodes.map((node) => node?.oid).filter((oid): oid is string => typeof oid === 'string')
  const next = history.pageInfo?.hasNextPage ? (history.pageInfo.endCursor ?? null) : null
  if (history.pageInfo?.hasNextPage && !next) return null // a page we could not continue from
  return { oids, next }
}

interface RawUser {
  login?: string
  name?: string | null
  url?: string
  __typename?: string
}

interface RawCommit {
  oid?: string
  committedDate?: string
  messageHeadline?: string
  url?: string
  authors?: { nodes?: ({ name?: string | null; email?: string | null; user?: RawUser | null } | null)[] }
  associatedPullRequests?: { nodes?: ({ reviews?: { nodes?: ({ author?: RawUser | null } | null)[] } } | null)[] }
}

/**
 * Text of a JSON answer as a UTF-8 file would hold it: a lone surrogate (a `\ud800` escape) becomes
 * U+FFFD, the character the page will carry, so a name compares equal to itself read back from the site.
 */
function wellFormed(text: string): string
function wellFormed(text: string | null): string | null
function wellFormed(text: string | null): string | null {
  return text === null ? null : Buffer.from(text, 'utf8').toString('utf8')
}

function account(raw: RawUser, typeWhenUnknown: string, webUrl: string): GitHubAccount | null {
  if (!raw.login) return null
  return {
    login: raw.login,
    name: wellFormed(raw.name ?? null),
    // Every Actor has a url; the fallback only guards against a trimmed answer.
    url: raw.url ?? `${webUrl}/${raw.login}`,
    type: raw.__typename ?? typeWhenUnknown,
  }
}

/**
 * The authors a commit's answer lists (git name, email, linked account), in GitHub's order;
 * null when the answer lacks them.
 */
export function parseAuthors(raw: unknown, webUrl: string): CommitAuthor[] | null {
  const commit = raw as RawCommit | null | undefined
  if (!commit || !Array.isArray(commit.authors?.nodes)) return null
  const authors: CommitAuthor[] = []
  for (const node of commit.authors.nodes) {
    if (!node) continue
    authors.push({
      name: wellFormed(node.name ?? ''),
      email: node.email ?? '',
      // A commit author's account is always a User in GitHub's schema.
      user: node.user ? account(node.user, 'User', webUrl) : null,
    })
  }
  return authors
}

/** Review authors of the pull request(s) a commit's answer names; null for a deleted account. */
export function parseReviewers(raw: unknown, webUrl: string): (GitHubAccount | null)[] {
  const commit = raw as RawCommit | null | undefined
  const reviewers: (GitHubAccount | null)[] = []
  for (const pull of commit?.associatedPullRequests?.nodes ?? []) {
    for (const review of pull?.reviews?.nodes ?? []) {
      // A deleted account shows as a null author ("ghost"); the rule leaves it out.
      reviewers.push(review?.author ? account(review.author, 'User', webUrl) : null)
    }
  }
  return reviewers
}

/**
 * One commit's credit details; null when the answer lacks them (an error nulled the alias,
 * or the object is not a commit).
 * @param webUrl the GitHub web root (https://github.com), for actors whose URL is not asked.
 */
export function parseCommit(raw: unknown, webUrl: string): CommitRecord | null {
  const commit = raw as RawCommit | null | undefined
  const authors = parseAuthors(raw, webUrl)
  if (!commit || typeof commit.oid !== 'string' || !authors) return null
  return { oid: commit.oid, authors, reviewers: parseReviewers(raw, webUrl) }
}

/** A commit's date, headline and web page; null when the answer lacks the date. */
export function parseCommitSummary(raw: unknown): CommitSummary | null {
  const commit = raw as RawCommit | null | undefined
  if (!commit || typeof commit.oid !== 'string' || typeof commit.committedDate !== 'string') return null
  return {
    oid: commit.oid,
    date: commit.committedDate,
    headline: wellFormed(commit.messageHeadline ?? ''),
    ...(typeof commit.url === 'string' ? { url: commit.url } : {}),
  }
}

/** The alias an error is about (`f3`, `c12`), from its GraphQL `path`; null for a query-wide error. */
export function aliasOfError(error: { path?: readonly (string | number)[] }, pattern: RegExp): string | null {
  for (const part of error.path ?? []) if (typeof part === 'string' && pattern.test(part)) return part
  return null
}
