// The credit stage: everything about contributors. It starts as soon as the sources are known
// (the history is the longest chain of requests, so it runs under the site read and rendering),
// then credits the rendered pages: the provider's lists, the contributors file, the site's lists
// kept where a history failed, names that may be one person, and the source commits since the
// previous sync.
import { creditedSources } from '../discover/credited-sources.js'
import type { DiscoveredSources } from '../discover/types.js'
import type { ContributorKind } from '../shared/contributor-kind.js'
import { deferredLogger } from '../shared/deferred-logger.js'
import type { Logger } from '../shared/logger.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { RunContext } from '../shared/run-context.js'
import type { SourceTree } from '../shared/source-tree.js'
import type { ContributorProvider, CreditResult, RenderedPage } from '../shared/types.js'
import { UserError } from '../shared/user-error.js'
import { loadContributorsFile, type ContributorsFile } from './contributors-file.js'
import { createContributorProvider } from './create-provider.js'
import { applyCreditResult } from './credit-pages.js'
import { identityHints, type IdentityHint } from './identity-hints.js'
import { IdentityRules } from './identity-rules.js'
import { keepSiteContributors } from './keep-site-contributors.js'
import type { RuleReport } from './rule-report.js'
import { listSourceCommits, type SourceChanges } from './source-commits.js'

/** What the contributors file did and which names look like one person. */
export interface ContributorCredits {
  /** The contributors file's path (also when absent: the hints point to it). */
  file: string
  rules: RuleReport | null
  hints: IdentityHint[]
}

/** A page whose contributor list could not be refreshed, and why. */
export interface ContributorFailure {
  path: string
  reason: string
}

/** The stage under way: the history read runs in the background until `creditPages` waits for it. */
export interface CreditStart {
  file: ContributorsFile | null
  provider: ContributorProvider
  history: Promise<CreditResult>
  /** The history's lines, held until the stage's own log group starts. */
  log: Logger & { open(): void }
}

/**
 * The site as the stage sees it (a sync's snapshot of the target folder): the lists it shows
 * today and the latest sync commit. Without one (the render command) failed lists stay empty.
 */
export interface CreditSite {
  files: ReadonlyMap<string, string>
  read(relPath: string): Promise<string>
  previousSync?: { repository: string; sourceCommit: string | null } | null
}

export interface CreditedPages {
  /** The pages the site can show, credited. */
  pages: RenderedPage[]
  /** The provider's answer: lists, failures, the commit histories the health stage reads. */
  history: CreditResult
  /** The provider that read it (`none` reads no history). */
  kind: ContributorKind
  /** History failures of these pages' sources, by page. */
  failures: ContributorFailure[]
  credits: ContributorCredits
  /** The source commits since the previous sync; undefined when not looked for. */
  sourceChanges?: SourceChanges
}

/**
 * Reads the contributors file (the provider applies its aliases and exclusions while it
 * credits) and starts the history of every credited source, and of `alsoRead` (the English
 * articles a translations-only run compares its translations with).
 */
export async function startCredit(
  tree: SourceTree,
  sources: DiscoveredSources,
  alsoRead: readonly string[],
  options: Pick<SyncOptions, 'source' | 'credit'>,
  context: RunContext,
): Promise<CreditStart> {
  const file = await loadContributorsFile(tree, options.credit.file)
  // Its lines wait for the stage's own group: the history is read in the background of the others.
  const log = deferredLogger(context.logger)
  const rules = IdentityRules.fromFile(file)
  const provider = createContributorProvider(options.credit.provider, options.source, { ...context, logger: log }, rules)
  const history = provider.credit([...creditedSources(sources), ...alsoRead])
  // Awaited later: marked handled now, so a failure while another stage runs is not an unhandled rejection.
  history.catch(() => undefined)
  return { file, provider, history, log }
}

/** What the pages are credited for: the languages left out, the site, and the failure rule. */
export interface CreditScope {
  /** Languages whose pages this run neither writes nor deletes. */
  leftOut: ReadonlySet<string>
  site?: CreditSite
  policy: Pick<SyncOptions['policy'], 'failOnContributorError'>
  options: Pick<SyncOptions, 'source' | 'credit'>
  context: RunContext
}

/**
 * Waits for the history and credits the pages the site can show. A page whose history could not
 * be read keeps the list the site shows today (a GitHub hiccup never empties a list), unless the
 * policy says such a failure fails the run.
 */
export async function creditPages(start: CreditStart, rendered: readonly RenderedPage[], scope: CreditScope): Promise<CreditedPages> {
  const { logger } = scope.context
  start.log.open()
  const read = await start.history
  const filed = applyCreditResult(rendered, read, start.provider.kind, start.file, logger)
  // Histories read only for the stale check (English articles of a translations-only run) credit no page.
  const creditPaths = new Set(rendered.map((page) => page.creditPath))
  const history = { ...read, failures: read.failures.filter((failure) => creditPaths.has(failure.path)) }
  const shown = filed.pages.filter((page) => !scope.leftOut.has(page.language))
  const { pages, failures } = await keepListsOfFailedCredits(shown, history, scope)
  const credits: ContributorCredits = {
    file: start.file?.file ?? scope.options.credit.file,
    rules: filed.rules,
    hints: identityHints(pages.flatMap((p) => (p.contributors === null ? [] : [{ path: p.path, contributors: p.contributors }]))),
  }
  // A sync's summary lists them; the render command has no summary.
  if (scope.site && credits.hints.length > 0) {
    logger.info(
      `${credits.hints.length} pair(s) of contributor names may be one person; the summary lists them (an alias in ${credits.file} merges them)`,
    )
  }
  const sourceChanges = scope.site ? await changesSincePreviousSync(scope.site, scope) : undefined
  return { pages, history, kind: start.provider.kind, failures, credits, ...(sourceChanges ? { sourceChanges } : {}) }
}

async function keepListsOfFailedCredits(
  credited: RenderedPage[],
  history: CreditResult,
  scope: CreditScope,
): Promise<{ pages: RenderedPage[]; failures: ContributorFailure[] }> {
  const { failures } = history
  const { logger } = scope.context
  if (failures.length > 0 && scope.policy.failOnContributorError) {
    throw new UserError(`contributor history unavailable for ${failures.length} file(s): ${failures.map((f) => f.path).join(', ')}`)
  }
  const reasons = new Map(failures.map((f) => [f.path, f.reason] as const))
  const pageFailures = credited
    .filter((p) => p.creditPath !== null && reasons.has(p.creditPath))
    .map((p) => ({ path: p.path, reason: reasons.get(p.creditPath!) ?? 'unknown' }))
  if (!scope.site) return { pages: credited, failures: pageFailures }
  const kept = await keepSiteContributors(credited, new Set(reasons.keys()), scope.site)
  if (kept.kept.length) logger.warning(`contributor history unavailable; kept the site's current lists for: ${kept.kept.join(', ')}`)
  if (kept.empty.length)
    logger.warning(`contributor history unavailable for new pages, listed without contributors: ${kept.empty.join(', ')}`)
  return { pages: kept.pages, failures: pageFailures }
}

/**
 * The source commits since the sync commit the base branch last received, from its trailer.
 * Reads history only when there was a previous sync of these sources at another commit.
 */
async function changesSincePreviousSync(site: CreditSite, scope: CreditScope): Promise<SourceChanges | undefined> {
  const previous = site.previousSync
  const { source } = scope.options
  if (previous === undefined) return undefined
  if (previous === null || previous.sourceCommit === null || previous.repository.toLowerCase() !== source.repository.toLowerCase()) {
    return { previous: null, commits: null }
  }
  if (previous.sourceCommit === source.commit) return { previous: previous.sourceCommit, commits: [] }
  const listed = await listSourceCommits(previous.sourceCommit, scope.options, scope.context)
  return { previous: previous.sourceCommit, commits: listed?.commits ?? null, ...(listed?.more ? { more: true } : {}) }
}
