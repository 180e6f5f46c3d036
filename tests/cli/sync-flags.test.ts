import { describe, expect, it } from 'vitest'
import { parseCommandArgs, UsageError } from '../../src/commands/args.js'
import { SYNC_COMMAND } from '../../src/commands/sync-command.js'
import { OPTION_TABLE } from '../../src/shared/option-table.js'

const parse = (...argv: string[]) => {
  const parsed = parseCommandArgs(SYNC_COMMAND, ['--source-path', '.', ...argv], OPTION_TABLE, {})
  if (parsed.help) throw new Error('help')
  return parsed.options
}

describe('sync flags', () => {
  it('takes --draft bare, or with always-true, and the pull request settings', () => {
    expect(parse().pullRequest.draft).toBe(false)
    expect(parse('--draft').pullRequest.draft).toBe(true)
    expect(
      parse('--draft=always-true', '--auto-merge', 'squash', '--milestone', '2', '--assignees', 'ann,bob', '--delete-branch').pullRequest,
    ).toMatchObject({ draft: 'always-true', autoMerge: 'squash', milestone: 2, assignees: ['ann', 'bob'], deleteBranch: true })
    expect(() => parse('--draft=maybe')).toThrow(UsageError)
    expect(() => parse('--auto-merge', 'fast-forward')).toThrow(
      "--auto-merge: must be merge, squash, rebase or empty, got 'fast-forward' (see: learning-path-sync sync --help)",
    )
  })

  it('answers to --source and --target, the names older versions had, as to --source-path and --target-repository', () => {
    const parsed = parseCommandArgs(SYNC_COMMAND, ['--source', 'lp', '--target', 'a/site'], OPTION_TABLE, {})
    expect(!parsed.help && [parsed.options.source.dir, parsed.options.target.repository]).toEqual(['lp', 'a/site'])
    expect(() => parse('--source', 'other')).toThrow('give --source-path or --source, not both')
  })

  it('reads the token and the API URL from the environment, never from a flag', () => {
    const parsed = parseCommandArgs(SYNC_COMMAND, [], OPTION_TABLE, { GITHUB_TOKEN: 't0k', GITHUB_API_URL: 'http://127.0.0.1:1' })
    expect(!parsed.help && parsed.options.github).toEqual({ token: 't0k', apiUrl: 'http://127.0.0.1:1' })
    expect(() => parse('--token', 't0k')).toThrow('unknown option --token')
    expect(!parsed.help && parseCommandArgs(SYNC_COMMAND, [], OPTION_TABLE, {})).toMatchObject({
      options: { github: { token: '', apiUrl: 'https://api.github.com' } },
    })
  })

  it('takes --render-timeout and --max-source-bytes, with the defaults the action has', () => {
    expect(parse().source).toMatchObject({ renderTimeoutMs: 10_000, maxSourceBytes: 2_000_000 })
    expect(parse('--render-timeout', '0.5', '--max-source-bytes=100').source).toMatchObject({ renderTimeoutMs: 500, maxSourceBytes: 100 })
    expect(() => parse('--render-timeout', 'soon')).toThrow(
      "--render-timeout: must be a number of seconds above 0 and at most 3600, got 'soon'",
    )
  })
})
