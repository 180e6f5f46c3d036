// `npm run fake-github -- [--port N] [--token T] [--history FILE] [--repo OWNER/NAME=DIR[:PREFIX]]... [--latency MS]`
// Starts the local GitHub, prints its base URL (the value for GITHUB_API_URL) and serves until stopped.
// `:PREFIX` puts DIR's files under that folder of the repository (e.g. content/en/learn/learning-path).
import { parseArgs } from 'node:util'
import { startFakeGitHub } from './index.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    token: { type: 'string' },
    history: { type: 'string' },
    repo: { type: 'string', multiple: true },
    latency: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  process.stdout.write(
    'usage: npm run fake-github -- [--port N] [--token T] [--history FILE] [--repo OWNER/NAME=DIR[:PREFIX]]... [--latency MS]\n',
  )
  process.exit(0)
}

const repos: { name: string; dir: string; prefix?: string }[] = []
for (const spec of values.repo ?? []) {
  const match = /^([^/=]+\/[^/=]+)=([^:]+)(?::(.*))?$/.exec(spec)
  if (!match) {
    process.stderr.write(`fake-github: --repo wants OWNER/NAME=DIR[:PREFIX], got ${spec}\n`)
    process.exit(2)
  }
  repos.push({ name: match[1], dir: match[2], prefix: match[3] })
}

const github = await startFakeGitHub({
  port: values.port ? Number(values.port) : undefined,
  token: values.token,
  history: values.history,
  latencyMs: values.latency ? Number(values.latency) : undefined,
})
for (const repo of repos) await github.createRepository(repo.name, repo.dir, { prefix: repo.prefix })

process.stdout.write(`${github.url}\n`)
process.stderr.write(
  `fake-github: serving at ${github.url} (token ${github.token})` +
    `${values.history ? `, history ${values.history}` : ''}` +
    '\n' +
    repos.map((r) => `fake-github: ${r.name} is the bare repository ${github.gitDir(r.name)}\n`).join(''),
)

const stop = async () => {
  await github.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
