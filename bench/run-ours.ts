// This action's engine, as the action runs it: runSync with the `github` contributor
// provider and a pull request on the site, octokit throttled with PRODUCTION_TIMING.
import { FAST_TIMING, PRODUCTION_TIMING } from '../src/github/timing.js'
import type { ChangePlan } from '../src/plan/plan-changes.js'
import { DEFAULT_OPTIONS, type SyncOptions } from '../src/shared/option-table.js'
import { runSync, type SyncResult } from '../src/sync.js'
import type { OursJob } from './jobs.js'
import { createPhaseLogger } from './phase-logger.js'

/** Runs the sync; `phases` holds the milliseconds each engine phase took. */
export async function runOurs(job: OursJob): Promise<{ result: SyncResult; phases: Record<string, number> }> {
  const { logger, phases } = createPhaseLogger()
  const options: SyncOptions = {
    ...DEFAULT_OPTIONS,
    source: {
      ...DEFAULT_OPTIONS.source,
      dir: job.sourceDir,
      sectionsFile: job.sectionsFile ?? DEFAULT_OPTIONS.source.sectionsFile,
      repository: job.sourceRepository,
      ref: job.sourceRef,
      commit: job.sourceCommit,
    },
    target: { ...DEFAULT_OPTIONS.target, repository: job.site, path: job.targetPath },
    // The action's defaults otherwise: no labels, no reviewers.
    pullRequest: { ...DEFAULT_OPTIONS.pullRequest, branch: job.branch },
    // The bench site starts without the pages folder: the first sync creates it.
    policy: { ...DEFAULT_OPTIONS.policy, failOnContributorError: true, createTargetPath: true },
  }
  const timing = job.timing === 'production' ? PRODUCTION_TIMING : FAST_TIMING
  const result = await runSync(options, { logger, github: { token: job.token, apiUrl: job.apiUrl }, timing })
  return { result, phases }
}

/** Pages the run rendered and planned: every desired page lands in exactly one of these. */
export function plannedPages(plan: ChangePlan): number {
  return plan.add.length + plan.update.length + plan.unchanged.length + plan.protected.filter((p) => p.wouldHave === 'update').length
}
