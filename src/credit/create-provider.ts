import type { ClientTiming } from '../shared/github-client.js'
import type { ContributorProvider } from '../shared/types.js'
import { GitContributorProvider } from './git-provider.js'
import { GitHubContributorProvider } from './github-provider.js'
import { NoContributorProvider } from './none-provider.js'
import type { IdentityRules } from './identity-rules.js'
import { type Logger } from '../shared/logger.js'
import { OptionError } from '../shared/user-error.js'
import { CONTRIBUTOR_KINDS, type ContributorKind } from '../shared/contributor-kind.js'

export { GitHubContributorProvider } from './github-provider.js'

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
  /** Aliases and exclusions of the contributors file; every provider applies them. */
  rules?: IdentityRules
}

export function createContributorProvider(kind: ContributorKind, options: ContributorProviderOptions): ContributorProvider {
  switch (kind) {
    case 'none':
      return new NoContributorProvider()
    case 'git':
      return new GitContributorProvider({ sourceDir: options.sourceDir, logger: options.logger, rules: options.rules })
    case 'github':
      if (!options.token)
        throw new OptionError(
          'contributors',
          'github needs a token to read the commit history: give one (GITHUB_TOKEN for the CLI, the token input for the action)',
        )
      if (!options.repository)
        throw new OptionError('contributors', 'github needs the source repository: set source-repository to OWNER/NAME')
      return new GitHubContributorProvider({
        token: options.token,
        apiUrl: options.apiUrl,
        repository: options.repository,
        ref: options.ref,
        logger: options.logger,
        timing: options.timing,
        rules: options.rules,
      })
    default:
      throw new OptionError('contributors', `unknown provider '${kind as string}': use ${CONTRIBUTOR_KINDS.join(', ')}`)
  }
}
