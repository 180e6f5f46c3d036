import * as core from '@actions/core'
import { type Logger } from '../shared/logger.js'
import { inertLine } from '../shared/workflow-commands.js'

/**
 * Logger for the runner: groups per stage, warnings as annotations with file and line.
 * core's commands escape their message; a plain info line does not, so it is made inert
 * (its text can come from the sources: file names, titles).
 */
export function createActionLogger(sourcePath: string): Logger {
  const prefix = sourcePath === '.' || sourcePath === '' ? '' : sourcePath.replace(/\/+$/, '') + '/'
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(inertLine(m)),
    warning: (m, where) =>
      core.warning(m, where?.file ? { file: prefix + where.file, startLine: where.line } : undefined),
    error: (m, where) =>
      core.error(m, where?.file ? { file: prefix + where.file, startLine: where.line } : undefined),
    group: (name, fn) => core.group(name, fn),
  }
}
