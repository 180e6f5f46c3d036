import { describe, expect, it } from 'vitest'
import { rewriteTranslationLinks, type PageExists } from '../../src/render/links.js'

const existing = new Set(['trusted-committer/01/de', 'trusted-committer/05/de', 'contributor/01/es'])
const pageExists: PageExists = (section, number, language) => existing.has(`${section}/${number}/${language}`)
const url = (path: string) => `https://innersourcecommons.org/${path}`

describe('rewriteTranslationLinks', () => {
  it('points an English link at the translated page when it exists', () => {
    expect(rewriteTranslationLinks(`see ${url('learn/learning-path/trusted-committer/01')}[intro]`, 'de', pageExists)).toBe(
      `see ${url('de/learn/learning-path/trusted-committer/01')}[intro]`,
    )
  })

  it('keeps the English link when the translated page does not exist', () => {
    const text = `${url('learn/learning-path/trusted-committer/02')} and ${url('learn/learning-path/product-owner/01/')}`
    expect(rewriteTranslationLinks(text, 'de', pageExists)).toBe(text)
  })

  it('sends a link to a missing page of its own language back to English, keeping what follows', () => {
    expect(rewriteTranslationLinks(`${url('de/learn/learning-path/contributor/04/')}[x]`, 'de', pageExists)).toBe(
      `${url('learn/learning-path/contributor/04/')}[x]`,
    )
  })

  it('is idempotent and leaves section links, English pages and other languages alone', () => {
    const once = rewriteTranslationLinks(
      `${url('learn/learning-path/trusted-committer/05')} ${url('learn/learning-path/trusted-committer/05')}`,
      'de',
      pageExists,
    )
    expect(once).toBe(`${url('de/learn/learning-path/trusted-committer/05')} ${url('de/learn/learning-path/trusted-committer/05')}`)
    expect(rewriteTranslationLinks(once, 'de', pageExists)).toBe(once)
    const sectionLinks = `${url('learn/learning-path/trusted-committer')}[TC] ${url('de/learn/learning-path/trusted-committer/')}`
    expect(rewriteTranslationLinks(sectionLinks, 'de', pageExists)).toBe(sectionLinks)
    expect(rewriteTranslationLinks(url('learn/learning-path/trusted-committer/01'), 'en', pageExists)).toBe(
      url('learn/learning-path/trusted-committer/01'),
    )
    // A link to another translation is the author's choice when this language has no page.
    expect(rewriteTranslationLinks(url('ja/learn/learning-path/contributor/02'), 'de', pageExists)).toBe(
      url('ja/learn/learning-path/contributor/02'),
    )
    // Not a URL (a space after "https:"), as in one published page: untouched.
    expect(rewriteTranslationLinks('https: //innersourcecommons.org/learn/learning-path/trusted-committer/01', 'de', pageExists)).toBe(
      'https: //innersourcecommons.org/learn/learning-path/trusted-committer/01',
    )
  })
})
