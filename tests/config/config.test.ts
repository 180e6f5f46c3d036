import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { parseSectionData } from '../../src/config/section-data.js'
import { parseUrls } from '../../src/config/urls.js'
import { youtubeCodeOf } from '../../src/config/youtube.js'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { createMemorySourceTree } from '../../src/discover/memory-source-tree.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'

const SECTION = {
  learning_path_group: 'Intro',
  dirName: 'intro',
  workbook: '01-intro.asciidoc',
  workbookImage: 'w.png',
  image: 'i.png',
  renderArticles: true,
}
const FILE = 'scripts/section_data.json'

function sections(entries: unknown): string {
  return JSON.stringify(entries)
}

describe('parseSectionData', () => {
  it('reads the sections in order with their position', () => {
    expect(parseSectionData(sections([SECTION, { ...SECTION, dirName: 'two', workbook: '' }]), FILE)).toEqual([
      {
        group: 'Intro',
        dirName: 'intro',
        workbook: '01-intro.asciidoc',
        workbookImage: 'w.png',
        image: 'i.png',
        renderArticles: true,
        position: 0,
      },
      { group: 'Intro', dirName: 'two', workbook: '', workbookImage: 'w.png', image: 'i.png', renderArticles: true, position: 1 },
    ])
  })

  it.each([
    ['{ not json', /^scripts\/section_data.json:1:3: invalid JSON: /],
    // Node 20 does not say where for an unexpected token: the line and column are found all the same.
    ['[\n  {"a": 1},\n  x\n]', /^scripts\/section_data.json:3:3: invalid JSON: Unexpected token 'x'/],
    ['[\n  {"a": 1}', /^scripts\/section_data.json:2:11: invalid JSON: /],
    ['{"a": 1}', 'scripts/section_data.json: must be a JSON list of sections, got a mapping'],
    ['[]', 'scripts/section_data.json: lists no sections'],
    [sections(['intro']), 'scripts/section_data.json: [0] must be an object, got string "intro"'],
    [sections([{ ...SECTION, dirName: undefined }]), 'scripts/section_data.json: [0].dirName is missing'],
    [
      sections([{ ...SECTION, renderArticles: 'yes' }]),
      'scripts/section_data.json: [0].renderArticles must be true or false, got string "yes"',
    ],
    [sections([{ ...SECTION, image: 3 }]), 'scripts/section_data.json: [0].image must be a string, got number 3'],
    [sections([{ ...SECTION, learning_path_group: ' ' }]), 'scripts/section_data.json: [0].learning_path_group is empty'],
    [
      sections([SECTION, { ...SECTION, dirName: '../etc' }]),
      'scripts/section_data.json: [1].dirName "../etc" escapes the source folder (absolute or "..")',
    ],
    [
      sections([{ ...SECTION, dirName: '/etc' }]),
      'scripts/section_data.json: [0].dirName "/etc" escapes the source folder (absolute or "..")',
    ],
    [
      sections([{ ...SECTION, dirName: 'a/../intro' }]),
      'scripts/section_data.json: [0].dirName "a/../intro" must be a plain folder path (no ".", "..", "//" or "\\")',
    ],
    [sections([SECTION, SECTION]), 'scripts/section_data.json: [1].dirName "intro" repeats [0].dirName'],
    [
      sections([{ ...SECTION, workbook: '../x.asciidoc' }]),
      'scripts/section_data.json: [0].workbook must be a file name inside workbook/, got "../x.asciidoc"',
    ],
  ])('rejects %s with a message naming file and field', (text, message) => {
    expect(() => parseSectionData(text, FILE)).toThrow(message)
  })

  // Before (issue 21): `intro\nfake/path` was a section; its pages' paths held the line break,
  // so the `changed-files` output (one path a line) listed `fake/path/...` as a changed file.
  it.each([
    ['dirName', 'intro\nfake/path', 'a line break (U+000A) at character 6'],
    ['dirName', 'intro\r', 'a line break (U+000D) at character 6'],
    ['dirName', 'in\u202etro', 'a bidirectional control (U+202E) at character 3'],
    ['dirName', 'in\ttro', 'a control character (U+0009) at character 3'],
    ['workbook', '01-\u2028x.asciidoc', 'a line break (U+2028) at character 4'],
    ['image', 'i\u0000.png', 'a control character (U+0000) at character 2'],
    ['workbookImage', 'w\u2066.png', 'a bidirectional control (U+2066) at character 2'],
  ])('rejects a %s holding %j, naming file, field and character, without echoing the value', (field, value, what) => {
    const error = (() => {
      try {
        parseSectionData(sections([{ ...SECTION, [field]: value }]), FILE)
      } catch (caught) {
        return (caught as Error).message
      }
    })()
    expect(error).toBe(
      `${FILE}: [0].${field} holds ${what}: a path here may not hold line breaks, control characters or bidirectional controls`,
    )
  })
})

describe('parseUrls', () => {
  it('groups entries per section name, lower-cased; the n-th entry is article n', () => {
    const videos = parseUrls(
      `---\n- section: Intro\n  video:\n    youtube: https://www.youtube.com/watch?v=l93ohSHhr5U\n- section: intro\n  article: {}\n- section: trusted committer\n  video:\n    youtube: ''\n`,
      'config/urls.yaml',
    )
    expect([...videos]).toEqual([
      ['intro', [{ youtubeCode: 'l93ohSHhr5U' }, { youtubeCode: '' }]],
      ['trusted committer', [{ youtubeCode: '' }]],
    ])
  })

  it.each([
    ['- section: [unclosed', /^config\/urls.yaml:1:21: invalid YAML: /],
    [
      '- section: a\n  video:\n    youtube: [x,\n  y]\n',
      /^config\/urls.yaml:4:3: invalid YAML: Flow sequence in block collection must be sufficiently indented/,
    ],
    ['section: intro', 'config/urls.yaml: must be a YAML list of entries, got a mapping'],
    ['- video: {}', 'config/urls.yaml: [0].section is missing'],
    ['- section: 3', 'config/urls.yaml: [0].section must be a string, got number 3'],
  ])('rejects %j', (text, message) => {
    expect(() => parseUrls(text, 'config/urls.yaml')).toThrow(message)
  })

  it('keeps an entry whose video link is unusable, marked with file, line and problem (it fails its article, not the run)', () => {
    const text =
      '- section: a\n  video:\n    youtube: https://www.youtube.com/watch?v=ok1\n- section: a\n  video:\n    youtube: https://vimeo.com/1\n- section: a\n  video: nope\n'
    expect(parseUrls(text, 'config/urls.yaml').get('a')).toEqual([
      { youtubeCode: 'ok1' },
      {
        youtubeCode: '',
        invalid: { file: 'config/urls.yaml', line: 6, message: '[1].video.youtube is not a YouTube video URL: "https://vimeo.com/1"' },
      },
      { youtubeCode: '', invalid: { file: 'config/urls.yaml', line: 8, message: '[2].video must be a mapping, got string "nope"' } },
    ])
  })

  it('reads the video id of the usual YouTube URL shapes', () => {
    expect(youtubeCodeOf('https://www.youtube.com/watch?v=abc_DEF-123&t=10')).toBe('abc_DEF-123')
    expect(youtubeCodeOf('https://youtu.be/abc123')).toBe('abc123')
    expect(youtubeCodeOf('https://www.youtube.com/embed/abc123')).toBe('abc123')
    expect(youtubeCodeOf('https://www.youtube.com/watch')).toBeNull()
    expect(youtubeCodeOf('not a url')).toBeNull()
  })
})

describe('loadConfig', () => {
  const valid = {
    'scripts/section_data.json': sections([SECTION]),
    'config/urls.yaml': '- section: intro\n',
    'intro/index.md': '---\ntitle: Intro\n---\n',
  }

  it('names a missing file, and uses overridden paths', async () => {
    const { 'scripts/section_data.json': _sections, ...withoutSections } = valid
    await expect(loadConfig(createMemorySourceTree(withoutSections, 'src'))).rejects.toThrow(
      'scripts/section_data.json: section list not found in src',
    )
    const { 'config/urls.yaml': _urls, ...withoutUrls } = valid
    await expect(loadConfig(createMemorySourceTree(withoutUrls, 'src'))).rejects.toThrow(
      'config/urls.yaml: video URL list not found in src',
    )
    const moved = createMemorySourceTree({ ...withoutUrls, 'conf/sections.json': sections([SECTION]), 'conf/videos.yml': '' })
    const config = await loadConfig(moved, { sectionsFile: 'conf/sections.json', urlsFile: 'conf/videos.yml' })
    expect(config).toMatchObject({ sectionsFile: 'conf/sections.json', urlsFile: 'conf/videos.yml' })
    await expect(loadConfig(moved, { sectionsFile: 'conf/nope.json' })).rejects.toThrow(
      'conf/nope.json: section list not found in (memory)',
    )
  })

  it('names the section whose folder does not exist', async () => {
    const tree = createMemorySourceTree(
      { ...valid, 'scripts/section_data.json': sections([SECTION, { ...SECTION, dirName: 'gone' }]) },
      'src',
    )
    await expect(loadConfig(tree)).rejects.toThrow('scripts/section_data.json: [1].dirName: section folder "gone" does not exist in src')
  })

  it('rejects a config file that is not UTF-8 text', async () => {
    const tree = createMemorySourceTree({ ...valid, 'config/urls.yaml': new Uint8Array([0x2d, 0x20, 0xff]) })
    await expect(loadConfig(tree)).rejects.toThrow('config/urls.yaml: not valid UTF-8')
  })
})

describeCorpus('loadConfig on the fixture', () => {
  it('loads the fixture: five sections and the videos of four', async () => {
    const config = await loadConfig(createFsSourceTree(CORPUS_SOURCE))
    expect(config.sections.map((section) => section.dirName)).toEqual([
      'introduction',
      'trusted-committer',
      'contributor',
      'product-owner',
      'project-leader',
    ])
    expect([...config.videos.keys()]).toEqual(['introduction', 'trusted committer', 'product owner', 'contributor'])
    expect(config.videos.get('introduction')!.map((video) => video.youtubeCode)).toEqual([
      'l93ohSHhr5U',
      'v9fL-E3ZVdc',
      'jPPwnaEBd8U',
      'PFLmOWCEpi4',
      'rLiDsM3w5YM',
      'cFmg-c9IunM',
      '',
      '',
      'd79Qw1YmP-E',
    ])
  })
})

/** What a urls-file pointed at the runner's environment would hold. */
const SECRET = 'ghs_EnvironmentDumpSecret42'
const dump = ['HOME=/home/runner', ...Array.from({ length: 40 }, (_, i) => `VAR_${i}=value-${i}`), `GITHUB_TOKEN=${SECRET}`, ''].join('\n')

describe('values in errors', () => {
  it('a value of a source file is quoted, cut to 80 characters, with its length said', () => {
    let message = ''
    try {
      parseUrls(dump, 'config/urls.yaml')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(
      /^config\/urls\.yaml: must be a YAML list of entries, got string "HOME=\/home\/runner VAR_0=value-0 .*… \(\d+ characters\)$/,
    )
    expect(message).not.toContain(SECRET)
    expect(message.length).toBeLessThan(200)
    expect(() =>
      parseSectionData(sections([{ ...SECTION, image: 'x'.repeat(500) + SECRET }]).replace('"image":"', '"image":'), FILE),
    ).toThrow(/invalid JSON: .{1,80}$/)
    expect(() => parseSectionData(sections([{ ...SECTION, dirName: `../${'d'.repeat(200)}` }]), FILE)).toThrow(
      `[0].dirName "../${'d'.repeat(75)}… (205 characters) escapes the source folder`,
    )
  })
})

describeCorpus('values in errors, on the fixture', () => {
  it('a file outside the source folder (an absolute path) has none of its content shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lps-runner-env-'))
    writeFileSync(join(dir, 'env'), dump)
    writeFileSync(join(dir, 'env.json'), `{"HOME": "/home/runner", GITHUB_TOKEN=${SECRET}}`)
    writeFileSync(join(dir, 'list.json'), JSON.stringify([{ ...SECTION, dirName: SECRET }]))
    const tree = createFsSourceTree(CORPUS_SOURCE)
    const failure = (options: { urlsFile?: string; sectionsFile?: string }) =>
      loadConfig(tree, options).then(
        () => '',
        (error: Error) => error.message,
      )

    const urls = await failure({ urlsFile: join(dir, 'env') })
    expect(urls).toBe(`${join(dir, 'env')}: must be a YAML list of entries, got string (not shown: the file is outside the source folder)`)
    const json = await failure({ sectionsFile: join(dir, 'env.json') })
    expect(json).toMatch(/^\/.*env\.json:1:26: invalid JSON: .*\(content not shown: the file is outside the source folder\)$/)
    const field = await failure({ sectionsFile: join(dir, 'list.json') })
    expect(field).toBe(
      `${join(dir, 'list.json')}: [0].dirName: section folder (not shown: the file is outside the source folder) does not exist in ${CORPUS_SOURCE}`,
    )
    for (const message of [urls, json, field]) expect(message).not.toContain(SECRET)
  })
})
