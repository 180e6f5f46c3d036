// The pull request mutations of GitHub's GraphQL API that REST has no equivalent for: auto-merge
// on and off, draft and ready for review. They act on the REST side's pull requests, named by
// the `node_id` the REST answers carry, with GitHub's error types and messages.
import type { FakeRepo, PullState } from '../git/repo-store.js'
import { parsePullNodeId } from '../rest/pulls.js'
import { githubError } from './errors.js'
import { UserModel, type GraphQLContext } from './model.js'

const WEB = 'https://github.com'
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
type MergeMethod = 'MERGE' | 'SQUASH' | 'REBASE'

/** A pull request of a fake repository as GraphQL shows it. */
export class SitePullRequestModel {
  readonly __typename = 'PullRequest'
  readonly id: string
  readonly number: number
  readonly title: string
  readonly url: string
  readonly isDraft: boolean
  readonly state: string
  constructor(
    repo: FakeRepo,
    private readonly pull: PullState,
  ) {
    this.id = pullId(repo, pull.number)
    this.number = pull.number
    this.title = pull.title
    this.url = `${WEB}/${repo.fullName}/pull/${pull.number}`
    this.isDraft = pull.draft
    this.state = pull.state === 'open' ? 'OPEN' : 'CLOSED'
  }

  autoMergeRequest() {
    const auto = this.pull.autoMerge
    if (!auto) return null
    return {
      mergeMethod: auto.mergeMethod,
      enabledAt: auto.enabledAt,
      enabledBy: new UserModel(auto.enabledBy, null),
      commitHeadline: null,
      commitBody: null,
      authorEmail: null,
      pullRequest: this,
    }
  }

  reviews() {
    return {
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    }
  }
}

const pullId = (repo: FakeRepo, number: number) => `PR_${Buffer.from(`${repo.fullName}#${number}`).toString('base64url')}`

/** The open pull request a mutation names; GitHub's errors otherwise. */
function target(id: string, ctx: GraphQLContext): { repo: FakeRepo; pull: PullState } {
  const named = parsePullNodeId(id)
  const repo = named ? ctx.repos?.all().find((r) => r.fullName.toLowerCase() === named.fullName.toLowerCase()) : undefined
  const pull = named ? repo?.pulls.find((p) => p.number === named.number) : undefined
  if (!repo || !pull) throw githubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
  if (repo.readOnly) throw githubError('FORBIDDEN', 'Resource not accessible by integration')
  return { repo, pull }
}

function payload(ctx: GraphQLContext, repo: FakeRepo, pull: PullState, clientMutationId: unknown) {
  return {
    actor: new UserModel(ctx.viewerLogin, null),
    clientMutationId: typeof clientMutationId === 'string' ? clientMutationId : null,
    pullRequest: new SitePullRequestModel(repo, pull),
  }
}

type Input = { input: { pullRequestId: string; clientMutationId?: string; mergeMethod?: MergeMethod } }

export class MutationRoot {
  enablePullRequestAutoMerge({ input }: Input, ctx: GraphQLContext) {
    const { repo, pull } = target(input.pullRequestId, ctx)
    if (!repo.allowAutoMerge) throw githubError('UNPROCESSABLE', 'Auto merge is not allowed for this repository')
    if (pull.state !== 'open') throw githubError('UNPROCESSABLE', 'Pull request is closed')
    pull.autoMerge = { mergeMethod: input.mergeMethod ?? 'MERGE', enabledBy: ctx.viewerLogin, enabledAt: now() }
    pull.updatedAt = now()
    return payload(ctx, repo, pull, input.clientMutationId)
  }

  disablePullRequestAutoMerge({ input }: Input, ctx: GraphQLContext) {
    const { repo, pull } = target(input.pullRequestId, ctx)
    pull.autoMerge = null
    pull.updatedAt = now()
    return payload(ctx, repo, pull, input.clientMutationId)
  }

  convertPullRequestToDraft({ input }: Input, ctx: GraphQLContext) {
    const { repo, pull } = target(input.pullRequestId, ctx)
    if (pull.state !== 'open') throw githubError('UNPROCESSABLE', 'Pull request is closed')
    pull.draft = true
    pull.updatedAt = now()
    return payload(ctx, repo, pull, input.clientMutationId)
  }

  markPullRequestReadyForReview({ input }: Input, ctx: GraphQLContext) {
    const { repo, pull } = target(input.pullRequestId, ctx)
    pull.draft = false
    pull.updatedAt = now()
    return payload(ctx, repo, pull, input.clientMutationId)
  }
}
