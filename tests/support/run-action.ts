// Runs the bundled action (index.js of this run's bundle, see bundle.ts) as a separate process,
// the way a runner does: inputs as INPUT_* variables, the event as a JSON file, outputs and
// summary as files.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bundled } from './bundle.js'
import { REPO_ROOT } from './repo-root.js'

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface ActionRunOptions {
  inputs: Record<string, string>
  eventName: 'push' | 'schedule' | 'workflow_dispatch'
  event: object
  repository: string
  sha: string
  apiUrl: string
  extraEnv?: Record<string, string>
  /** Leave GITHUB_STEP_SUMMARY unset, as a runner without job summaries or a local run does. */
  noSummaryFile?: boolean
  /** The runner's workspace (GITHUB_WORKSPACE, and the step's working directory); default the project root. */
  workspace?: string
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER\nvalue\nDELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (match) {
      const [, name, delimiter] = match
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/**
 * Runs a command without blocking this process's event loop: the local GitHub the child talks
 * to is served from this very process, so a synchronous spawn would deadlock.
 */
export async function runProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = REPO_ROOT,
): Promise<{ status: number; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const status: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)))
  return { status, stdout, stderr }
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lps-runner-'))
  const eventPath = path.join(dir, 'event.json')
  const outputPath = path.join(dir, 'output')
  const summaryPath = path.join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.event))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputEnv = Object.fromEntries(Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_SHA: options.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'Sync website',
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'someone',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputPath,
    ...(options.noSummaryFile ? {} : { GITHUB_STEP_SUMMARY: summaryPath }),
    RUNNER_TEMP: dir,
    ...(options.workspace ? { GITHUB_WORKSPACE: options.workspace } : {}),
    LEARNING_PATH_SYNC_FAST_RETRIES: '1',
    ...inputEnv,
    ...options.extraEnv,
  }
  const { status: exitCode, stdout, stderr } = await runProcess(process.execPath, [bundled('index.js')], env, options.workspace)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  }
}
