// A GraphQL answer as the credit reads it: data next to errors (GitHub answers partially), the
// repository it is about, and the errors each alias got.
import { UserError } from '../shared/user-error.js'
import type { AnswerData, GraphQLErrorShape, QueryAnswer } from '../github/graphql.js'
import { aliasOfError } from './github-parse.js'
import type { GraphQLRequest } from './github-queries.js'

/** Sends one query of the credit; answers partially rather than throwing where GitHub did. */
export type Ask = (request: GraphQLRequest) => Promise<QueryAnswer>

/** The `repository` of an answer; throws a UserError when it does not exist for this token. */
export function answerRepository(answer: QueryAnswer, repository: string): AnswerData | null | undefined {
  const data = answer.data?.repository as AnswerData | null | undefined
  const notFound = answer.errors.find((e) => e.type === 'NOT_FOUND' && e.path?.length === 1 && e.path[0] === 'repository')
  if (data === null && notFound) throw new UserError(`source repository ${repository} not found, or the token cannot read it`)
  return data
}

/** Error messages per alias; `*` holds the query-wide ones (no alias in their path). */
export function errorsByAlias(errors: readonly GraphQLErrorShape[], aliasPattern: RegExp): Map<string, string> {
  const byAlias = new Map<string, string>()
  for (const error of errors) {
    const alias = aliasOfError(error, aliasPattern) ?? '*'
    const message = error.message ?? 'GraphQL error'
    byAlias.set(alias, byAlias.has(alias) ? `${byAlias.get(alias)}; ${message}` : message)
  }
  return byAlias
}
