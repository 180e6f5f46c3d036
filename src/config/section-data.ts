import { unsafeNameCharacter } from '../escape/unsafe-characters.js'
import { normalizeTreePath } from '../shared/tree-path.js'
import { describe, fieldError, isRecord, requireBoolean, requireString } from './fields.js'
import { ECHO_SOURCE, type Echo } from './echo.js'
import { jsonErrorOffset, lineColumnAt } from './json-error-position.js'
import type { SectionConfig } from './types.js'
import { UserError } from '../shared/user-error.js'

/**
 * Parses `scripts/section_data.json`: the sections, in the order the site shows them.
 * `file` only names the file in errors; `echo` says how they may show its values.
 */
export function parseSectionData(text: string, file: string, echo: Echo = ECHO_SOURCE): SectionConfig[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const { line, column } = lineColumnAt(text, jsonErrorOffset(text, message))
    throw new UserError(`${file}:${line}:${column}: invalid JSON: ${echo.parserMessage(message)}`)
  }
  if (!Array.isArray(data)) throw new UserError(`${file}: must be a JSON list of sections, got ${describe(data, echo)}`)
  if (data.length === 0) throw new UserError(`${file}: lists no sections`)
  const seen = new Map<string, number>()
  return data.map((entry, position) => {
    const at = `[${position}]`
    if (!isRecord(entry)) throw fieldError(file, at, `must be an object, got ${describe(entry, echo)}`)
    const group = requireString(entry, 'learning_path_group', file, at, echo)
    if (group.trim() === '') throw fieldError(file, `${at}.learning_path_group`, 'is empty')
    const dirName = checkDirName(requireString(entry, 'dirName', file, at, echo), file, `${at}.dirName`, echo)
    const earlier = seen.get(dirName)
    if (earlier !== undefined) throw fieldError(file, `${at}.dirName`, `${echo.value(dirName)} repeats [${earlier}].dirName`)
    seen.set(dirName, position)
    const workbook = checkName(requireString(entry, 'workbook', file, at, echo), file, `${at}.workbook`)
    if (workbook !== '' && normalizeTreePath(workbook) !== workbook) {
      throw fieldError(file, `${at}.workbook`, `must be a file name inside workbook/, got ${echo.value(workbook)}`)
    }
    return {
      group,
      dirName,
      workbook,
      // Optional: without it the workbook page has no `image` key, as the old scripts wrote it.
      ...(entry.workbookImage === undefined
        ? {}
        : { workbookImage: checkName(requireString(entry, 'workbookImage', file, at, echo), file, `${at}.workbookImage`) }),
      image: checkName(requireString(entry, 'image', file, at, echo), file, `${at}.image`),
      renderArticles: requireBoolean(entry, 'renderArticles', file, at, echo),
      position,
    }
  })
}

/**
 * A path of the file (a folder, a workbook, an image) becomes part of page paths, headings of the
 * pull request and lines of the `changed-files` output: none may hold a line break, a control
 * character or a bidirectional control (a line break in a folder name added a path to that output).
 */
function checkName(path: string, file: string, field: string): string {
  // The value is not shown: what it holds is what no log or summary line should carry.
  const unsafe = unsafeNameCharacter(path)
  if (unsafe)
    throw fieldError(file, field, `holds ${unsafe}: a path here may not hold line breaks, control characters or bidirectional controls`)
  return path
}

/** A section folder must be a plain relative path inside the source root. */
function checkDirName(dirName: string, file: string, field: string, echo: Echo): string {
  if (dirName.trim() === '') throw fieldError(file, field, 'is empty')
  checkName(dirName, file, field)
  const normal = normalizeTreePath(dirName)
  if (normal === null) throw fieldError(file, field, `${echo.value(dirName)} escapes the source folder (absolute or "..")`)
  if (normal === '' || normal !== dirName.replace(/\/$/, '')) {
    throw fieldError(file, field, `${echo.value(dirName)} must be a plain folder path (no ".", "..", "//" or "\\")`)
  }
  return normal
}
