// A translated page that links to an English section landing page sends the reader back to
// English although the landing page exists in their language. Reported always; rewritten
// only with `rewrite-section-links: true`, so the first pull request on the site stays empty.
import type { RenderedPage } from '../shared/types.js'
import { isTranslatedPage } from './page-findings.js'

/** Whether the site will have the landing page of `section` (undefined: the Learning Path's own) in `language`. */
export type LandingExists = (section: string | undefined, language: string) => boolean

/**
 * English landing page links (`.../learn/learning-path[/<section>]`, absolute on the site or
 * relative from its root) that start a URL: after a quote, a bracket, a space or a tag. The
 * relative form inside a longer URL (`/de/learn/...`) is therefore never taken.
 */
const ENGLISH_LANDING =
  /(?<=["'(\s>]|^)(https?:\/\/(?:www\.)?innersourcecommons\.org)?\/learn\/learning-path(?:\/([\w-]+))?(\/?)(?=[\s"'<)#?\]]|$)/gi

/** The link pointed at the landing page in `language`. */
export function translatedLanding(url: string, language: string): string {
  return url.replace(/^((?:https?:\/\/(?:www\.)?innersourcecommons\.org)?)\/learn\//i, `$1/${language}/learn/`)
}

/** `body` with every English landing link whose `language` page exists pointed at that page; counts them. */
export function rewriteSectionLinks(body: string, language: string, exists: LandingExists): { body: string; rewritten: number } {
  let rewritten = 0
  const out = body.replace(ENGLISH_LANDING, (link: string, _site: string | undefined, section: string | undefined) => {
    if (!exists(section, language)) return link
    rewritten++
    return translatedLanding(link, language)
  })
  return { body: out, rewritten }
}

/** A landing page exists when this run writes it (`pages`) or the site has it. */
export function landingIn(pages: readonly { path: string }[], siteHas: (relPath: string) => boolean): LandingExists {
  const written = new Set(pages.map((page) => page.path))
  return (section, language) => {
    const path = section === undefined ? `_index.${language}.md` : `${section}/_index.${language}.md`
    return written.has(path) || siteHas(path)
  }
}

/** `rewrite-section-links`: translated pages link to their language's landing pages where those exist. */
export function rewriteTranslatedSectionLinks(pages: readonly RenderedPage[], landingExists: LandingExists): RenderedPage[] {
  return pages.map((page) => {
    if (!isTranslatedPage(page)) return page
    const { body, rewritten } = rewriteSectionLinks(page.body, page.language, landingExists)
    return rewritten > 0 ? { ...page, body } : page
  })
}
