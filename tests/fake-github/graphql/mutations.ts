// The mutations of GitHub's GraphQL API that REST has no equivalent for: auto-merge on and
// off, draft and ready for review on the REST side's pull requests, and `updateRefs`, the
// compare-and-swap of refs, on its repositories. They name their objects by the `node_id` the
// REST answers carry, and answer with GitHub's error types.
import type { FakeRepo, PullState } from '../git/repo-store.js'
import { isAncestor, isOid, objectType } from '../git/objects.js'
import { parsePullNodeId } from '../rest/pulls.js'
import { parseRepoNodeId } from '../rest/repos.js'
import { validRefName } from '../rest/git-refs.js'
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

const NO_COMMIT = '0'.repeat(40)
type RefUpdate = { name: string; afterOid: string; beforeOid?: string | null; force?: boolean | null }
type RefsInput = { input: { repositoryId: string; refUpdates: RefUpdate[]; clientMutationId?: string } }

/**
 * `updateRefs` as GitHub describes it: every update is checked, then all are applied in one
 * transaction or none. `beforeOid` is where the ref must point now (the zero SHA: it must not
 * exist), `afterOid` where it goes (the zero SHA deletes it), and without `force` the move must
 * be a fast-forward. GitHub does not publish this mutation's error texts: a moved ref is refused
 * with git's own wording for a failed compare-and-swap, a non-fast-forward with REST's; both are
 * UNPROCESSABLE, at the mutation's path, with `data.updateRefs` null.
 */
async function applyRefUpdates({ input }: RefsInput, ctx: GraphQLContext) {
  const fullName = parseRepoNodeId(input.repositoryId)
  const repo = fullName ? ctx.repos?.all().find((r) => r.fullName.toLowerCase() === fullName.toLowerCase()) : undefined
  if (!repo) throw githubError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.repositoryId}'`)
  if (repo.readOnly) throw githubError('FORBIDDEN', 'Resource not accessible by integration')
  const transaction: { ref: string; after: string | null; before: string | null }[] = []
  for (const update of input.refUpdates) {
    const { name, afterOid, beforeOid } = update
    if (!validRefName(name)) throw githubError('UNPROCESSABLE', `'${name}' is not a valid fully qualified ref name`)
    const current = (await repo.refSha(name)) ?? null
    if (beforeOid !== undefined && beforeOid !== null && beforeOid !== (current ?? NO_COMMIT)) {
      throw githubError(
        'UNPROCESSABLE',
        current === null
          ? `cannot lock ref '${name}': unable to resolve reference '${name}'`
          : beforeOid === NO_COMMIT
            ? `cannot lock ref '${name}': reference already exists`
            : `cannot lock ref '${name}': is at ${current} but expected ${beforeOid}`,
      )
    }
    if (afterOid === NO_COMMIT) {
      if (current === null) throw githubError('UNPROCESSABLE', 'Reference does not exist')
    } else {
      if (!isOid(afterOid) || !(await objectType(repo.gitDir, afterOid))) throw githubError('UNPROCESSABLE', 'Object does not exist')
      if (current !== null && update.force !== true && !(await isAncestor(repo.gitDir, current, afterOid))) {
        throw githubError('UNPROCESSABLE', 'Update is not a fast forward')
      }
    }
    transaction.push({ ref: name, after: afterOid === NO_COMMIT ? null : afterOid, before: current })
  }
  // Against what was read just now, so a ref moved during the checks is refused too.
  if (!(await repo.updateRefs(transaction))) {
    throw githubError('UNPROCESSABLE', `cannot lock ref '${transaction[0]?.ref ?? ''}': it moved while the update was checked`)
  }
  return { clientMutationId: typeof input.clientMutationId === 'string' ? input.clientMutationId : null }
}

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

  updateRefs(args: RefsInput, ctx: GraphQLContext) {
    return applyRefUpdates(args, ctx)
  }

  markPullRequestReadyForReview({ input }: Input, ctx: GraphQLContext) {
    const { repo, pull } = target(input.pullRequestId, ctx)
    pull.draft = false
    pull.updatedAt = now()
    return payload(ctx, repo, pull, input.clientMutationId)
  }
}
