// results.md from the measured runs. Pure: data in, text out.
import type { OldBreakdown } from './baseline/old-lookups.js'
import type { MachineInfo } from './machine.js'
import type { RunDetail, RunRecord } from './matrix.js'

/** One `npm run bench` that contributed runs. */
export interface Invocation {
  date: string
  argv: string[]
  chains: number
  concurrency: number
  loadStart: number[]
  loadEnd: number[]
  failures: string[]
}

export interface ResultsInput {
  runs: RunRecord[]
  details: RunDetail[]
  invocations: Invocation[]
  machine: MachineInfo
  smoke: boolean
  sections: string[] | 'all'
  breakdown: OldBreakdown
  problems: string[]
}

export function renderResultsMarkdown(input: ResultsInput): string {
  return `# Benchmark\n\n${input.runs.length} runs (report pending)\n`
}
