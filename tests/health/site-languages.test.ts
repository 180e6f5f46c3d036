import { describe, expect, it } from 'vitest'
import { LANGUAGE_CONFIG_FILES, parseSiteLanguages, readSiteLanguages, type SiteFileReader } from '../../src/health/site-languages.js'
import { MAX_CONFIG_BYTES } from '../../src/shared/size-limit.js'
import { OptionError } from '../../src/shared/user-error.js'

// innersourcecommons.org's own file (config/_default/languages.yaml), shortened.
const SITE_YAML = `en:
  languageName: English
  contentDir: content/en
  weight: 10
de:
  languageName: Deutsch
  contentDir: content/de
pt-br:
  languageName: Português Brasileiro
  contentDir: content/pt-br
`

describe('parseSiteLanguages', () => {
  it('reads the top-level keys of a languages file (YAML, JSON), lower-cased and sorted', () => {
    expect(parseSiteLanguages('config/_default/languages.yaml', SITE_YAML)).toEqual({
      kind: 'found',
      file: 'config/_default/languages.yaml',
      languages: ['de', 'en', 'pt-br'],
      disabled: [],
    })
    expect(parseSiteLanguages('config/_default/languages.json', '{"en": {}, "Ja": {"disabled": true}}')).toEqual({
      kind: 'found',
      file: 'config/_default/languages.json',
      languages: ['en', 'ja'],
      disabled: ['ja'],
    })
  })

  it('reads the languages key of a main configuration, with disableLanguages', () => {
    const yaml = 'baseURL: https://x.org\ndisableLanguages: [fr]\nlanguages:\n  en: {weight: 1}\n  fr: {weight: 2}\n  es: {}\n'
    expect(parseSiteLanguages('hugo.yaml', yaml)).toMatchObject({ kind: 'found', languages: ['en', 'es', 'fr'], disabled: ['fr'] })
    const toml = [
      'baseURL = "https://x.org" # the site',
      'disableLanguages = [',
      '  "es",',
      ']',
      '[languages]',
      '  [languages.en]',
      '    weight = 1',
      '  [languages."pt-br"]',
      '    languageName = "Português [BR]"',
      '  [languages.ru]',
      '    disabled = true',
      '[params]',
      '  languages = "not these"',
      '[[menu.main]]',
      '  name = "x"',
    ].join('\n')
    expect(parseSiteLanguages('config.toml', toml)).toEqual({
      kind: 'found',
      file: 'config.toml',
      languages: ['en', 'pt-br', 'ru'],
      disabled: ['es', 'ru'],
    })
  })

  it('reads a TOML languages file, tables or dotted keys', () => {
    expect(
      parseSiteLanguages('config/_default/languages.toml', '[en]\nweight = 1\n[de]\n[zh.params]\nx = 1\nja.weight = 3\n'),
    ).toMatchObject({
      languages: ['de', 'en', 'zh'],
    })
    expect(parseSiteLanguages('config/_default/languages.toml', 'en.weight = 1\nfr.languageName = "Français"\n')).toMatchObject({
      languages: ['en', 'fr'],
    })
  })

  it('says so when the file has no languages or cannot be parsed', () => {
    expect(parseSiteLanguages('hugo.toml', 'title = "x"\n')).toEqual({
      kind: 'unreadable',
      file: 'hugo.toml',
      reason: 'it has no `languages`',
    })
    expect(parseSiteLanguages('hugo.yaml', 'title: x\n')).toMatchObject({ kind: 'unreadable', reason: 'it has no `languages`' })
    expect(parseSiteLanguages('config/_default/languages.yaml', 'en: [\n')).toMatchObject({
      kind: 'unreadable',
      file: 'config/_default/languages.yaml',
    })
  })
})

describe('readSiteLanguages', () => {
  const reader = (files: Record<string, string>): { read: SiteFileReader; asked: (readonly string[])[] } => {
    const asked: (readonly string[])[] = []
    return {
      asked,
      read: (paths) => {
        asked.push(paths)
        const path = paths.find((p) => p in files)
        return Promise.resolve(path ? { path, text: files[path] } : null)
      },
    }
  }

  it('asks once for the usual files, most specific first', async () => {
    const site = reader({ 'hugo.toml': '[languages.en]\n', 'config/_default/languages.yaml': SITE_YAML })
    expect(await readSiteLanguages(site.read)).toMatchObject({ kind: 'found', file: 'config/_default/languages.yaml' })
    expect(site.asked).toEqual([LANGUAGE_CONFIG_FILES])
    expect(LANGUAGE_CONFIG_FILES.slice(0, 2)).toEqual(['config/_default/languages.toml', 'config/_default/languages.yaml'])
  })

  it('finds nothing on a site without a configuration, and refuses a named file that is not there', async () => {
    expect(await readSiteLanguages(reader({}).read)).toEqual({ kind: 'none', looked: LANGUAGE_CONFIG_FILES })
    expect(await readSiteLanguages(undefined)).toEqual({ kind: 'none', looked: LANGUAGE_CONFIG_FILES })
    const named = reader({ 'site/langs.yaml': 'languages:\n  en: {}\n' })
    expect(await readSiteLanguages(named.read, 'site/langs.yaml')).toMatchObject({ kind: 'found', languages: ['en'] })
    await expect(readSiteLanguages(named.read, 'site/missing.yaml')).rejects.toThrow(OptionError)
    await expect(readSiteLanguages(named.read, 'site/missing.yaml')).rejects.toThrow(/site-languages-file: site\/missing.yaml/)
    await expect(readSiteLanguages(named.read, '../outside.yaml')).rejects.toThrow(/must be a path inside the website repository/)
  })
})

describe('hostile site configurations (issue 21)', () => {
  /** The shape: a table path of 32,000 parts, then keys inside it (the old reader copied the path into each). */
  const deepTable = (keys: number) =>
    `[${Array.from({ length: 32_000 }, () => 'p').join('.')}]\n${Array.from({ length: keys }, (_, i) => `${i.toString(36)}=1\n`).join('')}[languages.en]\n`

  it('reads a hugo.toml with a 32,000-part table path and 10,000 keys under it (4.3 GB and a crash before)', () => {
    const text = deepTable(10_000)
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_CONFIG_BYTES)
    expect(parseSiteLanguages('hugo.toml', text)).toEqual({ kind: 'found', file: 'hugo.toml', languages: ['en'], disabled: [] })
  })

  it('refuses a configuration over the size limit, naming the file, its size and the limit', () => {
    const text = deepTable(40_000)
    for (const file of ['hugo.toml', 'config/_default/languages.yaml', 'config.json']) {
      expect(parseSiteLanguages(file, text)).toEqual({
        kind: 'unreadable',
        file,
        reason: `${Buffer.byteLength(text).toLocaleString('en-US')} bytes, more than the 131,072 bytes (128 KiB) a site language configuration may have`,
      })
    }
  })

  it('reads languages written as an inline table (reported as having none before)', () => {
    const toml = 'title = "x"\nlanguages = { en = { weight = 1 }, de = { weight = 2, disabled = true } }\n'
    expect(parseSiteLanguages('hugo.toml', toml)).toEqual({ kind: 'found', file: 'hugo.toml', languages: ['de', 'en'], disabled: ['de'] })
  })

  it('still refuses a duplicate key in YAML (found by a set per mapping now, see tests/reliability/linear-scans.test.ts)', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => `l${i}: {}`).join('\n')
    expect(parseSiteLanguages('config/_default/languages.yaml', many)).toMatchObject({ kind: 'found' })
    expect(parseSiteLanguages('config/_default/languages.yaml', 'en: {}\nde: {}\nen: {}\n')).toEqual({
      kind: 'unreadable',
      file: 'config/_default/languages.yaml',
      reason: 'Map keys must be unique: "en" at line 3, column 1',
    })
  })
})
