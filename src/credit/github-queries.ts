// GraphQL documents for the two phases of crediting, built for a batch of aliases.
// Paths, refs and oids only ever travel as variables, never inside the query text.
//
// Cost per query by GitHub's formula (sum over connections of the product of the `first`
// arguments of the connections around it, / 100, rounded, at least 1):
// - history phase: one `history(first: 100)` per file, nothing nested: 1 unit per file;
// - commit phase: per commit `authors` (1) + `associatedPullRequests(first: 1)` (1) + the
//   `reviews` inside that one pull request (1 x 1): 3 units per commit. Nesting these under
//   `history(first: 100)` instead would cost 301 units per file, which is why the phases are split.
//   The commit's date, headline and url are plain fields (no units): the health report's stale
//   translations come with the credit data at no extra request or point.

export const HISTORY_PAGE_SIZE = 100
export const HISTORY_UNITS_PER_FILE = 1
export const COMMIT_UNITS_PER_COMMIT = 3

/** Co-authors per commit we read; a squash merge rarely has more. */
const AUTHORS_PER_COMMIT = 50
/** Reviews per pull request we read; one reviewer usually leaves several. */
const REVIEWS_PER_PULL_REQUEST = 100

export const historyAlias = (index: number) => `f${index}`
export const commitAlias = (index: number) => `c${index}`

export interface GraphQLRequest {
  /** The operation's name, for logs. */
  operation: string
  query: string
  variables: Record<string, string | null>
}

/**
 * One page of the commit oids of each file. Each file gets its own `object(expression: $ref)`
 * alias: `history` is non-null in GitHub's schema, so an error in one file's history nulls
 * the nearest nullable parent; giving every file its own parent keeps the other files' answers.
 */
export function historyQuery(
  repo: { owner: string; name: string; ref: string },
  files: readonly { path: string; after: string | null }[],
): GraphQLRequest {
  const declarations = files.map((_, i) => `$p${i}: String!, $a${i}: String`).join(', ')
  const fields = files
    .map(
      (_, i) =>
        `${historyAlias(i)}: object(expression: $ref) { ... on Commit { history(first: ${HISTORY_PAGE_SIZE}, path: $p${i}, after: $a${i}) { pageInfo { hasNextPage endCursor } nodes { oid } } } }`,
    )
    .join('\n    ')
  const query = `query CommitHistory($owner: String!, $name: String!, $ref: String!, ${declarations}) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`
  const variables: Record<string, string | null> = { owner: repo.owner, name: repo.name, ref: repo.ref }
  files.forEach((file, i) => {
    variables[`p${i}`] = file.path
    variables[`a${i}`] = file.after
  })
  return { operation: 'CommitHistory', query, variables }
}

/** The credit details of each commit, fetched once however many files it touched. */
export function commitQuery(repo: { owner: string; name: string }, oids: readonly string[]): GraphQLRequest {
  const declarations = oids.map((_, i) => `$c${i}: String!`).join(', ')
  const fields = oids.map((_, i) => `${commitAlias(i)}: object(expression: $c${i}) { ...CommitCredit }`).join('\n    ')
  const query = `query CommitDetails($owner: String!, $name: String!, ${declarations}) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}

fragment CommitCredit on Commit {
  oid
  committedDate
  messageHeadline
  url
  authors(first: ${AUTHORS_PER_COMMIT}) { nodes { name email user { login name url } } }
  associatedPullRequests(first: 1) {
    nodes {
      number
      reviews(first: ${REVIEWS_PER_PULL_REQUEST}) { nodes { author { __typename login url ... on User { name } } } }
    }
  }
}`
  const variables: Record<string, string | null> = { owner: repo.owner, name: repo.name }
  oids.forEach((oid, i) => (variables[`c${i}`] = oid))
  return { operation: 'CommitDetails', query, variables }
}
