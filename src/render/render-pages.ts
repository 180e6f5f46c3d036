import type { LearningPathConfig } from '../config/types.js'
import type { DiscoveredSources, SourceFile } from '../discover/types.js'
import { ContentErrorList } from '../shared/content-errors.js'
import { articlePagePath, indexPagePath, workbookPagePath } from '../shared/page-paths.js'
import { DEFAULT_OPTIONS, type SyncOptions } from '../shared/option-table.js'
import type { ContentError, ContentWarning, RenderedPage } from '../shared/types.js'
import type { PageTask, RenderJob } from './render-job.js'
import { defaultPoolSettings, renderInWorkers, type JobResult, type PoolSettings } from './render-pool.js'

/**
 * What rendering takes of the source options: `strictTitles` takes titles from a proper heading
 * instead of the site's first-`== ` rule; `renderTimeoutMs` is each file's budget (default the
 * table's). And the worker pool, which tests and the bench set (default defaultPoolSettings()).
 */
export type RenderChoices = Pick<SyncOptions['source'], 'strictTitles'> &
  Partial<Pick<SyncOptions['source'], 'renderTimeoutMs'>> & { pool?: Partial<PoolSettings> }

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

/** The work of a render: each source file once, and where each page comes from, in page order. */
export interface RenderPlan {
  jobs: RenderJob[]
  /** In page order: the job (index into `jobs`) and its page (index into the job's pages). */
  pages: { job: number; page: number }[]
}

/**
 * Renders discovered sources into site pages, each source file in a worker under its time
 * budget. A page whose source fails (a SourceFileError, the budget, the worker's memory) is
 * left out and its file listed in `errors`; every other page is rendered as usual, in the same
 * order and bytes whatever order the workers finish in. The main thread only waits meanwhile,
 * so the GitHub reads started before rendering go on.
 */
export async function renderPages(config: LearningPathConfig, sources: DiscoveredSources, choices: RenderChoices): Promise<RenderResult> {
  const plan = planRender(config, sources, choices)
  const timeoutMs = choices.renderTimeoutMs ?? DEFAULT_OPTIONS.source.renderTimeoutMs
  const settings = { ...defaultPoolSettings(), ...choices.pool }
  const { results } = await renderInWorkers(plan.jobs, { articlePages: sources.articlePages }, timeoutMs, settings)
  return collectPages(config, sources, plan, results, timeoutMs, settings.memoryMb)
}

/** The pages in order, grouped into one job per source file (an English index.md shown by translations is one file). */
export function planRender(config: LearningPathConfig, sources: DiscoveredSources, choices: RenderChoices): RenderPlan {
  const jobs: RenderJob[] = []
  const byFile = new Map<string, number>()
  const pages: RenderPlan['pages'] = []
  const add = ({ path, text }: SourceFile, task: PageTask) => {
    let job = byFile.get(path)
    if (job === undefined) {
      job = jobs.push({ source: { path, text }, pages: [] }) - 1
      byFile.set(path, job)
    }
    pages.push({ job, page: jobs[job].pages.push(task) - 1 })
  }
  for (const { section, languages, englishArticleCount, workbook } of sources.sections) {
    const videos = config.videos.get(section.group.trim().toLowerCase()) ?? []
    const folder = section.dirName
    for (const { language, index, articles } of languages) {
      // A translation showing a failed English index fails with it (the same error, one more page).
      if (index) add(index, { kind: 'index', path: indexPagePath(folder, language), section, language, translated: index.translated })
      for (const source of articles) {
        const video = videos[Number.parseInt(source.number, 10) - 1]
        const path = articlePagePath(folder, source.number, language)
        add(source, { kind: 'article', path, section, language, number: source.number, video, strictTitles: choices.strictTitles })
      }
      // The workbook is English only: a translations-only run leaves it out.
      if (language === 'en' && workbook) add(workbook, { kind: 'workbook', path: workbookPagePath(folder), section, englishArticleCount })
    }
  }
  return { jobs, pages }
}

/** The render's result from the jobs' results, in page order; discovery's warnings and errors first. */
function collectPages(
  config: LearningPathConfig,
  sources: DiscoveredSources,
  plan: RenderPlan,
  results: readonly JobResult[],
  timeoutMs: number,
  memoryMb: number,
): RenderResult {
  const pages: RenderedPage[] = []
  const warnings: ContentWarning[] = [...sources.warnings]
  const errors = new ContentErrorList()
  errors.addAll(sources.errors)
  // Every unusable video link is reported, also one whose article does not exist.
  for (const entries of config.videos.values()) {
    for (const { invalid } of entries) if (invalid) errors.add({ file: invalid.file, problem: invalid.message, line: invalid.line })
  }
  for (const { job, page } of plan.pages) {
    const { source, pages: tasks } = plan.jobs[job]
    const result = results[job]
    if (result.kind === 'stopped') {
      errors.add({ file: source.path, problem: stoppedProblem(result.reason, source, timeoutMs, memoryMb) }, [tasks[page].path])
      continue
    }
    const outcome = result.pages[page]
    if (outcome.ok) {
      pages.push(outcome.rendered.page)
      warnings.push(...outcome.rendered.warnings)
    } else errors.add(outcome, [tasks[page].path])
  }
  return { pages, warnings, errors: errors.list() }
}

/**
 * Why a file was stopped, with its size and the time it was given. The message names the
 * budget rather than the measured time, which differs by milliseconds from run to run: the
 * same sources give the same pull request body.
 */
function stoppedProblem(reason: 'timeout' | 'memory', source: SourceFile, timeoutMs: number, memoryMb: number): string {
  const size = `this file of ${Buffer.byteLength(source.text).toLocaleString('en-US')} bytes`
  if (reason === 'memory') return `rendering ran out of memory (${memoryMb} MB per render worker) on ${size}`
  const seconds = `${timeoutMs / 1000} s`
  return `rendering stopped after ${seconds} (render-timeout) on ${size}: simplify the file, or raise render-timeout`
}
