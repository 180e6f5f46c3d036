import { loadSources, type LoadedSources } from '../discover/load-sources.js'
import { keptNote } from '../shared/content-errors.js'
import type { Logger } from '../shared/logger.js'
import { DEFAULT_OPTIONS, type SyncOptions } from '../shared/option-table.js'
import type { SourceTree } from '../shared/source-tree.js'
import { renderPages, type RenderChoices, type RenderResult } from './render-pages.js'

/**
 * Renders the pages and logs what the sources got wrong, with file and line: warnings, and the
 * source files that failed their pages. `countLine` adds one line with what came out.
 */
export async function renderStage(
  loaded: LoadedSources,
  choices: RenderChoices,
  logger: Logger,
  { countLine }: { countLine: boolean },
): Promise<RenderResult> {
  const result = await renderPages(loaded.config, loaded.sources, choices)
  for (const w of result.warnings) logger.warning(w.message, { file: w.file, line: w.line })
  for (const e of result.errors) logger.error(`${e.message}${keptNote(e)}`, { file: e.file, line: e.line })
  if (countLine) {
    logger.info(
      `rendered ${result.pages.length} pages` +
        (result.errors.length ? `; ${result.errors.length} source file(s) failed, their pages are left as the site has them` : ''),
    )
  }
  return result
}

/**
 * Load config → discover → render, for callers that only want the pages (tests, the bench);
 * unset options take their defaults. `pool` sets the render workers.
 */
export async function renderSources(
  tree: SourceTree,
  options: Partial<SyncOptions['source']> & Pick<RenderChoices, 'pool'> = {},
): Promise<RenderResult> {
  const { pool, ...given } = options
  const source = { ...DEFAULT_OPTIONS.source, ...given }
  const { config, sources } = await loadSources(tree, source)
  return renderPages(config, sources, { ...source, pool })
}
