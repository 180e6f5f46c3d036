// Running git on the source checkout: pathspecs taken literally (a file name is never a
// pathspec pattern, and never an option: callers put paths after `--`), output as UTF-8.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** git could not run, or answered with an error; `message` is git's first line of stderr. */
export class GitCommandError extends Error {}

/**
 * Runs `git <args>` in `dir` and returns its standard output. `input` is written to git's
 * standard input (names and emails go there, never among the arguments).
 */
export async function runGit(dir: string, args: readonly string[], input?: string): Promise<string> {
  try {
    const running = execFileAsync('git', ['-c', 'core.quotepath=off', '--literal-pathspecs', ...args], {
      cwd: dir,
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'utf8',
    })
    // git may exit before it reads its input (most commands read none): a closed pipe is not an
    // error of the run, and left unhandled it would crash it (EPIPE). git's own exit status tells.
    running.child.stdin?.on('error', () => undefined)
    running.child.stdin?.end(input)
    const { stdout } = await running
    return stdout
  } catch (error) {
    const output = (error as { stderr?: unknown }).stderr
    const stderr = (typeof output === 'string' && output !== '' ? output : (error as Error).message).trim().split('\n')[0]
    throw new GitCommandError(stderr)
  }
}
