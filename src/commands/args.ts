import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { contentFailureLine } from '../shared/content-errors.js'
import type { Logger } from '../shared/logger.js'
import { SYNC_DEFAULTS } from '../shared/sync-defaults.js'
import type { ContentError } from '../shared/types.js'
import { UserError } from '../shared/user-error.js'

// One small option parser for every command: `node:util` parseArgs underneath, one-line
// errors on top, and help text generated from the same table so the two never disagree.

export interface OptionSpec {
  name: string
  /** `string` takes a value (`--name VALUE` or `--name=VALUE`); `boolean` is a flag. */
  type: 'string' | 'boolean'
  description: string
  /** Shown in help: `--source DIR`. */
  valueName?: string
  /** For string options. */
  default?: string
  required?: boolean
  /** Allowed values of a string option. */
  choices?: readonly string[]
  /** For a string option that may also be given bare (`--draft`): the value it then has. */
  bare?: string
}

export interface CommandSpec {
  name: string
  summary: string
  /** The options in help order; `--help` is added for every command. */
  options: readonly OptionSpec[]
  /** Extra paragraphs printed after the options. */
  notes?: readonly string[]
}

export type ParsedValues = Record<string, string | boolean | undefined>

export type ParsedArgs = { help: true } | { help: false; values: ParsedValues }

/** Bad usage: the CLI prints it as `error: ...` with a pointer to `--help`. */
export class UsageError extends UserError {
  constructor(command: string, message: string) {
    super(`${message} (see: learning-path-sync ${command} --help)`)
    this.name = 'UsageError'
  }
}

/** Parses `argv` (the arguments after the command name) against the command's options. */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } }
  for (const option of spec.options) options[option.name] = { type: option.type }
  // `--draft` alone means `--draft=true`; `--draft=always-true` names a value.
  const bare = new Map<string, string>(
    spec.options.filter((o) => o.bare !== undefined).map((o) => [`--${o.name}`, `--${o.name}=${o.bare}`]),
  )
  const args = argv.map((arg) => bare.get(arg) ?? arg)
  let parsed: { values: Record<string, unknown>; positionals: string[] }
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError(spec.name, describeParseError(error as Error & { code?: string }, argv))
  }
  if (parsed.values.help === true) return { help: true }
  if (parsed.positionals.length > 0) {
    throw new UsageError(spec.name, `unexpected argument "${parsed.positionals[0]}"`)
  }
  const values: ParsedValues = {}
  for (const option of spec.options) {
    const value = parsed.values[option.name] as string | boolean | undefined
    if (option.type === 'boolean') {
      values[option.name] = value === true
      continue
    }
    const text = typeof value === 'string' ? value : option.default
    if (option.required && (text === undefined || text.trim() === '')) {
      throw new UsageError(spec.name, `missing required option --${option.name}${option.valueName ? ` ${option.valueName}` : ''}`)
    }
    if (text !== undefined && option.choices && !option.choices.includes(text)) {
      throw new UsageError(spec.name, `--${option.name} must be one of ${option.choices.join(', ')}, got "${text}"`)
    }
    values[option.name] = text
  }
  return { help: false, values }
}

function describeParseError(error: Error & { code?: string }, argv: readonly string[]): string {
  const quoted = /'(-[^' ]+)/.exec(error.message)?.[1]
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? ''}`.trim()
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return quoted && argv.some((arg) => arg === quoted || arg.startsWith(`${quoted}=`))
        ? `option ${quoted} needs a value`
        : (error.message.split('\n')[0] ?? 'invalid option value')
    default:
      return error.message.split('\n')[0] ?? 'invalid arguments'
  }
}

/** The command's `--help` text. */
export function formatHelp(spec: CommandSpec): string {
  const rows = [...spec.options, { name: 'help', type: 'boolean', description: 'Show this help.' } as OptionSpec].map((option) => {
    const value =
      option.type === 'string' ? (option.bare !== undefined ? `[=${option.valueName ?? 'VALUE'}]` : ` ${option.valueName ?? 'VALUE'}`) : ''
    const flag = `--${option.name}${value}`
    const extra = [
      option.required ? 'required' : '',
      option.default !== undefined && option.default !== '' ? `default: ${option.default}` : '',
    ]
      .filter(Boolean)
      .join('; ')
    return { flag: option.name === 'help' ? '-h, --help' : flag, text: option.description + (extra ? ` (${extra})` : '') }
  })
  const width = Math.max(...rows.map((row) => row.flag.length)) + 2
  const lines = [
    `Usage: learning-path-sync ${spec.name} [options]`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map((row) => `  ${row.flag.padEnd(width)}${row.text}`),
  ]
  for (const note of spec.notes ?? []) lines.push('', note)
  return lines.join('\n') + '\n'
}

export function stringValue(values: ParsedValues, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

export function booleanValue(values: ParsedValues, name: string): boolean {
  return values[name] === true
}

/** Refuses an option naming an existing file where a folder (existing or to be made) belongs. */
export async function refuseFile(path: string, option: string): Promise<void> {
  const info = await stat(path).catch(() => null)
  if (info && !info.isDirectory()) throw new UserError(`${option}: ${path} is a file, not a folder`)
}

/** Refuses an option naming something that is not a folder, with the option in the message. */
export async function requireDirectory(path: string, option: string): Promise<void> {
  const info = await stat(path).catch(() => null)
  if (!info?.isDirectory()) throw new UserError(`${option}: ${path} is not a folder`)
}

/** `--fail-on-content-error true|false`, the same for render and sync (the action's input of that name). */
export const FAIL_ON_CONTENT_ERROR: OptionSpec = {
  name: 'fail-on-content-error',
  type: 'string',
  valueName: 'true|false',
  default: String(SYNC_DEFAULTS.failOnContentError),
  choices: ['true', 'false'],
  description:
    'Exit 1 when a source file cannot become its pages (its pages are left as they are, every other page is written); false only reports it.',
}

/** `--render-timeout SECONDS`, the same for render and sync (the action's input of that name). */
export const RENDER_TIMEOUT: OptionSpec = {
  name: 'render-timeout',
  type: 'string',
  valueName: 'SECONDS',
  default: String(SYNC_DEFAULTS.renderTimeoutSeconds),
  description:
    'Time budget per source file: a file still rendering after it is stopped and fails its own pages (left as they are); every other page is written.',
}

/** `--max-source-bytes BYTES`, the same for render and sync (the action's input of that name). */
export const MAX_SOURCE_BYTES: OptionSpec = {
  name: 'max-source-bytes',
  type: 'string',
  valueName: 'BYTES',
  default: String(SYNC_DEFAULTS.maxSourceBytes),
  description: 'Largest source file rendered: a larger one fails its own pages unrendered (left as they are); every other page is written.',
}

/** The exit status after the pages were written: 1 when files failed, unless told to only report them. */
export function contentErrorStatus(errors: readonly ContentError[], fail: boolean, logger: Logger): number {
  if (errors.length === 0) return 0
  const line = contentFailureLine(errors, '--fail-on-content-error false')
  if (!fail) {
    logger.warning(line)
    return 0
  }
  process.stderr.write(`error: ${line}\n`)
  return 1
}
