import type { Logger } from './types.js'

/** A logger that writes to stderr, for the CLI; `quiet` drops debug and info lines. */
export function createConsoleLogger(options: { verbose?: boolean; quiet?: boolean } = {}): Logger {
  const write = (line: string) => process.stderr.write(line + '\n')
  return {
    debug: (m) => {
      if (options.verbose) write(`debug: ${m}`)
    },
    info: (m) => {
      if (!options.quiet) write(m)
    },
    warning: (m, where) => {
      const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : ''
      write(`warning: ${at}${m}`)
    },
    error: (m) => write(`error: ${m}`),
    group: async (name, fn) => {
      if (!options.quiet) write(`== ${name}`)
      return fn()
    },
  }
}

/** A logger that keeps every line, for tests. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m, where) =>
      lines.push(`warning: ${where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : ''}${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: async (name, fn) => {
      lines.push(`== ${name}`)
      return fn()
    },
  }
}
