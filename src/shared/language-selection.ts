import type { ValueKind } from './option-values.js'
import { OptionError } from './user-error.js'

/** Which languages to render: every language found, or a list (`en` is English). */
export type LanguageSelection = 'all' | readonly string[]

/** A language name as it appears in page names like `01.pt-br.md`. */
export const LANGUAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

/** Parses `all`, `en` or a comma-separated list such as `de,es` (the `languages` option). */
export function parseLanguageSelection(value: string, option = 'languages'): LanguageSelection {
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.toLowerCase() === 'all') return 'all'
  const list = trimmed
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
  for (const language of list) {
    if (!LANGUAGE_NAME.test(language)) {
      throw new OptionError(option, `"${language}" is not a language name (use all, en, or a list such as de,es)`)
    }
  }
  if (list.length === 0) throw new OptionError(option, `"${value}" names no language (use all, en, or a list such as de,es)`)
  return [...new Set(list)]
}

export function isLanguageSelected(selection: LanguageSelection, language: string): boolean {
  return selection === 'all' || selection.includes(language)
}

/** The `languages` option's value. */
export const languageSelection: ValueKind<LanguageSelection> = { placeholder: 'all|en|de,es', parse: parseLanguageSelection }
