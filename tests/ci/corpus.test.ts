// Where the tests find the real corpus, what they say when it is missing, and that CI's
// LPS_REQUIRE_CORPUS=1 turns a missing corpus into a failed run (tests/global-setup.ts).
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CORPUS_PARTS, corpusGate, corpusRoot, missingCorpusMessage } from '../support/corpus.js'
import { REPO_ROOT } from '../support/repo-root.js'

const temp: string[] = []
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true })
})

function folder(parts: (keyof typeof CORPUS_PARTS)[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'lps-corpus-'))
  temp.push(root)
  for (const part of parts) {
    const at = path.join(root, CORPUS_PARTS[part])
    if (part === 'history') {
      mkdirSync(path.dirname(at), { recursive: true })
      writeFileSync(at, '{}')
    } else {
      mkdirSync(at, { recursive: true })
    }
  }
  return root
}

describe('where the corpus is', () => {
  it('is ../shared/fixtures beside the checkout, or the folder LPS_CORPUS names (relative to the checkout)', () => {
    expect(corpusRoot({}, '/work/repo')).toBe('/work/shared/fixtures')
    expect(corpusRoot({ LPS_CORPUS: '/data/corpus' }, '/work/repo')).toBe('/data/corpus')
    expect(corpusRoot({ LPS_CORPUS: '../corpus' }, '/work/repo')).toBe('/work/corpus')
    expect(corpusRoot({ LPS_CORPUS: '' }, '/work/repo')).toBe('/work/shared/fixtures')
  })
})

describe('the line that says what is missing', () => {
  it('is none when every part is there', () => {
    expect(missingCorpusMessage(folder(['source', 'website', 'history']), {})).toBeUndefined()
  })

  it('names the folder looked at and how to provide the corpus, on one line', () => {
    const empty = folder([])
    const message = missingCorpusMessage(empty, {})
    expect(message).toBe(
      `corpus not found at ${empty}: put ../shared/fixtures beside the checkout, or set LPS_CORPUS to a folder holding ` +
        'learning-path, website, github/learning-path-history.json',
    )
    expect(missingCorpusMessage(empty, { LPS_CORPUS: empty })).toContain(`corpus not found at ${empty} (LPS_CORPUS): `)
  })

  it('names the parts missing from an incomplete corpus', () => {
    const message = missingCorpusMessage(folder(['source']), {})
    expect(message).toMatch(/^corpus incomplete \(no website, github\/learning-path-history\.json\) at /)
  })
})

describe('what a run does about a missing corpus', () => {
  it('nothing when it is there; else one line to print and skip; with LPS_REQUIRE_CORPUS=1 an error', () => {
    const whole = folder(['source', 'website', 'history'])
    expect(corpusGate({ LPS_CORPUS: whole, LPS_REQUIRE_CORPUS: '1' })).toEqual({})
    const empty = folder([])
    const { skip } = corpusGate({ LPS_CORPUS: empty })
    expect(skip).toBe(`Skipping the suites that need the real corpus: ${missingCorpusMessage(empty, { LPS_CORPUS: empty })}`)
    expect(skip).not.toContain('\n')
    expect(() => corpusGate({ LPS_CORPUS: empty, LPS_REQUIRE_CORPUS: '1' })).toThrow(
      `LPS_REQUIRE_CORPUS=1 makes a missing corpus fail the run: corpus not found at ${empty} (LPS_CORPUS)`,
    )
  })

  /** `vitest run` on some files in a child process, with this environment on top of ours. */
  async function vitest(files: string[], env: Record<string, string>): Promise<{ status: number; output: string }> {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
      cwd: REPO_ROOT,
      env: { ...process.env, LPS_REQUIRE_CORPUS: '', ...env, NO_COLOR: '1' },
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)))
    return { status, output }
  }
  // Files that spawn nothing: a corpus suite and a suite on project-made data.
  const FILES = ['tests/render/fidelity.test.ts', 'tests/plan/blob-sha.test.ts']

  it('without a corpus, vitest passes, says so once and skips the corpus suites only', async () => {
    const empty = folder([])
    const { status, output } = await vitest(FILES, { LPS_CORPUS: empty })
    expect(status, output).toBe(0)
    expect(output.split('Skipping the suites that need the real corpus: ')).toHaveLength(2)
    expect(output).toContain(`corpus not found at ${empty} (LPS_CORPUS): put ../shared/fixtures beside the checkout`)
    expect(output).toMatch(/Test Files\s+1 passed \| 1 skipped \(2\)/)
    expect(output).toMatch(/Tests\s+\d+ passed \| 6 skipped/)
  })

  it('under LPS_REQUIRE_CORPUS=1 without a corpus, vitest fails before running any test', async () => {
    const empty = folder([])
    const { status, output } = await vitest(FILES, { LPS_CORPUS: empty, LPS_REQUIRE_CORPUS: '1' })
    expect(status, output).not.toBe(0)
    expect(output).toContain(`LPS_REQUIRE_CORPUS=1 makes a missing corpus fail the run: corpus not found at ${empty} (LPS_CORPUS)`)
    expect(output).not.toMatch(/Tests\s+\d+ passed/)
  })
})
