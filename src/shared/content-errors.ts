import { codeSpan, markdownText } from '../escape/markdown.js'
import { pageLanguage } from './page-paths.js'
import type { ContentError } from './types.js'
import type { SourceFileError } from './user-error.js'

/**
 * Collects the content errors of a run. One file that fails several pages (the English index
 * and every translation showing it; a video link used by an article in every language) is
 * one error listing those pages.
 */
export class ContentErrorList {
  private readonly byKey = new Map<string, ContentError>()

  /** Records that `error` keeps `pages` as the site has them. */
  add(error: Pick<SourceFileError, 'file' | 'problem' | 'line'>, pages: readonly string[] = [], folder?: ContentError['folder']): void {
    const key = `${error.file}\0${error.line ?? 0}\0${error.problem}`
    const found = this.byKey.get(key)
    if (found) {
      for (const page of pages) if (!found.pages.includes(page)) found.pages.push(page)
      return
    }
    this.byKey.set(key, {
      file: error.file,
      ...(error.line ? { line: error.line } : {}),
      message: error.problem,
      pages: [...pages],
      ...(folder ? { folder } : {}),
    })
  }

  addAll(errors: readonly ContentError[]): void {
    for (const e of errors) this.add({ file: e.file, problem: e.message, line: e.line }, e.pages, e.folder)
  }

  /** Sorted by file, then line, so every run prints the same lines. */
  list(): ContentError[] {
    return [...this.byKey.values()]
      .map((e) => ({ ...e, pages: [...e.pages].sort() }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : 1)))
  }
}

/** Whether a page of the site is one that a content error keeps as the site has it. */
export function keptByContentErrors(errors: readonly ContentError[]): (page: string) => boolean {
  const pages = new Set(errors.flatMap((e) => e.pages))
  const folders = errors.flatMap((e) => (e.folder ? [e.folder] : []))
  return (page) =>
    pages.has(page) ||
    folders.some(
      (f) => page.startsWith(`${f.section}/`) && !page.slice(f.section.length + 1).includes('/') && pageLanguage(page) === f.language,
    )
}

/** The distinct failed files, sorted. */
export function failedFiles(errors: readonly ContentError[]): string[] {
  return [...new Set(errors.map((e) => e.file))].sort()
}

/** The pages a content error keeps, for messages: folder-wide keeps as `section/*.lang.md`. */
export function keptPagesOf(error: ContentError): string[] {
  return [...error.pages, ...(error.folder ? [`${error.folder.section}/*.${error.folder.language}.md`] : [])]
}

/** The end of a content error's log line: which pages stay as the site has them. */
export function keptNote(error: ContentError): string {
  const kept = keptPagesOf(error)
  return kept.length ? ` (left as the site has it: ${kept.join(', ')})` : ''
}

/**
 * Markdown list of the failed files for the job summary and the pull request body, at most
 * `limit` entries (the rest counted).
 */
export function contentErrorList(errors: readonly ContentError[], limit = 50): string[] {
  const lines = errors.slice(0, limit).map((e) => {
    const kept = keptPagesOf(e)
    return (
      `- ${codeSpan(`${e.file}${e.line ? `:${e.line}` : ''}`)}: ${markdownText(e.message)}` +
      (kept.length ? ` — kept: ${kept.map(codeSpan).join(', ')}` : '')
    )
  })
  if (errors.length > limit) lines.push(`- …and ${errors.length - limit} more`)
  return lines
}

/**
 * The one line an entry point ends a run with when files failed: which, and that the rest
 * was written. `turnOff` is how the entry point's users set `fail-on-content-error` to false.
 */
export function contentFailureLine(errors: readonly ContentError[], turnOff: string): string {
  const files = failedFiles(errors)
  const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? `, …and ${files.length - 10} more` : '')
  return `${files.length} source file(s) failed, their pages left as the site has them: ${shown}; the other pages went ahead (with ${turnOff} this is only reported)`
}
