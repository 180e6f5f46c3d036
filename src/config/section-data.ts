import { normalizeTreePath } from '../shared/tree-path.js'
import { describe, fieldError, isRecord, requireBoolean, requireString } from './fields.js'
import { ECHO_SOURCE, type Echo } from './echo.js'
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
    throw new UserError(`${file}: invalid JSON: ${echo.parserMessage((error as Error).message)}`)
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
    const workbook = requireString(entry, 'workbook', file, at, echo)
    if (workbook !== '' && normalizeTreePath(workbook) !== workbook) {
      throw fieldError(file, `${at}.workbook`, `must be a file name inside workbook/, got ${echo.value(workbook)}`)
    }
    return {
      group,
      dirName,
      workbook,
      // Optional: without it the workbook page has no `image` key, as the old scripts wrote it.
      ...(entry.workbookImage === undefined ? {} : { workbookImage: requireString(entry, 'workbookImage', file, at, echo) }),
      image: requireString(entry, 'image', file, at, echo),
      renderArticles: requireBoolean(entry, 'renderArticles', file, at, echo),
      position,
    }
  })
}

/** A section folder must be a plain relative path inside the source root. */
function checkDirName(dirName: string, file: string, field: string, echo: Echo): string {
  if (dirName.trim() === '') throw fieldError(file, field, 'is empty')
  const normal = normalizeTreePath(dirName)
  if (normal === null) throw fieldError(file, field, `${echo.value(dirName)} escapes the source folder (absolute or "..")`)
  if (normal === '' || normal !== dirName.replace(/\/$/, '')) {
    throw fieldError(file, field, `${echo.value(dirName)} must be a plain folder path (no ".", "..", "//" or "\\")`)
  }
  return normal
}
