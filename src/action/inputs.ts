import { parseOptions, type AnyOptionEntry, type OptionsOf } from '../shared/option-table.js'
import { inputName, OptionError, UserError } from '../shared/user-error.js'
import type { WorkflowContext } from './workflow-context.js'

/** The parts of the runner's world the action reads: inputs, the event context, environment. */
export interface ActionEnvironment {
  getInput(name: string): string
  context: WorkflowContext
  env: NodeJS.ProcessEnv
}

/**
 * Reads the step's inputs (its `with:` values) into the grouped options, one loop over the
 * option table; what is not an input comes from the runner (its environment variable, or the
 * workflow's context). Nothing else sets them: a `workflow_dispatch` form whose inputs had the
 * same names used to override them (`token`, `target-repository` and `dry-run` included), so a
 * step saying `dry-run: true` wrote to GitHub on a manual run. A workflow passes a form's value
 * on explicitly, as GitHub's convention is: `with: dry-run: ${{ inputs.dry-run }}`.
 */
export function readActionInputs<Table extends readonly AnyOptionEntry[]>(env: ActionEnvironment, table: Table): OptionsOf<Table> {
  // Even a dry run reads the site's tree through the API, so there is no run without a token.
  if (env.getInput('token').trim() === '') {
    throw new UserError(
      `input 'token' is empty: give a token that can read the source history and write pull requests on the target repository`,
    )
  }
  const fromContext = contextValues(env)
  return parseOptions(table, (entry) => {
    const given = entry.action?.env ? env.env[entry.action.env] : entry.action?.notAnInput ? undefined : env.getInput(entry.name)
    return given?.trim() ? given : fromContext[entry.name]
  })
}

/** What the workflow's context says where a step leaves an option empty (action.yml's default is empty for these). */
function contextValues(env: ActionEnvironment): Record<string, string | undefined> {
  const workflowRepository = env.context.repository
  const sourceRepository = env.getInput('source-repository').trim() || workflowRepository
  const payload = env.context.payload as { after?: unknown }
  // A push event names the commit that was pushed; schedule and dispatch run on the ref's head.
  // Both are commits of the workflow's repository: for another source repository the pull
  // request links the source ref instead of a commit that is not there.
  const pushed = typeof payload.after === 'string' && /^[0-9a-f]{40}$/.test(payload.after) ? payload.after : undefined
  const ours = sourceRepository.toLowerCase() === workflowRepository.toLowerCase()
  return {
    'source-repository': workflowRepository,
    'source-commit': ours ? (pushed ?? (env.context.sha || undefined)) : undefined,
  }
}

/** An error as the step's one failure line: the engine names options by their input names, and here they are the step's inputs. */
export function actionErrorMessage(error: unknown): string {
  if (error instanceof OptionError) return `input '${error.option}': ${error.problemIn(inputName)}`
  return error instanceof UserError ? error.worded(inputName) : error instanceof Error ? error.message : String(error)
}
