// Characters that do not show as themselves. The escaping shows them as a space or U+FFFD
// (src/escape/markdown.ts); a file or folder name of the sources may not hold them at all,
// since a name becomes a page path, a heading, a line of the `changed-files` output.

/** What CommonMark takes for the end of a line (LF, CR, CRLF), and the other characters that break a line on screen. */
export const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g

/**
 * Characters that show as nothing or reorder the text around them: control characters (tab
 * aside) and the bidirectional controls (U+202E shows `Ann\u202Enimda` as `Annadmin`).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
export const HIDDEN = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
/** What a name may not hold: a line break, a hidden character, a tab. */
const NOT_IN_NAMES = new RegExp(`${LINE_BREAKS.source}|${HIDDEN.source}|\\t`)

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The first character of `name` that a file or folder name must not hold (a line break, a
 * control character, a bidirectional control), said for an error: `a line break (U+000A) at
 * character 6`; null when there is none.
 */
export function unsafeNameCharacter(name: string): string | null {
  const match = NOT_IN_NAMES.exec(name)
  if (!match) return null
  const c = match[0][0]
  const kind = new RegExp(LINE_BREAKS.source).test(c) ? 'a line break' : BIDI.test(c) ? 'a bidirectional control' : 'a control character'
  return `${kind} (${codePoint(c)}) at character ${match.index + 1}`
}

/** `name` quoted as JSON, with every character of unsafeNameCharacter's kinds written as `\uXXXX`: safe to print anywhere. */
export function quotedName(name: string): string {
  return JSON.stringify(name).replace(new RegExp(`${LINE_BREAKS.source}|${HIDDEN.source}`, 'g'), (c) =>
    [...c].map((one) => `\\u${one.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  )
}
