// Markup a reviewer should see before it goes live: scripts, frames and javascript: URLs in a
// rendered page. The old generator let them through and so does the sync (pages stay as the
// site has them); the report names file and line.

export interface UnsafeMarkup {
  /** What it is, for the message. */
  name: string
  /** What to look for in the source to find its line. */
  needle: string
}

const UNSAFE: { pattern: RegExp; markup: UnsafeMarkup }[] = [
  { pattern: /<script\b/gi, markup: { name: '<script>', needle: '<script' } },
  { pattern: /<iframe\b/gi, markup: { name: '<iframe>', needle: '<iframe' } },
  {
    pattern: /\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:|\]\(\s*javascript:/gi,
    markup: { name: 'javascript: URL', needle: 'javascript:' },
  },
]

/** Each unsafe piece of markup of a page body, in order of kind, one entry per occurrence. */
export function unsafeMarkup(body: string): UnsafeMarkup[] {
  return UNSAFE.flatMap(({ pattern, markup }) => [...body.matchAll(pattern)].map(() => markup))
}
