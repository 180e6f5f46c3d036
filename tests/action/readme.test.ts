import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generatedFiles, INPUTS_DOC, README_LINE, readmeLine } from '../../scripts/generate-interface.js'

const root = join(import.meta.dirname, '..', '..')
const read = (name: string) => readFileSync(join(root, name), 'utf8')

describe('README, docs/inputs.md and action.yml', () => {
  it('are what the option and output tables make (`npm run generate` writes them)', async () => {
    const files = await generatedFiles(read('README.md'))
    expect(read('action.yml')).toBe(files['action.yml'])
    expect(read('README.md')).toBe(files['README.md'])
    expect(read(INPUTS_DOC)).toBe(files[INPUTS_DOC])
  })

  it('keep the README short: at most 20,000 characters, the example and the tests in its first 3,000', () => {
    const readme = read('README.md')
    expect([...readme].length).toBeLessThanOrEqual(20_000)
    const firstScreen = [...readme].slice(0, 3_000).join('')
    expect(firstScreen).toMatch(/^npm run example( |$)/m)
    expect(firstScreen).toMatch(/^npm test( |$)/m)
  })

  it('give the README one line per entry, and refuse a long one without a summary', () => {
    expect(readmeLine({ name: 'x', description: 'Short.' })).toBe('Short.')
    expect(readmeLine({ name: 'x', description: 'y'.repeat(200), summary: 'One line.' })).toBe('One line.')
    expect(() => readmeLine({ name: 'long-one', description: 'y'.repeat(README_LINE + 1) })).toThrow(/long-one: .* give it a summary/)
  })

  it('documents the set-up commands and the test command CI runs', () => {
    const readme = read('README.md')
    for (const command of ['npm ci', 'npm run example', 'npm test']) expect(readme).toMatch(new RegExp(`^${command}( |$)`, 'm'))
    expect(read('.ci/run')).toMatch(/\nnpm test\n/)
  })
})
