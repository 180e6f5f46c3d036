import type { LearningPathConfig, SectionConfig } from '../config/types.js'
import { type ContentWarning } from '../shared/types.js'
import { articlePagePath } from '../shared/page-paths.js'
import { articleNumberOf } from './articles.js'
import { isLanguageFolderName, isLanguageSelected, type LanguageSelection } from './languages.js'
import { joinTreePath } from '../shared/tree-path.js'
import { decodeSourceText } from '../shared/source-text.js'
import type { SourceTree, SourceEntry } from '../shared/source-tree.js'
import { articlePageKey, type ArticleSource, type DiscoveredSources, type IndexSource, type LanguageSources, type SectionSources, type SourceFile } from './types.js'
import { UserError } from '../shared/user-error.js'

export interface DiscoverOptions {
  /** Languages whose files are read; the others are only listed (for link targets). Default all. */
  languages?: LanguageSelection
}

/** A folder's article files before reading: page number and path. */
interface ArticleEntry {
  number: string
  path: string
}

/**
 * Finds the sources of every section: per language (`en` = the section folder, then each
 * translation sub-folder) the index page and the articles; and the section's workbook.
 * Deterministic: everything is sorted. Throws a UserError for a missing English index.md,
 * a missing workbook file, or two articles that would become the same page.
 */
export async function discoverSources(
  tree: SourceTree,
  config: LearningPathConfig,
  options: DiscoverOptions = {},
): Promise<DiscoveredSources> {
  const selection = options.languages ?? 'all'
  const warnings: ContentWarning[] = []
  const articlePages = new Set<string>()
  const articleFiles = new Map<string, string>()
  const sections = await allInOrder(
    config.sections.map((section) => discoverSection(tree, config, section, selection, articlePages, articleFiles, warnings)),
  )
  // Sections finish in any order; their warnings are sorted so runs print the same lines.
  warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
  return { sections, articlePages, articleFiles, warnings }
}

async function discoverSection(
  tree: SourceTree,
  config: LearningPathConfig,
  section: SectionConfig,
  selection: LanguageSelection,
  articlePages: Set<string>,
  articleFiles: Map<string, string>,
  warnings: ContentWarning[],
): Promise<SectionSources> {
  const folder = section.dirName
  const entries = await tree.list(folder)
  const englishIndexPath = joinTreePath(folder, 'index.md')
  const englishIndex = await readRequired(tree, englishIndexPath, `the index page of section "${folder}"`, config, section)

  // Folders are listed and files read concurrently (order is kept by Promise.all): the
  // sources are a few hundred small files and waiting on each in turn dominated the run.
  const english = await listFolder(tree, folder, entries)
  const subfolders = entries.filter((entry) => entry.kind === 'directory')
  const listings = await Promise.all(subfolders.map((entry) => listFolder(tree, joinTreePath(folder, entry.name))))
  const folders: { language: string; path: string; articles: ArticleEntry[]; hasIndex: boolean }[] = [
    { language: 'en', path: folder, articles: english.articles, hasIndex: true },
  ]
  subfolders.forEach((entry, i) => {
    const path = joinTreePath(folder, entry.name)
    const listed = listings[i]
    if (!listed.hasIndex && listed.articles.length === 0) {
      warnings.push({ file: path, message: 'folder has no index.md and no NN-*.asciidoc article: not a translation, skipped' })
    } else if (!isLanguageFolderName(entry.name)) {
      warnings.push({ file: path, message: `folder name "${entry.name}" cannot be a translation (letters, digits, "-", "_"; not "en"): skipped` })
    } else {
      folders.push({ language: entry.name, path, articles: listed.articles, hasIndex: listed.hasIndex })
    }
  })

  for (const found of folders) {
    for (const article of found.articles) {
      articlePages.add(articlePageKey(folder, article.number, found.language))
      articleFiles.set(articlePageKey(folder, article.number, found.language), article.path)
    }
  }
  const selected = folders.filter((found) => isLanguageSelected(selection, found.language))
  const languages = await allInOrder(selected.map(async (found): Promise<LanguageSources> => {
    const index: IndexSource = found.hasIndex && found.language !== 'en'
      ? { ...(await readRequired(tree, joinTreePath(found.path, 'index.md'), 'an index page', config, section)), translated: true }
      : { ...englishIndex, translated: found.language === 'en' }
    const read = await Promise.all(found.articles.map(async (entry) => ({ entry, file: await readText(tree, entry.path) })))
    const articles: ArticleSource[] = []
    for (const { entry, file } of read) {
      if (file.ok) articles.push({ path: entry.path, number: entry.number, text: file.text })
      else {
        articlePages.delete(articlePageKey(folder, entry.number, found.language))
        articleFiles.delete(articlePageKey(folder, entry.number, found.language))
        // The page stays as the site has it: an unreadable file is not a deleted article.
        warnings.push({
          file: entry.path,
          message: `source skipped: ${file.reason}`,
          keepsPage: articlePagePath(folder, entry.number, found.language),
        })
      }
    }
    return { language: found.language, index, articles }
  }))

  return {
    section,
    languages,
    englishArticleCount: english.articles.length,
    workbook: section.workbook === '' ? null : await readWorkbook(tree, config, section),
  }
}

/** The articles of one folder (sorted by number) and whether it has an index.md. */
async function listFolder(
  tree: SourceTree,
  folder: string,
  listed?: SourceEntry[],
): Promise<{ articles: ArticleEntry[]; hasIndex: boolean }> {
  const byNumber = new Map<string, ArticleEntry>()
  let hasIndex = false
  for (const entry of listed ?? (await tree.list(folder))) {
    if (entry.kind !== 'file') continue
    if (entry.name === 'index.md') hasIndex = true
    const number = articleNumberOf(entry.name)
    if (number === null) continue
    const path = joinTreePath(folder, entry.name)
    const clash = byNumber.get(number)
    if (clash) {
      throw new UserError(`two articles would become the same page ${number}: ${clash.path} and ${path}; rename or remove one`)
    }
    byNumber.set(number, { number, path })
  }
  const articles = [...byNumber.values()].sort((a, b) => Number(a.number) - Number(b.number) || (a.number < b.number ? -1 : 1))
  return { articles, hasIndex }
}

async function readWorkbook(tree: SourceTree, config: LearningPathConfig, section: SectionConfig): Promise<SourceFile> {
  const path = joinTreePath('workbook', section.workbook)
  return readRequired(tree, path, `the workbook of section "${section.dirName}"`, config, section, 'workbook')
}

/** Reads a file the section cannot do without; its absence or bad encoding is the user's to fix. */
async function readRequired(
  tree: SourceTree,
  path: string,
  what: string,
  config: LearningPathConfig,
  section: SectionConfig,
  field = 'dirName',
): Promise<SourceFile> {
  if (!(await tree.exists(path)) || (await tree.isDirectory(path))) {
    throw new UserError(`${path}: ${what} is missing (${config.sectionsFile}: [${section.position}].${field})`)
  }
  const file = await readText(tree, path)
  if (!file.ok) throw new UserError(`${path}: ${file.reason}`)
  return { path, text: file.text }
}

/**
 * Like Promise.all (results in input order), but when several fail it throws the first
 * failure in input order, so a broken checkout always gives the same message.
 */
async function allInOrder<T>(promises: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises)
  const failed = settled.find((outcome) => outcome.status === 'rejected')
  if (failed) throw failed.reason
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<T>).value)
}

async function readText(tree: SourceTree, path: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  return decodeSourceText(await tree.readBytes(path))
}
