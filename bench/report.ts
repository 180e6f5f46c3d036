// results.md from the measured runs. Pure: data in, text out.
import type { OldBreakdown } from './baseline/old-lookups.js'
import type { MachineInfo } from './machine.js'
import {
  cellKey,
  LATENCIES_MS,
  SCENARIOS,
  SIDES,
  type RunDetail,
  type RunRecord,
  type Scenario,
  type Side,
  type TimelineEntry,
} from './matrix.js'
import { median, medianIndex, range } from './stats.js'

/** One `npm run bench` that contributed runs. */
export interface Invocation {
  date: string
  argv: string[]
  chains: number
  concurrency: number
  loadStart: number[]
  loadEnd: number[]
  failures: string[]
}

export interface ResultsInput {
  runs: RunRecord[]
  details: RunDetail[]
  invocations: Invocation[]
  machine: MachineInfo
  smoke: boolean
  sections: string[] | 'all'
  breakdown: OldBreakdown
  problems: string[]
}

/** Runs each cell should have. */
export const RUNS_PER_CELL = 3
/** Issue 25's targets, judged on medians at this latency. */
const GOAL_LATENCY_MS = 1000
const GOAL_FULL_SPEED_UP = 20
const GOAL_NOOP_MS = 5_000
const GOAL_ONE_CHANGE_MS = 9_000
const GOAL_POINTS = 25

const SCENARIO_NAMES: Record<Scenario, string> = {
  full: 'full sync onto an empty site',
  noop: 'no-op rerun',
  'one-change': 'one article changed',
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const met = (ok: boolean) => (ok ? 'met' : '**not met**')

export function renderResultsMarkdown(input: ResultsInput): string {
  const cells = groupCells(input.runs)
  const latencies = [...new Set([...(input.smoke ? [] : LATENCIES_MS), ...input.runs.map((r) => r.latencyMs)])].sort((a, b) => a - b)
  const cell = (scenario: Scenario, side: Side, latencyMs: number) => cells.get(cellKey({ scenario, side, latencyMs })) ?? []
  const wall = (scenario: Scenario, side: Side, latencyMs: number) => {
    const runs = cell(scenario, side, latencyMs)
    return runs.length === 0 ? NaN : median(runs.map((r) => r.wallMs))
  }

  const wallTable = [
    `| scenario | side | ${latencies.map((ms) => `${ms} ms`).join(' | ')} |`,
    `| --- | --- | ${latencies.map(() => '---:').join(' | ')} |`,
    ...SCENARIOS.flatMap((scenario) =>
      SIDES.map(
        (side) => `| ${scenario} | ${side} | ${latencies.map((ms) => wallCell(cell(scenario, side, ms), input.smoke)).join(' | ')} |`,
      ),
    ),
  ]
  const ourSides = ['ours', 'ours-git-history'] as const
  const ratioTable = [
    `| scenario | ${latencies.flatMap((ms) => ourSides.flatMap((o) => [`baseline ÷ ${o}, ${ms} ms`, `same spacing ÷ ${o}, ${ms} ms`])).join(' | ')} |`,
    `| --- | ${latencies.flatMap(() => ourSides.flatMap(() => ['---:', '---:'])).join(' | ')} |`,
    ...SCENARIOS.map(
      (scenario) =>
        `| ${scenario} | ${latencies
          .flatMap((ms) =>
            ourSides.flatMap((o) => [
              ratio(wall(scenario, 'baseline', ms), wall(scenario, o, ms)),
              ratio(wall(scenario, 'baseline-same-spacing', ms), wall(scenario, o, ms)),
            ]),
          )
          .join(' | ')} |`,
    ),
  ]
  const countTable = [
    '| scenario | side | GraphQL requests | GraphQL points | REST reads | REST writes | peak RSS (MB) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...SCENARIOS.flatMap((scenario) =>
      SIDES.flatMap((side) => {
        const runs = latencies.flatMap((ms) => cell(scenario, side, ms))
        if (runs.length === 0) return [`| ${scenario} | ${side} | – | – | – | – | – |`]
        const figure = (pick: (r: RunRecord) => number) => spread(runs.map(pick))
        return [
          `| ${scenario} | ${side} | ${figure((r) => r.graphqlRequests)} | ${figure((r) => r.graphqlPoints)} | ${figure((r) => r.restReads)} | ${figure((r) => r.restWrites)} | ${figure((r) => r.peakRssMb)} |`,
        ]
      }),
    ),
  ]

  const missing = missingCells(cells, input.smoke ? latencies : [...LATENCIES_MS], input.smoke ? 1 : RUNS_PER_CELL)
  const failures = input.invocations.flatMap((i) => i.failures)
  const loads = input.details.map((d) => d.loadAtStart)
  const b = input.breakdown
  const sectionText = input.sections === 'all' ? 'all five sections, every language' : `section ${input.sections.join(', ')} only`

  const lines = [
    '# Benchmark: this action against the old scripts',
    '',
    input.smoke
      ? '> **Smoke run.** One section, tiny latency, no throttling gaps, every chain in this process, one run per cell: it checks that the benchmark works, its numbers measure nothing. The committed results come from a full `npm run bench`.'
      : 'Measured by `npm run bench` (options: `--scenarios`, `--sides`, `--latencies`, `--runs`, `--concurrency`, `--merge`; see `bench/args.ts`). results.json holds every run; details.json the per-run extras (phases, request timelines, load); the chart is wall-time.svg.',
    '',
    '## Machine and load',
    '',
    `- machine: \`${input.machine.uname}\``,
    `- CPUs: ${input.machine.cpus} × ${input.machine.cpuModel}; memory: ${input.machine.memoryGb} GB; Node ${input.machine.node}`,
    ...input.invocations.map(
      (i) =>
        `- ${i.date}: \`npm run bench -- ${i.argv.join(' ')}\`: ${i.chains} chains, ${i.concurrency} at once; load average (1, 5, 15 min) ${fmtLoad(i.loadStart)} at start, ${fmtLoad(i.loadEnd)} at the last write` +
        (i.failures.length > 0 ? `; ${i.failures.length} of its chains ended without results (see Missing)` : ''),
    ),
    loads.length > 0
      ? `- 1-minute load average when each run started: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} (median ${median(loads).toFixed(1)}) on ${input.machine.cpus} CPUs.`
      : '- no runs yet.',
    '',
    "**How the runs share the machine.** A run is latency-bound (waiting on the local GitHub) except while it renders. To fit the time budget, independent chains — one side at one latency: its scenarios in order, against its own local GitHub, each scenario in its own Node process — run at once, as separate processes. The machine's CPUs are shared with that concurrency and with other work (the load averages above): CPU work inside a run (rendering 217 pages, planning) stretches when the load is high, for every side alike, and the spread of a cell shows it. Latency waits do not stretch. Where invocations overlap, a cell's runs come from the last one that measured it. The machine is shared: other work (other sessions' builds and tests) ran on the same CPUs during the benchmark, which the load averages include; the latency is simulated by waits in the local GitHub, which the load does not stretch.",
    '',
    '## Set-up',
    '',
    `- Input: the real fixture \`../shared/fixtures/learning-path\` (${sectionText}); contributor history served over HTTP by the local GitHub (\`tests/fake-github\`) from \`../shared/fixtures/github/learning-path-history.json\`, which computes each GraphQL query's cost with GitHub's documented formula. The local GitHub adds the latency to every request.`,
    "- **ours**: `runSync` as the action runs it (`github` contributors, one pull request, the action's defaults), octokit from `createGitHubClient` with `PRODUCTION_TIMING` (REST writes ≥ 1 s apart, GraphQL reads one at a time, back to back). The sources are the fixture folder, not a git checkout, so the credits come from GitHub's history queries.",
    "- **ours-git-history**: the same, from a full-history clone of the sources (`actions/checkout` with `fetch-depth: 0`): a git repository whose commits are the history fixture's (`tests/support/history-repository.ts`), served by the local GitHub under git's SHAs; git names each file's commits and GitHub is asked only for accounts and reviews, by commit (docs/credits.md). Its one-change edit is a commit of its own on top (by the article's newest author), which the local GitHub serves too, as GitHub would once pushed.",
    `- **baseline**: the old scripts' request pattern (below) through \`new Octokit({ auth, baseUrl })\`, whose default throttling spaces every GraphQL request 1 s apart.`,
    '- **baseline-same-spacing**: the same requests through our clients (`createGitHubClient`, the same `PRODUCTION_TIMING`), the GraphQL queries one at a time, back to back, as ours go: the difference to ours is the batching and the comparing alone.',
    `- Scenarios, in this order in each chain: **full** sync onto an empty site (a repository holding only a README); **noop**: rerun with nothing new (ours: the pull request open, nothing written; the old pattern compares nothing, so it pushes the whole tree again); **one-change**: a copy of the learning path with a sentence appended to the first English article of the first section. A chain asked for a later scenario only runs the earlier ones first without latency and unmeasured.`,
    "- Wall time: from the start of the work to its end inside the scenario process (Node start-up and module loading excluded, the same for every side). Peak memory: that process's peak resident set size. Requests, points, reads and writes: the local GitHub's request log for that scenario only.",
    '',
    '## Wall time',
    '',
    `Median (range) of the runs of each cell, n = runs${input.smoke ? '' : `; a cell should have ${RUNS_PER_CELL}`}:`,
    '',
    ...wallTable,
    '',
    '![wall time against latency](wall-time.svg)',
    '',
    'What latency alone would cost: the GraphQL requests one after another, each taking the latency (the old client: at least 1 s apart), against the median measured; the rest is CPU work (rendering, building and parsing answers, the local GitHub itself) stretched by the load, and for ours the publish writes:',
    '',
    ...floorTable(latencies, cell),
    '',
    'How many times longer the old pattern takes (median ÷ median):',
    '',
    ...ratioTable,
    '',
    '## Requests',
    '',
    'Per run, over every latency (one number when all runs agree, else min–max):',
    '',
    ...countTable,
    '',
    `GraphQL points per request, ours (full sync): ${costSummary(firstDetail(input, 'full', 'ours')?.graphqlCosts)}; the old pattern: ${costSummary(firstDetail(input, 'full', 'baseline')?.graphqlCosts ?? firstDetail(input, 'full', 'baseline-same-spacing')?.graphqlCosts)}.`,
    '',
    ...goals(input, wall, cell),
    ...criticalPath(input),
    '## Missing',
    '',
    ...(missing.length === 0 ? [`Nothing: every cell has its ${input.smoke ? 'run' : `${RUNS_PER_CELL} runs`}.`] : []),
    ...missing.map((m) => `- ${m}`),
    ...(failures.length > 0
      ? [
          '',
          'Chains that ended without results: failed, or ended on purpose by whoever ran the benchmark because their cells were to be measured again by a later invocation (whose runs replace them). A cell is missing only where the list above says so:',
          '',
          ...failures.map((f) => `- ${f}`),
        ]
      : []),
    '',
    ...(input.problems.length > 0 ? ['**The scenarios did not behave as expected:**', '', ...input.problems.map((p) => `- ${p}`), ''] : []),
    '## The old pattern',
    '',
    "The old scripts' request pattern (`scripts/get_contributors.js` and `scripts/generate_new_site_learning_path_markdown.js` of the Learning Path repository), re-implemented in `bench/baseline/`:",
    '',
    "- **Queries**: one per lookup, the path pasted into the query text, the first 100 commits with their authors and their pull request's reviews nested in the history. Side baseline starts all lookups at once (the old `forEach(async ...)`), so the client's throttle alone sets the pace; side baseline-same-spacing sends them one at a time (our client gates when GraphQL requests start, not how many run at once: octokit would run up to 10 together). Pages are rendered by our renderer, so every side does the same rendering work.",
    `- **Why ${b.requests} requests**: the old walk visits every section's language folders (${b.languageFolders}) and asks once per article (${b.articles}) and once per folder for the section's workbook (${b.languageFolders}): ${b.articles} + ${b.languageFolders} = ${b.requests}; only ${b.workbooks} of the workbook answers credit a page, so ${b.workbookReasks} are re-asks.`,
    "- **Writes**: every page written whether it changed or not: one tree carrying all pages inline (the API's equivalent of `git add . && git commit && git push`), one commit on the base head, the branch created (then force-moved on a rerun); 3 REST reads before (repository, base ref, base commit). No pull request (the old set-up left that to a second workflow), which only favours the old pattern.",
    "- **Spacing**: octokit's default throttling queues GraphQL (HTTP POST) in its write group, 1 s apart, which is what costs the old pattern a second per request at any latency below a second. Ours sends GraphQL queries (reads) one at a time, back to back, as GitHub's guidance for secondary rate limits allows; REST writes stay ≥ 1 s apart; requests that notify people keep octokit's 3 s.",
    '',
  ]
  return lines.join('\n')
}

function floorTable(latencies: readonly number[], cell: (s: Scenario, side: Side, ms: number) => RunRecord[]): string[] {
  return [
    `| scenario | side | ${latencies.map((ms) => `${ms} ms: floor → median`).join(' | ')} |`,
    `| --- | --- | ${latencies.map(() => '---:').join(' | ')} |`,
    ...SCENARIOS.flatMap((scenario) =>
      SIDES.map((side) => {
        const cells = latencies.map((ms) => {
          const runs = cell(scenario, side, ms)
          if (runs.length === 0) return '–'
          const gap = side === 'baseline' ? Math.max(ms, 1000) : ms
          const floor = median(runs.map((r) => r.graphqlRequests)) * gap
          return `${seconds(floor)} → ${seconds(median(runs.map((r) => r.wallMs)))}`
        })
        return `| ${scenario} | ${side} | ${cells.join(' | ')} |`
      }),
    ),
  ]
}

function groupCells(runs: readonly RunRecord[]): Map<string, RunRecord[]> {
  const cells = new Map<string, RunRecord[]>()
  for (const r of runs) cells.set(cellKey(r), [...(cells.get(cellKey(r)) ?? []), r])
  return cells
}

function wallCell(runs: readonly RunRecord[], smoke: boolean): string {
  if (runs.length === 0) return '**missing**'
  const walls = runs.map((r) => r.wallMs)
  const { min, max } = range(walls)
  const short = !smoke && runs.length < RUNS_PER_CELL ? ` **(${runs.length} of ${RUNS_PER_CELL})**` : ''
  return runs.length === 1
    ? `${seconds(walls[0])} (n = 1)${short}`
    : `${seconds(median(walls))} (${(min / 1000).toFixed(1)}–${(max / 1000).toFixed(1)}, n = ${runs.length})${short}`
}

function ratio(a: number, b: number): string {
  return Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '–' : `${(a / b).toFixed(1)}×`
}

function spread(values: readonly number[]): string {
  const { min, max } = range(values)
  return min === max ? String(min) : `${min}–${max}`
}

const fmtLoad = (l: readonly number[]) => l.map((n) => n.toFixed(1)).join(', ')

function missingCells(cells: Map<string, RunRecord[]>, latencies: readonly number[], wanted: number): string[] {
  const missing: string[] = []
  for (const scenario of SCENARIOS) {
    for (const side of SIDES) {
      for (const latencyMs of latencies) {
        const have = cells.get(cellKey({ scenario, side, latencyMs }))?.length ?? 0
        if (have < wanted) missing.push(`${scenario} × ${side} × ${latencyMs} ms: ${have} of ${wanted} runs`)
      }
    }
  }
  return missing
}

function firstDetail(input: ResultsInput, scenario: Scenario, side: Side): RunDetail | undefined {
  return input.details.find((d) => d.key.startsWith(`${scenario}/${side}/`))
}

/** `3 × 1 + 11 × 2 = 25`: how many requests cost how many points. */
export function costSummary(costs: readonly number[] | undefined): string {
  if (!costs) return 'not measured'
  const counts = new Map<number, number>()
  for (const cost of costs) counts.set(cost, (counts.get(cost) ?? 0) + 1)
  const parts = [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([cost, n]) => `${n} × ${cost}`)
  return `${parts.join(' + ') || '0'} = ${costs.reduce((a, b) => a + b, 0)}`
}

function goals(
  input: ResultsInput,
  wall: (s: Scenario, side: Side, ms: number) => number,
  cell: (s: Scenario, side: Side, ms: number) => RunRecord[],
): string[] {
  if (input.smoke) return ['(Smoke run: the goals are judged on the full run only.)', '']
  const ms = GOAL_LATENCY_MS
  const have = (v: number) => !Number.isNaN(v)
  const old = wall('full', 'baseline', ms)
  const row = (side: Side) => {
    const full = wall('full', side, ms)
    const noop = wall('noop', side, ms)
    const one = wall('one-change', side, ms)
    const points = cell('full', side, ms).map((r) => r.graphqlPoints)
    const speedUp = old / full
    return [
      `| ${side}: full sync ≥ ${GOAL_FULL_SPEED_UP}× faster than the old pattern (13.5× before) | ${have(speedUp) ? `${speedUp.toFixed(1)}× (${seconds(old)} → ${seconds(full)})` : 'not measured'} | ${have(speedUp) ? met(speedUp >= GOAL_FULL_SPEED_UP) : '**missing**'} |`,
      `| ${side}: no-op rerun ≤ ${GOAL_NOOP_MS / 1000} s (11.5 s before) | ${have(noop) ? seconds(noop) : 'not measured'} | ${have(noop) ? met(noop <= GOAL_NOOP_MS) : '**missing**'} |`,
      `| ${side}: one-change sync ≤ ${GOAL_ONE_CHANGE_MS / 1000} s (14.3 s before) | ${have(one) ? seconds(one) : 'not measured'} | ${have(one) ? met(one <= GOAL_ONE_CHANGE_MS) : '**missing**'} |`,
      `| ${side}: GraphQL points ≤ ${GOAL_POINTS} (full sync) | ${points.length ? spread(points) : 'not measured'} | ${points.length ? met(Math.max(...points) <= GOAL_POINTS) : '**missing**'} |`,
    ]
  }
  return [
    `## Goals (issue 25, medians at ${ms} ms; judged on ours-git-history, ours shown beside it)`,
    '',
    '| goal | measured | |',
    '| --- | --- | --- |',
    ...row('ours-git-history'),
    ...row('ours'),
    '',
  ]
}

/**
 * The request timeline of the median no-op rerun of every side at the goal latency, and of the
 * median full sync of ours-git-history: one row per round trip; a run of alike requests one
 * after another (the old pattern's lookups) is one row with its count.
 */
function criticalPath(input: ResultsInput): string[] {
  const latency = input.smoke ? Math.max(...input.runs.map((r) => r.latencyMs)) : GOAL_LATENCY_MS
  const lines = ['## Round trips of a run', '']
  const runs: [Scenario, Side][] = [...SIDES.map((side) => ['noop', side] as [Scenario, Side]), ['full', 'ours-git-history']]
  for (const [scenario, side] of runs) {
    const keys = input.details.filter((d) => d.key.startsWith(`${scenario}/${side}/${latency}/`) && d.timeline)
    if (keys.length === 0) {
      lines.push(`(${scenario} of ${side} at ${latency} ms not measured.)`, '')
      continue
    }
    const mid = keys[medianIndex(keys.map((d) => d.wallMs))]
    const phases = mid.phases ?? {}
    const trips = roundTrips(mid.timeline ?? [])
    lines.push(
      `**${SCENARIO_NAMES[scenario]}, ${side}, ${latency} ms** (run ${mid.run}, ${seconds(mid.wallMs)}, ${trips.length} rows for ${(mid.timeline ?? []).length} requests): in seconds from the start of the work.${
        Object.keys(phases).length
          ? ` Engine phases (log groups; they overlap the background reads): ${Object.entries(phases)
              .map(([name, ms]) => `${name} ${seconds(ms)}`)
              .join(', ')}.`
          : ''
      }`,
      '',
      '| # | request | start | end |',
      '| ---: | --- | ---: | ---: |',
      ...trips.map(
        (t, i) =>
          `| ${i + 1} | ${t.count > 1 ? `${t.count} × ` : ''}${describe(t.first)} | ${(t.first.startMs / 1000).toFixed(2)} | ${(t.endMs / 1000).toFixed(2)} |`,
      ),
      '',
    )
  }
  lines.push(
    "What waits on what (ours): discovery → { the credit reads, one GraphQL query at a time (ours: every file's history first, then the commit details the answers name, each waiting for the one before; ours-git-history: `git log` on the runner, then 3 commit lookups by oid) | the site read: one GraphQL query (repository, base commit, the folders down to the pages folder and the pages folder's own, the previous sync commit, the Hugo language configuration, the sync branch's head and its pull requests) } → plan (needs the pages, their credits and the site) → publish (no-op: nothing more to ask; a change: tree → commit → ref → pull request, REST writes ≥ 1 s apart). Rendering runs on the same thread while the reads are in flight; CPU work (discovery, git, rendering, planning) stretches with the load of the machine and shows as gaps between requests.",
    '',
  )
  return lines
}

/** Consecutive requests alike (method, path, operation) as one row: how many, the first, and when the last ended. */
function roundTrips(timeline: readonly TimelineEntry[]): { first: TimelineEntry; count: number; endMs: number }[] {
  const rows: { first: TimelineEntry; count: number; endMs: number }[] = []
  const same = (a: TimelineEntry, b: TimelineEntry) => a.method === b.method && a.path === b.path && a.operation === b.operation
  for (const t of timeline) {
    const last = rows.at(-1)
    if (last && same(last.first, t)) {
      last.count++
      last.endMs = Math.max(last.endMs, t.endMs)
    } else rows.push({ first: t, count: 1, endMs: t.endMs })
  }
  return rows
}

function describe(t: TimelineEntry): string {
  const name = t.operation ? ` (${t.operation})` : ''
  return `${t.write ? '**write** ' : ''}${t.method} ${t.path}${name}`
}
