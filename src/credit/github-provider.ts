// Contributors from GitHub's GraphQL API: the oids of each file's history (100 per page, 1 unit
// per file) and the credit details (authors, pull-request reviews) of each distinct commit,
// once (3 units per commit), many aliases per query, one query at a time, in batch sizes
// planned for the fewest points within a request budget.
//
// When the source folder is the root of a full clone at the commit credited, git tells the
// commit lists instead, and GitHub is asked only about accounts and reviews
// (checkout-credit.ts): the same credits in 1 to 3 queries. This is automatic, not an option:
// the result is the same either way, and the run knows from the checkout which way it can take.
import { createGitHubClient, type GitHubClient } from '../github/client.js'
import type { CommitSummary, ContributorProvider, CreditResult } from '../shared/types.js'
import { runAliasRounds, type Answer, type RoundsOutcome } from './alias-rounds.js'
import { planBatchSizes } from './batch-plan.js'
import type { CommitRecord } from './credit-rule.js'
import { IdentityRules } from './identity-rules.js'
import { readCheckoutHistory } from './checkout-history.js'
import { readCheckoutCredit } from './checkout-credit.js'
import { creditReading, type CreditReading } from './credit-reading.js'
import { answerRepository, errorsByAlias, type Ask } from './graphql-answer.js'
import { sendQuery, type QueryAnswer } from '../github/graphql.js'
import {
  COMMIT_UNITS_PER_COMMIT,
  HISTORY_UNITS_PER_FILE,
  commitAlias,
  creditQuery,
  historyAlias,
  type CreditedRepository,
  type GraphQLRequest,
  type HistoryAsk,
} from './github-queries.js'
import { parseCommit, parseCommitSummary, parseHistoryPage, type HistoryPage } from './github-parse.js'
import { UserError } from '../shared/user-error.js'
import { parseRepositoryName } from '../github/repository-name.js'
import { webUrlFor } from '../github/api-url.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { RunContext } from '../shared/run-context.js'

/**
 * Default request budget. Measured on the fixture (188 files, 897 commits, one query at a time):
 * budget 10 → 10 requests, 25 points; budget 12 → 12 requests, 24 points; budget 15 → 14
 * requests, 23 points. At one query in flight, each request is a round trip on the run's
 * critical path, so the budget buys speed with the point the rounding of larger queries costs.
 */
export const DEFAULT_REQUEST_BUDGET = 10
/**
 * Most commits in one query (or three times as many history pages): 120 commits ask for at
 * most 18,000 nodes (authors 50 + reviews 100 each), far inside GitHub's 500,000-node limit,
 * and leave room for the 3-point batch (116 commits, 348 units) the plan can choose.
 */
const MAX_COMMITS_PER_QUERY = 120

/** What is kept of a commit: the credit rule's record, and its date and headline for the health report. */
type CommitAnswer = { record: CommitRecord; summary: CommitSummary | null }

/** One alias of a query: a page of a file's history, or a commit's credit details. */
type CreditAsk = ({ kind: 'history' } & HistoryAsk) | { kind: 'commit'; oid: string }
type CreditValue = { kind: 'history'; page: HistoryPage } | { kind: 'commit'; answer: CommitAnswer }

export class GitHubContributorProvider implements ContributorProvider {
  readonly kind = 'github' as const
  private readonly repo: CreditedRepository

  /**
   * Reads the history of `source.repository` at `source.ref`, or of the checkout at
   * `source.dir` when it can stand for it; the contributors file's aliases and exclusions
   * (`rules`) apply as it credits. `client`: a read client made elsewhere (tests).
   */
  constructor(
    private readonly context: RunContext,
    private readonly source: Pick<SyncOptions['source'], 'repository' | 'ref'> & Partial<Pick<SyncOptions['source'], 'dir' | 'commit'>>,
    private readonly rules: IdentityRules = IdentityRules.NONE,
    private readonly client: GitHubClient = createGitHubClient(context, 'read'),
  ) {
    this.repo = {
      ...parseRepositoryName(source.repository, 'source-repository'),
      fullName: source.repository,
      ref: source.ref,
      webUrl: webUrlFor(context.github.apiUrl),
    }
  }

  async credit(sourcePaths: readonly string[]): Promise<CreditResult> {
    const started = Date.now()
    const paths = [...new Set(sourcePaths)]
    const result: CreditResult = { contributors: new Map(), failures: [], stats: { requests: 0, points: 0 }, history: new Map() }
    if (paths.length === 0) return result
    const spent = { requests: 0, points: 0, remaining: undefined as number | undefined }
    const ask: Ask = async (request) => {
      spent.requests++
      const answer = await this.send(request)
      const rateLimit = answer.data?.rateLimit as { cost?: number; remaining?: number } | undefined
      if (typeof rateLimit?.cost === 'number') spent.points += rateLimit.cost
      if (typeof rateLimit?.remaining === 'number') spent.remaining = rateLimit.remaining
      const aliases = Object.keys(request.variables).filter((key) => /^[pc]\d+$/.test(key)).length
      this.context.logger.debug(
        `GraphQL ${request.operation}: ${aliases} aliases, cost ${rateLimit?.cost ?? '?'}, ${rateLimit?.remaining ?? '?'} points left` +
          (answer.errors.length > 0 ? `, ${answer.errors.length} error(s)` : ''),
      )
      return answer
    }

    const checkout = await this.readFromCheckout(paths, ask)
    const reading = checkout?.reading ?? (await this.readCredit(paths, ask))
    result.stats = { requests: spent.requests, points: spent.points }
    creditReading(paths, reading, this.rules, result)

    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const remaining = spent.remaining === undefined ? '' : `, ${spent.remaining} left this hour`
    const from = checkout
      ? `the checkout's history (${reading.commits} commits to ${checkout.head.slice(0, 7)}), accounts and reviews of ${this.source.repository} in`
      : `${reading.commits} commits of ${this.source.repository}@${this.repo.ref} in`
    this.context.logger.info(
      `contributors: ${result.contributors.size}/${paths.length} files credited from ${from} ` +
        `${result.stats.requests} GraphQL requests, ${result.stats.points} points${remaining}, ${seconds}s`,
    )
    if (result.failures.length > 0) {
      this.context.logger.warning(
        `contributors: could not credit ${result.failures.length} file(s): ${result.failures.map((f) => f.path).join(', ')}`,
      )
      for (const failure of result.failures) this.context.logger.debug(failure.reason)
    }
    return result
  }

  /**
   * The credit read from the checkout's history, when it can stand for GitHub's (see
   * checkout-history.ts); else null, after one notice saying why and how to have it.
   */
  private async readFromCheckout(paths: readonly string[], ask: Ask): Promise<{ reading: CreditReading; head: string } | null> {
    const { dir, commit } = this.source
    if (dir === undefined) return null
    const local = await readCheckoutHistory(dir, paths, commit)
    const read = local.usable
      ? // Without a source commit, the one credited is where the ref points on GitHub.
        await readCheckoutCredit(local.history, this.repo, ask, commit === undefined ? this.repo.ref : null, this.context.logger)
      : { notCredited: local.reason }
    if ('reading' in read) return { reading: read.reading, head: local.usable ? local.history.head : '' }
    this.context.logger.notice(
      `contributors: ${read.notCredited}, so each file's commit history is read from GitHub's API. ` +
        'With the whole history checked out (actions/checkout with fetch-depth: 0), git reads it and GitHub is asked only about accounts and reviews: fewer requests and points.',
    )
    return null
  }

  /**
   * Every file's commit oids (newest first, following pages past 100) and the credit details of
   * each distinct commit, once. A query carries whatever is pending: the first only histories,
   * the later ones commit details plus the next pages of long histories, planned for the
   * fewest points within the request budget.
   */
  private async readCredit(paths: readonly string[], ask: Ask): Promise<CreditReading> {
    const seen = new Set<string>()
    let sent = 0
    let credited = 0
    /** Asks for the commits no answer has named before: each commit is asked once, however many files it touched. */
    const commitAsks = (oids: readonly string[]): CreditAsk[] => {
      const fresh = oids.filter((oid) => !seen.has(oid))
      for (const oid of fresh) seen.add(oid)
      return fresh.map((oid) => ({ kind: 'commit', oid }))
    }
    const send = async (batch: CreditAsk[]) => {
      sent++
      const histories = batch.filter((item) => item.kind === 'history')
      const oids = batch.filter((item) => item.kind === 'commit').map((item) => item.oid)
      const answer = await ask(creditQuery(this.repo, histories, oids))
      const repository = answerRepository(answer, this.source.repository)
      const errors = errorsByAlias(answer.errors, /^[fc]\d+$/)
      const targets = histories.map((_, i) => repository?.[historyAlias(i)] as { history?: unknown } | null | undefined)
      if (repository && histories.length > 0 && answer.errors.length === 0 && targets.every((target) => target === null)) {
        throw new UserError(`ref '${this.repo.ref}' not found in ${this.source.repository}`)
      }
      const historyAnswers = histories.map((item, i): Answer<CreditAsk, CreditValue> => {
        const page = parseHistoryPage(targets[i]?.history)
        if (!page) return { ok: false, reason: errors.get(historyAlias(i)) ?? errors.get('*') ?? 'no history in the answer' }
        const nextPage: CreditAsk[] = page.next ? [{ kind: 'history', path: item.path, after: page.next }] : []
        return { ok: true, value: { kind: 'history', page }, followUps: [...nextPage, ...commitAsks(page.oids)] }
      })
      const commitAnswers = oids.map((oid, i): Answer<CreditAsk, CreditValue> => {
        const raw = repository?.[commitAlias(i)]
        const record = parseCommit(raw, this.repo.webUrl)
        if (!record) return { ok: false, reason: errors.get(commitAlias(i)) ?? errors.get('*') ?? `commit ${oid} not found` }
        return { ok: true, value: { kind: 'commit', answer: { record, summary: parseCommitSummary(raw) } } }
      })
      // A full history takes many queries: say how far it is, so a long run is not a silent one.
      credited += commitAnswers.filter((a) => a.ok).length
      if (oids.length > 0 && seen.size > oids.length) this.context.logger.info(`contributors: credited ${credited}/${seen.size} commits`)
      const answers = [...historyAnswers, ...commitAnswers]
      // Back in the batch's order: histories and commits are interleaved only when retried.
      return batch.map((item) => answers[item.kind === 'history' ? histories.indexOf(item) : histories.length + oids.indexOf(item.oid)])
    }
    const outcome = await runAliasRounds<CreditAsk, CreditValue>(
      paths.map((path) => ({ kind: 'history', path, after: null })),
      send,
      (pending) => this.nextBatch(pending, sent),
      // History pages first: their answers name the commits still to ask.
      (item) => (item.kind === 'history' ? 0 : 1),
    )
    return readingOf(outcome, seen.size)
  }

  /**
   * How many pending asks the next query carries: the first batch of the cheapest plan for all
   * of them within what is left of the request budget. A history page costs 1 unit, a commit
   * 3, so the histories are counted as commits (3 pages as one) for the plan.
   */
  private nextBatch(pending: readonly CreditAsk[], sent: number): number {
    const pages = pending.filter((item) => item.kind === 'history').length
    const commits = pending.length - pages
    const items = Math.ceil((pages * HISTORY_UNITS_PER_FILE) / COMMIT_UNITS_PER_COMMIT) + commits
    const [first] = planBatchSizes(items, {
      unitsPerItem: COMMIT_UNITS_PER_COMMIT,
      maxBatchSize: MAX_COMMITS_PER_QUERY,
      maxBatches: Math.max(1, DEFAULT_REQUEST_BUDGET - sent),
    })
    let units = 0
    let count = 0
    for (const item of pending) {
      units += item.kind === 'history' ? HISTORY_UNITS_PER_FILE : COMMIT_UNITS_PER_COMMIT
      if (units > first * COMMIT_UNITS_PER_COMMIT) break
      count++
    }
    return count
  }

  /** One GraphQL request; partial answers (errors next to data) come back as data + errors. */
  private send(request: GraphQLRequest): Promise<QueryAnswer> {
    return sendQuery(this.client, request, { repository: this.source.repository, apiUrl: this.context.github.apiUrl })
  }
}

/** What the rounds of history pages and commit details read, by file and by commit. */
function readingOf(outcome: RoundsOutcome<CreditAsk, CreditValue>, commits: number): CreditReading {
  const histories = new Map<string, string[]>()
  const historyFailures = new Map<string, string>()
  const records = new Map<string, CommitRecord>()
  const summaries = new Map<string, CommitSummary>()
  const commitFailures = new Map<string, string>()
  for (const { item, value } of outcome.answers) {
    if (item.kind === 'history' && value.kind === 'history')
      histories.set(item.path, [...(histories.get(item.path) ?? []), ...value.page.oids])
    if (item.kind === 'commit' && value.kind === 'commit') {
      records.set(item.oid, value.answer.record)
      if (value.answer.summary) summaries.set(item.oid, value.answer.summary)
    }
  }
  for (const { item, reason } of outcome.failures) {
    if (item.kind === 'history') historyFailures.set(item.path, reason)
    else commitFailures.set(item.oid, reason)
  }
  for (const path of historyFailures.keys()) histories.delete(path)
  return { histories, historyFailures, records, summaries, commitFailures, commits }
}
