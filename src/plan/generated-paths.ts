/**
 * Paths, relative to the target folder, where the sync writes pages: inside a section folder,
 * the section index (`_index.md`, `_index.de.md`), articles (`01.md`, `01.pt-br.md`) and the
 * workbook. The target folder's own top-level `_index*.md` are the site's, never a sync's.
 */
const GENERATED_PAGE = /^[^/]+\/(?:_index[^/]*|\d\d[^/]*|workbook(?:\.[A-Za-z-]+)?)\.md$/

export function isGeneratedPagePath(relPath: string): boolean {
  return GENERATED_PAGE.test(relPath)
}
