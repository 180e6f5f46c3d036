import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { checkFolderCanBeMade } from '../shared/make-folder.js'
import { parseArgs } from 'node:util'
import { contentFailureLine } from '../shared/content-errors.js'
import type { Logger } from '../shared/logger.js'
import { isActionInput, parseOptions, type AnyOptionEntry, type CommandName, type OptionsOf } from '../shared/option-table.js'
import type { ContentError } from '../shared/types.js'
import { fileSystemOptionError } from '../shared/file-system-error.js'
import { OptionError, UserError, type OptionNamer } from '../shared/user-error.js'

// The CLI's flags are the option table's entries (src/shared/option-table.ts) that a command
// takes, plus a few about printing that are the CLI's own. One loop parses them (`node:util`
// parseArgs underneath, the table's parsers on top) and one writes --help, so the two never
// disagree with each other or with the action.

/** A yes/no flag of the CLI alone (how it prints, not what the run does). */
export interface PrintFlag {
  name: string
  description: string
}

export interface CommandSpec {
  name: CommandName
  summary: string
  /** The CLI's own flags, after the table's in help; `--help` is added for every command. */
  printFlags: readonly PrintFlag[]
  /** Table options this command cannot run without. */
  required?: readonly string[]
  /** Extra paragraphs printed after the options. */
  notes?: readonly string[]
}

export type ParsedArgs<Table extends readonly AnyOptionEntry[]> =
  { help: true } | { help: false; options: OptionsOf<Table>; printFlags: Record<string, boolean> }

/** Bad usage: the CLI prints it as `error: ...` with a pointer to `--help`. */
export class UsageError extends UserError {
  constructor(command: string, message: string) {
    super(`${message} (see: learning-path-sync ${command} --help)`)
    this.name = 'UsageError'
  }
}

/** How much the CLI prints, the same for every command. */
export const LOG_FLAGS: readonly PrintFlag[] = [
  { name: 'verbose', description: 'Also print debug lines.' },
  { name: 'quiet', description: 'Print only warnings, errors and the result.' },
]

/** The table's entries that are flags of `command`, in table order. */
export function commandFlags<Table extends readonly AnyOptionEntry[]>(table: Table, command: CommandName): Table[number][] {
  return table.filter((entry) => !entry.cli?.env && (entry.cli?.commands ?? ['sync']).includes(command))
}

/** The CLI's default for an entry: the table's, unless the table gives the CLI (or this command) another. */
export function cliDefault(entry: AnyOptionEntry, command: CommandName): string {
  const other = entry.cli?.default
  return other && (other.commands ?? [command]).includes(command) ? other.value : entry.default
}

/**
 * How the CLI names an option in a message: its flag (`--source-repository`), or the environment
 * variable it reads instead (`GITHUB_TOKEN`); with a value, how to give it (`--create-target-path`,
 * `--contributors git`).
 */
export function flagNamer(table: readonly AnyOptionEntry[], command: CommandName): OptionNamer {
  return (option, value) => {
    const entry = table.find((e) => e.name === option)
    if (entry?.cli?.env) return value === undefined ? entry.cli.env : `${entry.cli.env}=${value}`
    if (value === undefined || (entry && isBareFlag(entry, command) && value === 'true')) return `--${option}`
    return `--${option} ${value}`
  }
}

/** A yes/no option that is off by default is a bare flag (`--dry-run`); one that is on takes `true|false`. */
function isBareFlag(entry: AnyOptionEntry, command: CommandName): boolean {
  return entry.value.yesNo === true && cliDefault(entry, command) === 'false'
}

/** The command's arguments, or undefined once `--help` has printed its usage (the command then exits 0). */
export function argsOrHelp<Table extends readonly AnyOptionEntry[]>(
  spec: CommandSpec,
  argv: readonly string[],
  table: Table,
): Extract<ParsedArgs<Table>, { help: false }> | undefined {
  const args = parseCommandArgs(spec, argv, table)
  if (args.help === false) return args
  process.stdout.write(formatHelp(spec, table))
  return undefined
}

/**
 * Parses `argv` (the arguments after the command name) into the grouped options: each flag the
 * command takes, each environment variable the table names (`env`), else the default.
 */
export function parseCommandArgs<Table extends readonly AnyOptionEntry[]>(
  spec: CommandSpec,
  argv: readonly string[],
  table: Table,
  env: NodeJS.ProcessEnv = process.env,
): ParsedArgs<Table> {
  const flags = commandFlags(table, spec.name)
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } }
  for (const flag of spec.printFlags) options[flag.name] = { type: 'boolean' }
  for (const entry of flags) {
    for (const name of [entry.name, ...(entry.cli?.aliases ?? [])])
      options[name] = { type: isBareFlag(entry, spec.name) ? 'boolean' : 'string' }
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] }
  try {
    parsed = parseArgs({ args: withBareValues(flags, argv), options, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError(spec.name, describeParseError(error as Error & { code?: string }, argv))
  }
  if (parsed.values.help === true) return { help: true }
  if (parsed.positionals.length > 0) throw new UsageError(spec.name, `unexpected argument "${parsed.positionals[0]}"`)

  const given = new Map<string, string>()
  for (const entry of flags) {
    const names = [entry.name, ...(entry.cli?.aliases ?? [])].filter((name) => parsed.values[name] !== undefined)
    if (names.length > 1) throw new UsageError(spec.name, `give ${names.map((n) => `--${n}`).join(' or ')}, not both`)
    const value = names.length === 1 ? parsed.values[names[0]] : undefined
    if (value !== undefined) given.set(entry.name, typeof value === 'boolean' ? String(value) : (value as string))
  }
  for (const name of spec.required ?? []) {
    if (!given.get(name)?.trim()) {
      const entry = flags.find((e) => e.name === name)
      throw new UsageError(spec.name, `missing required option --${name}${entry ? ` ${entry.value.placeholder}` : ''}`)
    }
  }
  try {
    const values = parseOptions(
      table,
      (entry) => (entry.cli?.env ? env[entry.cli.env] : given.get(entry.name)),
      (entry) => cliDefault(entry, spec.name),
    )
    const printFlags = Object.fromEntries(spec.printFlags.map((flag) => [flag.name, parsed.values[flag.name] === true]))
    return { help: false, options: values, printFlags }
  } catch (error) {
    if (error instanceof OptionError) throw new UsageError(spec.name, error.worded(flagNamer(table, spec.name)))
    throw error
  }
}

/**
 * A flag with a bare meaning (`--draft` alone is `--draft=true`) takes its value with `=` or as
 * the next argument when that is one of its values (`--draft always-true`); anything else after
 * it is the next flag or argument.
 */
function withBareValues(flags: readonly AnyOptionEntry[], argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const entry = flags.find((e) => e.cli?.bare !== undefined && argv[i] === `--${e.name}`)
    if (!entry) {
      out.push(argv[i])
      continue
    }
    const next = argv[i + 1]
    const takesNext = next !== undefined && !next.startsWith('-') && isValueOf(entry, next)
    out.push(`--${entry.name}=${takesNext ? next : entry.cli?.bare}`)
    if (takesNext) i++
  }
  return out
}

function isValueOf(entry: AnyOptionEntry, text: string): boolean {
  try {
    entry.value.parse(text, entry.name)
    return true
  } catch {
    return false
  }
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

/** Help lines are wrapped to this width, descriptions hanging under their first line. */
const HELP_WIDTH = 110

/** The command's `--help` text, from the option table and the command's own flags. */
export function formatHelp(spec: CommandSpec, table: readonly AnyOptionEntry[]): string {
  const optionRows = commandFlags(table, spec.name).map((entry) => {
    const value = isBareFlag(entry, spec.name)
      ? ''
      : entry.cli?.bare !== undefined
        ? `[=${entry.value.placeholder}]`
        : ` ${entry.value.placeholder}`
    const fallback = cliDefault(entry, spec.name)
    const extra = [
      entry.cli?.aliases?.length ? `also ${entry.cli.aliases.map((alias) => `--${alias}`).join(', ')}` : '',
      spec.required?.includes(entry.name) ? 'required' : '',
      fallback !== '' && !isBareFlag(entry, spec.name) ? `default: ${fallback}` : '',
      fallback !== entry.default && entry.cli?.why ? `the action's default is ${entry.default || 'empty'}: ${entry.cli.why}` : '',
    ].filter(Boolean)
    return { flag: `--${entry.name}${value}`, text: entry.description + (extra.length ? ` (${extra.join('; ')})` : '') }
  })
  const ownRows = [...spec.printFlags, { name: 'help', description: 'Show this help.' }].map((flag) => ({
    flag: flag.name === 'help' ? '-h, --help' : `--${flag.name}`,
    text: flag.description,
  }))
  const rows = [...optionRows, ...ownRows]
  const width = Math.max(...rows.map((row) => row.flag.length)) + 2
  const environment = table
    .filter((entry) => entry.cli?.env && (entry.cli.commands ?? ['sync']).includes(spec.name))
    .map((entry) => {
      const env = entry.cli?.env ?? ''
      const why = entry.cli?.why ? ` Not a flag: ${entry.cli.why}.` : ''
      const fallback = entry.default ? ` Default: ${entry.default}.` : ''
      const input = isActionInput(entry) ? ` The action's \`${entry.name}\` input.` : ''
      return wrap(`  ${env.padEnd(width)}`, `${entry.description}${fallback}${why}${input}`)
    })
  const lines = [
    `Usage: learning-path-sync ${spec.name} [options]`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map((row) => wrap(`  ${row.flag.padEnd(width)}`, row.text)),
    ...(environment.length ? ['', 'Environment:', ...environment] : []),
  ]
  for (const note of spec.notes ?? []) lines.push('', note)
  return lines.join('\n') + '\n'
}

/** `text` after `lead`, wrapped at HELP_WIDTH with later lines indented to the text's column. */
function wrap(lead: string, text: string): string {
  const room = Math.max(40, HELP_WIDTH - lead.length)
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(line)
  return lead + lines.join('\n' + ' '.repeat(lead.length))
}

/**
 * Refuses an --out the run cannot or must not write into, before anything is rendered: a file,
 * the source folder or a folder inside it, a place where no folder can be made.
 */
export async function checkOutFolder(out: string, sourceDir: string): Promise<void> {
  const info = await stat(out).catch(() => null)
  if (info && !info.isDirectory()) throw new OptionError('out', `${out} is a file, not a folder`)
  const inside = relative(await realPath(sourceDir), await realPath(out))
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw new OptionError(
      'out',
      (name) =>
        `${out} is ${inside === '' ? 'the source folder' : `inside the source folder ${sourceDir}`} (${name('source-path')}): ` +
        "the pages would be written into the Learning Path's checkout; give the website's pages folder, or a folder outside the sources",
    )
  }
  if (info) return
  try {
    await checkFolderCanBeMade(out)
  } catch (error) {
    throw fileSystemOptionError(error, 'out') ?? error
  }
}

/** The path with links resolved as far as it exists (the rest as given). */
async function realPath(path: string): Promise<string> {
  const real = await realpath(path).catch(() => null)
  if (real !== null) return real
  const parent = dirname(path)
  return parent === path ? path : join(await realPath(parent), basename(path))
}

/** Refuses an option naming something that is not a folder, saying what it is instead. */
export async function requireDirectory(path: string, option: string): Promise<void> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new OptionError(option, `${path} does not exist`)
    throw fileSystemOptionError(error, option) ?? error
  })
  if (!info.isDirectory()) throw new OptionError(option, `${path} is a file, not a folder`)
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
