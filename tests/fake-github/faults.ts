import type { FakeFault } from './types.js'

/** A fault with its remaining hits. */
interface ArmedFault {
  fault: FakeFault
  remaining: number
  /** Matching requests still to let through before the first hit. */
  skip: number
}

/**
 * The operation a GraphQL request body runs (its `operationName`, else the document's first
 * named operation): what a fault's `operationName` matches. Undefined for anything else.
 */
export function graphqlOperationName(raw: string): string | undefined {
  try {
    const body = JSON.parse(raw) as { query?: unknown; operationName?: unknown }
    if (typeof body.operationName === 'string') return body.operationName
    return typeof body.query === 'string' ? /\b(?:query|mutation|subscription)\s+(\w+)/.exec(body.query)?.[1] : undefined
  } catch {
    return undefined
  }
}

/** Scripted faults, matched by method and pathname (and GraphQL operation), each for a number of requests. */
export class FaultBook {
  private armed: ArmedFault[] = []

  add(fault: FakeFault): void {
    this.armed.push({ fault, remaining: fault.times ?? 1, skip: fault.after ?? 0 })
  }

  clear(): void {
    this.armed = []
  }

  /**
   * The first armed fault matching this request, spending one of its hits. Faults are taken
   * in the order they were added, so a test can queue "500 then 502" on one route.
   */
  take(method: string, pathname: string, operationName?: string): FakeFault | undefined {
    const index = this.armed.findIndex((a) => a.remaining > 0 && matches(a.fault, method, pathname, operationName))
    if (index < 0) return undefined
    const hit = this.armed[index]
    if (hit.skip > 0) {
      hit.skip -= 1
      return undefined
    }
    hit.remaining -= 1
    if (hit.remaining === 0) this.armed.splice(index, 1)
    return hit.fault
  }
}

function matches(fault: FakeFault, method: string, pathname: string, operationName: string | undefined): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false
  const wanted = fault.operationName
  if (wanted !== undefined && (typeof wanted === 'string' ? wanted !== operationName : !wanted.test(operationName ?? ''))) return false
  return typeof fault.path === 'string' ? fault.path === pathname : fault.path.test(pathname)
}

/** A short label for the log: which fault touched a request. */
export function describeFault(fault: FakeFault): string {
  if (fault.drop) return 'drop'
  if (fault.status) return `status ${fault.status}`
  if (fault.graphqlErrorAliases) return `graphql errors on ${fault.graphqlErrorAliases.join(',')}`
  if (fault.before && !fault.latencyMs) return 'hook'
  return `latency ${fault.latencyMs ?? 0}ms`
}
