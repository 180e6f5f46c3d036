import { GraphQLError, type GraphQLFormattedError } from 'graphql'

/** GitHub's error types that this server produces. */
export type GitHubErrorType =
  | 'NOT_FOUND'
  | 'MISSING_PAGINATION_BOUNDARIES'
  | 'EXCESSIVE_PAGINATION'
  | 'INVALID_CURSOR_ARGUMENTS'
  | 'INVALID_ARGUMENTS'
  | 'MAX_NODE_LIMIT_EXCEEDED'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'UNPROCESSABLE'
  | 'FORBIDDEN'

/** An error a resolver throws; graphql-js adds its path and locations. */
export function githubError(type: GitHubErrorType, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } })
}

/** GitHub's error entry: `type` beside `path`, `locations` and `message`, not in `extensions`. */
export interface GitHubFormattedError {
  type?: string
  path?: readonly (string | number)[]
  locations?: readonly { line: number; column: number }[]
  message: string
}

export function formatGitHubError(error: GraphQLError | GraphQLFormattedError): GitHubFormattedError {
  const type = error.extensions?.type
  // Key order as GitHub writes it: type, path, locations, message.
  return {
    ...(typeof type === 'string' ? { type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations.map(({ line, column }) => ({ line, column })) } : {}),
    message: error.message,
  }
}
