// A translation is stale when its English article changed after the translation last did.
// Decided from the commit histories the credit stage already read: no request of its own.
import type { CommitSummary } from '../shared/types.js'
import type { StaleCheck, StaleTranslation, TranslationPair } from './types.js'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Compares each pair's histories by commit date. A commit that touched both files counts for
 * both (same date: not stale). `history` undefined means the provider reads none (`none`).
 */
export function findStaleTranslations(
  pairs: readonly TranslationPair[],
  history: ReadonlyMap<string, readonly CommitSummary[]> | undefined,
  unavailable = 'the contributor provider reads no commit history',
): StaleCheck {
  if (!history) return { available: false, reason: unavailable }
  const stale: Omit<StaleTranslation, 'days'>[] = []
  const unknown: TranslationPair[] = []
  let checked = 0
  let asOf = Number.NEGATIVE_INFINITY
  for (const pair of pairs) {
    const english = history.get(pair.english)
    const translation = history.get(pair.source)
    if (!english || !translation || translation.length === 0) {
      unknown.push(pair)
      continue
    }
    checked++
    for (const commit of [...english, ...translation]) asOf = Math.max(asOf, Date.parse(commit.date))
    const translatedAt = newest(translation)
    const since = english.filter((commit) => Date.parse(commit.date) > Date.parse(translatedAt))
    if (since.length === 0) continue
    const staleSince = since.reduce((first, commit) => (Date.parse(commit.date) < Date.parse(first.date) ? commit : first)).date
    stale.push({ ...pair, commits: [...since], translatedAt, staleSince })
  }
  const asOfDate = Number.isFinite(asOf) ? new Date(asOf).toISOString() : null
  return {
    available: true,
    asOf: asOfDate,
    checked,
    stale: stale.map((s) => ({ ...s, days: Math.floor((asOf - Date.parse(s.staleSince)) / DAY_MS) })),
    unknown,
  }
}

/** The date of the newest commit (histories are newest first, but dates need not be). */
function newest(commits: readonly CommitSummary[]): string {
  return commits.reduce((latest, commit) => (Date.parse(commit.date) > Date.parse(latest.date) ? commit : latest)).date
}

/** The `stale-translations` figure: null when it says nothing (no history, or no pair compared, as in an English-only run). */
export function staleCount(check: StaleCheck): number | null {
  if (!check.available || (check.checked === 0 && check.unknown.length > 0)) return null
  return check.stale.length
}

/** Stale translations per language, e.g. `de 4, es 5`. */
export function stalePerLanguage(stale: readonly StaleTranslation[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const s of [...stale].sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : 0)))
    counts[s.language] = (counts[s.language] ?? 0) + 1
  return counts
}
