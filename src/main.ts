import * as core from '@actions/core'
import { context } from '@actions/github'
import { readActionInputs } from './action/inputs.js'
import { createActionLogger } from './action/logger.js'
import { setActionOutputs } from './action/outputs.js'
import { contentFailureLine } from './shared/content-errors.js'
import { maskValues, redact } from './shared/redact.js'
import { inertLine, stopCommands } from './shared/workflow-commands.js'
import { runSync } from './sync.js'
import { OptionError } from './shared/user-error.js'

/** The run's token (its lines masked, itself redacted from every message), also for a crash after run() was left. */
const secrets: string[] = []

/**
 * The action: inputs in, one engine run, outputs and a job summary out. Never throws: a failure
 * ends as `core.setFailed`. `src/index.ts` calls it; `@github/local-action` imports it directly.
 */
export async function run(): Promise<void> {
  try {
    const { options, trigger } = readActionInputs({ getInput: (name) => core.getInput(name), context, env: process.env })
    // readActionInputs refuses an empty token, so there is always one to mask (line by line: the
    // runner masks lines, and a token holding a line break would otherwise leak its first one).
    for (const value of maskValues(options.token)) core.setSecret(value)
    secrets.push(options.token)
    core.info(
      inertLine(
        `learning-path-sync: ${trigger} event, source ${options.sourceRepository}@${options.sourceCommit?.slice(0, 7) ?? options.sourceRef}` +
          ` → ${options.targetRepository}:${options.targetPath}${options.dryRun ? ' (dry run)' : ''}`,
      ),
    )
    const result = await runSync(options, { logger: createActionLogger(options.sourceDir, secrets) })
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
      if (options.failOnContentError) core.setFailed(line)
      else core.warning(line)
    }
  } catch (error) {
    // The engine names options by their input names; here they are the step's inputs.
    const message =
      error instanceof OptionError ? `input '${error.option}': ${error.problem}` : error instanceof Error ? error.message : String(error)
    // Redacted before the cut: the cut can fall inside the token.
    core.setFailed(redact(message, secrets).split('\n')[0])
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
