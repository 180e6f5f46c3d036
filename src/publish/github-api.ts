import type { GitHubClient } from '../shared/github-client.js'
import { describeGitHubError } from './github-errors.js'

/**
 * The target repository seen through one octokit: every call names its step (for a clear
 * error line) and is counted, read or write, for the request budget.
 */
export class GitHubRepoApi {
  readonly owner: string
  readonly repo: string
  readonly counts = { total: 0, writes: 0 }
  /** The API root the client talks to, for "could not reach …" lines. */
  readonly apiUrl: string

  constructor(
    readonly client: GitHubClient,
    readonly fullName: string,
    /** No token was given: a refusal is about that, not about a token. */
    readonly anonymous = false,
  ) {
    const [owner, repo] = fullName.split('/')
    if (!owner || !repo || fullName.split('/').length !== 2) throw new Error(`repository must be OWNER/NAME, got '${fullName}'`)
    this.owner = owner
    this.repo = repo
    const baseUrl = (client.request.endpoint.DEFAULTS as { baseUrl?: unknown }).baseUrl
    this.apiUrl = typeof baseUrl === 'string' ? baseUrl : 'GitHub'
  }

  private repositoryRead?: Promise<RepositoryFacts>

  /**
   * The repository's default branch and, where the token type returns them, the token's
   * permissions on it: one request, shared by the early check and the base read.
   */
  repository(): Promise<RepositoryFacts> {
    this.repositoryRead ??= this.call('read the repository', 'read', () =>
      this.client.rest.repos.get({ owner: this.owner, repo: this.repo }),
    ).then(({ data }) => ({ defaultBranch: data.default_branch, permissions: data.permissions, nodeId: data.node_id }))
    return this.repositoryRead
  }

  /** Runs one request; failures become one line that never carries request headers. */
  async call<T>(step: string, kind: 'read' | 'write', send: () => Promise<T>): Promise<T> {
    this.counts.total++
    if (kind === 'write') this.counts.writes++
    try {
      return await send()
    } catch (error) {
      throw describeGitHubError(error, this.fullName, step, kind, this.apiUrl, this.anonymous)
    }
  }

  /** Like `call`, but hands back the listed HTTP statuses as a value instead of throwing. */
  async attempt<T>(step: string, kind: 'read' | 'write', statuses: number[], send: () => Promise<T>): Promise<Attempt<T>> {
    this.counts.total++
    if (kind === 'write') this.counts.writes++
    try {
      return { ok: true, value: await send() }
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && statuses.includes(status)) return { ok: false, status }
      throw describeGitHubError(error, this.fullName, step, kind, this.apiUrl, this.anonymous)
    }
  }
}

export interface RepositoryFacts {
  defaultBranch: string
  /** GraphQL node id: the ref mutations name the repository by it. */
  nodeId: string
  /** Absent for tokens GitHub does not describe (GitHub App installation tokens). */
  permissions?: { push?: boolean; pull?: boolean; admin?: boolean; maintain?: boolean; triage?: boolean }
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; status: number }
