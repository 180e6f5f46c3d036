import { restOperation } from './operation.js'

/** What a pull request shares with issues: labels, comments, assignees, its milestone. */
export const issues = {
  addLabels: (number: number, labels: string[]) =>
    restOperation('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: number, labels }),
  comment: (number: number, body: string) =>
    restOperation('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: number, body }),
  addAssignees: (number: number, assignees: string[]) =>
    restOperation('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', { issue_number: number, assignees }),
  setMilestone: (number: number, milestone: number) =>
    restOperation('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: number, milestone }),
}
