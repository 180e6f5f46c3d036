// Keeping a text under a size limit the readable way: whole blocks (a section's table, a list)
// are swapped for a one-line note, the largest first, until the text fits. A table is never
// cut in the middle and every heading stays.

/** A part of a text that may be replaced by a short note when the text is too long. */
export interface Block {
  full: string
  /** What stands in its place: one line saying what was left out and where to find it. */
  collapsed: string
}

/** Fixed text and blocks, in order. */
export type Part = (string | Block)[]

/** GitHub refuses a pull request body (and cuts a summary) past 65,536 characters. */
export const GITHUB_TEXT_LIMIT = 65_536

/**
 * `compose` with every part rendered, collapsing the largest blocks first until the result is
 * at most `limit` characters (JavaScript length: UTF-16 units, never fewer than GitHub counts).
 * Returns the text and how many blocks were collapsed.
 */
export function fitParts<K extends string>(
  parts: Record<K, Part>,
  compose: (rendered: Record<K, string>) => string,
  limit: number = GITHUB_TEXT_LIMIT,
): { text: string; collapsed: number } {
  const blocks = Object.values<Part>(parts).flatMap((part) => part.filter((p): p is Block => typeof p !== 'string'))
  const folded = new Set<Block>()
  const render = () => {
    const rendered = {} as Record<K, string>
    for (const key of Object.keys(parts) as K[]) {
      rendered[key] = parts[key].map((p) => (typeof p === 'string' ? p : folded.has(p) ? p.collapsed : p.full)).join('')
    }
    return compose(rendered)
  }
  let text = render()
  // Largest first; on a tie, the later block goes first, keeping the top of the text whole.
  const order = blocks
    .map((block, index) => ({ block, index }))
    .sort((a, b) => b.block.full.length - a.block.full.length || b.index - a.index)
  for (const { block } of order) {
    if (text.length <= limit) break
    if (block.collapsed.length >= block.full.length) continue
    folded.add(block)
    text = render()
  }
  if (text.length > limit) {
    // Only text outside the blocks (a very long template) can get here: cut at a line.
    const note = "\n\n_…cut to stay under GitHub's size limit._"
    const cut = text.lastIndexOf('\n', limit - note.length)
    text = text.slice(0, cut > 0 ? cut : limit - note.length) + note
  }
  return { text, collapsed: folded.size }
}
