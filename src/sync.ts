import { loadConfig } from './config/load.js'
import type { LearningPathConfig } from './config/types.js'
import { checkLanguagesExist } from './discover/check-languages.js'
import { creditedSources } from './discover/credited-sources.js'
import { discoverSources } from './discover/discover.js'
import { createFsSourceTree } from './discover/fs-source-tree.js'
import type { DiscoveredSources } from './discover/types.js'
import { renderPages, type RenderChoices, type RenderResult } from './render/render-pages.js'
import { applyContributorsFile } from './credit/apply-contributors-file.js'
import { loadContributorsFile } from './credit/contributors-file.js'
import { applyCredits } from './credit/credit-pages.js'
import { createContributorProvider } from './credit/create-provider.js'
import { identityHints } from './credit/identity-hints.js'
import { IdentityRules } from './credit/identity-rules.js'
import { listSourceCommits, resolveSourceCommit, type SourceChanges } from './credit/source-commits.js'
import { checkHealth } from './health/check-health.js'
import { readSiteLanguages } from './health/site-languages.js'
import { englishHistoryPaths } from './health/translation-pairs.js'
import type { HealthReport, HealthResult } from './health/types.js'
import { keepEverySiteList, keepSiteContributors } from './plan/keep-site-contributors.js'
import { planChanges, type ChangePlan } from './plan/plan-changes.js'
import { dryRunResult, planDiff } from './publish/dry-run.js'
import { GitHubSite } from './publish/github-site.js'
import { LocalSite } from './publish/local-site.js'
import type { PublishResult, Site, SiteSnapshot } from './publish/site.js'
import { normalizeTargetPath } from './publish/target-path.js'
import { checkBodyTemplate } from './report/body-template.js'
import { commitMessage, pullRequestBody } from './report/pull-request-body.js'
import type { ContributorCredits } from './report/report-parts.js'
import type { SourceInfo } from './report/source-link.js'
import { stalePerLanguage } from './report/health-report.js'
import { renderSummary } from './report/summary.js'
import { webUrlFor } from './github/api-url.js'
import { deferredLogger } from './shared/deferred-logger.js'
import type { Logger } from './shared/logger.js'
import { isLanguageSelected, type LanguageSelection } from './shared/language-selection.js'
import { DEFAULT_OPTIONS, type SyncOptions } from './shared/option-table.js'
import type { RunContext } from './shared/run-context.js'
import { pageLanguage } from './shared/page-paths.js'
import { redact } from './shared/redact.js'
import type { SourceTree } from './shared/source-tree.js'
import { keptByContentErrors, keptNote } from './shared/content-errors.js'
import type { ContributorKind } from './shared/contributor-kind.js'
import type { ContentError, ContentWarning, CreditResult, RenderedPage } from './shared/types.js'
import { OptionError, UserError } from './shared/user-error.js'

export interface SyncResult extends PublishResult {
  dryRun: boolean
  /** The unified diff of the plan (dry runs only). */
  diff?: string
  /** Markdown: outcome, counts, the change table, contributor failures, content warnings. */
  summary: string
  plan: ChangePlan
  warnings: ContentWarning[]
  /** Source files that failed their pages (kept as the site has them); the rest was published. */
  contentErrors: ContentError[]
  /** Pages whose contributor list could not be refreshed, and why. */
  contributorFailures: { path: string; reason: string }[]
  /** The content health report: coverage, stale translations, site languages, links. */
  health: HealthReport
  /** What the contributors file changed, and names that may be one person. */
  credits: ContributorCredits
  /** The source commits since the previous sync; undefined when not looked for. */
  sourceChanges?: SourceChanges
}

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
    if (error instanceof OptionError) throw new OptionError(error.option, (name) => clean(error.problemIn(name)))
    throw error instanceof UserError ? new UserError((name) => clean(error.worded(name))) : new Error(clean(error.message))
  }
}

/** The sources as the first stages see them: the checked configuration and the files found. */
export interface LoadedSources {
  config: LearningPathConfig
  sources: DiscoveredSources
  languages: LanguageSelection
}

/** Load config → discover: everything about the sources that comes before rendering. */
export async function loadSources(
  tree: SourceTree,
  source: Pick<SyncOptions['source'], 'languages' | 'sectionsFile' | 'urlsFile' | 'maxSourceBytes'>,
): Promise<LoadedSources> {
  const config = await loadConfig(tree, source)
  const sources = await discoverSources(tree, config, source)
  checkLanguagesExist(source.languages, sources)
  return { config, sources, languages: source.languages }
}

/**
 * Load config → discover → render, for callers that only want the pages (the render command,
 * tests); unset options take their defaults. `pool` sets the render workers (tests, the bench).
 */
export async function renderSources(
  tree: SourceTree,
  options: Partial<SyncOptions['source']> & Pick<RenderChoices, 'pool'> = {},
): Promise<RenderResult> {
  const { pool, ...given } = options
  const source = { ...DEFAULT_OPTIONS.source, ...given }
  const { config, sources } = await loadSources(tree, source)
  return renderPages(config, sources, { ...source, pool })
}

/**
 * load config → discover → (the history read starts in the background) → read the site →
 * render → credit → health → plan → publish → report. The GraphQL history waits on nothing but
 * discovery, so the site read and rendering hide behind its latency.
 */
async function sync(options: SyncOptions, context: RunContext): Promise<SyncResult> {
  const { logger } = context
  const { source, target, pullRequest, credit, policy } = options
  const targetPath = normalizeTargetPath(target.path)
  if (pullRequest.bodyTemplate !== undefined) checkBodyTemplate(pullRequest.bodyTemplate)
  // The history is read in the background of the other groups: its lines wait for its own group.
  const creditLog = deferredLogger(logger)
  const site = createSite(options, context)
  const tree = createFsSourceTree(source.dir)
  // Read first: the provider applies its aliases and exclusions while it credits.
  const contributorsFile = await loadContributorsFile(tree, credit.file)
  if (contributorsFile) logger.info(`contributors file: ${contributorsFile.file}`)
  const rules = IdentityRules.fromFile(contributorsFile)
  const provider = createContributorProvider(credit.provider, source, { ...context, logger: creditLog }, rules)

  const { config, sources, languages } = await loadSources(tree, source)
  // The history is the longest chain of requests: it starts first and runs under everything else.
  // A run limited to translations also reads their English articles' history: the stale check compares the two.
  const historyRead = background(provider.credit([...creditedSources(sources), ...englishHistoryPaths(sources, languages)]))

  // The site before rendering: a wrong token, repository or branch, a token GitHub lists
  // without write permission, or a missing target folder fails before any page is made. Its
  // few reads finish long before the history's, so waiting here costs no time.
  const snapshot = await logger.group('Read the site', async () => {
    await site.check({ willWrite: !policy.dryRun })
    const read = await site.load()
    logger.info(`site: ${read.label}, ${read.files.size} files under the target path`)
    return read
  })
  const rendered = await logger.group('Render', async () => {
    const result = await renderPages(config, sources, source)
    for (const w of result.warnings) logger.warning(w.message, { file: w.file, line: w.line })
    for (const e of result.errors) logger.error(`${e.message}${keptNote(e)}`, { file: e.file, line: e.line })
    logger.info(
      `rendered ${result.pages.length} pages` +
        (result.errors.length ? `; ${result.errors.length} source file(s) failed, their pages are left as the site has them` : ''),
    )
    return result
  })
  const credited = await logger.group('Credit contributors', async () => {
    creditLog.open()
    const history = await historyRead
    const filed = applyContributorsFile(applyCredits(rendered.pages, history, provider.kind, logger), history, contributorsFile, logger)
    return { pages: filed.pages, history, rules: filed.rules }
  })
  const health = await logger.group('Content health', () =>
    runHealth(sources, credited.pages, credited.history, snapshot, options.health, provider.kind, logger),
  )

  // Histories read only for the stale check (English articles of a translations-only run) credit no page here.
  const creditPaths = new Set(rendered.pages.map((page) => page.creditPath))
  const pageHistory = { ...credited.history, failures: credited.history.failures.filter((failure) => creditPaths.has(failure.path)) }
  const { pages, contributorFailures } =
    credit.provider === 'keep'
      ? await keepEveryList(health.pages, snapshot, logger)
      : await keepListsOfFailedCredits(health.pages, pageHistory, snapshot, policy, logger)
  const credits: ContributorCredits = {
    file: contributorsFile?.file ?? credit.file,
    rules: credited.rules,
    hints: identityHints(pages.flatMap((p) => (p.contributors === null ? [] : [{ path: p.path, contributors: p.contributors }]))),
  }
  if (credits.hints.length > 0) {
    logger.info(
      `${credits.hints.length} pair(s) of contributor names may be one person; the summary lists them (an alias in ${credits.file} merges them)`,
    )
  }
  // Pages of a failed source file are neither written nor deleted: the site keeps them as they are;
  // nor are pages of a language the site cannot show.
  const kept = keptByContentErrors(rendered.errors)
  const inScope = (p: string) => !kept(p) && isLanguageSelected(languages, pageLanguage(p)) && !health.leftOut.has(pageLanguage(p))
  const plan = await logger.group('Plan', async () => {
    const planned = await planChanges(pages, snapshot.files, { readCurrent: (p) => snapshot.read(p), inScope })
    for (const p of planned.protected) {
      logger.warning(`left alone: no autogenerated marker (would have been ${p.wouldHave === 'update' ? 'updated' : 'deleted'})`, {
        file: site.repositoryPath(p.path),
      })
    }
    return planned
  })

  const sourceInfo: SourceInfo = {
    repository: source.repository,
    ref: source.ref,
    commit: await resolveSourceCommit(options, context),
    serverUrl: webUrlFor(context.github.apiUrl),
  }
  const sourceChanges = await changesSincePreviousSync(snapshot, options, context)
  let result: PublishResult
  let diff: string | undefined
  if (policy.dryRun) {
    result = { ...dryRunResult(plan, (p) => site.repositoryPath(p)), ...(await site.openPullRequest?.()) }
    diff = planDiff(plan, (p) => site.repositoryPath(p))
  } else {
    result = await logger.group('Publish', () =>
      site.publish({
        plan,
        title: pullRequest.title,
        body: pullRequestBody({
          plan,
          source: sourceInfo,
          targetPath,
          warnings: rendered.warnings,
          credits,
          sourceChanges,
          health: health.report,
          template: pullRequest.bodyTemplate,
          contentErrors: rendered.errors,
        }),
        commitMessage: commitMessage(plan, sourceInfo, pullRequest.commitMessage),
        source: sourceInfo,
        complete: languages === 'all',
      }),
    )
  }
  const contentErrors = rendered.errors
  const summary = renderSummary({
    result,
    plan,
    source: sourceInfo,
    target: target.siteDir ?? target.repository ?? 'the site',
    dryRun: policy.dryRun,
    contributorFailures,
    warnings: rendered.warnings,
    health: health.report,
    contentErrors,
    failOnContentError: policy.failOnContentError,
    credits,
    sourceChanges,
  })
  return {
    ...result,
    dryRun: policy.dryRun,
    ...(diff !== undefined ? { diff } : {}),
    summary,
    plan,
    warnings: rendered.warnings,
    contentErrors,
    contributorFailures,
    health: health.report,
    credits,
    ...(sourceChanges ? { sourceChanges } : {}),
  }
}

/**
 * The source commits since the sync commit the base branch last received, from its trailer.
 * Reads history only when there was a previous sync of these sources at another commit.
 */
async function changesSincePreviousSync(
  snapshot: SiteSnapshot,
  options: SyncOptions,
  context: RunContext,
): Promise<SourceChanges | undefined> {
  const previous = snapshot.previousSync
  const { source } = options
  if (previous === undefined) return undefined
  if (previous === null || previous.sourceCommit === null || previous.repository.toLowerCase() !== source.repository.toLowerCase()) {
    return { previous: null, commits: null }
  }
  if (previous.sourceCommit === source.commit) return { previous: previous.sourceCommit, commits: [] }
  const listed = await listSourceCommits(previous.sourceCommit, options, context)
  return { previous: previous.sourceCommit, commits: listed?.commits ?? null, ...(listed?.more ? { more: true } : {}) }
}

/**
 * The content health stage: the site's language configuration (one request at most), then the
 * pure checks over what the earlier stages produced. Its warnings are annotations with file and line.
 */
async function runHealth(
  sources: DiscoveredSources,
  pages: readonly RenderedPage[],
  history: CreditResult,
  snapshot: SiteSnapshot,
  options: SyncOptions['health'],
  kind: ContributorKind,
  logger: Logger,
): Promise<HealthResult> {
  const siteLanguages = await readSiteLanguages(snapshot.readSiteFile, options.siteLanguagesFile)
  if (siteLanguages.kind === 'none')
    logger.info(`site languages: no Hugo language configuration at the base commit, pages of every language are written`)
  if (siteLanguages.kind === 'unreadable')
    logger.warning(`site languages: ${siteLanguages.file} could not be read (${siteLanguages.reason}), pages of every language are written`)
  if (siteLanguages.kind === 'found') logger.info(`site languages (${siteLanguages.file}): ${siteLanguages.languages.join(', ')}`)
  const health = checkHealth({
    sources,
    pages,
    history: history.history,
    historyUnavailable: `contributors: ${kind} reads no commit history`,
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

/** What the render command's `--out` did to each page. */
export interface FolderWriteReport {
  /** Pages created or changed, sorted. */
  written: string[]
  /** Pages whose file already had exactly this content (left untouched). */
  unchanged: string[]
  /** Existing files without the autogenerated marker: hand-written, so never overwritten. */
  protected: string[]
}

/**
 * Writes pages into a folder through the same snapshot, plan and LocalSite as `sync --out`,
 * but never deletes: the plan's scope is empty, so a page the sources no longer have stays.
 */
export async function writePagesFolder(
  folder: string,
  pages: readonly RenderedPage[],
  { force = false, keepContributors = false }: { force?: boolean; keepContributors?: boolean } = {},
): Promise<FolderWriteReport> {
  const site = new LocalSite(folder, { createTargetPath: true, force })
  const snapshot = await site.load()
  // `contributors: keep`: the lists of the pages already in the folder.
  const desired = keepContributors ? (await keepEverySiteList(pages, snapshot)).pages : pages
  const plan = await planChanges(desired, snapshot.files, { readCurrent: (p) => snapshot.read(p), inScope: () => false })
  await site.publish({ plan, title: '', body: '', commitMessage: '', complete: false })
  return {
    written: [...plan.add, ...plan.update].map((page) => page.path).sort(),
    unchanged: plan.unchanged,
    protected: plan.protected.map((page) => page.path),
  }
}

/** `contributors: keep`: the site's lists as they are, none for new pages; no history was read, so nothing failed. */
async function keepEveryList(
  credited: RenderedPage[],
  snapshot: SiteSnapshot,
  logger: Logger,
): Promise<{ pages: RenderedPage[]; contributorFailures: SyncResult['contributorFailures'] }> {
  const kept = await keepEverySiteList(credited, snapshot)
  logger.info(`contributors: keep: ${kept.kept.length} page(s) keep the site's list, ${kept.empty.length} new page(s) list nobody`)
  return { pages: kept.pages, contributorFailures: [] }
}

/**
 * A page whose history could not be read keeps the list the site shows today (a GitHub
 * hiccup never empties a list), unless the options say such a failure fails the run.
 */
async function keepListsOfFailedCredits(
  credited: RenderedPage[],
  history: CreditResult,
  snapshot: SiteSnapshot,
  policy: Pick<SyncOptions['policy'], 'failOnContributorError'>,
  logger: Logger,
): Promise<{ pages: RenderedPage[]; contributorFailures: SyncResult['contributorFailures'] }> {
  const failures = history.failures
  if (failures.length > 0 && policy.failOnContributorError) {
    throw new UserError(`contributor history unavailable for ${failures.length} file(s): ${failures.map((f) => f.path).join(', ')}`)
  }
  const reasons = new Map(failures.map((f) => [f.path, f.reason] as const))
  const kept = await keepSiteContributors(credited, new Set(reasons.keys()), snapshot)
  const contributorFailures = credited
    .filter((p) => p.creditPath !== null && reasons.has(p.creditPath))
    .map((p) => ({ path: p.path, reason: reasons.get(p.creditPath!) ?? 'unknown' }))
  if (kept.kept.length) logger.warning(`contributor history unavailable; kept the site's current lists for: ${kept.kept.join(', ')}`)
  if (kept.empty.length)
    logger.warning(`contributor history unavailable for new pages, listed without contributors: ${kept.empty.join(', ')}`)
  return { pages: kept.pages, contributorFailures }
}

/**
 * A promise started now and awaited later: marked handled at once, so a failure while an
 * earlier stage still runs does not end the process as an unhandled rejection; the later
 * `await` still throws it.
 */
function background<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

function createSite(options: SyncOptions, context: RunContext): Site {
  const { target, policy } = options
  if (target.siteDir) return new LocalSite(target.siteDir, { createTargetPath: policy.createTargetPath, force: policy.force })
  if (!target.repository) throw new UserError('no target: give the target repository (OWNER/NAME) or a site folder')
  // A dry run only reads, which works without a token on a public repository.
  if (!context.github.token && !policy.dryRun) {
    throw new UserError((name) => `no token: a sync to ${target.repository} needs a token (${name('token')})`)
  }
  return new GitHubSite(options, context)
}
