import { describe, expect, it } from 'vitest'
import { actionErrorMessage, readActionInputs, type ActionEnvironment } from '../../src/action/inputs.js'
import { OPTION_TABLE } from '../../src/shared/option-table.js'
import { OptionError } from '../../src/shared/user-error.js'

function environment(inputs: Record<string, string>, event: Partial<ActionEnvironment['context']> = {}): ActionEnvironment {
  return {
    getInput: (name) => inputs[name] ?? '',
    context: {
      eventName: 'push',
      sha: 'a'.repeat(40),
      repository: 'InnerSourceCommons/InnerSourceLearningPath',
      payload: {},
      ...event,
    },
    env: { GITHUB_API_URL: 'http://127.0.0.1:1' },
  }
}

const read = (inputs: Record<string, string>, event: Partial<ActionEnvironment['context']> = {}) =>
  readActionInputs(environment(inputs, event), OPTION_TABLE)

/** The step's failure line for these inputs (main.ts words every error so). */
function failure(inputs: Record<string, string>): string {
  try {
    read(inputs)
  } catch (error) {
    return actionErrorMessage(error)
  }
  throw new Error('the inputs were accepted')
}

const base = { token: 'secret-token', 'target-repository': 'InnerSourceCommons/innersourcecommons.org' }

describe('readActionInputs', () => {
  it('maps kebab-case inputs onto the grouped options with defaults; the token and API URL make the connection', () => {
    const options = read({ ...base, labels: 'a, b\nc', reviewers: 'x' })
    expect(options.github).toEqual({ token: 'secret-token', apiUrl: 'http://127.0.0.1:1' })
    expect(options.source).toMatchObject({
      dir: '.',
      repository: 'InnerSourceCommons/InnerSourceLearningPath',
      ref: 'main',
      languages: 'all',
    })
    expect(options.credit.provider).toBe('github')
    expect(options.target).toMatchObject({ path: 'content/en/learn/learning-path', base: undefined, siteDir: undefined })
    expect(options.pullRequest).toMatchObject({ branch: 'learning-path-sync', labels: ['a', 'b', 'c'], reviewers: ['x'], draft: false })
    expect(options.policy).toMatchObject({ dryRun: false, failOnContentError: true })
  })

  it('uses GitHub.com when the runner names no API URL, and the target repository the table gives', () => {
    const options = readActionInputs({ ...environment({ token: 't' }), env: {} }, OPTION_TABLE)
    expect(options.github.apiUrl).toBe('https://api.github.com')
    expect(options.target.repository).toBe('InnerSourceCommons/innersourcecommons.org')
  })

  it('fail-on-content-error is true unless set to false', () => {
    expect(read({ ...base, 'fail-on-content-error': 'false' }).policy.failOnContentError).toBe(false)
    expect(read({ ...base, 'fail-on-content-error': 'true' }).policy.failOnContentError).toBe(true)
    expect(failure({ ...base, 'fail-on-content-error': 'no' })).toBe("input 'fail-on-content-error': must be true or false, got 'no'")
  })

  it('takes the pushed commit from a push event and the ref head otherwise', () => {
    expect(read(base, { payload: { after: 'b'.repeat(40) } }).source.commit).toBe('b'.repeat(40))
    expect(read(base, { eventName: 'schedule' }).source.commit).toBe('a'.repeat(40))
  })

  it("names no commit when the sources are another repository than the workflow's (its SHAs are not theirs)", () => {
    const elsewhere = { ...base, 'source-repository': 'someone/fork-of-the-learning-path' }
    const pushed = read(elsewhere, { payload: { after: 'b'.repeat(40) } }).source
    expect(pushed.repository).toBe('someone/fork-of-the-learning-path')
    expect(pushed.commit).toBeUndefined()
    expect(read(elsewhere, { eventName: 'schedule' }).source.commit).toBeUndefined()
    // The workflow's own repository, spelt differently, is still the same repository.
    const same = { ...base, 'source-repository': 'innersourcecommons/innersourcelearningpath' }
    expect(read(same, { payload: { after: 'b'.repeat(40) } }).source.commit).toBe('b'.repeat(40))
  })

  it("takes only the step's inputs: a workflow_dispatch form of the same names overrides nothing", () => {
    // The README's form declares dry-run (default false); a step that says dry-run: true stays a dry run.
    const form = {
      'dry-run': false,
      token: 'token-from-the-form',
      'target-repository': 'someone/else',
      'sections-file': '/etc/passwd',
      languages: 'de',
    }
    const options = read({ ...base, 'dry-run': 'true' }, { eventName: 'workflow_dispatch', payload: { inputs: form } })
    expect(options.policy.dryRun).toBe(true)
    expect(options.github.token).toBe('secret-token')
    expect(options.target.repository).toBe('InnerSourceCommons/innersourcecommons.org')
    expect(options.source).toMatchObject({ languages: 'all', sectionsFile: 'scripts/section_data.json' })
  })

  it('passes a form value on only when the step says so (with: dry-run: ${{ inputs.dry-run }})', () => {
    const options = read({ ...base, 'dry-run': 'true' }, { eventName: 'workflow_dispatch', payload: { inputs: { 'dry-run': true } } })
    expect(options.policy.dryRun).toBe(true)
    // On push and schedule the expression is empty: not a dry run.
    expect(read({ ...base, 'dry-run': '' }).policy.dryRun).toBe(false)
  })

  it('reads the pull request settings', () => {
    const { pullRequest } = read({
      ...base,
      draft: 'always-true',
      'auto-merge': 'Squash',
      milestone: '3',
      assignees: 'ann\nbob',
      'delete-branch': 'true',
      'body-template': '\nHello {{counts}}\n\n{{change-table}}\n',
      'commit-message': 'Sync',
    })
    expect(pullRequest).toMatchObject({
      draft: 'always-true',
      autoMerge: 'squash',
      milestone: 3,
      assignees: ['ann', 'bob'],
      deleteBranch: true,
      bodyTemplate: 'Hello {{counts}}\n\n{{change-table}}',
      commitMessage: 'Sync',
    })
    expect(read(base).pullRequest).toMatchObject({
      draft: false,
      autoMerge: undefined,
      milestone: undefined,
      assignees: [],
      deleteBranch: false,
      bodyTemplate: undefined,
    })
  })

  it('refuses bad values with the input name', () => {
    expect(() => read({ ...base, draft: 'yes' })).toThrow(new OptionError('draft', "must be true, false or always-true, got 'yes'"))
    expect(failure({ ...base, draft: 'yes' })).toBe("input 'draft': must be true, false or always-true, got 'yes'")
    expect(failure({ ...base, 'auto-merge': 'fast-forward' })).toMatch(/^input 'auto-merge': must be merge, squash, rebase or empty/)
    expect(failure({ ...base, milestone: 'v2' })).toMatch(/^input 'milestone': must be a milestone number/)
    expect(failure({ ...base, contributors: 'svn' })).toBe("input 'contributors': must be none, git, github or keep, got 'svn'")
    expect(failure({ ...base, 'target-repository': 'not a repo' })).toBe("input 'target-repository': must be OWNER/NAME, got 'not a repo'")
    expect(failure({ ...base, 'source-repository': 'nope' })).toBe("input 'source-repository': must be OWNER/NAME, got 'nope'")
    expect(failure({ 'target-repository': 'a/b' })).toMatch(/^input 'token' is empty/)
    expect(failure({ ...base, 'unconfigured-languages': 'keep' })).toBe("input 'unconfigured-languages': must be skip or write, got 'keep'")
    expect(failure({ ...base, 'rewrite-section-links': 'yes' })).toBe("input 'rewrite-section-links': must be true or false, got 'yes'")
    expect(failure({ ...base, languages: 'de,x y' })).toMatch(/^input 'languages': "x y" is not a language name/)
  })

  it("reads the content health inputs: the site's language file, unconfigured languages, section link rewriting", () => {
    expect(read(base).health).toEqual({ siteLanguagesFile: undefined, unconfiguredLanguages: 'skip', rewriteSectionLinks: false })
    const set = {
      ...base,
      'site-languages-file': 'config/languages.toml',
      'unconfigured-languages': 'write',
      'rewrite-section-links': 'true',
    }
    expect(read(set).health).toEqual({
      siteLanguagesFile: 'config/languages.toml',
      unconfiguredLanguages: 'write',
      rewriteSectionLinks: true,
    })
  })

  it('reads the render limits: render-timeout in seconds (10 by default), max-source-bytes (2,000,000 by default)', () => {
    expect(read(base).source).toMatchObject({ renderTimeoutMs: 10_000, maxSourceBytes: 2_000_000 })
    expect(read({ ...base, 'render-timeout': '2.5', 'max-source-bytes': '500000' }).source).toMatchObject({
      renderTimeoutMs: 2500,
      maxSourceBytes: 500_000,
    })
    expect(failure({ ...base, 'render-timeout': '10s' })).toBe(
      "input 'render-timeout': must be a number of seconds above 0 and at most 3600, got '10s'",
    )
    expect(failure({ ...base, 'max-source-bytes': '2 MB' })).toBe(
      "input 'max-source-bytes': must be a whole number of bytes above 0, got '2 MB'",
    )
  })
})
