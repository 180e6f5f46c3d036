import * as core from '@actions/core'
import { context } from '@actions/github'
import { readActionInputs } from './action/inputs.js'
import { createActionLogger } from './action/logger.js'
import { setActionOutputs } from './action/outputs.js'
import { contentFailureLine } from './shared/content-errors.js'
import { maskValues, redact } from './shared/redact.js'
import { inertLine, stopCommands } from './escape/log-line.js'
import { runSync } from './sync.js'
import { OptionError } from './shared/user-error.js'

/**
 * The action: inputs in, one engine run, outputs and a job summary out. Never throws: a failure
 * ends as `core.setFailed`. `src/index.ts` calls it; `@github/local-action` imports it directly.
 */
export async function run(): Promise<void> {
  const secrets: string[] = []
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
