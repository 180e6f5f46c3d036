// What is wrong with a link, if anything: a Learning Path page that does not exist, or a URL
// a browser cannot follow as meant (no scheme, a misspelled one, spaces, doubled slashes).
import type { PageLink } from './page-links.js'

/** A link into the Learning Path: `/[<lang>/]learn/learning-path[/<section>[/<page>]]`, on the site or relative. */
export interface LearningPathTarget {
  language?: string
  section?: string
  page?: string
}

const LEARNING_PATH_URL =
  /^(?:https?:\/\/(?:www\.)?innersourcecommons\.org)?\/(?:([A-Za-z0-9][\w-]*)\/)?learn\/learning-path(?:\/([^/?#]+))?(?:\/([^/?#]+))?\/?(?:[?#].*)?$/i

export function learningPathTarget(url: string): LearningPathTarget | null {
  const match = LEARNING_PATH_URL.exec(url)
  if (!match) return null
  return {
    ...(match[1] ? { language: match[1] } : {}),
    ...(match[2] ? { section: match[2] } : {}),
    ...(match[3] ? { page: match[3] } : {}),
  }
}

/** What the Learning Path has, in any language. */
export interface PageIndex {
  sections: ReadonlyMap<string, { workbook: boolean }>
  hasArticle(section: string, number: string): boolean
}

export function missingPage(target: LearningPathTarget, index: PageIndex): string | null {
  if (target.section === undefined) return null
  const section = index.sections.get(target.section)
  if (!section) return `no section "${target.section}"`
  if (target.page === undefined) return null
  if (/^\d+$/.test(target.page))
    return index.hasArticle(target.section, target.page) ? null : `no page ${target.page} in section "${target.section}" in any language`
  if (target.page === 'workbook') return section.workbook ? null : `section "${target.section}" has no workbook`
  return `no page "${target.page}" in section "${target.section}"`
}

const KNOWN_SCHEMES = new Set([
  'http',
  'https',
  'ftp',
  'ftps',
  'sftp',
  'mailto',
  'tel',
  'irc',
  'ircs',
  'git',
  'ssh',
  'file',
  'data',
  'news',
  'xmpp',
  'webcal',
])
const WEB_SCHEMES = new Set(['http', 'https', 'ftp', 'ftps'])
/** A host name the way people write one without a scheme: `www.…`, or a name under a common top-level domain followed by a path. */
const BARE_HOST =
  /^(?:www\d?\.[^/\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|edu|gov|info|co|us|uk|de|fr|es|it|jp|cn|ru|br)(?:\/|$))/i

/** Edit distance, for telling a misspelled scheme from a real one. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)))
    row = next
  }
  return row[b.length]
}

function misspelling(scheme: string): string | null {
  const near = ['https', 'http', 'ftp', 'mailto'].find((known) => distance(scheme, known) <= 2)
  return near ?? null
}

/** Why the URL is malformed, or null. Text that merely looks like a URL is judged by its scheme only. */
export function malformedUrl(link: PageLink): string | null {
  const url = link.url
  if (url === '' || url.startsWith('#')) return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  const name = scheme?.[1].toLowerCase()
  if (name !== undefined && !KNOWN_SCHEMES.has(name)) {
    if (!url.slice(scheme![0].length).startsWith('//')) return null // javascript:, urn:, ...: not a web address
    const near = misspelling(name)
    if (near) return `misspelled scheme "${name}:" (meant "${near}:"?)`
    return link.kind === 'link' ? `unknown scheme "${name}:"` : null
  }
  if (link.kind === 'text') return null
  if (/\s/.test(url)) return 'contains a space'
  if (name !== undefined) {
    if (WEB_SCHEMES.has(name) && !/^[a-z]+:\/\/[^/?#\s]/i.test(url)) return `malformed: expected "${name}://host/..."`
    const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0]
    return /(?<!:)\/\//.test(path) ? 'doubled slashes in the path' : null
  }
  const glued = /^([a-z]+)\/\//i.exec(url)
  if (glued && WEB_SCHEMES.has(glued[1].toLowerCase())) return `missing ":" after "${glued[1]}"`
  if (BARE_HOST.test(url)) return 'missing scheme: the browser reads it as a path of the site (add https://)'
  if (!url.startsWith('//') && /\/\//.test(url.split(/[?#]/)[0])) return 'doubled slashes in the path'
  return null
}
