// Sending many small asks (one alias each) in as few GraphQL queries as the plan allows, one
// query at a time: what an answer reveals (the next page of a history, the commits it names)
// and the aliases GitHub answered with an error join the asks still pending, and the next
// query is planned from all of them, so no round trip waits for a whole round to end.
// Whole-request failures are not retried here: octokit's retry and throttling plugins have
// already retried 5xx, 429, secondary rate limits and dropped connections by then. A UserError
// (bad credentials, no such repository or ref) stops everything rather than fail one batch.
import { UserError } from '../shared/user-error.js'

export type Answer<Item, Value> = { ok: true; value: Value; followUps?: Item[] } | { ok: false; reason: string }

/** Times an alias GitHub answered with an error is asked in all (first ask + retries). */
export const ATTEMPTS_PER_ALIAS = 2

/** One query for a batch; one answer per item, in order. Throwing fails the whole batch. */
export type SendBatch<Item, Value> = (batch: Item[]) => Promise<Answer<Item, Value>[]>

export interface RoundsOutcome<Item, Value> {
  answers: { item: Item; value: Value }[]
  failures: { item: Item; reason: string }[]
  requests: number
}

interface Pending<Item> {
  item: Item
  tries: number
}

/**
 * Asks about every item and whatever their answers reveal. `nextBatch`: how many of the pending
 * asks, from the front, the next query carries (at least one is sent). `rank`: asks of a lower
 * rank go to the front of the queue (those that reveal more work).
 */
export async function runAliasRounds<Item, Value>(
  items: readonly Item[],
  send: SendBatch<Item, Value>,
  nextBatch: (pending: readonly Item[]) => number,
  rank: (item: Item) => number = () => 0,
): Promise<RoundsOutcome<Item, Value>> {
  const outcome: RoundsOutcome<Item, Value> = { answers: [], failures: [], requests: 0 }
  // A stable sort keeps the order of asks of the same rank.
  const queue = (asks: Pending<Item>[]) =>
    asks.map((ask, i) => ({ ask, i })).sort((a, b) => rank(a.ask.item) - rank(b.ask.item) || a.i - b.i)
  let pending = queue(items.map((item) => ({ item, tries: 0 }))).map(({ ask }) => ask)
  while (pending.length > 0) {
    const size = Math.min(pending.length, Math.max(1, nextBatch(pending.map((ask) => ask.item))))
    const batch = pending.slice(0, size)
    const later = pending.slice(size)
    outcome.requests++
    let answers: Answer<Item, Value>[]
    try {
      answers = await send(batch.map((ask) => ask.item))
    } catch (error) {
      if (error instanceof UserError) throw error
      const reason = error instanceof Error ? error.message : String(error)
      for (const ask of batch) outcome.failures.push({ item: ask.item, reason })
      pending = later
      continue
    }
    const added: Pending<Item>[] = []
    batch.forEach((ask, i) => {
      const answer = answers[i] ?? { ok: false, reason: 'no answer' }
      if (answer.ok) {
        outcome.answers.push({ item: ask.item, value: answer.value })
        for (const followUp of answer.followUps ?? []) added.push({ item: followUp, tries: 0 })
      } else if (ask.tries + 1 < ATTEMPTS_PER_ALIAS) {
        added.push({ item: ask.item, tries: ask.tries + 1 })
      } else {
        outcome.failures.push({ item: ask.item, reason: answer.reason })
      }
    })
    pending = queue([...later, ...added]).map(({ ask }) => ask)
  }
  return outcome
}
