import { redact } from './shared/redact.js'
import { creditPages, createContributorProvider, type ContributorKind } from './credit/create-provider.js'
import { webUrlFor } from './credit/github-provider.js'
import { createFsSourceTree } from './discover/fs-source-tree.js'
import { isLanguageSelected, parseLanguageSelection } from './discover/languages.js'
import { createGitHubClient, timingFromEnv, type ClientTiming } from './shared/github-client.js'
import { pageLanguage } from './shared/generated-paths.js'
import { keepSiteContributors } from './plan/keep-site-contributors.js'
import { planChanges, type ChangePlan } from './plan/plan-changes.js'
import { dryRunResult, planDiff } from './publish/dry-run.js'
import { GitHubSite } from './publish/github-site.js'
import { LocalSite } from './publish/local-site.js'
import type { PublishResult, Site } from './publish/site.js'
import { normalizeTargetPath } from './publish/target-path.js'
import { renderLearningPath } from './render/render-learning-path.js'
import { serializePage } from './render/serialize.js'
import { commitMessage, pullRequestBody } from './report/pull-request-body.js'
import type { SourceInfo } from './report/source-link.js'
import { renderSummary } from './report/summary.js'
import { UserError, type ContentWarning, type ContributorProvider, type Logger } from './shared/types.js'

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
  title: string
  labels: string[]
  reviewers: string[]
  draft: boolean
  dryRun: boolean
  failOnContributorError: boolean
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
  /** Pages whose contributor list could not be refreshed, and why. */
  contributorFailures: { path: string; reason: string }[]
}

/**
 * The engine the CLI and the action share: render → read the site → credit → plan → publish.
 * Any error leaves with the token removed from its message.
 */
export async function runSync(options: SyncOptions, deps: SyncDeps): Promise<SyncResult> {
  try {
    return await sync(options, deps)
  } catch (error) {
    if (!(error instanceof Error) || !options.token || !error.message.includes(options.token)) throw error
    const clean = redact(error.message, [options.token])
    throw error instanceof UserError ? new UserError(clean) : new Error(clean)
  }
}

async function sync(options: SyncOptions, deps: SyncDeps): Promise<SyncResult> {
  const { logger } = deps
  const timing = deps.timing ?? timingFromEnv()
  const targetPath = normalizeTargetPath(options.targetPath)
  const languages = parseLanguageSelection(options.languages)
  const site = deps.site ?? createSite(options, targetPath, timing, logger)

  // The site first: a wrong token, repository or branch fails before any rendering or GraphQL points.
  const snapshot = await logger.group('Read the site', () => site.load())
  logger.info(`site: ${snapshot.label}, ${snapshot.files.size} files under the target path`)

  const rendered = await logger.group('Render', () =>
    renderLearningPath(createFsSourceTree(options.sourceDir), {
      languages,
      sectionsFile: options.sectionsFile,
      urlsFile: options.urlsFile,
      strictTitles: options.strictTitles,
    }),
  )
  for (const w of rendered.warnings) logger.warning(w.message, { file: w.file, line: w.line })
  logger.info(`rendered ${rendered.pages.length} pages`)

  const credited = await logger.group('Credit contributors', async () => {
    const provider =
      deps.provider ??
      createContributorProvider(options.contributors, {
        sourceDir: options.sourceDir,
        token: options.token || undefined,
        apiUrl: options.apiUrl,
        repository: options.sourceRepository,
        ref: options.sourceRef,
        logger,
        timing,
      })
    return creditPages(rendered.pages, provider, logger)
  })

  const failures = credited.result.failures
  const failedPaths = new Set(failures.map((f) => f.path))
  if (failures.length > 0 && options.failOnContributorError) {
    throw new UserError(`contributor history unavailable for ${failures.length} file(s): ${failures.map((f) => f.path).join(', ')}`)
  }
  const kept = await keepSiteContributors(credited.pages, failedPaths, snapshot)
  const contributorFailures = credited.pages
    .filter((p) => p.creditPath !== null && failedPaths.has(p.creditPath))
    .map((p) => ({ path: p.path, reason: failures.find((f) => f.path === p.creditPath)?.reason ?? 'unknown' }))
  if (kept.kept.length) logger.warning(`contributor history unavailable; kept the site's current lists for: ${kept.kept.join(', ')}`)
  if (kept.empty.length) logger.warning(`contributor history unavailable for new pages, listed without contributors: ${kept.empty.join(', ')}`)

  const desired = new Map(kept.pages.map((page) => [page.path, serializePage(page)] as const))
  // Pages whose source was skipped (unreadable) are not this run's to delete.
  const keep = new Set(rendered.warnings.flatMap((w) => (w.keepsPage ? [w.keepsPage] : [])))
  const inScope = (p: string) => !keep.has(p) && isLanguageSelected(languages, pageLanguage(p))
  const plan = await logger.group('Plan', () => planChanges(desired, snapshot.files, { readCurrent: snapshot.read, inScope }))
  for (const p of plan.protected) {
    logger.warning(`left alone: no autogenerated marker (would have been ${p.wouldHave === 'update' ? 'updated' : 'deleted'})`, {
      file: site.repositoryPath(p.path),
    })
  }

  const source: SourceInfo = {
    repository: options.sourceRepository,
    ref: options.sourceRef,
    commit: options.sourceCommit,
    serverUrl: webUrlFor(options.apiUrl),
  }
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
        body: pullRequestBody(plan, source, targetPath),
        commitMessage: commitMessage(plan, source),
        complete: languages === 'all',
      }),
    )
  }
  const target = options.siteDir ?? options.targetRepository ?? 'the site'
  const summary = renderSummary({ result, plan, source, target, dryRun: options.dryRun, contributorFailures, warnings: rendered.warnings })
  return { ...result, dryRun: options.dryRun, ...(diff !== undefined ? { diff } : {}), summary, plan, warnings: rendered.warnings, contributorFailures }
}

function createSite(options: SyncOptions, targetPath: string, timing: ClientTiming, logger: Logger): Site {
  if (options.siteDir) return new LocalSite(options.siteDir)
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
    logger,
  })
}
