/** Site paths of the pages, relative to the Learning Path folder of the site. */

function languageSuffix(language: string): string {
  return language === 'en' ? '' : `.${language}`
}

export function articlePagePath(section: string, number: string, language: string): string {
  return `${section}/${number}${languageSuffix(language)}.md`
}

export function indexPagePath(section: string, language: string): string {
  return `${section}/_index${languageSuffix(language)}.md`
}

export function workbookPagePath(section: string): string {
  return `${section}/workbook.md`
}
