import { mutationOperation, restOperation, type Operation, type RouteData, type RouteParameters } from './operation.js'

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
  /** Makes an open pull request a draft again (GraphQL only; REST cannot). */
  convertToDraft: (nodeId: string) =>
    mutationOperation<{ convertPullRequestToDraft: { pullRequest: { isDraft: boolean } | null } | null }>(TO_DRAFT, {
      pullRequestId: nodeId,
    }),
}
