// Auto-merge keeping its promise: once what it waited for arrives (a required check succeeds,
// an approving review, protection relaxed), GitHub merges the pull request with the method it
// was turned on with, as the person who turned it on. Called after each such change.
import type { FakeRepo } from '../git/repo-store.js'
import type { FakeMergeMethod } from '../types.js'
import { mergePull } from './perform.js'
import { computeMergeState } from './state.js'

/** Merge states auto-merge merges at (UNSTABLE: only checks that are not required are failing or pending). */
const READY = new Set(['CLEAN', 'UNSTABLE', 'HAS_HOOKS'])

export async function settleAutoMerge(repo: FakeRepo): Promise<void> {
  for (const pull of repo.pulls) {
    if (pull.state !== 'open' || !pull.autoMerge) continue
    if (!READY.has((await computeMergeState(repo, pull)).status)) continue
    await mergePull(repo, pull, { method: pull.autoMerge.mergeMethod.toLowerCase() as FakeMergeMethod, actor: pull.autoMerge.enabledBy })
  }
}
