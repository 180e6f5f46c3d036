// Runs one job and measures it from inside the process that runs it.
import { performance } from 'node:perf_hooks'
import { runBaseline } from './baseline/run-baseline.js'
import type { Job, JobResult } from './jobs.js'
import { plannedPages, runOurs } from './run-ours.js'

export async function runJob(job: Job): Promise<JobResult> {
  const started = performance.now()
  const startedAtMs = performance.timeOrigin + started
  if (job.kind === 'ours') {
    const { result, phases } = await runOurs(job)
    const wallMs = performance.now() - started
    return {
      wallMs,
      pages: plannedPages(result.plan),
      peakRssMb: peakRssMb(),
      operation: result.operation,
      changedFiles: result.changedFiles.length,
      ...(result.headSha ? { headSha: result.headSha } : {}),
      phases,
      startedAtMs,
    }
  }
  const outcome = await runBaseline(job)
  const wallMs = performance.now() - started
  return {
    wallMs,
    pages: outcome.pages,
    peakRssMb: peakRssMb(),
    operation: 'pushed',
    changedFiles: outcome.pages,
    headSha: outcome.commitSha,
    startedAtMs,
  }
}

/** The process's peak resident set size so far, as the kernel counts it (maxRSS is in KiB). */
function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024
}
