import type { WarningKind } from './types.js'

/** Logging surface shared by the CLI (stderr) and the action (@actions/core). */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  /** Worth a look but nothing wrong (a slower way taken, and how to avoid it): an annotation on a runner. */
  notice(message: string): void
  /** A warning; with `where`, an annotation on that file (and line) of the sources; `kind` lets many of one kind become one. */
  warning(message: string, where?: { file?: string; line?: number; kind?: WarningKind }): void
  /** An error; with `where`, an annotation on that file (and line) of the sources. */
  error(message: string, where?: { file?: string; line?: number }): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}
