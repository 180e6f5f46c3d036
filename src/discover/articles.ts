// Which files of a section folder are articles. The fixture is the judge here: the old
// scripts skipped names containing `-script.asciidoc`, yet the site publishes
// `contributor/es/06-conclusion-script-es.asciidoc` as `06.es.md`; "not ending in
// `script.asciidoc`" keeps that page and still drops every English video script.

const ARTICLE = /^(\d{2,})-.*\.asciidoc$/

/** The article number (`NN`, as written) of an article file name, or null when it is not one. */
export function articleNumberOf(fileName: string): string | null {
  if (fileName.endsWith('script.asciidoc')) return null
  const match = ARTICLE.exec(fileName)
  return match ? match[1] : null
}
