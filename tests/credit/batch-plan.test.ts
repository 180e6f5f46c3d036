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
