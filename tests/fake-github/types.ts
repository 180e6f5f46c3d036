// Public shapes of the local GitHub. Kept in one file so tests and helpers import them
// without pulling in the server.

/** One commit of the history fixture (see ../shared/README.md). */
export interface HistoryCommit {
  oid: string
  committedDate: string
  messageHeadline: string
  authors: { name: string; email: string; login: string | null }[]
  /** Number of the pull request that brought the commit, or null. */
  pullRequest: number | null
}

/** The shape of ../shared/fixtures/github/learning-path-history.json. */
export interface HistoryFixture {
  about?: string
  /** `owner/name` the history belongs to. */
  repository: string
  branch: string
  /** Oid of the branch tip. */
  head: string
  /** Source path -> commits touching it, newest first. */
  history: Record<string, HistoryCommit[]>
  /** Pull request number -> review authors' logins (null: a deleted account). */
  pullRequests: Record<string, { reviews: (string | null)[] }>
  users: Record<string, { name?: string | null; type: 'User' | 'Bot' }>
}

export interface FakeGitHubOptions {
  /** Accepted token; default 'test-token'. */
  token?: string
  /** Path to learning-path-history.json or the parsed object. */
  history?: string | HistoryFixture
  /** Added to every request. */
  latencyMs?: number
  /** Default 0 (random). */
  port?: number
  /** 'owner/name' -> directory or {path: content}; `main` holds these files in one commit. */
  repos?: Record<string, string | Record<string, string>>
  /** Points per hour for each budget (REST core and GraphQL); default 5000 like GitHub. */
  rateLimit?: number
  /**
   * Where a recursive tree listing stops and says `truncated: true`; GitHub's limits are
   * 100,000 entries and 7 MB, the defaults. Lower them to run a client's fallback path.
   */
  treeLimits?: Partial<TreeLimits>
}

export interface TreeLimits {
  /** Most entries in one recursive listing. */
  entries: number
  /** Most bytes of the listing's `tree` array as JSON. */
  bytes: number
}

/**
 * One request and its answer as they went over the wire, for the contract tests: what the
 * client sent is checked against GitHub's published descriptions, and so is what we answered.
 */
export interface FakeExchange {
  method: string
  /** Decoded pathname, as in the request log. */
  path: string
  /** Query string including `?`, or ''. */
  query: string
  /** Request headers, names in lower case; `authorization` is left out. */
  requestHeaders: Record<string, string>
  /** The request body as sent ('' when none). */
  requestBody: string
  /** 0 when the connection was dropped. */
  status: number
  /** Response headers, names in lower case. */
  responseHeaders: Record<string, string>
  /** The response body as sent ('' when none). */
  responseBody: string
  /** Name of the fault that answered or slowed the request, if any. */
  fault?: string
}

export interface RequestLogEntry {
  method: string
  /** URL pathname, without the query string. */
  path: string
  /** Query string including `?`, or '' when there is none. */
  query: string
  status: number
  /** GraphQL operation name, when the request was GraphQL and named one. */
  operationName?: string
  /** GraphQL points this request cost (GitHub's formula). */
  cost?: number
  /** GraphQL nodes this request could return at most. */
  nodeCount?: number
  durationMs: number
  /** When the request arrived, in milliseconds since the epoch (the benchmark's timelines). */
  startedAtMs?: number
  /** True for requests that change state (REST POST/PATCH/PUT/DELETE, GraphQL mutations). */
  write: boolean
  /** Name of the fault that answered or slowed the request, if any. */
  fault?: string
}

/** Who made a commit: git's name and email, and an ISO date (default: the fake's clock). */
export interface FakeIdentity {
  name: string
  email: string
  date?: string
}

export interface FakeFault {
  /** Default: any method. */
  method?: string
  /** Matched against the URL pathname (e.g. '/graphql', /\/git\/trees$/). */
  path: string | RegExp
  /** For `/graphql`: only requests running this operation (the document's operation name), or any a pattern matches. */
  operationName?: string | RegExp
  /**
   * Runs when a matching request arrives, before it is answered (after any latency), e.g. to
   * push a commit between what a client read and what it writes next. In-process only. A fault
   * with nothing else to do lets the request through once the hook is done.
   */
  before?: () => void | Promise<void>
  /** How many matching requests it hits; default 1. */
  times?: number
  /** Matching requests to let through before the first hit; default 0. */
  after?: number
  /**
   * Answer with this status and GitHub's body. 403 is a rate limit: a secondary one (with
   * `retry-after` unless `retryAfter` is null) or, with `rateLimit: 'primary'`, a spent budget.
   */
  status?: 401 | 403 | 404 | 422 | 429 | 500 | 502
  /** Which rate limit a 403 is: `secondary` (default) or `primary` (`x-ratelimit-remaining: 0`, no `retry-after`). */
  rateLimit?: 'primary' | 'secondary'
  /** Seconds for the `retry-after` header (secondary 403, 429); default 1; null sends no `retry-after`. */
  retryAfter?: number | null
  /** Seconds from now to `x-ratelimit-reset` for a primary 403 or a 429; default `retryAfter`, else 1. */
  resetAfter?: number
  /** Extra latency for matching requests. */
  latencyMs?: number
  /** Destroy the socket without answering. */
  drop?: boolean
  /**
   * Answer 200 but null these fields with GitHub-shaped errors; other fields keep their data.
   * A plain name matches a response key (alias or field name) at any depth; a dotted
   * name ('a.object.history') matches that exact response path.
   */
  graphqlErrorAliases?: string[]
}

export interface FakePullRequestComment {
  id: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
}

/** What issues and pull requests have in common (pull requests are issues on GitHub, one number sequence). */
export interface FakeIssueFields {
  number: number
  state: 'open' | 'closed'
  title: string
  body: string | null
  labels: string[]
  comments: FakePullRequestComment[]
  /** Logins assigned. */
  assignees: string[]
  /** Milestone number, or null. */
  milestone: number | null
  user: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

/** An issue (not a pull request). */
export interface FakeIssue extends FakeIssueFields {
  /** GitHub's `state_reason`: why it was closed, or `reopened`; null while it was never closed. */
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  /** Who closed it last, or null. */
  closedBy: string | null
}

/** A review as GitHub keeps it: the latest APPROVED or CHANGES_REQUESTED of each reviewer counts. */
export interface FakeReview {
  id: number
  user: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED'
  body: string
  /** The head the review was given on. */
  commitId: string
  submittedAt: string
}

export interface FakePullRequest extends FakeIssueFields {
  /** Branch name in the same repository. */
  head: string
  /** Branch name the PR merges into. */
  base: string
  draft: boolean
  requestedReviewers: string[]
  requestedTeams: string[]
  /** Auto-merge as `enablePullRequestAutoMerge` left it; null when off. */
  autoMerge: { mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE'; enabledBy: string; enabledAt: string } | null
  reviews: FakeReview[]
  merged: boolean
  mergedAt: string | null
  mergedBy: string | null
  /** The commit the merge made (the last rebased commit for `rebase`), or null. */
  mergeCommitSha: string | null
}

/** GitHub's `MergeStateStatus` (REST `mergeable_state` is the same word in lower case). */
export type FakeMergeStateStatus = 'BEHIND' | 'BLOCKED' | 'CLEAN' | 'DIRTY' | 'DRAFT' | 'HAS_HOOKS' | 'UNKNOWN' | 'UNSTABLE'

/** The subset of a branch's protection (classic branch protection rules) that decides merges. */
export interface FakeBranchProtection {
  /**
   * Commit status contexts that must succeed on the head; `strict` is "Require branches to be up
   * to date before merging": a head that does not contain the base has them all `expected`.
   */
  requiredStatusChecks?: { contexts: string[]; strict?: boolean } | null
  /** Approving reviews needed; with `dismissStaleReviews`, approvals of an older head do not count. */
  requiredApprovingReviews?: { count: number; dismissStaleReviews?: boolean } | null
}

/** A commit status as `POST /repos/{o}/{r}/statuses/{sha}` takes it. */
export interface FakeCommitStatus {
  context: string
  state: 'error' | 'failure' | 'pending' | 'success'
  description?: string | null
  targetUrl?: string | null
}

export type FakeMergeMethod = 'merge' | 'squash' | 'rebase'

export interface CreateRepositoryOptions {
  defaultBranch?: string
  private?: boolean
  /** Writes answer 403 "Resource not accessible by integration" (a token without write access). */
  readOnly?: boolean
  /** Folder the files go under, e.g. 'content/en/learn/learning-path'; default the root. */
  prefix?: string
  /** The "Allow auto-merge" setting (`allow_auto_merge`); false by default, as on GitHub. */
  allowAutoMerge?: boolean
  /** Users who can be assigned (GitHub: people with access); default: anyone. */
  collaborators?: string[]
  /** Titles of open milestones to create, numbered 1, 2, ... */
  milestones?: string[]
  /**
   * A repository created without any commit (no README): `files` must be empty, and the git
   * data endpoints answer `409 Git Repository is empty.` until something is pushed.
   */
  empty?: boolean
  /** Branch name -> its protection; none by default, as on GitHub. */
  protection?: Record<string, FakeBranchProtection>
  /** The merge methods the repository allows (`allow_merge_commit` ...); default all three, as on GitHub. */
  mergeMethods?: FakeMergeMethod[]
  /** Pre-receive hooks on the server: a pull request that would be CLEAN is HAS_HOOKS. */
  preReceiveHooks?: boolean
  /**
   * How many reads of a pull request's merge state answer UNKNOWN (REST `mergeable: null`)
   * after it is opened or its head or base moves, as while GitHub computes it; default 0.
   */
  mergeStateUnknownReads?: number
  /**
   * The token's `issues` permission on this repository: `read` answers writes to issues (not
   * to pull requests) with `403 Resource not accessible by integration`, as a GITHUB_TOKEN
   * without `issues: write` gets. Default `write`.
   */
  issuesPermission?: 'read' | 'write'
  /** False: issues are turned off; the issue endpoints answer `410 Issues are disabled for this repo`. */
  hasIssues?: boolean
  /** Searches a new issue stays out of `GET /search/issues` for, as GitHub's index lags; default 0. */
  searchIndexLag?: number
}

export interface FakeGitHub {
  /** http://127.0.0.1:PORT; use as GITHUB_API_URL; GraphQL at `${url}/graphql`. */
  url: string
  token: string
  /** Live log. */
  requests: RequestLogEntry[]
  /** Live log of whole exchanges (headers and bodies), one per `requests` entry. */
  exchanges: FakeExchange[]
  /** Empties `requests` and `exchanges`. */
  clearRequests(): void
  addFault(f: FakeFault): void
  clearFaults(): void
  setLatency(ms: number): void
  /** Serves another commit history from now on (the source repository moved on: a new commit to a file). */
  setHistory(history: string | HistoryFixture): void
  /** Changes where recursive tree listings are truncated (see `FakeGitHubOptions.treeLimits`). */
  setTreeLimits(limits: Partial<TreeLimits>): void
  /** Returns the default branch's commit; null for an `empty` repository. */
  createRepository(
    fullName: string,
    files: string | Record<string, string>,
    options?: CreateRepositoryOptions,
  ): Promise<{ headSha: string | null }>
  /**
   * Commit files onto a branch (null deletes), as if someone pushed. Returns the new commit SHA.
   * The author and committer default to the fake's identity (the one API commits get); `identity`
   * names someone else (a maintainer), `{ name, email, date? }` each.
   */
  pushCommit(
    fullName: string,
    branch: string,
    files: Record<string, string | null>,
    message: string,
    identity?: { author?: FakeIdentity; committer?: FakeIdentity },
  ): Promise<string>
  /** Bare repository path; inspect with plain git. */
  gitDir(fullName: string): string
  /** Run git in the bare repository and return stdout. */
  git(fullName: string, args: string[]): string
  pulls(fullName: string): FakePullRequest[]
  /** Snapshot of the issues (not pull requests). */
  issues(fullName: string): FakeIssue[]
  /** Opens an issue as `user` (default the token's owner), e.g. one a person wrote; returns its number. */
  createIssue(fullName: string, issue: { title: string; body?: string; labels?: string[]; user?: string }): number
  /** Sets or (null) removes a branch's protection, as `PUT /repos/{o}/{r}/branches/{b}/protection` does. */
  setBranchProtection(fullName: string, branch: string, protection: FakeBranchProtection | null): Promise<void>
  /** Adds a commit status, as `POST /repos/{o}/{r}/statuses/{sha}` does (a CI reporting). */
  setCommitStatus(fullName: string, sha: string, status: FakeCommitStatus): Promise<void>
  /**
   * A review by someone else (the token's owner cannot approve its own pull requests); an
   * APPROVED one counts toward the required approving reviews.
   */
  addReview(fullName: string, number: number, review: { user: string; state: FakeReview['state']; body?: string }): Promise<void>
  /** The next `reads` reads of a pull request's merge state answer UNKNOWN, as while GitHub computes it. */
  setMergeStateUnknown(fullName: string, number: number, reads: number): void
  close(): Promise<void>
}
