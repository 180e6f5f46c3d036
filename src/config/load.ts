import { decodeSourceText } from '../shared/source-text.js'
import type { SourceTree } from '../shared/source-tree.js'
import { parseSectionData } from './section-data.js'
import { normalizeTreePath } from '../shared/tree-path.js'
import { ECHO_NOTHING, ECHO_SOURCE, type Echo } from './echo.js'
import { DEFAULT_SECTIONS_FILE, DEFAULT_URLS_FILE, type LearningPathConfig } from './types.js'
import { parseUrls } from './urls.js'
import { UserError } from '../shared/user-error.js'

export interface LoadConfigOptions {
  /** Section list, relative to the source root (or absolute). Default `scripts/section_data.json`. */
  sectionsFile?: string
  /** Video URLs, relative to the source root (or absolute). Default `config/urls.yaml`. */
  urlsFile?: string
}

/**
 * Reads and checks both configuration files, and that every section folder exists.
 * Throws a UserError naming the file and field for anything wrong.
 */
export async function loadConfig(tree: SourceTree, options: LoadConfigOptions = {}): Promise<LearningPathConfig> {
  const sectionsFile = options.sectionsFile || DEFAULT_SECTIONS_FILE
  const urlsFile = options.urlsFile || DEFAULT_URLS_FILE
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
