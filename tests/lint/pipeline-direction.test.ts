// The pipeline's direction is a lint rule (eslint.config.mjs): each folder of src/ imports only
// earlier stages, src/shared/, src/github/ and src/escape/ (which imports nothing of the program). These
// tests run that rule alone (no type information needed), over the real sources and over
// imports written to break it.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import { FORBIDDEN_IMPORTS, pipelineDirection, STAGES } from '../../eslint.config.mjs'
import { REPO_ROOT } from '../support/repo-root.js'

const eslint = new ESLint({
  cwd: REPO_ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...pipelineDirection],
})

/** The direction errors ESLint reports for `code` placed in `file` (relative to the root). */
async function directionErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('pipeline direction (lint)', () => {
  it('covers every folder of src/ except the entry points', () => {
    const folders = readdirSync(path.join(REPO_ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    const entryFolders = ['action', 'commands']
    expect(folders.filter((f) => !entryFolders.includes(f)).sort()).toEqual(
      Object.keys(FORBIDDEN_IMPORTS)
        .filter((f) => folders.includes(f))
        .sort(),
    )
  })

  it('finds no backwards import in src/', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts'])
    const errors = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => `${path.relative(REPO_ROOT, r.filePath)}:${m.line} ${m.message}`),
    )
    expect(errors).toEqual([])
    expect(results.length).toBeGreaterThan(50)
  })

  it('fails on a stage importing a later stage, an entry point, or shared importing a stage', async () => {
    expect(await directionErrors('src/config/load.ts', "import { renderPages } from '../render/render-pages.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/render/article.ts', "import { planChanges } from '../plan/plan-changes.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/plan/plan-changes.ts', "import { runSync } from '../sync.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/publish/site.ts', "import type { x } from '../report/summary.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/shared/marker.ts', "import { loadConfig } from '../config/load.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/github/client.ts', "import { loadConfig } from '../config/load.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/github/pulls.ts', "import { runSync } from '../sync.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/report/summary.ts', "import { readActionInputs } from '../action/inputs.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/escape/markdown.ts', "import { UserError } from '../shared/user-error.js'\n")).toHaveLength(1)
    expect(await directionErrors('src/escape/markdown.ts', "import { sync } from '../sync.js'\n")).toHaveLength(1)
  })

  it('allows earlier stages and shared modules', async () => {
    for (const [i, stage] of STAGES.entries()) {
      const earlier = STAGES.slice(0, i)
        .map((s) => `import * as m${s} from '../${s}/x.js'\n`)
        .join('')
      expect(
        await directionErrors(
          `src/${stage}/probe.ts`,
          `${earlier}import { UserError } from '../shared/user-error.js'\nimport { markdownText } from '../escape/markdown.js'\n` +
            "import { git } from '../github/git-database.js'\n",
        ),
        stage,
      ).toEqual([])
    }
  })
})
