// A source repository with a very large history, end to end (issue 21): the bundled example's
// sources, each file credited from a history of N commits in all, through the local GitHub (in
// its own process, so only the sync's memory is measured) and a dry-run sync of a site.
// `node --import tsx bench/large-history.ts [--commits N] [--out DIR]` prints one line and writes
// large-history.md (bench/ by default). Before issue 21, 40,000 commits took 2.0 GB and 253 s
// and 100,000 ran out of memory: the batch planner's table grew with the cube of the commits.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { FAST_TIMING } from '../src/github/timing.js'
import { createMemoryLogger } from '../src/shared/line-logger.js'
import { DEFAULT_OPTIONS } from '../src/shared/option-table.js'
import { runSync } from '../src/sync.js'
import type { HistoryFixture } from '../tests/fake-github/types.js'
import { EXAMPLE_BRANCH, EXAMPLE_REPOSITORY, EXAMPLE_SOURCE, exampleHistory, exampleSourceFiles } from '../tests/support/example-history.js'
import { REPO_ROOT } from '../tests/support/repo-root.js'

const PEOPLE = 200

/** N commits spread over the example's credited sources (its articles and workbook), newest first, by PEOPLE authors with accounts. */
export function largeHistory(commits: number): HistoryFixture {
  const files = exampleSourceFiles().filter((file) => file.endsWith('.asciidoc') && !file.endsWith('-script.asciidoc'))
  const history: HistoryFixture['history'] = Object.fromEntries(files.map((file) => [file, []]))
  const start = Date.UTC(2015, 0, 1)
  for (let i = commits - 1; i >= 0; i--) {
    const person = i % PEOPLE
    history[files[i % files.length]].push({
      oid: (i + 1).toString(16).padStart(40, '0'),
      committedDate: new Date(start + i * 60_000).toISOString(),
      messageHeadline: `Change ${i}`,
      authors: [{ name: `Person ${person}`, email: `p${person}@example.org`, login: `p${person}` }],
      pullRequest: null,
    })
  }
  const users: HistoryFixture['users'] = Object.fromEntries(
    Array.from({ length: PEOPLE }, (_, p) => [`p${p}`, { name: `Person ${p}`, type: 'User' as const }]),
  )
  return { ...exampleHistory(), history, pullRequests: {}, users, head: 'f'.repeat(40) }
}

/** The local GitHub in a child process; resolves with its URL once it serves. */
function startLocalGitHub(historyFile: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/fake-github/cli.ts', '--history', historyFile, '--repo', 'bench/site', '--token', 'bench-token'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const line = out.split('\n')[0]
      if (out.includes('\n')) resolve({ url: line.trim(), stop: () => child.kill() })
    })
    child.on('exit', (code) => reject(new Error(`the local GitHub exited with ${code}`)))
  })
}

export interface LargeHistoryResult {
  commits: number
  seconds: number
  /** This process's peak resident set size (the sync; the local GitHub runs apart). */
  peakMB: number
  requests: number
  points: number
  credited: number
}

export async function measureLargeHistory(commits: number): Promise<LargeHistoryResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lps-large-history-'))
  const historyFile = path.join(dir, 'history.json')
  writeFileSync(historyFile, JSON.stringify(largeHistory(commits)))
  const github = await startLocalGitHub(historyFile)
  try {
    const logger = createMemoryLogger()
    const started = performance.now()
    const { github: _, ...defaults } = DEFAULT_OPTIONS
    const result = await runSync(
      {
        ...defaults,
        source: { ...defaults.source, dir: EXAMPLE_SOURCE, repository: EXAMPLE_REPOSITORY, ref: EXAMPLE_BRANCH },
        credit: { ...defaults.credit, provider: 'github' },
        target: { ...defaults.target, repository: 'bench/site', path: 'content/en/learn/learning-path' },
        policy: { ...defaults.policy, dryRun: true, createTargetPath: true, failOnContributorError: true, failOnContentError: true },
      },
      { logger, github: { token: 'bench-token', apiUrl: github.url }, timing: FAST_TIMING },
    )
    const seconds = (performance.now() - started) / 1000
    // The provider's own summary line: `… in N GraphQL requests, P points …`.
    const spent = logger.lines.map((line) => / in (\d+) GraphQL requests, (\d+) points/.exec(line)).find((match) => match !== null)
    return {
      commits,
      seconds: Math.round(seconds * 10) / 10,
      peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
      requests: Number(spent?.[1] ?? 0),
      points: Number(spent?.[2] ?? 0),
      credited: result.plan.add.filter((page) => page.content.includes('contributors:\n  - name')).length,
    }
  } finally {
    github.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { commits: { type: 'string', default: '100000' }, out: { type: 'string' } } })
  const result = await measureLargeHistory(Number(values.commits))
  console.log(JSON.stringify(result))
  const out = path.join(values.out ?? path.join(REPO_ROOT, 'bench'), 'large-history.md')
  writeFileSync(
    out,
    [
      '# A very large history',
      '',
      `Measured by \`node --import tsx bench/large-history.ts --commits ${result.commits}\` on ${new Date().toISOString()}, Node ${process.version}: the example's sources credited from ${result.commits.toLocaleString('en-US')} commits through the local GitHub (its own process), a dry-run sync of a site. See docs/reliability.md (issue 21).`,
      '',
      '| commits | wall time | peak RSS of the sync | GraphQL requests | points | pages credited |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${result.commits.toLocaleString('en-US')} | ${result.seconds} s | ${result.peakMB} MB | ${result.requests} | ${result.points} | ${result.credited} |`,
      '',
    ].join('\n'),
  )
}
