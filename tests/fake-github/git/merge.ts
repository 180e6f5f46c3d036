// Merging in the bare repository as GitHub's merge button does: the tree of a three-way merge
// of base and head (`git merge-tree --write-tree`, git's own merge, no work tree needed), and
// head's commits replayed onto base for a rebase merge. git has no bare-repository rebase
// before 2.44 (`git replay`) nor a merge-tree with a chosen merge base before 2.40, so the
// rebase cherry-picks in a temporary linked work tree, whose HEAD is its own: the branches of
// the repository are not touched until the caller moves the base.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gitDate, readCommit, type Signature } from './objects.js'
import { git, GitError, gitInWorkTree } from './runner.js'

/** The tree merging `head` into `base` makes, or null when they conflict. */
export async function mergeTree(gitDir: string, base: string, head: string): Promise<string | null> {
  try {
    return (await git(gitDir, ['merge-tree', '--write-tree', '--no-messages', base, head])).split('\n')[0]
  } catch (error) {
    // Exit status 1 is git's "the merge has conflicts"; anything else is a real failure.
    if (error instanceof GitError && error.code === 1) return null
    throw error
  }
}

/** The commits of `head` that `base` does not have, oldest first. */
export async function commitsBetween(gitDir: string, base: string, head: string): Promise<string[]> {
  return (await git(gitDir, ['rev-list', '--reverse', '--topo-order', `${base}..${head}`])).split('\n').filter(Boolean)
}

/**
 * Replays head's commits onto base, authors and messages kept, `committer` committing (GitHub
 * commits rebased commits itself); returns the last new commit, or null when a commit does not
 * apply or head has merge commits (GitHub: "This branch can't be rebased").
 */
export async function rebaseOnto(gitDir: string, base: string, head: string, committer: Signature): Promise<string | null> {
  const commits = await commitsBetween(gitDir, base, head)
  for (const sha of commits) if (((await readCommit(gitDir, sha))?.parents.length ?? 0) !== 1) return null
  if (commits.length === 0) return base
  const workTree = await mkdtemp(path.join(tmpdir(), 'fake-github-rebase-'))
  const env = { GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email, GIT_COMMITTER_DATE: gitDate(committer.date) }
  try {
    await git(gitDir, ['worktree', 'add', '--detach', '--quiet', workTree, base])
    try {
      await gitInWorkTree(workTree, ['cherry-pick', '--keep-redundant-commits', ...commits], { env })
    } catch (error) {
      if (error instanceof GitError) return null
      throw error
    }
    return await gitInWorkTree(workTree, ['rev-parse', 'HEAD'])
  } finally {
    await git(gitDir, ['worktree', 'remove', '--force', workTree]).catch(() => undefined)
    await rm(workTree, { recursive: true, force: true })
    await git(gitDir, ['worktree', 'prune']).catch(() => undefined)
  }
}
