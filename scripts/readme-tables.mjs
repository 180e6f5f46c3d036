// Regenerates the inputs and outputs tables of README.md from action.yml (`--check` only compares).
// A test runs the comparison, so the README cannot drift from the action's real interface.
import { readFileSync, writeFileSync } from 'node:fs'
import prettier from 'prettier'
import { parse } from 'yaml'

/** The tables as Prettier lays them out in README.md (padded columns), so `prettier --check` and this agree. */
export async function renderTables(actionYml) {
  const raw = renderRawTables(actionYml)
  const options = { ...(await prettier.resolveConfig('README.md')), parser: 'markdown' }
  const format = async (table) => (await prettier.format(table, options)).trimEnd()
  return { inputs: await format(raw.inputs), outputs: await format(raw.outputs) }
}

function renderRawTables(actionYml) {
  const action = parse(actionYml)
  const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const inputs = ['| input | default | description |', '| --- | --- | --- |']
  for (const [name, spec] of Object.entries(action.inputs)) {
    const def = spec.default === undefined || spec.default === '' ? '(empty)' : '`' + cell(spec.default) + '`'
    inputs.push(`| \`${name}\` | ${def} | ${cell(spec.description)} |`)
  }
  const outputs = ['| output | description |', '| --- | --- |']
  for (const [name, spec] of Object.entries(action.outputs)) outputs.push(`| \`${name}\` | ${cell(spec.description)} |`)
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') }
}

export function replaceBetween(text, tag, content) {
  const start = `<!-- ${tag}:start -->`
  const end = `<!-- ${tag}:end -->`
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} ... ${end} markers`)
  return text.slice(0, a + start.length) + '\n\n' + content + '\n\n' + text.slice(b)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tables = await renderTables(readFileSync('action.yml', 'utf8'))
  const readme = readFileSync('README.md', 'utf8')
  const next = replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs)
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs tables differ from action.yml: run `node scripts/readme-tables.mjs`')
      process.exit(1)
    }
  } else {
    writeFileSync('README.md', next)
  }
}
