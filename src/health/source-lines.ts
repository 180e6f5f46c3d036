/**
 * Finds where a rendered link came from: the line of its source file that holds it. Each
 * needle remembers where it was last found, so a link written three times gets three lines.
 */
export class SourceLines {
  private readonly lineStarts: number[] = [0]
  private readonly lower: string
  private readonly cursors = new Map<string, number>()

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1)
    this.lower = text.toLowerCase()
  }

  /** 1-based line of the next occurrence of the first needle found (case-insensitive); undefined when none is there. */
  lineOf(needles: readonly string[]): number | undefined {
    for (const needle of needles) {
      if (needle === '') continue
      const key = needle.toLowerCase()
      const from = this.cursors.get(key) ?? 0
      let at = this.lower.indexOf(key, from)
      if (at < 0 && from > 0) at = this.lower.indexOf(key) // more links than written: point at the first
      if (at < 0) continue
      this.cursors.set(key, at + key.length)
      return this.lineAt(at)
    }
    return undefined
  }

  private lineAt(offset: number): number {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}
