// The objects GraphQL resolves against. graphql-js reads a property or calls a method named
// like the field (with args, context, info), and `__typename` picks the type of an interface.
import type { GraphQLResolveInfo } from 'graphql'
import type { HistoryCommit } from '../types.js'
import { githubError } from './errors.js'
import type { FakeRepo, RepoStore } from '../git/repo-store.js'
import type { HistoryStore } from './history-store.js'
import { historyCursors, opaqueCursors, paginate, type ConnectionArgs } from './pagination.js'
import { SitePullRequestModel, sitePullByNodeId } from './site-pull-request.js'
import { siteObject, siteRef, type RevisionCache } from './site-git.js'

const WEB = 'https://github.com'

/** What every resolver can see: the data and this request's rate limit figures. */
export interface GraphQLContext {
  store?: HistoryStore
  /** The REST side's repositories, for the pull request mutations. */
  repos?: RepoStore
  rateLimit: { cost: number; nodeCount: number; limit: number; used: number; resetAt: number }
  viewerLogin: string
}

/**
 * GitHub's `DateTime`, "an ISO-8601 encoded UTC date string" (its schema): the fixture's dates
 * carry the committer's offset, as git and `GitTimestamp` (`GitActor.date`) keep it.
 */
export const dateTime = (iso: string) => new Date(Date.parse(iso)).toISOString().replace(/\.\d{3}Z$/, 'Z')

const nodeId = (prefix: string, key: string) => `${prefix}_${Buffer.from(key).toString('base64url')}`

export class UserModel {
  readonly __typename = 'User'
  readonly id: string
  readonly url: string
  readonly resourcePath: string
  constructor(
    readonly login: string,
    readonly name: string | null,
  ) {
    this.id = nodeId('U', login)
    this.url = `${WEB}/${login}`
    this.resourcePath = `/${login}`
  }
  avatarUrl(): string {
    return `https://avatars.githubusercontent.com/${this.login}`
  }
}

export class BotModel {
  readonly __typename = 'Bot'
  readonly id: string
  readonly url: string
  readonly resourcePath: string
  constructor(readonly login: string) {
    this.id = nodeId('BOT', login)
    this.url = `${WEB}/apps/${login}`
    this.resourcePath = `/apps/${login}`
  }
  avatarUrl(): string {
    return `https://avatars.githubusercontent.com/in/${this.login}`
  }
}

function actorModel(store: HistoryStore, login: string): UserModel | BotModel {
  const actor = store.actor(login)
  return actor.type === 'Bot' ? new BotModel(login) : new UserModel(login, actor.name)
}

export class QueryRoot {
  /** The history fixture's repository, a REST-side one (its pull requests), or both when they share a name. */
  repository(args: { owner: string; name: string }, ctx: GraphQLContext): RepositoryModel {
    const history = ctx.store?.isRepository(args.owner, args.name) ? ctx.store : undefined
    const site = ctx.repos?.get(args.owner, args.name)
    if (history || site) return new RepositoryModel(history, site)
    throw githubError('NOT_FOUND', `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`)
  }

  /** Pull requests of REST-side repositories, by the `node_id` their REST answers carry. */
  node(args: { id: string }, ctx: GraphQLContext): SitePullRequestModel {
    const { repo, pull } = sitePullByNodeId(args.id, ctx)
    return new SitePullRequestModel(repo, pull)
  }

  rateLimit(_args: unknown, ctx: GraphQLContext) {
    const r = ctx.rateLimit
    return {
      cost: r.cost,
      nodeCount: r.nodeCount,
      limit: r.limit,
      used: r.used,
      remaining: Math.max(0, r.limit - r.used),
      resetAt: new Date(r.resetAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }
  }

  viewer(_args: unknown, ctx: GraphQLContext): UserModel {
    return new UserModel(ctx.viewerLogin, null)
  }
}

/**
 * A repository: its commit history comes from the history fixture, its pull requests from the
 * REST side; a repository that has only one of them answers the other's fields with an error.
 */
export class RepositoryModel {
  readonly __typename = 'Repository'
  readonly id: string
  readonly name: string
  readonly nameWithOwner: string
  readonly url: string
  /** Revisions this query resolved (one query names the same branch in many expressions). */
  private readonly resolved: RevisionCache = new Map()
  constructor(
    private readonly history: HistoryStore | undefined,
    private readonly site: FakeRepo | undefined,
  ) {
    this.name = history?.name ?? site!.name
    this.nameWithOwner = history ? `${history.owner}/${history.name}` : site!.fullName
    this.id = nodeId('R', this.nameWithOwner)
    this.url = `${WEB}/${this.nameWithOwner}`
  }

  private get store(): HistoryStore {
    if (!this.history)
      throw new Error(`fake-github serves no commit history of ${this.nameWithOwner} over GraphQL (only the history fixture's)`)
    return this.history
  }

  pullRequest(args: { number: number }): SitePullRequestModel {
    const pull = this.site?.pulls.find((p) => p.number === args.number)
    if (!this.site || !pull) throw githubError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${args.number}.`)
    return new SitePullRequestModel(this.site, pull)
  }

  defaultBranchRef() {
    if (!this.history && this.site)
      return this.site.isEmpty().then((empty) => (empty ? null : siteRef(this.site!, `refs/heads/${this.site!.defaultBranch}`)))
    const store = this.store
    return {
      __typename: 'Ref',
      id: nodeId('REF', `${this.nameWithOwner}:${store.branch}`),
      name: store.branch,
      prefix: 'refs/heads/',
      target: () => new CommitModel(store, store.commit(store.headOid)!),
    }
  }

  /** Whether the repository has no commit at all. */
  isEmpty(): Promise<boolean> | boolean {
    return this.site ? this.site.isEmpty() : false
  }

  /** A read-only repository (`readOnly`) gives the token READ, any other WRITE. */
  viewerPermission(): string {
    return this.site?.readOnly ? 'READ' : 'WRITE'
  }

  /** A ref by its full name (`refs/heads/main`); null when the repository has none such. */
  ref(args: { qualifiedName: string }) {
    if (!this.site) throw new Error(`fake-github serves refs only of the REST-side repositories, not of ${this.nameWithOwner}`)
    return siteRef(this.site, args.qualifiedName)
  }

  /**
   * The history fixture's commits by revision or oid; a REST-side repository's git objects by
   * git's expression (`main`, `main:path`, `HEAD:`) or oid.
   */
  object(args: { expression?: string | null; oid?: string | null }): CommitModel | null | Promise<unknown> {
    if (this.history) {
      const oid = args.oid ?? (args.expression != null ? this.history.resolve(args.expression) : undefined)
      const commit = oid ? this.history.commit(oid) : undefined
      if (commit || !this.site) return commit ? new CommitModel(this.history, commit) : null
    }
    return siteObject(this.site!, args, this.resolved)
  }

  /**
   * The repository's pull requests, oldest first unless `orderBy` says otherwise, narrowed by
   * head and base branch and state. The local GitHub's pull requests all come from branches of
   * their own repository.
   */
  pullRequests(
    args: ConnectionArgs & {
      states?: string[] | null
      headRefName?: string | null
      baseRefName?: string | null
      labels?: string[] | null
      orderBy?: { field: string; direction: string } | null
    },
    _ctx: GraphQLContext,
    info: GraphQLResolveInfo,
  ) {
    if (!this.site) throw new Error(`fake-github serves pull requests only of the REST-side repositories, not of ${this.nameWithOwner}`)
    const site = this.site
    const models = site.pulls.map((pull) => new SitePullRequestModel(site, pull))
    const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' }
    const key = (m: SitePullRequestModel) => {
      const pull = site.pulls.find((p) => p.number === m.number)!
      return order.field === 'UPDATED_AT'
        ? pull.updatedAt
        : order.field === 'COMMENTS'
          ? String(pull.comments.length).padStart(9, '0')
          : pull.createdAt
    }
    const sorted = models
      .filter((m) => args.headRefName == null || m.headRefName === args.headRefName)
      .filter((m) => args.baseRefName == null || m.baseRefName === args.baseRefName)
      .filter((m) => args.states == null || args.states.includes(m.state))
      .filter((m) => args.labels == null || site.pulls.find((p) => p.number === m.number)!.labels.some((l) => args.labels!.includes(l)))
      // Ties (the same second) in the order they were made.
      .sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number)
    if (order.direction === 'DESC') sorted.reverse()
    return paginate(sorted, args, info, opaqueCursors)
  }
}

export class CommitModel {
  readonly __typename = 'Commit'
  readonly id: string
  readonly oid: string
  readonly abbreviatedOid: string
  readonly url: string
  readonly commitUrl: string
  readonly committedDate: string
  readonly authoredDate: string
  readonly message: string
  readonly messageHeadline: string
  constructor(
    private readonly store: HistoryStore,
    private readonly commit: HistoryCommit,
  ) {
    this.oid = commit.oid
    this.id = nodeId('C', commit.oid)
    this.abbreviatedOid = commit.oid.slice(0, 7)
    this.url = `${WEB}/${store.owner}/${store.name}/commit/${commit.oid}`
    this.commitUrl = this.url
    this.committedDate = dateTime(commit.committedDate)
    this.authoredDate = this.committedDate
    this.message = commit.messageHeadline
    this.messageHeadline = commit.messageHeadline
  }

  author(): GitActorModel | null {
    const first = this.commit.authors[0]
    return first ? new GitActorModel(this.store, first, this.commit.committedDate) : null
  }

  committer(): GitActorModel | null {
    return this.author()
  }

  history(args: ConnectionArgs & { path?: string | null }, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const commits = this.store.history(this.oid, args.path)
    const page = paginate(commits, args, info, historyCursors(this.oid))
    return mapConnection(page, (c) => new CommitModel(this.store, c))
  }

  authors(args: ConnectionArgs, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const actors = this.commit.authors.map((a) => new GitActorModel(this.store, a, this.commit.committedDate))
    return paginate(actors, args, info, opaqueCursors)
  }

  associatedPullRequests(args: ConnectionArgs, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const number = this.commit.pullRequest
    const pulls = number == null ? [] : [new PullRequestModel(this.store, number)]
    return paginate(pulls, args, info, opaqueCursors)
  }
}

export class GitActorModel {
  readonly name: string
  readonly email: string
  readonly date: string
  constructor(
    private readonly store: HistoryStore,
    private readonly actor: HistoryCommit['authors'][number],
    date: string,
  ) {
    this.name = actor.name
    this.email = actor.email
    this.date = date
  }

  /** GitActor.user is a User: an email linked to no account, or to a bot, gives null. */
  user(): UserModel | null {
    if (!this.actor.login) return null
    const model = actorModel(this.store, this.actor.login)
    return model instanceof UserModel ? model : null
  }
}

export class PullRequestModel {
  readonly __typename = 'PullRequest'
  readonly id: string
  readonly title: string
  readonly url: string
  // The history fixture's pull requests were merged long ago.
  readonly isDraft = false
  readonly state = 'MERGED'
  readonly merged = true
  readonly closed = true
  readonly autoMergeRequest = null
  constructor(
    private readonly store: HistoryStore,
    readonly number: number,
  ) {
    this.id = nodeId('PR', `${store.owner}/${store.name}#${number}`)
    this.title = `Pull request #${number}`
    this.url = `${WEB}/${store.owner}/${store.name}/pull/${number}`
  }

  /** What the fixture does not record (dates, refs, merge state) fails the field rather than be made up. */
  private unrecorded(): never {
    throw new Error(`fake-github: the history fixture does not record this of pull request #${this.number}`)
  }
  mergedAt = () => this.unrecorded()
  closedAt = () => this.unrecorded()
  headRefOid = () => this.unrecorded()
  headRefName = () => this.unrecorded()
  baseRefName = () => this.unrecorded()
  mergeStateStatus = () => this.unrecorded()
  mergeable = () => this.unrecorded()
  reviewDecision = () => this.unrecorded()

  reviews(args: ConnectionArgs, _ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const reviews = this.store.reviews(this.number).map((login, index) => ({
      __typename: 'PullRequestReview',
      id: nodeId('PRR', `${this.number}/${index}`),
      state: 'COMMENTED',
      // A deleted account leaves its reviews with no author.
      author: login == null ? null : actorModel(this.store, login),
    }))
    return paginate(reviews, args, info, opaqueCursors)
  }
}

function mapConnection<A, B>(page: ReturnType<typeof paginate<A>>, f: (a: A) => B) {
  const edges = page.edges.map((e) => ({ cursor: e.cursor, node: f(e.node) }))
  return { ...page, edges, nodes: edges.map((e) => e.node) }
}
