import * as core from '@actions/core'
import { staleCount } from '../health/stale.js'
import type { SyncResult } from '../sync.js'
import { redact } from '../shared/redact.js'

/** The outputs action.yml declares, as strings (empty when not applicable). */
export function actionOutputs(result: SyncResult): Record<string, string> {
  return {
    operation: result.operation,
    'pull-request-number': result.pullRequestNumber === undefined ? '' : String(result.pullRequestNumber),
    'pull-request-url': result.pullRequestUrl ?? '',
    'head-sha': result.headSha ?? '',
    'changed-files': result.changedFiles.join('\n'),
    'added-count': String(result.counts.added),
    'updated-count': String(result.counts.updated),
    'deleted-count': String(result.counts.deleted),
    'unchanged-count': String(result.counts.unchanged),
    'protected-count': String(result.counts.protected),
    'contributor-failures': String(result.contributorFailures.length),
    'stale-translations': String(staleCount(result.health.stale) ?? ''),
    assignees: (result.assignees ?? []).join('\n'),
    milestone: result.milestone == null ? '' : String(result.milestone),
    'auto-merge': result.autoMerge ?? '',
    draft: result.draft === undefined ? '' : String(result.draft),
    'branch-deleted': String(result.branchDeleted === true),
  }
}

export function setActionOutputs(result: SyncResult, secrets: readonly string[]): void {
  for (const [name, value] of Object.entries(actionOutputs(result))) core.setOutput(name, redact(value, secrets))
}
