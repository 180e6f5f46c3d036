import { UserError } from '../types.js'

/** Which languages to render: every language found, or a list (`en` is English). */
export type LanguageSelection = 'all' | readonly string[]

/** Parses `all`, `en` or a comma-separated list such as `de,es` (the CLI and action syntax). */
export function parseLanguageSelection(value: string): LanguageSelection {
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.toLowerCase() === 'all') return 'all'
  const list = trimmed.split(',').map((item) => item.trim()).filter((item) => item !== '')
  for (const language of list) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(language)) {
      throw new UserError(`languages: "${language}" is not a language name (use all, en, or a list such as de,es)`)
    }
  }
  if (list.length === 0) throw new UserError(`languages: "${value}" names no language (use all, en, or a list such as de,es)`)
  return [...new Set(list)]
}

export function isLanguageSelected(selection: LanguageSelection, language: string): boolean {
  return selection === 'all' || selection.includes(language)
}
