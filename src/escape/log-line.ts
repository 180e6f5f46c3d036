import { randomBytes } from 'node:crypto'

// The Actions runner reads every line a step prints (stdout and stderr) for workflow commands:
// a line that starts, after leading whitespace, with `::` (`::add-mask::x`, `::warning ...`),
// or that holds the legacy form `##[command]` anywhere. Text that comes from the sources
// (a page in the dry-run diff, a title, a file name, a contributor's name, Asciidoctor's
// messages) must never be such a line, or an author could mask words, forge annotations or
// set outputs. Two ways out, both from here:
//  - one line of a log: `inertLine` (the line stays readable, the command does not run);
//  - a block of text printed as it is (the diff): `stopCommands`, the runner's own mechanism:
//    nothing between `::stop-commands::<token>` and `::<token>::` is a command, and the token
//    is random, so the text cannot end the block early.

/** Leading whitespace as .NET's TrimStart() removes it: JavaScript's \s, and NEL (U+0085) which \s lacks. */
const LEADING_SPACE = /^[\s\u0085]*/

/**
 * One log line that the runner cannot take for a command: line breaks shown as `\n` / `\r`
 * (the message stays on its line), a leading `::` escaped as `\::`, and `##[` as `##\[`.
 */
export function inertLine(text: string): string {
  let line = text.replace(/\r\n?|\n/g, (br) => (br === '\n' ? '\\n' : br === '\r' ? '\\r' : '\\r\\n'))
  const indent = LEADING_SPACE.exec(line)![0]
  if (line.startsWith('::', indent.length)) line = `${indent}\\${line.slice(indent.length)}`
  return line.replace(/##\[/g, '##\\[')
}

/** A token the text does not contain, so the text cannot resume command processing itself. */
export function stopToken(text: string): string {
  for (;;) {
    const token = `lps-${randomBytes(16).toString('hex')}`
    if (!text.toLowerCase().includes(token)) return token
  }
}

/**
 * `text` between `::stop-commands::<token>` and `::<token>::`, each on its own line, so that
 * no line of it is a workflow command. Ends with a newline.
 */
export function stopCommands(text: string, token = stopToken(text)): string {
  const body = text.endsWith('\n') ? text : `${text}\n`
  return `::stop-commands::${token}\n${body}::${token}::\n`
}

/**
 * JSON text on one line whose strings may hold `##[`: written as `##\u005b`, which parses to
 * the same value and is no legacy command (a leading `::` cannot occur: it starts with `{`).
 */
export function inertJson(json: string): string {
  return json.replace(/##\[/g, '##\\u005b')
}

/** Whether the process runs as a step of GitHub Actions (where the runner reads commands). */
export function inActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true'
}
