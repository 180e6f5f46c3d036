import type { AutoMergeMethod } from '../shared/option-values.js'
import { mutationOperation, queryOperation, restOperation, type Operation, type RouteData, type RouteParameters } from './operation.js'

type PullList = RouteData<'GET /repos/{owner}/{repo}/pulls'>
type PullChanges = Omit<RouteParameters<'PATCH /repos/{owner}/{repo}/pulls/{pull_number}'>, 'pull_number'>

const AUTO_MERGE = `mutation EnableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { autoMergeRequest { mergeMethod } }
  }
}`

const TO_DRAFT = `mutation ConvertToDraft($pullRequestId: ID!) {
  convertPullRequestToDraft(input: { pullRequestId: $pullRequestId }) { pullRequest { isDraft } }
}`

// `mergeStateStatus` is what GitHub would do with a merge now (CLEAN, UNSTABLE, HAS_HOOKS: at
// once; BLOCKED, BEHIND, DRAFT: after something; DIRTY: not; UNKNOWN: still computing), and only
// GraphQL names it as an enum; `reviewDecision` says whether a review is what it waits for.
const MERGE_STATE = `query PullMergeState($pullRequestId: ID!) {
  node(id: $pullRequestId) {
    ... on PullRequest { state headRefOid mergeStateStatus reviewDecision }
  }
}`

/** A pull request's merge state as GraphQL `PullRequest` names it. */
export interface PullMergeState {
  /** OPEN, CLOSED or MERGED. */
  state: string
  headRefOid: string
  /** GitHub's MergeStateStatus: BEHIND, BLOCKED, CLEAN, DIRTY, DRAFT, HAS_HOOKS, UNKNOWN, UNSTABLE. */
  mergeStateStatus: string
  /** APPROVED, CHANGES_REQUESTED, REVIEW_REQUIRED; null where no review is required. */
  reviewDecision: string | null
}

/** Pull requests of the repository. */
export const pulls = {
  /** The pull requests from `branch` of this repository, open and closed, newest first. */
  listFromBranch: (branch: string, perPage: number): Operation<PullList> => ({
    kind: 'read',
    send: (client, repository) =>
      restOperation('GET /repos/{owner}/{repo}/pulls', {
        head: `${repository.owner}:${branch}`,
        state: 'all',
        sort: 'created',
        direction: 'desc',
        per_page: perPage,
      }).send(client, repository),
  }),
  create: (pull: { head: string; base: string; title: string; body: string; draft: boolean }) =>
    restOperation('POST /repos/{owner}/{repo}/pulls', pull),
  update: (number: number, changes: PullChanges) =>
    restOperation('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: number, ...changes }),
  /** Asks users (logins) and teams (slugs of the repository's owner) for a review. */
  requestReviewers: (number: number, users: string[], teams: string[]) =>
    restOperation('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      pull_number: number,
      reviewers: users,
      ...(teams.length ? { team_reviewers: teams } : {}),
    }),
  /** Turns auto-merge on; answers the merge method now on (GraphQL only). */
  enableAutoMerge: (nodeId: string, mergeMethod: string) =>
    mutationOperation<{
      enablePullRequestAutoMerge: { pullRequest: { autoMergeRequest: { mergeMethod: string } | null } | null } | null
    }>(AUTO_MERGE, { pullRequestId: nodeId, mergeMethod }),
  /** Its merge state now (GraphQL: `mergeStateStatus` and the review decision); null when the id names no pull request. */
  mergeState: (nodeId: string): Operation<PullMergeState | null> => {
    const read = queryOperation<{ node: Partial<PullMergeState> | null }>(MERGE_STATE, { pullRequestId: nodeId })
    return {
      kind: read.kind,
      send: async (client, repository) => {
        const { node } = await read.send(client, repository)
        return node?.mergeStateStatus ? (node as PullMergeState) : null
      },
    }
  },
  /**
   * Merges it with `method`, only while its head is `sha`: GitHub answers 409 when the branch
   * moved, 405 when the merge is not allowed (a review or a check required, a conflict, the method off).
   */
  merge: (number: number, sha: string, method: AutoMergeMethod) =>
    restOperation('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', { pull_number: number, sha, merge_method: method }),
  /** Makes an open pull request a draft again (GraphQL only; REST cannot). */
  convertToDraft: (nodeId: string) =>
    mutationOperation<{ convertPullRequestToDraft: { pullRequest: { isDraft: boolean } | null } | null }>(TO_DRAFT, {
      pullRequestId: nodeId,
    }),
}
