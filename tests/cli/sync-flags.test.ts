import { describe, expect, it } from 'vitest'
import { INPUT_NAMES } from '../../src/action/inputs.js'
import { parseCommandArgs, UsageError } from '../../src/commands/args.js'
import { SYNC_COMMAND } from '../../src/commands/sync.js'

const parse = (...argv: string[]) => {
  const parsed = parseCommandArgs(SYNC_COMMAND, ['--source', '.', ...argv])
  if (parsed.help) throw new Error('help')
  return parsed.values
}

describe('sync flags', () => {
  it('has a flag for every action input (the token comes from GITHUB_TOKEN, the paths from --source and --target)', () => {
    const flags = new Set(SYNC_COMMAND.options.map((o) => o.name))
    const renamed: Record<string, string> = { token: 'GITHUB_TOKEN', 'source-path': 'source', 'target-repository': 'target' }
    expect(INPUT_NAMES.filter((name) => !flags.has(name) && !(name in renamed))).toEqual([])
  })

  it('takes --draft bare, or with always-true, and the pull request settings', () => {
    expect(parse().draft).toBeUndefined()
    expect(parse('--draft').draft).toBe('true')
    expect(
      parse('--draft=always-true', '--auto-merge', 'squash', '--milestone', '2', '--assignees', 'ann,bob', '--delete-branch'),
    ).toMatchObject({
      draft: 'always-true',
      'auto-merge': 'squash',
      milestone: '2',
      assignees: 'ann,bob',
      'delete-branch': true,
    })
    expect(() => parse('--draft=maybe')).toThrow(UsageError)
    expect(() => parse('--auto-merge', 'fast-forward')).toThrow('--auto-merge must be one of merge, squash, rebase, got "fast-forward"')
  })

  it('takes --render-timeout and --max-source-bytes, with the defaults the action has', () => {
    expect(parse()).toMatchObject({ 'render-timeout': '10', 'max-source-bytes': '2000000' })
    expect(parse('--render-timeout', '0.5', '--max-source-bytes=100')).toMatchObject({ 'render-timeout': '0.5', 'max-source-bytes': '100' })
    expect(() => parse('--render-timeout')).toThrow('option --render-timeout needs a value')
  })
})
