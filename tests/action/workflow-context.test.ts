import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readWorkflowContext } from '../../src/action/workflow-context.js'
import { UserError } from '../../src/shared/user-error.js'

const dir = mkdtempSync(path.join(tmpdir(), 'lps-event-'))

/** An event file holding `text`, as the runner writes one per run. */
function eventFile(name: string, text: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, text)
  return file
}

const SHA = 'a'.repeat(40)
const PUSHED = 'b'.repeat(40)

describe('readWorkflowContext', () => {
  it("reads the event, the commit, the repository and the event's payload as the runner gives them", () => {
    const env = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'InnerSourceCommons/InnerSourceLearningPath',
      GITHUB_EVENT_PATH: eventFile('push.json', JSON.stringify({ after: PUSHED, ref: 'refs/heads/main' })),
    }
    expect(readWorkflowContext(env)).toEqual({
      eventName: 'push',
      sha: SHA,
      repository: 'InnerSourceCommons/InnerSourceLearningPath',
      payload: { after: PUSHED, ref: 'refs/heads/main' },
    })
  })

  it('a local run without an event file has an empty payload', () => {
    const local = { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REPOSITORY: 'o/lp' }
    expect(readWorkflowContext(local)).toEqual({ eventName: 'workflow_dispatch', sha: '', repository: 'o/lp', payload: {} })
    expect(readWorkflowContext({ ...local, GITHUB_EVENT_PATH: path.join(dir, 'absent.json') }).payload).toEqual({})
  })

  it('takes the repository from the payload when GITHUB_REPOSITORY is not set, and else says what is missing', () => {
    const payload = eventFile('repo.json', JSON.stringify({ repository: { name: 'lp', owner: { login: 'o' } } }))
    expect(readWorkflowContext({ GITHUB_EVENT_PATH: payload }).repository).toBe('o/lp')
    expect(() => readWorkflowContext({})).toThrow(UserError)
    expect(() => readWorkflowContext({})).toThrow(/^GITHUB_REPOSITORY is not set/)
  })

  it('an event file that is not JSON is one line naming it', () => {
    const broken = eventFile('broken.json', '{ "after": ')
    const read = () => readWorkflowContext({ GITHUB_REPOSITORY: 'o/lp', GITHUB_EVENT_PATH: broken })
    expect(read).toThrow(UserError)
    // The parser's own reason follows (its wording is Node's).
    expect(read).toThrow(`GITHUB_EVENT_PATH (${broken}): the event payload is not JSON (`)
  })
})
