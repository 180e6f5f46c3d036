import { mutationOperation, restOperation, type Operation, type RouteParameters } from './operation.js'

/** One entry of a tree to write: inline content, or `sha: null` to delete the path. */
export type TreeItem = RouteParameters<'POST /repos/{owner}/{repo}/git/trees'>['tree'][number]

// GraphQL `updateRefs` moves a ref only while it still points at `beforeOid`, atomically (`git
// push --force-with-lease`); `force: true` allows the non-fast-forward. GitHub lists the
// mutation under the "Update refs" schema preview (media type below), so the request asks for
// it. A deletion is the same update to the zero SHA.
const UPDATE_REFS = `mutation UpdateRefs($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: { repositoryId: $repositoryId, refUpdates: $refUpdates }) { clientMutationId }
}`
/** The `Accept` media type of GitHub's "Update refs" GraphQL schema preview. */
export const UPDATE_REFS_PREVIEW = 'application/vnd.github.update-refs-preview+json'
const NO_COMMIT = '0'.repeat(40)

/** Git objects and refs of the repository (GitHub's "Git database" API). */
export const git = {
  /** The branch's ref (its head commit in `object.sha`). */
  getBranch: (branch: string) => restOperation('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: `heads/${branch}` }),
  /** A tree's entries; a commit SHA stands for its root tree. `recursive`: every level below too. */
  getTree: (sha: string, recursive = false) =>
    restOperation('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { tree_sha: sha, ...(recursive ? { recursive: 'true' } : {}) }),
  getCommit: (sha: string) => restOperation('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { commit_sha: sha }),
  /** A blob's content as text. */
  readBlob: (sha: string): Operation<string> => {
    const blob = restOperation('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { file_sha: sha })
    return {
      kind: blob.kind,
      send: async (client, repository) => {
        const { content, encoding } = await blob.send(client, repository)
        return Buffer.from(content, encoding === 'utf-8' ? 'utf8' : 'base64').toString('utf8')
      },
    }
  },
  createTree: (baseTree: string, tree: TreeItem[]) => restOperation('POST /repos/{owner}/{repo}/git/trees', { base_tree: baseTree, tree }),
  /** A commit with no author or committer given: GitHub writes the token's identity as both. */
  createCommit: (message: string, tree: string, parents: string[]) =>
    restOperation('POST /repos/{owner}/{repo}/git/commits', { message, tree, parents }),
  /** Creates the branch at `sha`; GitHub refuses (422) when it exists. */
  createBranch: (branch: string, sha: string) => restOperation('POST /repos/{owner}/{repo}/git/refs', { ref: `refs/heads/${branch}`, sha }),
  /** Points the branch at `to` (null: deletes it) only while it points at `from`; GitHub refuses otherwise. */
  swapBranch: (repositoryId: string, branch: string, from: string, to: string | null) =>
    mutationOperation<unknown>(UPDATE_REFS, {
      repositoryId,
      refUpdates: [{ name: `refs/heads/${branch}`, beforeOid: from, afterOid: to ?? NO_COMMIT, force: true }],
      headers: { accept: UPDATE_REFS_PREVIEW },
    }),
}
