import { normalizeTreePath } from '../shared/tree-path.js'
import { describe, fieldError, isRecord, requireBoolean, requireString } from './fields.js'
import type { SectionConfig } from './types.js'
import { UserError } from '../shared/user-error.js'

/**
 * Parses `scripts/section_data.json`: the sections, in the order the site shows them.
 * `file` only names the file in errors.
 */
export function parseSectionData(text: string, file: string): SectionConfig[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${file}: invalid JSON: ${(error as Error).message}`)
  }
  if (!Array.isArray(data)) throw new UserError(`${file}: must be a JSON list of sections, got ${describe(data)}`)
  if (data.length === 0) throw new UserError(`${file}: lists no sections`)
  const seen = new Map<string, number>()
  return data.map((entry, position) => {
    const at = `[${position}]`
    if (!isRecord(entry)) throw fieldError(file, at, `must be an object, got ${describe(entry)}`)
    const group = requireString(entry, 'learning_path_group', file, at)
    if (group.trim() === '') throw fieldError(file, `${at}.learning_path_group`, 'is empty')
    const dirName = checkDirName(requireString(entry, 'dirName', file, at), file, `${at}.dirName`)
    const earlier = seen.get(dirName)
    if (earlier !== undefined) throw fieldError(file, `${at}.dirName`, `"${dirName}" repeats [${earlier}].dirName`)
    seen.set(dirName, position)
    const workbook = requireString(entry, 'workbook', file, at)
    if (workbook !== '' && normalizeTreePath(workbook) !== workbook) {
      throw fieldError(file, `${at}.workbook`, `must be a file name inside workbook/, got "${workbook}"`)
    }
    return {
      group,
      dirName,
      workbook,
      // Optional: without it the workbook page has no `image` key, as the old scripts wrote it.
      ...(entry.workbookImage === undefined ? {} : { workbookImage: requireString(entry, 'workbookImage', file, at) }),
      image: requireString(entry, 'image', file, at),
      renderArticles: requireBoolean(entry, 'renderArticles', file, at),
      position,
    }
  })
}

/** A section folder must be a plain relative path inside the source root. */
function checkDirName(dirName: string, file: string, field: string): string {
  if (dirName.trim() === '') throw fieldError(file, field, 'is empty')
  const normal = normalizeTreePath(dirName)
  if (normal === null) throw fieldError(file, field, `"${dirName}" escapes the source folder (absolute or "..")`)
  if (normal === '' || normal !== dirName.replace(/\/$/, '')) {
    throw fieldError(file, field, `"${dirName}" must be a plain folder path (no ".", "..", "//" or "\\")`)
  }
  return normal
}
