import { loadConfig } from '../config/load.js'
import type { LearningPathConfig } from '../config/types.js'
import type { LanguageSelection } from '../shared/language-selection.js'
import type { SyncOptions } from '../shared/option-table.js'
import type { SourceTree } from '../shared/source-tree.js'
import { checkLanguagesExist } from './check-languages.js'
import { discoverSources } from './discover.js'
import type { DiscoveredSources } from './types.js'

/** The sources as the first stages see them: the checked configuration and the files found. */
export interface LoadedSources {
  config: LearningPathConfig
  sources: DiscoveredSources
  languages: LanguageSelection
}

/** Load config → discover: everything about the sources that comes before rendering. */
export async function loadSources(
  tree: SourceTree,
  source: Pick<SyncOptions['source'], 'languages' | 'sectionsFile' | 'urlsFile' | 'maxSourceBytes'>,
): Promise<LoadedSources> {
  const config = await loadConfig(tree, source)
  const sources = await discoverSources(tree, config, source)
  checkLanguagesExist(source.languages, sources)
  return { config, sources, languages: source.languages }
}
