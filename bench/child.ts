// Runs a bench script (a scenario, a chain) in a fresh Node process and reads its result line.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { RESULT_PREFIX, type Job, type JobResult } from './jobs.js'
import { REPO_ROOT } from '../tests/support/repo-root.js'

const SCENARIO = path.join(REPO_ROOT, 'bench/scenario.ts')

/**
 * `node --import tsx SCRIPT JSON(input)`; resolves with the JSON after `prefix` on its stdout.
 * A non-zero exit or a missing result line rejects, naming `label` and the last lines of stderr.
 */
export function runScriptInChild<Result>(script: string, input: unknown, prefix: string, label: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(input)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(prefix))
      if (code !== 0 || !line) {
        reject(new Error(`${label} failed with exit code ${code}:\n${stderr.split('\n').slice(-30).join('\n')}`))
        return
      }
      resolve(JSON.parse(line.slice(prefix.length)) as Result)
    })
  })
}

export function runInChild(job: Job): Promise<JobResult> {
  return runScriptInChild<JobResult>(SCENARIO, job, RESULT_PREFIX, `scenario ${job.name} (${job.kind})`)
}
