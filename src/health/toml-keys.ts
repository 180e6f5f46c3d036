// Hugo sites often keep their configuration in TOML. The health report needs only the names
// of the keys (which languages there are, which are disabled), so this reads key paths and
// raw values line by line instead of taking a TOML parser as a dependency. Multi-line
// strings and inline tables are not understood; their keys are simply not seen.

/** A key of the document: its full dotted path (table prefix included) and its raw value text. */
export interface TomlKey {
  path: string[]
  value: string
}

const BARE = /^[A-Za-z0-9_-]+/
const QUOTED = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/

/** Splits a dotted key (`a."pt-br".weight`) into its parts; null when it is not a key. */
export function splitDottedKey(text: string): string[] | null {
  const parts: string[] = []
  let rest = text.trim()
  while (rest !== '') {
    const quoted = QUOTED.exec(rest)
    const bare = quoted ? null : BARE.exec(rest)
    if (!quoted && !bare) return null
    parts.push(quoted ? (quoted[1] ?? quoted[2]) : bare![0])
    rest = rest.slice((quoted ?? bare)![0].length).trim()
    if (rest === '') break
    if (!rest.startsWith('.')) return null
    rest = rest.slice(1).trim()
  }
  return parts.length > 0 ? parts : null
}

/** Drops a `#` comment that is not inside a string. */
function withoutComment(line: string): string {
  let quote: string | null = null
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quote) {
      if (ch === '\\' && quote === '"') i++
      else if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '#') return line.slice(0, i)
  }
  return line
}

/** Every table and key of a TOML document, in order. A table header counts as a key with value `{}`. */
export function tomlKeys(text: string): TomlKey[] {
  const keys: TomlKey[] = []
  let table: string[] = []
  let pending: TomlKey | null = null // an array value spread over several lines
  for (const raw of text.split(/\r?\n/)) {
    const line = withoutComment(raw).trim()
    if (pending) {
      pending.value += ' ' + line
      if (line.includes(']')) pending = null
      continue
    }
    if (line === '') continue
    const header = /^\[\[?([^\]]*)\]\]?$/.exec(line)
    if (header) {
      table = splitDottedKey(header[1]) ?? []
      if (table.length > 0 && !line.startsWith('[[')) keys.push({ path: table, value: '{}' })
      continue
    }
    const eq = line.indexOf('=')
    if (eq < 0) continue
    const key = splitDottedKey(line.slice(0, eq))
    if (!key) continue
    const entry = { path: [...table, ...key], value: line.slice(eq + 1).trim() }
    keys.push(entry)
    if (entry.value.startsWith('[') && !entry.value.includes(']')) pending = entry
  }
  return keys
}
