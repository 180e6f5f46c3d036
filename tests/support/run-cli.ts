// Runs the bundled CLI (cli.js of this run's bundle, see bundle.ts) as a separate process, the
// way a user does: every test that starts the CLI starts it here.
import { bundled } from './bundle.js'
import { runProcess } from './run-action.js'

/**
 * `node cli.js ARGS` in the repository's root, with exactly `env` as its environment. It does
 * not block this process (see runProcess): the local GitHub the CLI talks to may be served here.
 */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return runProcess(process.execPath, [bundled('cli.js'), ...args], env)
}
