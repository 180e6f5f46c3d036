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

/** A batch size worth choosing: the largest that costs `points`. */
interface Level {
  points: number
  size: number
}

/** The largest batch size that costs each point level 1, 2, ... up to maxBatchSize. */
function levelSizes(limits: BatchLimits): Level[] {
  const levels: Level[] = []
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
 *
 * Time and memory grow linearly with `count` (issue 21: the table of plans it replaced held a
 * list in every cell, 2 GB for 40,000 commits). When `count` needs more batches than the budget,
 * every plan has exactly that many and they can leave fewer than `maxBatchSize` places empty in
 * all, so all but a few of them are full: those are set aside and only the rest is planned.
 */
export function planBatchSizes(count: number, limits: BatchLimits): number[] {
  if (count <= 0) return []
  if (limits.maxBatchSize < 1 || limits.unitsPerItem < 0) throw new Error('planBatchSizes: bad limits')
  const levels = levelSizes(limits)
  const budget = Math.max(limits.maxBatches, Math.ceil(count / limits.maxBatchSize))
  const full = budget > limits.maxBatches ? Math.max(0, budget - mostPartialBatches(levels)) : 0
  const rest = cheapestLevels(count - full * limits.maxBatchSize, budget - full, levels)
  return trimToCount([...Array.from({ length: full }, () => limits.maxBatchSize), ...rest.map((i) => levels[i].size)], count)
}

/**
 * How many batches of a plan that must use every batch of its budget can be below the largest
 * size: together they leave fewer than maxBatchSize places empty (the budget is the fewest
 * batches that hold the count), and each leaves at least the gap between the two largest sizes.
 */
function mostPartialBatches(levels: readonly Level[]): number {
  if (levels.length < 2) return 1
  const largest = levels[levels.length - 1].size
  return Math.floor((largest - 1) / (largest - levels[levels.length - 2].size)) + 1
}

/**
 * The level of each batch of the cheapest plan for `count` items in at most `budget` batches:
 * the fewest points, then the fewest batches; among plans with both, the one carrying the most
 * items. A table over (batches, points) computed one row of batches at a time, each cell
 * holding how many batches of each level it uses, so memory stays linear in the budget.
 */
function cheapestLevels(count: number, budget: number, levels: readonly Level[]): number[] {
  if (count <= 0) return []
  const kinds = levels.length
  const width = budget * levels[kinds - 1].points + 1
  // items[p]: most items the row's number of batches carries for exactly p points (-1: none);
  // uses[p * kinds + k]: how many of those batches are of level k.
  let items = new Int32Array(width).fill(-1)
  let uses = new Int32Array(width * kinds)
  items[0] = 0
  // For each point total, the first row (fewest batches) whose cell carries the count.
  const found = new Int32Array(width * kinds)
  let cheapest = width // the fewest points any row has covered the count with so far
  for (let batches = 1; batches <= budget && batches < cheapest; batches++) {
    const nextItems = new Int32Array(width).fill(-1)
    const nextUses = new Int32Array(width * kinds)
    for (let p = 0; p < cheapest; p++) {
      let chosen = -1
      for (let k = 0; k < kinds; k++) {
        const from = p - levels[k].points
        if (from < 0 || items[from] < 0) continue
        const carried = items[from] + levels[k].size
        if (carried > nextItems[p]) {
          nextItems[p] = carried
          chosen = k
        }
      }
      if (chosen < 0) continue
      const from = (p - levels[chosen].points) * kinds
      nextUses.set(uses.subarray(from, from + kinds), p * kinds)
      nextUses[p * kinds + chosen]++
      if (nextItems[p] >= count) {
        found.set(nextUses.subarray(p * kinds, p * kinds + kinds), p * kinds)
        cheapest = p
      }
    }
    items = nextItems
    uses = nextUses
  }
  if (cheapest === width) throw new Error('planBatchSizes: no plan found') // unreachable: budget batches of the largest size cover count
  const chosen: number[] = []
  for (let k = 0; k < kinds; k++) for (let n = 0; n < found[cheapest * kinds + k]; n++) chosen.push(k)
  return chosen
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
