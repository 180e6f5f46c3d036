import * as core from '@actions/core'
import { context } from '@actions/github'
import { readActionInputs } from './action/inputs.js'
import { createActionLogger } from './action/logger.js'
import { setActionOutputs } from './action/outputs.js'
import { redact } from './action/redact.js'
import { runSync } from './sync.js'

/** The action's entry: inputs in, one engine run, outputs and a job summary out. */
async function run(): Promise<void> {
  const secrets: string[] = []
  try {
    const inputs = readActionInputs({ getInput: (name) => core.getInput(name), context, env: process.env })
    if (inputs.token) {
      core.setSecret(inputs.token)
      secrets.push(inputs.token)
    }
    core.info(
      `learning-path-sync: ${inputs.trigger} event, source ${inputs.sourceRepository}@${inputs.sourceCommit?.slice(0, 7) ?? inputs.sourceRef}` +
        ` → ${inputs.targetRepository}:${inputs.targetPath}${inputs.dryRun ? ' (dry run)' : ''}`,
    )
    const result = await runSync(
      {
        sourceDir: inputs.sourcePath,
        sectionsFile: inputs.sectionsFile,
        urlsFile: inputs.urlsFile,
        languages: inputs.languages,
        strictTitles: inputs.strictTitles,
        contributors: inputs.contributors,
        sourceRepository: inputs.sourceRepository,
        sourceRef: inputs.sourceRef,
        sourceCommit: inputs.sourceCommit,
        targetRepository: inputs.targetRepository,
        targetPath: inputs.targetPath,
        base: inputs.base,
        branch: inputs.branch,
        title: inputs.title,
        labels: inputs.labels,
        reviewers: inputs.reviewers,
        draft: inputs.draft,
        dryRun: inputs.dryRun,
        failOnContributorError: inputs.failOnContributorError,
        token: inputs.token,
        apiUrl: inputs.apiUrl,
      },
      { logger: createActionLogger(inputs.sourcePath) },
    )
    if (result.diff) await core.group('Diff (dry run)', async () => core.info(redact(result.diff ?? '', secrets)))
    setActionOutputs(result, secrets)
    await core.summary.addRaw(redact(result.summary, secrets)).write()
    core.info(
      result.pullRequestUrl
        ? `${result.operation}: ${result.pullRequestUrl}`
        : `${result.operation}: ${result.dryRun ? 'dry run, nothing written' : 'nothing to change'}`,
    )
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(redact(message.split('\n')[0] ?? message, secrets))
  }
}

await run()
