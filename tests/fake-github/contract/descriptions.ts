// GitHub's own published descriptions of its APIs, loaded once per process: the REST API as
// OpenAPI (@octokit/openapi, api.github.com, $refs kept: the dereferenced file is 70 MB) and
// the public GraphQL schema (@octokit/graphql-schema, introspection JSON, faster to build than
// its SDL). Reading both costs about a second; every contract check shares them.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql'

/** The installed package's folder, as Node looks for it (the packages' `exports` hide their data files). */
function packageDir(name: string): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (existsSync(path.join(candidate, 'package.json'))) return candidate
    if (path.dirname(dir) === dir) throw new Error(`contract: ${name} is not installed (npm ci installs it: a dev dependency)`)
  }
}

/** A JSON Schema as OpenAPI 3.0 writes it (with `nullable`, `$ref` into `components`). */
export type Schema = Record<string, any>

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
  'x-multi-segment'?: boolean
}

export interface Operation {
  operationId: string
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> }
  responses: Record<string, { content?: Record<string, { schema?: Schema }> } | { $ref: string }>
}

/** One operation of the description, with the pattern its path template matches. */
export interface RestOperation {
  method: string
  template: string
  operation: Operation
  parameters: Parameter[]
  pattern: RegExp
  /** Literal segments of the template: the more, the more specific the match. */
  literals: number
}

export interface RestDescription {
  version: string
  operations: RestOperation[]
  /** Follows a `#/components/...` reference. */
  resolve<T = Schema>(ref: string): T
  /** The operation a request names, by method and decoded path (the most specific template). */
  match(method: string, pathname: string): { op: RestOperation; params: Record<string, string> } | undefined
}

let rest: RestDescription | undefined
let graphql: GraphQLSchema | undefined

export function restDescription(): RestDescription {
  rest ??= loadRest()
  return rest
}

export function githubGraphQLSchema(): GraphQLSchema {
  graphql ??= buildClientSchema(
    JSON.parse(readFileSync(path.join(packageDir('@octokit/graphql-schema'), 'schema.json'), 'utf8')) as IntrospectionQuery,
    { assumeValid: true },
  )
  return graphql
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head']

function loadRest(): RestDescription {
  const file = path.join(packageDir('@octokit/openapi'), 'generated', 'api.github.com.json')
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { info: { version: string }; paths: Record<string, Record<string, any>> }
  const resolve = <T = Schema>(ref: string): T => {
    if (!ref.startsWith('#/')) throw new Error(`contract: only local references are followed, not ${ref}`)
    let node: any = doc
    for (const part of ref.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')]
    if (node === undefined) throw new Error(`contract: ${ref} is not in GitHub's description`)
    return node as T
  }
  const deref = <T>(value: T | { $ref: string }): T =>
    value && typeof value === 'object' && '$ref' in value ? resolve<T>(value.$ref) : value

  const operations: RestOperation[] = []
  for (const [template, item] of Object.entries(doc.paths)) {
    const shared = ((item.parameters ?? []) as (Parameter | { $ref: string })[]).map(deref<Parameter>)
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined
      if (!operation) continue
      const own = (operation.parameters ?? []).map(deref<Parameter>)
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own]
      const segments = template.split('/')
      const source = segments
        .map((segment) => {
          const name = /^\{(.+)\}$/.exec(segment)?.[1]
          if (!name) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          const multi = parameters.find((p) => p.in === 'path' && p.name === name)?.['x-multi-segment']
          return multi ? `(?<${safe(name)}>.+)` : `(?<${safe(name)}>[^/]+)`
        })
        .join('/')
      operations.push({
        method: method.toUpperCase(),
        template,
        operation,
        parameters,
        pattern: new RegExp(`^${source}$`),
        literals: segments.filter((s) => !s.startsWith('{')).length,
      })
    }
  }
  // Most specific first: `/git/refs` before `/git/refs/{ref}` can never both match, but
  // `/repos/{owner}/{repo}/contents/{path}` and longer literal routes can.
  operations.sort((a, b) => b.literals - a.literals)

  return {
    version: doc.info.version,
    operations,
    resolve,
    match(method, pathname) {
      for (const op of operations) {
        if (op.method !== method) continue
        const found = op.pattern.exec(pathname)
        if (!found) continue
        const params: Record<string, string> = {}
        for (const p of op.parameters) if (p.in === 'path') params[p.name] = found.groups?.[safe(p.name)] ?? ''
        return { op, params }
      }
      return undefined
    },
  }
}

/** Named groups take identifiers only; GitHub's parameter names are snake_case already. */
const safe = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_')
