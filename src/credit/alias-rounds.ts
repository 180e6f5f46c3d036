// Sending many small asks (one alias each) in as few GraphQL queries as the plan allows,
// round after round: an alias GitHub answered with an error is asked once more in the next
// round; a follow-up ask (the next page of a history) joins the next round too.
// Whole-request failures are not retried here: octokit's retry and throttling plugins have
// already retried 5xx, 429, secondary rate limits and dropped connections by then.

import { chunkBySizes } from './batch-plan.js'

export type Answer<Item, Value> = { ok: true; value: Value; followUp?: Item } | { ok: false; reason: string }

export interface RoundsOptions<Item, Value> {
  /** Batch sizes for `count` pending asks in a round. */
  plan(count: number): number[]
  /** One query for a batch; one answer per item, in order. Throwing fails the whole batch. */
  send(batch: Item[]): Promise<Answer<Item, Value>[]>
  /** Whether a thrown error must stop everything (bad credentials) rather than fail the batch. */
  isFatal(error: unknown): boolean
  /** Times an alias is asked in all (first ask + retries). */
  attempts: number
}

export interface RoundsOutcome<Item, Value> {
  answers: { item: Item; value: Value }[]
  failures: { item: Item; reason: string }[]
  requests: number
}

export async function runAliasRounds<Item, Value>(
  items: readonly Item[],
  options: RoundsOptions<Item, Value>,
): Promise<RoundsOutcome<Item, Value>> {
  const outcome: RoundsOutcome<Item, Value> = { answers: [], failures: [], requests: 0 }
  let pending = items.map((item) => ({ item, tries: 0 }))
  while (pending.length > 0) {
    const next: typeof pending = []
    for (const batch of chunkBySizes(pending, options.plan(pending.length))) {
      outcome.requests++
      let answers: Answer<Item, Value>[]
      try {
        answers = await options.send(batch.map((ask) => ask.item))
      } catch (error) {
        if (options.isFatal(error)) throw error
        const reason = error instanceof Error ? error.message : String(error)
        for (const ask of batch) outcome.failures.push({ item: ask.item, reason })
        continue
      }
      batch.forEach((ask, i) => {
        const answer = answers[i] ?? { ok: false, reason: 'no answer' }
        if (answer.ok) {
          outcome.answers.push({ item: ask.item, value: answer.value })
          if (answer.followUp !== undefined) next.push({ item: answer.followUp, tries: 0 })
        } else if (ask.tries + 1 < options.attempts) {
          next.push({ item: ask.item, tries: ask.tries + 1 })
        } else {
          outcome.failures.push({ item: ask.item, reason: answer.reason })
        }
      })
    }
    pending = next
  }
  return outcome
}
