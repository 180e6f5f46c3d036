// The content health stage: the pure checks over what the earlier stages produced, and their
// lines in the log. It only reports: the plan stage acts on what it finds.
import type { DiscoveredSources } from '../discover/types.js'
import type { CreditedPages } from '../credit/credit-stage.js'
import type { Logger } from '../shared/logger.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { RenderedPage } from '../shared/types.js'
import { checkHealth } from './check-health.js'
import { stalePerLanguage } from './stale.js'
import type { HealthResult, SiteLanguages } from './types.js'

/** What the health stage reads: the sources, the rendered pages, the history the credit stage read, the site. */
export interface HealthReads {
  loaded: { sources: DiscoveredSources }
  rendered: { pages: readonly RenderedPage[] }
  credited: Pick<CreditedPages, 'history' | 'kind'>
  /** The site's files and its Hugo language configuration, read with the site. */
  site: { snapshot: { files: ReadonlyMap<string, string> }; siteLanguages: SiteLanguages }
}

/** Checks the content; its warnings are annotations with file and line. */
export function healthStage(run: HealthReads, options: SyncOptions['health'], logger: Logger): HealthResult {
  const { siteLanguages, snapshot } = run.site
  if (siteLanguages.kind === 'none')
    logger.info(`site languages: no Hugo language configuration at the base commit, pages of every language are written`)
  if (siteLanguages.kind === 'unreadable')
    logger.warning(`site languages: ${siteLanguages.file} could not be read (${siteLanguages.reason}), pages of every language are written`)
  if (siteLanguages.kind === 'found') logger.info(`site languages (${siteLanguages.file}): ${siteLanguages.languages.join(', ')}`)
  const health = checkHealth({
    sources: run.loaded.sources,
    pages: run.rendered.pages,
    history: run.credited.history.history,
    historyUnavailable: `contributors: ${run.credited.kind} reads no commit history`,
    siteHas: (relPath) => snapshot.files.has(relPath),
    siteLanguages,
    unconfiguredLanguages: options.unconfiguredLanguages,
    rewriteSectionLinks: options.rewriteSectionLinks,
  })
  for (const w of health.warnings) logger.warning(w.message, { file: w.file, line: w.line })
  for (const m of health.report.languages.missingLandingPages)
    logger.warning(`site languages: ${m.language} is configured but the Learning Path has no ${m.path} landing page`)
  const { stale } = health.report
  if (stale.available) {
    const per = Object.entries(stalePerLanguage(stale.stale)).map(([language, count]) => `${language} ${count}`)
    logger.info(`stale translations: ${stale.stale.length} of ${stale.checked} compared${per.length ? ` (${per.join(', ')})` : ''}`)
  } else logger.info(`stale translations: not available (${stale.reason})`)
  return health
}
