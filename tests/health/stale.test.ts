import { describe, expect, it } from 'vitest'
import { findStaleTranslations, staleCount } from '../../src/health/stale.js'
import type { TranslationPair } from '../../src/health/types.js'
import type { CommitSummary } from '../../src/shared/types.js'

const pair = (number: string, language: string): TranslationPair => ({
  page: `garden/${number}.${language}.md`,
  section: 'garden',
  number,
  language,
  source: `garden/${language}/${number}-x.asciidoc`,
  english: `garden/${number}-x.asciidoc`,
})
const commit = (oid: string, date: string, headline: string): CommitSummary => ({ oid, date, headline })

describe('findStaleTranslations', () => {
  // A hand-made history, newest first per file:
  //   garden/01: English written 2024-01-01, German 2024-02-01, English edited 2024-03-01 and 2024-03-15 -> stale
  //   garden/02: English written 2024-01-01, French edited 2024-04-01 after the English -> current
  //   garden/03: one commit touched the English and the Dutch file together -> current (same date)
  const history = new Map<string, CommitSummary[]>([
    [
      'garden/01-x.asciidoc',
      [
        commit('e3', '2024-03-15T12:00:00Z', 'Fix a link'),
        commit('e2', '2024-03-01T09:00:00+01:00', 'Rewrite the intro'),
        commit('e1', '2024-01-01T00:00:00Z', 'Add soil'),
      ],
    ],
    ['garden/de/01-x.asciidoc', [commit('d1', '2024-02-01T00:00:00Z', 'Übersetzung')]],
    ['garden/02-x.asciidoc', [commit('e4', '2024-01-01T00:00:00Z', 'Add seeds')]],
    ['garden/fr/02-x.asciidoc', [commit('f2', '2024-04-01T00:00:00Z', 'Corriger'), commit('f1', '2023-12-01T00:00:00Z', 'Traduction')]],
    ['garden/03-x.asciidoc', [commit('both', '2024-05-01T00:00:00Z', 'Rename')]],
    ['garden/nl/03-x.asciidoc', [commit('both', '2024-05-01T00:00:00Z', 'Rename')]],
  ])

  it('lists an English edit after the translation, not a translation edit after the English one', () => {
    const check = findStaleTranslations([pair('01', 'de'), pair('02', 'fr'), pair('03', 'nl')], history)
    expect(check).toEqual({
      available: true,
      asOf: '2024-05-01T00:00:00.000Z',
      checked: 3,
      unknown: [],
      stale: [
        {
          ...pair('01', 'de'),
          commits: [commit('e3', '2024-03-15T12:00:00Z', 'Fix a link'), commit('e2', '2024-03-01T09:00:00+01:00', 'Rewrite the intro')],
          translatedAt: '2024-02-01T00:00:00Z',
          staleSince: '2024-03-01T09:00:00+01:00',
          // The history here names no authors.
          translators: [],
          // 2024-03-01 08:00 UTC to 2024-05-01 00:00 UTC
          days: 60,
        },
      ],
    })
  })

  it('cannot judge a pair whose history was not read, and says why when there is no history at all', () => {
    const check = findStaleTranslations([pair('01', 'de'), pair('04', 'de')], history)
    expect(check.available && check.unknown.map((p) => p.page)).toEqual(['garden/04.de.md'])
    expect(staleCount(check)).toBe(1)
    expect(staleCount(findStaleTranslations([pair('04', 'de')], history))).toBeNull() // nothing compared
    expect(findStaleTranslations([pair('01', 'de')], undefined, 'contributors: none reads no history')).toEqual({
      available: false,
      reason: 'contributors: none reads no history',
    })
  })
})
