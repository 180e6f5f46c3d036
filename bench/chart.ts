// bench/wall-time.svg: median wall time against latency, one line per scenario and side, the
// range of the runs as a bar at each point. Logarithmic time axis: the old pattern and ours are
// an order of magnitude apart. Pure: runs in, SVG text out.
import { LATENCIES_MS, SCENARIOS, SIDES, type RunRecord, type Scenario, type Side } from './matrix.js'
import { median, range } from './stats.js'

const WIDTH = 760
const HEIGHT = 460
const PLOT = { left: 70, right: 250, top: 40, bottom: 60 }
const COLORS: Record<Side, string> = {
  ours: '#1a7f37',
  'ours-git-history': '#8250df',
  baseline: '#cf222e',
  'baseline-same-spacing': '#0969da',
}
const DASHES: Record<Scenario, string> = { full: '', noop: '6 4', 'one-change': '2 3' }
const MARKERS: Record<Scenario, (x: number, y: number, color: string) => string> = {
  full: (x, y, c) => `<circle cx="${x}" cy="${y}" r="4" fill="${c}"/>`,
  noop: (x, y, c) => `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${c}"/>`,
  'one-change': (x, y, c) => `<path d="M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z" fill="${c}"/>`,
}

export function wallTimeChart(runs: readonly RunRecord[]): string {
  const latencies = [...new Set([...LATENCIES_MS, ...runs.map((r) => r.latencyMs)])].sort((a, b) => a - b)
  const seconds = runs.map((r) => r.wallMs / 1000).filter((s) => s > 0)
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(1, ...seconds))))
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(10, ...seconds))))
  const plotW = WIDTH - PLOT.left - PLOT.right
  const plotH = HEIGHT - PLOT.top - PLOT.bottom
  const maxLatency = Math.max(...latencies)
  const x = (ms: number) => PLOT.left + (ms / maxLatency) * plotW
  const y = (s: number) => PLOT.top + plotH - ((Math.log10(s) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotH

  const parts: string[] = []
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`)
  parts.push(
    `<text x="${WIDTH / 2 - 60}" y="22" font-size="15" text-anchor="middle">Wall time against latency (median of the runs, bars: range)</text>`,
  )
  // Axes and grid.
  for (let decade = lo; decade <= hi; decade *= 10) {
    for (const step of [1, 2, 5]) {
      const v = decade * step
      if (v < lo || v > hi) continue
      parts.push(`<line x1="${PLOT.left}" x2="${PLOT.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`)
      parts.push(`<text x="${PLOT.left - 8}" y="${y(v) + 4}" font-size="11" text-anchor="end">${v >= 1 ? v : v.toFixed(1)} s</text>`)
    }
  }
  for (const ms of latencies) {
    parts.push(`<line x1="${x(ms)}" x2="${x(ms)}" y1="${PLOT.top}" y2="${PLOT.top + plotH}" stroke="#eee"/>`)
    parts.push(`<text x="${x(ms)}" y="${PLOT.top + plotH + 18}" font-size="11" text-anchor="middle">${ms}</text>`)
  }
  parts.push(`<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.top + plotH}" stroke="#333"/>`)
  parts.push(`<line x1="${PLOT.left}" x2="${PLOT.left + plotW}" y1="${PLOT.top + plotH}" y2="${PLOT.top + plotH}" stroke="#333"/>`)
  parts.push(
    `<text x="${PLOT.left + plotW / 2}" y="${HEIGHT - 18}" font-size="12" text-anchor="middle">latency added to every request (ms)</text>`,
  )
  parts.push(
    `<text x="18" y="${PLOT.top + plotH / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 18 ${PLOT.top + plotH / 2})">wall time (s, log scale)</text>`,
  )

  // Series.
  let legendY = PLOT.top + 4
  for (const side of SIDES) {
    for (const scenario of SCENARIOS) {
      const points = latencies.flatMap((ms) => {
        const cell = runs.filter((r) => r.side === side && r.scenario === scenario && r.latencyMs === ms).map((r) => r.wallMs / 1000)
        return cell.length === 0 ? [] : [{ ms, med: median(cell), ...range(cell) }]
      })
      if (points.length === 0) continue
      const color = COLORS[side]
      if (points.length > 1) {
        const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.ms).toFixed(1)},${y(p.med).toFixed(1)}`).join(' ')
        parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="${DASHES[scenario]}"/>`)
      }
      for (const p of points) {
        parts.push(
          `<line x1="${x(p.ms)}" x2="${x(p.ms)}" y1="${y(p.min).toFixed(1)}" y2="${y(p.max).toFixed(1)}" stroke="${color}" stroke-width="1"/>`,
        )
        parts.push(MARKERS[scenario](Number(x(p.ms).toFixed(1)), Number(y(p.med).toFixed(1)), color))
      }
      const lx = WIDTH - PLOT.right + 20
      parts.push(
        `<line x1="${lx}" x2="${lx + 30}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="2" stroke-dasharray="${DASHES[scenario]}"/>`,
      )
      parts.push(MARKERS[scenario](lx + 15, legendY, color))
      parts.push(`<text x="${lx + 38}" y="${legendY + 4}" font-size="11">${side}, ${scenario}</text>`)
      legendY += 20
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">\n${parts.join('\n')}\n</svg>\n`
}
