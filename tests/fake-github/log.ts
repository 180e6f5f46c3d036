import type { FakeExchange, RequestLogEntry } from './types.js'

/**
 * The request log: arrays the server appends to and tests read live. `entries` is the short
 * form; `exchanges` holds each request and answer whole, for the contract tests.
 */
export class RequestLog {
  readonly entries: RequestLogEntry[] = []
  readonly exchanges: FakeExchange[] = []

  add(entry: RequestLogEntry, exchange: FakeExchange): void {
    this.entries.push(entry)
    this.exchanges.push(exchange)
  }

  /** Empties the arrays in place, so references tests hold stay live. */
  clear(): void {
    this.entries.length = 0
    this.exchanges.length = 0
  }
}
