// `npm run fake-github -- [--port N] [--token T] [--history FILE | --example-history] [--repo OWNER/NAME[=DIR[:PREFIX]]]... [--latency MS] [--tree-entries N]`
// Starts the local GitHub, prints its base URL (the value for GITHUB_API_URL) on stdout and
// serves until stopped. Details go to stderr so `URL=$(npm run -s fake-github -- ... | head -1)` works.
import { parseCliArgs, USAGE, type CliOptions } from './cli-args.js'
import { exampleHistory } from '../support/example-history.js'
import { startFakeGitHub } from './index.js'

let options: CliOptions
try {
  options = parseCliArgs(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`fake-github: ${(error as Error).message}\n${USAGE}\n`)
  process.exit(2)
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}

const github = await startFakeGitHub({
  port: options.port,
  token: options.token,
  history: options.exampleHistory ? exampleHistory() : options.history,
  latencyMs: options.latencyMs,
  ...(options.treeEntries ? { treeLimits: { entries: options.treeEntries } } : {}),
})
for (const repo of options.repos) {
  const files = repo.dir ?? { 'README.md': `# ${repo.name}\n` }
  await github.createRepository(repo.name, files, { prefix: repo.prefix })
}

process.stdout.write(`${github.url}\n`)
process.stderr.write(
  `fake-github: serving at ${github.url} (token ${github.token})${historyLabel(options)}\n` +
    options.repos.map((r) => `fake-github: ${r.name} is the bare repository ${github.gitDir(r.name)}\n`).join(''),
)

const stop = async () => {
  await github.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())

function historyLabel(options: CliOptions): string {
  if (options.exampleHistory) return ", the example's history (tests/support/example-history.ts)"
  return options.history ? `, history ${options.history}` : ''
}
