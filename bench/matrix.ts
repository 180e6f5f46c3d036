// The benchmark's matrix: scenarios × sides × latencies, and the record of one measured run,
// exactly as results.json holds it.

export const SCENARIOS = ['full', 'noop', 'one-change'] as const
export const SIDES = ['ours', 'ours-git-history', 'baseline', 'baseline-same-spacing'] as const
export const LATENCIES_MS = [50, 300, 1000] as const

export type Scenario = (typeof SCENARIOS)[number]
export type Side = (typeof SIDES)[number]

/** One measured run: one scenario of one side at one latency. */
export interface RunRecord {
  scenario: Scenario
  side: Side
  latencyMs: number
  wallMs: number
  graphqlRequests: number
  graphqlPoints: number
  restReads: number
  restWrites: number
  peakRssMb: number
}

/** What results.md needs beyond the record (bench/details.json, keyed like `runKey`). */
export interface RunDetail {
  key: string
  /** 1, 2, 3 ...: which repetition of its cell. */
  run: number
  /** The record's wall time again, to find a cell's median run. */
  wallMs: number
  pages: number
  operation: string
  changedFiles: number
  /** Files the run's new commit changed against the branch's previous head (one-change, ours). */
  commitFiles?: string[]
  /** Milliseconds per engine phase (ours only). */
  phases?: Record<string, number>
  /** Points of each GraphQL request, in order. */
  graphqlCosts: number[]
  /** Spawn to exit of the scenario's process, start-up included (full runs only). */
  processMs?: number
  /** 1-minute load average when the run started. */
  loadAtStart: number
  /** Every request of the run, times relative to the start of the measured work (ours; the old pattern's no-op). */
  timeline?: TimelineEntry[]
}

export interface TimelineEntry {
  method: string
  path: string
  /** GraphQL operation name, when there is one. */
  operation?: string
  startMs: number
  endMs: number
  write: boolean
}

/** What results.json holds. */
export interface BenchResults {
  runs: RunRecord[]
}

export const cellKey = (r: { scenario: string; side: string; latencyMs: number }) => `${r.scenario}/${r.side}/${r.latencyMs}`
export const runKey = (r: { scenario: string; side: string; latencyMs: number }, run: number) => `${cellKey(r)}/${run}`
