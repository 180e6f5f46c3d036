// The engine the CLI and the action share: one run through the stages, each adding its part.
import { startCredit, creditPages } from './credit/credit-stage.js'
import { loadSources } from './discover/load-sources.js'
import { createFsSourceTree } from './discover/fs-source-tree.js'
import { webUrlFor } from './github/api-url.js'
import { healthStage } from './health/health-stage.js'
import { languagesLeftOut } from './health/language-check.js'
import { englishHistoryPaths } from './health/translation-pairs.js'
import { planStage } from './plan/plan-stage.js'
import { publishStage } from './publish/publish-stage.js'
import { createSite, readSite } from './publish/read-site.js'
import { normalizeTargetPath } from './publish/target-path.js'
import { renderStage } from './render/render-stage.js'
import { checkBodyTemplate } from './report/body-template.js'
import { publishTexts, runReport, syncResult, type SyncResult } from './report/run-report.js'
import type { SyncOptions } from './shared/option-table.js'
import { redact } from './shared/redact.js'
import type { RunContext } from './shared/run-context.js'
import { OptionError, UserError } from './shared/user-error.js'

export { loadSources, type LoadedSources } from './discover/load-sources.js'
export { renderSources } from './render/render-stage.js'
export type { SyncResult } from './report/run-report.js'

/**
 * The engine the CLI and the action share: the options by stage, and the context (logger,
 * GitHub connection, timing). Any error leaves with the token removed from its message.
 */
export async function runSync(options: SyncOptions, context: RunContext): Promise<SyncResult> {
  try {
    return await sync(options, context)
  } catch (error) {
    const { token } = context.github
    if (!(error instanceof Error) || !token) throw error
    const clean = (text: string) => redact(text, [token])
    // Any form of the token (a line of it, its base64), not only the whole.
    if (clean(error.message) === error.message) throw error
    if (error instanceof OptionError) throw new OptionError(error.option, clean(error.problem))
    throw error instanceof UserError ? new UserError(clean(error.message)) : new Error(clean(error.message))
  }
}

/**
 * load config → discover → (the history read starts in the background) → read the site →
 * render → credit → health → plan → publish → report. The GraphQL history waits on nothing but
 * discovery, so the site read and rendering hide behind its latency.
 */
async function sync(options: SyncOptions, context: RunContext): Promise<SyncResult> {
  const { logger } = context
  const { source, health: healthOptions, policy } = options
  const targetPath = normalizeTargetPath(options.target.path)
  if (options.pullRequest.bodyTemplate !== undefined) checkBodyTemplate(options.pullRequest.bodyTemplate)
  const site = createSite(options, context)
  const tree = createFsSourceTree(source.dir)
  const loaded = await loadSources(tree, source)
  // A run limited to translations also reads their English articles' history: the stale check compares the two.
  const credit = await startCredit(tree, loaded.sources, englishHistoryPaths(loaded.sources, loaded.languages), options, context)
  if (credit.file) logger.info(`contributors file: ${credit.file.file}`)

  const read = await logger.group('Read the site', () => readSite(site, options, context))
  const rendered = await logger.group('Render', () => renderStage(loaded, source, logger, { countLine: true }))
  const leftOut = languagesLeftOut(rendered.pages, read.siteLanguages, healthOptions.unconfiguredLanguages)
  const scope = { leftOut, site: read.snapshot, policy, options, context }
  const credited = await logger.group('Credit contributors', () => creditPages(credit, rendered.pages, scope))
  const health = await logger.group('Content health', () =>
    Promise.resolve(healthStage({ loaded, rendered, credited, site: read }, healthOptions, logger)),
  )
  const plan = await logger.group('Plan', () => planStage({ loaded, rendered, credited, leftOut, site: read }, healthOptions, logger))
  const report = runReport({ plan, rendered, credited, health: health.report, targetPath }, options, webUrlFor(context.github.apiUrl))
  const texts = () => publishTexts(report, options.pullRequest)
  const published = await publishStage(
    site,
    plan,
    { dryRun: policy.dryRun, complete: loaded.languages === 'all', source: report.source, texts },
    logger,
  )
  return syncResult(report, published)
}
