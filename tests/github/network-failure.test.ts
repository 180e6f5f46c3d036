// A request that never gets an answer is named as what it is: "could not reach <API URL>:
// connection refused" (unknown host, timeout, TLS error), never "GitHub answered 500".
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createTcpServer, type AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { GitHubRepoApi } from '../../src/github/repository-api.js'
import { repos } from '../../src/github/repos.js'
import { createGitHubClient } from '../../src/github/client.js'
import { FAST_TIMING, PRODUCTION_TIMING } from '../../src/github/timing.js'
import { isLoopbackUrl } from '../../src/github/network-retry-plugin.js'
import { createMemoryLogger } from '../../src/shared/line-logger.js'
import { runSync } from '../../src/sync.js'
import { DEFAULT_OPTIONS } from '../../src/shared/option-table.js'
import { testContext } from '../support/run-context.js'
import { withOverrides } from '../support/sync.js'
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

/** A server that answers anything but HTTP (a wrong port, a proxy speaking something else). */
async function notHttpServer(): Promise<string> {
  const server = createTcpServer((socket) => socket.on('data', () => socket.end('NOT HTTP AT ALL\r\n\r\n')))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A server that only ever redirects to itself: fetch gives up without a final answer. */
async function redirectLoop(): Promise<string> {
  const server: Server = createHttpServer((req, res) => res.writeHead(302, { location: req.url }).end())
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function readRepository(apiUrl: string, timeoutMs = 5000): Promise<Error> {
  const client = createGitHubClient(
    testContext({ token: 't', apiUrl }, { ...FAST_TIMING, retries: 1, requestTimeoutMs: timeoutMs }),
    'write',
  )
  const api = new GitHubRepoApi(client, 'owner/site')
  return api.call('read the repository', repos.get()).then(
    () => new Error('answered'),
    (error: Error) => error,
  )
}

/** One file's history, read from `apiUrl` without retries. */
function creditFrom(apiUrl: string) {
  const context = testContext({ token: 't', apiUrl }, { ...FAST_TIMING, retries: 0 })
  const provider = new GitHubContributorProvider(context, { repository: 'o/lp', ref: 'main' })
  return provider.credit(['a/01-x.asciidoc'])
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

  it('an answer that is not HTTP', async () => {
    const url = await notHttpServer()
    const error = await readRepository(url)
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toBe(
      `could not reach ${url}: the answer was not HTTP (Response does not match the HTTP/1.1 protocol (Expected HTTP/)) (while trying to read the repository on owner/site)`,
    )
  })

  it('any other failure without an answer (a redirect loop): still not "GitHub answered 500"', async () => {
    const url = await redirectLoop()
    const error = await readRepository(url)
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toBe(
      `could not reach ${url}: no answer (redirect count exceeded) (while trying to read the repository on owner/site)`,
    )
  })

  it('a sync says so in one line, not "GitHub answered 500"', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const { github, ...options } = withOverrides(DEFAULT_OPTIONS, {
      github: { token: 'secret', apiUrl: url },
      source: { dir: 'examples/learning-path', repository: 'o/lp' },
      credit: { provider: 'none' },
      target: { repository: 'o/site', path: 'content' },
      pullRequest: { branch: 'sync', title: 't' },
      policy: { dryRun: true },
    })
    const error = await runSync(options, testContext(github)).then(
      () => new Error('synced'),
      (e: Error) => e,
    )
    expect(error.message).toBe(`could not reach ${url}: connection refused (while trying to read the site on o/site)`)
  })

  it('the contributor history reader names it too', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const result = await creditFrom(url)
    expect(result.failures).toEqual([
      { path: 'a/01-x.asciidoc', reason: `history of a/01-x.asciidoc could not be read: could not reach ${url}: connection refused` },
    ])
  })

  it('the contributor history reader: an answer that is not HTTP', async () => {
    const url = await notHttpServer()
    const result = await creditFrom(url)
    expect(result.failures.map((f) => f.reason)).toEqual([
      `history of a/01-x.asciidoc could not be read: could not reach ${url}: the answer was not HTTP (Response does not match the HTTP/1.1 protocol (Expected HTTP/))`,
    ])
  })
})

describe('retries of a request that got no answer', () => {
  it('a refused connection to this machine fails at once, even with production retry delays (1 + 4 + 9 s)', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const logger = createMemoryLogger()
    const client = createGitHubClient(testContext({ token: 't', apiUrl: url }, PRODUCTION_TIMING, logger), 'write')
    const started = performance.now()
    const error = await new GitHubRepoApi(client, 'owner/site').call('read the repository', repos.get()).then(
      () => new Error('answered'),
      (caught: Error) => caught,
    )
    expect(performance.now() - started).toBeLessThan(2000)
    expect(error.message).toBe(`could not reach ${url}: connection refused (while trying to read the repository on owner/site)`)
    expect(logger.lines.filter((line) => line.includes('retry'))).toEqual([])
    expect(['http://localhost:3999', 'http://[::1]:1', 'http://127.0.0.1'].every(isLoopbackUrl)).toBe(true)
    expect(isLoopbackUrl('https://api.github.com')).toBe(false)
  })

  it('any other failure without an answer says at once what is retried, and when', async () => {
    // Accepts, then drops each connection without a word.
    const server = createTcpServer((socket) => socket.destroy())
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const logger = createMemoryLogger()
    const client = createGitHubClient(testContext({ token: 't', apiUrl: url }, { ...FAST_TIMING, retries: 2 }, logger), 'write')
    await expect(new GitHubRepoApi(client, 'owner/site').call('read the repository', repos.get())).rejects.toThrow(/could not reach/)
    const retries = logger.lines.filter((line) => line.includes(': retry '))
    expect(retries).toEqual([
      expect.stringMatching(
        new RegExp(`^could not reach ${url}: connection (reset|closed) \\(GET /repos/owner/site\\): retry 1 of 2 in 0.005 s$`),
      ),
      expect.stringMatching(/: retry 2 of 2 in 0.02 s$/),
    ])
  })
})
