// What an interrupted run leaves behind depends on whether it had started writing. The places
// that write (a pages folder, the website repository) say so here as they start and finish;
// the CLI's Ctrl-C handler reads it to say in one line what state the run left. Process-wide
// on purpose: a signal arrives outside any call chain that could carry it.

/** Where the run writes, once it has started to. */
export interface WriteInProgress {
  /** `the pages folder /x/out`, `OWNER/NAME`. */
  target: string
  /** What a half-done write leaves and how to finish it. */
  leftBehind: string
}

let current: { write: WriteInProgress; done: boolean } | undefined

/** Called by a writer before its first write. */
export function startWriting(write: WriteInProgress): void {
  current = { write, done: false }
}

/** Called by a writer after its last write. */
export function finishWriting(): void {
  if (current) current.done = true
}

/** The state a run stopped now leaves, in one sentence. */
export function interruptedState(): string {
  if (!current) return 'nothing was written'
  const { write, done } = current
  return done ? `${write.target} was already written in full` : `it was writing to ${write.target}: ${write.leftBehind}`
}

/** Forgets the run's writes (tests run several in one process). */
export function resetWriteProgress(): void {
  current = undefined
}
