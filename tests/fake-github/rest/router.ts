// A tiny router: `/repos/:owner/:repo/git/ref/*ref` style patterns to handlers.
import type { Reply } from '../http.js'

export interface RestRequest {
  method: string
  pathname: string
  query: URLSearchParams
  params: Record<string, string>
  body: unknown
  /** The authenticated token. */
  token: string
}

export type Handler = (req: RestRequest) => Promise<Reply> | Reply

interface Route {
  method: string
  pattern: RegExp
  keys: string[]
  handler: Handler
}

export class Router {
  private readonly routes: Route[] = []

  /** `:name` matches one segment, `*name` the rest of the path. */
  on(method: string, template: string, handler: Handler): this {
    const keys: string[] = []
    const source = template
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          keys.push(segment.slice(1))
          return '([^/]+)'
        }
        if (segment.startsWith('*')) {
          keys.push(segment.slice(1))
          return '(.+)'
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      .join('/')
    this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler })
    return this
  }

  /** The matching route's handler with its params, or undefined (404). */
  match(method: string, pathname: string): { handler: Handler; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue
      const match = route.pattern.exec(pathname)
      if (!match) continue
      const params: Record<string, string> = {}
      route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1])))
      return { handler: route.handler, params }
    }
    return undefined
  }
}
