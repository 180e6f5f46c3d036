// JSON.parse says where it stopped for some errors ("at position 279") and not for others
// (Node 20: `Unexpected token 'x', "[1, x]" is not valid JSON`). Users want file:line:column.

/** 1-based line and column of a character offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}

/**
 * Whether `prefix` can begin a valid JSON text: it parses, or the parser ran out of text
 * (`Unexpected end`, or an error placed at the very end: an unterminated string, a missing `:`).
 */
function isValidBeginning(prefix: string): boolean {
  try {
    JSON.parse(prefix)
    return true
  } catch (error) {
    const message = (error as Error).message
    const at = /at position (\d+)/.exec(message)
    return /Unexpected end of JSON input/.test(message) || (at !== null && Number(at[1]) >= prefix.length)
  }
}

/** The offset of the character JSON.parse failed at, from its message or, when it does not say, by bisecting the text. */
export function jsonErrorOffset(text: string, message: string): number {
  const said = /at position (\d+)/.exec(message)
  if (said) return Number(said[1])
  if (/Unexpected end of JSON input/.test(message)) return text.length
  // The longest valid beginning ends just before the bad character.
  let valid = 0
  let invalid = text.length
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2)
    if (isValidBeginning(text.slice(0, middle))) valid = middle
    else invalid = middle
  }
  return invalid - 1
}
