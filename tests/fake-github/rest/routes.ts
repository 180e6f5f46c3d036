import type { RestDeps } from './deps.js'
import { registerContentRoutes } from './contents.js'
import { registerGitObjectRoutes } from './git-objects.js'
import { registerRefRoutes } from './git-refs.js'
import { registerCommitListRoutes } from './commit-list.js'
import { registerIssueFieldRoutes } from './issue-fields.js'
import { registerIssueListRoutes } from './issue-list.js'
import { registerIssueRoutes } from './issues.js'
import { registerLabelRoutes } from './labels.js'
import { registerMergeRoutes } from './merge.js'
import { registerMilestoneRoutes } from './milestones.js'
import { registerProtectionRoutes } from './protection.js'
import { registerPullRoutes } from './pulls.js'
import { registerRepoRoutes } from './repos.js'
import { registerReviewRoutes } from './reviews.js'
import type { Router } from './router.js'
import { registerSearchRoutes } from './search.js'
import { registerStatusRoutes } from './statuses.js'

/** Every REST endpoint the local GitHub answers. The first route that matches answers. */
export function registerRestRoutes(router: Router, deps: RestDeps): void {
  registerRepoRoutes(router, deps)
  registerRefRoutes(router, deps)
  registerGitObjectRoutes(router, deps)
  // Before the contents routes: `branches/*branch` and `commits/*ref` would take these paths.
  registerProtectionRoutes(router, deps)
  registerStatusRoutes(router, deps)
  registerContentRoutes(router, deps)
  registerPullRoutes(router, deps)
  registerReviewRoutes(router, deps)
  registerMergeRoutes(router, deps)
  registerIssueListRoutes(router, deps)
  registerIssueRoutes(router, deps)
  registerIssueFieldRoutes(router, deps)
  registerLabelRoutes(router, deps)
  registerMilestoneRoutes(router, deps)
  registerCommitListRoutes(router, deps)
  registerSearchRoutes(router, deps)
}
