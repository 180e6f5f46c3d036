// Runs one scenario in a fresh Node process and reads its result line.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { RESULT_PREFIX, type Job, type JobResult } from './jobs.js'
import { REPO_ROOT } from '../tests/support/repo-root.js'

const SCENARIO = path.join(REPO_ROOT, 'bench/scenario.ts')

export function runInChild(job: Job): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCENARIO, JSON.stringify(job)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX))
      if (code !== 0 || !line) {
        reject(new Error(`scenario ${job.name} (${job.kind}) failed with exit code ${code}:\n${stderr.split('\n').slice(-30).join('\n')}`))
        return
      }
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as JobResult)
    })
  })
}
