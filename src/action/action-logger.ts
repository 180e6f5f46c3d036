import * as core from '@actions/core'
import { type Logger } from '../shared/logger.js'
import { redact } from '../shared/redact.js'
import { inertLine } from '../escape/log-line.js'

/**
 * Logger for the runner: groups per stage, warnings as annotations with file and line.
 * core's commands escape their message; a plain info line does not, so it is made inert
 * (its text can come from the sources: file names, titles). Every message is redacted: a library's
 * error quoted in a debug line can carry the token (a token holding a line break, escaped as %0A,
 * matches none of the masks the runner was given).
 */
export function createActionLogger(sourcePath: string, secrets: readonly string[] = []): Logger {
  const prefix = sourcePath === '.' || sourcePath === '' ? '' : sourcePath.replace(/\/+$/, '') + '/'
  const clean = (m: string) => redact(m, secrets)
  return {
    debug: (m) => core.debug(clean(m)),
    info: (m) => core.info(inertLine(clean(m))),
    notice: (m) => core.notice(clean(m)),
    warning: (m, where) => core.warning(clean(m), where?.file ? { file: prefix + where.file, startLine: where.line } : undefined),
    error: (m, where) => core.error(clean(m), where?.file ? { file: prefix + where.file, startLine: where.line } : undefined),
    group: (name, fn) => core.group(name, fn),
  }
}
