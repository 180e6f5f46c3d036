// Contributors from GitHub's GraphQL API: the oids of each file's history (100 per page, 1 unit
// per file) and the credit details (authors, pull-request reviews) of each distinct commit,
// once (3 units per commit), many aliases per query, one query at a time, in batch sizes
// planned for the fewest points within a request budget.
import { createGitHubClient, type GitHubClient } from '../shared/github-client.js'
import type { CommitSummary, ContributorProvider, CreditResult } from '../shared/types.js'
import { runAliasRounds, type Answer } from './alias-rounds.js'
import { planBatchSizes } from './batch-plan.js'
import type { CommitRecord } from './credit-rule.js'
import { creditWithRules, IdentityRules } from './identity-rules.js'
import {
  COMMIT_UNITS_PER_COMMIT,
  HISTORY_UNITS_PER_FILE,
  commitAlias,
  creditQuery,
  historyAlias,
  type GraphQLRequest,
  type HistoryAsk,
} from './github-queries.js'
import { aliasOfError, parseCommit, parseCommitSummary, parseHistoryPage, type HistoryPage } from './github-parse.js'
import { OptionError, UserError } from '../shared/user-error.js'
import { noAnswerMessage } from '../shared/network-failure.js'
import { headerFailure } from '../shared/token-header.js'
import { parseRepositoryName, webUrlFor } from '../shared/github-api.js'
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
/** An alias GitHub answered with an error is asked this many times in all. */
const ATTEMPTS_PER_ALIAS = 2

interface GraphQLErrorShape {
  message?: string
  type?: string
  path?: (string | number)[]
}

/** What is kept of a commit: the credit rule's record, and its date and headline for the health report. */
type CommitAnswer = { record: CommitRecord; summary: CommitSummary | null }

/** One alias of a query: a page of a file's history, or a commit's credit details. */
type CreditAsk = ({ kind: 'history' } & HistoryAsk) | { kind: 'commit'; oid: string }
type CreditValue = { kind: 'history'; page: HistoryPage } | { kind: 'commit'; answer: CommitAnswer }

/** A GraphQL answer's `data`: objects keyed by field or alias, parsed field by field. */
type AnswerData = Record<string, unknown>

interface QueryAnswer {
  data: AnswerData | null
  errors: GraphQLErrorShape[]
}

function parseRepository(repository: string): { owner: string; name: string } {
  const parsed = parseRepositoryName(repository)
  if (!parsed) throw new OptionError('source-repository', `must be OWNER/NAME, got '${repository}'`)
  return parsed
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

export class GitHubContributorProvider implements ContributorProvider {
  readonly kind = 'github' as const
  private readonly repo: { owner: string; name: string; ref: string }
  private readonly webUrl: string

  /**
   * Reads the history of `source.repository` at `source.ref`; the contributors file's aliases
   * and exclusions (`rules`) apply as it credits. `client`: a read client made elsewhere (tests).
   */
  constructor(
    private readonly context: RunContext,
    private readonly source: Pick<SyncOptions['source'], 'repository' | 'ref'>,
    private readonly rules: IdentityRules = IdentityRules.NONE,
    private readonly client: GitHubClient = createGitHubClient(context, 'read'),
  ) {
    this.repo = { ...parseRepository(source.repository), ref: source.ref }
    this.webUrl = webUrlFor(context.github.apiUrl)
  }

  async credit(sourcePaths: readonly string[]): Promise<CreditResult> {
    const started = Date.now()
    const paths = [...new Set(sourcePaths)]
    const result: CreditResult = { contributors: new Map(), failures: [], stats: { requests: 0, points: 0 }, history: new Map() }
    if (paths.length === 0) return result
    const spent = { points: 0, remaining: undefined as number | undefined }
    const ask = async (request: GraphQLRequest): Promise<QueryAnswer> => {
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

    const { histories, commits, requests } = await this.readCredit(paths, ask)
    const oids = [...commits.seen]
    result.stats = { requests, points: spent.points }

    for (const path of paths) {
      const historyFailure = histories.failures.get(path)
      const fileOids = histories.oids.get(path) ?? []
      const missing = fileOids.filter((oid) => !commits.records.has(oid))
      if (historyFailure) {
        result.failures.push({ path, reason: `history of ${path} could not be read: ${historyFailure}` })
      } else if (missing.length > 0) {
        const reasons = [...new Set(missing.map((oid) => commits.failures.get(oid) ?? 'no answer'))]
        const shown = missing
          .slice(0, 3)
          .map((oid) => oid.slice(0, 7))
          .join(', ')
        result.failures.push({
          path,
          reason: `details of ${missing.length} commit(s) of ${path} (${shown}${missing.length > 3 ? ', ...' : ''}) could not be read: ${reasons.join('; ')}`,
        })
      } else {
        const history = fileOids.map((oid) => commits.records.get(oid) as CommitRecord)
        const { contributors, changedBy } = creditWithRules(history, this.rules)
        result.contributors.set(path, contributors)
        if (changedBy.length > 0) (result.changedBy ??= new Map()).set(path, changedBy)
        const summaries = fileOids.map((oid) => commits.summaries.get(oid))
        if (summaries.every((summary) => summary !== undefined)) result.history?.set(path, summaries)
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const remaining = spent.remaining === undefined ? '' : `, ${spent.remaining} left this hour`
    this.context.logger.info(
      `contributors: ${result.contributors.size}/${paths.length} files credited from ${oids.length} commits of ` +
        `${this.source.repository}@${this.repo.ref} in ${result.stats.requests} GraphQL requests, ` +
        `${result.stats.points} points${remaining}, ${seconds}s`,
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
   * Every file's commit oids (newest first, following pages past 100) and the credit details of
   * each distinct commit, once. A query carries whatever is pending: the first only histories,
   * the later ones commit details plus the next pages of long histories, planned for the
   * fewest points within the request budget.
   */
  private async readCredit(paths: readonly string[], ask: (r: GraphQLRequest) => Promise<QueryAnswer>) {
    const seen = new Set<string>()
    let sent = 0
    let credited = 0
    /** Asks for the commits no answer has named before: each commit is asked once, however many files it touched. */
    const commitAsks = (oids: readonly string[]): CreditAsk[] => {
      const fresh = oids.filter((oid) => !seen.has(oid))
      for (const oid of fresh) seen.add(oid)
      return fresh.map((oid) => ({ kind: 'commit', oid }))
    }
    const outcome = await runAliasRounds<CreditAsk, CreditValue>(
      paths.map((path) => ({ kind: 'history', path, after: null })),
      {
        attempts: ATTEMPTS_PER_ALIAS,
        isFatal: (error) => error instanceof UserError,
        // History pages first: their answers name the commits still to ask.
        rank: (item) => (item.kind === 'history' ? 0 : 1),
        nextBatch: (pending) => this.nextBatch(pending, sent),
        send: async (batch) => {
          sent++
          const histories = batch.filter((item) => item.kind === 'history')
          const oids = batch.filter((item) => item.kind === 'commit').map((item) => item.oid)
          const answer = await ask(creditQuery(this.repo, histories, oids))
          const repository = this.checkRepository(answer)
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
            const record = parseCommit(raw, this.webUrl)
            if (!record) return { ok: false, reason: errors.get(commitAlias(i)) ?? errors.get('*') ?? `commit ${oid} not found` }
            return { ok: true, value: { kind: 'commit', answer: { record, summary: parseCommitSummary(raw) } } }
          })
          // A full history takes many queries: say how far it is, so a long run is not a silent one.
          credited += commitAnswers.filter((a) => a.ok).length
          if (oids.length > 0 && seen.size > oids.length)
            this.context.logger.info(`contributors: credited ${credited}/${seen.size} commits`)
          const answers = [...historyAnswers, ...commitAnswers]
          // Back in the batch's order: histories and commits are interleaved only when retried.
          return batch.map((item) => answers[item.kind === 'history' ? histories.indexOf(item) : histories.length + oids.indexOf(item.oid)])
        },
      },
    )
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
    return {
      histories: { oids: histories, failures: historyFailures },
      commits: { seen, records, summaries, failures: commitFailures },
      requests: outcome.requests,
    }
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

  /** The `repository` of an answer; throws a UserError when it does not exist for this token. */
  private checkRepository(answer: QueryAnswer): AnswerData | null | undefined {
    const repository = answer.data?.repository as AnswerData | null | undefined
    const notFound = answer.errors.find((e) => e.type === 'NOT_FOUND' && e.path?.length === 1 && e.path[0] === 'repository')
    if (repository === null && notFound) {
      throw new UserError(`source repository ${this.source.repository} not found, or the token cannot read it`)
    }
    return repository
  }

  /**
   * One GraphQL request; partial answers (errors next to data) come back as data + errors.
   * octokit's retry plugin retries a whole query that GitHub answered "Something went wrong"
   * (its timeout message) and finally throws a 500; when that last answer still carried data,
   * the aliases that did answer are kept and only the others are asked again.
   */
  private async send(request: GraphQLRequest): Promise<QueryAnswer> {
    try {
      const data = await this.client.graphql<AnswerData>(request.query, request.variables)
      return { data, errors: [] }
    } catch (error) {
      const partial = error as { name?: string; data?: AnswerData | null; errors?: GraphQLErrorShape[] }
      if (partial?.name === 'GraphqlResponseError') return { data: partial.data ?? null, errors: partial.errors ?? [] }
      const status = statusOf(error)
      if (status === 401) {
        throw new UserError(`GitHub rejected the token (HTTP 401) reading ${this.source.repository}: check GITHUB_TOKEN or the token input`)
      }
      const body = (error as { response?: { data?: unknown } }).response?.data as
        { data?: AnswerData | null; errors?: GraphQLErrorShape[] } | undefined
      if (body?.data && Array.isArray(body.errors)) return { data: body.data, errors: body.errors }
      // A token fetch cannot send fails every query alike: the run's problem, not one file's.
      const badToken = headerFailure(error)
      if (badToken) throw new UserError(badToken)
      const unanswered = noAnswerMessage(error, this.context.github.apiUrl)
      if (unanswered) throw new Error(unanswered)
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(status ? `GitHub answered HTTP ${status}: ${message}` : `request to GitHub failed: ${message}`)
    }
  }
}

/** Error messages per alias; `*` holds the query-wide ones (no alias in their path). */
function errorsByAlias(errors: readonly GraphQLErrorShape[], aliasPattern: RegExp): Map<string, string> {
  const byAlias = new Map<string, string>()
  for (const error of errors) {
    const alias = aliasOfError(error, aliasPattern) ?? '*'
    const message = error.message ?? 'GraphQL error'
    byAlias.set(alias, byAlias.has(alias) ? `${byAlias.get(alias)}; ${message}` : message)
  }
  return byAlias
}
