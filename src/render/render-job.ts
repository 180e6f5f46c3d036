import type { SectionConfig, VideoLinks } from '../config/types.js'
import { articlePageKey, type SourceFile } from '../discover/types.js'
import { SourceFileError } from '../shared/user-error.js'
import { renderArticle, type Rendered } from './article.js'
import { renderIndexPage } from './index-page.js'
import type { PageExists } from './links.js'
import { renderWorkbook } from './workbook.js'

// The unit of rendering work is one source file with every page it becomes: a render worker
// takes it as one message and renders it under one deadline. Everything here is plain data
// (it is copied to the worker); the file's text travels once, however many pages show it.

/** A section's `_index` page in one language. */
export interface IndexTask {
  kind: 'index'
  path: string
  section: SectionConfig
  /** `en` or the translation folder name. */
  language: string
  /** false when a translation without an index.md of its own shows the English one. */
  translated: boolean
}

/** One article page. */
export interface ArticleTask {
  kind: 'article'
  path: string
  section: SectionConfig
  /** `en` or the translation folder name. */
  language: string
  /** The `NN` prefix of the file name, as written (`01`). */
  number: string
  /** The urls.yaml entry of this article number in its section, if any. */
  video: VideoLinks | undefined
  strictTitles: boolean
}

/** A section's workbook page (English only). */
export interface WorkbookTask {
  kind: 'workbook'
  path: string
  section: SectionConfig
  /** Number of English articles of the section: the workbook comes right after them. */
  englishArticleCount: number
}

/** One page a source file becomes: what its renderer needs besides the file. */
export type PageTask = IndexTask | ArticleTask | WorkbookTask

/** One source file and the pages it becomes, in the order the render stage lists them. */
export interface RenderJob {
  source: SourceFile
  pages: PageTask[]
}

/** What became of one page: the page, or the problem that keeps it as the site has it (a SourceFileError's parts). */
export type PageOutcome = { ok: true; rendered: Rendered } | { ok: false; file: string; problem: string; line?: number }

/** What every worker knows once: which article pages exist, for the translated links. */
export interface RenderSetup {
  /** `DiscoveredSources.articlePages`. */
  articlePages: Set<string>
}

export function pageExistsIn(setup: RenderSetup): PageExists {
  return (section, number, language) => setup.articlePages.has(articlePageKey(section, number, language))
}

/** Renders every page of one file; a SourceFileError fails its page only, anything else is a bug and throws. */
export function renderJob(job: RenderJob, pageExists: PageExists): PageOutcome[] {
  return job.pages.map((task): PageOutcome => {
    try {
      return { ok: true, rendered: renderTask(job.source, task, pageExists) }
    } catch (error) {
      if (!(error instanceof SourceFileError)) throw error
      return { ok: false, file: error.file, problem: error.problem, ...(error.line ? { line: error.line } : {}) }
    }
  })
}

function renderTask(file: SourceFile, task: PageTask, pageExists: PageExists): Rendered {
  if (task.kind === 'index') return renderIndexPage(file, task, pageExists)
  if (task.kind === 'article') return renderArticle(file, task, pageExists)
  return renderWorkbook(file, task)
}
