import { UserError } from '../shared/user-error.js'
import type { GitHubClient } from './client.js'
import { noAnswerMessage } from './network-failure.js'
import { headerFailure } from './token-header.js'

/** One error of a GraphQL answer: `path` names the field (or alias) it is about, when it is about one. */
export interface GraphQLErrorShape {
  message?: string
  type?: string
  path?: (string | number)[]
}

/** A GraphQL answer's `data`: objects keyed by field or alias, parsed field by field. */
export type AnswerData = Record<string, unknown>

/** What GitHub answered a query: the data it has (null when none) and the errors next to it. */
export interface QueryAnswer {
  data: AnswerData | null
  errors: GraphQLErrorShape[]
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * One GraphQL query about `repository`; partial answers (errors next to data) come back as data
 * and errors. octokit's retry plugin retries a whole query that GitHub answered "Something went
 * wrong" (its timeout message) and finally throws a 500; when that last answer still carried
 * data, the aliases that did answer are kept and only the others are asked again. Anything else
 * throws as one line: a rejected token, a token fetch cannot send (UserErrors), no answer, a status.
 */
export async function sendQuery(
  client: GitHubClient,
  request: { query: string; variables: Record<string, unknown> },
  about: { repository: string; apiUrl: string },
): Promise<QueryAnswer> {
  try {
    const data = await client.graphql<AnswerData>(request.query, request.variables)
    return { data, errors: [] }
  } catch (error) {
    const partial = error as { name?: string; data?: AnswerData | null; errors?: GraphQLErrorShape[] }
    if (partial?.name === 'GraphqlResponseError') return { data: partial.data ?? null, errors: partial.errors ?? [] }
    const status = statusOf(error)
    if (status === 401) {
      throw new UserError((name) => `GitHub rejected the token (HTTP 401) reading ${about.repository}: check ${name('token')}`)
    }
    const body = (error as { response?: { data?: unknown } }).response?.data as QueryAnswer | undefined
    if (body?.data && Array.isArray(body.errors)) return { data: body.data, errors: body.errors }
    // A token fetch cannot send fails every query alike: the run's problem, not one file's.
    const badToken = headerFailure(error)
    if (badToken) throw new UserError(badToken)
    const unanswered = noAnswerMessage(error, about.apiUrl)
    if (unanswered) throw new Error(unanswered)
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(status ? `GitHub answered HTTP ${status}: ${message}` : `request to GitHub failed: ${message}`)
  }
}

/** One GraphQL query whose every error is a failure (thrown as octokit throws it). */
export function query<T>(client: GitHubClient, document: string, variables: Record<string, unknown>): Promise<T> {
  return client.graphql<T>(document, variables)
}
