import type { GitHubClient } from './client.js'
import type { Operation } from './operation.js'
import type { RepositoryName } from './repository-name.js'

// The website repository as a sync needs it, in one GraphQL query: the repository (node id,
// default branch, the token's permission, emptiness), the base branch's head commit with its
// root tree and the latest commits touching the pages folder, the listing of every folder on
// the way down to the pages folder and of the pages folder itself with its subfolders, the
// sync branch's head commit, and the sync branch's pull requests. Five dependent REST round
// trips before this (repository → base ref → tree → pulls and commits → the head commit).

/** One entry of a tree, as GitHub's GraphQL `TreeEntry` gives it (`mode` is the octal mode as a number). */
export interface TreeEntryAnswer {
  name: string
  mode: number
  type: string
  oid: string
  object?: TreeAnswer | Record<string, never> | null
}

/** A tree's own oid and entries; `{}` when the object is not a tree. */
export interface TreeAnswer {
  oid?: string
  entries?: TreeEntryAnswer[] | null
}

/** A commit as the branch guard reads it. */
export interface CommitAnswer {
  oid: string
  message: string
  tree: { oid: string }
  parents: { nodes: ({ oid: string } | null)[] | null }
  author: { name: string | null; email: string | null } | null
  committer: { name: string | null; email: string | null } | null
}

export interface BaseCommitAnswer {
  oid: string
  tree: { oid: string }
  history: { nodes: ({ oid: string; message: string } | null)[] | null }
}

type Reviewer = { __typename: 'User' | 'Bot'; login: string } | { __typename: 'Team'; slug: string } | { __typename: string }

export interface PullAnswer {
  id: string
  number: number
  url: string
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  isCrossRepository: boolean
  headRefName: string
  headRefOid: string
  baseRefName: string
  title: string
  body: string
  isDraft: boolean
  autoMergeRequest: { mergeMethod: string } | null
  milestone: { number: number } | null
  labels: { nodes: ({ name: string } | null)[] | null } | null
  assignees: { nodes: ({ login: string } | null)[] | null }
  reviewRequests: { nodes: ({ requestedReviewer: Reviewer | null } | null)[] | null } | null
}

export interface SiteStateAnswer {
  repository: {
    id: string
    isEmpty: boolean
    viewerPermission: string | null
    defaultBranchRef: { name: string; target?: BaseCommitAnswer | Record<string, never> | null } | null
    base?: { target: BaseCommitAnswer | Record<string, never> | null } | null
    /** `folder0` … : the root tree, then each folder down to the pages folder's parent. */
    [folder: `folder${number}`]: TreeAnswer | null
    pages: TreeAnswer | null
    [file: `file${number}`]: BlobTextAnswer | null
    branch: { target: CommitAnswer | Record<string, never> | null } | null
    pullRequests: { nodes: (PullAnswer | null)[] | null }
  } | null
}

export interface SiteStateRequest {
  /** The base branch; undefined: the default branch. */
  base: string | undefined
  /** The pages folder from the repository's root ('' for the root). */
  targetPath: string
  /** The sync branch. */
  branch: string
  /** How many of the newest commits touching the pages folder are read. */
  historyDepth: number
  /** Levels of subfolders under the pages folder listed (0: the pages folder's own entries only). */
  subfolderLevels: number
  /** How many of the sync branch's pull requests are read, newest first. */
  pulls: number
  /** Files of the site (paths from the root) whose text is read along (`file0` …): the Hugo language configuration. */
  files?: readonly string[]
}

const ENTRY = 'name mode type oid'
const BLOB_FIELD = (i: number) => `object(expression: $file${i}) { ... on Blob { oid text isTruncated } }`

function nestedEntries(levels: number): string {
  return levels === 0 ? ENTRY : `${ENTRY} object { ... on Tree { entries { ${nestedEntries(levels - 1)} } } }`
}

/** The folders above the pages folder, root first: '' and each parent down to it. */
export function foldersAbove(targetPath: string): string[] {
  if (targetPath === '') return []
  const parts = targetPath.split('/')
  return parts.map((_, i) => parts.slice(0, i).join('/'))
}

/** The query's text and variables. Folders are named by git's `revision:path` expressions. */
export function siteStateQuery(
  request: SiteStateRequest,
  repository: RepositoryName,
): { query: string; variables: Record<string, unknown> } {
  // `HEAD` is the default branch on GitHub; the answer's trees are checked against the commit's, so a move between the two reads is seen.
  const revision = request.base ?? 'HEAD'
  const above = foldersAbove(request.targetPath)
  const folderVariables = above.map((_, i) => `$folder${i}: String!`).join(', ')
  const folders = above
    .map((_, i) => `folder${i}: object(expression: $folder${i}) { ... on Tree { oid entries { ${ENTRY} } } }`)
    .join('\n    ')
  const files = request.files ?? []
  const fileVariables = files.map((_, i) => `$file${i}: String!`).join(', ')
  const fileFields = files.map((_, i) => `file${i}: ${BLOB_FIELD(i)}`).join('\n    ')
  const baseCommit = `... on Commit { oid tree { oid } history(first: ${request.historyDepth}, path: $historyPath) { nodes { oid message } } }`
  const commit =
    '... on Commit { oid message tree { oid } parents(first: 2) { nodes { oid } } author { name email } committer { name email } }'
  const pull = [
    'id number url state isCrossRepository headRefName headRefOid baseRefName title body isDraft',
    'autoMergeRequest { mergeMethod } milestone { number }',
    'labels(first: 100) { nodes { name } } assignees(first: 100) { nodes { login } }',
    'reviewRequests(first: 100) { nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } } }',
  ].join(' ')
  const query = `query SiteState($owner: String!, $name: String!, ${request.base === undefined ? '' : '$base: String!, '}$pages: String!, $historyPath: String, $branch: String!, $branchRef: String!${folderVariables ? `, ${folderVariables}` : ''}${fileVariables ? `, ${fileVariables}` : ''}) {
  repository(owner: $owner, name: $name) {
    id
    isEmpty
    viewerPermission
    defaultBranchRef { name${request.base === undefined ? ` target { ${baseCommit} }` : ''} }
    ${request.base === undefined ? '' : `base: ref(qualifiedName: $base) { target { ${baseCommit} } }`}
    ${folders}
    pages: object(expression: $pages) { ... on Tree { oid entries { ${nestedEntries(request.subfolderLevels)} } } }
    ${fileFields}
    branch: ref(qualifiedName: $branchRef) { target { ${commit} } }
    pullRequests(headRefName: $branch, first: ${request.pulls}, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { ${pull} } }
  }
}`
  const variables: Record<string, unknown> = {
    owner: repository.owner,
    name: repository.name,
    ...(request.base === undefined ? {} : { base: `refs/heads/${request.base}` }),
    pages: `${revision}:${request.targetPath}`,
    historyPath: request.targetPath === '' ? null : request.targetPath,
    branch: request.branch,
    branchRef: `refs/heads/${request.branch}`,
    ...Object.fromEntries(above.map((folder, i) => [`folder${i}`, `${revision}:${folder}`])),
    ...Object.fromEntries(files.map((file, i) => [`file${i}`, `${revision}:${file}`])),
  }
  return { query, variables }
}

/** The site's state in one query (see above). */
export function readSiteState(request: SiteStateRequest): Operation<SiteStateAnswer> {
  return {
    kind: 'read',
    send: async (client: GitHubClient, repository) => {
      const { query, variables } = siteStateQuery(request, repository)
      try {
        return await client.graphql<SiteStateAnswer>(query, variables)
      } catch (error) {
        throw asStatus(error)
      }
    },
  }
}

export interface BlobTextAnswer {
  oid?: string
  text?: string | null
  isTruncated?: boolean
}

/** The first of `paths` (from the repository's root) that is a file at `commitSha`, with its text, in one query; one alias per path. */
export function readFilesAt(commitSha: string, paths: readonly string[]): Operation<Record<string, BlobTextAnswer | null>> {
  return {
    kind: 'read',
    send: async (client: GitHubClient, repository) => {
      const variables = Object.fromEntries(paths.map((p, i) => [`file${i}`, `${commitSha}:${p}`]))
      const declared = paths.map((_, i) => `$file${i}: String!`).join(', ')
      const fields = paths.map((_, i) => `file${i}: ${BLOB_FIELD(i)}`).join('\n    ')
      const query = `query SiteFiles($owner: String!, $name: String!, ${declared}) {\n  repository(owner: $owner, name: $name) {\n    ${fields}\n  }\n}`
      const answer = await client.graphql<{ repository: Record<string, BlobTextAnswer | null> | null }>(query, {
        owner: repository.owner,
        name: repository.name,
        ...variables,
      })
      return answer.repository ?? {}
    },
  }
}

/**
 * GitHub answers a repository it does not show the token, over GraphQL, with a NOT_FOUND error
 * (HTTP 200), and a refusal with FORBIDDEN: given the status REST would answer, so the error
 * reads the same whichever API asked.
 */
function asStatus(error: unknown): unknown {
  const { name, errors } = error as { name?: string; errors?: { type?: string; message?: string }[] }
  if (name !== 'GraphqlResponseError' || !Array.isArray(errors)) return error
  const status = errors.some((e) => e.type === 'NOT_FOUND') ? 404 : errors.some((e) => e.type === 'FORBIDDEN') ? 403 : undefined
  if (status === undefined) return error
  return Object.assign(new Error(errors[0]?.message ?? 'Not Found'), { status, response: { data: { message: errors[0]?.message } } })
}
