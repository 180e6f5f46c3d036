/**
 * A small unified diff (the `diff -u` / `git diff` text format) for dry runs: longest common
 * subsequence over lines, after trimming the common head and tail, with 3 lines of context.
 * The LCS table grows with the product of the changed lines on both sides; past MAX_LCS_CELLS
 * the changed middle is shown as removed and added whole (still a correct patch), and a note
 * line before the file's header says so.
 */

type Op = { kind: ' ' | '-' | '+'; text: string; noEol: boolean }

const NO_EOL = '\\ No newline at end of file'

/**
 * At most this many cells in the LCS table (4 bytes each: 16 MB). A page is a few hundred
 * lines (a few hundred thousand cells); two 1 MB pages of short lines would have needed
 * gigabytes, which ended the run with `Invalid typed array length`.
 */
export const MAX_LCS_CELLS = 4_000_000

interface Lines {
  texts: string[]
  /** Whether the last line lacks its final newline (generated pages do). */
  noEol: boolean
}

function toLines(text: string): Lines {
  if (text === '') return { texts: [], noEol: false }
  const texts = text.split('\n')
  if (texts[texts.length - 1] === '') {
    texts.pop()
    return { texts, noEol: false }
  }
  return { texts, noEol: true }
}

/** Line i of `lines` as compared: a last line without newline differs from the same text with one. */
const keyOf = (lines: Lines, i: number) => (lines.noEol && i === lines.texts.length - 1 ? lines.texts[i] + '\u0000' : lines.texts[i])

function diffOps(a: Lines, b: Lines): { ops: Op[]; matched: boolean } {
  const n = a.texts.length
  const m = b.texts.length
  let start = 0
  while (start < n && start < m && keyOf(a, start) === keyOf(b, start)) start++
  let endA = n
  let endB = m
  while (endA > start && endB > start && keyOf(a, endA - 1) === keyOf(b, endB - 1)) {
    endA--
    endB--
  }
  const rows = endA - start
  const cols = endB - start
  const op = (kind: Op['kind'], lines: Lines, i: number): Op => ({
    kind,
    text: lines.texts[i],
    noEol: lines.noEol && i === lines.texts.length - 1,
  })
  const ops: Op[] = []
  for (let i = 0; i < start; i++) ops.push(op(' ', a, i))
  const matched = (rows + 1) * (cols + 1) <= MAX_LCS_CELLS
  if (!matched) {
    for (let i = start; i < endA; i++) ops.push(op('-', a, i))
    for (let j = start; j < endB; j++) ops.push(op('+', b, j))
    for (let k = endA; k < n; k++) ops.push(op(' ', a, k))
    return { ops, matched }
  }
  // lcs[i][j]: common length of a[start+i..endA) and b[start+j..endB).
  const width = cols + 1
  const lcs = new Uint32Array((rows + 1) * width)
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lcs[i * width + j] =
        keyOf(a, start + i) === keyOf(b, start + j)
          ? lcs[(i + 1) * width + j + 1] + 1
          : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1])
    }
  }
  let i = 0
  let j = 0
  while (i < rows || j < cols) {
    if (i < rows && j < cols && keyOf(a, start + i) === keyOf(b, start + j)) {
      ops.push(op(' ', a, start + i))
      i++
      j++
    } else if (i < rows && (j === cols || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
      // On a tie, removals go first, as diff tools print them.
      ops.push(op('-', a, start + i++))
    } else {
      ops.push(op('+', b, start + j++))
    }
  }
  for (let k = endA; k < n; k++) ops.push(op(' ', a, k))
  return { ops, matched }
}

const range = (first: number, count: number) => (count === 1 ? `${first}` : `${count === 0 ? first - 1 : first},${count}`)

/** Unified diff of two texts; '' when they are equal. `null` on a side means the file is absent. */
export function unifiedDiff(oldName: string, newName: string, before: string | null, after: string | null, context = 3): string {
  const { ops, matched } = diffOps(toLines(before ?? ''), toLines(after ?? ''))
  const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0)
  if (changed.length === 0) return ''
  const out = [`--- ${before === null ? '/dev/null' : oldName}`, `+++ ${after === null ? '/dev/null' : newName}`]
  // Text before the `---` line is a note for readers; git apply and patch skip it.
  if (!matched)
    out.unshift(`(too many changed lines to match one by one: the changed part of ${newName || oldName} is shown removed and added whole)`)
  // Group changes whose context windows touch into hunks.
  let k = 0
  // Line numbers at op `at`, carried from hunk to hunk (counting from the top for each hunk
  // made a page with thousands of hunks quadratic).
  let at = 0
  let oldLine = 1
  let newLine = 1
  while (k < changed.length) {
    let last = k
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context) last++
    const from = Math.max(0, changed[k] - context)
    const to = Math.min(ops.length, changed[last] + context + 1)
    for (; at < from; at++) {
      if (ops[at].kind !== '+') oldLine++
      if (ops[at].kind !== '-') newLine++
    }
    const hunk = ops.slice(from, to)
    const oldCount = hunk.filter((o) => o.kind !== '+').length
    const newCount = hunk.filter((o) => o.kind !== '-').length
    out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`)
    for (const o of hunk) {
      out.push(o.kind + o.text)
      if (o.noEol) out.push(NO_EOL)
    }
    k = last + 1
  }
  return out.join('\n') + '\n'
}
