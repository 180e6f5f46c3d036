import { changedPaths, planCounts, type ChangePlan } from '../plan/plan-changes.js'
import type { PublishResult } from './site.js'
import { unifiedDiff } from './line-diff.js'

/** The whole plan as one unified diff (`a/` and `b/` repository paths, as `git diff` prints). */
export function planDiff(plan: ChangePlan, repositoryPath: (relPath: string) => string): string {
  const parts: { path: string; text: string }[] = []
  for (const page of plan.add) parts.push({ path: page.path, text: unifiedDiff('', `b/${repositoryPath(page.path)}`, null, page.content) })
  for (const page of plan.update) {
    const file = repositoryPath(page.path)
    parts.push({ path: page.path, text: unifiedDiff(`a/${file}`, `b/${file}`, page.previousContent, page.content) })
  }
  for (const page of plan.delete)
    parts.push({ path: page.path, text: unifiedDiff(`a/${repositoryPath(page.path)}`, '', page.previousContent, null) })
  return parts
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
    .map((p) => p.text)
    .join('')
}

/** A dry run writes nothing: the result says what a real run would change. */
export function dryRunResult(plan: ChangePlan, repositoryPath: (relPath: string) => string): PublishResult {
  return { operation: 'none', changedFiles: changedPaths(plan).map(repositoryPath), counts: planCounts(plan) }
}
