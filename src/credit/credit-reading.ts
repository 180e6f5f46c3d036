// What a read of the credit data yields, wherever the commit lists came from (GitHub's history
// queries, or the checkout's git log), and turning it into the credit stage's result. One
// definition, so that both reads credit, fail and hand the health report its history alike.
import type { CommitSummary, CreditResult } from '../shared/types.js'
import { commitPeople, type CommitRecord } from './credit-rule.js'
import { creditWithRules, type IdentityRules } from './identity-rules.js'

export interface CreditReading {
  /** Per file whose commit list was read: its commits' oids, newest first. */
  histories: Map<string, string[]>
  /** Per file whose commit list could not be read: why. */
  historyFailures: Map<string, string>
  /** What the credit rule needs of each commit that was read whole. */
  records: Map<string, CommitRecord>
  /** Date, headline and page of each commit, for the health report. */
  summaries: Map<string, CommitSummary>
  /** Per commit that could not be read whole: why. */
  commitFailures: Map<string, string>
  /** Distinct commits the lists name. */
  commits: number
}

/**
 * Each path's contributors from its commits' records; a path whose list or one of whose commits
 * could not be read is a failure (its pages keep the lists the site has), never an empty list.
 */
export function creditReading(paths: readonly string[], reading: CreditReading, rules: IdentityRules, result: CreditResult): void {
  for (const path of paths) {
    const historyFailure = reading.historyFailures.get(path)
    const oids = reading.histories.get(path) ?? []
    const missing = oids.filter((oid) => !reading.records.has(oid))
    if (historyFailure) {
      result.failures.push({ path, reason: `history of ${path} could not be read: ${historyFailure}` })
    } else if (missing.length > 0) {
      const reasons = [...new Set(missing.map((oid) => reading.commitFailures.get(oid) ?? 'no answer'))]
      const shown = missing
        .slice(0, 3)
        .map((oid) => oid.slice(0, 7))
        .join(', ')
      result.failures.push({
        path,
        reason: `details of ${missing.length} commit(s) of ${path} (${shown}${missing.length > 3 ? ', ...' : ''}) could not be read: ${reasons.join('; ')}`,
      })
    } else {
      const history = oids.map((oid) => reading.records.get(oid) as CommitRecord)
      const { contributors, changedBy } = creditWithRules(history, rules)
      result.contributors.set(path, contributors)
      if (changedBy.length > 0) (result.changedBy ??= new Map()).set(path, changedBy)
      const summaries = oids.map((oid) => reading.summaries.get(oid))
      if (summaries.every((summary) => summary !== undefined)) {
        const rewrite = rules.rewriter()
        const withAuthors = summaries.map((summary, i) => ({ ...summary, authors: commitPeople(history[i], rewrite) }))
        ;(result.history ??= new Map()).set(path, withAuthors)
      }
    }
  }
}
