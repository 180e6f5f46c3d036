// Whether the source checkout can tell the credited files' history as GitHub would, and if so
// that history: two git calls (where the checkout is and what HEAD is; one `git log`).
//
// It can when `source.dir` is the root of a full clone whose HEAD is the commit being credited:
// `source.commit` when the run names one (the action: the commit of the event), else the
// `source.ref` on GitHub, which only GitHub knows (the caller asks it with its first query).
// A shallow clone (actions/checkout's default) lacks the older commits; a folder inside
// another repository names its files by other paths than GitHub's `history(path:)` does.
import { realpath } from 'node:fs/promises'
import { checkoutLogArgs, parseCheckoutLog, type CheckoutCommit } from './checkout-log.js'
import { runGit } from './git-command.js'

export interface CheckoutHistory {
  /** HEAD's oid: the commit credited. */
  head: string
  /** Commits that changed a credited file, newest first. */
  commits: CheckoutCommit[]
  /** Per credited path, its commits' oids, newest first. */
  files: Map<string, string[]>
}

export type CheckoutReading = { usable: true; history: CheckoutHistory } | { usable: false; reason: string }

const unusable = (reason: string): CheckoutReading => ({ usable: false, reason })

/**
 * The history of `paths` in the checkout at `dir`, or why it cannot stand for GitHub's:
 * not a checkout's root, shallow, HEAD not `commit`, a credited file it has no commit for.
 */
export async function readCheckoutHistory(dir: string, paths: readonly string[], commit: string | undefined): Promise<CheckoutReading> {
  let facts: string[]
  try {
    facts = (await runGit(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository', 'HEAD'])).trim().split('\n')
  } catch (error) {
    return unusable(`the source folder is not a git checkout (${(error as Error).message})`)
  }
  const [top, shallow, head] = facts
  const [here, root] = await Promise.all([realpath(dir), realpath(top ?? '').catch(() => '')])
  if (here !== root) return unusable(`the source folder is not the root of its git checkout (${top})`)
  if (shallow === 'true') return unusable('the source checkout is a shallow clone')
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head ?? '')) return unusable('the source checkout has no HEAD commit')
  if (commit !== undefined && !(/^[0-9a-f]{7,64}$/i.test(commit) && head.startsWith(commit.toLowerCase()))) {
    return unusable(`the checkout's HEAD ${head.slice(0, 7)} is not the source commit ${commit.slice(0, 7)}`)
  }
  let commits: CheckoutCommit[]
  try {
    commits = parseCheckoutLog(await runGit(dir, checkoutLogArgs(head, paths)), paths)
  } catch (error) {
    return unusable(`the checkout's history could not be read (${(error as Error).message})`)
  }
  const files = new Map<string, string[]>(paths.map((path) => [path, []]))
  for (const entry of commits) for (const file of entry.files) files.get(file)?.push(entry.oid)
  const unknown = paths.filter((path) => files.get(path)?.length === 0)
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).join(', ') + (unknown.length > 3 ? `, and ${unknown.length - 3} more` : '')
    return unusable(`the checkout's history has no commit of ${shown}`)
  }
  return { usable: true, history: { head, commits, files } }
}
