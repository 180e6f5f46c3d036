// The HTTP front: control routes, latency and faults, authentication, then GraphQL or REST,
// with every request written to the log.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { selectApiVersion } from './api-version.js'
import { authenticate } from './auth.js'
import { etagOf, noneMatch, VARY } from './etag.js'
import { faultReply } from './fault-replies.js'
import { describeFault, graphqlOperationName, type FaultBook } from './faults.js'
import { handleGraphQL } from './graphql/handler.js'
import type { HistoryStore } from './graphql/history-store.js'
import { badCredentials, errorReply, notFound, parseJsonBody, ReplyError, type Reply } from './http.js'
import type { RequestLog } from './log.js'
import { primaryLimitReply, rateLimitHeaders, remaining, type RateLimits } from './rate-limit.js'
import { isWrite } from './rest/deps.js'
import type { Router } from './rest/router.js'
import type { RepoStore } from './git/repo-store.js'
import { addPullReview } from './rest/reviews.js'
import type { FakeFault, FakeReview, RequestLogEntry, TreeLimits } from './types.js'

export interface ServerState {
  token: string
  viewerLogin: string
  latencyMs: number
  log: RequestLog
  faults: FaultBook
  rateLimits: RateLimits
  history?: HistoryStore
  /** The repositories, for the GraphQL mutations on their pull requests. */
  repos?: RepoStore
  router: Router
  /** Shared with the REST routes; `PUT /_fake/tree-limits` changes it in place. */
  treeLimits: TreeLimits
}

export function createFakeServer(state: ServerState): Server {
  const server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      // A bug in the fake must show up in the test that met it, not hang it.
      if (!res.headersSent) send(res, errorReply(500, `fake-github: ${String(error)}`))
      else res.destroy()
    })
  })
  return server
}

async function handle(state: ServerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now()
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const method = (req.method ?? 'GET').toUpperCase()
  const raw = await readBody(req)
  if (url.pathname.startsWith('/_fake/')) return void send(res, await control(state, method, url.pathname, raw))

  const isGraphQL = url.pathname === '/graphql'
  // Octokit escapes the slash in `heads/main`; log and match faults on the readable path.
  const pathname = readablePath(url.pathname)
  const entry: RequestLogEntry = {
    method,
    path: pathname,
    query: url.search,
    status: 0,
    durationMs: 0,
    startedAtMs: Math.round((performance.timeOrigin + started) * 1000) / 1000,
    write: !isGraphQL && isWrite(method),
  }
  // REST answers, whatever answers them (faults included), say which API version served them.
  const version = isGraphQL ? undefined : selectApiVersion(req.headers['x-github-api-version'])
  const finish = (reply: Reply | undefined) => {
    if (reply && version && 'version' in version) {
      reply = { ...reply, headers: { ...reply.headers, 'x-github-api-version-selected': version.version } }
    }
    const sent = reply ? send(res, reply) : undefined
    entry.status = reply?.status ?? 0
    entry.durationMs = Math.round((performance.now() - started) * 1000) / 1000
    state.log.add(entry, {
      method,
      path: pathname,
      query: url.search,
      requestHeaders: requestHeaders(req),
      requestBody: raw,
      status: entry.status,
      responseHeaders: sent?.headers ?? {},
      responseBody: sent?.text ?? '',
      ...(entry.fault ? { fault: entry.fault } : {}),
    })
  }

  const fault = state.faults.take(method, pathname, isGraphQL ? graphqlOperationName(raw) : undefined)
  if (fault) entry.fault = describeFault(fault)
  const delay = state.latencyMs + (fault?.latencyMs ?? 0)
  if (delay > 0) await sleep(delay)
  if (fault?.before) await fault.before()
  if (fault?.drop) {
    req.socket.destroy()
    return finish(undefined)
  }
  const token = authenticate(req.headers, state.token)
  if (fault?.status) {
    return finish(
      faultReply(fault, state.rateLimits.budget(token ?? state.token, isGraphQL ? 'graphql' : restResource(pathname)), isGraphQL),
    )
  }
  if (!token) return finish(badCredentials())
  if (version && 'reply' in version) return finish(version.reply)

  try {
    const body = parseJsonBody(raw)
    if (isGraphQL && method === 'POST') return finish(await graphql(state, token, body, fault, entry))
    finish(await rest(state, token, method, url, body, req.headers))
  } catch (error) {
    if (error instanceof ReplyError) return finish(error.reply)
    throw error
  }
}

async function graphql(state: ServerState, token: string, body: unknown, fault: FakeFault | undefined, entry: RequestLogEntry) {
  const { reply, facts } = await handleGraphQL(body, {
    token,
    viewerLogin: state.viewerLogin,
    store: state.history,
    repos: state.repos,
    rateLimits: state.rateLimits,
    failingFields: fault?.graphqlErrorAliases,
  })
  if (facts.operationName) entry.operationName = facts.operationName
  entry.cost = facts.cost
  entry.nodeCount = facts.nodeCount
  entry.write = facts.write
  return reply
}

/**
 * A REST request: the token's `core` budget (a spent one answers
 * GitHub's primary rate limit), the route, then the validators of a GET. A GET whose
 * `If-None-Match` names the current ETag answers 304 and costs nothing.
 */
async function rest(
  state: ServerState,
  token: string,
  method: string,
  url: URL,
  body: unknown,
  headers: IncomingHttpHeaders,
): Promise<Reply> {
  const resource = restResource(url.pathname)
  const budget = state.rateLimits.budget(token, resource)
  if (remaining(budget) === 0) return primaryLimitReply(budget)

  const route = state.router.match(method, url.pathname)
  let reply: Reply
  try {
    reply = route
      ? await route.handler({ method, pathname: url.pathname, query: url.searchParams, params: route.params, body, token })
      : notFound()
  } catch (error) {
    if (!(error instanceof ReplyError)) throw error
    reply = error.reply
  }
  if (method === 'GET' && reply.status === 200 && reply.body !== undefined) {
    const etag = etagOf(bodyText(reply.body), token, headerValue(headers.accept))
    const validators = { etag, vary: VARY }
    if (noneMatch(headerValue(headers['if-none-match']), etag)) {
      return { status: 304, headers: { ...rateLimitHeaders(budget), ...validators } }
    }
    reply = { ...reply, headers: { ...reply.headers, ...validators } }
  }
  state.rateLimits.spend(token, resource, 1)
  return { ...reply, headers: { ...rateLimitHeaders(budget), ...reply.headers } }
}

/** The budget a REST request spends: the search endpoints have their own, the rest share `core`. */
const restResource = (pathname: string) => (pathname.startsWith('/search/') ? 'search' : 'core')

/**
 * Control routes for people driving the fake from outside the process (no token needed):
 * `GET|DELETE /_fake/requests` read or clear the log, `POST|DELETE /_fake/faults` add or clear
 * faults (a JSON FakeFault; `path` starting with `^` is a regular expression),
 * `PUT /_fake/latency` `{"ms": N}` sets the latency, and the pull request controls
 * (`/_fake/repos/{o}/{r}/pulls/{n}/...`, see `pullControl`).
 */
async function control(state: ServerState, method: string, pathname: string, raw: string): Promise<Reply> {
  const route = `${method} ${pathname.replace(/\/+$/, '')}`
  try {
    const pull = /^(\w+) \/_fake\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/([\w-]+)$/.exec(route)
    if (pull) return await pullControl(state, pull.slice(1), parseJsonBody(raw))
    switch (route) {
      case 'GET /_fake/requests':
        return { status: 200, body: state.log.entries }
      case 'GET /_fake/exchanges':
        return { status: 200, body: state.log.exchanges }
      case 'DELETE /_fake/requests':
        state.log.clear()
        return { status: 204 }
      case 'POST /_fake/faults': {
        const fault = parseJsonBody(raw) as FakeFault & { path: string }
        if (typeof fault?.path !== 'string') return errorReply(422, 'a fault needs a path')
        state.faults.add({ ...fault, path: fault.path.startsWith('^') ? new RegExp(fault.path) : fault.path })
        return { status: 201, body: fault }
      }
      case 'DELETE /_fake/faults':
        state.faults.clear()
        return { status: 204 }
      case 'PUT /_fake/tree-limits': {
        const limits = parseJsonBody(raw) as Partial<Record<keyof TreeLimits, unknown>>
        const valid = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v > 0)
        if (!valid(limits?.entries) || !valid(limits?.bytes)) return errorReply(422, 'tree limits want {"entries": N, "bytes": N}')
        Object.assign(state.treeLimits, limits)
        return { status: 200, body: state.treeLimits }
      }
      case 'PUT /_fake/latency': {
        const ms = (parseJsonBody(raw) as { ms?: unknown }).ms
        if (typeof ms !== 'number' || ms < 0) return errorReply(422, 'latency wants {"ms": N}')
        state.latencyMs = ms
        return { status: 200, body: { ms } }
      }
      default:
        return notFound()
    }
  } catch (error) {
    if (error instanceof ReplyError) return error.reply
    throw error
  }
}

/**
 * `POST /_fake/repos/{o}/{r}/pulls/{n}/reviews` `{"user", "state", "body"?}` adds someone else's
 * review; `PUT .../merge-state-unknown` `{"reads": N}` has the next N reads of the merge state
 * answer UNKNOWN.
 */
async function pullControl(state: ServerState, [method, owner, name, number, what]: string[], body: unknown): Promise<Reply> {
  const repo = state.repos?.get(owner, name)
  const pull = repo?.pulls.find((p) => String(p.number) === number)
  if (!repo || !pull) return notFound()
  const given = (body ?? {}) as Record<string, unknown>
  if (method === 'POST' && what === 'reviews') {
    const states = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'PENDING', 'DISMISSED']
    if (typeof given.user !== 'string' || typeof given.state !== 'string' || !states.includes(given.state)) {
      return errorReply(422, `a review wants {"user": LOGIN, "state": ${states.join('|')}}`)
    }
    const review = await addPullReview(repo, pull, {
      user: given.user,
      state: given.state as FakeReview['state'],
      ...(typeof given.body === 'string' ? { body: given.body } : {}),
    })
    return { status: 201, body: review }
  }
  if (method === 'PUT' && what === 'merge-state-unknown') {
    if (typeof given.reads !== 'number' || !Number.isInteger(given.reads) || given.reads < 0)
      return errorReply(422, 'merge-state-unknown wants {"reads": N}')
    pull.unknownReads = given.reads
    return { status: 200, body: { reads: given.reads } }
  }
  return notFound()
}

/** Writes the reply; returns the headers and text that went out, for the exchange log. */
function send(res: ServerResponse, reply: Reply): { headers: Record<string, string>; text: string } {
  const headers: Record<string, string> = {
    'x-github-request-id': randomUUID().toUpperCase(),
    'x-github-media-type': 'github.v3; format=json',
    ...reply.headers,
  }
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end()
    return { headers, text: '' }
  }
  const text = bodyText(reply.body)
  headers['content-type'] ??= typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8'
  headers['content-length'] = String(Buffer.byteLength(text))
  res.writeHead(reply.status, headers).end(text)
  return { headers, text }
}

const bodyText = (body: unknown): string => (typeof body === 'string' ? body : JSON.stringify(body))

const headerValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(', ') : value)

/** The request's headers for the exchange log, without the credentials. */
function requestHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'authorization' || value === undefined) continue
    out[name] = headerValue(value)!
  }
  return out
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function readablePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
