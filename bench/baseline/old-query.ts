// The old scripts' contributor lookup (scripts/get_contributors.js in the Learning Path
// repository, before this action): one GraphQL query per file, the path pasted into the
// query text, the first 100 commits with their authors and their pull request's reviews nested
// inside the history (the site's lists credit reviewers, so the scripts that wrote them asked
// for reviews), no pagination. Nesting two connections under `history(first: 100)` is what
// makes it cost about 3 points: 1 + 100 + 100 + 100 units.
import type { Contributor } from '../../src/shared/types.js'

export interface OldHistoryAnswer {
  repository: {
    object: {
      history: {
        totalCount: number
        nodes: {
          authors: { nodes: { name: string | null; user: { name: string | null; url: string } | null }[] }
          associatedPullRequests?: {
            nodes: { reviews: { nodes: { author: { login: string; name?: string | null; url: string } | null }[] } }[]
          }
        }[]
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
            associatedPullRequests(first: 1) {
              nodes {
                reviews(first: 100) {
                  nodes {
                    author {
                      login
                      url
                      ... on User {
                        name
                      }
                    }
                  }
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
 * The old credit rule: every author of every commit, the profile name else the git name, then
 * the reviewers, deduplicated by name (first position kept, last value wins, as an object keyed
 * by name does).
 */
export function oldContributors(answer: OldHistoryAnswer): Contributor[] {
  const byName = new Map<string, Contributor>()
  for (const commit of answer.repository?.object?.history.nodes ?? []) {
    for (const author of commit.authors.nodes) {
      const name = author.user?.name || author.name || ''
      byName.set(name, { name, url: author.user?.url ?? null })
    }
  }
  for (const commit of answer.repository?.object?.history.nodes ?? []) {
    for (const pull of commit.associatedPullRequests?.nodes ?? []) {
      for (const review of pull.reviews.nodes) {
        if (!review.author) continue
        const name = review.author.name || review.author.login
        byName.set(name, { name, url: review.author.url })
      }
    }
  }
  return [...byName.values()]
}
