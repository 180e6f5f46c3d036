// A request that never gets an answer is named as what it is: "could not reach <API URL>:
// connection refused" (unknown host, timeout, TLS error), never "GitHub answered 500".
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createTcpServer, type AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { GitHubRepoApi } from '../../src/publish/github-api.js'
import { FAST_TIMING, createGitHubClient } from '../../src/shared/github-client.js'
import { runSync } from '../../src/sync.js'
import { createMemoryLogger } from '../../src/shared/line-logger.js'
import { UserError } from '../../src/shared/user-error.js'
import { GitHubContributorProvider } from '../../src/credit/github-provider.js'

const servers: { close: () => void }[] = []
afterAll(() => servers.forEach((s) => s.close()))

/** A port nothing listens on: opened, noted, closed. */
async function closedPort(): Promise<number> {
  const server = createTcpServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A server that accepts connections and never answers. */
async function silentServer(): Promise<string> {
  const server = createTcpServer(() => {})
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A plain HTTP server: an https:// client meets no TLS there. */
async function plainServer(): Promise<number> {
  const server: Server = createHttpServer((_req, res) => res.end('{}'))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

async function readRepository(apiUrl: string, timeoutMs = 5000): Promise<Error> {
  const client = createGitHubClient({
    token: 't',
    baseUrl: apiUrl,
    timing: { ...FAST_TIMING, retries: 1, requestTimeoutMs: timeoutMs },
    purpose: 'write',
  })
  const api = new GitHubRepoApi(client, 'owner/site')
  return api
    .call('read the repository', 'read', () => client.rest.repos.get({ owner: 'owner', repo: 'site' }))
    .then(
      () => new Error('answered'),
      (error: Error) => error,
    )
}

describe('network failures are named, with the API URL', () => {
  it('connection refused', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const error = await readRepository(url)
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toBe(`could not reach ${url}: connection refused (while trying to read the repository on owner/site)`)
  })

  it('unknown host', async () => {
    const error = await readRepository('http://no-such-host.invalid')
    expect(error.message).toMatch(/^could not reach http:\/\/no-such-host\.invalid: unknown host/)
  })

  it('timeout: a server that never answers does not hang the run', async () => {
    const url = await silentServer()
    const error = await readRepository(url, 200)
    expect(error.message).toBe(`could not reach ${url}: timeout (while trying to read the repository on owner/site)`)
  })

  it('TLS error', async () => {
    const url = `https://127.0.0.1:${await plainServer()}`
    const error = await readRepository(url)
    expect(error.message).toMatch(new RegExp(`^could not reach ${url.replace(/\./g, '\\.')}: TLS error`))
    expect(error.message).not.toMatch(/500/)
  })

  it('a sync says so in one line, not "GitHub answered 500"', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const logger = createMemoryLogger()
    const options = {
      sourceDir: 'examples/learning-path',
      languages: 'all',
      contributors: 'none' as const,
      sourceRepository: 'o/lp',
      sourceRef: 'main',
      targetRepository: 'o/site',
      targetPath: 'content',
      branch: 'sync',
      title: 't',
      labels: [],
      reviewers: [],
      draft: false,
      dryRun: true,
      failOnContributorError: false,
      failOnContentError: true,
      token: 'secret',
      apiUrl: url,
    }
    const error = await runSync(options, { logger, timing: FAST_TIMING }).then(
      () => new Error('synced'),
      (e: Error) => e,
    )
    expect(error.message).toBe(`could not reach ${url}: connection refused (while trying to read the repository on o/site)`)
  })

  it('the contributor history reader names it too', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const provider = new GitHubContributorProvider({
      token: 't',
      apiUrl: url,
      repository: 'o/lp',
      logger: createMemoryLogger(),
      timing: { ...FAST_TIMING, retries: 0 },
    })
    const result = await provider.credit(['a/01-x.asciidoc'])
    expect(result.failures).toEqual([
      { path: 'a/01-x.asciidoc', reason: `history of a/01-x.asciidoc could not be read: could not reach ${url}: connection refused` },
    ])
  })
})
