// Translated articles link to other Learning Path pages by their English URL. The old
// workflow rewrote those links in the sources and committed them back; doing it here, in the
// output, leaves the sources alone and gives the same pages. Rewriting is idempotent.

const SITE = 'https://innersourcecommons.org'
const PAGE_LINK = /https:\/\/innersourcecommons\.org\/(?:([\w-]+)\/)?learn\/learning-path\/([\w-]+)\/([\w-]+)/g

/** Whether the site has the page `<section>/<NN>` in `language` (`en` = English). */
export type PageExists = (section: string, number: string, language: string) => boolean

/**
 * In a page of `language` (not `en`): a link to `.../learn/learning-path/<section>/<NN>` points
 * at `/<language>/learn/...` when that translated page exists; a link already pointing at
 * `/<language>/` whose page does not exist goes back to English. Other links stay as written.
 */
export function rewriteTranslationLinks(text: string, language: string, pageExists: PageExists): string {
  if (language === 'en') return text
  return text.replace(PAGE_LINK, (link: string, linked: string | undefined, section: string, segment: string) => {
    const exists = pageExists(section, segment, language)
    if (linked !== language && exists) return `${SITE}/${language}/learn/learning-path/${section}/${segment}`
    if (linked === language && !exists) return `${SITE}/learn/learning-path/${section}/${segment}`
    return link
  })
}
