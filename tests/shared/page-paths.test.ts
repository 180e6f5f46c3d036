import { describe, expect, it } from 'vitest'
import { isGeneratedPagePath, pageLanguage } from '../../src/shared/page-paths.js'

describe('isGeneratedPagePath', () => {
  it.each([
    'introduction/_index.md',
    'introduction/_index.pt-br.md',
    'contributor/01.md',
    'contributor/06.es.md',
    'project-leader/12.zh.md',
    'contributor/workbook.md',
  ])('recognises the section page %s', (path) => expect(isGeneratedPagePath(path)).toBe(true))

  it.each([
    '_index.md', // the site's own landing page of the learning path
    '_index.de.md',
    'README.md',
    'contributor/notes.md',
    'contributor/images/01.png',
    'contributor/de/01.md', // deeper than a section folder
    'contributor/01.html',
    'contributor/1.md',
  ])('leaves %s alone', (path) => expect(isGeneratedPagePath(path)).toBe(false))
})

describe('pageLanguage', () => {
  it.each([
    ['intro/01.md', 'en'],
    ['intro/01.de.md', 'de'],
    ['intro/_index.pt-br.md', 'pt-br'],
    ['intro/_index.md', 'en'],
    ['intro/workbook.md', 'en'],
  ])('%s is %s', (path, language) => expect(pageLanguage(path)).toBe(language))
})
