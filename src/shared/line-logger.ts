import { type Logger } from './logger.js'
import { redact } from './redact.js'
import { inertLine } from '../escape/log-line.js'

/** `file:line: ` before a message about a place of the sources; empty without a file. */
export function at(where?: { file?: string; line?: number }): string {
  return where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : ''
}

/**
 * A logger that writes each line with `write`; `quiet` drops info lines and group titles, `verbose` keeps debug lines.
 * Every line is made inert: messages carry text of the sources, and the CLI runs in workflows too.
 */
function createLineLogger(writeLine: (line: string) => void, options: LineLoggerOptions): Logger {
  const write = (line: string) => writeLine(inertLine(redact(line, options.secrets ?? [])))
  return {
    debug: (m) => {
      if (options.verbose) write(`debug: ${m}`)
    },
    info: (m) => {
      if (!options.quiet) write(m)
    },
    notice: (m) => write(`notice: ${m}`),
    warning: (m, where) => write(`warning: ${at(where)}${m}`),
    error: (m, where) => write(`error: ${at(where)}${m}`),
    group: async (name, fn) => {
      if (!options.quiet) write(`== ${name}`)
      return fn()
    },
  }
}

interface LineLoggerOptions {
  verbose?: boolean
  quiet?: boolean
  /** Removed from every line (the token, whatever form a library's error gives it). */
  secrets?: readonly string[]
}

/** A logger that writes to stderr, for the CLI; `quiet` drops debug and info lines. */
export function createConsoleLogger(options: LineLoggerOptions = {}): Logger {
  return createLineLogger((line) => process.stderr.write(line + '\n'), options)
}

/** A logger that keeps every line, debug included, in the CLI's format, for tests. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return { ...createLineLogger((line) => lines.push(line), { verbose: true }), lines }
}
