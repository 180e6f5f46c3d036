// Runs the bundled CLI (cli.js of this run's bundle, see bundle.ts) as a separate process, the
// way a user does: every test that starts the CLI starts it here.
import { spawn, type ChildProcess } from 'node:child_process'
import { bundled } from './bundle.js'
import { REPO_ROOT } from './repo-root.js'
import { runProcess } from './run-action.js'

/**
 * `node cli.js ARGS` in the repository's root, with exactly `env` as its environment. It does
 * not block this process (see runProcess): the local GitHub the CLI talks to may be served here.
 */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return runProcess(process.execPath, [bundled('cli.js'), ...args], env)
}

/** `node cli.js ARGS` started and handed over running, for a test that signals it (Ctrl-C). */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, [bundled('cli.js'), ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
}
