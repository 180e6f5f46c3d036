/**
 * Finds where a rendered link came from: the line of its source file that holds it. Each
 * needle remembers where it was last found, so a link written three times gets three lines
 * (and a fourth time the first again).
 *
 * Linear in the text (issue 21): each needle's occurrences are found once, as far as they are
 * asked for, and kept; and the searches of one text together read at most SEARCH_BUDGET times
 * its length, after which a finding is reported without its line. Before, every lookup past a
 * needle's last occurrence searched the text again: a page rendering 20,000 links from 650 KB
 * of source that spells them differently took 4.9 s.
 */
export class SourceLines {
  private readonly lineStarts: number[] = [0]
  private readonly lower: string
  private readonly needles = new Map<string, NeedleSearch>()
  /** Characters the searches may still read. */
  private budget: number

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1)
    this.lower = text.toLowerCase()
    this.budget = SEARCH_BUDGET * (text.length + 1)
  }

  /** 1-based line of the next occurrence of the first needle found (case-insensitive); undefined when none is there. */
  lineOf(needles: readonly string[]): number | undefined {
    for (const needle of needles) {
      if (needle === '') continue
      const key = needle.toLowerCase()
      let search = this.needles.get(key)
      if (!search) this.needles.set(key, (search = { found: [], from: 0, complete: false, asked: 0 }))
      if (search.asked === search.found.length && !search.complete) {
        if (this.budget <= 0) return undefined
        const at = this.lower.indexOf(key, search.from)
        this.budget -= (at < 0 ? this.lower.length : at + key.length) - search.from
        if (at < 0) search.complete = true
        else {
          search.found.push(at)
          search.from = at + key.length
        }
      }
      if (search.found.length === 0) continue
      return this.lineAt(search.found[search.asked++ % search.found.length])
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

/** A needle's occurrences found so far, one after the other (as `indexOf` from the end of the last). */
interface NeedleSearch {
  found: number[]
  /** Where the next search starts. */
  from: number
  /** No occurrence after the last found. */
  complete: boolean
  /** How many lookups it has answered: the next gets occurrence `asked`, round and round. */
  asked: number
}

/** How many times its length the line searches of one text may read in all. */
const SEARCH_BUDGET = 64
