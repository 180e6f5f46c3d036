// Which files of a section folder are articles. The fixture is the judge here: the old
// scripts skipped names containing `-script.asciidoc`, yet the site publishes
// `contributor/es/06-conclusion-script-es.asciidoc` as `06.es.md`; "not ending in
// `script.asciidoc`" keeps that page and still drops every English video script.

//
// Names are `NN-` then letters, digits, `-` and `_` only, as the old scripts' pattern
// (`\d\d[-\w]+(?<!script)\.asciidoc`) had it: a name with other characters (a space, a dot,
// an accent) was never published, and is not now (docs/fidelity.md); it gets a warning instead
// of silence. Unlike the old unanchored match, `notes-01-x.asciidoc` or `01-x.asciidoc.bak`
// are not articles.

const ARTICLE = /^(\d{2,})-[-\w]*\.asciidoc$/
const LOOKS_LIKE_ARTICLE = /^\d{2,}-.*\.asciidoc$/

/** The article number (`NN`, as written) of an article file name, or null when it is not one. */
export function articleNumberOf(fileName: string): string | null {
  if (fileName.endsWith('script.asciidoc')) return null
  const match = ARTICLE.exec(fileName)
  return match ? match[1] : null
}

/** Why a name that looks like an article is not one (characters outside `[-\w]`), or null. */
export function unpublishedArticleName(fileName: string): string | null {
  if (fileName.endsWith('script.asciidoc') || !LOOKS_LIKE_ARTICLE.test(fileName) || ARTICLE.test(fileName)) return null
  return 'not published: an article name has only letters, digits, "-" and "_" after the number (the old scripts skipped this file too); rename it to publish it'
}
