import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

/**
 * The commit the sources are at, when `dir` is the root of a git checkout (the CLI's
 * `--source-path`, or the action's `source-path` checked out from another repository); the
 * pull request links it and the sync commit's trailer names it. Undefined otherwise: a folder
 * inside another checkout is not at that checkout's HEAD.
 */
export function checkoutHead(dir: string): string | undefined {
  try {
    const sha = execFileSync('git', ['-C', dir, 'rev-parse', '--verify', '-q', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
    const top = execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
    return /^[0-9a-f]{40}$/.test(sha) && resolve(top) === resolve(dir) ? sha : undefined
  } catch {
    return undefined
  }
}
