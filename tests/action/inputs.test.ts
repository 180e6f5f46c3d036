import { describe, expect, it } from 'vitest'
import { readActionInputs, type ActionEnvironment } from '../../src/action/inputs.js'
import { OptionError, UserError } from '../../src/shared/user-error.js'

function environment(inputs: Record<string, string>, event: Partial<ActionEnvironment['context']> = {}): ActionEnvironment {
  return {
    getInput: (name) => inputs[name] ?? '',
    context: {
      eventName: 'push',
      sha: 'a'.repeat(40),
      repo: { owner: 'InnerSourceCommons', repo: 'InnerSourceLearningPath' },
      payload: {},
      ...event,
    },
    env: { GITHUB_API_URL: 'http://127.0.0.1:1' },
  }
}

const base = { token: 'secret-token', 'target-repository': 'InnerSourceCommons/innersourcecommons.org' }

describe('readActionInputs', () => {
  it('maps kebab-case inputs onto one options object with defaults', () => {
    const { options, trigger } = readActionInputs(environment({ ...base, labels: 'a, b\nc', reviewers: 'x' }))
    expect(trigger).toBe('push')
    expect(options).toMatchObject({
      token: 'secret-token',
      sourceDir: '.',
      sourceRepository: 'InnerSourceCommons/InnerSourceLearningPath',
      sourceRef: 'main',
      contributors: 'github',
      targetPath: 'content/en/learn/learning-path',
      branch: 'learning-path-sync',
      labels: ['a', 'b', 'c'],
      reviewers: ['x'],
      draft: false,
      dryRun: false,
      failOnContentError: true,
      apiUrl: 'http://127.0.0.1:1',
    })
    expect(options.base).toBeUndefined()
  })

  it('fail-on-content-error is true unless set to false', () => {
    expect(readActionInputs(environment({ ...base, 'fail-on-content-error': 'false' })).options.failOnContentError).toBe(false)
    expect(readActionInputs(environment({ ...base, 'fail-on-content-error': 'true' })).options.failOnContentError).toBe(true)
    expect(() => readActionInputs(environment({ ...base, 'fail-on-content-error': 'no' }))).toThrow(
      /input 'fail-on-content-error' must be true or false/,
    )
  })

  it('takes the pushed commit from a push event and the ref head otherwise', () => {
    const pushed = readActionInputs(environment(base, { payload: { after: 'b'.repeat(40) } })).options
    expect(pushed.sourceCommit).toBe('b'.repeat(40))
    const scheduled = readActionInputs(environment(base, { eventName: 'schedule' })).options
    expect(scheduled.sourceCommit).toBe('a'.repeat(40))
  })

  it("names no commit when the sources are another repository than the workflow's (its SHAs are not theirs)", () => {
    const elsewhere = { ...base, 'source-repository': 'someone/fork-of-the-learning-path' }
    const pushed = readActionInputs(environment(elsewhere, { payload: { after: 'b'.repeat(40) } })).options
    expect(pushed.sourceRepository).toBe('someone/fork-of-the-learning-path')
    expect(pushed.sourceCommit).toBeUndefined()
    expect(readActionInputs(environment(elsewhere, { eventName: 'schedule' })).options.sourceCommit).toBeUndefined()
    // The workflow's own repository, spelt differently, is still the same repository.
    const same = { ...base, 'source-repository': 'innersourcecommons/innersourcelearningpath' }
    expect(readActionInputs(environment(same, { payload: { after: 'b'.repeat(40) } })).options.sourceCommit).toBe('b'.repeat(40))
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
    const env = environment({ ...base, 'dry-run': 'true' }, { eventName: 'workflow_dispatch', payload: { inputs: form } })
    const { options } = readActionInputs(env)
    expect(options).toMatchObject({
      dryRun: true,
      token: 'secret-token',
      targetRepository: 'InnerSourceCommons/innersourcecommons.org',
      languages: 'all',
    })
    expect(options.sectionsFile).toBe('scripts/section_data.json')
  })

  it('passes a form value on only when the step says so (with: dry-run: ${{ inputs.dry-run }})', () => {
    const env = environment({ ...base, 'dry-run': 'true' }, { eventName: 'workflow_dispatch', payload: { inputs: { 'dry-run': true } } })
    expect(readActionInputs(env).options.dryRun).toBe(true)
    // On push and schedule the expression is empty: not a dry run.
    expect(readActionInputs(environment({ ...base, 'dry-run': '' })).options.dryRun).toBe(false)
  })

  it('reads the pull request settings', () => {
    const { options } = readActionInputs(
      environment({
        ...base,
        draft: 'always-true',
        'auto-merge': 'Squash',
        milestone: '3',
        assignees: 'ann\nbob',
        'delete-branch': 'true',
        'body-template': '\nHello {{counts}}\n\n{{change-table}}\n',
        'commit-message': 'Sync',
      }),
    )
    expect(options).toMatchObject({
      draft: 'always-true',
      autoMerge: 'squash',
      milestone: 3,
      assignees: ['ann', 'bob'],
      deleteBranch: true,
      bodyTemplate: 'Hello {{counts}}\n\n{{change-table}}',
      commitMessage: 'Sync',
    })
    expect(readActionInputs(environment(base)).options).toMatchObject({
      draft: false,
      autoMerge: undefined,
      milestone: undefined,
      assignees: [],
      deleteBranch: false,
      bodyTemplate: undefined,
    })
  })

  it('refuses bad values with the input name', () => {
    // The action words an OptionError as `input 'draft': ...` (main.ts).
    expect(() => readActionInputs(environment({ ...base, draft: 'yes' }))).toThrow(
      new OptionError('draft', "must be true, false or always-true, got 'yes'"),
    )
    expect(() => readActionInputs(environment({ ...base, 'auto-merge': 'fast-forward' }))).toThrow(
      /^auto-merge: must be merge, squash, rebase or empty/,
    )
    expect(() => readActionInputs(environment({ ...base, milestone: 'v2' }))).toThrow(/^milestone: must be a milestone number/)
    expect(() => readActionInputs(environment({ ...base, contributors: 'svn' }))).toThrow(UserError)
    expect(() => readActionInputs(environment({ ...base, 'target-repository': 'not a repo' }))).toThrow(
      /input 'target-repository' must be OWNER\/NAME/,
    )
    expect(() => readActionInputs(environment({ 'target-repository': 'a/b' }))).toThrow(/input 'token' is empty/)
    expect(() => readActionInputs(environment({ ...base, 'unconfigured-languages': 'keep' }))).toThrow(
      /input 'unconfigured-languages' must be skip or write, got 'keep'/,
    )
    expect(() => readActionInputs(environment({ ...base, 'rewrite-section-links': 'yes' }))).toThrow(
      /input 'rewrite-section-links' must be true or false/,
    )
  })

  it("reads the content health inputs: the site's language file, unconfigured languages, section link rewriting", () => {
    expect(readActionInputs(environment(base)).options).toMatchObject({
      siteLanguagesFile: undefined,
      unconfiguredLanguages: 'skip',
      rewriteSectionLinks: false,
    })
    const set = {
      ...base,
      'site-languages-file': 'config/languages.toml',
      'unconfigured-languages': 'write',
      'rewrite-section-links': 'true',
    }
    expect(readActionInputs(environment(set)).options).toMatchObject({
      siteLanguagesFile: 'config/languages.toml',
      unconfiguredLanguages: 'write',
      rewriteSectionLinks: true,
    })
  })

  it('reads the render limits: render-timeout in seconds (10 by default), max-source-bytes (2,000,000 by default)', () => {
    expect(readActionInputs(environment(base)).options).toMatchObject({ renderTimeoutMs: 10_000, maxSourceBytes: 2_000_000 })
    expect(readActionInputs(environment({ ...base, 'render-timeout': '2.5', 'max-source-bytes': '500000' })).options).toMatchObject({
      renderTimeoutMs: 2500,
      maxSourceBytes: 500_000,
    })
    expect(() => readActionInputs(environment({ ...base, 'render-timeout': '10s' }))).toThrow(
      new OptionError('render-timeout', "must be a number of seconds above 0 and at most 3600, got '10s'"),
    )
    expect(() => readActionInputs(environment({ ...base, 'max-source-bytes': '2 MB' }))).toThrow(
      new OptionError('max-source-bytes', "must be a whole number of bytes above 0, got '2 MB'"),
    )
  })
})
