import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generatedFiles } from '../../scripts/generate-interface.js'

const root = join(import.meta.dirname, '..', '..')
const read = (name: string) => readFileSync(join(root, name), 'utf8')

describe('README and action.yml', () => {
  it('are what the option and output tables make (`npm run generate` writes them)', async () => {
    const files = await generatedFiles(read('README.md'))
    expect(read('action.yml')).toBe(files['action.yml'])
    expect(read('README.md')).toBe(files['README.md'])
  })

  it('documents the set-up commands and the test command CI runs', () => {
    const readme = read('README.md')
    for (const command of ['npm ci', 'npm run example', 'npm test']) expect(readme).toMatch(new RegExp(`^${command}( |$)`, 'm'))
    expect(read('.ci/run')).toMatch(/\nnpm test\n/)
  })
})
