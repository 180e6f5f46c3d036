import type { PullState } from '../git/repo-store.js'
import type { FakePullRequest } from '../types.js'

/** A copy of a pull request's state for tests, detached from the server's. */
export function pullSnapshot(pull: PullState): FakePullRequest {
  return {
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    head: pull.head,
    base: pull.base,
    draft: pull.draft,
    labels: [...pull.labels],
    requestedReviewers: [...pull.requestedReviewers],
    requestedTeams: [...pull.requestedTeams],
    comments: pull.comments.map((c) => ({ ...c })),
    user: pull.user,
    createdAt: pull.createdAt,
    updatedAt: pull.updatedAt,
    closedAt: pull.closedAt,
  }
}
