import { decodeSourceText } from '../shared/source-text.js'
import type { SourceTree } from '../shared/source-tree.js'
import { parseSectionData } from './section-data.js'
import { normalizeTreePath } from '../shared/tree-path.js'
import { ECHO_NOTHING, ECHO_SOURCE, type Echo } from './echo.js'
import type { LearningPathConfig } from './types.js'
import { DEFAULT_OPTIONS, type SyncOptions } from '../shared/option-table.js'
import { parseUrls } from './urls.js'
import { UserError } from '../shared/user-error.js'

/**
 * Reads and checks both configuration files (each relative to the source root, or absolute),
 * and that every section folder exists. Throws a UserError naming the file and field for anything wrong.
 */
export async function loadConfig(
  tree: SourceTree,
  files: Partial<Pick<SyncOptions['source'], 'sectionsFile' | 'urlsFile'>> = {},
): Promise<LearningPathConfig> {
  const sectionsFile = files.sectionsFile || DEFAULT_OPTIONS.source.sectionsFile
  const urlsFile = files.urlsFile || DEFAULT_OPTIONS.source.urlsFile
  const sections = parseSectionData(await readConfigText(tree, sectionsFile, 'section list'), sectionsFile, echoFor(sectionsFile))
  const videos = parseUrls(await readConfigText(tree, urlsFile, 'video URL list'), urlsFile, echoFor(urlsFile))
  for (const section of sections) {
    if (!(await tree.isDirectory(section.dirName))) {
      throw new UserError(
        `${sectionsFile}: [${section.position}].dirName: section folder ${echoFor(sectionsFile).value(section.dirName)} does not exist in ${tree.description}`,
      )
    }
  }
  return { sections, videos, sectionsFile, urlsFile }
}

/** A file inside the source folder may have its values quoted in errors; one elsewhere (an absolute path) none. */
function echoFor(file: string): Echo {
  return normalizeTreePath(file) === null ? ECHO_NOTHING : ECHO_SOURCE
}

async function readConfigText(tree: SourceTree, file: string, what: string): Promise<string> {
  let bytes: Uint8Array
  try {
    if (!(await tree.exists(file)) || (await tree.isDirectory(file))) {
      throw new UserError(`${file}: ${what} not found in ${tree.description}`)
    }
    bytes = await tree.readBytes(file)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`${file}: cannot read the ${what}: ${(error as Error).message}`)
  }
  const decoded = decodeSourceText(bytes)
  if (!decoded.ok) throw new UserError(`${file}: ${decoded.reason}`)
  // A byte-order mark is legal in these files but JSON.parse rejects it.
  return decoded.text.replace(/^\uFEFF/, '')
}
