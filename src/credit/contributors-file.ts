// The contributors file of the source repository (`.github/learning-path-contributors.yml`):
// who is one person under several identities, who is never credited, and who is credited for
// work that leaves no commit. Parsed strictly: a typo must not silently credit the wrong people.
import { describe, fieldError, isRecord } from '../config/fields.js'
import { MAX_CONFIG_BYTES, oversize } from '../shared/size-limit.js'
import type { SourceTree } from '../shared/source-tree.js'
import { normalizeTreePath } from '../shared/tree-path.js'
import { OptionError, UserError } from '../shared/user-error.js'
import { DEFAULT_OPTIONS } from '../shared/option-table.js'
import { parseYaml } from '../shared/yaml-text.js'
import { pageGlobProblem } from './page-glob.js'

const DEFAULT_CONTRIBUTORS_FILE = DEFAULT_OPTIONS.credit.file

/** Several identities shown as one person, at the place of the first of them in a list. */
export interface ContributorAlias {
  name: string
  url: string | null
  /** GitHub logins, git or profile names, emails (or profile URLs), compared without case. */
  match: string[]
}

/** Credit for work that leaves no commit, listed last on the pages it names. */
export interface ContributorAddition {
  name: string
  url: string | null
  /** Page paths or globs under the target path (`introduction/01.md`, `trusted-committer/*`). */
  pages: string[]
}

export interface ContributorsFile {
  /** Where it was read, as the user named it (for messages and the report). */
  file: string
  aliases: ContributorAlias[]
  /** Logins, names or emails never credited. */
  exclude: string[]
  add: ContributorAddition[]
}

const TOP_KEYS = ['aliases', 'exclude', 'add']

/** Parses and validates the file's text; every error names the file, the key and the problem. */
export function parseContributorsFile(text: string, file: string): ContributorsFile {
  let data: unknown
  try {
    data = parseYaml(text)
  } catch (error) {
    const at = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0]
    const message = (error as Error).message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new UserError(`${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${message}`)
  }
  const result: ContributorsFile = { file, aliases: [], exclude: [], add: [] }
  if (data === null || data === undefined) return result
  if (!isRecord(data)) throw new UserError(`${file}: must be a mapping with the keys ${TOP_KEYS.join(', ')}, got ${describe(data)}`)
  refuseUnknownKeys(data, TOP_KEYS, file, '')

  result.aliases = listOf(data, 'aliases', file, (entry, at) => {
    const record = mappingOf(entry, file, at, ['name', 'url', 'match'])
    return { name: nameOf(record, file, at), url: urlOf(record, file, at), match: stringsOf(record.match, file, `${at}.match`) }
  })
  result.exclude = data.exclude === undefined || data.exclude === null ? [] : stringsOf(data.exclude, file, 'exclude', true)
  result.add = listOf(data, 'add', file, (entry, at) => {
    const record = mappingOf(entry, file, at, ['name', 'url', 'pages'])
    const pages = stringsOf(record.pages, file, `${at}.pages`)
    pages.forEach((pattern, i) => checkPagePattern(pattern, file, `${at}.pages[${i}]`))
    return { name: nameOf(record, file, at), url: urlOf(record, file, at), pages }
  })
  refuseOverlaps(result)
  return result
}

/**
 * Reads the file from the source tree. Absent at the default path: null (no rules, today's
 * behaviour). Absent at a path the user named: an error, since they meant a file to apply.
 *
 * Only a file of the sources: its values are quoted in errors, so a path outside them (an
 * absolute one, or climbing out with `..`) would print a piece of any file of the runner, such as
 * /proc/self/environ (issue 21). Inside, the tree refuses a symbolic link anywhere on the way.
 */
export async function loadContributorsFile(tree: SourceTree, file: string | undefined): Promise<ContributorsFile | null> {
  const path = file === undefined || file.trim() === '' ? DEFAULT_CONTRIBUTORS_FILE : file.trim()
  if (normalizeTreePath(path) === null) {
    throw new OptionError(
      'contributors-file',
      `${path} is outside the source folder: give a path relative to it, such as ${DEFAULT_CONTRIBUTORS_FILE}`,
    )
  }
  if (!(await tree.exists(path))) {
    if (path === DEFAULT_CONTRIBUTORS_FILE) return null
    throw new OptionError('contributors-file', `${path} not found in ${tree.description}`)
  }
  const bytes = await tree.readBytes(path)
  const tooLarge = oversize(bytes.length, MAX_CONFIG_BYTES, 'contributors file')
  if (tooLarge) throw new UserError(`${path}: ${tooLarge}`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw new UserError(`${path}: not UTF-8 text`)
  }
  return parseContributorsFile(text, path)
}

function refuseUnknownKeys(record: Record<string, unknown>, allowed: readonly string[], file: string, at: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      throw fieldError(file, at ? `${at}.${key}` : key, `is not a known key (use ${allowed.join(', ')})`)
    }
  }
}

function listOf<T>(data: Record<string, unknown>, key: string, file: string, each: (entry: unknown, at: string) => T): T[] {
  const value = data[key]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw fieldError(file, key, `must be a list, got ${describe(value)}`)
  return value.map((entry, i) => each(entry, `${key}[${i}]`))
}

function mappingOf(entry: unknown, file: string, at: string, keys: readonly string[]): Record<string, unknown> {
  if (!isRecord(entry)) throw fieldError(file, at, `must be a mapping with ${keys.join(', ')}, got ${describe(entry)}`)
  refuseUnknownKeys(entry, keys, file, at)
  return entry
}

function nameOf(record: Record<string, unknown>, file: string, at: string): string {
  const name = record.name
  if (name === undefined) throw fieldError(file, `${at}.name`, 'is missing')
  if (typeof name !== 'string' || name.trim() === '')
    throw fieldError(file, `${at}.name`, `must be a non-empty string, got ${describe(name)}`)
  if (/[\p{Cc}\u2028\u2029]/u.test(name)) throw fieldError(file, `${at}.name`, 'must be one line without control characters')
  return name.trim()
}

function urlOf(record: Record<string, unknown>, file: string, at: string): string | null {
  const url = record.url
  if (url === undefined || url === null) return null
  if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+\/\S*$/.test(url.trim())) {
    throw fieldError(file, `${at}.url`, `must be null or an http(s) profile URL such as https://github.com/login, got ${describe(url)}`)
  }
  return url.trim()
}

function stringsOf(value: unknown, file: string, at: string, mayBeEmpty = false): string[] {
  if (!Array.isArray(value)) {
    throw fieldError(file, at, value === undefined ? 'is missing' : `must be a list of strings, got ${describe(value)}`)
  }
  if (value.length === 0 && !mayBeEmpty) throw fieldError(file, at, 'must not be empty')
  return value.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '')
      throw fieldError(file, `${at}[${i}]`, `must be a non-empty string, got ${describe(item)}`)
    return item.trim()
  })
}

/** A page path or glob under the target path: relative, no `..`, only `*`, `**` and `?` as wildcards (see page-glob.ts). */
function checkPagePattern(pattern: string, file: string, at: string): void {
  const problem = pageGlobProblem(pattern)
  if (problem) throw fieldError(file, at, problem)
  const literal = pattern.replace(/\*\*?|\?/g, 'x')
  if (normalizeTreePath(literal) !== literal || literal === '') {
    throw fieldError(
      file,
      at,
      `must be a page path relative to the target path, such as introduction/01.md or trusted-committer/*, got "${pattern}"`,
    )
  }
}

/** One identity may belong to one alias or be excluded, never both: the file would contradict itself. */
function refuseOverlaps(parsed: ContributorsFile): void {
  const owner = new Map<string, string>()
  const claim = (text: string, at: string) => {
    const key = text.toLowerCase()
    const before = owner.get(key)
    if (before !== undefined) throw fieldError(parsed.file, at, `"${text}" is already listed at ${before}`)
    owner.set(key, at)
  }
  parsed.aliases.forEach((alias, i) => alias.match.forEach((text, j) => claim(text, `aliases[${i}].match[${j}]`)))
  parsed.exclude.forEach((text, i) => claim(text, `exclude[${i}]`))
}
