// The GraphQL documents of crediting: the history queries, built for a batch of aliases of two
// kinds, and the commit lookups of a read from the checkout (checkout-credit.ts).
// Paths, refs and oids only ever travel as variables, never inside the query text.
//
// Cost per query by GitHub's formula (sum over connections of the product of the `first`
// arguments of the connections around it, / 100, rounded, at least 1):
// - a history page: one `history(first: 100)` per file, nothing nested: 1 unit per file;
// - a commit's details: per commit `authors` (1) + `associatedPullRequests(first: 1)` (1) + the
//   `reviews` inside that one pull request (1 x 1): 3 units per commit. Nesting these under
//   `history(first: 100)` instead would cost 301 units per file, which is why
//   the oids come first and the details of each distinct commit after.
//   The commit's date, headline and url are plain fields (no units): the health report's stale
//   translations come with the credit data at no extra request or point.
// - a commit lookup: its pull request and reviews (2 units), and its authors (1) for the few
//   commits asked which accounts their emails belong to.

import type { RepositoryName } from '../github/repository-name.js'

export const HISTORY_PAGE_SIZE = 100
export const HISTORY_UNITS_PER_FILE = 1
export const COMMIT_UNITS_PER_COMMIT = 3

/** Co-authors per commit we read; a squash merge rarely has more. */
export const AUTHORS_PER_COMMIT = 50
/** Reviews per pull request we read; one reviewer usually leaves several. */
const REVIEWS_PER_PULL_REQUEST = 100

/** A commit's authors and the accounts their emails belong to: 1 unit. */
const AUTHORS = `authors(first: ${AUTHORS_PER_COMMIT}) { nodes { name email user { login name url } } }`
/** Who reviewed the pull request a commit came from: 2 units (the pull request, its reviews). */
const REVIEWS = `associatedPullRequests(first: 1) {
    nodes {
      number
      reviews(first: ${REVIEWS_PER_PULL_REQUEST}) { nodes { author { __typename login url ... on User { name } } } }
    }
  }`

export const historyAlias = (index: number) => `f${index}`
export const commitAlias = (index: number) => `c${index}`

/** The repository whose history is credited, as the queries and the messages name it. */
export interface CreditedRepository extends RepositoryName {
  /** OWNER/NAME as the option gave it, for messages. */
  fullName: string
  /** The ref whose history is credited. */
  ref: string
  /** The web root the commit and account links start with (https://github.com). */
  webUrl: string
}

export interface GraphQLRequest {
  /** The operation's name, for logs. */
  operation: string
  query: string
  variables: Record<string, string | null>
}

/** One page of one file's history: from the start (`after` null) or past a cursor. */
export interface HistoryAsk {
  path: string
  after: string | null
}

/**
 * One query asking for any mix of history pages and commit details. Each history page gets
 * its own `object(expression: $ref)` alias: `history` is non-null in GitHub's schema, so an
 * error in one file's history nulls the nearest nullable parent; giving every file its own
 * parent keeps the other files' answers. Mixing lets the next page of a long history ride
 * along with the commit details instead of costing a round trip of its own.
 */
export function creditQuery(
  repo: { owner: string; name: string; ref: string },
  histories: readonly HistoryAsk[],
  oids: readonly string[],
): GraphQLRequest {
  const operation = oids.length === 0 ? 'CommitHistory' : histories.length === 0 ? 'CommitDetails' : 'CommitHistoryAndDetails'
  const declarations = [
    ...(histories.length > 0 ? ['$ref: String!'] : []),
    ...histories.map((_, i) => `$p${i}: String!, $a${i}: String`),
    ...oids.map((_, i) => `$c${i}: String!`),
  ].join(', ')
  const fields = [
    ...histories.map(
      (_, i) =>
        `${historyAlias(i)}: object(expression: $ref) { ... on Commit { history(first: ${HISTORY_PAGE_SIZE}, path: $p${i}, after: $a${i}) { pageInfo { hasNextPage endCursor } nodes { oid } } } }`,
    ),
    ...oids.map((_, i) => `${commitAlias(i)}: object(expression: $c${i}) { ...CommitCredit }`),
  ].join('\n    ')
  const fragment =
    oids.length === 0
      ? ''
      : `

fragment CommitCredit on Commit {
  oid
  committedDate
  messageHeadline
  url
  ${AUTHORS}
  ${REVIEWS}
}`
  const query = `query ${operation}($owner: String!, $name: String!, ${declarations}) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}${fragment}`
  const variables: Record<string, string | null> = { owner: repo.owner, name: repo.name }
  if (histories.length > 0) variables.ref = repo.ref
  histories.forEach((ask, i) => {
    variables[`p${i}`] = ask.path
    variables[`a${i}`] = ask.after
  })
  oids.forEach((oid, i) => (variables[`c${i}`] = oid))
  return { operation, query, variables }
}

/** What one alias of a lookup asks about a commit the checkout named. */
export interface CommitLookup {
  oid: string
  /** Also the accounts of its authors' emails (asked of one commit per email). */
  authors: boolean
}

/**
 * What git cannot know about commits the checkout's history named, by oid: who reviewed the pull
 * request each came from and, for the commits `authors` marks, which accounts their authors'
 * emails belong to. `checkRef`: also where that ref points (no units), to tell whether the
 * checkout's HEAD is the commit GitHub's history would credit.
 */
export function commitLookupQuery(
  repo: { owner: string; name: string },
  lookups: readonly CommitLookup[],
  checkRef: string | null,
): GraphQLRequest {
  const withAuthors = lookups.some((lookup) => lookup.authors)
  const declarations = [...(checkRef === null ? [] : ['$ref: String!']), ...lookups.map((_, i) => `$c${i}: GitObjectID!`)].join(', ')
  const fields = [
    ...(checkRef === null ? [] : ['head: object(expression: $ref) { oid }']),
    ...lookups.map(
      (lookup, i) => `${commitAlias(i)}: object(oid: $c${i}) { ...CommitReviews${lookup.authors ? ' ...CommitAuthors' : ''} }`,
    ),
  ].join('\n    ')
  const query = `query CommitLookup($owner: String!, $name: String!${declarations ? `, ${declarations}` : ''}) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $name) {
    url
    ${fields}
  }
}

fragment CommitReviews on Commit {
  oid
  ${REVIEWS}
}${
    withAuthors
      ? `

fragment CommitAuthors on Commit {
  ${AUTHORS}
}`
      : ''
  }`
  const variables: Record<string, string | null> = { owner: repo.owner, name: repo.name }
  if (checkRef !== null) variables.ref = checkRef
  lookups.forEach((lookup, i) => (variables[commitAlias(i)] = lookup.oid))
  return { operation: 'CommitLookup', query, variables }
}
