// What users of pull-request actions expect besides labels and reviewers: assignees, a
// milestone, a pull request that stays a draft (the branch that goes away with its empty pull
// request is github-branch.ts's; auto-merge and merging are merge-when-ready.ts's). None of them may fail a sync whose pages were
// published: a refusal is one warning.
import type { Logger } from '../shared/logger.js'
import type { GitHubRepoApi } from '../github/repository-api.js'
import { issues } from '../github/issues.js'
import { pulls } from '../github/pulls.js'
import type { OpenPull } from './github-pull.js'

import type { SyncOptions } from '../shared/option-table.js'

/** What the pull request has after the run, for the outputs. */
export interface PullSettingsState {
  assignees: string[]
  milestone: number | null
  /** The merge method auto-merge is on with; null when it is off. */
  autoMerge: string | null
  draft: boolean
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]

/**
 * Assignees and milestone, on a new pull request only (as reviewers are): afterwards they are
 * the maintainers' to change. GitHub silently skips users who cannot be assigned; they are
 * named in one warning.
 */
export async function assignNewPull(
  api: GitHubRepoApi,
  number: number,
  settings: Pick<SyncOptions['pullRequest'], 'assignees' | 'milestone'>,
  logger: Logger,
): Promise<Pick<PullSettingsState, 'assignees' | 'milestone'>> {
  const state: Pick<PullSettingsState, 'assignees' | 'milestone'> = { assignees: [], milestone: null }
  if (settings.assignees.length > 0) {
    try {
      const issue = await api.call('add assignees', issues.addAssignees(number, [...settings.assignees]))
      state.assignees = (issue.assignees ?? []).map((u) => u.login)
      const skipped = settings.assignees.filter((a) => !state.assignees.some((b) => b.toLowerCase() === a.toLowerCase()))
      if (skipped.length > 0)
        logger.warning(`GitHub did not assign ${skipped.join(', ')}: only users with access to ${api.fullName} can be assigned`)
    } catch (error) {
      logger.warning(`could not assign ${settings.assignees.join(', ')}: ${message(error)}`)
    }
  }
  if (settings.milestone !== undefined) {
    const milestone = settings.milestone
    try {
      const issue = await api.call('set the milestone', issues.setMilestone(number, milestone))
      state.milestone = issue.milestone?.number ?? null
    } catch (error) {
      logger.warning(`could not set milestone ${milestone} (does it exist and is it open?): ${message(error)}`)
    }
  }
  return state
}

/** Makes an open pull request a draft again (GraphQL only; REST cannot). Returns whether it is one now. */
export async function convertToDraft(api: GitHubRepoApi, pull: OpenPull, logger: Logger): Promise<boolean> {
  try {
    const answer = await api.call('convert the pull request to a draft', pulls.convertToDraft(pull.nodeId))
    return answer.convertPullRequestToDraft?.pullRequest?.isDraft === true
  } catch (error) {
    logger.warning(`could not make pull request #${pull.number} a draft again: ${message(error)}`)
    return false
  }
}
