// Every REST operation the client (src/) calls, by GitHub's operationId, and the fields of its
// answers the client reads. The contract checks hold each answer of the local GitHub to
// GitHub's documented response schema for exactly these fields: they must be there and have
// the documented type. Keep it in step with src/ (a call missing here fails the checks).
//
// A path is dotted; `[]` steps into an array's items: `[].head.ref` is `ref` of `head` of
// every item of an array answer.

export const CLIENT_READS: Readonly<Record<string, readonly string[]>> = {
  // publish/github-snapshot.ts: loadBase, walkToTarget, blobReader; github-branch.ts: the node id updateRefs names
  'repos/get': ['default_branch', 'node_id'],
  // publish/previous-sync.ts: the latest sync commit's trailer
  'repos/list-commits': ['[].sha', '[].commit.message'],
  'git/get-ref': ['object.sha'],
  'git/get-tree': ['truncated', 'tree[].path', 'tree[].mode', 'tree[].type', 'tree[].sha'],
  // publish/sync-branch-guard.ts: what the guard and the closed-pull-request check read of a commit
  'git/get-commit': ['sha', 'tree.sha', 'parents[].sha', 'message', 'author.name', 'author.email', 'committer.name', 'committer.email'],
  'git/get-blob': ['content', 'encoding'],
  // publish/github-branch.ts: createSyncCommit, moveSyncBranch (a created ref: status only; moves
  // and deletions go through GraphQL updateRefs)
  'git/create-tree': ['sha'],
  'git/create-commit': ['sha'],
  'git/create-ref': [],
  // publish/github-pull.ts
  'pulls/list': [
    '[].number',
    '[].html_url',
    '[].head.sha',
    '[].head.ref',
    '[].base.ref',
    '[].title',
    '[].body',
    '[].labels[].name',
    '[].requested_reviewers[].login',
    '[].requested_teams[].slug',
    '[].node_id',
    '[].draft',
    '[].auto_merge.merge_method',
    '[].assignees[].login',
    '[].milestone.number',
    '[].state',
    '[].merged_at',
  ],
  'pulls/create': ['number', 'html_url', 'node_id'],
  // closeEmptyPull compares the head GitHub closed the pull request over with the one it checked
  'pulls/update': ['head.sha'],
  'pulls/request-reviewers': [],
  'issues/add-labels': [],
  'issues/create-comment': [],
  // publish/github-pull-settings.ts (auto-merge and drafts go through GraphQL)
  'issues/add-assignees': ['assignees[].login'],
  'issues/update': ['milestone.number'],
}

/** What the client reads of any error answer (publish/github-errors.ts: GitHub's one-line message). */
export const ERROR_READS: readonly string[] = ['message']
