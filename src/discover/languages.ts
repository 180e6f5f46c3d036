import { LANGUAGE_NAME } from '../shared/language-selection.js'

/** Folder names that can be a translation: a language name other than `en` (the section folder itself). */
export function isLanguageFolderName(name: string): boolean {
  return LANGUAGE_NAME.test(name) && name.toLowerCase() !== 'en'
}
