import type { RestDeps } from './deps.js'
import { registerRepoRoutes } from './repos.js'
import type { Router } from './router.js'

/** Every REST endpoint the local GitHub answers. */
export function registerRestRoutes(router: Router, deps: RestDeps): void {
  registerRepoRoutes(router, deps)
}
