// Names on the pages that are likely one person under two identities. Only hints: the summary
// shows them and points to the contributors file, which is where a maintainer decides.
import type { Contributor } from '../shared/types.js'

export interface IdentityHint {
  /** The two people as the pages show them, in name order. */
  people: [Contributor, Contributor]
  reason: string
  /** Pages that show either of them, sorted. */
  pages: string[]
}

const words = (name: string) => name.trim().toLowerCase().split(/\s+/)

/**
 * True when one name is the other with later words cut to their initial: `Arno M` and
 * `Arno Mihm`, `J. Doe` and `Jane Doe`. Same number of words, at least one initial.
 */
function abbreviates(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)]
  if (x.length !== y.length || x.length < 2 || a.trim().toLowerCase() === b.trim().toLowerCase()) return false
  let initials = 0
  for (let i = 0; i < x.length; i++) {
    const [p, q] = [x[i].replace(/\.$/, ''), y[i].replace(/\.$/, '')]
    if (p === q) continue
    const [short, long] = p.length <= q.length ? [p, q] : [q, p]
    if (short.length !== 1 || long[0] !== short) return false
    initials++
  }
  return initials > 0 && initials < x.length
}

function reasonFor(a: Contributor, b: Contributor): string | null {
  if (a.name === b.name) {
    if (a.url !== null && b.url !== null) return 'the same name under two GitHub accounts'
    return 'the same name with and without a GitHub account (a git name equal to a profile name)'
  }
  if (a.url !== null && a.url === b.url) return 'two names for one GitHub account'
  // Two accounts with related names are more likely two people: only hint when one has none.
  if ((a.url === null || b.url === null) && abbreviates(a.name, b.name)) return 'one name abbreviates the other'
  return null
}

const key = (c: Contributor) => `${c.name}\u0000${c.url ?? ''}`

/** Pairs of people, across all pages, that look like one person; sorted, deterministic. */
export function identityHints(pages: Iterable<{ path: string; contributors: readonly Contributor[] }>): IdentityHint[] {
  const people = new Map<string, { person: Contributor; pages: Set<string> }>()
  for (const page of pages) {
    for (const person of page.contributors) {
      const seen = people.get(key(person)) ?? { person: { name: person.name, url: person.url }, pages: new Set<string>() }
      seen.pages.add(page.path)
      people.set(key(person), seen)
    }
  }
  const all = [...people.values()].sort((a, b) => (key(a.person) < key(b.person) ? -1 : 1))
  const hints: IdentityHint[] = []
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const reason = reasonFor(all[i].person, all[j].person)
      if (!reason) continue
      hints.push({
        people: [all[i].person, all[j].person],
        reason,
        pages: [...new Set([...all[i].pages, ...all[j].pages])].sort(),
      })
    }
  }
  return hints
}
