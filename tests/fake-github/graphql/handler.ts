import {
  OperationTypeNode,
  defaultFieldResolver,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLFieldResolver,
  type ResponsePath,
} from 'graphql'
import type { Reply } from '../http.js'
import { rateLimitHeaders, type RateLimits } from '../rate-limit.js'
import { formatGitHubError, githubError, type GitHubFormattedError } from './errors.js'
import { queryCost } from './cost.js'
import type { HistoryStore } from './history-store.js'
import { QueryRoot, type GraphQLContext } from './model.js'
import { MutationRoot } from './mutations.js'
import type { RepoStore } from '../git/repo-store.js'
import { githubSchema } from './schema.js'

/** GitHub refuses queries that could return more nodes than this. */
export const MAX_NODE_LIMIT = 500_000

export interface GraphQLRequestContext {
  token: string
  viewerLogin: string
  store?: HistoryStore
  /** The REST side's repositories: the pull request mutations change them. */
  repos?: RepoStore
  rateLimits: RateLimits
  /** Response keys or dotted response paths to fail (a scripted fault). */
  failingFields?: string[]
}

/** What the request log records about a GraphQL request. */
export interface GraphQLRequestFacts {
  operationName?: string
  cost?: number
  nodeCount?: number
  write: boolean
}

export interface GraphQLOutcome {
  reply: Reply
  facts: GraphQLRequestFacts
}

/** Answers `POST /graphql`: parse, validate, price, charge, execute, in GitHub's shapes. */
export async function handleGraphQL(body: unknown, ctx: GraphQLRequestContext): Promise<GraphQLOutcome> {
  const headers = () => rateLimitHeaders(ctx.rateLimits.budget(ctx.token, 'graphql'))
  const answer = (payload: unknown, facts: GraphQLRequestFacts = { write: false }): GraphQLOutcome => ({
    reply: { status: 200, body: payload, headers: headers() },
    facts,
  })
  const request = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown }
  if (typeof request.query !== 'string') {
    return answer({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] })
  }
  const variables = isRecord(request.variables) ? request.variables : {}
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined

  let document: DocumentNode
  try {
    document = parse(request.query)
  } catch (error) {
    return answer({ errors: [formatGitHubError(error as GraphQLError)] })
  }
  const schema = githubSchema()
  const invalid = validate(schema, document)
  if (invalid.length > 0) return answer({ errors: invalid.map(validationError) })

  const operation = getOperationAST(document, operationName)
  if (!operation) {
    return answer({ errors: [{ message: operationName ? `No operation named "${operationName}"` : 'An operation name is required' }] })
  }
  const name = operationName ?? operation.name?.value
  const { cost, nodeCount } = queryCost(schema, document, operation, variables)
  const facts: GraphQLRequestFacts = { operationName: name, cost, nodeCount, write: operation.operation === OperationTypeNode.MUTATION }
  if (nodeCount > MAX_NODE_LIMIT) {
    const message = `This query requests up to ${nodeCount.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODE_LIMIT.toLocaleString('en-US')}.`
    return answer({ errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED', message }] }, { ...facts, cost: 0 })
  }
  if (!ctx.rateLimits.spend(ctx.token, 'graphql', cost)) {
    return answer({ errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] }, { ...facts, cost: 0 })
  }
  const budget = ctx.rateLimits.budget(ctx.token, 'graphql')
  const contextValue: GraphQLContext = {
    store: ctx.store,
    repos: ctx.repos,
    viewerLogin: ctx.viewerLogin,
    rateLimit: { cost, nodeCount, limit: budget.limit, used: budget.used, resetAt: budget.resetAt },
  }
  const result = await execute({
    schema,
    document,
    operationName,
    variableValues: variables,
    rootValue: operation.operation === OperationTypeNode.MUTATION ? new MutationRoot() : new QueryRoot(),
    contextValue,
    fieldResolver: failingResolver(ctx.failingFields ?? []),
  })
  const payload: { data?: unknown; errors?: GitHubFormattedError[] } = { data: result.data ?? null }
  if (result.errors?.length) payload.errors = result.errors.map(formatGitHubError)
  return answer(payload, facts)
}

/** The default resolver, except that scripted fields fail the way GitHub's backends do. */
function failingResolver(failing: string[]): GraphQLFieldResolver<unknown, GraphQLContext> {
  if (failing.length === 0) return defaultFieldResolver
  return (source, args, context, info) => {
    const keys = responseKeys(info.path)
    const dotted = keys.join('.')
    if (failing.some((f) => (f.includes('.') ? f === dotted : f === keys.at(-1)))) {
      throw githubError(
        'SERVICE_UNAVAILABLE',
        'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `F4KE:0000:0000:0000:0000` when reporting this issue.',
      )
    }
    return defaultFieldResolver(source, args, context, info)
  }
}

function responseKeys(path: ResponsePath | undefined): string[] {
  const keys: string[] = []
  for (let p = path; p; p = p.prev) if (typeof p.key === 'string') keys.unshift(p.key)
  return keys
}

/** GitHub words an unknown field its own way and puts a code in `extensions`. */
function validationError(error: GraphQLError): Record<string, unknown> {
  const unknownField = /^Cannot query field "(.+?)" on type "(.+?)"\./.exec(error.message)
  const locations = error.locations?.map(({ line, column }) => ({ line, column }))
  if (unknownField) {
    const [, fieldName, typeName] = unknownField
    return {
      extensions: { code: 'undefinedField', typeName, fieldName },
      locations,
      message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
    }
  }
  return { locations, message: error.message }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
