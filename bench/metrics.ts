// The numbers the benchmark reports for one scenario, and how they are read off the local
// GitHub's request log. Pure: entries in, counts out.
import type { RequestLogEntry } from '../tests/fake-github/index.js'

/** One scenario's measurement; the shape of every `M` in results.json. */
export interface Measurement {
  wallMs: number
  graphqlRequests: number
  graphqlPoints: number
  restReads: number
  restWrites: number
  pages: number
  peakRssMb: number
}

/** What the scenario's own process measures (the rest comes from the request log). */
export interface ProcessFigures {
  wallMs: number
  pages: number
  peakRssMb: number
}

export interface RequestCounts {
  graphqlRequests: number
  graphqlPoints: number
  restReads: number
  restWrites: number
}

/** GraphQL requests and the points the local GitHub charged (GitHub's formula); REST split by reads and writes. */
export function countRequests(entries: readonly RequestLogEntry[]): RequestCounts {
  const counts: RequestCounts = { graphqlRequests: 0, graphqlPoints: 0, restReads: 0, restWrites: 0 }
  for (const entry of entries) {
    if (entry.path === '/graphql') {
      counts.graphqlRequests += 1
      counts.graphqlPoints += entry.cost ?? 0
    } else if (entry.write) {
      counts.restWrites += 1
    } else {
      counts.restReads += 1
    }
  }
  return counts
}

export function measurement(figures: ProcessFigures, entries: readonly RequestLogEntry[]): Measurement {
  const counts = countRequests(entries)
  return {
    wallMs: Math.round(figures.wallMs),
    graphqlRequests: counts.graphqlRequests,
    graphqlPoints: counts.graphqlPoints,
    restReads: counts.restReads,
    restWrites: counts.restWrites,
    pages: figures.pages,
    peakRssMb: Math.round(figures.peakRssMb * 10) / 10,
  }
}
