// Writes action.yml and the inputs and outputs tables of README.md from the option table
// (src/shared/option-table.ts) and the output table (src/output-table.ts); `--check` only
// compares. Run with tsx, which loads those TypeScript modules as they are, so there is no
// build step between the tables and the files made from them:
//   node --import tsx scripts/generate-interface.ts [--check]   (npm run generate)
// tests/action/interface.test.ts runs the comparison, so neither file can drift from the tables.
import { readFileSync, writeFileSync } from 'node:fs'
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

/** The description an input has in action.yml and the README: the table's, and what the action's own default means. */
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

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The README's tables as Prettier lays them out (padded columns), so `prettier --check` and this agree. */
export async function renderReadmeTables(
  table: readonly AnyOptionEntry[],
  outputs: readonly OutputEntry[],
): Promise<{ inputs: string; outputs: string }> {
  const inputRows = ['| input | default | description |', '| --- | --- | --- |']
  for (const entry of actionInputs(table)) {
    const shown = actionDefault(entry)
    inputRows.push(`| \`${entry.name}\` | ${shown === '' ? '(empty)' : '`' + cell(shown) + '`'} | ${cell(actionDescription(entry))} |`)
  }
  const outputRows = ['| output | description |', '| --- | --- |']
  for (const entry of outputs.filter((e) => e.action)) outputRows.push(`| \`${entry.name}\` | ${cell(entry.description)} |`)
  const options = { ...(await prettier.resolveConfig('README.md')), parser: 'markdown' }
  const format = async (markdown: string) => (await prettier.format(markdown, options)).trimEnd()
  return { inputs: await format(inputRows.join('\n')), outputs: await format(outputRows.join('\n')) }
}

export function replaceBetween(text: string, tag: string, content: string): string {
  const start = `<!-- ${tag}:start -->`
  const end = `<!-- ${tag}:end -->`
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} ... ${end} markers`)
  return text.slice(0, a + start.length) + '\n\n' + content + '\n\n' + text.slice(b)
}

/** action.yml and README.md as the tables make them, from the README as it is. */
export async function generatedFiles(
  readme: string,
  table: readonly AnyOptionEntry[] = OPTION_TABLE,
  outputs: readonly OutputEntry[] = OUTPUT_TABLE,
): Promise<{ 'action.yml': string; 'README.md': string }> {
  const tables = await renderReadmeTables(table, outputs)
  return {
    'action.yml': renderActionYml(table, outputs),
    'README.md': replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await generatedFiles(readFileSync('README.md', 'utf8'))
  const stale = Object.entries(files).filter(([name, text]) => readFileSync(name, 'utf8') !== text)
  if (process.argv.includes('--check')) {
    for (const [name] of stale) console.error(`${name} differs from the option and output tables: run \`npm run generate\``)
    if (stale.length > 0) process.exit(1)
  } else {
    for (const [name, text] of stale) writeFileSync(name, text)
  }
}
