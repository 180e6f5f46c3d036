// Contributor history unavailable: pages keep the lists the site shows today (never emptied),
// a warning names them, the summary lists them; `failOnContributorError` fails instead.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { pageContributors } from '../../src/credit/keep-site-contributors.js'
import type { FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import {
  ENGLISH_ONLY,
  runFailing,
  runLogged,
  seeded,
  seededGeneratedEnglish,
  seedSite,
  startSiteGitHub,
  syncOptions,
} from '../support/sync.js'
import { UserError } from '../../src/shared/user-error.js'
import { HISTORY_OPERATIONS } from '../support/fake-github.js'

const SITE = 'example/site'
let gh: FakeGitHub

describeCorpus('contributor history unavailable', () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
    await seedSite(gh, SITE)
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('every history query failing: the site keeps every list it has, new pages are listed as such', async () => {
    gh.addFault({ path: '/graphql', operationName: HISTORY_OPERATIONS, status: 502, times: 10_000 })
    try {
      const { result, lines } = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, SITE, ENGLISH_ONLY, { policy: { dryRun: true } }))
      // Not one seeded page changes: their lists were put back from the site.
      expect(result.counts).toMatchObject({ updated: 0, deleted: 0, unchanged: seededGeneratedEnglish().length })
      const credited = seededGeneratedEnglish().filter((p) => pageContributors(seeded()[p])?.length)
      expect(credited.length).toBeGreaterThan(10)
      const failed = new Set(result.contributorFailures.map((f) => f.path))
      for (const page of credited) expect(failed.has(page), page).toBe(true)
      // The warning names the pages; the summary lists them.
      expect(lines.find((l) => l.includes("kept the site's current lists"))).toContain('contributor/01.md')
      expect(result.summary).toContain('Contributor lists kept as the site has them')
      expect(result.summary).toContain('`contributor/01.md`')
      // Pages the site does not have yet cannot keep anything: named too.
      expect(lines.find((l) => l.includes('listed without contributors'))).toContain('trusted-committer/01.md')
    } finally {
      gh.clearFaults()
    }
  })

  it('with failOnContributorError the sync fails naming the files, and writes nothing', async () => {
    gh.addFault({ path: '/graphql', operationName: HISTORY_OPERATIONS, status: 502, times: 10_000 })
    try {
      const { error, rest } = await runFailing(
        gh,
        syncOptions(gh, CORPUS_SOURCE, SITE, ENGLISH_ONLY, { policy: { failOnContributorError: true } }),
      )
      expect(error).toBeInstanceOf(UserError)
      expect(error.message).toContain('contributor history unavailable')
      expect(error.message).toContain('introduction/01-introduction.asciidoc')
      expect(rest.filter((r) => r.write)).toEqual([])
      expect(gh.pulls(SITE)).toEqual([])
    } finally {
      gh.clearFaults()
    }
  })
})
