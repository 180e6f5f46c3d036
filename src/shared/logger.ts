/** Logging surface shared by the CLI (stderr) and the action (@actions/core). */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string, where?: { file?: string; line?: number }): void
  /** An error; with `where`, an annotation on that file (and line) of the sources. */
  error(message: string, where?: { file?: string; line?: number }): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}
