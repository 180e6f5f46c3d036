import { existsSync, readFileSync } from 'node:fs'
import { UserError } from '../shared/user-error.js'

/** What the action reads of the workflow run it is a step of. */
export interface WorkflowContext {
  /** The event that started the run: `push`, `schedule`, `workflow_dispatch`, … */
  eventName: string
  /** The commit the run is for (the ref's head); empty when the runner names none. */
  sha: string
  /** OWNER/NAME of the workflow's repository. */
  repository: string
  /** The event's webhook payload; only `after` (the commit a push event pushed) is read. */
  payload: object
}

/**
 * The workflow's context from the runner's environment: GITHUB_EVENT_NAME, GITHUB_SHA,
 * GITHUB_REPOSITORY and the event's payload in the file GITHUB_EVENT_PATH names (none when
 * there is no such file: a local run).
 */
export function readWorkflowContext(env: NodeJS.ProcessEnv): WorkflowContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const repository = env.GITHUB_REPOSITORY?.trim() || payloadRepository(payload)
  if (!repository) {
    throw new UserError(
      "GITHUB_REPOSITORY is not set: the runner sets it to the workflow's repository (OWNER/NAME); set it for a local run",
    )
  }
  return { eventName: env.GITHUB_EVENT_NAME ?? '', sha: env.GITHUB_SHA ?? '', repository, payload }
}

function readPayload(file: string | undefined): object {
  if (!file || !existsSync(file)) return {}
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new UserError(`GITHUB_EVENT_PATH (${file}): the event payload is not JSON (${(error as Error).message.split('\n')[0]})`)
  }
  return typeof payload === 'object' && payload !== null ? payload : {}
}

/** The repository an event's payload names, as the runner's context falls back to it. */
function payloadRepository(payload: object): string | undefined {
  const repository = (payload as { repository?: { name?: unknown; owner?: { login?: unknown } } }).repository
  const owner = repository?.owner?.login
  return typeof owner === 'string' && typeof repository?.name === 'string' ? `${owner}/${repository.name}` : undefined
}
