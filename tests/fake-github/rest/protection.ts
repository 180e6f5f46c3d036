// Branch protection (classic rules), the part that decides merges: required status checks
// (with "up to date" strictness) and required approving reviews. Set, read and removed through
// GitHub's endpoints; the other settings are taken and shown as GitHub's defaults but not enforced.
import type { FakeRepo } from '../git/repo-store.js'
import { errorReply, fail, type Reply } from '../http.js'
import { settleAutoMerge } from '../merge/auto-merge.js'
import type { FakeBranchProtection } from '../types.js'
import { repoOf, type RestDeps } from './deps.js'
import type { Router } from './router.js'

const PROTECTION_DOCS = 'https://docs.github.com/rest/branches/branch-protection'
const REQUIRED = ['required_status_checks', 'enforce_admins', 'required_pull_request_reviews', 'restrictions'] as const

/** Sets or (null) removes a branch's protection; auto-merge then merges what a relaxed rule lets through. */
export async function protectBranch(repo: FakeRepo, branch: string, protection: FakeBranchProtection | null): Promise<void> {
  if (protection) repo.protection.set(branch, protection)
  else repo.protection.delete(branch)
  await settleAutoMerge(repo)
}

function protectionJson(deps: RestDeps, repo: FakeRepo, branch: string, p: FakeBranchProtection) {
  const url = `${deps.apiUrl()}/repos/${repo.fullName}/branches/${branch}/protection`
  const checks = p.requiredStatusChecks
  const reviews = p.requiredApprovingReviews
  const off = { enabled: false }
  return {
    url,
    ...(checks
      ? {
          required_status_checks: {
            url: `${url}/required_status_checks`,
            strict: checks.strict === true,
            contexts: checks.contexts,
            contexts_url: `${url}/required_status_checks/contexts`,
            checks: checks.contexts.map((context) => ({ context, app_id: null })),
          },
        }
      : {}),
    ...(reviews
      ? {
          required_pull_request_reviews: {
            url: `${url}/required_pull_request_reviews`,
            dismiss_stale_reviews: reviews.dismissStaleReviews === true,
            require_code_owner_reviews: false,
            required_approving_review_count: reviews.count,
            require_last_push_approval: false,
          },
        }
      : {}),
    enforce_admins: { url: `${url}/enforce_admins`, enabled: true },
    required_linear_history: off,
    allow_force_pushes: off,
    allow_deletions: off,
    block_creations: off,
    required_conversation_resolution: off,
    lock_branch: off,
    allow_fork_syncing: off,
  }
}

/** The protection a `PUT` body describes, or GitHub's 422 naming what is missing or wrong. */
function parseProtection(body: Record<string, unknown>): FakeBranchProtection {
  const missing = REQUIRED.filter((key) => !(key in body))
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(', ')
    fail(errorReply(422, `Invalid request.\n\n${names} ${missing.length === 1 ? "wasn't" : "weren't"} supplied.`, {}, PROTECTION_DOCS))
  }
  const invalid = (field: string) =>
    fail(errorReply(422, `Invalid request.\n\nFor 'properties/${field}', the value is not valid.`, {}, PROTECTION_DOCS))
  const checks = body.required_status_checks as { strict?: unknown; contexts?: unknown; checks?: unknown } | null
  const reviews = body.required_pull_request_reviews as {
    required_approving_review_count?: unknown
    dismiss_stale_reviews?: unknown
  } | null
  let contexts: string[] = []
  if (checks !== null) {
    if (typeof checks !== 'object' || typeof checks.strict !== 'boolean') invalid('required_status_checks')
    const fromChecks = Array.isArray(checks.checks) ? checks.checks.map((c) => (c as { context?: unknown } | null)?.context) : undefined
    const list = fromChecks ?? checks.contexts
    if (!Array.isArray(list) || !list.every((c): c is string => typeof c === 'string')) invalid('required_status_checks')
    contexts = list as string[]
  }
  const count = reviews?.required_approving_review_count ?? 1
  if (reviews !== null && (typeof reviews !== 'object' || typeof count !== 'number' || count < 0 || count > 6)) {
    invalid('required_pull_request_reviews')
  }
  return {
    requiredStatusChecks: checks === null ? null : { contexts, strict: checks.strict === true },
    requiredApprovingReviews:
      reviews === null ? null : { count: count as number, dismissStaleReviews: reviews.dismiss_stale_reviews === true },
  }
}

export function registerProtectionRoutes(router: Router, deps: RestDeps): void {
  const branchOf = async (repo: FakeRepo, branch: string) => {
    if (!(await repo.branchSha(branch))) fail(errorReply(404, 'Branch not found', {}, PROTECTION_DOCS))
    return branch
  }

  router.on('GET', '/repos/:owner/:repo/branches/*branch/protection', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const branch = await branchOf(repo, req.params.branch)
    const protection = repo.protection.get(branch)
    if (!protection) return errorReply(404, 'Branch not protected', {}, PROTECTION_DOCS)
    return { status: 200, body: protectionJson(deps, repo, branch, protection) }
  })

  router.on('PUT', '/repos/:owner/:repo/branches/*branch/protection', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const branch = await branchOf(repo, req.params.branch)
    const protection = parseProtection((req.body ?? {}) as Record<string, unknown>)
    await protectBranch(repo, branch, protection)
    return { status: 200, body: protectionJson(deps, repo, branch, protection) }
  })

  router.on('DELETE', '/repos/:owner/:repo/branches/*branch/protection', async (req): Promise<Reply> => {
    const repo = repoOf(deps, req)
    const branch = await branchOf(repo, req.params.branch)
    if (!repo.protection.has(branch)) return errorReply(404, 'Branch not protected', {}, PROTECTION_DOCS)
    await protectBranch(repo, branch, null)
    return { status: 204 }
  })
}
