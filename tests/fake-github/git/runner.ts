import { execFileSync, spawn } from 'node:child_process'

/** Who the fake's own commits are by, so git works on machines with no git config. */
export const FAKE_IDENTITY = { name: 'Fake GitHub', email: 'fake-github@users.noreply.github.com' }

/** An environment isolated from the user's git configuration. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: FAKE_IDENTITY.name,
    GIT_AUTHOR_EMAIL: FAKE_IDENTITY.email,
    GIT_COMMITTER_NAME: FAKE_IDENTITY.name,
    GIT_COMMITTER_EMAIL: FAKE_IDENTITY.email,
    ...extra,
  }
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${code}): ${stderr.trim()}`)
  }
}

export interface GitRunOptions {
  input?: string | Buffer
  env?: Record<string, string>
  /** A work tree to run in instead of naming the bare repository (see `gitInWorkTree`). */
  cwd?: string
}

/** Runs git in a bare repository without blocking the server; resolves with stdout as bytes. */
export function gitBytes(gitDir: string, args: string[], options: GitRunOptions = {}): Promise<Buffer> {
  return runGit([`--git-dir=${gitDir}`, ...args], options)
}

/** Runs git in a linked work tree of a bare repository (`git worktree add`), where HEAD is the work tree's own. */
export async function gitInWorkTree(workTree: string, args: string[], options: GitRunOptions = {}): Promise<string> {
  return (await runGit(args, { ...options, cwd: workTree })).toString('utf8').replace(/\n$/, '')
}

function runGit(args: string[], options: GitRunOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env: gitEnv(options.env), ...(options.cwd ? { cwd: options.cwd } : {}) })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out))
      else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')))
    })
    // git may exit before reading all of stdin (e.g. on a bad object); that is its answer, not ours.
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ?? '')
  })
}

/** Like gitBytes, as text with the trailing newline removed. */
export async function git(gitDir: string, args: string[], options: GitRunOptions = {}): Promise<string> {
  return (await gitBytes(gitDir, args, options)).toString('utf8').replace(/\n$/, '')
}

/** Whether git succeeds (for questions like "is this an ancestor?"). */
export async function gitSucceeds(gitDir: string, args: string[], options: GitRunOptions = {}): Promise<boolean> {
  try {
    await gitBytes(gitDir, args, options)
    return true
  } catch (error) {
    if (error instanceof GitError) return false
    throw error
  }
}

/** Synchronous git, for tests inspecting a repository. Returns stdout unchanged. */
export function gitSync(gitDir: string, args: string[]): string {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], { env: gitEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}
