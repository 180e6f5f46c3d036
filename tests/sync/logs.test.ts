// Readable logs: each group holds its own lines (the site read and the history run in the
// background of rendering), the credit stage reports progress, and with debug on every REST
// request and retry is one line: method, path, status, attempt; never the token.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FakeGitHub } from '../fake-github/index.js'
import { CORPUS_SOURCE, describeCorpus } from '../support/corpus.js'
import { runLogged, seedSite, startSiteGitHub, syncOptions } from '../support/sync.js'

const SITE = 'logs/site'
let gh: FakeGitHub
let lines: string[]

/** The lines of one group: after its `== name` header, before the next header. */
function group(name: string): string[] {
  const start = lines.indexOf(`== ${name}`)
  expect(start, `group ${name}`).toBeGreaterThanOrEqual(0)
  const end = lines.findIndex((l, i) => i > start && l.startsWith('== '))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

describeCorpus('sync logs', () => {
  beforeAll(async () => {
    gh = await startSiteGitHub()
    await seedSite(gh, SITE)
    // One answer lost on the way: the retry shows in the debug lines.
    gh.addFault({ method: 'POST', path: '/repos/logs/site/git/trees', status: 502 })
    ;({ lines } = await runLogged(gh, syncOptions(gh, CORPUS_SOURCE, SITE, { source: { languages: ['en', 'es'] } })))
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('each group holds its own lines: the site read and the history lines wait for their group', () => {
    expect(group('Read the site').some((l) => l.startsWith('site: logs/site@main'))).toBe(true)
    // The site is read in one GraphQL query (SiteState).
    expect(group('Read the site').some((l) => l.startsWith('debug: POST /graphql → 200'))).toBe(true)
    expect(group('Render').some((l) => l.includes('/repos/') || l.startsWith('contributors:'))).toBe(false)
    expect(group('Render').some((l) => l.startsWith('rendered '))).toBe(true)
    expect(group('Credit contributors').some((l) => /^contributors: \d+\/\d+ files credited/.test(l))).toBe(true)
  })

  it('the credit stage reports progress through the commits', () => {
    const progress = group('Credit contributors').filter((l) => /^contributors: credited \d+\/\d+ commits$/.test(l))
    expect(progress.length).toBeGreaterThan(1)
    const [done, total] = progress
      .at(-1)!
      .match(/(\d+)\/(\d+)/)!
      .slice(1)
      .map(Number)
    expect(done).toBe(total)
  })

  it('debug lines name every REST request and retry with method, path, status and attempt, never the token', () => {
    const trees = lines.filter((l) => l.startsWith('debug: POST /repos/logs/site/git/trees'))
    expect(trees[0]).toMatch(/^debug: POST \/repos\/logs\/site\/git\/trees → 502 \(attempt 1, \d+ ms\)$/)
    expect(trees[1]).toMatch(/ → 201 \(attempt 2, \d+ ms\)$/)
    expect(lines.some((l) => /^debug: POST \/repos\/logs\/site\/pulls → 201 \(attempt 1/.test(l))).toBe(true)
    expect(lines.join('\n')).not.toContain(gh.token)
  })
})
