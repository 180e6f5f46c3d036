// Writes action.yml, docs/inputs.md and the inputs and outputs tables of README.md from the
// option table (src/shared/option-table.ts) and the output table (src/output-table.ts); `--check`
// only compares. The README's tables give one line per entry (its `summary`, else its description,
// at most README_LINE characters); docs/inputs.md gives each in full, with its CLI flag. Run with tsx, which loads those TypeScript modules as they are, so there is no
// build step between the tables and the files made from them:
//   node --import tsx scripts/generate-interface.ts [--check]   (npm run generate)
// tests/action/readme.test.ts runs the comparison, so no file can drift from the tables.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import prettier from 'prettier'
import { parse } from 'yaml'
import { OUTPUT_TABLE, type OutputEntry } from '../src/output-table.js'
import { actionInputs, OPTION_TABLE, type AnyOptionEntry } from '../src/shared/option-table.js'

/** What action.yml says besides its inputs and outputs. */
const ACTION_HEADER = `name: Learning Path Sync
description: Render the InnerSource Learning Path (AsciiDoc) into the innersourcecommons.org pages and open one pull request with the changes.
author: learning-path-sync
branding:
  icon: refresh-cw
  color: blue
`

const ACTION_RUNS = `runs:
  using: node24
  main: dist/index.js
`

/** The default an input shows in action.yml and the README. */
export function actionDefault(entry: AnyOptionEntry): string {
  return entry.action?.default ?? entry.default
}

/** The description an input has in action.yml and docs/inputs.md: the table's, and what the action's own default means. */
export function actionDescription(entry: AnyOptionEntry): string {
  return entry.action?.defaultNote ? `${entry.description} ${entry.action.defaultNote}` : entry.description
}

/** A description: single-quoted unless it holds a `'`, then double-quoted unless it also holds a `"`. */
function quotedText(text: string): string {
  if (!text.includes("'") || text.includes('"') || /[\\\n]/.test(text)) return `'${text.replace(/'/g, "''")}'`
  return `"${text}"`
}

/** A default: plain where YAML reads it back as the same string, else single-quoted. */
function scalar(value: string): string {
  const plain = value !== '' && value.trim() === value && !/[:#]\s|\s#/.test(value) && parse(value) === value
  return plain ? value : `'${value.replace(/'/g, "''")}'`
}

export function renderActionYml(table: readonly AnyOptionEntry[], outputs: readonly OutputEntry[]): string {
  const inputs = actionInputs(table).map(
    (entry) =>
      `  ${entry.name}:\n    description: ${quotedText(actionDescription(entry))}\n    required: false\n    default: ${scalar(actionDefault(entry))}\n`,
  )
  const outs = outputs
    .filter((entry) => entry.action)
    .map((entry) => `  ${entry.name}:\n    description: ${quotedText(entry.description)}\n`)
  return `${ACTION_HEADER}\ninputs:\n${inputs.join('')}\noutputs:\n${outs.join('')}\n${ACTION_RUNS}`
}

/** The generated reference of every input and output. */
export const INPUTS_DOC = 'docs/inputs.md'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** Longest description a row of the README's tables may have: one line of the table, not a paragraph. */
export const README_LINE = 90

/** What a README row says of an entry: its summary, else its description, which must then be short enough. */
export function readmeLine(entry: { name: string; description: string; summary?: string }, description = entry.description): string {
  const line = entry.summary ?? description
  if (line.length > README_LINE) {
    throw new Error(`${entry.name}: the README shows one line of at most ${README_LINE} characters; give it a summary (${line.length} now)`)
  }
  return line
}

const shownDefault = (entry: AnyOptionEntry) => {
  const shown = actionDefault(entry)
  return shown === '' ? '(empty)' : '`' + cell(shown) + '`'
}

/** Markdown as Prettier lays it out (padded table columns), so `prettier --check` and this agree. */
async function formatted(markdown: string, file: string): Promise<string> {
  const options = { ...(await prettier.resolveConfig(file)), parser: 'markdown' }
  return prettier.format(markdown, options)
}

/** The README's tables: one line per input and output, the details in docs/inputs.md. */
export async function renderReadmeTables(
  table: readonly AnyOptionEntry[],
  outputs: readonly OutputEntry[],
): Promise<{ inputs: string; outputs: string }> {
  const inputRows = ['| input | default | description |', '| --- | --- | --- |']
  for (const entry of actionInputs(table)) {
    inputRows.push(`| \`${entry.name}\` | ${shownDefault(entry)} | ${cell(readmeLine(entry, actionDescription(entry)))} |`)
  }
  const outputRows = ['| output | description |', '| --- | --- |']
  for (const entry of outputs.filter((e) => e.action)) outputRows.push(`| \`${entry.name}\` | ${cell(readmeLine(entry))} |`)
  const format = async (markdown: string) => (await formatted(markdown, 'README.md')).trimEnd()
  return { inputs: await format(inputRows.join('\n')), outputs: await format(outputRows.join('\n')) }
}

/** How the CLI takes an input: its flag (and older names) and commands, or the environment variable it reads. */
function cliForm(entry: AnyOptionEntry): string {
  const cli = entry.cli
  if (cli?.env) return `the environment variable \`${cli.env}\``
  const commands = (cli?.commands ?? ['sync']).map((c) => `\`${c}\``).join(' and ')
  const aliases = cli?.aliases?.length ? ` (also ${cli.aliases.map((a) => `\`--${a}\``).join(', ')})` : ''
  // The CLI's own default, or the table's where the action shows another (filled from the workflow).
  const given = cli?.default ?? (actionDefault(entry) !== entry.default ? { value: entry.default, commands: undefined } : undefined)
  const cliDefault = given
    ? `, default ${given.value === '' ? '(empty)' : `\`${given.value}\``}${given.commands ? ` for ${given.commands.join(' and ')}` : ''}`
    : ''
  return `\`--${entry.name}\`${aliases} of ${commands}${cliDefault}`
}

/** docs/inputs.md: every input with its default, CLI form and whole description; every output. */
export async function renderInputsDoc(table: readonly AnyOptionEntry[], outputs: readonly OutputEntry[]): Promise<string> {
  const parts = [
    '# Inputs and outputs',
    '<!-- Generated by `npm run generate` from src/shared/option-table.ts and src/output-table.ts: edit those, not this file. -->',
    'The README has one line for each; here is each in full. Every input is optional. On the CLI each is a flag of the same name ' +
      '(`node dist/cli.js <command> --help` lists them), except the token, which the CLI reads from `GITHUB_TOKEN`.',
    '## Inputs',
  ]
  for (const entry of actionInputs(table)) {
    parts.push(`### \`${entry.name}\``, `Default: ${shownDefault(entry)} — CLI: ${cliForm(entry)}`, actionDescription(entry))
  }
  parts.push(
    '## Outputs',
    '| output | description |\n| --- | --- |\n' +
      outputs
        .filter((e) => e.action)
        .map((e) => `| \`${e.name}\` | ${cell(e.description)} |`)
        .join('\n'),
  )
  return formatted(parts.join('\n\n') + '\n', INPUTS_DOC)
}

export function replaceBetween(text: string, tag: string, content: string): string {
  const start = `<!-- ${tag}:start -->`
  const end = `<!-- ${tag}:end -->`
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} ... ${end} markers`)
  return text.slice(0, a + start.length) + '\n\n' + content + '\n\n' + text.slice(b)
}

/** action.yml, README.md and docs/inputs.md as the tables make them, from the README as it is. */
export async function generatedFiles(
  readme: string,
  table: readonly AnyOptionEntry[] = OPTION_TABLE,
  outputs: readonly OutputEntry[] = OUTPUT_TABLE,
): Promise<{ 'action.yml': string; 'README.md': string; [INPUTS_DOC]: string }> {
  const tables = await renderReadmeTables(table, outputs)
  return {
    'action.yml': renderActionYml(table, outputs),
    'README.md': replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs),
    [INPUTS_DOC]: await renderInputsDoc(table, outputs),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await generatedFiles(readFileSync('README.md', 'utf8'))
  const stale = Object.entries(files).filter(([name, text]) => !existsSync(name) || readFileSync(name, 'utf8') !== text)
  if (process.argv.includes('--check')) {
    for (const [name] of stale) console.error(`${name} differs from the option and output tables: run \`npm run generate\``)
    if (stale.length > 0) process.exit(1)
  } else {
    for (const [name, text] of stale) writeFileSync(name, text)
  }
}
