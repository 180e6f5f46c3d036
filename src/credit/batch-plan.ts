// How many items to put in each GraphQL query so that the whole job costs the fewest of
// GitHub's points without sending more than a budget of requests.
//
// GitHub charges a query max(1, round(units / 100)) points, where `units` adds up, for every
// connection, the product of the `first` arguments of the connections around it. Rounding is
// per query, so batch sizes matter: at 3 units per commit, 49 commits cost 1 point (147 units)
// but 50 cost 2 (150 units), and 83 cost 2 while 84 cost 3.

/** GitHub's points for one query whose connections add up to `units`. */
export function pointsForUnits(units: number): number {
  return Math.max(1, Math.round(units / 100))
}

export interface BatchLimits {
  /** GraphQL cost units one item adds to a query. */
  unitsPerItem: number
  /** Most items one query may carry (keeps queries small enough for GitHub's time limit). */
  maxBatchSize: number
  /** Requests we would like to stay within; exceeded only when maxBatchSize forces it. */
  maxBatches: number
}

/** The largest batch size that costs each point level 1, 2, ... up to maxBatchSize. */
function levelSizes(limits: BatchLimits): { points: number; size: number }[] {
  const levels: { points: number; size: number }[] = []
  for (let size = 1; size <= limits.maxBatchSize; size++) {
    const points = pointsForUnits(size * limits.unitsPerItem)
    const last = levels[levels.length - 1]
    if (last && last.points === points) last.size = size
    else levels.push({ points, size })
  }
  return levels
}

/**
 * Batch sizes (largest first, summing to `count`) that minimise total points within the
 * request budget; among equally cheap plans, the one with fewer requests.
 */
export function planBatchSizes(count: number, limits: BatchLimits): number[] {
  if (count <= 0) return []
  if (limits.maxBatchSize < 1 || limits.unitsPerItem < 0) throw new Error('planBatchSizes: bad limits')
  const levels = levelSizes(limits)
  const budget = Math.max(limits.maxBatches, Math.ceil(count / limits.maxBatchSize))
  const maxPoints = budget * levels[levels.length - 1].points
  // best[b][p]: most items b batches can carry for exactly p points, with the levels chosen.
  // Any batch can be filled up to its level's largest size for free, so only those sizes count.
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
      if (cell && cell.items >= count)
        return trimToCount(
          cell.levels.map((i) => levels[i].size),
          count,
        )
    }
  }
  throw new Error('planBatchSizes: no plan found') // unreachable: budget batches of maxBatchSize cover count
}

/** Shrink the batches (smallest ones first) until they carry exactly `count`; points never rise. */
function trimToCount(sizes: number[], count: number): number[] {
  const sorted = [...sizes].sort((a, b) => b - a)
  let excess = sorted.reduce((sum, size) => sum + size, 0) - count
  for (let i = sorted.length - 1; i >= 0 && excess > 0; i--) {
    const cut = Math.min(excess, sorted[i] - 1)
    sorted[i] -= cut
    excess -= cut
  }
  return sorted.sort((a, b) => b - a)
}
