// Markup a reviewer should see before it goes live: scripts, frames and javascript: URLs in a
// rendered page. The old generator let them through and so does the sync (pages stay as the
// site has them); the report names file and line.

export interface UnsafeMarkup {
  /** What it is, for the message. */
  name: string
  /** What to look for in the source to find its line. */
  needle: string
}

/** `javascript:` as a browser reads a URL: any case, with tabs and line breaks inside ignored (issue 11). */
const JAVASCRIPT = String.raw`j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:`

const UNSAFE: { pattern: RegExp; markup: UnsafeMarkup; decoded?: boolean }[] = [
  { pattern: /<script\b/gi, markup: { name: '<script>', needle: '<script' } },
  { pattern: /<iframe\b/gi, markup: { name: '<iframe>', needle: '<iframe' } },
  {
    // Looked for with character references decoded: `&#106;avascript:` in an attribute is a javascript: URL to a browser.
    pattern: new RegExp(
      // `\s*(?:["']\s*)?`, not `\s*["']?\s*`: two blank runs side by side can split a run of n
      // blanks n ways, and V8 tried each (`<a href=` and 200 KB of line breaks took 16.5 s, issue 21).
      String.raw`\b(?:href|src|action|formaction|xlink:href|data)\s*=\s*(?:["']\s*)?${JAVASCRIPT}|\]\(\s*(?:<\s*)?${JAVASCRIPT}`,
      'gi',
    ),
    markup: { name: 'javascript: URL', needle: 'javascript:' },
    decoded: true,
  },
]

/** Numeric character references and `&colon;`, `&tab;`, `&newline;`, as a browser decodes them in an attribute. */
function decodeReferences(text: string): string {
  const char = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '')
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => char(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => char(Number.parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&(?:tab|newline);/gi, ' ')
}

/** Each unsafe piece of markup of a page body, in order of kind, one entry per occurrence. */
export function unsafeMarkup(body: string): UnsafeMarkup[] {
  const decoded = decodeReferences(body)
  return UNSAFE.flatMap(({ pattern, markup, decoded: useDecoded }) =>
    [...(useDecoded ? decoded : body).matchAll(pattern)].map(() => markup),
  )
}
