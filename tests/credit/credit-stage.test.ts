// The credit stage in one call: lists from the provider, the languages left out, the site's
// lists kept where a history failed (a sync) or left empty (the render command, no site).
import { describe, expect, it } from 'vitest'
import { creditPages, type CreditScope, type CreditStart } from '../../src/credit/credit-stage.js'
import { serializePage } from '../../src/render/serialize.js'
import { deferredLogger } from '../../src/shared/deferred-logger.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import { pageLanguage } from '../../src/shared/page-paths.js'
import type { ContributorProvider, CreditResult, RenderedPage } from '../../src/shared/types.js'
import { titledPage } from '../support/pages.js'
import { testContext } from '../support/run-context.js'

/** An article at `path` credited from `<path>.asciidoc`, listing `names`. */
const page = (path: string, names: string[]): RenderedPage => ({
  ...titledPage(path, 'T'),
  language: pageLanguage(path),
  creditPath: `${path}.asciidoc`,
  contributors: names.map((name) => ({ name, url: null })),
})
const ANN = { name: 'Ann', url: null }

/** Reads every history but the second article's; "Ann" wrote the rest. */
const provider: ContributorProvider = {
  kind: 'github',
  credit(paths): Promise<CreditResult> {
    const failed = paths.filter((p) => p.startsWith('s/02'))
    return Promise.resolve({
      contributors: new Map(paths.filter((p) => !failed.includes(p)).map((p) => [p, [ANN]])),
      failures: failed.map((p) => ({ path: p, reason: `history of ${p} could not be read` })),
      stats: { requests: 1, points: 1 },
    })
  },
}
// Rendered pages carry the empty placeholder until they are credited.
const rendered = [page('s/01.md', []), page('s/02.md', []), page('s/01.ko.md', [])]

async function credit(scope: Partial<CreditScope>) {
  const context = testContext({ token: '', apiUrl: 'http://127.0.0.1:1' })
  const start: CreditStart = {
    file: null,
    provider,
    history: provider.credit(rendered.map((p) => p.creditPath!)),
    log: deferredLogger(context.logger),
  }
  const options = { source: DEFAULT_OPTIONS.source, credit: DEFAULT_OPTIONS.credit }
  const policy = { failOnContributorError: false }
  const credited = await creditPages(start, rendered, { leftOut: new Set(), policy, options, context, ...scope })
  return { credited, lines: context.logger.lines }
}

describe('the credit stage', () => {
  it("credits the pages the site shows and keeps the site's list where a history failed", async () => {
    // The site has the second article, listing Bo.
    const files = new Map([['s/02.md', 'sha']])
    const read = (path: string) => Promise.resolve(serializePage(page(path, ['Bo'])))
    const { credited, lines } = await credit({ leftOut: new Set(['ko']), site: { files, read } })
    expect(credited.pages.map((p) => [p.path, p.contributors])).toEqual([
      ['s/01.md', [ANN]],
      ['s/02.md', [{ name: 'Bo', url: null }]],
    ])
    expect(credited.failures).toEqual([{ path: 's/02.md', reason: 'history of s/02.md.asciidoc could not be read' }])
    expect(lines).toContain("warning: contributor history unavailable; kept the site's current lists for: s/02.md")
    expect(credited.sourceChanges).toBeUndefined()
  })

  it('without a site (the render command) leaves a failed list empty and keeps every language', async () => {
    const { credited, lines } = await credit({})
    expect(credited.pages.map((p) => [p.path, p.contributors])).toEqual([
      ['s/01.md', [ANN]],
      ['s/02.md', []],
      ['s/01.ko.md', [ANN]],
    ])
    expect(credited.failures.map((f) => f.path)).toEqual(['s/02.md'])
    expect(lines.filter((line) => line.startsWith('warning:'))).toEqual([])
  })

  it('fails the run naming the files when told to', async () => {
    await expect(credit({ policy: { failOnContributorError: true } })).rejects.toThrow(
      'contributor history unavailable for 1 file(s): s/02.md.asciidoc',
    )
  })
})
