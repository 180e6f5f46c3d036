// YAML from files we do not control (the contributors file, the site's language configuration,
// the front matter of the site's pages), parsed in time that grows with the text. The `yaml`
// package compares every key of a mapping with every other to refuse duplicates: 100,000 keys
// (1.3 MB) took 247 s, and 256 KB of `{a: b, a: b, …}` 106 s (issue 21). Duplicates are refused
// here instead, with one set per mapping.
import YAML, { isMap, isScalar, LineCounter, visit } from 'yaml'

/** The data of a YAML (or JSON) text; throws an Error with the parser's message (line and column) when it is not valid. */
export function parseYaml(text: string): unknown {
  const lines = new LineCounter()
  const doc = YAML.parseDocument(text, { uniqueKeys: false, lineCounter: lines })
  if (doc.errors.length > 0) throw doc.errors[0]
  let duplicate: string | null = null
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return
      const seen = new Set<string>()
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue
        const key = `${typeof pair.key.value}:${String(pair.key.value)}`
        if (!seen.has(key)) {
          seen.add(key)
          continue
        }
        const at = lines.linePos(pair.key.range?.[0] ?? 0)
        duplicate = `Map keys must be unique: "${String(pair.key.value)}" at line ${at.line}, column ${at.col}`
        return visit.BREAK
      }
    },
  })
  if (duplicate) throw new Error(duplicate)
  return doc.toJS() as unknown
}
