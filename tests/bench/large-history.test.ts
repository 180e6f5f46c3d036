// bench/large-history.ts on a small history: the script that shows 100,000 commits credited end
// to end within 1 GB (issue 21) runs, credits every page from the history it makes, and reports
// what the local GitHub charged.
import { describe, expect, it } from 'vitest'
import { largeHistory, measureLargeHistory } from '../../bench/large-history.js'

describe('bench/large-history.ts', () => {
  it('spreads the commits over the credited sources, one account per author', () => {
    const history = largeHistory(1_000)
    const counts = Object.values(history.history).map((commits) => commits.length)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_000)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    expect(Object.keys(history.history).every((file) => file.endsWith('.asciidoc') && !file.endsWith('-script.asciidoc'))).toBe(true)
  })

  it('credits the pages from 2,000 commits through the local GitHub and measures the sync', async () => {
    const result = await measureLargeHistory(2_000)
    expect(result.credited).toBe(Object.keys(largeHistory(1).history).length)
    // 2,000 commits at 120 a query, and the history pages.
    expect(result.requests).toBeGreaterThanOrEqual(Math.ceil(2_000 / 120))
    expect(result.points).toBeGreaterThan(result.requests)
    expect(result.peakMB).toBeGreaterThan(0)
  })
})
