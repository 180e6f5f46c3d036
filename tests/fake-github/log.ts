import type { RequestLogEntry } from './types.js'

/** The request log: an array the server appends to and tests read live. */
export class RequestLog {
  readonly entries: RequestLogEntry[] = []

  add(entry: RequestLogEntry): void {
    this.entries.push(entry)
  }

  /** Empties the array in place, so references tests hold stay live. */
  clear(): void {
    this.entries.length = 0
  }
}
