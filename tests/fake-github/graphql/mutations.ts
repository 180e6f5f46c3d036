// The mutations of GitHub's GraphQL API that REST has no equivalent for: auto-merge on and
// off, draft and ready for review on the REST side's pull requests, and `updateRefs`, the
// compare-and-swap of refs, on its repositories. They name their objects by the `node_id` the
// REST answers carry, and answer with GitHub's error types.
import type { FakeRepo, PullState } from '../git/repo-store.js'
import { isAncestor, isOid, objectType } from '../git/objects.js'
import { computeMergeState } from '../merge/state.js'
import { parseRepoNodeId } from '../rest/repos.js'
import { validRefName } from '../rest/git-refs.js'
import { githubError } from './errors.js'
import { UserModel, type GraphQLContext } from './model.js'
import { SitePullRequestModel, sitePullByNodeId } from './site-pull-request.js'

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
type MergeMethod = 'MERGE' | 'SQUASH' | 'REBASE'

/** The pull request a mutation names, if the token may change it; GitHub's errors otherwise. */
function target(id: string, ctx: GraphQLContext): { repo: FakeRepo; pull: PullState } {
  const { repo, pull } = sitePullByNodeId(id, ctx)
  if (repo.readOnly) throw githubError('FORBIDDEN', 'Resource not accessible by integration')
  return { repo, pull }
}

/** Merge states GitHub refuses auto-merge in: there is nothing to wait for (or, DIRTY, nothing it could wait for). */
const NOTHING_TO_WAIT_FOR = new Set(['CLEAN', 'UNSTABLE', 'HAS_HOOKS', 'DIRTY'])

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
  /**
   * Refused in GitHub's words (its messages prefix `Pull request `): auto-merge not allowed by
   * the repository, a closed pull request, a base branch without protection rules, and a pull
   * request that could be merged now or never (`Pull request is in clean status`, `unstable`,
   * `has_hooks`, `dirty`). The state is computed as it is, not as a read may still see it (UNKNOWN).
   */
  async enablePullRequestAutoMerge({ input }: Input, ctx: GraphQLContext) {
    const { repo, pull } = target(input.pullRequestId, ctx)
    if (!repo.allowAutoMerge) throw githubError('UNPROCESSABLE', 'Pull request Auto merge is not allowed for this repository')
    if (pull.state !== 'open') throw githubError('UNPROCESSABLE', 'Pull request is closed')
    if (!repo.protection.has(pull.base))
      throw githubError('UNPROCESSABLE', 'Pull request Protected branch rules not configured for this branch')
    const { status } = await computeMergeState(repo, pull)
    if (NOTHING_TO_WAIT_FOR.has(status))
      throw githubError('UNPROCESSABLE', `Pull request Pull request is in ${status.toLowerCase()} status`)
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
