// Contributors from GitHub's GraphQL API, in two phases:
// 1. the oids of each file's history, 100 per page, many files per query (1 unit per file);
// 2. the credit details (authors, pull-request reviews) of each distinct commit, once, many
//    commits per query (3 units per commit), in batch sizes planned for the fewest points.
import { createGitHubClient, type ClientTiming, type GitHubClient } from '../shared/github-client.js'
import type { CommitSummary, ContributorProvider, CreditResult } from '../shared/types.js'
import { runAliasRounds, type Answer } from './alias-rounds.js'
import { planBatchSizes } from './batch-plan.js'
import type { CommitRecord } from './credit-rule.js'
import { creditWithRules, IdentityRules } from './identity-rules.js'
import {
  COMMIT_UNITS_PER_COMMIT,
  HISTORY_UNITS_PER_FILE,
  commitAlias,
  commitQuery,
  historyAlias,
  historyQuery,
  type GraphQLRequest,
} from './github-queries.js'
import { aliasOfError, parseCommit, parseCommitSummary, parseHistoryPage, type HistoryPage } from './github-parse.js'
import { type Logger } from '../shared/logger.js'
import { OptionError, UserError } from '../shared/user-error.js'
import { noAnswerMessage } from '../shared/network-failure.js'
import { headerFailure } from '../shared/token-header.js'
import { DEFAULT_API_URL, parseRepositoryName, webUrlFor } from '../shared/github-api.js'

export interface GitHubContributorOptions {
  token: string
  /** REST API root: https://api.github.com, https://HOST/api/v3, or the local GitHub. */
  apiUrl?: string
  /** `OWNER/NAME` of the source repository. */
  repository: string
  /** Branch, tag or commit whose history credits the pages; default `main`. */
  ref?: string
  logger: Logger
  timing?: ClientTiming
  /** Queries we aim to stay within for one `credit` call; fewer points are bought with more. */
  requestBudget?: number
  /** An existing read client; made from token/apiUrl/timing when absent. */
  client?: GitHubClient
  /** Aliases and exclusions of the contributors file. */
  rules?: IdentityRules
}

/**
 * Default request budget. Measured on the fixture (188 files, 897 commits): budget 15 → 14
 * requests, 25 points; budget 20 → 20 requests, 22 points; budget 9 → 12 requests, 30 points.
 */
export const DEFAULT_REQUEST_BUDGET = 15
/** Most aliases in one query; keeps each well inside GitHub's time limit and node limit. */
const MAX_ALIASES_PER_QUERY = 100
/** An alias GitHub answered with an error is asked this many times in all. */
const ATTEMPTS_PER_ALIAS = 2

interface GraphQLErrorShape {
  message?: string
  type?: string
  path?: (string | number)[]
}

/** What phase 2 keeps of a commit: the credit rule's record, and its date and headline for the health report. */
type CommitAnswer = { record: CommitRecord; summary: CommitSummary | null }

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
  private readonly client: GitHubClient
  private readonly repo: { owner: string; name: string; ref: string }
  private readonly webUrl: string
  private readonly budget: number

  constructor(private readonly options: GitHubContributorOptions) {
    const apiUrl = options.apiUrl ?? DEFAULT_API_URL
    this.repo = { ...parseRepository(options.repository), ref: options.ref ?? 'main' }
    this.webUrl = webUrlFor(apiUrl)
    this.budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET
    this.client =
      options.client ??
      createGitHubClient({ token: options.token, baseUrl: apiUrl, timing: options.timing, logger: options.logger, purpose: 'read' })
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
      this.options.logger.debug(
        `GraphQL ${request.operation}: ${aliases} aliases, cost ${rateLimit?.cost ?? '?'}, ${rateLimit?.remaining ?? '?'} points left` +
          (answer.errors.length > 0 ? `, ${answer.errors.length} error(s)` : ''),
      )
      return answer
    }

    const histories = await this.readHistories(paths, ask)
    const oids = [...new Set([...histories.oids.values()].flat())]
    const commits = await this.readCommits(oids, ask, this.budget - histories.requests)
    result.stats = { requests: histories.requests + commits.requests, points: spent.points }

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
        const { contributors, changedBy } = creditWithRules(history, this.options.rules ?? IdentityRules.NONE)
        result.contributors.set(path, contributors)
        if (changedBy.length > 0) (result.changedBy ??= new Map()).set(path, changedBy)
        const summaries = fileOids.map((oid) => commits.summaries.get(oid))
        if (summaries.every((summary) => summary !== undefined)) result.history?.set(path, summaries)
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const remaining = spent.remaining === undefined ? '' : `, ${spent.remaining} left this hour`
    this.options.logger.info(
      `contributors: ${result.contributors.size}/${paths.length} files credited from ${oids.length} commits of ` +
        `${this.options.repository}@${this.repo.ref} in ${result.stats.requests} GraphQL requests, ` +
        `${result.stats.points} points${remaining}, ${seconds}s`,
    )
    if (result.failures.length > 0) {
      this.options.logger.warning(
        `contributors: could not credit ${result.failures.length} file(s): ${result.failures.map((f) => f.path).join(', ')}`,
      )
      for (const failure of result.failures) this.options.logger.debug(failure.reason)
    }
    return result
  }

  /** Phase 1: every file's commit oids, newest first, following pages past 100. */
  private async readHistories(paths: readonly string[], ask: (r: GraphQLRequest) => Promise<QueryAnswer>) {
    type Ask = { path: string; after: string | null }
    const outcome = await runAliasRounds<Ask, HistoryPage>(
      paths.map((path) => ({ path, after: null })),
      {
        attempts: ATTEMPTS_PER_ALIAS,
        isFatal: (error) => error instanceof UserError,
        plan: (count) =>
          planBatchSizes(count, { unitsPerItem: HISTORY_UNITS_PER_FILE, maxBatchSize: MAX_ALIASES_PER_QUERY, maxBatches: 1 }),
        send: async (batch) => {
          const answer = await ask(historyQuery(this.repo, batch))
          const repository = this.checkRepository(answer)
          const errors = errorsByAlias(answer.errors, /^f\d+$/)
          const targets = batch.map((_, i) => repository?.[historyAlias(i)] as { history?: unknown } | null | undefined)
          if (repository && answer.errors.length === 0 && targets.every((target) => target === null)) {
            throw new UserError(`ref '${this.repo.ref}' not found in ${this.options.repository}`)
          }
          return batch.map((file, i): Answer<Ask, HistoryPage> => {
            const page = parseHistoryPage(targets[i]?.history)
            if (!page) return { ok: false, reason: errors.get(historyAlias(i)) ?? errors.get('*') ?? 'no history in the answer' }
            return { ok: true, value: page, followUp: page.next ? { path: file.path, after: page.next } : undefined }
          })
        },
      },
    )
    const oids = new Map<string, string[]>()
    for (const { item, value } of outcome.answers) oids.set(item.path, [...(oids.get(item.path) ?? []), ...value.oids])
    const failures = new Map(outcome.failures.map(({ item, reason }) => [item.path, reason]))
    for (const path of failures.keys()) oids.delete(path)
    return { oids, failures, requests: outcome.requests }
  }

  /** Phase 2: the credit details of each distinct commit, once. */
  private async readCommits(oids: readonly string[], ask: (r: GraphQLRequest) => Promise<QueryAnswer>, budget: number) {
    let sent = 0
    let credited = 0
    const outcome = await runAliasRounds<string, CommitAnswer>(oids, {
      attempts: ATTEMPTS_PER_ALIAS,
      isFatal: (error) => error instanceof UserError,
      plan: (count) =>
        planBatchSizes(count, {
          unitsPerItem: COMMIT_UNITS_PER_COMMIT,
          maxBatchSize: MAX_ALIASES_PER_QUERY,
          maxBatches: Math.max(1, budget - sent),
        }),
      send: async (batch) => {
        sent++
        const answer = await ask(commitQuery(this.repo, batch))
        const repository = this.checkRepository(answer)
        const errors = errorsByAlias(answer.errors, /^c\d+$/)
        const answers = batch.map((oid, i): Answer<string, CommitAnswer> => {
          const raw = repository?.[commitAlias(i)]
          const record = parseCommit(raw, this.webUrl)
          if (!record) return { ok: false, reason: errors.get(commitAlias(i)) ?? errors.get('*') ?? `commit ${oid} not found` }
          return { ok: true, value: { record, summary: parseCommitSummary(raw) } }
        })
        // A full history takes many queries: say how far it is, so a long run is not a silent one.
        credited += answers.filter((a) => a.ok).length
        if (oids.length > batch.length) this.options.logger.info(`contributors: credited ${credited}/${oids.length} commits`)
        return answers
      },
    })
    const summaries = new Map<string, CommitSummary>()
    for (const { item, value } of outcome.answers) if (value.summary) summaries.set(item, value.summary)
    return {
      records: new Map(outcome.answers.map(({ item, value }) => [item, value.record])),
      summaries,
      failures: new Map(outcome.failures.map(({ item, reason }) => [item, reason])),
      requests: outcome.requests,
    }
  }

  /** The `repository` of an answer; throws a UserError when it does not exist for this token. */
  private checkRepository(answer: QueryAnswer): AnswerData | null | undefined {
    const repository = answer.data?.repository as AnswerData | null | undefined
    const notFound = answer.errors.find((e) => e.type === 'NOT_FOUND' && e.path?.length === 1 && e.path[0] === 'repository')
    if (repository === null && notFound) {
      throw new UserError(`source repository ${this.options.repository} not found, or the token cannot read it`)
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
        throw new UserError(
          `GitHub rejected the token (HTTP 401) reading ${this.options.repository}: check GITHUB_TOKEN or the token input`,
        )
      }
      const body = (error as { response?: { data?: unknown } }).response?.data as
        { data?: AnswerData | null; errors?: GraphQLErrorShape[] } | undefined
      if (body?.data && Array.isArray(body.errors)) return { data: body.data, errors: body.errors }
      // A token fetch cannot send fails every query alike: the run's problem, not one file's.
      const badToken = headerFailure(error)
      if (badToken) throw new UserError(badToken)
      const unanswered = noAnswerMessage(error, this.options.apiUrl ?? DEFAULT_API_URL)
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
