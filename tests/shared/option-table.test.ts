// The option table is the one place an input is declared: these tests hold the rules it keeps
// (one name for input and flag, one default, or a reason for each difference) and show that a
// new entry reaches every surface made from it without another edit.
import { parse } from 'yaml'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { generatedFiles, renderActionYml } from '../../scripts/generate-interface.js'
import { readActionInputs, type ActionEnvironment } from '../../src/action/inputs.js'
import { cliDefault, commandFlags, formatHelp, parseCommandArgs } from '../../src/commands/args.js'
import { RENDER_COMMAND } from '../../src/commands/render.js'
import { SYNC_COMMAND } from '../../src/commands/sync-command.js'
import { actionOutputs, jsonOutputs, OUTPUT_TABLE } from '../../src/output-table.js'
import { actionInputs, OPTION_TABLE, type OptionEntry, type OptionsOf } from '../../src/shared/option-table.js'
import { milestone } from '../../src/shared/option-values.js'
import { readFileSync } from 'node:fs'
import { REPO_ROOT } from '../support/repo-root.js'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync.js'

const COMMANDS = [RENDER_COMMAND, SYNC_COMMAND]

function environment(inputs: Record<string, string>): ActionEnvironment {
  return {
    getInput: (name) => inputs[name] ?? '',
    context: { eventName: 'push', sha: 'a'.repeat(40), repository: 'o/lp', payload: {} },
    env: {},
  }
}

describe('the option table', () => {
  it('gives every input a CLI flag of the same name, unless it says why not', () => {
    for (const entry of actionInputs(OPTION_TABLE)) {
      const isFlag = COMMANDS.some((command) => commandFlags(OPTION_TABLE, command.name).includes(entry))
      if (!isFlag) expect(entry.cli?.env && entry.cli.why, entry.name).toBeTruthy()
    }
    // Only the tokens: the environment, not the command line, carries them.
    expect(actionInputs(OPTION_TABLE).filter((entry) => entry.cli?.env)).toEqual(
      OPTION_TABLE.filter((e) => e.name === 'token' || e.name === 'dashboard-token'),
    )
  })

  it('has the CLI and the action agree on every default, or says why one differs', () => {
    const differences: string[] = []
    for (const entry of OPTION_TABLE) {
      if (entry.action?.default !== undefined && entry.action.default !== entry.default) {
        expect(entry.action.why, entry.name).toBeTruthy()
        differences.push(`${entry.name}: action ${entry.action.default || '(empty)'}`)
      }
      for (const command of COMMANDS) {
        if (!commandFlags(OPTION_TABLE, command.name).includes(entry) || cliDefault(entry, command.name) === entry.default) continue
        expect(entry.cli?.why, entry.name).toBeTruthy()
        differences.push(`${entry.name}: ${command.name} ${cliDefault(entry, command.name) || '(empty)'}`)
      }
    }
    expect(differences).toEqual([
      'token: action ${{ github.token }}',
      'source-repository: action (empty)',
      'contributors: render none',
      'target-repository: sync (empty)',
      'dashboard-token: action ${{ github.token }}',
    ])
  })

  it('says why an entry is not an input, or reads the environment instead', () => {
    for (const entry of OPTION_TABLE.filter((e) => e.action?.env || e.action?.notAnInput))
      expect(entry.action?.why, entry.name).toBeTruthy()
    for (const entry of OPTION_TABLE.filter((e) => e.cli?.env)) expect(entry.cli?.why, entry.name).toBeTruthy()
  })

  it('has one name per flag: no input, flag or alias twice', () => {
    const names = OPTION_TABLE.flatMap((e) => [e.name, ...(e.cli?.aliases ?? [])])
    expect(new Set(names).size).toBe(names.length)
    const keys = OPTION_TABLE.map((e) => `${e.group}.${e.key}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('a made-up input added to a copy of the table', () => {
  const MADE_UP = {
    name: 'max-reviewers',
    group: 'pullRequest',
    key: 'maxReviewers',
    value: milestone,
    default: '7',
    description: 'Most reviewers asked on one pull request (made up for this test).',
  } satisfies OptionEntry<'pullRequest', 'maxReviewers', number | undefined>
  const TABLE = [...OPTION_TABLE, MADE_UP] as const

  it('reaches action.yml and the README table', async () => {
    const action = parse(renderActionYml(TABLE, OUTPUT_TABLE)) as { inputs: Record<string, { default: string; description: string }> }
    expect(action.inputs['max-reviewers']).toEqual({ description: MADE_UP.description, required: false, default: '7' })
    const readme = (await generatedFiles(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'), TABLE))['README.md']
    expect(readme).toMatch(/^\| `max-reviewers` +\| `7` +\| Most reviewers asked on one pull request \(made up for this test\)\. +\|$/m)
  })

  it("reaches sync's --help, with its default", () => {
    expect(formatHelp(SYNC_COMMAND, TABLE)).toMatch(
      /^ {2}--max-reviewers NUMBER +Most reviewers asked on one pull request \(made up for this test\)\.\s+\(default: 7\)$/m,
    )
    expect(formatHelp(RENDER_COMMAND, TABLE)).not.toContain('--max-reviewers')
  })

  it('reaches the options the engine receives, from the action and from the CLI, typed', () => {
    const fromAction = readActionInputs(environment({ token: 't', 'max-reviewers': '3' }), TABLE)
    expect(fromAction.pullRequest.maxReviewers).toBe(3)
    expect(readActionInputs(environment({ token: 't' }), TABLE).pullRequest.maxReviewers).toBe(7)
    const fromCli = parseCommandArgs(SYNC_COMMAND, ['--max-reviewers', '4'], TABLE, {})
    expect(!fromCli.help && fromCli.options.pullRequest.maxReviewers).toBe(4)
    expectTypeOf<OptionsOf<typeof TABLE>['pullRequest']['maxReviewers']>().toEqualTypeOf<number | undefined>()
    // Its parser's errors name it, on both sides.
    expect(() => readActionInputs(environment({ token: 't', 'max-reviewers': 'many' }), TABLE)).toThrow(/^max-reviewers: must be/)
    expect(() => parseCommandArgs(SYNC_COMMAND, ['--max-reviewers', 'many'], TABLE, {})).toThrow(/^--max-reviewers: must be/)
  })
})

describe('the output table', () => {
  const result = {
    operation: 'created',
    pullRequestNumber: 4,
    pullRequestUrl: 'https://github.com/o/site/pull/4',
    headSha: 'c'.repeat(40),
    changedFiles: ['a.md', 'b.md'],
    counts: { added: 1, updated: 1, deleted: 0, unchanged: 5, protected: 0 },
    dryRun: false,
    contributorFailures: [],
    health: { stale: { available: false, reason: 'none' } },
    plan: { protected: [] },
    warnings: [],
    contentErrors: [],
    requests: { total: 9, writes: 6 },
    assignees: ['ann'],
    milestone: null,
    autoMerge: null,
    draft: false,
    branchDeleted: undefined,
  } as unknown as SyncResult

  it('gives the action the outputs action.yml declares, and --json its fields', () => {
    const declared = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }
    expect(Object.keys(actionOutputs(result))).toEqual(Object.keys(declared.outputs))
    expect(actionOutputs(result)).toMatchObject({
      'pull-request-number': '4',
      'changed-files': 'a.md\nb.md',
      milestone: '',
      draft: 'false',
    })
    expect(Object.keys(jsonOutputs(result))).toEqual([
      'operation',
      'pullRequestNumber',
      'pullRequestUrl',
      'headSha',
      'changedFiles',
      'counts',
      'dryRun',
      'contributorFailures',
      'staleTranslations',
      'protected',
      'warnings',
      'contentErrors',
      'requests',
      'assignees',
      'milestone',
      'autoMerge',
      'draft',
    ])
  })

  it('says why an output is on one side only', () => {
    for (const entry of OUTPUT_TABLE.filter((e) => !e.action || !e.json)) expect(entry.why, entry.name).toBeTruthy()
  })
})
