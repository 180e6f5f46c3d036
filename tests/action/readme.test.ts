import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
// @ts-expect-error -- plain ESM script without types
import { renderTables } from '../../scripts/readme-tables.mjs'
import { INPUT_NAMES } from '../../src/action/inputs.js'
import { SYNC_COMMAND } from '../../src/commands/sync.js'
import { DEFAULT_SECTIONS_FILE, DEFAULT_URLS_FILE } from '../../src/config/types.js'
import { SYNC_DEFAULTS } from '../../src/shared/sync-defaults.js'

const root = join(import.meta.dirname, '..', '..')
const read = (name: string) => readFileSync(join(root, name), 'utf8')

describe('README and action.yml', () => {
  it('lists exactly the inputs and outputs action.yml declares', async () => {
    const tables = (await renderTables(read('action.yml'))) as { inputs: string; outputs: string }
    const readme = read('README.md')
    expect(readme).toContain(tables.inputs)
    expect(readme).toContain(tables.outputs)
  })

  it('declares every input the action reads, and reads every input it declares', () => {
    const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; runs: Record<string, string> }
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('has a sync flag of the same name for every input (the token comes from GITHUB_TOKEN; --source and --target name folders or repositories)', () => {
    const flags = new Set(SYNC_COMMAND.options.map((option) => option.name))
    const renamed: Record<string, string> = { 'source-path': 'source', 'target-repository': 'target' }
    const missing = INPUT_NAMES.filter((name) => name !== 'token' && !flags.has(renamed[name] ?? name))
    expect(missing).toEqual([])
  })

  it('gives the inputs the defaults the engine and the CLI use', () => {
    const action = parse(read('action.yml')) as { inputs: Record<string, { default?: string }> }
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))
    expect(defaults).toMatchObject({
      'source-ref': SYNC_DEFAULTS.sourceRef,
      'sections-file': DEFAULT_SECTIONS_FILE,
      'urls-file': DEFAULT_URLS_FILE,
      languages: SYNC_DEFAULTS.languages,
      contributors: SYNC_DEFAULTS.contributors,
      'target-path': SYNC_DEFAULTS.targetPath,
      branch: SYNC_DEFAULTS.branch,
      'force-branch': String(SYNC_DEFAULTS.forceBranch),
      title: SYNC_DEFAULTS.title,
      'unconfigured-languages': SYNC_DEFAULTS.unconfiguredLanguages,
      'rewrite-section-links': 'false',
    })
  })

  it('documents the set-up commands and the test command CI runs', () => {
    const readme = read('README.md')
    for (const command of ['npm ci', 'npm run example', 'npm test']) expect(readme).toMatch(new RegExp(`^${command}( |$)`, 'm'))
    expect(read('.ci/run')).toMatch(/\nnpm test\n/)
  })
})
