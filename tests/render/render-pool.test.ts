// The pool's lanes: a run of quick files is rendered by one worker (a worker's start-up costs
// about as much CPU as the whole corpus's render); a file that runs slow opens another lane, so
// the files queued behind it do not wait for its deadline.
import { describe, expect, it } from 'vitest'
import { planRender } from '../../src/render/render-pages.js'
import { defaultPoolSettings, renderInWorkers, type PoolSettings } from '../../src/render/render-pool.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import { loadSources } from '../../src/sync.js'
import { spacesParagraph } from '../support/hostile-sources.js'
import { sampleTree } from '../support/sample-tree.js'

async function sampleJobs(changes: Record<string, string> = {}) {
  const { config, sources } = await loadSources(sampleTree(changes), DEFAULT_OPTIONS.source)
  return { jobs: planRender(config, sources, DEFAULT_OPTIONS.source).jobs, setup: { articlePages: sources.articlePages } }
}

// A memory size of its own: workers left idle by the other test are not reused, so `started` counts.
const settings = (extra: Partial<PoolSettings>): PoolSettings => ({ ...defaultPoolSettings(), size: 2, ...extra })

describe('the render pool', () => {
  it('renders quick files with one worker, however many cores there are', async () => {
    const { jobs, setup } = await sampleJobs()
    const { results, stats } = await renderInWorkers(jobs, setup, 10_000, settings({ slowMs: 1_000, memoryMb: 200 }))
    expect(results.map((r) => r.kind)).toEqual(Array(jobs.length).fill('done'))
    expect(stats.started).toBe(1)
  })

  it('opens a second lane when a file runs slow: the files behind it are done before its deadline', async () => {
    const slowFile = 'gardening/01-soil.asciidoc'
    const { jobs, setup } = await sampleJobs({ [slowFile]: '== Soil\n\nGood soil is shared soil.' + spacesParagraph(320_000) })
    const { results, stats } = await renderInWorkers(jobs, setup, 3_000, settings({ slowMs: 100, memoryMb: 201 }))
    const slow = jobs.findIndex((job) => job.source.path === slowFile)
    expect(results.map((r, i) => (i === slow ? r.kind : 'other'))).toContain('stopped')
    expect(results.filter((r) => r.kind === 'done')).toHaveLength(jobs.length - 1)
    expect(stats.started).toBe(2)
    // With one lane every other file would wait for the slow file's 3 s deadline (it is the largest: it goes first).
    for (const [i, at] of stats.doneAtMs.entries()) if (i !== slow) expect(at, jobs[i].source.path).toBeLessThan(stats.doneAtMs[slow])
  })
})
