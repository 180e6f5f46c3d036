import { restOperation, type Operation, type RouteData } from './operation.js'

/** An issue as the issue search lists it. */
export type SearchedIssue = RouteData<'GET /search/issues'>['items'][number]

/** What a pull request shares with issues (labels, comments, assignees, its milestone), and issues of their own. */
export const issues = {
  addLabels: (number: number, labels: string[]) =>
    restOperation('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: number, labels }),
  comment: (number: number, body: string) =>
    restOperation('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: number, body }),
  addAssignees: (number: number, assignees: string[]) =>
    restOperation('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', { issue_number: number, assignees }),
  setMilestone: (number: number, milestone: number) =>
    restOperation('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: number, milestone }),
  create: (title: string, body: string) => restOperation('POST /repos/{owner}/{repo}/issues', { title, body }),
  /** Title, body and state in one request; only the fields given change. */
  edit: (
    number: number,
    changes: {
      title?: string
      body?: string
      state?: 'open' | 'closed'
      state_reason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened'
    },
  ) => restOperation('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: number, ...changes }),
  /**
   * The repository's issues (open and closed, oldest first) whose body holds `phrase` word by
   * word, in order: one request of the search budget. GitHub's search ignores punctuation and
   * case, so the caller checks each body for the exact text.
   */
  searchBodies: (phrase: string): Operation<RouteData<'GET /search/issues'>> => ({
    kind: 'read',
    send: async (client, { owner, name }) => {
      const quoted = `"${phrase.replace(/"/g, ' ')}"`
      const q = `repo:${owner}/${name} is:issue in:body ${quoted}`
      return (await client.request('GET /search/issues', { q, sort: 'created', order: 'asc', per_page: 100 })).data
    },
  }),
}
