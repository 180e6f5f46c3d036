import { UserError } from '../shared/user-error.js'

/**
 * The sync never writes to the base branch. Checked as soon as the base is known (from the
 * options, then from the repository's default branch) and once more right before a ref moves.
 */
export function refuseBaseBranch(branch: string, base: string, repository: string): void {
  if (branch === base) {
    throw new UserError(
      `the sync branch '${branch}' is the base branch of ${repository}: choose another branch, the sync never writes to the base`,
    )
  }
}
