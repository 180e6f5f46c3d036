// The one line a GitHub failure becomes, for answers the local GitHub does not script: here an
// error shaped as octokit's RequestError (status, GitHub's body) stands for GitHub's answer.
import { describe, expect, it } from 'vitest'
import { describeGitHubError } from '../../src/github/describe-error.js'
import { UserError } from '../../src/shared/user-error.js'

const answered = (status: number, message: string) => Object.assign(new Error(message), { status, response: { data: { message } } })

describe('describeGitHubError', () => {
  it("names the repository setting when a workflow's token may not open pull requests (the no-secret set-up)", () => {
    const error = describeGitHubError(
      answered(403, 'GitHub Actions is not permitted to create or approve pull requests.'),
      'InnerSourceCommons/innersourcecommons.org',
      'open the pull request',
      'write',
    )
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toBe(
      'GitHub Actions may not open pull requests on InnerSourceCommons/innersourcecommons.org (403 GitHub Actions is not permitted to create or approve pull requests.) while trying to open the pull request: tick "Allow GitHub Actions to create and approve pull requests" in its Settings → Actions → General, or give an App\'s token',
    )
  })

  it('says which permissions a write needs for any other 403', () => {
    const error = describeGitHubError(answered(403, 'Resource not accessible by integration'), 'o/r', 'create the sync branch', 'write')
    expect(error.message).toContain('it needs Contents and Pull requests read and write permission there')
  })
})
