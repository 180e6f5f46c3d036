import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
// @ts-expect-error -- plain ESM script without types
import { renderTables } from '../../scripts/readme-tables.mjs'
import { INPUT_NAMES } from '../../src/action/inputs.js'

const root = join(import.meta.dirname, '..', '..')
const read = (name: string) => readFileSync(join(root, name), 'utf8')

describe('README and action.yml', () => {
  it('lists exactly the inputs and outputs action.yml declares', () => {
    const tables = renderTables(read('action.yml')) as { inputs: string; outputs: string }
    const readme = read('README.md')
    expect(readme).toContain(tables.inputs)
    expect(readme).toContain(tables.outputs)
  })

  it('declares every input the action reads, and reads every input it declares', () => {
    const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; runs: Record<string, string> }
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('documents the two set-up commands and the test command CI runs', () => {
    const readme = read('README.md')
    expect(readme).toContain('npm ci && npm run example')
    expect(readme).toContain('npm test')
    expect(read('.ci/run')).toMatch(/\nnpm test\n/)
  })
})
