import type { EndpointKeys, Endpoints } from '@octokit/types'
import type { GitHubClient } from './client.js'
import type { RepositoryName } from './repository-name.js'

/** Reads leave the repository as it is; writes change it (and count against the write budget). */
export type RequestKind = 'read' | 'write'

/**
 * One request about one repository, described by the GitHub layer and sent by GitHubRepoApi,
 * which names the step in its errors and counts it: the stages say what they want (a tree, a
 * pull request), never which route or query gets it.
 */
export interface Operation<T> {
  kind: RequestKind
  send(client: GitHubClient, repository: RepositoryName): Promise<T>
}

/** A REST route's parameters without the repository's, which every operation fills in. */
export type RouteParameters<R extends EndpointKeys> = Omit<Endpoints[R]['parameters'], 'owner' | 'repo'>

/** The answer's body of a REST route. */
export type RouteData<R extends EndpointKeys> = Endpoints[R]['response']['data']

/** A REST request: a GET reads, anything else writes. */
export function restOperation<R extends EndpointKeys>(route: R, parameters: RouteParameters<R>): Operation<RouteData<R>> {
  return {
    kind: route.startsWith('GET ') ? 'read' : 'write',
    send: async (client, { owner, name }) => {
      const request = client.request as (route: R, options: object) => Promise<Endpoints[R]['response']>
      return (await request(route, { owner, repo: name, ...parameters })).data
    },
  }
}

/** A GraphQL query: a read (GitHub's only API for some facts, such as a pull request's merge state). */
export function queryOperation<T>(document: string, variables: Record<string, unknown>): Operation<T> {
  return { kind: 'read', send: (client) => client.graphql<T>(document, variables) }
}

/** A GraphQL mutation (GitHub's only API for some changes: auto-merge, drafts, atomic ref moves). */
export function mutationOperation<T>(document: string, variables: Record<string, unknown>): Operation<T> {
  return { kind: 'write', send: (client) => client.graphql<T>(document, variables) }
}
