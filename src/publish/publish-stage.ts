import type { ChangePlan } from '../plan/plan-changes.js'
import type { Logger } from '../shared/logger.js'
import type { SyncSource } from '../shared/sync-trailer.js'
import { dryRunResult, planDiff } from './dry-run.js'
import type { PublishResult, Site } from './site.js'

/** The texts a publish sends: the pull request's title and body, the sync commit's message. */
export interface PublishTexts {
  title: string
  body: string
  commitMessage: string
}

/** What publishing did; a dry run writes nothing and returns the unified diff of the plan instead. */
export interface Published {
  result: PublishResult
  diff?: string
}

/**
 * Publishes the plan to the site (one pull request, or files on disk), or on a dry run only
 * says what it would do. `complete`: the plan covers every page (no language limit), so an
 * empty plan means the site caught up.
 */
export async function publishStage(
  site: Site,
  plan: ChangePlan,
  run: { dryRun: boolean; complete: boolean; source: SyncSource; texts: () => PublishTexts },
  logger: Logger,
): Promise<Published> {
  const repositoryPath = (p: string) => site.repositoryPath(p)
  if (run.dryRun) return { result: dryRunResult(plan, repositoryPath), diff: planDiff(plan, repositoryPath) }
  const result = await logger.group('Publish', () => site.publish({ plan, ...run.texts(), source: run.source, complete: run.complete }))
  return { result }
}
