// Bad input from content authors or the workflow: a clear error naming the file (and nothing
// written), or a skip with a warning that keeps the page the site has. Either way no page of
// the site is lost.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../../src/shared/user-error.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { copyCorpusSource, CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { acceptedWrites, fileAt, LIGHT, PAGINATED, repoState, type RepoState } from '../support/reliability.js'
import {
  BRANCH,
  NO_CREDIT,
  runFailing,
  runLogged,
  seeded,
  seedSite,
  startSiteGitHub,
  syncOptions,
  TARGET,
  type OptionOverrides,
} from '../support/sync.js'

const SITE = 'authors/site'
let gh: FakeGitHub
let untouched: RepoState
const copies: string[] = []

/** A copy of the learning path, changed by `edit` (paths relative to its root). */
function sourcesWith(edit: (file: (rel: string) => string) => void): string {
  const dir = copyCorpusSource()
  copies.push(dir)
  edit((rel) => path.join(dir, rel))
  return dir
}

const SECTIONS = 'scripts/section_data.json'
const sections = (at: (rel: string) => string) => JSON.parse(readFileSync(at(SECTIONS), 'utf8')) as Record<string, unknown>[]
const writeSections = (at: (rel: string) => string, list: unknown) => writeFileSync(at(SECTIONS), JSON.stringify(list, null, 2))
/** Latin-1 bytes: "Café" as a Windows editor might save it. */
const LATIN1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])

/** A file outside the sources, standing for a credential on the runner. */
const SECRET_FILE = path.join(mkdtempSync(path.join(tmpdir(), 'lps-runner-home-')), '01-credentials.asciidoc')
writeFileSync(SECRET_FILE, '== Credentials\n\nhttps://x-access-token:ghs_notForTheWebsite@github.com\n')

/** What actions/checkout leaves in .git/config: the workflow's token, base64 in an extraheader (issue 11). */
const PLANTED_TOKEN = 'ghs_CheckoutTokenNotForTheWebsite'
function plantGitConfig(at: (rel: string) => string): void {
  mkdirSync(at('.git'), { recursive: true })
  const header = Buffer.from(`x-access-token:${PLANTED_TOKEN}`).toString('base64')
  writeFileSync(
    at('.git/config'),
    `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${header}\n== ${PLANTED_TOKEN}\n`,
  )
}

/** A file of the runner outside the sources: a dump of its environment (see the urls-file case). */
const ENV_DUMP = path.join(path.dirname(SECRET_FILE), 'environment')

type Case = [name: string, edit: (at: (rel: string) => string) => void, message: RegExp, options?: OptionOverrides]

const REFUSED: Case[] = [
  [
    'malformed section_data.json',
    (at) => writeFileSync(at(SECTIONS), '[{"dirName": "introduction",'),
    /^scripts\/section_data\.json:1:29: invalid JSON/,
  ],
  [
    'section_data.json of the wrong shape',
    (at) => writeFileSync(at(SECTIONS), '{"introduction": true}'),
    /^scripts\/section_data\.json: must be a JSON list of sections/,
  ],
  ['section_data.json not valid UTF-8', (at) => writeFileSync(at(SECTIONS), LATIN1), /^scripts\/section_data\.json: not valid UTF-8/],
  [
    'malformed urls.yaml',
    (at) => writeFileSync(at('config/urls.yaml'), '- section: Introduction\n  video: [unclosed\n'),
    /^config\/urls\.yaml:3:1: invalid YAML: Flow sequence in block collection/,
  ],
  [
    'a section dirName climbing out with ..',
    (at) =>
      writeSections(
        at,
        sections(at).map((s, i) => (i === 1 ? { ...s, dirName: '../../etc' } : s)),
      ),
    /^scripts\/section_data\.json: \[1\]\.dirName "\.\.\/\.\.\/etc" escapes the source folder/,
  ],
  [
    'an absolute section dirName',
    (at) =>
      writeSections(
        at,
        sections(at).map((s, i) => (i === 0 ? { ...s, dirName: '/etc' } : s)),
      ),
    /^scripts\/section_data\.json: \[0\]\.dirName "\/etc" escapes the source folder/,
  ],
  [
    'two sections with the same dirName (same pages twice)',
    (at) => writeSections(at, [...sections(at), { ...sections(at)[0], learning_path_group: 'Again' }]),
    /^scripts\/section_data\.json: \[5\]\.dirName "introduction" repeats \[0\]\.dirName/,
  ],
  [
    'an empty source repository (empty folder)',
    (at) => {
      rmSync(at(''), { recursive: true, force: true })
      mkdirSync(at(''))
    },
    /^scripts\/section_data\.json: section list not found/,
  ],
  [
    // Issue 11: a section folder is read for every page of the section, so a link there stops the run.
    'a section folder that is a link inside the source folder',
    (at) => {
      renameSync(at('contributor'), at('contributor-real'))
      symlinkSync('contributor-real', at('contributor'))
    },
    /^contributor: a symbolic link: the sources must be plain files and folders/,
  ],
  [
    'a section whose folder is .git',
    (at) => {
      plantGitConfig(at)
      writeFileSync(at('.git/index.md'), '---\ntitle: git\n---\n')
      writeSections(
        at,
        sections(at).map((s, i) => (i === 1 ? { ...s, dirName: '.git' } : s)),
      )
    },
    /^\.git: inside \.git\/: the sync never reads git's own files/,
  ],
  [
    'a section list inside .git/',
    (at) => {
      plantGitConfig(at)
      writeFileSync(at('.git/sections.json'), readFileSync(at(SECTIONS)))
    },
    /^\.git\/sections\.json: inside \.git\//,
    { source: { sectionsFile: '.git/sections.json' } },
  ],
  [
    // The workflow names a file of the runner (a dump of the environment) as the video list:
    // the error printed the whole file (issue 11).
    'a urls-file that is a dump of the environment, outside the source folder',
    () => writeFileSync(ENV_DUMP, `HOME=/home/runner\nGITHUB_TOKEN=${PLANTED_TOKEN}\nPATH=/usr/bin\n`),
    /^\/.*\/environment: must be a YAML list of entries, got string \(not shown: the file is outside the source folder\)$/,
    { source: { urlsFile: ENV_DUMP } },
  ],
  ['a section_data.json listing no sections', (at) => writeFileSync(at(SECTIONS), '[]'), /^scripts\/section_data\.json: lists no sections/],
  [
    'an empty section folder',
    (at) => {
      rmSync(at('contributor'), { recursive: true, force: true })
      mkdirSync(at('contributor'))
    },
    /^contributor\/index\.md: the index page of section "contributor" is missing/,
  ],
]

describeCorpus('bad input', () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
    await seedSite(gh, SITE)
    untouched = repoState(gh, SITE)
  })
  afterAll(async () => {
    await gh?.close()
    for (const dir of copies) rmSync(dir, { recursive: true, force: true })
  })

  describe('bad input refused with a clear error naming the file; nothing written', () => {
    it.each(REFUSED)('%s', async (_name, edit, message, options = {}) => {
      const { error, requests } = await runFailing(gh, syncOptions(gh, sourcesWith(edit), SITE, LIGHT, NO_CREDIT, options))
      expect(error).toBeInstanceOf(UserError)
      expect(error.message).toMatch(message)
      expect(error.message).not.toContain('\n')
      expect(error.message).not.toContain(PLANTED_TOKEN)
      expect(acceptedWrites(requests)).toEqual([])
      expect(repoState(gh, SITE)).toEqual(untouched)
    })

    it.each(['../site', '/content/en/learn', 'content/../../learning-path'])(
      'a target-path escaping the repository (%s): refused before any request',
      async (targetPath) => {
        const { error, requests } = await runFailing(
          gh,
          syncOptions(gh, CORPUS_SOURCE, SITE, LIGHT, NO_CREDIT, { target: { path: targetPath } }),
        )
        expect(error).toBeInstanceOf(UserError)
        expect(error.message).toMatch(/^target-path: '.*' must (be a relative POSIX path|not contain '\.\.')/)
        expect(requests).toEqual([])
      },
    )

    it('a source folder that does not exist', async () => {
      const missing = path.join(mkdtempSync(path.join(tmpdir(), 'lps-gone-')), 'learning-path')
      const { error, requests } = await runFailing(gh, syncOptions(gh, missing, SITE, LIGHT, NO_CREDIT))
      expect(error).toBeInstanceOf(UserError)
      expect(error.message).toContain('scripts/section_data.json')
      expect(acceptedWrites(requests)).toEqual([])
    })
  })

  describe('one bad file fails its own pages: an error naming it, its pages kept, the rest published', () => {
    it('an article not valid UTF-8, a binary article and a translation not valid UTF-8', async () => {
      const failed = {
        'introduction/02-problems-solved.asciidoc': 'introduction/02.md',
        'contributor/03-contributor-ethos-article.asciidoc': 'contributor/03.md',
        'contributor/es/05-benefits-of-contribution-article-es.asciidoc': 'contributor/05.es.md',
      }
      const source = sourcesWith((at) => {
        writeFileSync(
          at('introduction/02-problems-solved.asciidoc'),
          Buffer.concat([Buffer.from('== What Problems Does InnerSource Solve?\n\n'), LATIN1]),
        )
        writeFileSync(at('contributor/03-contributor-ethos-article.asciidoc'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]))
        writeFileSync(at('contributor/es/05-benefits-of-contribution-article-es.asciidoc'), LATIN1)
      })
      const repo = 'skips/site'
      await seedSite(gh, repo)
      const { result, lines } = await runLogged(gh, syncOptions(gh, source, repo, PAGINATED))
      expect(result.operation).toBe('created')
      expect(result.contentErrors.map((e) => e.file)).toEqual(Object.keys(failed).sort())
      for (const [file, page] of Object.entries(failed)) {
        expect(
          lines.some((l) => l.startsWith(`error: ${file}: `) && l.endsWith(`(left as the site has it: ${page})`)),
          file,
        ).toBe(true)
        expect(result.summary).toContain(`\`${file}\`: `)
        // Kept: not deleted, not changed, still on the proposed branch byte for byte.
        expect(result.changedFiles).not.toContain(`${TARGET}/${page}`)
        expect(fileAt(gh, repo, BRANCH, `${TARGET}/${page}`)).toBe(seeded()[page])
      }
      // Not one page of the site changes: the pull request only adds the withheld sections.
      expect(result.counts).toMatchObject({ updated: 0, deleted: 0, protected: 0 })
      const [pull] = gh.pulls(repo)
      expect(pull.body).toContain('**3 source file(s) failed**')
    })

    const ISOLATED: [name: string, edit: (at: (rel: string) => string) => void, file: string, message: RegExp, pages: string[]][] = [
      [
        'a binary section index.md',
        (at) => writeFileSync(at('contributor/index.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
        'contributor/index.md',
        /^binary content/,
        // pt-br shows the English index.md, so its section page is kept with it.
        ['contributor/_index.md', 'contributor/_index.pt-br.md'],
      ],
      [
        'two sources mapping to the same page',
        (at) => writeFileSync(at('introduction/01-introduction-copy.asciidoc'), readFileSync(at('introduction/01-introduction.asciidoc'))),
        'introduction/01-introduction-copy.asciidoc',
        /^two articles would become the same page introduction\/01\.md: introduction\/01-introduction-copy\.asciidoc and introduction\/01-introduction\.asciidoc; rename or remove one$/,
        ['introduction/01.md'],
      ],
      [
        // A link committed to the sources would otherwise publish a file of the runner on the site.
        'an article that links to a file outside the source folder',
        (at) => {
          rmSync(at('introduction/02-problems-solved.asciidoc'))
          symlinkSync(SECRET_FILE, at('introduction/02-problems-solved.asciidoc'))
        },
        'introduction/02-problems-solved.asciidoc',
        /link/,
        ['introduction/02.md'],
      ],
      [
        // Issue 11: the checkout's own .git/config (actions/checkout keeps the token there) is
        // inside the source folder, so a link to it never leaves the folder: it was published.
        'an article that links to ../.git/config (inside the source folder)',
        (at) => {
          plantGitConfig(at)
          rmSync(at('introduction/02-problems-solved.asciidoc'))
          symlinkSync('../.git/config', at('introduction/02-problems-solved.asciidoc'))
        },
        'introduction/02-problems-solved.asciidoc',
        /^a symbolic link: the sources must be plain files and folders/,
        ['introduction/02.md'],
      ],
      [
        'a translation folder that links to another folder of the sources',
        (at) => symlinkSync('../contributor/es', at('introduction/xx')),
        'introduction/xx',
        /^cannot list the folder: .*a symbolic link/,
        [],
      ],
      [
        'a translation folder that links outside the source folder',
        (at) => symlinkSync(path.dirname(SECRET_FILE), at('introduction/xx')),
        'introduction/xx',
        /^cannot list the folder: .*link/,
        [],
      ],
    ]

    it.each(ISOLATED)('%s: that file fails, the run goes on', async (name, edit, file, message, pages) => {
      const repo = `isolated/${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`
      await seedSite(gh, repo)
      const { result, lines } = await runLogged(
        gh,
        syncOptions(gh, sourcesWith(edit), repo, NO_CREDIT, { source: { languages: ['en', file.endsWith('/xx') ? 'xx' : 'pt-br'] } }),
      )
      const error = result.contentErrors.find((e) => e.file === file)
      expect(error?.message).toMatch(message)
      expect(error?.pages).toEqual(pages)
      expect(lines.some((l) => l.startsWith(`error: ${file}: `))).toBe(true)
      expect(result.operation).toBe('created')
      for (const page of pages) {
        expect(result.changedFiles).not.toContain(`${TARGET}/${page}`)
        expect(fileAt(gh, repo, BRANCH, `${TARGET}/${page}`)).toBe(seeded()[page])
      }
      expect(JSON.stringify(result)).not.toContain('ghs_notForTheWebsite')
      expect(JSON.stringify(result)).not.toContain(PLANTED_TOKEN)
      // Not on the proposed branch either (git grep -q fails when nothing matches).
      expect(() => gh.git(repo, ['grep', '-q', PLANTED_TOKEN, BRANCH])).toThrow()
    })
  })
})
