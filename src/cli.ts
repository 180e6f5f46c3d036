import { readFileSync } from 'node:fs'
import { runRenderCommand } from './commands/render.js'
import { runSyncCommand } from './commands/sync-command.js'
import { redact } from './shared/redact.js'
import { UserError } from './shared/user-error.js'
import { flagNamer } from './commands/args.js'
import { OPTION_TABLE, type CommandName } from './shared/option-table.js'
import { inertLine } from './escape/log-line.js'
import { interruptedState } from './shared/write-progress.js'

// The command table: adding a command is one line here.
const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; summary: string }> = {
  render: { run: runRenderCommand, summary: "render a Learning Path checkout into the site's pages" },
  sync: { run: runSyncCommand, summary: 'bring the site up to date: one pull request (--target), or a pages folder on disk (--out)' },
}

const HELP =
  [
    'Usage: learning-path-sync <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`),
    '',
    'Run `learning-path-sync <command> --help` (or -h) for the options of a command; `learning-path-sync --version` for the version.',
  ].join('\n') + '\n'

// Set by scripts/build.mjs from package.json; absent when src/ runs unbundled.
declare const __LPS_VERSION__: string | undefined

/** The version in package.json: built into the bundle, else read next to src/. */
function version(): string {
  if (typeof __LPS_VERSION__ === 'string') return __LPS_VERSION__
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined) {
    // No command is a usage error: the help goes to stderr with a failing status.
    process.stderr.write(HELP)
    return 1
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // `help render` is `render --help` (and `help publish` the unknown command it is).
    if (name === 'help' && rest[0] !== undefined) return main([rest[0], '--help'])
    process.stdout.write(HELP)
    return 0
  }
  if (name === '--version' || name === '-V' || name === '-v' || name === 'version') {
    process.stdout.write(`learning-path-sync ${version()}\n`)
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    process.stderr.write(inertLine(`error: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`) + '\n')
    return 1
  }
  // With --verbose, which build runs, first: a log that says so answers "which version was that?".
  if (rest.includes('--verbose')) process.stderr.write(`debug: learning-path-sync ${version()} ${name}\n`)
  try {
    return await command.run(rest)
  } catch (error) {
    // Users get one line; a bug also gets its stack with --verbose.
    // The engine names options by their input names; here they are flags.
    const raw =
      error instanceof UserError
        ? error.worded(flagNamer(OPTION_TABLE, name as CommandName))
        : error instanceof Error
          ? error.message
          : String(error)
    // The token out (a line of it too), and nothing the runner could take for a command.
    const message = redact(raw, [process.env.GITHUB_TOKEN ?? ''])
    process.stderr.write(inertLine(`error: ${message.split('\n')[0]}`) + '\n')
    if (!(error instanceof UserError) && rest.includes('--verbose') && error instanceof Error)
      process.stderr.write(`${redact(error.stack ?? '', [process.env.GITHUB_TOKEN ?? ''])}\n`)
    return 1
  }
}

/** A crash outside main()'s own try (a callback, a promise nobody awaits): one `error:` line and exit 1, as any other failure. */
function crashed(error: unknown): never {
  const message = redact(error instanceof Error ? error.message : String(error), [process.env.GITHUB_TOKEN ?? ''])
  process.stderr.write(inertLine(`error: learning-path-sync crashed: ${message.split('\n')[0]}`) + '\n')
  process.exit(1)
}

/** Ctrl-C: one line saying what the run leaves, and the shell's status for an interrupt (128 + SIGINT's 2). */
function interrupted(): never {
  process.stderr.write(inertLine(`interrupted (Ctrl-C): ${interruptedState()}`) + '\n')
  process.exit(130)
}

process.on('SIGINT', interrupted)
process.on('uncaughtException', crashed)
process.on('unhandledRejection', crashed)
process.exitCode = await main(process.argv.slice(2))
