import type { RepositoryFacts } from '../github/repository-api.js'
import { UserError } from '../shared/user-error.js'

/**
 * Refuses a run that will write with a token GitHub lists as unable to push, before anything
 * else about the site is judged (a missing folder is no news to a token that may not write).
 * Only where GitHub tells: App installation tokens get no `permissions` and find out at the first write.
 */
export function refuseWithoutWrite(repository: string, permissions: RepositoryFacts['permissions']): void {
  if (!permissions || permissions.push !== false) return
  const has =
    Object.entries(permissions)
      .filter(([, on]) => on)
      .map(([name]) => name)
      .join(', ') || 'none'
  throw new UserError(
    `the token may not write to ${repository} (GitHub lists its permissions there as: ${has}): it needs Contents and Pull requests read and write permission there`,
  )
}
