// The command line's arguments, parsed without side effects so they can be tested in-process.
import { parseArgs } from 'node:util'

export interface CliRepo {
  name: string
  /** Absent: the repository holds only a README.md. */
  dir?: string
  prefix?: string
}

export interface CliOptions {
  help: boolean
  /** Serve the history tests/support/example-history.ts makes for examples/learning-path. */
  exampleHistory: boolean
  port?: number
  token?: string
  history?: string
  latencyMs?: number
  /** Entries past which a recursive tree listing is truncated (GitHub: 100,000). */
  treeEntries?: number
  repos: CliRepo[]
}

export const USAGE =
  'usage: npm run fake-github -- [--port N] [--token T] [--history FILE | --example-history] [--repo OWNER/NAME[=DIR[:PREFIX]]]... [--latency MS] [--tree-entries N]'

/** Parses argv (without node and script); throws an Error with a message for people on bad input. */
export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      token: { type: 'string' },
      history: { type: 'string' },
      'example-history': { type: 'boolean' },
      repo: { type: 'string', multiple: true },
      latency: { type: 'string' },
      'tree-entries': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.history !== undefined && values['example-history']) throw new Error('give --history FILE or --example-history, not both')
  return {
    help: values.help ?? false,
    exampleHistory: values['example-history'] ?? false,
    port: values.port === undefined ? undefined : number('--port', values.port),
    token: values.token,
    history: values.history,
    latencyMs: values.latency === undefined ? undefined : number('--latency', values.latency),
    treeEntries: values['tree-entries'] === undefined ? undefined : number('--tree-entries', values['tree-entries']),
    repos: (values.repo ?? []).map(parseRepoSpec),
  }
}

/**
 * `OWNER/NAME=DIR[:PREFIX]`; PREFIX puts DIR's files under that folder of the repository.
 * `OWNER/NAME` alone: a repository whose only file is a README (a site without the pages yet).
 */
export function parseRepoSpec(spec: string): CliRepo {
  const match = /^([^/=]+\/[^/=]+)(?:=([^:]+)(?::(.+))?)?$/.exec(spec)
  if (!match) throw new Error(`--repo wants OWNER/NAME[=DIR[:PREFIX]], got ${spec}`)
  return { name: match[1], ...(match[2] ? { dir: match[2] } : {}), ...(match[3] ? { prefix: match[3] } : {}) }
}

function number(flag: string, value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} wants a whole number, got ${value}`)
  return n
}
