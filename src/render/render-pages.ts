import type { LearningPathConfig } from '../config/types.js'
import type { SyncOptions } from '../shared/option-table.js'
import { articlePageKey, type DiscoveredSources } from '../discover/types.js'
import { ContentErrorList } from '../shared/content-errors.js'
import { articlePagePath, indexPagePath, workbookPagePath } from '../shared/page-paths.js'
import type { ContentError, ContentWarning, RenderedPage } from '../shared/types.js'
import { SourceFileError } from '../shared/user-error.js'
import { renderArticle, type Rendered } from './article.js'
import { renderIndexPage } from './index-page.js'
import type { PageExists } from './links.js'
import { renderWorkbook } from './workbook.js'

/** What rendering takes of the source options: `strictTitles` takes titles from a proper heading instead of the site's first-`== ` rule. */
type RenderChoices = Pick<SyncOptions['source'], 'strictTitles'>

export interface RenderResult {
  /** Per section (section_data.json order): English index, articles, workbook, then each translation. */
  pages: RenderedPage[]
  warnings: ContentWarning[]
  /**
   * Files that could not become their pages (found by discovery or here), sorted by file.
   * Their pages are not in `pages`; the sync keeps the site's copies.
   */
  errors: ContentError[]
}

/** One page to render: where it goes, and how to make it. */
interface PageJob {
  path: string
  render: () => Rendered
}

/**
 * Renders discovered sources into site pages (pure apart from Asciidoctor). A page whose
 * source fails (a SourceFileError) is left out and its file listed in `errors`; every other
 * page is rendered as usual.
 */
export function renderPages(config: LearningPathConfig, sources: DiscoveredSources, choices: RenderChoices): RenderResult {
  const collector = startCollecting(config, sources)
  for (const job of eachPage(config, sources, choices)) collector.collect(job)
  return collector.result()
}

/**
 * The same pages, giving the event loop a turn after each one: rendering is CPU work on the
 * thread that also answers the GitHub reads started before it, and a read whose reply waits
 * for the whole render to end delays the next one (GraphQL queries go one at a time).
 */
export async function renderPagesInTurns(
  config: LearningPathConfig,
  sources: DiscoveredSources,
  choices: RenderChoices,
): Promise<RenderResult> {
  const collector = startCollecting(config, sources)
  for (const job of eachPage(config, sources, choices)) {
    collector.collect(job)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  return collector.result()
}

function startCollecting(config: LearningPathConfig, sources: DiscoveredSources) {
  const pages: RenderedPage[] = []
  const warnings: ContentWarning[] = [...sources.warnings]
  const errors = new ContentErrorList()
  errors.addAll(sources.errors)
  // Every unusable video link is reported, also one whose article does not exist.
  for (const entries of config.videos.values()) {
    for (const { invalid } of entries) if (invalid) errors.add({ file: invalid.file, problem: invalid.message, line: invalid.line })
  }
  return {
    collect({ path, render }: PageJob): void {
      try {
        const { page, warnings: found } = render()
        pages.push(page)
        warnings.push(...found)
      } catch (error) {
        if (!(error instanceof SourceFileError)) throw error
        errors.add(error, [path])
      }
    },
    result: (): RenderResult => ({ pages, warnings, errors: errors.list() }),
  }
}

/** Per section (section_data.json order): English index, articles, workbook, then each translation. */
function* eachPage(config: LearningPathConfig, sources: DiscoveredSources, choices: RenderChoices): Generator<PageJob> {
  const pageExists: PageExists = (section, number, language) => sources.articlePages.has(articlePageKey(section, number, language))
  for (const { section, languages, englishArticleCount, workbook } of sources.sections) {
    const videos = config.videos.get(section.group.trim().toLowerCase()) ?? []
    const folder = section.dirName
    for (const { language, index, articles } of languages) {
      // A translation showing a failed English index fails with it (the same error, one more page).
      if (index)
        yield { path: indexPagePath(folder, language), render: () => renderIndexPage({ source: index, section, language, pageExists }) }
      for (const source of articles) {
        const video = videos[Number.parseInt(source.number, 10) - 1]
        yield {
          path: articlePagePath(folder, source.number, language),
          render: () => renderArticle({ source, section, language, video, pageExists, strictTitles: choices.strictTitles }),
        }
      }
      // The workbook is English only: a translations-only run leaves it out.
      if (language === 'en' && workbook) {
        yield { path: workbookPagePath(folder), render: () => renderWorkbook({ source: workbook, section, englishArticleCount }) }
      }
    }
  }
}
