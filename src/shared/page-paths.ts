/** Site paths of the pages, relative to the Learning Path folder of the site. */

function languageSuffix(language: string): string {
  return language === 'en' ? '' : `.${language}`
}

export function articlePagePath(section: string, number: string, language: string): string {
  return `${section}/${number}${languageSuffix(language)}.md`
}

export function indexPagePath(section: string, language: string): string {
  return `${section}/_index${languageSuffix(language)}.md`
}

export function workbookPagePath(section: string): string {
  return `${section}/workbook.md`
}
/**
 * Paths, relative to the target folder, where the sync writes pages: inside a section folder,
 * the section index (`_index.md`, `_index.de.md`), articles (`01.md`, `01.pt-br.md`) and the
 * workbook. The target folder's own top-level `_index*.md` are the site's, never a sync's.
 */
const GENERATED_PAGE = /^[^/]+\/(?:_index[^/]*|\d\d[^/]*|workbook(?:\.[A-Za-z-]+)?)\.md$/

export function isGeneratedPagePath(relPath: string): boolean {
  return GENERATED_PAGE.test(relPath)
}

/**
 * The language of a generated page from its file name: `01.de.md` → `de`, `01.md`,
 * `_index.md` and `workbook.md` → `en`. A sync limited to some languages may only delete
 * pages of those languages.
 */
export function pageLanguage(relPath: string): string {
  const parts = relPath
    .slice(relPath.lastIndexOf('/') + 1)
    .replace(/\.md$/, '')
    .split('.')
  return parts.length > 1 ? parts[parts.length - 1] : 'en'
}
