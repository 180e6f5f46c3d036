// The contract checks: what went over the wire between the client and the local GitHub,
// held to GitHub's published descriptions (./descriptions.ts). Each check returns the
// violations it found, one readable line each; none means the exchange keeps the contract.
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv'
import formatsModule from 'ajv-formats'
import {
  getNamedType,
  getOperationAST,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  parse,
  validate,
  type GraphQLSchema,
} from 'graphql'
import type { FakeExchange } from '../types.js'
import { CLIENT_READS, ERROR_READS, type FieldReads } from './client-reads.js'
import { githubGraphQLSchema, restDescription, type Operation, type RestDescription, type Schema } from './descriptions.js'

const Ajv = AjvModule.default
const addFormats = formatsModule.default
// OpenAPI 3.0 schemas: `nullable` is known to Ajv; GitHub's own formats and keywords
// (`repo.nwo`, `example`, `x-github`...) are not, and are ignored rather than refused.
const ajv = addFormats(new Ajv({ strict: false, allErrors: true, logger: false }))
const coercing = addFormats(new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: 'array' }))

export const isGraphQL = (exchange: FakeExchange) => exchange.path === '/graphql'

const where = (e: FakeExchange) => `${e.method} ${e.path}${e.query}`

// ---------------------------------------------------------------- GraphQL requests

/**
 * A GraphQL request validates against GitHub's public schema, and its variables coerce to the
 * types the document declares (a `String!` given a number, or missing, fails).
 */
export function checkGraphQLRequest(exchange: FakeExchange, schema: GraphQLSchema = githubGraphQLSchema()): string[] {
  let request: { query?: unknown; variables?: unknown; operationName?: unknown }
  try {
    request = JSON.parse(exchange.requestBody)
  } catch {
    return [`${where(exchange)}: the body is not JSON`]
  }
  if (typeof request.query !== 'string') return [`${where(exchange)}: no query`]
  let document
  try {
    document = parse(request.query)
  } catch (error) {
    return [`${where(exchange)}: ${(error as Error).message}`]
  }
  const invalid = validate(schema, document)
  if (invalid.length > 0) return invalid.map((e) => `${where(exchange)}: ${e.message}`)
  const operation = getOperationAST(document, typeof request.operationName === 'string' ? request.operationName : undefined)
  if (!operation) return [`${where(exchange)}: no operation to run`]
  const variables = (request.variables ?? {}) as Record<string, unknown>
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables)
  const violations = (coerced.errors ?? []).map((e) => `${where(exchange)}: ${e.message}`)
  const declared = new Set((operation.variableDefinitions ?? []).map((d) => d.variable.name.value))
  for (const name of Object.keys(variables))
    if (!declared.has(name)) violations.push(`${where(exchange)}: variable $${name} is not declared`)
  return violations
}

// ---------------------------------------------------------------- REST requests

/**
 * A REST request names an operation of GitHub's description by method and path; its query
 * parameters are the operation's, with values of their types; its JSON body validates
 * against the operation's request schema.
 */
export function checkRestRequest(exchange: FakeExchange, description: RestDescription = restDescription()): string[] {
  const found = description.match(exchange.method, exchange.path)
  if (!found) return [`${where(exchange)}: no operation of GitHub's REST description has this method and path`]
  const { op } = found
  const violations: string[] = []
  const at = `${where(exchange)} (${op.operation.operationId})`

  for (const [name, value] of new URLSearchParams(exchange.query)) {
    const parameter = op.parameters.find((p) => p.in === 'query' && p.name === name)
    if (!parameter) {
      violations.push(`${at}: query parameter '${name}' is not one of the operation's`)
      continue
    }
    const check = compile(coercing, { type: 'object', properties: { [name]: inline(description, parameter.schema ?? {}) } })
    if (!check({ [name]: value }))
      violations.push(
        ...errors(
          `${at}: query parameter '${name}'`,
          check.errors?.map((e) => ({ ...e, instancePath: '' })),
        ),
      )
  }

  const schema = op.operation.requestBody?.content?.['application/json']?.schema
  const raw = exchange.requestBody.trim()
  if (raw === '') {
    if (op.operation.requestBody?.required) violations.push(`${at}: the operation requires a body, none was sent`)
    return violations
  }
  if (!schema) return [...violations, `${at}: a body was sent, the operation takes none`]
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return [...violations, `${at}: the body is not JSON`]
  }
  const check = compile(ajv, inline(description, schema))
  if (!check(body)) violations.push(...errors(`${at}: body`, check.errors))
  return violations
}

// ---------------------------------------------------------------- answers

/**
 * Statuses GitHub may answer any operation with, whether or not the operation lists them,
 * each as GitHub's documentation describes it (docs.github.com/rest, the page named).
 */
const ANY_OPERATION: { statuses: number[]; why: string; applies: (e: FakeExchange, body: any) => boolean }[] = [
  {
    statuses: [304],
    why: 'a conditional GET whose validator still matches ("Best practices for using the REST API")',
    applies: (e) => e.method === 'GET' && e.requestHeaders['if-none-match'] !== undefined,
  },
  {
    statuses: [401],
    why: 'bad credentials ("Troubleshooting the REST API")',
    applies: (_e, body) => body?.message === 'Bad credentials',
  },
  {
    statuses: [403, 429],
    why: 'a primary (x-ratelimit-remaining: 0) or secondary rate limit ("Rate limits for the REST API")',
    applies: (e, body) => e.responseHeaders['x-ratelimit-remaining'] === '0' || /secondary rate limit/.test(String(body?.message)),
  },
  {
    statuses: [403],
    why: 'a token without the permission the endpoint needs ("Troubleshooting the REST API": Resource not accessible by integration)',
    applies: (_e, body) => body?.message === 'Resource not accessible by integration',
  },
  {
    statuses: [400],
    why: 'an X-GitHub-Api-Version that is not supported ("API versions")',
    applies: (_e, body) => /X-GitHub-Api-Version/.test(String(body?.message)),
  },
  {
    statuses: [500, 502, 503, 504],
    why: 'a server error, only where a test scripted one',
    applies: (e) => e.fault !== undefined,
  },
]

/**
 * An answer of the local GitHub has a status GitHub documents for the operation (or for any
 * operation, see ANY_OPERATION), and its body validates against the documented schema for
 * the fields the client reads (./client-reads.ts; `reads` another table, such as the fields the
 * local GitHub serves for clients to come): they are there, with the documented types.
 */
export function checkAnswer(
  exchange: FakeExchange,
  description: RestDescription = restDescription(),
  fieldReads: FieldReads = CLIENT_READS,
): string[] {
  if (exchange.status === 0) return [] // a dropped connection (a scripted fault) answers nothing
  let body: any
  try {
    body = exchange.responseBody === '' ? undefined : JSON.parse(exchange.responseBody)
  } catch {
    return [`${where(exchange)} -> ${exchange.status}: the body is not JSON`]
  }
  if (isGraphQL(exchange)) return checkGraphQLAnswer(exchange, body)

  const found = description.match(exchange.method, exchange.path)
  if (!found) return [] // checkRestRequest says so
  const operation = found.op.operation
  const at = `${where(exchange)} (${operation.operationId}) -> ${exchange.status}`
  const documented = operation.responses[String(exchange.status)]
  const general = ANY_OPERATION.find((g) => g.statuses.includes(exchange.status) && g.applies(exchange, body))
  if (!documented && !general) {
    return [`${at}: GitHub documents ${Object.keys(operation.responses).join(', ')} for this operation, not ${exchange.status}`]
  }
  if (exchange.status === 304) return body === undefined ? [] : [`${at}: a 304 has no body`]

  const reads = exchange.status < 300 ? fieldReads[operation.operationId] : ERROR_READS
  if (reads === undefined) return [`${at}: the client calls ${operation.operationId}, which client-reads.ts does not list`]
  if (reads.length === 0) return []
  const content = documented ? followResponse(description, documented).content?.['application/json']?.schema : undefined
  const schema = content ?? (exchange.status >= 400 ? description.resolve('#/components/schemas/basic-error') : undefined)
  if (!schema) return [`${at}: the client reads ${reads.join(', ')}, GitHub documents no JSON body for this status`]
  let picked: Schema
  try {
    picked = pick(description, schema, reads.map(segments), '')
  } catch (error) {
    return [`${at}: ${(error as Error).message}`]
  }
  const check = compile(ajv, picked)
  return check(body) ? [] : errors(`${at}: answer`, check.errors)
}

/** A GraphQL answer is `{ data, errors? }` or `{ errors }` (its fields are the schema's, see checkSchemaSubset). */
function checkGraphQLAnswer(exchange: FakeExchange, body: any): string[] {
  const at = `${where(exchange)} -> ${exchange.status}`
  if (exchange.status !== 200) {
    const general = ANY_OPERATION.find((g) => g.statuses.includes(exchange.status) && g.applies(exchange, body))
    return general ? [] : [`${at}: GitHub's GraphQL endpoint answers 200, not ${exchange.status}`]
  }
  if (typeof body !== 'object' || body === null) return [`${at}: not a JSON object`]
  const extra = Object.keys(body).filter((k) => k !== 'data' && k !== 'errors' && k !== 'extensions')
  if (extra.length > 0) return [`${at}: unexpected top-level keys ${extra.join(', ')}`]
  if (!('data' in body) && !Array.isArray(body.errors)) return [`${at}: neither data nor errors`]
  if ('errors' in body && (!Array.isArray(body.errors) || body.errors.some((e: any) => typeof e?.message !== 'string'))) {
    return [`${at}: errors without messages`]
  }
  return []
}

// ---------------------------------------------------------------- the executed GraphQL schema

/**
 * The local GitHub's GraphQL schema is a subset of GitHub's: every type it defines exists
 * there with the same kind, every field and argument with the same type (nullability
 * included), every enum value, interface and union member too.
 */
export function checkSchemaSubset(local: GraphQLSchema, github: GraphQLSchema = githubGraphQLSchema()): string[] {
  const violations: string[] = []
  for (const [name, type] of Object.entries(local.getTypeMap())) {
    if (name.startsWith('__')) continue
    const theirs = github.getType(name)
    if (!theirs) {
      violations.push(`type ${name}: GitHub has no such type`)
      continue
    }
    if (theirs.constructor !== type.constructor) {
      violations.push(`type ${name}: a ${type.constructor.name} here, a ${theirs.constructor.name} at GitHub`)
      continue
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      const theirFields: Record<string, any> = (theirs as typeof type).getFields()
      for (const [fieldName, field] of Object.entries<any>(type.getFields())) {
        const other = theirFields[fieldName]
        if (!other) {
          violations.push(`${name}.${fieldName}: GitHub's ${name} has no such field`)
          continue
        }
        if (String(other.type) !== String(field.type)) violations.push(`${name}.${fieldName}: ${field.type} here, ${other.type} at GitHub`)
        for (const arg of field.args ?? []) {
          const theirArg = (other.args ?? []).find((a: any) => a.name === arg.name)
          if (!theirArg) violations.push(`${name}.${fieldName}(${arg.name}): GitHub has no such argument`)
          else if (String(theirArg.type) !== String(arg.type))
            violations.push(`${name}.${fieldName}(${arg.name}): ${arg.type} here, ${theirArg.type} at GitHub`)
        }
      }
    }
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(theirs) || isInterfaceType(theirs))) {
      const theirInterfaces = new Set(theirs.getInterfaces().map((i) => i.name))
      for (const i of type.getInterfaces()) if (!theirInterfaces.has(i.name)) violations.push(`${name} implements ${i.name}: not at GitHub`)
    }
    if (isEnumType(type) && isEnumType(theirs)) {
      const values = new Set(theirs.getValues().map((v) => v.name))
      for (const v of type.getValues()) if (!values.has(v.name)) violations.push(`${name}.${v.name}: GitHub's enum has no such value`)
    }
    if (isUnionType(type) && isUnionType(theirs)) {
      const members = new Set(theirs.getTypes().map((t) => t.name))
      for (const t of type.getTypes())
        if (!members.has(getNamedType(t).name)) violations.push(`${name} | ${t.name}: not a member at GitHub`)
    }
  }
  return violations
}

// ---------------------------------------------------------------- all of a log

export interface ContractReport {
  graphql: string[]
  requests: string[]
  answers: string[]
  /** operationIds of the REST requests seen (for coverage). */
  operations: Set<string>
  /** operationNames of the GraphQL requests seen. */
  graphqlOperations: Set<string>
}

/** Every check on every exchange of a log; answers hold the fields `fieldReads` lists (default: what the client reads). */
export function checkExchanges(exchanges: readonly FakeExchange[], fieldReads: FieldReads = CLIENT_READS): ContractReport {
  const report: ContractReport = { graphql: [], requests: [], answers: [], operations: new Set(), graphqlOperations: new Set() }
  const description = restDescription()
  for (const exchange of exchanges) {
    if (isGraphQL(exchange)) {
      report.graphql.push(...checkGraphQLRequest(exchange))
      const name = safeJson(exchange.requestBody)?.query?.match(/^\s*(?:query|mutation)\s+(\w+)/)?.[1]
      if (name) report.graphqlOperations.add(name)
    } else {
      report.requests.push(...checkRestRequest(exchange, description))
      const found = description.match(exchange.method, exchange.path)
      if (found) report.operations.add(found.op.operation.operationId)
    }
    report.answers.push(...checkAnswer(exchange, description, fieldReads))
  }
  return report
}

// ---------------------------------------------------------------- schema helpers

const compiled = new WeakMap<object, Map<string, ValidateFunction>>()

function compile(instance: InstanceType<typeof Ajv>, schema: Schema): ValidateFunction {
  let cache = compiled.get(instance)
  if (!cache) compiled.set(instance, (cache = new Map()))
  const key = JSON.stringify(schema)
  let fn = cache.get(key)
  if (!fn) cache.set(key, (fn = instance.compile(schema)))
  return fn
}

function errors(prefix: string, list: ErrorObject[] | null | undefined): string[] {
  return (list ?? []).map(
    (e) =>
      `${prefix}${e.instancePath ? ` at ${e.instancePath}` : ''} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`,
  )
}

function followResponse(description: RestDescription, response: Operation['responses'][string]) {
  return '$ref' in response ? description.resolve(response.$ref) : response
}

const follow = (description: RestDescription, schema: Schema): Schema =>
  schema && typeof schema.$ref === 'string' ? follow(description, description.resolve(schema.$ref)) : schema

/** The schema with every `$ref` replaced by what it names; a reference back into itself becomes `{}`. */
function inline(description: RestDescription, schema: Schema, seen: readonly string[] = []): Schema {
  if (Array.isArray(schema)) return schema.map((s) => inline(description, s, seen))
  if (!schema || typeof schema !== 'object') return schema
  if (typeof schema.$ref === 'string') {
    if (seen.includes(schema.$ref)) return {}
    return inline(description, description.resolve(schema.$ref), [...seen, schema.$ref])
  }
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    // Examples are documentation, and can be large; they validate nothing.
    if (key === 'example' || key === 'examples') continue
    out[key] = inline(description, value as Schema, seen)
  }
  // OpenAPI 3.0 allows `nullable` beside `oneOf` with no `type` (issues/update's `milestone`:
  // a string or an integer, or null); Ajv refuses that, so it becomes "one of those, or null".
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _, ...rest } = out
    return { anyOf: [rest, { type: 'null' }] }
  }
  // `nullable` beside an `enum` that does not list null (an issue's `state_reason`, null while
  // it was never closed): GitHub means "one of these, or null", and answers null.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) return { ...out, enum: [...out.enum, null] }
  return out
}

const segments = (path: string): string[] => path.replace(/\[\]/g, '.[]').split('.').filter(Boolean)

/**
 * The documented schema cut down to the given field paths, each of them required: what a
 * client that reads only these fields relies on. A path GitHub does not document is an error.
 */
function pick(description: RestDescription, schema: Schema, paths: string[][], at: string): Schema {
  const node = follow(description, schema)
  if (paths.some((p) => p.length === 0)) return inline(description, schema)
  for (const combinator of ['allOf', 'anyOf', 'oneOf'] as const) {
    if (Array.isArray(node[combinator])) {
      if (combinator === 'allOf') return pick(description, mergeAll(description, node.allOf), paths, at)
      const options = (node[combinator] as Schema[]).filter((o) => documents(description, o, paths))
      if (options.length === 0) throw new Error(`the client reads ${describe(paths, at)}, GitHub's description has no such field`)
      return { anyOf: options.map((o) => pick(description, o, paths, at)), ...(node.nullable ? { nullable: true } : {}) }
    }
  }
  const nullable = node.nullable ? { nullable: true } : {}
  if (paths.every((p) => p[0] === '[]')) {
    if (!node.items) throw new Error(`the client reads ${describe(paths, at)} as an array, GitHub documents ${node.type ?? 'no type'}`)
    return {
      type: 'array',
      items: pick(
        description,
        node.items,
        paths.map((p) => p.slice(1)),
        `${at}[]`,
      ),
      ...nullable,
    }
  }
  const byField = new Map<string, string[][]>()
  for (const p of paths) {
    if (p[0] === '[]') throw new Error(`the client reads ${at} both as an array and as an object`)
    byField.set(p[0], [...(byField.get(p[0]) ?? []), p.slice(1)])
  }
  const properties: Record<string, Schema> = {}
  for (const [field, rest] of byField) {
    const documented = node.properties?.[field]
    if (!documented) throw new Error(`the client reads ${at ? `${at}.` : ''}${field}, GitHub's description has no such field`)
    properties[field] = pick(description, documented, rest, at ? `${at}.${field}` : field)
  }
  return { type: 'object', properties, required: [...byField.keys()], ...nullable }
}

function documents(description: RestDescription, schema: Schema, paths: string[][]): boolean {
  try {
    pick(description, schema, paths, '')
    return true
  } catch {
    return false
  }
}

function mergeAll(description: RestDescription, parts: Schema[]): Schema {
  const merged: Schema = { type: 'object', properties: {}, required: [] }
  for (const part of parts.map((p) => follow(description, p))) {
    Object.assign(merged.properties, part.properties ?? {})
    merged.required.push(...(part.required ?? []))
    if (part.items) merged.items = part.items
  }
  return merged
}

const describe = (paths: string[][], at: string) => paths.map((p) => [at, ...p].filter(Boolean).join('.')).join(', ')

function safeJson(text: string): any {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Every violation of a log, for an end-to-end test's `expect(...).toEqual([])`. */
export function contractViolations(exchanges: readonly FakeExchange[]): string[] {
  const report = checkExchanges(exchanges)
  return [...report.graphql, ...report.requests, ...report.answers]
}
