import type { ContentWarning } from '../shared/types.js'

// A page whose HTML runs code on the website: a `<script>`, an `<iframe>`, or a `javascript:`
// URL, written in a passthrough block or as raw HTML in an index page. The old generator let
// them through and the site's pages are made the same way (parity: nothing is removed), but a
// reviewer must see them: each kind found gives a content warning with the source line.

interface ActiveKind {
  name: string
  /** Found in the page's body (HTML, or Markdown for index pages), entities decoded. */
  inPage: RegExp
  /** Where it is in the source, for the line number. */
  inSource: RegExp
}

/** `javascript:` as browsers read it: any case, tabs and line breaks inside ignored. */
const JAVASCRIPT = String.raw`j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:`

const KINDS: ActiveKind[] = [
  { name: '<script>', inPage: /<script\b/i, inSource: /<script\b/i },
  { name: '<iframe>', inPage: /<iframe\b/i, inSource: /<iframe\b/i },
  {
    name: 'a javascript: URL',
    // An attribute holding a URL, or a Markdown link's target.
    inPage: new RegExp(String.raw`(?:\b(?:href|src|action|formaction|xlink:href|data)\s*=\s*["']?|\]\(\s*<?)\s*${JAVASCRIPT}`, 'i'),
    inSource: new RegExp(JAVASCRIPT, 'i'),
  },
]

/** Numeric character references and `&colon;`, as a browser decodes them in an attribute. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(Number.parseInt(dec, 10), 0x10ffff)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, ' ')
}

/** One warning per kind of active content the page holds, at the first source line that shows it. */
export function activeContentWarnings(pageBody: string, sourceText: string, file: string): ContentWarning[] {
  const page = decodeEntities(pageBody)
  const warnings: ContentWarning[] = []
  for (const kind of KINDS) {
    if (!kind.inPage.test(page)) continue
    const line = lineOfFirst(sourceText, kind.inSource) ?? lineOfFirst(decodeEntities(sourceText), kind.inSource)
    warnings.push({
      file,
      ...(line ? { line } : {}),
      message: `the page's HTML holds ${kind.name}, which runs on the website: published as written (as the old generator did); review it before merging`,
    })
  }
  return warnings
}

function lineOfFirst(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text)
  if (!match) return undefined
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) line++
  return line
}
