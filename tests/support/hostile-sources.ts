// AsciiDoc shapes whose rendering time grows with the square (or worse) of their size (issue 21):
// Asciidoctor itself is slow on them, so only a per-file deadline bounds a run. The tests and the
// bench build them here.

/** A paragraph holding one run of `spaces` spaces: 320,000 took 34 to 80 s to render, 20,000 0.3 s. */
export function spacesParagraph(spaces: number): string {
  return `\n\nx${' '.repeat(spaces)}y\n`
}

/** A listing with `count` callouts and their list: 16,000 (300 KB) took 75 to 228 s. */
export function callouts(count: number): string {
  const marks = Array.from({ length: count }, (_, i) => `x <${i + 1}>`)
  const items = Array.from({ length: count }, (_, i) => `<${i + 1}> y`)
  return ['', '', '[source]', '----', ...marks, '----', ...items, ''].join('\n')
}

/** A list nested `levels` deep and back out, each item four lines: 400 levels (170 KB) took 11 to 59 s. */
export function nestedList(levels: number): string {
  const down = Array.from({ length: levels }, (_, i) => `${'*'.repeat(i + 1)} a\nb\nc\nd`)
  return ['', '', ...down, ...down.slice().reverse(), ''].join('\n')
}
