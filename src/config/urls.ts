import YAML, { LineCounter } from 'yaml'
import { describe, fieldError, isRecord, requireString } from './fields.js'
import { ECHO_SOURCE, type Echo } from './echo.js'
import type { VideoLinks } from './types.js'
import { youtubeCodeOf } from './youtube.js'
import { UserError } from '../shared/user-error.js'

/**
 * Parses `config/urls.yaml` into, per section name, the list of its entries in file order:
 * the n-th entry of a section belongs to article n. Only `video.youtube` is used.
 */
export function parseUrls(text: string, file: string, echo: Echo = ECHO_SOURCE): Map<string, VideoLinks[]> {
  const lines = new LineCounter()
  const doc = YAML.parseDocument(text, { lineCounter: lines })
  if (doc.errors.length > 0) {
    // The parser's message ends in its own "at line 3, column 5:" and a snippet: the place goes first, where editors look for it.
    const [first] = doc.errors
    const at = first.linePos?.[0]
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new UserError(`${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${echo.parserMessage(message)}`)
  }
  const data: unknown = doc.toJS()
  // The line of a value, for the annotation of an entry that fails its articles.
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
    return node?.range ? lines.linePos(node.range[0]).line : undefined
  }
  const videos = new Map<string, VideoLinks[]>()
  if (data === null || data === undefined) return videos
  if (!Array.isArray(data)) throw new UserError(`${file}: must be a YAML list of entries, got ${describe(data, echo)}`)
  data.forEach((entry, index) => {
    const at = `[${index}]`
    if (!isRecord(entry)) throw fieldError(file, at, `must be a mapping, got ${describe(entry, echo)}`)
    const section = requireString(entry, 'section', file, at, echo).trim().toLowerCase()
    const list = videos.get(section) ?? []
    try {
      list.push({ youtubeCode: youtubeOf(entry, file, at, echo) })
    } catch (error) {
      // A bad link fails the article it belongs to, not every page of the site.
      const line = lineOf([index, 'video', 'youtube']) ?? lineOf([index, 'video']) ?? lineOf([index])
      list.push({ youtubeCode: '', invalid: { file, ...(line ? { line } : {}), message: (error as Error).message.slice(file.length + 2) } })
    }
    videos.set(section, list)
  })
  return videos
}

function youtubeOf(entry: Record<string, unknown>, file: string, at: string, echo: Echo): string {
  const video = entry.video
  if (video === undefined || video === null) return ''
  if (!isRecord(video)) throw fieldError(file, `${at}.video`, `must be a mapping, got ${describe(video, echo)}`)
  const url = video.youtube
  if (url === undefined || url === null || url === '') return ''
  if (typeof url !== 'string') throw fieldError(file, `${at}.video.youtube`, `must be a string, got ${describe(url, echo)}`)
  const code = youtubeCodeOf(url)
  if (code === null) throw fieldError(file, `${at}.video.youtube`, `is not a YouTube video URL: ${echo.value(url)}`)
  return code
}
