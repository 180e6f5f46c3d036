import { buildSchema, type GraphQLSchema } from 'graphql'

// A faithful subset of GitHub's GraphQL schema: the types, nullability and arguments a
// contributor lookup uses, spelled as in https://docs.github.com/en/graphql/reference.
// Fields are resolved by the model objects in ./model.ts (graphql-js calls methods).
const SDL = /* GraphQL */ `
  scalar DateTime
  scalar GitObjectID
  scalar GitRefname
  scalar GitTimestamp
  scalar URI

  type Query {
    repository(owner: String!, name: String!, followRenames: Boolean = true): Repository
    node(id: ID!): Node
    rateLimit(dryRun: Boolean = false): RateLimit
    viewer: User!
  }

  type Mutation {
    enablePullRequestAutoMerge(input: EnablePullRequestAutoMergeInput!): EnablePullRequestAutoMergePayload
    disablePullRequestAutoMerge(input: DisablePullRequestAutoMergeInput!): DisablePullRequestAutoMergePayload
    convertPullRequestToDraft(input: ConvertPullRequestToDraftInput!): ConvertPullRequestToDraftPayload
    markPullRequestReadyForReview(input: MarkPullRequestReadyForReviewInput!): MarkPullRequestReadyForReviewPayload
    updateRefs(input: UpdateRefsInput!): UpdateRefsPayload
  }

  input RefUpdate {
    afterOid: GitObjectID!
    beforeOid: GitObjectID
    force: Boolean = false
    name: GitRefname!
  }

  input UpdateRefsInput {
    clientMutationId: String
    refUpdates: [RefUpdate!]!
    repositoryId: ID!
  }

  type UpdateRefsPayload {
    clientMutationId: String
  }

  enum PullRequestMergeMethod {
    MERGE
    REBASE
    SQUASH
  }

  enum PullRequestState {
    CLOSED
    MERGED
    OPEN
  }

  input EnablePullRequestAutoMergeInput {
    authorEmail: String
    clientMutationId: String
    commitBody: String
    commitHeadline: String
    expectedHeadOid: GitObjectID
    mergeMethod: PullRequestMergeMethod = MERGE
    pullRequestId: ID!
  }

  type EnablePullRequestAutoMergePayload {
    actor: Actor
    clientMutationId: String
    pullRequest: PullRequest
  }

  input DisablePullRequestAutoMergeInput {
    clientMutationId: String
    pullRequestId: ID!
  }

  type DisablePullRequestAutoMergePayload {
    actor: Actor
    clientMutationId: String
    pullRequest: PullRequest
  }

  input ConvertPullRequestToDraftInput {
    clientMutationId: String
    pullRequestId: ID!
  }

  type ConvertPullRequestToDraftPayload {
    clientMutationId: String
    pullRequest: PullRequest
  }

  input MarkPullRequestReadyForReviewInput {
    clientMutationId: String
    pullRequestId: ID!
  }

  type MarkPullRequestReadyForReviewPayload {
    clientMutationId: String
    pullRequest: PullRequest
  }

  type AutoMergeRequest {
    authorEmail: String
    commitBody: String
    commitHeadline: String
    enabledAt: DateTime
    enabledBy: Actor
    mergeMethod: PullRequestMergeMethod!
    pullRequest: PullRequest!
  }

  type RateLimit {
    cost: Int!
    limit: Int!
    nodeCount: Int!
    remaining: Int!
    resetAt: DateTime!
    used: Int!
  }

  interface Node {
    id: ID!
  }

  interface Actor {
    avatarUrl(size: Int): URI!
    login: String!
    resourcePath: URI!
    url: URI!
  }

  type User implements Actor & Node {
    id: ID!
    avatarUrl(size: Int): URI!
    login: String!
    name: String
    resourcePath: URI!
    url: URI!
  }

  type Bot implements Actor & Node {
    id: ID!
    avatarUrl(size: Int): URI!
    login: String!
    resourcePath: URI!
    url: URI!
  }

  type Repository implements Node {
    id: ID!
    name: String!
    nameWithOwner: String!
    url: URI!
    defaultBranchRef: Ref
    isEmpty: Boolean!
    viewerPermission: RepositoryPermission
    object(expression: String, oid: GitObjectID): GitObject
    ref(qualifiedName: String!): Ref
    pullRequest(number: Int!): PullRequest
    pullRequests(
      states: [PullRequestState!]
      labels: [String!]
      headRefName: String
      baseRefName: String
      orderBy: IssueOrder
      after: String
      before: String
      first: Int
      last: Int
    ): PullRequestConnection!
  }

  enum RepositoryPermission {
    ADMIN
    MAINTAIN
    READ
    TRIAGE
    WRITE
  }

  enum IssueOrderField {
    COMMENTS
    CREATED_AT
    UPDATED_AT
  }

  input IssueOrder {
    field: IssueOrderField!
    direction: OrderDirection!
  }

  type Tree implements GitObject & Node {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
    commitUrl: URI!
    entries: [TreeEntry!]
  }

  type TreeEntry {
    mode: Int!
    name: String!
    object: GitObject
    oid: GitObjectID!
    type: String!
  }

  type Blob implements GitObject & Node {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
    commitUrl: URI!
    byteSize: Int!
    isBinary: Boolean
    isTruncated: Boolean!
    text: String
  }

  type CommitConnection {
    edges: [CommitEdge]
    nodes: [Commit]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Label implements Node {
    id: ID!
    name: String!
  }

  type LabelEdge {
    cursor: String!
    node: Label
  }

  type LabelConnection {
    edges: [LabelEdge]
    nodes: [Label]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type UserEdge {
    cursor: String!
    node: User
  }

  type UserConnection {
    edges: [UserEdge]
    nodes: [User]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Milestone implements Node {
    id: ID!
    number: Int!
    title: String!
  }

  type Team implements Node {
    id: ID!
    name: String!
    slug: String!
  }

  union RequestedReviewer = Bot | Team | User

  type ReviewRequest implements Node {
    id: ID!
    requestedReviewer: RequestedReviewer
  }

  type ReviewRequestEdge {
    cursor: String!
    node: ReviewRequest
  }

  type ReviewRequestConnection {
    edges: [ReviewRequestEdge]
    nodes: [ReviewRequest]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Ref implements Node {
    id: ID!
    name: String!
    prefix: String!
    target: GitObject
  }

  interface GitObject {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
    commitUrl: URI!
  }

  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
  }

  type Commit implements GitObject & Node {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
    commitUrl: URI!
    url: URI!
    committedDate: DateTime!
    authoredDate: DateTime!
    message: String!
    messageHeadline: String!
    author: GitActor
    committer: GitActor
    tree: Tree!
    parents(after: String, before: String, first: Int, last: Int): CommitConnection!
    history(after: String, before: String, first: Int, last: Int, path: String): CommitHistoryConnection!
    authors(after: String, before: String, first: Int, last: Int): GitActorConnection!
    associatedPullRequests(
      after: String
      before: String
      first: Int
      last: Int
      orderBy: PullRequestOrder = { field: CREATED_AT, direction: ASC }
    ): PullRequestConnection
  }

  type CommitEdge {
    cursor: String!
    node: Commit
  }

  type CommitHistoryConnection {
    edges: [CommitEdge]
    nodes: [Commit]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type GitActor {
    date: GitTimestamp
    email: String
    name: String
    user: User
  }

  type GitActorEdge {
    cursor: String!
    node: GitActor
  }

  type GitActorConnection {
    edges: [GitActorEdge]
    nodes: [GitActor]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum PullRequestOrderField {
    CREATED_AT
    UPDATED_AT
  }

  enum OrderDirection {
    ASC
    DESC
  }

  input PullRequestOrder {
    field: PullRequestOrderField!
    direction: OrderDirection!
  }

  type PullRequest implements Node {
    id: ID!
    number: Int!
    title: String!
    body: String!
    url: URI!
    isDraft: Boolean!
    isCrossRepository: Boolean!
    labels(after: String, before: String, first: Int, last: Int): LabelConnection
    assignees(after: String, before: String, first: Int, last: Int): UserConnection!
    milestone: Milestone
    reviewRequests(after: String, before: String, first: Int, last: Int): ReviewRequestConnection
    state: PullRequestState!
    merged: Boolean!
    mergedAt: DateTime
    closed: Boolean!
    closedAt: DateTime
    headRefName: String!
    headRefOid: GitObjectID!
    baseRefName: String!
    mergeStateStatus: MergeStateStatus!
    mergeable: MergeableState!
    reviewDecision: PullRequestReviewDecision
    autoMergeRequest: AutoMergeRequest
    reviews(after: String, before: String, first: Int, last: Int): PullRequestReviewConnection
  }

  enum MergeStateStatus {
    BEHIND
    BLOCKED
    CLEAN
    DIRTY
    DRAFT
    HAS_HOOKS
    UNKNOWN
    UNSTABLE
  }

  enum MergeableState {
    CONFLICTING
    MERGEABLE
    UNKNOWN
  }

  enum PullRequestReviewDecision {
    APPROVED
    CHANGES_REQUESTED
    REVIEW_REQUIRED
  }

  type PullRequestEdge {
    cursor: String!
    node: PullRequest
  }

  type PullRequestConnection {
    edges: [PullRequestEdge]
    nodes: [PullRequest]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum PullRequestReviewState {
    APPROVED
    CHANGES_REQUESTED
    COMMENTED
    DISMISSED
    PENDING
  }

  type PullRequestReview implements Node {
    id: ID!
    author: Actor
    state: PullRequestReviewState!
  }

  type PullRequestReviewEdge {
    cursor: String!
    node: PullRequestReview
  }

  type PullRequestReviewConnection {
    edges: [PullRequestReviewEdge]
    nodes: [PullRequestReview]
    pageInfo: PageInfo!
    totalCount: Int!
  }
`

let cached: GraphQLSchema | undefined

/** The schema, built once per process (building it is the slow part). */
export function githubSchema(): GraphQLSchema {
  cached ??= buildSchema(SDL)
  return cached
}
