import { describe, expect, it } from 'vitest'
import { readActionInputs, type ActionEnvironment } from '../../src/action/inputs.js'
import { UserError } from '../../src/shared/user-error.js'

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
    expect(() => readActionInputs(environment({ ...base, 'fail-on-content-error': 'no' }))).toThrow(/input 'fail-on-content-error' must be true or false/)
  })

  it('takes the pushed commit from a push event and the ref head otherwise', () => {
    const pushed = readActionInputs(environment(base, { payload: { after: 'b'.repeat(40) } })).options
    expect(pushed.sourceCommit).toBe('b'.repeat(40))
    const scheduled = readActionInputs(environment(base, { eventName: 'schedule' })).options
    expect(scheduled.sourceCommit).toBe('a'.repeat(40))
  })

  it('names no commit when the sources are another repository than the workflow\'s (its SHAs are not theirs)', () => {
    const elsewhere = { ...base, 'source-repository': 'someone/fork-of-the-learning-path' }
    const pushed = readActionInputs(environment(elsewhere, { payload: { after: 'b'.repeat(40) } })).options
    expect(pushed.sourceRepository).toBe('someone/fork-of-the-learning-path')
    expect(pushed.sourceCommit).toBeUndefined()
    expect(readActionInputs(environment(elsewhere, { eventName: 'schedule' })).options.sourceCommit).toBeUndefined()
    // The workflow's own repository, spelt differently, is still the same repository.
    const same = { ...base, 'source-repository': 'innersourcecommons/innersourcelearningpath' }
    expect(readActionInputs(environment(same, { payload: { after: 'b'.repeat(40) } })).options.sourceCommit).toBe('b'.repeat(40))
  })

  it('lets a workflow_dispatch form override inputs of the same name', () => {
    const env = environment({ ...base, 'dry-run': 'false' }, { eventName: 'workflow_dispatch', payload: { inputs: { 'dry-run': true, languages: 'de' } } })
    const { options } = readActionInputs(env)
    expect(options.dryRun).toBe(true)
    expect(options.languages).toBe('de')
  })

  it('ignores dispatch-shaped inputs on other events', () => {
    const env = environment(base, { eventName: 'push', payload: { inputs: { 'dry-run': 'true' } } })
    expect(readActionInputs(env).options.dryRun).toBe(false)
  })

  it('refuses bad values with the input name', () => {
    expect(() => readActionInputs(environment({ ...base, draft: 'yes' }))).toThrow(/input 'draft' must be true or false/)
    expect(() => readActionInputs(environment({ ...base, contributors: 'svn' }))).toThrow(UserError)
    expect(() => readActionInputs(environment({ ...base, 'target-repository': 'not a repo' }))).toThrow(/input 'target-repository' must be OWNER\/NAME/)
    expect(() => readActionInputs(environment({ 'target-repository': 'a/b' }))).toThrow(/input 'token' is empty/)
    expect(() => readActionInputs(environment({ ...base, 'unconfigured-languages': 'keep' }))).toThrow(/input 'unconfigured-languages' must be skip or write, got 'keep'/)
    expect(() => readActionInputs(environment({ ...base, 'rewrite-section-links': 'yes' }))).toThrow(/input 'rewrite-section-links' must be true or false/)
  })

  it('reads the content health inputs: the site\'s language file, unconfigured languages, section link rewriting', () => {
    expect(readActionInputs(environment(base)).options).toMatchObject({ siteLanguagesFile: undefined, unconfiguredLanguages: 'skip', rewriteSectionLinks: false })
    const set = { ...base, 'site-languages-file': 'config/languages.toml', 'unconfigured-languages': 'write', 'rewrite-section-links': 'true' }
    expect(readActionInputs(environment(set)).options).toMatchObject({ siteLanguagesFile: 'config/languages.toml', unconfiguredLanguages: 'write', rewriteSectionLinks: true })
  })
})
