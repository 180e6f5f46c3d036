import type { ContributorProvider } from '../shared/types.js'
import { GitContributorProvider } from './git-provider.js'
import { GitHubContributorProvider } from './github-provider.js'
import { NoContributorProvider } from './none-provider.js'
import type { IdentityRules } from './identity-rules.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { RunContext } from '../shared/run-context.js'
import { OptionError } from '../shared/user-error.js'
import { CONTRIBUTOR_KINDS, type ContributorKind } from '../shared/contributor-kind.js'

export { GitHubContributorProvider } from './github-provider.js'

/**
 * The provider the `contributors` option names. `git` reads the log of `source.dir`; `github`
 * the history of `source.repository` at `source.ref` with the context's token (read from the
 * checkout at `source.dir` when its HEAD is `source.commit`, or that ref). Every provider
 * applies the contributors file's aliases and exclusions (`rules`).
 */
export function createContributorProvider(
  kind: ContributorKind,
  source: Pick<SyncOptions['source'], 'dir' | 'repository' | 'ref'> & Partial<Pick<SyncOptions['source'], 'commit'>>,
  context: RunContext,
  rules?: IdentityRules,
): ContributorProvider {
  switch (kind) {
    case 'none':
    case 'keep':
      return new NoContributorProvider(kind)
    case 'git':
      return new GitContributorProvider(source, context.logger, rules)
    case 'github':
      if (!context.github.token)
        throw new OptionError('contributors', (name) => `github needs a token to read the commit history: set ${name('token')}`)
      return new GitHubContributorProvider(context, source, rules)
    default:
      throw new OptionError('contributors', `unknown provider '${kind as string}': use ${CONTRIBUTOR_KINDS.join(', ')}`)
  }
}
