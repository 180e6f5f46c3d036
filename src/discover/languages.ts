import { UserError } from '../shared/user-error.js'

/** Which languages to render: every language found, or a list (`en` is English). */
export type LanguageSelection = 'all' | readonly string[]

/** A language name as it appears in page names like `01.pt-br.md`. */
const LANGUAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

/** Parses `all`, `en` or a comma-separated list such as `de,es` (the CLI and action syntax). */
export function parseLanguageSelection(value: string): LanguageSelection {
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.toLowerCase() === 'all') return 'all'
  const list = trimmed
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
  for (const language of list) {
    if (!LANGUAGE_NAME.test(language)) {
      throw new UserError(`languages: "${language}" is not a language name (use all, en, or a list such as de,es)`)
    }
  }
  if (list.length === 0) throw new UserError(`languages: "${value}" names no language (use all, en, or a list such as de,es)`)
  return [...new Set(list)]
}

export function isLanguageSelected(selection: LanguageSelection, language: string): boolean {
  return selection === 'all' || selection.includes(language)
}

/** Folder names that can be a translation: a language name other than `en` (the section folder itself). */
export function isLanguageFolderName(name: string): boolean {
  return LANGUAGE_NAME.test(name) && name.toLowerCase() !== 'en'
}
