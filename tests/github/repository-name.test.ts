import { describe, expect, it } from 'vitest'
import { formatRepositoryName, parseRepositoryName } from '../../src/github/repository-name.js'
import { OptionError } from '../../src/shared/user-error.js'

describe('repository names', () => {
  it('parses OWNER/NAME, blanks around it ignored, and writes it back the same', () => {
    expect(parseRepositoryName(' InnerSourceCommons/innersourcecommons.org\n', 'target-repository')).toEqual({
      owner: 'InnerSourceCommons',
      name: 'innersourcecommons.org',
    })
    expect(formatRepositoryName(parseRepositoryName('o-1/a_b.c', 'x'))).toBe('o-1/a_b.c')
  })

  it('refuses anything else with an error naming the option', () => {
    for (const bad of ['', 'owner', 'a/b/c', '/b', 'a/', 'a b/c', 'https://github.com/a/b']) {
      expect(() => parseRepositoryName(bad, 'source-repository'), bad).toThrow(
        new OptionError('source-repository', `must be OWNER/NAME, got '${bad}'`),
      )
    }
  })
})
