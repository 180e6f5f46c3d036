// Credits from the checkout's history: git has named every credited file's commits, their
// authors and co-authors, dates and headlines; GitHub is asked, by commit oid, only what git
// cannot know: which account each author's email belongs to (asked of one commit per email,
// the fewest commits that list them all) and who reviewed the pull request each commit came
// from. A commit costs 2 units (its pull request, that pull request's reviews), 3 when its
// authors are asked too, so the Learning Path's 897 commits are 3 queries and 18 points
// (GitHub's history queries: 10 queries, 25 points).
import type { CommitSummary } from '../shared/types.js'
import { UserError } from '../shared/user-error.js'
import { runAliasRounds, type Answer } from './alias-rounds.js'
import type { CheckoutHistory } from './checkout-history.js'
import type { CheckoutCommit } from './checkout-log.js'
import type { CommitAuthor, CommitRecord, GitHubAccount } from './credit-rule.js'
import type { CreditReading } from './credit-reading.js'
import { parseAuthors, parseReviewers } from './github-parse.js'
import { AUTHORS_PER_COMMIT, commitAlias, commitLookupQuery, type CommitLookup } from './github-queries.js'
import { answerRepository, errorsByAlias, type Ask } from './graphql-answer.js'

/**
 * Most commits one query asks about. GitHub's documented limits: 500,000 nodes per query (a
 * lookup is at most 151: one pull request, 100 reviews, 50 authors; 300 make 45,300) and 10
 * seconds to answer. The time is the limit that binds, and GitHub does not publish a rate: 300
 * lookups are 2.5 times the 120 commit details a history query carries. A query that fails
 * whole (a timeout answers no alias) halves the size of the next.
 */
export const MAX_LOOKUPS_PER_QUERY = 300
const MIN_LOOKUPS_PER_QUERY = 25

/** What the answer says of one commit: its pull request's reviewers, and its authors when asked. */
type LookupValue = { reviewers: (GitHubAccount | null)[]; authors: CommitAuthor[] | null }

export interface CheckoutCreditOptions {
  /** OWNER/NAME, for messages. */
  repository: string
  repo: { owner: string; name: string }
  /** The ref whose commit GitHub's history would credit, when the run names no source commit: HEAD must be it. */
  checkRef: string | null
  webUrl: string
  /** Times a failed alias is asked in all. */
  attempts: number
  ask: Ask
  progress(message: string): void
}

/** The checkout is not at the commit GitHub's history would credit: `reason` says where each is. */
export type CheckoutCredit = { reading: CreditReading } | { notCredited: string }

class NotCredited extends Error {}

/** A commit's authors as GitHub lists them: the git author and co-authors, at most AUTHORS_PER_COMMIT. */
const authorsOf = (commit: CheckoutCommit) => commit.authors.slice(0, AUTHORS_PER_COMMIT)

/**
 * For each commit asked for its authors, the emails it is asked for: every email once, from the
 * fewest commits (greedily, the commit listing the most emails not yet asked, newest on ties).
 */
export function emailLookups(commits: readonly CheckoutCommit[]): Map<string, string[]> {
  const emailsOf = commits.map((commit) => [...new Set(authorsOf(commit).map((author) => author.email))])
  const left = new Set(emailsOf.flat())
  const chosen = new Map<string, string[]>()
  while (left.size > 0) {
    let best = 0
    let most = 0
    emailsOf.forEach((emails, i) => {
      const count = emails.filter((email) => left.has(email)).length
      if (count > most) [best, most] = [i, count]
    })
    const emails = emailsOf[best].filter((email) => left.has(email))
    for (const email of emails) left.delete(email)
    chosen.set(commits[best].oid, emails)
  }
  return chosen
}

/** The account of `email` among the authors an answer lists (as written, else ignoring case); undefined when absent. */
function accountOf(authors: readonly CommitAuthor[], email: string): GitHubAccount | null | undefined {
  const found = authors.find((a) => a.email === email) ?? authors.find((a) => a.email.toLowerCase() === email.toLowerCase())
  return found ? found.user : undefined
}

export async function readCheckoutCredit(history: CheckoutHistory, options: CheckoutCreditOptions): Promise<CheckoutCredit> {
  const askedFor = emailLookups(history.commits)
  const lookups: CommitLookup[] = history.commits.map((commit) => ({ oid: commit.oid, authors: askedFor.has(commit.oid) }))
  let refToCheck = options.checkRef
  let limit = MAX_LOOKUPS_PER_QUERY
  let repositoryUrl = `${options.webUrl}/${options.repo.owner}/${options.repo.name}`
  let answered = 0
  let outcome
  try {
    outcome = await runAliasRounds<CommitLookup, LookupValue>(lookups, {
      attempts: options.attempts,
      isFatal: (error) => error instanceof NotCredited || error instanceof UserError,
      // As few queries as the limit allows, the commits shared evenly among them.
      nextBatch: (pending) => Math.ceil(pending.length / Math.ceil(pending.length / limit)),
      send: async (batch) => {
        const answer = await options.ask(commitLookupQuery(options.repo, batch, refToCheck))
        const repository = answerRepository(answer, options.repository)
        if (refToCheck !== null && repository) {
          const head = (repository.head as { oid?: unknown } | null | undefined)?.oid
          if (head !== history.head) {
            throw new NotCredited(
              typeof head === 'string'
                ? `the checkout's HEAD ${history.head.slice(0, 7)} is not ${refToCheck} (${head.slice(0, 7)} on GitHub)`
                : `ref '${refToCheck}' was not found in ${options.repository}`,
            )
          }
          refToCheck = null
        }
        if (typeof repository?.url === 'string') repositoryUrl = repository.url
        const errors = errorsByAlias(answer.errors, /^c\d+$/)
        const answers = batch.map((lookup, i): Answer<CommitLookup, LookupValue> => {
          const raw = repository?.[commitAlias(i)] as { oid?: unknown } | null | undefined
          const authors = lookup.authors ? parseAuthors(raw, options.webUrl) : null
          if (typeof raw?.oid !== 'string' || (lookup.authors && !authors)) {
            const reason = errors.get(commitAlias(i)) ?? errors.get('*') ?? `commit ${lookup.oid} is not in ${options.repository} on GitHub`
            return { ok: false, reason }
          }
          return { ok: true, value: { reviewers: parseReviewers(raw, options.webUrl), authors } }
        })
        if (answers.every((a) => !a.ok)) limit = Math.max(MIN_LOOKUPS_PER_QUERY, Math.floor(limit / 2))
        answered += answers.filter((a) => a.ok).length
        options.progress(`contributors: looked up ${answered}/${lookups.length} commits`)
        return answers
      },
    })
  } catch (error) {
    if (error instanceof NotCredited) return { notCredited: error.message }
    throw error
  }

  const reviewers = new Map<string, (GitHubAccount | null)[]>()
  const accounts = new Map<string, GitHubAccount | null>()
  const emailFailures = new Map<string, string>()
  const lookupFailures = new Map<string, string>()
  for (const { item, value } of outcome.answers) {
    reviewers.set(item.oid, value.reviewers)
    for (const email of askedFor.get(item.oid) ?? []) {
      const account = accountOf(value.authors ?? [], email)
      if (account === undefined) emailFailures.set(email, `GitHub does not list ${email} among the authors of ${item.oid.slice(0, 7)}`)
      else accounts.set(email, account)
    }
  }
  for (const { item, reason } of outcome.failures) {
    lookupFailures.set(item.oid, reason)
    for (const email of askedFor.get(item.oid) ?? []) emailFailures.set(email, `the authors of ${item.oid.slice(0, 7)}: ${reason}`)
  }

  const records = new Map<string, CommitRecord>()
  const summaries = new Map<string, CommitSummary>()
  const commitFailures = new Map<string, string>()
  for (const commit of history.commits) {
    summaries.set(commit.oid, {
      oid: commit.oid,
      date: commit.date,
      headline: commit.headline,
      url: `${repositoryUrl}/commit/${commit.oid}`,
    })
    const unknown = authorsOf(commit).find((author) => !accounts.has(author.email))
    const failure =
      lookupFailures.get(commit.oid) ?? (unknown && (emailFailures.get(unknown.email) ?? `no account asked for ${unknown.email}`))
    if (failure) {
      commitFailures.set(commit.oid, failure)
      continue
    }
    const authors = authorsOf(commit).map((author) => ({ ...author, user: accounts.get(author.email) ?? null }))
    records.set(commit.oid, { oid: commit.oid, authors, reviewers: reviewers.get(commit.oid) ?? [] })
  }
  return {
    reading: {
      histories: history.files,
      historyFailures: new Map(),
      records,
      summaries,
      commitFailures,
      commits: history.commits.length,
    },
  }
}
