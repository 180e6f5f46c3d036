// `npm run bench -- [--scenarios LIST] [--sides LIST] [--latencies LIST] [--runs N]
//                   [--concurrency N] [--stagger MS] [--merge] [--from DIR]... [--report-only]
//                   [--smoke] [--out DIR]`
import { parseArgs } from 'node:util'
import { LATENCIES_MS, SCENARIOS, SIDES, type Scenario, type Side } from './matrix.js'

export interface BenchArgs {
  scenarios: Scenario[]
  sides: Side[]
  /** Added by the local GitHub to every request, one chain per value. */
  latenciesMs: number[]
  /** Repetitions of every cell. */
  runs: number
  /** Chains (each its own process and local GitHub) running at once. */
  concurrency: number
  /** Chains of the first round start this many milliseconds apart, so their renders do not all meet. */
  staggerMs: number
  /** Write results.md, the chart and the merged files from `--from` folders (and the output's own runs with `--merge`); measure nothing. */
  reportOnly: boolean
  /** Result folders whose runs join the output's (later ones replace the cells of earlier ones). */
  from: string[]
  /** Keep the runs of the cells this invocation does not measure from the results already in the output folder. */
  merge: boolean
  /** One section, tiny latency, no throttling spacing, one run, in-process: checks the plumbing in seconds, measures nothing. */
  smoke: boolean
  /** Where results.md, results.json, details.json and wall-time.svg go; default bench/ (full) or a new temp folder (smoke). */
  outDir?: string
}

export const USAGE =
  'usage: npm run bench -- [--scenarios full,noop,one-change] [--sides ours,ours-git-history,baseline,baseline-same-spacing] ' +
  '[--latencies 50,300,1000] [--runs 3] [--concurrency 8] [--stagger MS] [--merge] [--from DIR]... [--report-only] [--smoke] [--out DIR]'
export const SMOKE_LATENCY_MS = 2
const DEFAULT_RUNS = 3
const DEFAULT_CONCURRENCY = 8
const DEFAULT_STAGGER_MS = 15_000

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      scenarios: { type: 'string' },
      sides: { type: 'string' },
      latencies: { type: 'string' },
      latency: { type: 'string' },
      runs: { type: 'string' },
      concurrency: { type: 'string' },
      merge: { type: 'boolean', default: false },
      stagger: { type: 'string' },
      'report-only': { type: 'boolean', default: false },
      from: { type: 'string', multiple: true },
      smoke: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
    strict: true,
  })
  const smoke = values.smoke ?? false
  const latencies = values.latencies ?? values.latency
  return {
    scenarios: values.scenarios === undefined ? [...SCENARIOS] : pick('--scenarios', values.scenarios, SCENARIOS),
    sides: values.sides === undefined ? [...SIDES] : pick('--sides', values.sides, SIDES),
    latenciesMs:
      latencies === undefined
        ? smoke
          ? [SMOKE_LATENCY_MS]
          : [...LATENCIES_MS]
        : list('--latencies', latencies).map((v) => count('--latencies', v, 0)),
    runs: values.runs === undefined ? (smoke ? 1 : DEFAULT_RUNS) : count('--runs', values.runs, 1),
    concurrency: values.concurrency === undefined ? DEFAULT_CONCURRENCY : count('--concurrency', values.concurrency, 1),
    merge: values.merge ?? false,
    staggerMs: values.stagger === undefined ? (smoke ? 0 : DEFAULT_STAGGER_MS) : count('--stagger', values.stagger, 0),
    reportOnly: values['report-only'] ?? false,
    from: values.from ?? [],
    smoke,
    ...(values.out ? { outDir: values.out } : {}),
  }
}

function list(flag: string, value: string): string[] {
  const items = [
    ...new Set(
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ]
  if (items.length === 0) throw new Error(`${flag} wants a comma-separated list, got '${value}'\n${USAGE}`)
  return items
}

function pick<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  const items = list(flag, value)
  const bad = items.filter((v) => !(allowed as readonly string[]).includes(v))
  if (bad.length > 0) throw new Error(`${flag}: unknown ${bad.join(', ')} (one of ${allowed.join(', ')})\n${USAGE}`)
  // Matrix order, whatever the order given.
  return allowed.filter((v) => items.includes(v))
}

function count(flag: string, value: string, min: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} wants whole numbers ≥ ${min}, got '${value}'\n${USAGE}`)
  return n
}
