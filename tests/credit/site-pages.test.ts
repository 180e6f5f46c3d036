// End to end for issue 4: rendered pages credited through the local GitHub are the website
// fixture's pages, byte for byte, contributor lists included.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyCredits } from '../../src/credit/credit-pages.js'
import { creditPages, startCredit } from '../../src/credit/credit-stage.js'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { loadSources } from '../../src/discover/load-sources.js'
import { renderPages } from '../../src/render/render-pages.js'
import { createMemoryLogger } from '../../src/shared/line-logger.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import { serializePage } from '../../src/render/serialize.js'
import type { ContributorProvider, CreditResult } from '../../src/shared/types.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { CORPUS_HISTORY, CORPUS_SOURCE, CORPUS_WEBSITE, describeCorpus, historyIndex } from '../support/corpus.js'
import { connectionTo, testContext } from '../support/run-context.js'

describe('the credit stage', () => {
  describeCorpus('on the corpus', () => {
    let gh: FakeGitHub
    beforeAll(async () => {
      gh = await startFakeGitHub({ history: CORPUS_HISTORY })
    })
    afterAll(async () => {
      await gh?.close()
    })

    it('reproduces every article and workbook page of the website fixture byte for byte', async () => {
      const { repository, branch } = historyIndex()
      const context = testContext(connectionTo(gh))
      const tree = createFsSourceTree(CORPUS_SOURCE)
      const source = { ...DEFAULT_OPTIONS.source, dir: CORPUS_SOURCE, repository, ref: branch }
      const loaded = await loadSources(tree, source)
      const { pages } = await renderPages(loaded.config, loaded.sources, source)
      const options = { source, credit: { ...DEFAULT_OPTIONS.credit, provider: 'github' as const } }
      const start = await startCredit(tree, loaded.sources, [], options, context)
      const before = structuredClone(pages)
      const scope = { leftOut: new Set<string>(), policy: { failOnContributorError: false }, options, context }
      const credited = await creditPages(start, pages, scope)
      expect(credited.history.failures).toEqual([])
      expect(credited.history.contributors.size).toBe(188)

      let compared = 0
      for (const page of credited.pages) {
        const site = path.join(CORPUS_WEBSITE, page.path)
        if (page.creditPath === null || !existsSync(site)) continue
        expect(serializePage(page), page.path).toBe(readFileSync(site, 'utf8'))
        compared++
      }
      expect(compared).toBe(101)
      // Crediting returned new pages and left the rendered ones alone.
      expect(pages).toEqual(before)
    })
  })

  it('leaves the placeholder on pages whose credit failed and lists them', async () => {
    const failing: ContributorProvider = {
      kind: 'github',
      credit(paths): Promise<CreditResult> {
        return Promise.resolve({
          contributors: new Map([[paths[0], [{ name: 'Ann', url: null }]]]),
          failures: paths.slice(1).map((p) => ({ path: p, reason: `history of ${p} could not be read` })),
          stats: { requests: 1, points: 1 },
        })
      },
    }
    const page = (creditPath: string | null, n: number) => ({
      path: `s/0${n}.md`,
      kind: 'article' as const,
      section: 's',
      language: 'en',
      source: `s/0${n}.adoc`,
      creditPath,
      contributors: creditPath === null ? null : [],
      frontMatter: { title: `T${n}`, weight: n },
      body: '',
    })
    const input = [page('s/01.adoc', 1), page('s/02.adoc', 2), page(null, 3), page('s/01.adoc', 4)]
    const result = await failing.credit(['s/01.adoc', 's/02.adoc'])
    const pages = applyCredits(input, result, failing.kind, createMemoryLogger())
    expect(pages.map((p) => p.contributors)).toEqual([[{ name: 'Ann', url: null }], [], null, [{ name: 'Ann', url: null }]])
    expect(Object.keys(pages[0].frontMatter)).toEqual(['title', 'weight'])
    expect(result.failures.map((f) => f.path)).toEqual(['s/02.adoc'])
    expect(input[0].contributors).toEqual([])
    expect(pages[0]).not.toBe(input[0])
  })
})
