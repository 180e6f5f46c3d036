import YAML from 'yaml'
import { describe, fieldError, isRecord, requireString } from './fields.js'
import type { VideoLinks } from './types.js'
import { youtubeCodeOf } from './youtube.js'
import { UserError } from '../shared/user-error.js'

/**
 * Parses `config/urls.yaml` into, per section name, the list of its entries in file order:
 * the n-th entry of a section belongs to article n. Only `video.youtube` is used.
 */
export function parseUrls(text: string, file: string): Map<string, VideoLinks[]> {
  let data: unknown
  try {
    data = YAML.parse(text)
  } catch (error) {
    throw new UserError(`${file}: invalid YAML: ${firstLine((error as Error).message)}`)
  }
  const videos = new Map<string, VideoLinks[]>()
  if (data === null || data === undefined) return videos
  if (!Array.isArray(data)) throw new UserError(`${file}: must be a YAML list of entries, got ${describe(data)}`)
  data.forEach((entry, index) => {
    const at = `[${index}]`
    if (!isRecord(entry)) throw fieldError(file, at, `must be a mapping, got ${describe(entry)}`)
    const section = requireString(entry, 'section', file, at).trim().toLowerCase()
    const list = videos.get(section) ?? []
    list.push({ youtubeCode: youtubeOf(entry, file, at) })
    videos.set(section, list)
  })
  return videos
}

function youtubeOf(entry: Record<string, unknown>, file: string, at: string): string {
  const video = entry.video
  if (video === undefined || video === null) return ''
  if (!isRecord(video)) throw fieldError(file, `${at}.video`, `must be a mapping, got ${describe(video)}`)
  const url = video.youtube
  if (url === undefined || url === null || url === '') return ''
  if (typeof url !== 'string') throw fieldError(file, `${at}.video.youtube`, `must be a string, got ${describe(url)}`)
  const code = youtubeCodeOf(url)
  if (code === null) throw fieldError(file, `${at}.video.youtube`, `is not a YouTube video URL: "${url}"`)
  return code
}

function firstLine(message: string): string {
  return message.split('\n')[0]
}

