// Conditional rereads of the REST API. GraphQL has no such thing, so the client leaves it out.

export type OctokitResponse = { status: number; url: string; headers: Record<string, string | number | undefined>; data: unknown }
/** What octokit hands a request hook: the route's options, its headers among them. */
export interface Endpoint {
  method?: string
  url: string
  headers: Record<string, string | number | undefined>
}

/**
 * REST answers to GETs with their ETags, so that reading the same thing again asks GitHub only
 * whether it changed: `If-None-Match`, and a 304 (which costs no rate limit, docs.github.com
 * "Best practices for using the REST API") hands back the kept answer. Share one between
 * clients (or runs) to make their rereads conditional too. Oldest entries go first past `size`.
 */
export class ConditionalCache {
  private readonly entries = new Map<string, { etag: string; response: OctokitResponse }>()
  /** Rereads GitHub answered 304. */
  notModified = 0

  constructor(private readonly size = 500) {}

  lookup(key: string) {
    return this.entries.get(key)
  }

  keep(key: string, response: OctokitResponse): void {
    const etag = response.headers.etag
    if (response.status !== 200 || typeof etag !== 'string') return
    this.entries.delete(key)
    // A copy: the caller may change the answer it was handed.
    this.entries.set(key, { etag, response: { ...response, data: structuredClone(response.data) } })
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
  }
}

/**
 * The body of an octokit `request` hook: a GET goes out with the kept ETag, a 304 comes back as
 * the kept answer. Mutates `endpoint` in place: the hooks inside this one were bound to it.
 */
export async function conditionalGet<E extends Endpoint>(
  cache: ConditionalCache,
  send: (endpoint: E) => Promise<OctokitResponse> | OctokitResponse,
  endpoint: E,
  parse: (endpoint: E) => { url: string; headers: Record<string, string | number | undefined> },
): Promise<OctokitResponse> {
  if ((endpoint.method ?? 'GET') !== 'GET') return send(endpoint)
  const parsed = parse(endpoint)
  const key = `${String(parsed.headers.accept ?? '')} ${parsed.url}`
  const kept = cache.lookup(key)
  if (kept) endpoint.headers = { ...endpoint.headers, 'if-none-match': kept.etag }
  try {
    const response = await send(endpoint)
    cache.keep(key, response)
    return response
  } catch (error) {
    if (!kept || (error as { status?: unknown }).status !== 304) throw error
    cache.notModified++
    const fresh = (error as { response?: { headers?: OctokitResponse['headers'] } }).response?.headers ?? {}
    // A copy: callers may not change what later rereads hand out.
    return { ...kept.response, headers: { ...kept.response.headers, ...fresh }, data: structuredClone(kept.response.data) }
  }
}
