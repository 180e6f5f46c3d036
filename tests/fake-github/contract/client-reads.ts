// Every REST operation the client (src/github/) calls, by GitHub's operationId, and the fields of its
// answers the client reads. The contract checks hold each answer of the local GitHub to
// GitHub's documented response schema for exactly these fields: they must be there and have
// the documented type. Keep it in step with src/ (a call missing here fails the checks).
//
// A path is dotted; `[]` steps into an array's items: `[].head.ref` is `ref` of `head` of
// every item of an array answer.

/** Field paths read of each operation's answers, by operationId. */
export type FieldReads = Readonly<Record<string, readonly string[]>>

export const CLIENT_READS: FieldReads = {
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
  // publish/merge-when-ready.ts: the merge commit, for the log (the merge state and auto-merge go through GraphQL)
  'pulls/merge': ['sha'],
  // publish/github-pull-settings.ts (drafts go through GraphQL)
  'issues/add-assignees': ['assignees[].login'],
  'issues/update': ['milestone.number'],
}

/** What the client reads of any error answer (github/describe-error.ts: GitHub's one-line message). */
export const ERROR_READS: readonly string[] = ['message']

/**
 * What the local GitHub serves beyond what the client reads today, for the clients to come
 * (issue 24's merge when ready, issue 26's dashboard issue): merging, branch protection, commit
 * statuses, reviews, issues and their search. `contract-served.test.ts` holds every answer of
 * these operations to GitHub's description for these fields. When the client starts calling
 * one, its reads go into CLIENT_READS (and the client's own contract test checks them).
 */
export const SERVED_READS: FieldReads = {
  'pulls/get': [
    'number',
    'node_id',
    'html_url',
    'state',
    'draft',
    'head.sha',
    'head.ref',
    'base.ref',
    'merged',
    'mergeable',
    'mergeable_state',
    'merged_at',
    'merge_commit_sha',
    'merged_by.login',
    'auto_merge.merge_method',
  ],
  'pulls/merge': ['sha', 'merged', 'message'],
  'pulls/create-review': ['id', 'state', 'user.login', 'commit_id'],
  'pulls/list-reviews': ['[].id', '[].state', '[].user.login', '[].commit_id'],
  'repos/get-branch': ['name', 'protected', 'commit.sha'],
  'repos/update-branch-protection': [
    'url',
    'required_status_checks.strict',
    'required_status_checks.contexts',
    'required_pull_request_reviews.required_approving_review_count',
    'required_pull_request_reviews.dismiss_stale_reviews',
  ],
  'repos/get-branch-protection': ['required_status_checks.strict', 'required_status_checks.contexts'],
  'repos/delete-branch-protection': [],
  'repos/create-commit-status': ['id', 'state', 'context', 'description', 'target_url', 'creator.login'],
  'repos/get-combined-status-for-ref': ['state', 'sha', 'total_count', 'statuses[].context', 'statuses[].state'],
  'repos/list-commit-statuses-for-ref': ['[].context', '[].state', '[].created_at'],
  'issues/create': ['number', 'node_id', 'html_url', 'state', 'title', 'body', 'labels[].name', 'user.login'],
  'issues/list-for-repo': [
    '[].number',
    '[].html_url',
    '[].state',
    '[].state_reason',
    '[].title',
    '[].body',
    '[].labels[].name',
    '[].user.login',
    '[].created_at',
    '[].closed_at',
  ],
  'issues/get': ['number', 'state', 'state_reason', 'title', 'body', 'labels[].name', 'comments', 'closed_at', 'updated_at'],
  'issues/update': ['number', 'state', 'state_reason', 'title', 'body', 'labels[].name', 'milestone.number'],
  'issues/add-labels': ['[].name'],
  'issues/list-labels-on-issue': ['[].name'],
  'issues/list-labels-for-repo': ['[].name', '[].color', '[].description'],
  'issues/create-label': ['name', 'color', 'description'],
  'issues/create-comment': ['id', 'html_url', 'body'],
  'search/issues-and-pull-requests': [
    'total_count',
    'incomplete_results',
    'items[].number',
    'items[].html_url',
    'items[].state',
    'items[].state_reason',
    'items[].title',
    'items[].body',
    'items[].labels[].name',
    'items[].user.login',
  ],
}
