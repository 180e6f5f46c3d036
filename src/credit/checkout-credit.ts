// Credits from the checkout's history: git has named every credited file's commits, their
// authors and co-authors, dates and headlines; GitHub is asked, by commit oid, only what git
// cannot know: which account each author's email belongs to (asked of one commit per email,
// the fewest commits that list them all) and who reviewed the pull request each commit came
// from. A commit costs 2 units (its pull request, that pull request's reviews), 3 when its
// authors are asked too, so the Learning Path's 897 commits are 3 queries and 18 points
// (GitHub's history queries: 10 queries, 25 points).
import type { CommitSummary } from '../shared/types.js'
import { UserError } from '../shared/user-error.js'
import type { Logger } from '../shared/logger.js'
import type { AnswerData } from '../github/graphql.js'
import { runAliasRounds, type Answer, type RoundsOutcome } from './alias-rounds.js'
import type { CheckoutHistory } from './checkout-history.js'
import type { CheckoutCommit } from './checkout-log.js'
import type { CommitAuthor, CommitRecord, GitHubAccount } from './credit-rule.js'
import type { CreditReading } from './credit-reading.js'
import { parseAuthors, parseReviewers } from './github-parse.js'
import { AUTHORS_PER_COMMIT, commitAlias, commitLookupQuery, type CommitLookup, type CreditedRepository } from './github-queries.js'
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

/** The checkout is not at the commit GitHub's history would credit: `reason` says where each is. */
export type CheckoutCredit = { reading: CreditReading } | { notCredited: string }

/** Thrown from a query's answer to stop the rounds: the checkout cannot stand for GitHub's history. */
class NotCredited extends UserError {}

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

/**
 * The credit of the checkout's history, with what only GitHub knows asked of `repository` by
 * commit oid. `checkRef`: the ref whose commit GitHub's history would credit, when the run names
 * no source commit: HEAD must be it, else the result says why the checkout cannot stand for it.
 */
export async function readCheckoutCredit(
  history: CheckoutHistory,
  repository: CreditedRepository,
  ask: Ask,
  checkRef: string | null,
  logger: Logger,
): Promise<CheckoutCredit> {
  const askedFor = emailLookups(history.commits)
  let looked: LookedUp
  try {
    looked = await lookUpCommits(history, askedFor, repository, ask, checkRef, logger)
  } catch (error) {
    if (error instanceof NotCredited) return { notCredited: error.message }
    throw error
  }
  const { records, summaries, commitFailures } = commitRecords(history.commits, accountsAndReviewers(looked.outcome, askedFor), looked.url)
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

/** The answers of the lookups, and the repository's web address as GitHub gave it. */
interface LookedUp {
  outcome: RoundsOutcome<CommitLookup, LookupValue>
  url: string
}

/** Asks GitHub about every commit (its authors' accounts where `askedFor` says), as few queries as the size limit allows. */
async function lookUpCommits(
  history: CheckoutHistory,
  askedFor: ReadonlyMap<string, string[]>,
  repository: CreditedRepository,
  ask: Ask,
  checkRef: string | null,
  logger: Logger,
): Promise<LookedUp> {
  const lookups: CommitLookup[] = history.commits.map((commit) => ({ oid: commit.oid, authors: askedFor.has(commit.oid) }))
  let refToCheck = checkRef
  let limit = MAX_LOOKUPS_PER_QUERY
  let url = `${repository.webUrl}/${repository.owner}/${repository.name}`
  let answered = 0
  const send = async (batch: CommitLookup[]) => {
    const answer = await ask(commitLookupQuery(repository, batch, refToCheck))
    const found = answerRepository(answer, repository.fullName)
    if (refToCheck !== null && found) {
      checkHead(found, history.head, refToCheck, repository.fullName)
      refToCheck = null
    }
    if (typeof found?.url === 'string') url = found.url
    const answers = lookupAnswers(batch, found, errorsByAlias(answer.errors, /^c\d+$/), repository)
    if (answers.every((a) => !a.ok)) limit = Math.max(MIN_LOOKUPS_PER_QUERY, Math.floor(limit / 2))
    answered += answers.filter((a) => a.ok).length
    logger.info(`contributors: looked up ${answered}/${lookups.length} commits`)
    return answers
  }
  // As few queries as the limit allows, the commits shared evenly among them.
  const nextBatch = (pending: readonly CommitLookup[]) => Math.ceil(pending.length / Math.ceil(pending.length / limit))
  const outcome = await runAliasRounds<CommitLookup, LookupValue>(lookups, send, nextBatch)
  return { outcome, url }
}

/** Throws NotCredited unless `ref` points at the checkout's HEAD on GitHub. */
function checkHead(found: AnswerData, head: string, ref: string, fullName: string): void {
  const onGitHub = (found.head as { oid?: unknown } | null | undefined)?.oid
  if (onGitHub === head) return
  throw new NotCredited(
    typeof onGitHub === 'string'
      ? `the checkout's HEAD ${head.slice(0, 7)} is not ${ref} (${onGitHub.slice(0, 7)} on GitHub)`
      : `ref '${ref}' was not found in ${fullName}`,
  )
}

/** One answer per lookup of a batch: its reviewers, and its authors when asked. */
function lookupAnswers(
  batch: readonly CommitLookup[],
  found: AnswerData | null | undefined,
  errors: ReadonlyMap<string, string>,
  repository: CreditedRepository,
): Answer<CommitLookup, LookupValue>[] {
  return batch.map((lookup, i) => {
    const raw = found?.[commitAlias(i)] as { oid?: unknown } | null | undefined
    const authors = lookup.authors ? parseAuthors(raw, repository.webUrl) : null
    if (typeof raw?.oid !== 'string' || (lookup.authors && !authors)) {
      const reason = errors.get(commitAlias(i)) ?? errors.get('*') ?? `commit ${lookup.oid} is not in ${repository.fullName} on GitHub`
      return { ok: false, reason }
    }
    return { ok: true, value: { reviewers: parseReviewers(raw, repository.webUrl), authors } }
  })
}

/** What the lookups told: each commit's reviewers, each email's account, and why an email or a commit is unknown. */
interface Accounts {
  reviewers: Map<string, (GitHubAccount | null)[]>
  accounts: Map<string, GitHubAccount | null>
  emailFailures: Map<string, string>
  lookupFailures: Map<string, string>
}

function accountsAndReviewers(outcome: RoundsOutcome<CommitLookup, LookupValue>, askedFor: ReadonlyMap<string, string[]>): Accounts {
  const found: Accounts = { reviewers: new Map(), accounts: new Map(), emailFailures: new Map(), lookupFailures: new Map() }
  for (const { item, value } of outcome.answers) {
    found.reviewers.set(item.oid, value.reviewers)
    for (const email of askedFor.get(item.oid) ?? []) {
      const account = accountOf(value.authors ?? [], email)
      if (account === undefined)
        found.emailFailures.set(email, `GitHub does not list ${email} among the authors of ${item.oid.slice(0, 7)}`)
      else found.accounts.set(email, account)
    }
  }
  for (const { item, reason } of outcome.failures) {
    found.lookupFailures.set(item.oid, reason)
    for (const email of askedFor.get(item.oid) ?? []) found.emailFailures.set(email, `the authors of ${item.oid.slice(0, 7)}: ${reason}`)
  }
  return found
}

/** Each commit's record for the credit rule and summary for the health report, or why it cannot be credited. */
function commitRecords(commits: readonly CheckoutCommit[], found: Accounts, repositoryUrl: string) {
  const records = new Map<string, CommitRecord>()
  const summaries = new Map<string, CommitSummary>()
  const commitFailures = new Map<string, string>()
  for (const commit of commits) {
    summaries.set(commit.oid, {
      oid: commit.oid,
      date: commit.date,
      headline: commit.headline,
      url: `${repositoryUrl}/commit/${commit.oid}`,
    })
    const unknown = authorsOf(commit).find((author) => !found.accounts.has(author.email))
    const failure =
      found.lookupFailures.get(commit.oid) ??
      (unknown && (found.emailFailures.get(unknown.email) ?? `no account asked for ${unknown.email}`))
    if (failure) {
      commitFailures.set(commit.oid, failure)
      continue
    }
    const authors = authorsOf(commit).map((author) => ({ ...author, user: found.accounts.get(author.email) ?? null }))
    records.set(commit.oid, { oid: commit.oid, authors, reviewers: found.reviewers.get(commit.oid) ?? [] })
  }
  return { records, summaries, commitFailures }
}
