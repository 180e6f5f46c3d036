import * as core from '@actions/core'
import { actionErrorMessage, readActionInputs } from './action/inputs.js'
import { createActionLogger } from './action/action-logger.js'
import { setActionOutputs } from './action/outputs.js'
import { readWorkflowContext } from './action/workflow-context.js'
import { checkoutHead } from './shared/checkout-head.js'
import { contentFailureLine } from './shared/content-errors.js'
import { maskValues, redact } from './shared/redact.js'
import { inertLine, stopCommands } from './escape/log-line.js'
import { runSync } from './sync.js'
import { OPTION_TABLE } from './shared/option-table.js'
import { timingFromEnv } from './github/timing.js'

/** The run's token (its lines masked, itself redacted from every message), also for a crash after run() was left. */
const secrets: string[] = []

/**
 * The action: inputs in, one engine run, outputs and a job summary out. Never throws: a failure
 * ends as `core.setFailed`. `src/index.ts` calls it; `@github/local-action` imports it directly.
 */
export async function run(): Promise<void> {
  try {
    const context = readWorkflowContext(process.env)
    const { github, ...options } = readActionInputs({ getInput: (name) => core.getInput(name), context, env: process.env }, OPTION_TABLE)
    // readActionInputs refuses an empty token, so there is always one to mask (line by line: the
    // runner masks lines, and a token holding a line break would otherwise leak its first one).
    for (const value of maskValues(github.token)) core.setSecret(value)
    secrets.push(github.token)
    const { target } = options
    // Sources from another repository than the workflow's (the website's own workflow checks
    // them out into a subfolder): the event's commit is not theirs, the checkout's HEAD is.
    const source = { ...options.source, commit: options.source.commit ?? checkoutHead(options.source.dir) }
    core.info(
      inertLine(
        `learning-path-sync: ${context.eventName} event, source ${source.repository}@${source.commit?.slice(0, 7) ?? source.ref}` +
          ` → ${target.repository}:${target.path}${options.policy.dryRun ? ' (dry run)' : ''}`,
      ),
    )
    const result = await runSync(
      { ...options, source },
      { logger: createActionLogger(source.dir, secrets), github, timing: timingFromEnv() },
    )
    // The diff is the pages' text: between stop-commands markers none of its lines is a workflow command.
    if (result.diff)
      await core.group('Diff (dry run)', () => Promise.resolve(core.info(stopCommands(redact(result.diff ?? '', secrets)).trimEnd())))
    setActionOutputs(result, secrets)
    await writeJobSummary(redact(result.summary, secrets))
    core.info(
      inertLine(
        result.pullRequestUrl
          ? `${result.operation}: ${result.pullRequestUrl}`
          : `${result.operation}: ${result.dryRun ? 'dry run, nothing written' : 'nothing to change'}`,
      ),
    )
    // After publishing the rest: the workflow turns red so someone fixes the failed files.
    if (result.contentErrors.length > 0) {
      const line = redact(contentFailureLine(result.contentErrors, 'fail-on-content-error: false'), secrets)
      if (options.policy.failOnContentError) core.setFailed(line)
      else core.warning(line)
    }
  } catch (error) {
    // Redacted before the cut: the cut can fall inside the token.
    core.setFailed(redact(actionErrorMessage(error), secrets).split('\n')[0])
  }
}

/**
 * GitHub Enterprise Server versions without job summaries and local runs have no
 * GITHUB_STEP_SUMMARY; the pull request and the outputs carry the same facts, so the run goes on.
 */
async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('Job summary skipped: GITHUB_STEP_SUMMARY is not set (a runner without job summaries, or a local run).')
    return
  }
  await core.summary.addRaw(markdown).write()
}

/**
 * What an uncaught exception or an unhandled rejection ends as (src/index.ts hands them here):
 * one `::error::` line, redacted and inert, and exit 1, as any other failure of the action.
 * Node's default would print a stack trace the runner does not show as the step's error.
 * A fatal V8 out-of-memory error aborts the process before any JavaScript runs, so it cannot
 * end here (see docs/reliability.md, issue 21): what made runs run out of memory is bounded.
 */
export function crashed(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error)
  core.setFailed(redact(`learning-path-sync crashed: ${message}`, secrets).split('\n')[0])
  process.exit(1)
}
