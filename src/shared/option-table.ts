// The options of a run, each declared once: its name (the action's input and the CLI's flag),
// its value and parser, its default, its description, and where it goes in the grouped options
// the engine receives. Everything else is generated from this table or loops over it:
// action.yml's inputs and the README's inputs table (scripts/generate-interface.ts, which
// imports this module through tsx; `npm test` checks both files are current), the action's
// input reader (src/action/inputs.ts), the CLI's flags, parser and --help (src/commands/), and
// the type of the options (SyncOptions). It lives in src/shared/ so that every stage can name
// the part of the options it takes (`SyncOptions['pullRequest']`), and imports only shared
// modules for the same reason.
import { CONTRIBUTOR_KINDS } from './contributor-kind.js'
import { DEFAULT_API_URL } from '../github/api-url.js'
import { languageSelection } from './language-selection.js'
import {
  autoMerge,
  bytes,
  draft,
  list,
  milestone,
  multilineText,
  oneOf,
  optionalRepository,
  optionalText,
  repository,
  seconds,
  text,
  UNCONFIGURED_LANGUAGE_MODES,
  yesNo,
  type ValueKind,
} from './option-values.js'

/** The groups of the options, by stage; `github` is the connection, which travels in the run context. */
export type OptionGroup = 'github' | 'source' | 'target' | 'pullRequest' | 'credit' | 'health' | 'policy'

export type CommandName = 'render' | 'sync'

export interface OptionEntry<G extends OptionGroup = OptionGroup, K extends string = string, T = unknown> {
  /** The action's input and the CLI's flag (`--name`): one name for both. */
  name: string
  /** Where the value goes: `options[group][key]`. */
  group: G
  key: K
  value: ValueKind<T>
  /** What an empty or absent value means, on both sides unless `action` or `cli` says otherwise. */
  default: string
  /** One paragraph: action.yml, the README's table and the CLI's --help show it. */
  description: string
  /** How the action differs; absent: an input of this name with this default. */
  action?: {
    /** Read from this environment variable (set by the runner), not an input. */
    env?: string
    /** Not an input at all: the action fills the value from the workflow's context. */
    notAnInput?: boolean
    /** The default action.yml shows (an expression the runner evaluates, or one the context fills). */
    default?: string
    /** Said after the description in action.yml and the README: what that default means. */
    defaultNote?: string
    why: string
  }
  /** How the CLI differs; absent: a flag of `sync` only, with this default. */
  cli?: {
    /** The commands that take the flag; default: sync only. */
    commands?: readonly CommandName[]
    /** Read from this environment variable, not a flag. */
    env?: string
    /** Other names the flag answers to (older spellings). */
    aliases?: readonly string[]
    /** The value a bare `--name` (without `=VALUE`) has, for a value that is not yes/no. */
    bare?: string
    /** The CLI's default where it cannot be the action's: for these commands (default all), and why. */
    default?: { value: string; commands?: readonly CommandName[] }
    /** Why the CLI differs (its default, or an environment variable instead of a flag). */
    why?: string
  }
}

/** A typed entry; the group, key and value type are inferred from the literal. */
function option<G extends OptionGroup, K extends string, T>(entry: OptionEntry<G, K, T>): OptionEntry<G, K, T> {
  return entry
}

const BOTH: readonly CommandName[] = ['render', 'sync']

export const OPTION_TABLE = [
  option({
    name: 'token',
    group: 'github',
    key: 'token',
    value: text('TOKEN'),
    default: '',
    description:
      "Token that can write contents and pull requests on the target repository (a GitHub App installation token or a fine-grained token; the workflow's GITHUB_TOKEN only reaches the workflow's own repository). Also used to read the source repository's commit history.",
    action: { default: '${{ github.token }}', why: "the workflow's own token unless the step gives another" },
    cli: {
      commands: BOTH,
      env: 'GITHUB_TOKEN',
      why: 'a token on a command line is visible to other users of the machine (ps) and stays in the shell history',
    },
  }),
  option({
    name: 'api-url',
    group: 'github',
    key: 'apiUrl',
    value: text('URL'),
    default: DEFAULT_API_URL,
    description: "GitHub's REST and GraphQL root (GitHub Enterprise Server: https://HOST/api/v3).",
    action: { env: 'GITHUB_API_URL', why: 'the runner sets it for the GitHub the workflow runs on' },
    cli: { commands: BOTH, env: 'GITHUB_API_URL', why: 'as in a workflow, where the runner sets it' },
  }),
  option({
    name: 'source-path',
    group: 'source',
    key: 'dir',
    value: text('DIR'),
    default: '.',
    description: 'Folder of the Learning Path checkout (the AsciiDoc sources).',
    cli: { commands: BOTH, aliases: ['source'] },
  }),
  option({
    name: 'source-repository',
    group: 'source',
    key: 'repository',
    value: repository,
    default: 'InnerSourceCommons/InnerSourceLearningPath',
    description: 'OWNER/NAME of the Learning Path repository, whose commit history credits the contributors.',
    action: {
      default: '',
      defaultNote: "Defaults to the workflow's repository.",
      why: "a workflow runs in the Learning Path's repository (or a fork of it): its own name is the right one",
    },
    cli: { commands: BOTH },
  }),
  option({
    name: 'source-ref',
    group: 'source',
    key: 'ref',
    value: text('REF'),
    default: 'main',
    description: 'Branch of the source repository whose history credits contributors.',
    cli: { commands: BOTH },
  }),
  option({
    name: 'source-commit',
    group: 'source',
    key: 'commit',
    value: optionalText('SHA'),
    default: '',
    description:
      'Source commit the pull request names (its link, and the trailer of the sync commit). Default: HEAD of source-path when that folder is the root of a git checkout.',
    action: {
      notAnInput: true,
      why: 'the action takes the commit from the event that started the workflow, or for sources of another repository the HEAD of source-path',
    },
  }),
  option({
    name: 'sections-file',
    group: 'source',
    key: 'sectionsFile',
    value: text('FILE'),
    default: 'scripts/section_data.json',
    description: 'Section list, relative to source-path.',
    cli: { commands: BOTH },
  }),
  option({
    name: 'urls-file',
    group: 'source',
    key: 'urlsFile',
    value: text('FILE'),
    default: 'config/urls.yaml',
    description: 'Video URLs, relative to source-path.',
    cli: { commands: BOTH },
  }),
  option({
    name: 'languages',
    group: 'source',
    key: 'languages',
    value: languageSelection,
    default: 'all',
    description:
      'Which languages to render: `all`, `en`, or a comma-separated list such as `de,es`. The pull request is rebuilt on every run, so a run limited to some languages carries only their changes; pages of other languages are neither updated nor deleted.',
    cli: { commands: BOTH },
  }),
  option({
    name: 'contributors',
    group: 'credit',
    key: 'provider',
    value: oneOf(CONTRIBUTOR_KINDS),
    default: 'github',
    description:
      "Where contributor lists come from. `github` (GraphQL commit history, the site's rule), `git` (the checkout's git log, no reviewers), or `none` (empty lists).",
    cli: {
      commands: BOTH,
      default: { value: 'none', commands: ['render'] },
      why: '`render` is the offline preview: by default it needs no token and no network',
    },
  }),
  option({
    name: 'contributors-file',
    group: 'credit',
    key: 'file',
    value: text('FILE'),
    default: '.github/learning-path-contributors.yml',
    description:
      'Contributors file in the sources (relative to source-path): `aliases` (several identities shown as one person), `exclude` (never credited), `add` (credit for work that leaves no commit, on pages named by path or glob). Optional at the default path; the summary says which rule changed which pages. Applies to every `contributors` provider.',
    cli: { commands: BOTH },
  }),
  option({
    name: 'fail-on-contributor-error',
    group: 'policy',
    key: 'failOnContributorError',
    value: yesNo,
    default: 'false',
    description:
      "Fail the run when some pages' commit history cannot be read, instead of keeping the lists those pages have on the site today.",
  }),
  option({
    name: 'fail-on-content-error',
    group: 'policy',
    key: 'failOnContentError',
    value: yesNo,
    default: 'true',
    description:
      'Fail the step (after publishing every other page) when a source file cannot become its pages: two articles with one number, a missing workbook, broken index front matter, a video link that is not YouTube, an unreadable file. Its pages are left as the site has them either way; false reports them as errors but lets the step pass.',
    cli: { commands: BOTH },
  }),
  option({
    name: 'strict-titles',
    group: 'source',
    key: 'strictTitles',
    value: yesNo,
    default: 'false',
    description:
      "Take titles from the first level-2 heading only (`== `), fixing pages whose title today comes from a deeper heading. Off keeps the site's current titles.",
    cli: { commands: BOTH },
  }),
  option({
    name: 'render-timeout',
    group: 'source',
    key: 'renderTimeoutMs',
    value: seconds,
    default: '10',
    description:
      'Seconds each source file may take to render (decimals allowed, at most 3600). A file still rendering then is stopped: it fails its own pages, which are left as the site has them, and every other page is published (Asciidoctor takes hours on some shapes of text, such as a paragraph of 300,000 spaces).',
    cli: { commands: BOTH },
  }),
  option({
    name: 'max-source-bytes',
    group: 'source',
    key: 'maxSourceBytes',
    value: bytes,
    default: '2000000',
    description:
      'Largest source file rendered, in bytes. A larger file is not rendered: it fails its own pages, which are left as the site has them, and every other page is published. The default is about 70 times the largest file of the Learning Path today.',
    cli: { commands: BOTH },
  }),
  option({
    name: 'site-languages-file',
    group: 'health',
    key: 'siteLanguagesFile',
    value: optionalText('PATH'),
    default: '',
    description:
      "The website's Hugo language configuration, when it is not in one of the usual places (`config/_default/languages.*`, or the `languages` key of `config/_default/hugo.*`, `config.*`, `hugo.*`, `config.*` at the root): a path in the website repository, read at the base commit.",
  }),
  option({
    name: 'unconfigured-languages',
    group: 'health',
    key: 'unconfiguredLanguages',
    value: oneOf(UNCONFIGURED_LANGUAGE_MODES),
    default: 'skip',
    description:
      'Pages in a language the site\'s Hugo configuration lacks: `skip` leaves them out (one warning per source folder; Hugo would show `01.ko.md` as an English page called "01.ko"), `write` writes them anyway. Without a language configuration every page is written.',
  }),
  option({
    name: 'rewrite-section-links',
    group: 'health',
    key: 'rewriteSectionLinks',
    value: yesNo,
    default: 'false',
    description:
      'Point links from translated pages to an English section landing page (`/learn/learning-path/<section>`) at the translated landing page when it exists. Off, they are only reported, so the first pull request on the site stays empty.',
    cli: { commands: BOTH },
  }),
  option({
    name: 'target-repository',
    group: 'target',
    key: 'repository',
    value: optionalRepository,
    default: 'InnerSourceCommons/innersourcecommons.org',
    description: 'OWNER/NAME of the website repository that receives the pull request.',
    cli: {
      aliases: ['target'],
      default: { value: '' },
      why: 'a command names where it writes (this or --out): a forgotten flag must not open a pull request on the real site',
    },
  }),
  option({
    name: 'out',
    group: 'target',
    key: 'siteDir',
    value: optionalText('DIR'),
    default: '',
    description:
      'A pages folder on disk instead of a pull request (for example SITE/content/en/learn/learning-path): `render` writes the pages into it, `sync` brings it up to date as it would the pull request. Files without the autogenerated marker are never overwritten.',
    action: { notAnInput: true, why: "the action publishes to a repository: a folder on the runner is nobody's site" },
    cli: { commands: BOTH },
  }),
  option({
    name: 'target-path',
    group: 'target',
    key: 'path',
    value: text('PATH'),
    default: 'content/en/learn/learning-path',
    description: 'Folder of the Learning Path pages in the website repository.',
  }),
  option({
    name: 'create-target-path',
    group: 'policy',
    key: 'createTargetPath',
    value: yesNo,
    default: 'false',
    description:
      'Create `target-path` when the base branch does not have it. Off, a missing folder is refused before any write, so a typo cannot open a pull request that adds every page in a new folder.',
  }),
  option({
    name: 'base',
    group: 'target',
    key: 'base',
    value: optionalText('BRANCH'),
    default: '',
    description: "Branch the pull request targets. Defaults to the website repository's default branch.",
  }),
  option({
    name: 'branch',
    group: 'pullRequest',
    key: 'branch',
    value: text('BRANCH'),
    default: 'learning-path-sync',
    description:
      "Branch that carries the sync commit, rebuilt on the current base on every sync (replaced from the head the run checked, never from another) as long as it holds only the sync's own commits; never the base branch.",
  }),
  option({
    name: 'force-branch',
    group: 'policy',
    key: 'forceBranch',
    value: yesNo,
    default: 'false',
    description:
      'Replace the sync branch even when it holds commits the sync did not make (for example a fix pushed to the sync pull request, which is then lost). Off: such a run fails, naming the commit, its author and the pull request.',
  }),
  option({
    name: 'title',
    group: 'pullRequest',
    key: 'title',
    value: text('TEXT'),
    default: 'Update Learning Path pages (autogenerated)',
    description: 'Pull request title.',
  }),
  option({
    name: 'labels',
    group: 'pullRequest',
    key: 'labels',
    value: list,
    default: '',
    description: 'Comma- or newline-separated labels to add to the pull request.',
  }),
  option({
    name: 'reviewers',
    group: 'pullRequest',
    key: 'reviewers',
    value: list,
    default: '',
    description: 'Comma- or newline-separated users to request as reviewers when the pull request is created.',
  }),
  option({
    name: 'assignees',
    group: 'pullRequest',
    key: 'assignees',
    value: list,
    default: '',
    description:
      'Comma- or newline-separated users to assign when the pull request is created (GitHub skips users without access; a warning names them).',
  }),
  option({
    name: 'milestone',
    group: 'pullRequest',
    key: 'milestone',
    value: milestone,
    default: '',
    description: 'Number of the milestone to set when the pull request is created (the number in its URL).',
  }),
  option({
    name: 'draft',
    group: 'pullRequest',
    key: 'draft',
    value: draft,
    default: 'false',
    description:
      'Open the pull request as a draft: `true`, `false`, or `always-true` (also made a draft again whenever the sync pushes new content to it).',
    cli: { bare: 'true' },
  }),
  option({
    name: 'auto-merge',
    group: 'pullRequest',
    key: 'autoMerge',
    value: autoMerge,
    default: '',
    description:
      'Merge the pull request with this method, `merge`, `squash` or `rebase`, as soon as GitHub allows, when it is created or a later run finds auto-merge off: at once (naming the head commit) when nothing is pending, as on a branch without required checks; else auto-merge is turned on, to merge once the required checks and reviews are there. A merge or auto-merge GitHub refuses leaves the pull request open with one warning, and the run succeeds (output `merge-outcome`). Empty: left alone.',
  }),
  option({
    name: 'delete-branch',
    group: 'pullRequest',
    key: 'deleteBranch',
    value: yesNo,
    default: 'false',
    description:
      'Delete the sync branch when its pull request is closed because the site already has every change, or when the run merged it (`auto-merge`).',
  }),
  option({
    name: 'commit-message',
    group: 'pullRequest',
    key: 'commitMessage',
    value: multilineText,
    default: '',
    description:
      'Message of the sync commit. The `Learning-Path-Sync:` trailer naming the source commit is always added (the next sync reads it). Empty: a message naming the source commit and the counts.',
  }),
  option({
    name: 'body-template',
    group: 'pullRequest',
    key: 'bodyTemplate',
    value: multilineText,
    default: '',
    description:
      'Pull request body with placeholders: `{{change-table}}`, `{{warnings}}`, `{{health-report}}`, `{{source-link}}`, `{{source-ref}}`, `{{source-changes}}`, `{{contributor-credits}}`, `{{counts}}`, `{{target-path}}`. Kept under 65,536 characters by collapsing the largest tables and lists first. Empty: the built-in body.',
  }),
  option({
    name: 'dry-run',
    group: 'policy',
    key: 'dryRun',
    value: yesNo,
    default: 'false',
    description: 'Render, plan and print the diff without writing anything to GitHub.',
  }),
] as const

/** Any entry, whatever its value type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOptionEntry = OptionEntry<OptionGroup, string, any>

/** The grouped options a table describes: `{ source: { dir: string, ... }, ... }`. */
export type OptionsOf<Table extends readonly AnyOptionEntry[]> = {
  [G in Table[number]['group']]: {
    [E in Table[number] as E['group'] extends G ? E['key'] : never]: E extends OptionEntry<OptionGroup, string, infer T> ? T : never
  }
}

/** Every option of a run, the GitHub connection included. */
export type ParsedOptions = OptionsOf<typeof OPTION_TABLE>

/** What the engine runs with, by stage; the connection travels in the run context instead. */
export type SyncOptions = Omit<ParsedOptions, 'github'>

/**
 * The one loop both entry points read options with: each entry's text (`textOf`; blank or
 * undefined means "not given"), else its default (`defaultOf`, the table's by default), parsed.
 */
export function parseOptions<Table extends readonly AnyOptionEntry[]>(
  table: Table,
  textOf: (entry: Table[number]) => string | undefined,
  defaultOf: (entry: Table[number]) => string = (entry) => entry.default,
): OptionsOf<Table> {
  const groups: Record<string, Record<string, unknown>> = {}
  for (const entry of table) {
    const given = textOf(entry)
    const text = given === undefined || given.trim() === '' ? defaultOf(entry) : given
    ;(groups[entry.group] ??= {})[entry.key] = entry.value.parse(text, entry.name)
  }
  return groups as OptionsOf<Table>
}

/** Every option at its default: what a stage falls back to when called without one. */
export const DEFAULT_OPTIONS: ParsedOptions = parseOptions(OPTION_TABLE, () => undefined)

/** Whether the entry is an input of the action (in action.yml), not read from the environment or the context. */
export function isActionInput(entry: AnyOptionEntry): boolean {
  return !entry.action?.env && !entry.action?.notAnInput
}

/** The entries that are inputs of the action, in table order. */
export function actionInputs<Table extends readonly AnyOptionEntry[]>(table: Table): Table[number][] {
  return table.filter(isActionInput)
}
