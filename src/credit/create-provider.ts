import type { ClientTiming } from '../shared/github-client.js'
import type { ContributorProvider, Logger } from '../shared/types.js'
import { UserError } from '../shared/types.js'
import { GitContributorProvider } from './git-provider.js'
import { GitHubContributorProvider } from './github-provider.js'
import { NoContributorProvider } from './none-provider.js'

export { creditPages } from './credit-pages.js'
export { GitHubContributorProvider } from './github-provider.js'

export type ContributorKind = 'none' | 'git' | 'github'

export interface ContributorProviderOptions {
  /** The source checkout; the `git` provider reads its log. */
  sourceDir: string
  token?: string
  /** GitHub REST API root (GITHUB_API_URL); default https://api.github.com. */
  apiUrl?: string
  /** `OWNER/NAME` of the source repository (the `github` provider needs it). */
  repository?: string
  /** Default `main`. */
  ref?: string
  logger: Logger
  timing?: ClientTiming
}

export function createContributorProvider(kind: ContributorKind, options: ContributorProviderOptions): ContributorProvider {
  switch (kind) {
    case 'none':
      return new NoContributorProvider()
    case 'git':
      return new GitContributorProvider({ sourceDir: options.sourceDir, logger: options.logger })
    case 'github':
      if (!options.token) throw new UserError('--contributors github needs a token: set GITHUB_TOKEN (or the token input)')
      if (!options.repository) throw new UserError('--contributors github needs the source repository: --source-repository OWNER/NAME')
      return new GitHubContributorProvider({
        token: options.token,
        apiUrl: options.apiUrl,
        repository: options.repository,
        ref: options.ref,
        logger: options.logger,
        timing: options.timing,
      })
    default:
      throw new UserError(`unknown contributors provider '${kind as string}': use none, git or github`)
  }
}
