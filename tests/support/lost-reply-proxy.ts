// A fault the local GitHub cannot script by itself: the request reaches GitHub and is carried
// out, but the answer never comes back (the connection breaks on the way). The client sees a
// network error and retries a write that already happened, which is how duplicate commits,
// branches or pull requests would be born. This proxy sits between the sync and the local
// GitHub, forwards everything over real HTTP, and for chosen requests waits for the full
// answer, then destroys the client's socket instead of passing it on.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LostReply {
  method: string
  /** Matched against the URL pathname. */
  path: RegExp
  /** Matched against the request body when given (a GraphQL operation's name: every query goes to one path). */
  body?: RegExp
  /** How many matching requests lose their reply; default 1. */
  times?: number
}

export interface LostReplyProxy {
  /** Use as the API URL instead of the local GitHub's. */
  url: string
  /** Requests whose reply was swallowed, as `METHOD path status`. */
  swallowed: string[]
  lose(rule: LostReply): void
  close(): Promise<void>
}

export async function startLostReplyProxy(upstream: string): Promise<LostReplyProxy> {
  const target = new URL(upstream)
  const rules: { rule: LostReply; remaining: number }[] = []
  const swallowed: string[] = []

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const pathname = new URL(req.url ?? '/', 'http://proxy').pathname
      const method = (req.method ?? 'GET').toUpperCase()
      const text = Buffer.concat(chunks).toString('utf8')
      const hit = rules.find(
        (r) =>
          r.remaining > 0 &&
          r.rule.method === method &&
          r.rule.path.test(decodeURIComponent(pathname)) &&
          (r.rule.body === undefined || r.rule.body.test(text)),
      )
      if (hit) hit.remaining--
      const forwarded = httpRequest(
        { host: target.hostname, port: target.port, method, path: req.url, headers: { ...req.headers, host: target.host } },
        (answer: IncomingMessage) => {
          const body: Buffer[] = []
          answer.on('data', (c: Buffer) => body.push(c))
          answer.on('end', () => {
            if (hit) {
              swallowed.push(`${method} ${decodeURIComponent(pathname)} ${answer.statusCode}`)
              req.socket.destroy()
              return
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(body))
          })
        },
      )
      forwarded.on('error', () => req.socket.destroy())
      forwarded.end(Buffer.concat(chunks))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    swallowed,
    lose: (rule) => rules.push({ rule, remaining: rule.times ?? 1 }),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
