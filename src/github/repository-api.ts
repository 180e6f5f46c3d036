import type { GitHubClient } from './client.js'
import { describeGitHubError, gitHubMessage } from './describe-error.js'
import type { Operation, RequestKind } from './operation.js'
import { formatRepositoryName, parseRepositoryName, type RepositoryName } from './repository-name.js'
import { repos } from './repos.js'

/**
 * One repository seen through one octokit: every request names its step (for a clear error
 * line) and is counted, read or write, for the request budget.
 */
export class GitHubRepoApi {
  readonly name: RepositoryName
  /** OWNER/NAME, for messages. */
  readonly fullName: string
  readonly counts = { total: 0, writes: 0 }
  /** The API root the client talks to, for "could not reach …" lines. */
  readonly apiUrl: string
  private repositoryRead?: Promise<RepositoryFacts>

  constructor(
    private readonly client: GitHubClient,
    repository: string,
    /** No token was given: a refusal is about that, not about a token. */
    readonly anonymous = false,
  ) {
    this.name = parseRepositoryName(repository, 'target-repository')
    this.fullName = formatRepositoryName(this.name)
    const baseUrl = (client.request.endpoint.DEFAULTS as { baseUrl?: unknown }).baseUrl
    this.apiUrl = typeof baseUrl === 'string' ? baseUrl : 'GitHub'
  }

  /** The repository's owner: a pull request's head branch and a team are named under it. */
  get owner(): string {
    return this.name.owner
  }

  /**
   * The repository's default branch and, where the token type returns them, the token's
   * permissions on it: one request, shared by the early check and the base read.
   */
  repository(): Promise<RepositoryFacts> {
    this.repositoryRead ??= this.call('read the repository', repos.get()).then((data) => ({
      defaultBranch: data.default_branch,
      permissions: data.permissions,
      nodeId: data.node_id,
    }))
    return this.repositoryRead
  }

  /** What another read (the site's GraphQL query) already told of the repository: `repository()` then sends nothing. */
  remember(facts: RepositoryFacts): void {
    this.repositoryRead ??= Promise.resolve(facts)
  }

  /** Sends one request; failures become one line that never carries request headers. */
  async call<T>(step: string, operation: Operation<T>): Promise<T> {
    this.count(operation.kind)
    try {
      return await operation.send(this.client, this.name)
    } catch (error) {
      throw this.describe(error, step, operation.kind)
    }
  }

  /** Like `call`, but hands back the listed HTTP statuses (and GitHub's message) as a value instead of throwing. */
  async attempt<T>(step: string, statuses: readonly number[], operation: Operation<T>): Promise<Attempt<T>> {
    this.count(operation.kind)
    try {
      return { ok: true, value: await operation.send(this.client, this.name) }
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && statuses.includes(status))
        return { ok: false, status, message: gitHubMessage(error as { status: number }) }
      throw this.describe(error, step, operation.kind)
    }
  }

  private count(kind: RequestKind): void {
    this.counts.total++
    if (kind === 'write') this.counts.writes++
  }

  private describe(error: unknown, step: string, kind: RequestKind): Error {
    return describeGitHubError(error, this.fullName, step, kind, this.apiUrl, this.anonymous)
  }
}

export interface RepositoryFacts {
  defaultBranch: string
  /** GraphQL node id: the ref mutations name the repository by it. */
  nodeId: string
  /** Absent for tokens GitHub does not describe (GitHub App installation tokens). */
  permissions?: { push?: boolean; pull?: boolean; admin?: boolean; maintain?: boolean; triage?: boolean }
}

/** A request's answer, or one of the statuses the caller handles, with GitHub's one-line message. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; status: number; message: string }
