// The site before rendering: a wrong token, repository or branch, a token GitHub lists without
// write permission, or a missing target folder fails before any page is made. Its few reads
// finish long before the history's, so waiting for them costs no time.
import { readSiteLanguages } from '../health/site-languages.js'
import type { SiteLanguages } from '../health/types.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { RunContext } from '../shared/run-context.js'
import { UserError } from '../shared/user-error.js'
import { GitHubSite } from './github-site.js'
import { LocalSite } from './local-site.js'
import type { Site, SiteSnapshot } from './site.js'

/** The target the options name: a folder on disk or the website repository on GitHub. */
export function createSite(options: SyncOptions, context: RunContext): Site {
  const { target, policy } = options
  if (target.siteDir) return new LocalSite(target.siteDir, { createTargetPath: policy.createTargetPath })
  if (!target.repository) throw new UserError('no target: give the target repository (OWNER/NAME) or a site folder')
  // A dry run only reads, which works without a token on a public repository.
  if (!context.github.token && !policy.dryRun) {
    throw new UserError(`no token: a sync to ${target.repository} needs a token (GITHUB_TOKEN or the token input)`)
  }
  return new GitHubSite(options, context)
}

/** The site as the later stages read it: the target, its files under the target path, its languages. */
export interface SiteRead {
  site: Site
  snapshot: SiteSnapshot
  /** The site's Hugo language configuration (one request at most). */
  siteLanguages: SiteLanguages
}

export async function readSite(site: Site, options: Pick<SyncOptions, 'policy' | 'health'>, context: RunContext): Promise<SiteRead> {
  await site.check({ willWrite: !options.policy.dryRun })
  const snapshot = await site.load()
  context.logger.info(`site: ${snapshot.label}, ${snapshot.files.size} files under the target path`)
  const siteLanguages = await readSiteLanguages(snapshot.readSiteFile, options.health.siteLanguagesFile)
  return { site, snapshot, siteLanguages }
}
