// The old scripts' contributor lookup (scripts/get_contributors.js in the Learning Path
// repository, before this action): one GraphQL query per file, the path pasted into the
// query text, the first 100 commits and their authors, no reviewers, no pagination.
import type { Contributor } from '../../src/types.js'

export interface OldHistoryAnswer {
  repository: {
    object: {
      history: {
        totalCount: number
        nodes: { authors: { nodes: { name: string | null; user: { name: string | null; url: string } | null }[] } }[]
      }
    } | null
  } | null
}

/** The query text the old scripts sent for one file (they had no variables). */
export function oldHistoryQuery(owner: string, name: string, ref: string, path: string): string {
  return `{
  repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) {
    object(expression: ${JSON.stringify(ref)}) {
      ... on Commit {
        history(first: 100, path: ${JSON.stringify(path)}) {
          totalCount
          nodes {
            authors(first: 100) {
              nodes {
                name
                user {
                  name
                  url
                }
              }
            }
          }
        }
      }
    }
  }
}`
}

/**
 * The old credit rule: every author of every commit, the profile name else the git name,
 * deduplicated by name (first position kept, last value wins, as an object keyed by name does).
 */
export function oldContributors(answer: OldHistoryAnswer): Contributor[] {
  const byName = new Map<string, Contributor>()
  for (const commit of answer.repository?.object?.history.nodes ?? []) {
    for (const author of commit.authors.nodes) {
      const name = author.user?.name || author.name || ''
      byName.set(name, { name, url: author.user?.url ?? null })
    }
  }
  return [...byName.values()]
}
