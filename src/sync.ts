import { loadConfig } from './config/load.js'
import type { LearningPathConfig } from './config/types.js'
import { checkLanguagesExist } from './discover/check-languages.js'
import { creditedSources } from './discover/credited-sources.js'
import { discoverSources } from './discover/discover.js'
import { createFsSourceTree } from './discover/fs-source-tree.js'
import { isLanguageSelected, parseLanguageSelection, type LanguageSelection } from './discover/languages.js'
import type { DiscoveredSources } from './discover/types.js'
import { renderPages, type RenderOptions, type RenderResult } from './render/render-pages.js'
import { applyContributorsFile } from './credit/apply-contributors-file.js'
import { DEFAULT_CONTRIBUTORS_FILE, loadContributorsFile, type ContributorsFile } from './credit/contributors-file.js'
import { applyCredits } from './credit/credit-pages.js'
import { createContributorProvider } from './credit/create-provider.js'
import { identityHints } from './credit/identity-hints.js'
import { IdentityRules } from './credit/identity-rules.js'
import { listSourceCommits, type SourceChanges } from './credit/source-commits.js'
import { checkHealth, type HealthInput } from './health/check-health.js'
import { readSiteLanguages } from './health/site-languages.js'
import { englishHistoryPaths } from './health/translation-pairs.js'
import type { HealthReport, HealthResult } from './health/types.js'
import { keepSiteContributors } from './plan/keep-site-contributors.js'
import { planChanges, type ChangePlan } from './plan/plan-changes.js'
import { dryRunResult, planDiff } from './publish/dry-run.js'
import { GitHubSite } from './publish/github-site.js'
import { LocalSite } from './publish/local-site.js'
import type { AutoMergeMethod } from './shared/pull-request-options.js'
import type { PublishResult, Site, SiteSnapshot } from './publish/site.js'
import { normalizeTargetPath } from './publish/target-path.js'
import { checkBodyTemplate } from './report/body-template.js'
import { commitMessage, pullRequestBody } from './report/pull-request-body.js'
import type { ContributorCredits } from './report/report-parts.js'
import type { SourceInfo } from './report/source-link.js'
import { stalePerLanguage } from './report/health-report.js'
import { renderSummary } from './report/summary.js'
import type { ContributorKind } from './shared/contributor-kind.js'
import { webUrlFor } from './shared/github-api.js'
import { createGitHubClient, timingFromEnv, type ClientTiming } from './shared/github-client.js'
import { deferredLogger } from './shared/deferred-logger.js'
import type { Logger } from './shared/logger.js'
import { pageLanguage } from './shared/page-paths.js'
import { redact } from './shared/redact.js'
import type { SourceTree } from './shared/source-tree.js'
import { keptByContentErrors, keptNote } from './shared/content-errors.js'
import { SYNC_DEFAULTS } from './shared/sync-defaults.js'
import type { ContentError, ContentWarning, ContributorProvider, CreditResult, RenderedPage } from './shared/types.js'
import { OptionError, UserError } from './shared/user-error.js'

/** Everything a sync needs, named like the action's inputs (camelCase). */
export interface SyncOptions {
  sourceDir: string
  sectionsFile?: string
  urlsFile?: string
  /** `all`, `en`, or a comma-separated list. */
  languages: string
  strictTitles?: boolean
  contributors: ContributorKind
  /** OWNER/NAME of the Learning Path repository (history and the PR's source link). */
  sourceRepository: string
  sourceRef: string
  sourceCommit?: string
  /** OWNER/NAME of the website repository. Ignored when `siteDir` is set. */
  targetRepository?: string
  /** A pages folder on disk to sync instead of a pull request (the CLI's `--out`). */
  siteDir?: string
  targetPath: string
  base?: string
  branch: string
  /** Replace the sync branch even when it holds commits the sync did not make. */
  forceBranch?: boolean
  title: string
  labels: string[]
  reviewers: string[]
  /** `always-true`: a draft when opened, and made one again whenever the sync pushes to it. */
  draft: boolean | 'always-true'
  /** Users assigned when the pull request is opened. */
  assignees?: string[]
  /** Milestone number set when the pull request is opened. */
  milestone?: number
  /** The sync commit's message (the sync trailer is always added); default: one naming the source. */
  commitMessage?: string
  /** The pull request body with `{{placeholders}}`; default DEFAULT_BODY_TEMPLATE. */
  bodyTemplate?: string
  /** Auto-merge turned on with this method when the pull request is opened, or later found off. */
  autoMerge?: AutoMergeMethod
  /** Delete the sync branch when its pull request is closed as empty. */
  deleteBranch?: boolean
  /** The contributors file, relative to the sources; default `.github/learning-path-contributors.yml` (optional there). */
  contributorsFile?: string
  dryRun: boolean
  /** Create `targetPath` (or the `siteDir` folder) when it does not exist; else that is refused before any write. */
  createTargetPath?: boolean
  failOnContributorError: boolean
  /** The site's Hugo language configuration, when not in one of the usual files (repository path). */
  siteLanguagesFile?: string
  /** Pages in a language the site does not configure: `skip` (default) or `write`. */
  unconfiguredLanguages?: HealthInput['unconfiguredLanguages']
  /** Point translations' links to English section landing pages at the translated ones. */
  rewriteSectionLinks?: boolean
  /**
   * Whether a source file that fails its pages fails the run (after the rest is published).
   * The engine always publishes the rest and returns the errors; the entry points exit 1.
   */
  failOnContentError: boolean
  /** Each source file's render budget in ms (`render-timeout`, in seconds); default 10 s. A file past it fails its own pages. */
  renderTimeoutMs?: number
  /** A larger source file fails its own pages unrendered (`max-source-bytes`); default 2,000,000. */
  maxSourceBytes?: number
  token: string
  apiUrl: string
}

export interface SyncDeps {
  logger: Logger
  /** octokit spacing and retries; default from the environment (production unless told). */
  timing?: ClientTiming
  /** A ready site (tests); default: GitHub from the options, or the local folder. */
  site?: Site
  /** A ready contributor provider (tests); default from `options.contributors`. */
  provider?: ContributorProvider
}

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
 * The engine the CLI and the action share. Any error leaves with the token removed from its
 * message.
 */
export async function runSync(options: SyncOptions, deps: SyncDeps): Promise<SyncResult> {
  try {
    return await sync(options, deps)
  } catch (error) {
    if (!(error instanceof Error) || !options.token) throw error
    const clean = (text: string) => redact(text, [options.token])
    // Any form of the token (a line of it, its base64), not only the whole.
    if (clean(error.message) === error.message) throw error
    if (error instanceof OptionError) throw new OptionError(error.option, clean(error.problem))
    throw error instanceof UserError ? new UserError(clean(error.message)) : new Error(clean(error.message))
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
  options: { languages: string; sectionsFile?: string; urlsFile?: string; maxSourceBytes?: number },
): Promise<LoadedSources> {
  const languages = parseLanguageSelection(options.languages)
  const config = await loadConfig(tree, { sectionsFile: options.sectionsFile, urlsFile: options.urlsFile })
  const sources = await discoverSources(tree, config, { languages, maxSourceBytes: options.maxSourceBytes })
  checkLanguagesExist(languages, sources)
  return { config, sources, languages }
}

/** Load config → discover → render, for callers that only want the pages (the render command, tests). */
export async function renderSources(
  tree: SourceTree,
  options: {
    languages?: string
    sectionsFile?: string
    urlsFile?: string
    strictTitles?: boolean
    renderTimeoutMs?: number
    maxSourceBytes?: number
    pool?: RenderOptions['pool']
  } = {},
): Promise<RenderResult> {
  const { config, sources, languages } = await loadSources(tree, { ...options, languages: options.languages ?? 'all' })
  const { strictTitles = false, renderTimeoutMs, pool } = options
  return renderPages(config, sources, { languages, strictTitles, renderTimeoutMs, pool })
}

/**
 * load config → discover → (the history read starts in the background) → read the site →
 * render → credit → health → plan → publish → report. The GraphQL history waits on nothing but
 * discovery, so the site read and rendering hide behind its latency.
 */
async function sync(options: SyncOptions, deps: SyncDeps): Promise<SyncResult> {
  const { logger } = deps
  const timing = deps.timing ?? timingFromEnv()
  const targetPath = normalizeTargetPath(options.targetPath)
  if (options.bodyTemplate !== undefined) checkBodyTemplate(options.bodyTemplate)
  // The history is read in the background of the other groups: its lines wait for its own group.
  const creditLog = deferredLogger(logger)
  const site = deps.site ?? createSite(options, targetPath, timing, logger)
  const tree = createFsSourceTree(options.sourceDir)
  // Read first: the provider applies its aliases and exclusions while it credits.
  const contributorsFile = await loadContributorsFile(tree, options.contributorsFile)
  if (contributorsFile) logger.info(`contributors file: ${contributorsFile.file}`)
  const provider = deps.provider ?? createProvider(options, timing, creditLog, contributorsFile)

  const { config, sources, languages } = await loadSources(tree, options)
  // The history is the longest chain of requests: it starts first and runs under everything else.
  // A run limited to translations also reads their English articles' history: the stale check compares the two.
  const historyRead = background(provider.credit([...creditedSources(sources), ...englishHistoryPaths(sources, languages)]))

  // The site before rendering: a wrong token, repository or branch, a token GitHub lists
  // without write permission, or a missing target folder fails before any page is made. Its
  // few reads finish long before the history's, so waiting here costs no time.
  const snapshot = await logger.group('Read the site', async () => {
    await site.check({ willWrite: !options.dryRun })
    const read = await site.load()
    logger.info(`site: ${read.label}, ${read.files.size} files under the target path`)
    return read
  })
  const rendered = await logger.group('Render', async () => {
    const result = await renderPages(config, sources, {
      languages,
      strictTitles: options.strictTitles ?? false,
      renderTimeoutMs: options.renderTimeoutMs,
    })
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
    runHealth(sources, credited.pages, credited.history, snapshot, options, provider.kind, logger),
  )

  // Histories read only for the stale check (English articles of a translations-only run) credit no page here.
  const creditPaths = new Set(rendered.pages.map((page) => page.creditPath))
  const pageHistory = { ...credited.history, failures: credited.history.failures.filter((failure) => creditPaths.has(failure.path)) }
  const { pages, contributorFailures } = await keepListsOfFailedCredits(health.pages, pageHistory, snapshot, options, logger)
  const credits: ContributorCredits = {
    file: contributorsFile?.file ?? (options.contributorsFile?.trim() || DEFAULT_CONTRIBUTORS_FILE),
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

  const source: SourceInfo = {
    repository: options.sourceRepository,
    ref: options.sourceRef,
    commit: options.sourceCommit,
    serverUrl: webUrlFor(options.apiUrl),
  }
  const sourceChanges = await changesSincePreviousSync(snapshot, options, provider.kind, timing, logger)
  let result: PublishResult
  let diff: string | undefined
  if (options.dryRun) {
    result = dryRunResult(plan, (p) => site.repositoryPath(p))
    diff = planDiff(plan, (p) => site.repositoryPath(p))
  } else {
    result = await logger.group('Publish', () =>
      site.publish({
        plan,
        title: options.title,
        body: pullRequestBody({
          plan,
          source,
          targetPath,
          warnings: rendered.warnings,
          credits,
          sourceChanges,
          health: health.report,
          template: options.bodyTemplate,
          contentErrors: rendered.errors,
        }),
        commitMessage: commitMessage(plan, source, options.commitMessage),
        complete: languages === 'all',
      }),
    )
  }
  const target = options.siteDir ?? options.targetRepository ?? 'the site'
  const contentErrors = rendered.errors
  const summary = renderSummary({
    result,
    plan,
    source,
    target,
    dryRun: options.dryRun,
    contributorFailures,
    warnings: rendered.warnings,
    health: health.report,
    contentErrors,
    failOnContentError: options.failOnContentError,
    credits,
    sourceChanges,
  })
  return {
    ...result,
    dryRun: options.dryRun,
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
  kind: ContributorKind,
  timing: ClientTiming,
  logger: Logger,
): Promise<SourceChanges | undefined> {
  const previous = snapshot.previousSync
  if (previous === undefined) return undefined
  if (previous === null || previous.sourceCommit === null || previous.repository.toLowerCase() !== options.sourceRepository.toLowerCase()) {
    return { previous: null, commits: null }
  }
  if (previous.sourceCommit === options.sourceCommit) return { previous: previous.sourceCommit, commits: [] }
  const listed = await listSourceCommits(previous.sourceCommit, {
    kind,
    sourceDir: options.sourceDir,
    repository: options.sourceRepository,
    until: options.sourceCommit ?? options.sourceRef,
    token: options.token || undefined,
    apiUrl: options.apiUrl,
    timing,
    logger,
  })
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
  options: SyncOptions,
  kind: ContributorKind,
  logger: Logger,
): Promise<HealthResult> {
  const siteLanguages = await readSiteLanguages(snapshot.readSiteFile, options.siteLanguagesFile || undefined)
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
    unconfiguredLanguages: options.unconfiguredLanguages ?? 'skip',
    rewriteSectionLinks: options.rewriteSectionLinks ?? false,
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
export async function writePagesFolder(folder: string, pages: readonly RenderedPage[]): Promise<FolderWriteReport> {
  const site = new LocalSite(folder, { createTargetPath: true })
  const snapshot = await site.load()
  const plan = await planChanges(pages, snapshot.files, { readCurrent: (p) => snapshot.read(p), inScope: () => false })
  await site.publish({ plan, title: '', body: '', commitMessage: '', complete: false })
  return {
    written: [...plan.add, ...plan.update].map((page) => page.path).sort(),
    unchanged: plan.unchanged,
    protected: plan.protected.map((page) => page.path),
  }
}

/**
 * A page whose history could not be read keeps the list the site shows today (a GitHub
 * hiccup never empties a list), unless the options say such a failure fails the run.
 */
async function keepListsOfFailedCredits(
  credited: RenderedPage[],
  history: CreditResult,
  snapshot: SiteSnapshot,
  options: SyncOptions,
  logger: Logger,
): Promise<{ pages: RenderedPage[]; contributorFailures: SyncResult['contributorFailures'] }> {
  const failures = history.failures
  if (failures.length > 0 && options.failOnContributorError) {
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

function createProvider(options: SyncOptions, timing: ClientTiming, logger: Logger, file: ContributorsFile | null): ContributorProvider {
  return createContributorProvider(options.contributors, {
    rules: IdentityRules.fromFile(file),
    sourceDir: options.sourceDir,
    token: options.token || undefined,
    apiUrl: options.apiUrl,
    repository: options.sourceRepository,
    ref: options.sourceRef,
    logger,
    timing,
  })
}

function createSite(options: SyncOptions, targetPath: string, timing: ClientTiming, logger: Logger): Site {
  if (options.siteDir) return new LocalSite(options.siteDir, { createTargetPath: options.createTargetPath })
  if (!options.targetRepository) throw new UserError('no target: give the target repository (OWNER/NAME) or a site folder')
  // A dry run only reads, which works without a token on a public repository.
  if (!options.token && !options.dryRun) {
    throw new UserError(`no token: a sync to ${options.targetRepository} needs a token (GITHUB_TOKEN or the token input)`)
  }
  return new GitHubSite({
    client: createGitHubClient({ token: options.token, baseUrl: options.apiUrl, timing, logger, purpose: 'write' }),
    repository: options.targetRepository,
    targetPath,
    base: options.base,
    branch: options.branch,
    labels: options.labels,
    reviewers: options.reviewers,
    draft: options.draft,
    assignees: options.assignees,
    milestone: options.milestone,
    autoMerge: options.autoMerge,
    deleteBranch: options.deleteBranch,
    forceBranch: options.forceBranch ?? SYNC_DEFAULTS.forceBranch,
    logger,
    readPullEarly: !options.dryRun,
    anonymous: !options.token,
    createTargetPath: options.createTargetPath,
  })
}
