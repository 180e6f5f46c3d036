import { OptionError } from '../shared/user-error.js'
import type { LanguageSelection } from '../shared/language-selection.js'
import type { DiscoveredSources } from './types.js'

/** A requested language that no section has is most likely a typo: say so instead of rendering nothing. */
export function checkLanguagesExist(languages: LanguageSelection, sources: DiscoveredSources): void {
  if (languages === 'all') return
  const known = new Set(['en'])
  for (const key of sources.articlePages) known.add(key.split('/').pop()!)
  for (const section of sources.sections) for (const { language } of section.languages) known.add(language)
  // A translation folder that could not be listed is still a language (its error says why).
  for (const error of sources.errors) if (error.folder) known.add(error.folder.language)
  const unknown = languages.filter((language) => !known.has(language))
  if (unknown.length > 0) {
    throw new OptionError('languages', `no section has ${unknown.map((l) => `"${l}"`).join(', ')} (found: ${[...known].sort().join(', ')})`)
  }
}
