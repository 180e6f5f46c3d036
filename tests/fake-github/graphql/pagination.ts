import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql'
import { githubError } from './errors.js'

export interface ConnectionArgs {
  first?: number | null
  last?: number | null
  after?: string | null
  before?: string | null
}

/** Turns positions in a connection's full list into cursors and back. */
export interface CursorCodec {
  encode(index: number): string
  /** The index a cursor names, or undefined when it is not one of ours. */
  decode(cursor: string): number | undefined
}

/** GitHub's commit history cursors are `"<oid of the start commit> <index>"`. */
export function historyCursors(startOid: string): CursorCodec {
  return {
    encode: (index) => `${startOid} ${index}`,
    decode: (cursor) => {
      const match = /^([0-9a-f]{40}) (\d+)$/.exec(cursor)
      return match ? Number(match[2]) : undefined
    },
  }
}

/** Other connections' cursors are opaque base64 strings. */
export const opaqueCursors: CursorCodec = {
  encode: (index) => Buffer.from(`cursor:v2:${index}`).toString('base64'),
  decode: (cursor) => {
    const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
    return match ? Number(match[1]) : undefined
  },
}

export const MAX_PAGE = 100

export interface Connection<T> {
  totalCount: number
  nodes: T[]
  edges: { cursor: string; node: T }[]
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean }
}

/**
 * One page of `items`, checked the way GitHub checks connections: listing nodes or edges
 * needs `first` or `last`, at most 100; cursors must be ones this connection handed out.
 */
export function paginate<T>(items: readonly T[], args: ConnectionArgs, info: GraphQLResolveInfo, cursors: CursorCodec): Connection<T> {
  const field = info.fieldName
  const { first, last } = args
  if (first == null && last == null && selectsNodesOrEdges(info)) {
    throw githubError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
    )
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue
    if (value > MAX_PAGE) {
      throw githubError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE} records.`,
      )
    }
    if (value < 0) {
      throw githubError('INVALID_ARGUMENTS', `\`${name}\` on the \`${field}\` connection cannot be less than zero.`)
    }
  }
  let start = 0
  let end = items.length
  if (args.after != null) start = decodeOrFail(cursors, args.after) + 1
  if (args.before != null) end = Math.min(end, decodeOrFail(cursors, args.before))
  start = Math.min(start, end)
  if (first != null) end = Math.min(end, start + first)
  if (last != null) start = Math.max(start, end - last)
  const edges = items.slice(start, end).map((node, i) => ({ cursor: cursors.encode(start + i), node }))
  return {
    totalCount: items.length,
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
    },
  }
}

function decodeOrFail(cursors: CursorCodec, cursor: string): number {
  const index = cursors.decode(cursor)
  if (index === undefined) {
    throw githubError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`)
  }
  return index
}

/** Whether the query lists this connection's `nodes` or `edges` (counting alone needs no bounds). */
function selectsNodesOrEdges(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node: FieldNode) => node.selectionSet && listsItems(node.selectionSet, info.fragments))
}

function listsItems(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'nodes' || selection.name.value === 'edges'
    if (selection.kind === Kind.INLINE_FRAGMENT) return listsItems(selection.selectionSet, fragments)
    const fragment = fragments[selection.name.value]
    return fragment ? listsItems(fragment.selectionSet, fragments) : false
  })
}
