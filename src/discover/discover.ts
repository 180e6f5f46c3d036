import type { LearningPathConfig, SectionConfig } from '../config/types.js'
import { type ContentWarning } from '../shared/types.js'
import { articlePagePath, indexPagePath, workbookPagePath } from '../shared/page-paths.js'
import { ContentErrorList } from '../shared/content-errors.js'
import { articleNumberOf, unpublishedArticleName } from './articles.js'
import { isLanguageFolderName } from './languages.js'
import { isLanguageSelected, type LanguageSelection } from '../shared/language-selection.js'
import { DEFAULT_OPTIONS, type SyncOptions } from '../shared/option-table.js'
import { joinTreePath } from '../shared/tree-path.js'
import { decodeSourceText } from '../shared/source-text.js'
import type { SourceTree, SourceEntry } from '../shared/source-tree.js'
import {
  articlePageKey,
  type ArticleSource,
  type DiscoveredSources,
  type IndexSource,
  type LanguageSources,
  type SectionSources,
  type SourceFile,
} from './types.js'
import { UserError } from '../shared/user-error.js'
import { quotedName, unsafeNameCharacter } from '../escape/unsafe-characters.js'

/** A folder's article files before reading: page number and path. */
interface ArticleEntry {
  number: string
  path: string
}

/**
 * Finds the sources of every section: per language (`en` = the section folder, then each
 * translation sub-folder) the index page and the articles; and the section's workbook.
 * Deterministic: everything is sorted. A file that cannot be used (missing, unreadable, a
 * link refused by the tree, two articles for one page) becomes a content error naming the
 * pages it keeps; only a section folder with nothing in it stops the run. Files of the languages
 * `source.languages` selects are read; the others are only listed (for link targets). A file
 * over `source.maxSourceBytes` is a content error, never rendered.
 */
export async function discoverSources(
  tree: SourceTree,
  config: LearningPathConfig,
  source: Pick<SyncOptions['source'], 'languages'> & Partial<Pick<SyncOptions['source'], 'maxSourceBytes'>> = DEFAULT_OPTIONS.source,
): Promise<DiscoveredSources> {
  const maxBytes = source.maxSourceBytes ?? DEFAULT_OPTIONS.source.maxSourceBytes
  const run: Discovery = {
    tree,
    config,
    read: (path: string) => readSource(tree, path, maxBytes),
    selection: source.languages,
    articlePages: new Set<string>(),
    articleFiles: new Map<string, string>(),
    warnings: [],
    errors: new ContentErrorList(),
  }
  const sections = await allInOrder(config.sections.map((section) => discoverSection(run, section)))
  const { articlePages, articleFiles, warnings, errors } = run
  // Sections finish in any order; their warnings are sorted so runs print the same lines.
  warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
  return { sections, articlePages, articleFiles, warnings, errors: errors.list() }
}

/** What every section's discovery reads from and adds to. */
interface Discovery {
  tree: SourceTree
  config: LearningPathConfig
  read: ReadSource
  selection: LanguageSelection
  /** Every article page that exists or stays on the site (link targets). */
  articlePages: Set<string>
  /** The source file of each article page read. */
  articleFiles: Map<string, string>
  warnings: ContentWarning[]
  errors: ContentErrorList
}

/** One folder of a section (`en` or a translation) as listed. */
interface FoundFolder {
  language: string
  path: string
  articles: ArticleEntry[]
  /** Article numbers claimed by more than one file: the files, sorted. */
  clashes: Map<string, string[]>
  hasIndex: boolean
  /** Files named like articles that are not published (warnings). */
  unpublished: ContentWarning[]
}

/** Reads and decodes one source file, or says why it cannot be used. */
type ReadSource = (path: string) => Promise<ReadOutcome>
type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string }

async function discoverSection(run: Discovery, section: SectionConfig): Promise<SectionSources> {
  const folder = section.dirName
  const entries = await run.tree.list(folder)
  const englishIndexPath = joinTreePath(folder, 'index.md')
  const english = listFolder(folder, entries)
  const indexMissing = `the index page of section "${folder}" is missing (${run.config.sectionsFile}: [${section.position}].dirName)`
  // A section folder without index.md or articles is a checkout gone wrong, not one bad file.
  if (!english.hasIndex && english.articles.length === 0 && english.clashes.size === 0) {
    throw new UserError(`${englishIndexPath}: ${indexMissing}`)
  }
  const folders = [{ language: 'en', path: folder, ...english, hasIndex: true }, ...(await listTranslations(run, folder, entries))]
  recordArticlePages(run, folder, folders)
  const selected = folders.filter((found) => isLanguageSelected(run.selection, found.language))
  reportClashes(run, folder, selected)

  const englishIndex = english.hasIndex ? await run.read(englishIndexPath) : { ok: false as const, reason: indexMissing }
  if (!englishIndex.ok) {
    // Every language without an index.md of its own shows the English one: those pages stay too.
    const shows = selected
      .filter((found) => found.language === 'en' || !found.hasIndex)
      .map((found) => indexPagePath(folder, found.language))
    run.errors.add({ file: englishIndexPath, problem: englishIndex.reason }, shows)
  }
  const englishSource = englishIndex.ok ? { path: englishIndexPath, text: englishIndex.text } : null
  return {
    section,
    languages: await Promise.all(selected.map((found) => readLanguage(run, folder, found, englishSource))),
    englishArticleCount: english.articles.length + english.clashes.size,
    workbook: section.workbook === '' ? null : await readWorkbook(run, section),
  }
}

/**
 * The translation sub-folders of a section, listed. A folder that cannot be listed is a content
 * error of its language (when selected); one that is not a translation is a warning.
 */
async function listTranslations(run: Discovery, folder: string, entries: SourceEntry[]): Promise<FoundFolder[]> {
  const { warnings, errors } = run
  // Folders are listed and files read concurrently (order is kept by Promise.all): the
  // sources are a few hundred small files and waiting on each in turn dominated the run.
  const subfolders = entries.filter((entry) => entry.kind === 'directory' && !skippedForItsName(folder, entry, warnings))
  const listings = await Promise.all(
    subfolders.map(async (entry) => {
      const path = joinTreePath(folder, entry.name)
      try {
        return listFolder(path, await run.tree.list(path))
      } catch (error) {
        return { failed: problemOf(error, path) }
      }
    }),
  )
  const notATranslation = (name: string) => `folder name "${name}" cannot be a translation (letters, digits, "-", "_"; not "en"): skipped`
  const folders: FoundFolder[] = []
  subfolders.forEach((entry, i) => {
    const path = joinTreePath(folder, entry.name)
    const listed = listings[i]
    if ('failed' in listed) {
      if (isLanguageFolderName(entry.name)) {
        // Which pages it would make is unknown: every page of this language in the section stays.
        if (isLanguageSelected(run.selection, entry.name))
          errors.add({ file: path, problem: `cannot list the folder: ${listed.failed}` }, [], { section: folder, language: entry.name })
      } else {
        warnings.push({ file: path, message: notATranslation(entry.name) })
      }
    } else if (!listed.hasIndex && listed.articles.length === 0 && listed.clashes.size === 0) {
      warnings.push({ file: path, message: 'folder has no index.md and no NN-*.asciidoc article: not a translation, skipped' })
    } else if (!isLanguageFolderName(entry.name)) {
      warnings.push({ file: path, message: notATranslation(entry.name) })
    } else {
      folders.push({ language: entry.name, path, ...listed })
    }
  })
  return folders
}

/** Adds the section's article pages (of every language, selected or not) and their files. */
function recordArticlePages(run: Discovery, folder: string, folders: FoundFolder[]): void {
  for (const found of folders) {
    // A page whose source failed still exists on the site (it is kept), so links may point at it.
    for (const number of [...found.articles.map((a) => a.number), ...found.clashes.keys()]) {
      run.articlePages.add(articlePageKey(folder, number, found.language))
    }
    for (const article of found.articles) run.articleFiles.set(articlePageKey(folder, article.number, found.language), article.path)
  }
}

/** The unpublished names of the selected folders as warnings, and two articles for one page as errors of both. */
function reportClashes(run: Discovery, folder: string, selected: FoundFolder[]): void {
  for (const found of selected) {
    run.warnings.push(...found.unpublished)
    for (const [number, paths] of found.clashes) {
      const page = articlePagePath(folder, number, found.language)
      const problem = `two articles would become the same page ${page}: ${paths.join(' and ')}; rename or remove one`
      for (const path of paths) run.errors.add({ file: path, problem }, [page])
    }
  }
}

/** Reads one language's index page (its own, else the English one) and its articles. */
async function readLanguage(
  run: Discovery,
  folder: string,
  found: FoundFolder,
  englishIndex: { path: string; text: string } | null,
): Promise<LanguageSources> {
  let index: IndexSource | null
  if (found.language !== 'en' && found.hasIndex) {
    const path = joinTreePath(found.path, 'index.md')
    const own = await run.read(path)
    if (!own.ok) run.errors.add({ file: path, problem: own.reason }, [indexPagePath(folder, found.language)])
    index = own.ok ? { path, text: own.text, translated: true } : null
  } else {
    index = englishIndex ? { ...englishIndex, translated: found.language === 'en' } : null
  }
  const files = await Promise.all(found.articles.map(async (entry) => ({ entry, file: await run.read(entry.path) })))
  const articles: ArticleSource[] = []
  for (const { entry, file } of files) {
    if (file.ok) articles.push({ path: entry.path, number: entry.number, text: file.text })
    // The page stays as the site has it: an unreadable file is not a deleted article.
    else {
      run.articleFiles.delete(articlePageKey(folder, entry.number, found.language))
      run.errors.add({ file: entry.path, problem: file.reason }, [articlePagePath(folder, entry.number, found.language)])
    }
  }
  return { language: found.language, index, articles }
}

/** The articles of one folder (sorted by number), the numbers several files claim, and whether it has an index.md. */
function listFolder(folder: string, listed: SourceEntry[]): Omit<FoundFolder, 'language' | 'path'> {
  const byNumber = new Map<string, string[]>()
  const unpublished: ContentWarning[] = []
  let hasIndex = false
  for (const entry of listed) {
    if (entry.kind !== 'file' || skippedForItsName(folder, entry, unpublished)) continue
    if (entry.name === 'index.md') hasIndex = true
    const number = articleNumberOf(entry.name)
    const why = number === null ? unpublishedArticleName(entry.name) : null
    if (why) unpublished.push({ file: joinTreePath(folder, entry.name), message: why })
    if (number === null) continue
    byNumber.set(number, [...(byNumber.get(number) ?? []), joinTreePath(folder, entry.name)])
  }
  const articles: ArticleEntry[] = []
  const clashes = new Map<string, string[]>()
  for (const [number, paths] of byNumber) {
    if (paths.length === 1) articles.push({ number, path: paths[0] })
    else clashes.set(number, paths.sort())
  }
  articles.sort((a, b) => Number(a.number) - Number(b.number) || (a.number < b.number ? -1 : 1))
  return { articles, clashes, hasIndex, unpublished }
}

/**
 * Whether `entry` is left out because its name holds what no name may (a line break, a control
 * character, a bidirectional control): it would become part of page paths, headings and output
 * lines. Such a name is never an article or a translation; the warning says which it was.
 */
function skippedForItsName(folder: string, entry: SourceEntry, warnings: ContentWarning[]): boolean {
  const unsafe = unsafeNameCharacter(entry.name)
  if (unsafe) {
    const what = entry.kind === 'directory' ? 'folder' : 'file'
    warnings.push({
      file: folder,
      message: `${what} ${quotedName(entry.name)} skipped: its name holds ${unsafe} (names may not hold line breaks, control characters or bidirectional controls)`,
    })
  }
  return unsafe !== null
}

async function readWorkbook(run: Discovery, section: SectionConfig): Promise<SourceFile | null> {
  const { tree } = run
  const path = joinTreePath('workbook', section.workbook)
  const missing = `the workbook of section "${section.dirName}" is missing (${run.config.sectionsFile}: [${section.position}].workbook)`
  const file = (await tree.exists(path)) && !(await tree.isDirectory(path)) ? await run.read(path) : { ok: false as const, reason: missing }
  if (file.ok) return { path, text: file.text }
  run.errors.add({ file: path, problem: file.reason }, [workbookPagePath(section.dirName)])
  return null
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

/**
 * Reads and decodes one source file. Whatever stops it (too large, bad encoding, a link the
 * tree refuses, a permission error) is that file's problem only. The size is checked after the
 * read: git hosts refuse files above 100 MB, which read in a fraction of a second, while the
 * render of a few megabytes can take hours (issue 21).
 */
async function readSource(tree: SourceTree, path: string, maxBytes: number): Promise<ReadOutcome> {
  let bytes: Uint8Array
  try {
    bytes = await tree.readBytes(path)
  } catch (error) {
    return { ok: false, reason: problemOf(error, path) }
  }
  if (bytes.length > maxBytes) {
    const size = (n: number) => n.toLocaleString('en-US')
    return { ok: false, reason: `the file is ${size(bytes.length)} bytes, over max-source-bytes (${size(maxBytes)}): it is not rendered` }
  }
  return decodeSourceText(bytes)
}

/** An error's message without the path in front (the content error names the file). */
function problemOf(error: unknown, path: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: string }).code
  const text = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message
  // Node's fs messages repeat the absolute path: the code says it shorter.
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied'
  if (code === 'ENOENT') return 'cannot read the file: it does not exist (a dangling link?)'
  if (code === 'ELOOP') return 'cannot read the file: a loop of links'
  if (code === 'EISDIR') return 'cannot read the file: it is a folder'
  return text.split('\n')[0]
}
