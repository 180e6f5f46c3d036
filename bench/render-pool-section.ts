// The render pool's figures (bench/render-pool.ts) live in results.md between two markers, so
// that the matrix's report (run.ts) and the pool's bench each rewrite only their own part.
const START = '<!-- render-pool:start -->'
const END = '<!-- render-pool:end -->'

/** The marked section of `markdown`, markers included, or undefined. */
export function renderPoolSection(markdown: string | undefined): string | undefined {
  const start = markdown?.indexOf(START) ?? -1
  const end = markdown?.indexOf(END) ?? -1
  return markdown !== undefined && start >= 0 && end > start ? markdown.slice(start, end + END.length) : undefined
}

/** `markdown` with its marked section replaced by `section` (markers included), or `section` added at the end. */
export function withRenderPoolSection(markdown: string, section: string | undefined): string {
  if (section === undefined) return markdown
  const current = renderPoolSection(markdown)
  return current === undefined ? `${markdown.trimEnd()}\n\n${section}\n` : markdown.replace(current, () => section)
}

/** The body wrapped in the markers. */
export function markRenderPoolSection(body: string): string {
  return `${START}\n\n${body.trim()}\n\n${END}`
}
