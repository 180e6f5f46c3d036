// The kinds of value an option takes, each with the one parser the action's inputs and the CLI's
// flags share. A parser gets the option's text (its default when the user gave none) and throws
// an OptionError naming the option; each entry point words it (`input 'x': ...` or `--x: ...`).
import { formatRepositoryName, parseRepositoryName } from '../github/repository-name.js'
import { OptionError } from './user-error.js'

/** How an option's text becomes its value, and how the CLI's help shows the value. */
export interface ValueKind<T> {
  parse(text: string, option: string): T
  /** After the flag in --help: `--contributors none|git|github|keep`. */
  placeholder: string
  /** A yes/no value: on the CLI a bare flag, unless it is on by default. */
  yesNo?: true
}

/** `true`, `false`, or `always-true`: a draft when opened, and made one again whenever the sync pushes to it. */
export type DraftSetting = boolean | 'always-true'

export const AUTO_MERGE_METHODS = ['merge', 'squash', 'rebase'] as const
export type AutoMergeMethod = (typeof AUTO_MERGE_METHODS)[number]

/** What a sync does with pages in a language the site's Hugo configuration lacks. */
export const UNCONFIGURED_LANGUAGE_MODES = ['skip', 'write'] as const
export type UnconfiguredLanguageMode = (typeof UNCONFIGURED_LANGUAGE_MODES)[number]

/** `a, b or c` */
function orList(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`
}

/** Trimmed text. */
export function text(placeholder: string): ValueKind<string> {
  return { placeholder, parse: (value) => value.trim() }
}

/** Trimmed text; empty is "not set". */
export function optionalText(placeholder: string): ValueKind<string | undefined> {
  return { placeholder, parse: (value) => value.trim() || undefined }
}

/** Text of several lines: they keep their inner layout, only the ends are trimmed; empty is "not set". */
export const multilineText: ValueKind<string | undefined> = {
  placeholder: 'TEXT',
  parse: (value) => value.replace(/^\s*\n|\s+$/g, '') || undefined,
}

export const yesNo: ValueKind<boolean> = {
  placeholder: 'true|false',
  yesNo: true,
  parse(value, option) {
    const word = value.trim().toLowerCase()
    if (word === 'true') return true
    if (word === 'false') return false
    throw new OptionError(option, `must be true or false, got '${value.trim()}'`)
  },
}

/** One of a few words, exactly as written. */
export function oneOf<const T extends string>(values: readonly T[]): ValueKind<T> {
  return {
    placeholder: values.join('|'),
    parse(value, option) {
      const word = value.trim()
      if ((values as readonly string[]).includes(word)) return word as T
      throw new OptionError(option, `must be ${orList(values)}, got '${word}'`)
    },
  }
}

/** A comma- or newline-separated list (labels, reviewers), trimmed, blanks dropped. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

export const list: ValueKind<string[]> = { placeholder: 'a,b', parse: splitList }

function checkedRepository(value: string, option: string): string {
  return formatRepositoryName(parseRepositoryName(value, option))
}

export const repository: ValueKind<string> = { placeholder: 'OWNER/NAME', parse: checkedRepository }

/** A repository, or empty for none (the CLI's `sync --out` has no target repository). */
export const optionalRepository: ValueKind<string | undefined> = {
  placeholder: 'OWNER/NAME',
  parse: (value, option) => (value.trim() === '' ? undefined : checkedRepository(value, option)),
}

/** A milestone number (as GitHub's API takes it, the number in its URL), or empty. */
export const milestone: ValueKind<number | undefined> = {
  placeholder: 'NUMBER',
  parse(value, option) {
    const number = value.trim()
    if (number === '') return undefined
    if (!/^[1-9]\d{0,9}$/.test(number))
      throw new OptionError(option, `must be a milestone number (the number in its URL, .../milestone/3), got '${value}'`)
    return Number(number)
  },
}

export const draft: ValueKind<DraftSetting> = {
  placeholder: 'true|false|always-true',
  parse(value, option) {
    const word = value.trim().toLowerCase()
    if (word === '' || word === 'false') return false
    if (word === 'true') return true
    if (word === 'always-true') return 'always-true'
    throw new OptionError(option, `must be true, false or always-true, got '${value}'`)
  },
}

/** `merge`, `squash`, `rebase`, or empty (auto-merge left alone). */
export const autoMerge: ValueKind<AutoMergeMethod | undefined> = {
  placeholder: AUTO_MERGE_METHODS.join('|'),
  parse(value, option) {
    const word = value.trim().toLowerCase()
    if (word === '' || word === 'false') return undefined
    if ((AUTO_MERGE_METHODS as readonly string[]).includes(word)) return word as AutoMergeMethod
    throw new OptionError(option, `must be ${AUTO_MERGE_METHODS.join(', ')} or empty, got '${value}'`)
  },
}

/** An hour: above ~24 days a timer fires at once, and no source file needs more than seconds. */
const MAX_SECONDS = 3600

/** Seconds, decimals allowed (`0.5`), above 0 and at most an hour; the value is in milliseconds. */
export const seconds: ValueKind<number> = {
  placeholder: 'SECONDS',
  parse(value, option) {
    const text = value.trim()
    const number = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN
    if (!(number > 0 && number <= MAX_SECONDS))
      throw new OptionError(option, `must be a number of seconds above 0 and at most ${MAX_SECONDS}, got '${value.trim()}'`)
    return Math.max(1, Math.round(number * 1000))
  },
}

/** A whole number of bytes above 0. */
export const bytes: ValueKind<number> = {
  placeholder: 'BYTES',
  parse(value, option) {
    const text = value.trim()
    if (!/^[1-9]\d{0,9}$/.test(text)) throw new OptionError(option, `must be a whole number of bytes above 0, got '${value.trim()}'`)
    return Number(text)
  },
}
