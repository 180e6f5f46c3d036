// The one door through which the engine reads a Learning Path checkout. Keeping it this small
// lets tests hand in an in-memory tree and keeps the render stages free of `fs`.

/** An entry of a directory listing. */
export interface SourceEntry {
  name: string
  kind: 'file' | 'directory'
}

/**
 * Read-only view of a source checkout. Paths are POSIX and relative to the tree's root;
 * implementations must refuse paths that leave the root.
 */
export interface SourceTree {
  /** Entries of a directory, sorted by name (code-unit order), or throws when it is missing. */
  list(dir: string): Promise<SourceEntry[]>
  /** The raw bytes of a file. */
  readBytes(file: string): Promise<Uint8Array>
  /** Whether a file or directory exists at the path. */
  exists(path: string): Promise<boolean>
  /** Whether a directory exists at the path. */
  isDirectory(path: string): Promise<boolean>
  /** Human-readable location of the tree, for messages. */
  readonly description: string
}

/** Sorted by name in code-unit order, the same on every platform and locale. */
export function sortEntries(entries: SourceEntry[]): SourceEntry[] {
  return [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
