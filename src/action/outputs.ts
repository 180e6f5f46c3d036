import * as core from '@actions/core'
import { actionOutputs } from '../output-table.js'
import type { SyncResult } from '../sync.js'
import { redact } from '../shared/redact.js'

/** Sets every output the output table gives the action (action.yml declares the same list). */
export function setActionOutputs(result: SyncResult, secrets: readonly string[]): void {
  for (const [name, value] of Object.entries(actionOutputs(result))) core.setOutput(name, redact(value, secrets))
}
