// A pull request of a REST-side repository as GraphQL shows it: the mutations' payloads,
// `repository { pullRequest(number:) }` and `node(id:)`. Its merge state is read once per
// object (`mergeStateStatus` and `mergeable` of one query are one read, which may answer UNKNOWN).
import type { FakeRepo, PullState } from '../git/repo-store.js'
import { readMergeState, type MergeState } from '../merge/state.js'
import { parsePullNodeId, pullNodeId } from '../rest/pulls.js'
import { githubError } from './errors.js'
import { UserModel, type GraphQLContext } from './model.js'
import { opaqueCursors, paginate, type ConnectionArgs } from './pagination.js'
import type { GraphQLResolveInfo } from 'graphql'

const WEB = 'https://github.com'

export class SitePullRequestModel {
  readonly __typename = 'PullRequest'
  readonly id: string
  readonly number: number
  readonly title: string
  readonly body: string
  readonly url: string
  /** The local GitHub's pull requests come from branches of their own repository. */
  readonly isCrossRepository = false
  readonly isDraft: boolean
  readonly state: string
  readonly merged: boolean
  readonly mergedAt: string | null
  readonly closed: boolean
  readonly closedAt: string | null
  readonly headRefName: string
  readonly baseRefName: string
  private merge?: Promise<MergeState>

  constructor(
    private readonly repo: FakeRepo,
    private readonly pull: PullState,
  ) {
    this.id = pullNodeId(repo, pull.number)
    this.number = pull.number
    this.title = pull.title
    this.body = pull.body ?? ''
    this.url = `${WEB}/${repo.fullName}/pull/${pull.number}`
    this.isDraft = pull.draft
    this.state = pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED'
    this.merged = pull.merged
    this.mergedAt = pull.mergedAt
    this.closed = pull.state === 'closed'
    this.closedAt = pull.closedAt
    this.headRefName = pull.head
    this.baseRefName = pull.base
  }

  private mergeState(): Promise<MergeState> {
    this.merge ??= readMergeState(this.repo, this.pull)
    return this.merge
  }

  async headRefOid(): Promise<string> {
    return this.pull.merged ? this.pull.headSha : ((await this.repo.branchSha(this.pull.head)) ?? this.pull.headSha)
  }

  async mergeStateStatus(): Promise<string> {
    return (await this.mergeState()).status
  }

  async mergeable(): Promise<'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN'> {
    const { mergeable } = await this.mergeState()
    return mergeable === null ? 'UNKNOWN' : mergeable ? 'MERGEABLE' : 'CONFLICTING'
  }

  async reviewDecision(): Promise<string | null> {
    return (await this.mergeState()).reviewDecision
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

  labels(args: ConnectionArgs, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const labels = this.pull.labels.map((name) => ({
      __typename: 'Label',
      id: `LA_${Buffer.from(`${this.repo.fullName}:${name}`).toString('base64url')}`,
      name,
    }))
    return paginate(labels, args, info, opaqueCursors)
  }

  assignees(args: ConnectionArgs, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return paginate(
      this.pull.assignees.map((login) => new UserModel(login, null)),
      args,
      info,
      opaqueCursors,
    )
  }

  milestone() {
    const milestone = this.repo.milestones.find((m) => m.number === this.pull.milestone)
    return milestone
      ? {
          __typename: 'Milestone',
          id: `MI_${Buffer.from(`${this.repo.fullName}#${milestone.number}`).toString('base64url')}`,
          number: milestone.number,
          title: milestone.title,
        }
      : null
  }

  /** Users and teams asked for a review and not yet heard from, as REST's `requested_reviewers` and `requested_teams`. */
  reviewRequests(args: ConnectionArgs, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const id = (key: string) => `RR_${Buffer.from(`${this.repo.fullName}#${this.number}:${key}`).toString('base64url')}`
    const requests = [
      ...this.pull.requestedReviewers.map((login) => ({ id: id(login), requestedReviewer: new UserModel(login, null) })),
      ...this.pull.requestedTeams.map((slug) => ({
        id: id(`team/${slug}`),
        requestedReviewer: {
          __typename: 'Team',
          id: `T_${Buffer.from(`${this.repo.owner}/${slug}`).toString('base64url')}`,
          name: slug,
          slug,
        },
      })),
    ]
    return paginate(requests, args, info, opaqueCursors)
  }

  reviews(args: ConnectionArgs, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const reviews = this.pull.reviews.map((r) => ({
      __typename: 'PullRequestReview',
      id: `PRR_${Buffer.from(String(r.id)).toString('base64url')}`,
      state: r.state,
      author: new UserModel(r.user, null),
    }))
    return paginate(reviews, args, info, opaqueCursors)
  }
}

/** The pull request a node id names, or GitHub's NOT_FOUND. */
export function sitePullByNodeId(id: string, ctx: GraphQLContext): { repo: FakeRepo; pull: PullState } {
  const named = parsePullNodeId(id)
  const repo = named ? ctx.repos?.all().find((r) => r.fullName.toLowerCase() === named.fullName.toLowerCase()) : undefined
  const pull = named ? repo?.pulls.find((p) => p.number === named.number) : undefined
  if (!repo || !pull) throw githubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
  return { repo, pull }
}
