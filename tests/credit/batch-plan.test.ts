import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planBatchSizes, pointsForUnits } from '../../src/credit/batch-plan.js'

const total = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0)
const points = (sizes: number[], units: number) => total(sizes.map((s) => pointsForUnits(s * units)))

describe('pointsForUnits', () => {
  it('divides by 100, rounds to nearest, at least 1', () => {
    expect([0, 1, 49, 50, 149, 150, 249, 250, 301].map(pointsForUnits)).toEqual([1, 1, 1, 1, 1, 2, 2, 3, 3])
  })
})

describe('planBatchSizes', () => {
  it('covers exactly the count and never exceeds the batch size', () => {
    for (const count of [1, 2, 49, 50, 99, 100, 101, 188, 897, 1234]) {
      const sizes = planBatchSizes(count, { unitsPerItem: 3, maxBatchSize: 100, maxBatches: 12 })
      expect(total(sizes)).toBe(count)
      expect(Math.max(...sizes)).toBeLessThanOrEqual(100)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1)
    }
  })

  it('spends fewer points as the request budget grows, using rounding', () => {
    const limits = { unitsPerItem: 3, maxBatchSize: 100 }
    const nine = planBatchSizes(897, { ...limits, maxBatches: 9 })
    const twelve = planBatchSizes(897, { ...limits, maxBatches: 12 })
    const seventeen = planBatchSizes(897, { ...limits, maxBatches: 17 })
    expect([nine.length, points(nine, 3)]).toEqual([9, 27])
    expect([twelve.length, points(twelve, 3)]).toEqual([11, 22])
    expect([seventeen.length, points(seventeen, 3)]).toEqual([17, 19])
  })

  it('is no worse than any even split within the budget', () => {
    for (const [count, budget] of [
      [897, 12],
      [300, 5],
      [60, 4],
    ]) {
      const best = points(planBatchSizes(count, { unitsPerItem: 3, maxBatchSize: 100, maxBatches: budget }), 3)
      for (let batches = Math.ceil(count / 100); batches <= budget; batches++) {
        const even = Array.from({ length: batches }, (_, i) => Math.floor(count / batches) + (i < count % batches ? 1 : 0))
        expect(best).toBeLessThanOrEqual(points(even, 3))
      }
    }
  })

  it('goes over the budget only when the batch size forces it', () => {
    expect(planBatchSizes(250, { unitsPerItem: 1, maxBatchSize: 100, maxBatches: 1 })).toHaveLength(3)
    expect(planBatchSizes(188, { unitsPerItem: 1, maxBatchSize: 100, maxBatches: 1 })).toHaveLength(2)
  })

  it('plans nothing for nothing', () => {
    expect(planBatchSizes(0, { unitsPerItem: 3, maxBatchSize: 100, maxBatches: 5 })).toEqual([])
  })
})

/**
 * The planner before issue 21, kept as the reference: a table over (batches, points) whose every
 * cell held the list of levels it used. Exact, but its memory grew with the cube of the count.
 */
function referencePlan(count: number, limits: { unitsPerItem: number; maxBatchSize: number; maxBatches: number }): number[] {
  if (count <= 0) return []
  const levels: { points: number; size: number }[] = []
  for (let size = 1; size <= limits.maxBatchSize; size++) {
    const points = pointsForUnits(size * limits.unitsPerItem)
    const last = levels[levels.length - 1]
    if (last && last.points === points) last.size = size
    else levels.push({ points, size })
  }
  const budget = Math.max(limits.maxBatches, Math.ceil(count / limits.maxBatchSize))
  const maxPoints = budget * levels[levels.length - 1].points
  type Cell = { items: number; levels: number[] } | undefined
  const best: Cell[][] = [Array.from({ length: maxPoints + 1 }, (_, p) => (p === 0 ? { items: 0, levels: [] } : undefined))]
  for (let b = 1; b <= budget; b++) {
    const row: Cell[] = Array.from({ length: maxPoints + 1 }, (): Cell => undefined)
    for (let p = 0; p <= maxPoints; p++) {
      for (const [index, level] of levels.entries()) {
        const before = p >= level.points ? best[b - 1][p - level.points] : undefined
        if (!before) continue
        const items = before.items + level.size
        if (!row[p] || items > row[p]!.items) row[p] = { items, levels: [...before.levels, index] }
      }
    }
    best.push(row)
  }
  for (let p = 0; p <= maxPoints; p++) {
    for (let b = 1; b <= budget; b++) {
      const cell = best[b][p]
      if (cell && cell.items >= count) {
        const sorted = cell.levels.map((i) => levels[i].size).sort((x, y) => y - x)
        let excess = sorted.reduce((sum, size) => sum + size, 0) - count
        for (let i = sorted.length - 1; i >= 0 && excess > 0; i--) {
          const cut = Math.min(excess, sorted[i] - 1)
          sorted[i] -= cut
          excess -= cut
        }
        return sorted.sort((x, y) => y - x)
      }
    }
  }
  throw new Error('no plan')
}

describe('planBatchSizes at scale (issue 21)', () => {
  it('makes the same plans as the table it replaced (property, limits of today and others)', () => {
    const limits = fc.constantFrom(
      { unitsPerItem: 3, maxBatchSize: 120 }, // the commit queries of the github provider
      { unitsPerItem: 3, maxBatchSize: 100 },
      { unitsPerItem: 1, maxBatchSize: 100 },
      { unitsPerItem: 7, maxBatchSize: 100 },
      { unitsPerItem: 3, maxBatchSize: 200 },
      { unitsPerItem: 13, maxBatchSize: 60 },
      { unitsPerItem: 250, maxBatchSize: 5 },
    )
    fc.assert(
      // Counts up to 30 full batches: the reference's table grows with the cube of the batches.
      fc.property(limits, fc.integer({ min: 1, max: 17 }), fc.double({ min: 0, max: 30, noNaN: true }), (limit, maxBatches, batches) => {
        const count = Math.round(batches * limit.maxBatchSize)
        const asked = { ...limit, maxBatches }
        expect(planBatchSizes(count, asked)).toEqual(referencePlan(count, asked))
      }),
      { numRuns: 300 },
    )
  })

  it('plans 100,000 pending commits query by query, as the github provider asks (2 GB for 40,000 before)', () => {
    let pending = 100_000
    let sent = 0
    let points = 0
    while (pending > 0) {
      const plan = planBatchSizes(pending, { unitsPerItem: 3, maxBatchSize: 120, maxBatches: Math.max(1, 10 - sent) })
      expect(total(plan)).toBe(pending)
      pending -= plan[0]
      points += pointsForUnits(plan[0] * 3)
      sent++
    }
    // The fewest queries that can carry them (120 commits each), at 4 points for a full one.
    expect(sent).toBe(Math.ceil(100_000 / 120))
    expect(points).toBeLessThanOrEqual(4 * sent)
  })
})
