import { DEFAULT_SECTIONS_FILE, DEFAULT_URLS_FILE } from '../config/types.js'
import { isUnconfiguredLanguageMode, splitList, SYNC_DEFAULTS, UNCONFIGURED_LANGUAGE_MODES } from '../shared/sync-defaults.js'
import { parseAutoMerge, parseDraft, parseMilestone } from '../shared/pull-request-options.js'
import { parseMaxSourceBytes, parseRenderTimeout } from '../shared/render-limits.js'
import type { SyncOptions } from '../sync.js'
import { isContributorKind } from '../shared/contributor-kind.js'
import { DEFAULT_API_URL, isRepositoryName } from '../shared/github-api.js'
import { UserError } from '../shared/user-error.js'

/** The parts of the runner's world the action reads: inputs, the event context, environment. */
export interface ActionEnvironment {
  getInput(name: string): string
  context: {
    eventName: string
    sha: string
    repo: { owner: string; repo: string }
    /** The webhook payload; only `after` (push) is read. */
    payload: object
  }
  env: NodeJS.ProcessEnv
}

/** Inputs as action.yml names them; each maps onto one field of the sync options. */
export const INPUT_NAMES = [
  'token',
  'source-path',
  'source-repository',
  'source-ref',
  'sections-file',
  'urls-file',
  'languages',
  'contributors',
  'fail-on-contributor-error',
  'fail-on-content-error',
  'render-timeout',
  'max-source-bytes',
  'strict-titles',
  'site-languages-file',
  'unconfigured-languages',
  'rewrite-section-links',
  'target-repository',
  'target-path',
  'create-target-path',
  'base',
  'branch',
  'force-branch',
  'title',
  'labels',
  'reviewers',
  'assignees',
  'milestone',
  'draft',
  'auto-merge',
  'delete-branch',
  'commit-message',
  'body-template',
  'contributors-file',
  'dry-run',
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** The sync options the inputs describe, plus what the log says about the run. */
export interface ActionInputs {
  options: SyncOptions & { targetRepository: string }
  /** The event that started the workflow: push, schedule, workflow_dispatch, ... */
  trigger: string
}

/**
 * Reads the step's inputs (its `with:` values) into one options object. Nothing else sets
 * them: a `workflow_dispatch` form whose inputs had the same names used to override them
 * (`token`, `target-repository` and `dry-run` included), so a step saying `dry-run: true`
 * wrote to GitHub on a manual run. A workflow passes a form's value on explicitly, as GitHub's
 * convention is: `with: dry-run: ${{ inputs.dry-run }}`.
 */
export function readActionInputs(env: ActionEnvironment): ActionInputs {
  const payload = env.context.payload as { after?: unknown }
  const raw = (name: InputName): string => env.getInput(name).trim()
  // Multi-line texts keep their inner layout; only the ends are trimmed.
  const rawText = (name: InputName): string => env.getInput(name).replace(/^\s*\n|\s+$/g, '')
  const bool = (name: InputName, fallback = false): boolean => {
    const value = raw(name).toLowerCase()
    if (value === '') return fallback
    if (value === 'false') return false
    if (value === 'true') return true
    throw new UserError(`input '${name}' must be true or false, got '${raw(name)}'`)
  }
  const repository = (name: InputName, fallback: string): string => {
    const value = raw(name) || fallback
    if (!isRepositoryName(value)) throw new UserError(`input '${name}' must be OWNER/NAME, got '${value}'`)
    return value
  }

  const contributors = raw('contributors') || SYNC_DEFAULTS.contributors
  if (!isContributorKind(contributors)) {
    throw new UserError(`input 'contributors' must be none, git or github, got '${contributors}'`)
  }
  const unconfiguredLanguages = raw('unconfigured-languages') || SYNC_DEFAULTS.unconfiguredLanguages
  if (!isUnconfiguredLanguageMode(unconfiguredLanguages)) {
    throw new UserError(
      `input 'unconfigured-languages' must be ${UNCONFIGURED_LANGUAGE_MODES.join(' or ')}, got '${unconfiguredLanguages}'`,
    )
  }
  const token = raw('token')
  // Even a dry run reads the site's tree through the API, so there is no run without a token.
  if (token === '') {
    throw new UserError(
      `input 'token' is empty: give a token that can read the source history and write pull requests on the target repository`,
    )
  }
  const workflowRepository = `${env.context.repo.owner}/${env.context.repo.repo}`
  const sourceRepository = repository('source-repository', workflowRepository)
  // A push event names the commit that was pushed; schedule and dispatch run on the ref's head.
  // Both are commits of the workflow's repository: for another source repository the pull
  // request links the source ref instead of a commit that is not there.
  const pushed = typeof payload.after === 'string' && /^[0-9a-f]{40}$/.test(payload.after) ? payload.after : undefined
  const sourceCommit =
    sourceRepository.toLowerCase() === workflowRepository.toLowerCase() ? (pushed ?? (env.context.sha || undefined)) : undefined

  const options: ActionInputs['options'] = {
    token,
    sourceDir: raw('source-path') || '.',
    sourceRepository,
    sourceRef: raw('source-ref') || SYNC_DEFAULTS.sourceRef,
    sourceCommit,
    sectionsFile: raw('sections-file') || DEFAULT_SECTIONS_FILE,
    urlsFile: raw('urls-file') || DEFAULT_URLS_FILE,
    languages: raw('languages') || SYNC_DEFAULTS.languages,
    contributors,
    failOnContributorError: bool('fail-on-contributor-error'),
    failOnContentError: bool('fail-on-content-error', SYNC_DEFAULTS.failOnContentError),
    renderTimeoutMs: parseRenderTimeout(raw('render-timeout')),
    maxSourceBytes: parseMaxSourceBytes(raw('max-source-bytes')),
    strictTitles: bool('strict-titles'),
    siteLanguagesFile: raw('site-languages-file') || undefined,
    unconfiguredLanguages,
    rewriteSectionLinks: bool('rewrite-section-links'),
    targetRepository: repository('target-repository', ''),
    targetPath: raw('target-path') || SYNC_DEFAULTS.targetPath,
    createTargetPath: bool('create-target-path'),
    base: raw('base') || undefined,
    branch: raw('branch') || SYNC_DEFAULTS.branch,
    forceBranch: bool('force-branch'),
    title: raw('title') || SYNC_DEFAULTS.title,
    labels: splitList(raw('labels')),
    reviewers: splitList(raw('reviewers')),
    assignees: splitList(raw('assignees')),
    milestone: parseMilestone(raw('milestone')),
    draft: parseDraft(raw('draft')),
    autoMerge: parseAutoMerge(raw('auto-merge')),
    deleteBranch: bool('delete-branch'),
    commitMessage: rawText('commit-message') || undefined,
    bodyTemplate: rawText('body-template') || undefined,
    contributorsFile: raw('contributors-file') || undefined,
    dryRun: bool('dry-run'),
    apiUrl: env.env.GITHUB_API_URL || DEFAULT_API_URL,
  }
  return { options, trigger: env.context.eventName }
}
