import {
  Kind,
  OperationTypeNode,
  GraphQLInt,
  getNamedType,
  isInterfaceType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'

export interface QueryCost {
  /** Rate limit points: requests needed for every connection, / 100, rounded, at least 1. */
  cost: number
  /** Nodes the query could return at most: the sum over connections of the product of page sizes down to it. */
  nodeCount: number
}

/**
 * GitHub's documented cost of a query
 * (docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api):
 * each connection needs as many requests as its parent connections can return nodes
 * (the product of their `first`/`last`); sum them, divide by 100, round, minimum 1.
 * Aliases count separately; fragments count where they are spread.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryCost {
  const fragments: Record<string, FragmentDefinitionNode> = {}
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def
  }
  const root = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType()
  const totals = { requests: 0, nodes: 0 }
  if (root) walk(operation.selectionSet, root, 1)
  return { cost: Math.max(1, Math.round(totals.requests / 100)), nodeCount: totals.nodes }

  function walk(set: SelectionSetNode, parent: GraphQLNamedType, multiplier: number, seen: string[] = []): void {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        visitField(selection, parent, multiplier, seen)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent
        if (type) walk(selection.selectionSet, type, multiplier, seen)
      } else {
        const name = selection.name.value
        const fragment = fragments[name]
        // A fragment cycle is invalid GraphQL; validation reports it, the cost walk must not loop.
        if (!fragment || seen.includes(name)) continue
        const type = schema.getType(fragment.typeCondition.name.value)
        if (type) walk(fragment.selectionSet, type, multiplier, [...seen, name])
      }
    }
  }

  function visitField(field: FieldNode, parent: GraphQLNamedType, multiplier: number, seen: string[]): void {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return
    const definition = parent.getFields()[field.name.value]
    if (!definition) return
    const type = getNamedType(definition.type)
    let childMultiplier = multiplier
    if (type.name.endsWith('Connection')) {
      const size = pageSize(field)
      totals.requests += multiplier
      totals.nodes += multiplier * size
      childMultiplier = multiplier * size
    }
    if (field.selectionSet) walk(field.selectionSet, type, childMultiplier, seen)
  }

  function pageSize(field: FieldNode): number {
    for (const name of ['first', 'last']) {
      const arg = field.arguments?.find((a) => a.name.value === name)
      if (!arg) continue
      const value = valueFromAST(arg.value, GraphQLInt, variables)
      if (typeof value === 'number' && value > 0) return value
    }
    return 0
  }
}
