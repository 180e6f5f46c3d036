// Git references: get, list, create, update (fast-forward unless forced), delete.
import type { FakeRepo } from '../git/repo-store.js'
import { isAncestor, isOid, objectType } from '../git/objects.js'
import { fail, notFound, unprocessable, type Reply } from '../http.js'
import { gitRepoOf, type RestDeps } from './deps.js'
import type { RestRequest, Router } from './router.js'

export function refJson(deps: RestDeps, repo: FakeRepo, ref: string, sha: string, type = 'commit') {
  const api = `${deps.apiUrl()}/repos/${repo.fullName}`
  return {
    ref,
    node_id: `REF_${Buffer.from(`${repo.fullName}:${ref}`).toString('base64url')}`,
    url: `${api}/git/${ref}`,
    object: { sha, type, url: `${api}/git/${type}s/${sha}` },
  }
}

/** `heads/main` -> `refs/heads/main` (the REST paths leave out `refs/`). */
const qualify = (ref: string) => (ref.startsWith('refs/') ? ref : `refs/${ref}`)

/** GitHub's rule for a new ref's name, plus git's own (no `..`, no spaces, ...). */
export function validRefName(ref: string): boolean {
  return /^refs\/[^/]+\/.+/.test(ref) && !/\.\.|[\s~^:?*[\\]|@\{|\/\/|\/$|\.lock$|\.$/.test(ref)
}

export function registerRefRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo/git/ref/*ref', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'refs')
    const ref = qualify(req.params.ref)
    const [found] = (await repo.listRefs(ref)).filter((r) => r.ref === ref)
    if (!found) return notFound()
    return { status: 200, body: refJson(deps, repo, found.ref, found.sha, found.type) }
  })

  router.on('GET', '/repos/:owner/:repo/git/matching-refs/*ref', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'refs')
    const prefix = qualify(req.params.ref)
    const refs = (await repo.listRefs('refs/')).filter((r) => r.ref.startsWith(prefix))
    return { status: 200, body: refs.map((r) => refJson(deps, repo, r.ref, r.sha, r.type)) }
  })

  // The older form: an exact ref answers one object, a prefix answers a list.
  const listOrGet = async (req: RestRequest): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'refs')
    const prefix = req.params.ref ? qualify(req.params.ref) : 'refs/'
    const refs = (await repo.listRefs('refs/')).filter((r) => r.ref.startsWith(prefix))
    const exact = refs.find((r) => r.ref === prefix)
    if (exact) return { status: 200, body: refJson(deps, repo, exact.ref, exact.sha, exact.type) }
    if (refs.length === 0) return notFound()
    return { status: 200, body: refs.map((r) => refJson(deps, repo, r.ref, r.sha, r.type)) }
  }
  router.on('GET', '/repos/:owner/:repo/git/refs', listOrGet)
  router.on('GET', '/repos/:owner/:repo/git/refs/*ref', listOrGet)

  router.on('POST', '/repos/:owner/:repo/git/refs', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'refs')
    const { ref, sha } = (req.body ?? {}) as { ref?: unknown; sha?: unknown }
    if (typeof ref !== 'string' || !validRefName(ref)) {
      return unprocessable(`Reference name is not valid: ref must start with 'refs' and have at least two slashes.`)
    }
    if (!isOid(sha) || !(await objectType(repo.gitDir, sha))) return unprocessable('Object does not exist')
    if (await repo.refSha(ref)) return unprocessable('Reference already exists')
    if (!(await repo.updateRef(ref, sha, undefined))) return unprocessable('Reference already exists')
    return { status: 201, body: refJson(deps, repo, ref, sha, (await objectType(repo.gitDir, sha)) ?? 'commit') }
  })

  router.on('PATCH', '/repos/:owner/:repo/git/refs/*ref', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'refs')
    const ref = qualify(req.params.ref)
    const { sha, force } = (req.body ?? {}) as { sha?: unknown; force?: unknown }
    const old = await repo.refSha(ref)
    if (!old) return unprocessable('Reference does not exist')
    if (!isOid(sha) || !(await objectType(repo.gitDir, sha))) return unprocessable('Object does not exist')
    if (force !== true && !(await isAncestor(repo.gitDir, old, sha))) return unprocessable('Update is not a fast forward')
    // Someone else moved the ref between our check and our write: GitHub refuses too.
    if (!(await repo.updateRef(ref, sha, old))) return unprocessable('Reference cannot be updated')
    return { status: 200, body: refJson(deps, repo, ref, sha) }
  })

  router.on('DELETE', '/repos/:owner/:repo/git/refs/*ref', async (req): Promise<Reply> => {
    const repo = await gitRepoOf(deps, req, 'refs')
    const ref = qualify(req.params.ref)
    const old = await repo.refSha(ref)
    if (!old || !(await repo.deleteRef(ref, old))) fail(unprocessable('Reference does not exist'))
    return { status: 204 }
  })
}
