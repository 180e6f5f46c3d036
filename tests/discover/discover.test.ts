import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { articleNumberOf } from '../../src/discover/articles.js'
import { discoverSources } from '../../src/discover/discover.js'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { parseLanguageSelection } from '../../src/shared/language-selection.js'
import { createMemorySourceTree } from '../../src/discover/memory-source-tree.js'
import { UnsafeSourceError } from '../../src/discover/unsafe-source.js'
import type { DiscoveredSources } from '../../src/discover/types.js'
import { CORPUS_SOURCE, CORPUS_WEBSITE, describeCorpus } from '../support/corpus.js'
import { readdirSync } from 'node:fs'

describe('articleNumberOf', () => {
  it('takes NN-*.asciidoc files except those ending in script.asciidoc', () => {
    expect(articleNumberOf('01-introduction.asciidoc')).toBe('01')
    expect(articleNumberOf('06-conclusion-script-es.asciidoc')).toBe('06')
    expect(articleNumberOf('01-introduction-script.asciidoc')).toBeNull()
    expect(articleNumberOf('trusted-committer-script.asciidoc')).toBeNull()
    expect(articleNumberOf('02-problems-solved-captions-en.vtt')).toBeNull()
    expect(articleNumberOf('outline.asciidoc')).toBeNull()
    expect(articleNumberOf('1-short.asciidoc')).toBeNull()
  })
})

describeCorpus('discoverSources on the fixture', () => {
  let found: DiscoveredSources

  beforeAll(async () => {
    const tree = createFsSourceTree(CORPUS_SOURCE)
    found = await discoverSources(tree, await loadConfig(tree))
  })

  it('finds every article the website publishes, and the Spanish contributor 06 "script" among them', () => {
    for (const section of ['introduction', 'contributor']) {
      const published = readdirSync(join(CORPUS_WEBSITE, section))
        .map((file) => /^(\d+)(?:\.([\w-]+))?\.md$/.exec(file))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => `${section}/${match[1]}/${match[2] ?? 'en'}`)
      const discovered = [...found.articlePages].filter((key) => key.startsWith(`${section}/`))
      expect(discovered.sort()).toEqual(published.sort())
    }
    const spanish = found.sections[2].languages.find((language) => language.language === 'es')!
    expect(spanish.articles.map((article) => article.path)).toContain('contributor/es/06-conclusion-script-es.asciidoc')
    expect(found.sections[2].languages[0].articles.map((article) => article.path)).toEqual([
      'contributor/01-introduction-article.asciidoc',
      'contributor/02-becoming-a-contributor-article.asciidoc',
      'contributor/03-contributor-ethos-article.asciidoc',
      'contributor/04-mechanics-of-contributing-article.asciidoc',
      'contributor/05-benefits-of-contribution-article.asciidoc',
      'contributor/06-conclusion-article.asciidoc',
    ])
  })

  it('lists languages English first, then folders in name order, with their index source', () => {
    const introduction = found.sections[0]
    expect(introduction.languages.map((language) => language.language)).toEqual(['en', 'de', 'es', 'fr', 'it', 'ja', 'pt-br', 'ru', 'zh'])
    const trusted = found.sections[1]
    expect(trusted.languages.map(({ language, index }) => `${language}:${index?.path}:${index?.translated}`)).toEqual([
      'en:trusted-committer/index.md:true',
      'de:trusted-committer/de/index.md:true',
      'es:trusted-committer/es/index.md:true',
      'fr:trusted-committer/index.md:false',
      'it:trusted-committer/index.md:false',
      'ja:trusted-committer/ja/index.md:true',
      'pt-br:trusted-committer/index.md:false',
      'zh:trusted-committer/zh/index.md:true',
    ])
    expect(trusted.englishArticleCount).toBe(8)
    expect(found.sections[3].languages.find((language) => language.language === 'de')!.articles).toEqual([])
    expect(found.sections[4].workbook).toBeNull()
    expect(found.sections[0].workbook!.path).toBe('workbook/01-introduction.asciidoc')
    expect(found.warnings).toEqual([])
  })

  it('reads only the selected languages but still knows every page', async () => {
    const tree = createFsSourceTree(CORPUS_SOURCE)
    const german = await discoverSources(tree, await loadConfig(tree), { languages: parseLanguageSelection('de') })
    expect(german.sections[0].languages.map((language) => language.language)).toEqual(['de'])
    expect(german.articlePages).toEqual(found.articlePages)
  })
})

describe('discoverSources on small trees', () => {
  const base = {
    'scripts/section_data.json': JSON.stringify([
      { learning_path_group: 'A', dirName: 'a', workbook: '', image: 'i', renderArticles: true },
    ]),
    'config/urls.yaml': '',
    'a/index.md': '---\ntitle: A\n---\n',
    'a/01-one.asciidoc': '== One\n',
  }
  const discover = async (files: Record<string, string>) => {
    const tree = createMemorySourceTree({ ...base, ...files })
    return discoverSources(tree, await loadConfig(tree))
  }

  it('sorts articles by number, whatever the listing order', async () => {
    const result = await discover({ 'a/10-ten.asciidoc': '== Ten\n', 'a/02-two.asciidoc': '== Two\n' })
    expect(result.sections[0].languages[0].articles.map((article) => article.number)).toEqual(['01', '02', '10'])
  })

  it('skips, with a warning, a file or folder whose name holds a line break, a control or a bidirectional control', async () => {
    const result = await discover({
      'a/notes\n::add-mask::x/01-one.asciidoc': '== One\n',
      'a/de\u202e/01-eins.asciidoc': '== Eins\n',
      'a/02-t\u202ewo.asciidoc': '== Two\n',
      'a/de/03-th\rree.asciidoc': '== Three\n',
      'a/de/01-eins.asciidoc': '== Eins\n',
    })
    expect(result.sections[0].languages.map((language) => [language.language, language.articles.map((a) => a.path)])).toEqual([
      ['en', ['a/01-one.asciidoc']],
      ['de', ['a/de/01-eins.asciidoc']],
    ])
    const rule = '(names may not hold line breaks, control characters or bidirectional controls)'
    const skipped = (file: string, message: string) => ({ file, message: `${message} ${rule}`, kind: 'skipped-name' })
    expect(result.warnings).toEqual([
      skipped('a', 'folder "de\\u202e" skipped: its name holds a bidirectional control (U+202E) at character 3'),
      skipped('a', 'folder "notes\\n::add-mask::x" skipped: its name holds a line break (U+000A) at character 6'),
      skipped('a', 'file "02-t\\u202ewo.asciidoc" skipped: its name holds a bidirectional control (U+202E) at character 5'),
      skipped('a/de', 'file "03-th\\rree.asciidoc" skipped: its name holds a line break (U+000D) at character 6'),
    ])
  })

  it('skips, with a warning, folders that are not translations', async () => {
    const result = await discover({
      'a/images/logo.svg': '<svg/>',
      'a/en/01-one.asciidoc': '== One\n',
      'a/de/01-eins.asciidoc': '== Eins\n',
    })
    expect(result.sections[0].languages.map((language) => language.language)).toEqual(['en', 'de'])
    expect(result.warnings).toEqual([
      { file: 'a/en', message: expect.stringContaining('cannot be a translation'), kind: 'skipped-name' },
      { file: 'a/images', message: expect.stringContaining('not a translation, skipped'), kind: 'skipped-name' },
    ])
  })
})

describe('the filesystem tree', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'lps-tree-'))
    await mkdir(join(root, 'src/a'), { recursive: true })
    await mkdir(join(root, 'src/.git'), { recursive: true })
    await mkdir(join(root, 'src/b'), { recursive: true })
    await writeFile(join(root, 'src/a/01-x.asciidoc'), '== X\n')
    await writeFile(join(root, 'src/.git/config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n')
    await writeFile(join(root, 'outside.txt'), 'secret')
    await symlink(join(root, 'src/a'), join(root, 'src/b/linked'))
    await symlink('../.git/config', join(root, 'src/a/02-config.asciidoc'))
    return () => rm(root, { recursive: true, force: true })
  })

  it('refuses relative paths that leave the root, lists sorted entries, leaves .git out and reads absolute paths as given', async () => {
    const tree = createFsSourceTree(join(root, 'src'))
    await expect(tree.readBytes('../outside.txt')).rejects.toThrow('path leaves the source folder: ../outside.txt')
    expect(await tree.list('')).toEqual([
      { name: 'a', kind: 'directory' },
      { name: 'b', kind: 'directory' },
    ])
    expect(await tree.exists('a/01-x.asciidoc')).toBe(true)
    expect(await tree.isDirectory('a/01-x.asciidoc')).toBe(false)
    expect(await tree.exists('a/missing.asciidoc')).toBe(false)
    expect(new TextDecoder().decode(await tree.readBytes(join(root, 'outside.txt')))).toBe('secret')
  })

  it('refuses every symbolic link, naming it, even one that stays inside the root', async () => {
    const tree = createFsSourceTree(join(root, 'src'))
    const link = /^a\/02-config\.asciidoc: a symbolic link/
    // A listing names the link (so that file alone fails, per issue 13); reading it is refused.
    expect((await tree.list('a')).map((e) => e.name)).toContain('02-config.asciidoc')
    await expect(tree.readBytes('a/02-config.asciidoc')).rejects.toThrow(link)
    await expect(tree.exists('a/02-config.asciidoc')).rejects.toThrow(link)
    await expect(tree.list('b/linked')).rejects.toThrow(/^b\/linked: a symbolic link/)
    // A linked folder on the way to a file is refused too, not followed.
    await expect(tree.readBytes('b/linked/01-x.asciidoc')).rejects.toThrow(/^b\/linked: a symbolic link/)
    await expect(tree.isDirectory('b/linked')).rejects.toBeInstanceOf(UnsafeSourceError)
  })

  it('never reads under .git/, whatever the spelling', async () => {
    const tree = createFsSourceTree(join(root, 'src'))
    for (const path of ['.git/config', 'a/../.git/config', '.GIT/config', join(root, 'src/.git/config')]) {
      await expect(tree.readBytes(path), path).rejects.toThrow(/inside \.git\/: the sync never reads git's own files/)
    }
    await expect(tree.list('.git')).rejects.toBeInstanceOf(UnsafeSourceError)
    await expect(tree.exists('.git')).rejects.toBeInstanceOf(UnsafeSourceError)
  })
})
