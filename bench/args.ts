// `npm run bench -- [--latency MS] [--smoke] [--out DIR]`
import { parseArgs } from 'node:util'

export interface BenchArgs {
  /** Added by the local GitHub to every request. */
  latencyMs: number
  /** One section, tiny latency, no throttling spacing: checks the plumbing in seconds, measures nothing. */
  smoke: boolean
  /** Where results.md and results.json go; default bench/ (full) or a new temp folder (smoke). */
  outDir?: string
}

export const DEFAULT_LATENCY_MS = 50
export const SMOKE_LATENCY_MS = 2

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      latency: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
    strict: true,
  })
  const smoke = values.smoke ?? false
  let latencyMs = smoke ? SMOKE_LATENCY_MS : DEFAULT_LATENCY_MS
  if (values.latency !== undefined) {
    latencyMs = Number(values.latency)
    if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error(`--latency wants milliseconds (a number ≥ 0), got '${values.latency}'`)
  }
  return { latencyMs, smoke, ...(values.out ? { outDir: values.out } : {}) }
}
