import type { RestDeps } from './deps.js'
import { registerContentRoutes } from './contents.js'
import { registerGitObjectRoutes } from './git-objects.js'
import { registerRefRoutes } from './git-refs.js'
import { registerCommitListRoutes } from './commit-list.js'
import { registerIssueFieldRoutes } from './issue-fields.js'
import { registerIssueRoutes } from './issues.js'
import { registerMilestoneRoutes } from './milestones.js'
import { registerPullRoutes } from './pulls.js'
import { registerRepoRoutes } from './repos.js'
import type { Router } from './router.js'

/** Every REST endpoint the local GitHub answers. */
export function registerRestRoutes(router: Router, deps: RestDeps): void {
  registerRepoRoutes(router, deps)
  registerRefRoutes(router, deps)
  registerGitObjectRoutes(router, deps)
  registerContentRoutes(router, deps)
  registerPullRoutes(router, deps)
  registerIssueRoutes(router, deps)
  registerIssueFieldRoutes(router, deps)
  registerMilestoneRoutes(router, deps)
  registerCommitListRoutes(router, deps)
}
