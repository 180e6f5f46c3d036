// Which languages the website can show: its Hugo language configuration at the base commit.
// A page in a language Hugo does not know is not a translation to Hugo: `01.ko.md` becomes an
// English page called "01.ko". Pure: the site reads the file, this decides what it says.
import { parse as parseToml } from 'smol-toml'
import { MAX_CONFIG_BYTES, oversize } from '../shared/size-limit.js'
import { normalizeTreePath } from '../shared/tree-path.js'
import { OptionError } from '../shared/user-error.js'
import { parseYaml } from '../shared/yaml-text.js'
import type { SiteLanguages } from './types.js'

const FORMATS = ['toml', 'yaml', 'yml', 'json']

/**
 * Where Hugo keeps the language list, most specific first: the `languages` file of the config
 * folder, then the `languages` key of the main configuration (config folder, then the root).
 * The site reads only the first of these that exists, so finding it costs at most one request.
 */
export const LANGUAGE_CONFIG_FILES: readonly string[] = [
  ...FORMATS.map((format) => `config/_default/languages.${format}`),
  ...['hugo', 'config'].flatMap((name) => FORMATS.map((format) => `config/_default/${name}.${format}`)),
  ...['hugo', 'config'].flatMap((name) => FORMATS.map((format) => `${name}.${format}`)),
]

/** Reads the first of `paths` that exists at the base commit, or null when none does. */
export type SiteFileReader = (paths: readonly string[]) => Promise<{ path: string; text: string } | null>

/** The site's language configuration: from `file` when given (it must exist), else from the first of the usual files. */
export async function readSiteLanguages(read: SiteFileReader | undefined, file?: string): Promise<SiteLanguages> {
  const named = file ? normalizeTreePath(file) : undefined
  if (named === null || named === '') throw new OptionError('site-languages-file', `'${file}' must be a path inside the website repository`)
  const looked = named ? [named] : LANGUAGE_CONFIG_FILES
  const found = read ? await read(looked) : null
  if (!found && named && read) throw new OptionError('site-languages-file', `${named} is not in the website repository at the base commit`)
  if (!found) return { kind: 'none', looked }
  return parseSiteLanguages(found.path, found.text)
}

/**
 * A `languages.*` file holds the languages at its top; any other Hugo configuration under its
 * `languages` key. Parsed whole, by smol-toml or yaml (JSON is YAML), after a size limit.
 */
export function parseSiteLanguages(path: string, text: string): SiteLanguages {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const whole = name.startsWith('languages.')
  const format = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  const tooLarge = oversize(Buffer.byteLength(text, 'utf8'), MAX_CONFIG_BYTES, 'site language configuration')
  if (tooLarge) return { kind: 'unreadable', file: path, reason: tooLarge }
  try {
    const found = fromData(format === 'toml' ? parseToml(text) : parseYaml(text), whole)
    if (!found) return { kind: 'unreadable', file: path, reason: 'it has no `languages`' }
    const lower = (list: Iterable<string>) => [...new Set([...list].map((l) => l.toLowerCase()))].sort()
    return { kind: 'found', file: path, languages: lower(found.languages), disabled: lower(found.disabled) }
  } catch (error) {
    return { kind: 'unreadable', file: path, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0] }
  }
}

interface Found {
  languages: string[]
  disabled: string[]
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function fromData(data: unknown, whole: boolean): Found | null {
  if (!isRecord(data)) return whole ? { languages: [], disabled: [] } : null
  const table = whole ? data : data.languages
  if (!isRecord(table)) return null
  const languages = Object.keys(table)
  const disabled = languages.filter((l) => {
    const language = table[l]
    return isRecord(language) && language.disabled === true
  })
  const listed = whole ? [] : data.disableLanguages
  if (Array.isArray(listed)) disabled.push(...listed.filter((l): l is string => typeof l === 'string'))
  return { languages, disabled }
}
