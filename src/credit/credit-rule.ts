import type { CommitPerson, Contributor } from '../shared/types.js'

// The site's credit rule, as a pure function of one file's commit history.
// The rule is stated in the `about` field of the fixture history and in issue 4; the fixture
// website pages decide the ordering: ALL authors of ALL commits first (newest commit first),
// and only then the reviewers of each commit's pull request, in the same commit order.
// (Interleaving each commit's reviewers after its authors reproduces only half the pages.)

/** A GitHub account as the API describes it. */
export interface GitHubAccount {
  login: string
  /** Profile name; null when the profile has none. */
  name: string | null
  url: string
  /** GraphQL `__typename`: `User`, `Bot`, `Mannequin`, ... */
  type: string
}

/** One author of a commit (the git author or a `Co-authored-by` co-author). */
export interface CommitAuthor {
  /** Git author name. */
  name: string
  email: string
  /** The linked account; null for an email linked to no account. */
  user: GitHubAccount | null
}

/** What the rule needs to know about one commit of a file's history. */
export interface CommitRecord {
  oid: string
  authors: readonly CommitAuthor[]
  /** Authors of the reviews of the commit's pull request(s); null for a deleted account. */
  reviewers: readonly (GitHubAccount | null)[]
}

function isBot(name: string | null | undefined, account: GitHubAccount | null): boolean {
  if (account?.type === 'Bot') return true
  return [name, account?.login, account?.name].some((text) => text?.includes('[bot]') ?? false)
}

/** The person an author stands for, or null when the rule leaves them out. */
export function authorContributor(author: CommitAuthor): Contributor | null {
  if (isBot(author.name, author.user)) return null
  const name = author.user?.name || author.name
  if (!name) return null
  return { name, url: author.user?.url ?? null }
}

/** The person a reviewer stands for, or null for bots and deleted accounts. */
export function reviewerContributor(reviewer: GitHubAccount | null): Contributor | null {
  if (reviewer === null || isBot(null, reviewer)) return null
  return { name: reviewer.name || reviewer.login, url: reviewer.url }
}

/**
 * First occurrence of a display name wins and keeps its place; a missing URL is filled from
 * a later occurrence of the same name.
 */
export function mergeByName(people: Iterable<Contributor>): Contributor[] {
  const byName = new Map<string, Contributor>()
  for (const person of people) {
    const seen = byName.get(person.name)
    if (!seen) byName.set(person.name, { name: person.name, url: person.url })
    else if (seen.url === null && person.url !== null) seen.url = person.url
  }
  return [...byName.values()]
}

/**
 * What a contributors file does to one credited person: the person to show instead (an
 * alias), or null (excluded). Sees the identity behind the person: the commit author (git
 * name, email, account) or the reviewer's account.
 */
export type CreditRewrite = (person: Contributor, who: { author: CommitAuthor } | { reviewer: GitHubAccount }) => Contributor | null

/** The contributor list of a file, from its history (newest commit first). */
export function creditContributors(history: readonly CommitRecord[], rewrite?: CreditRewrite): Contributor[] {
  const authors = history.flatMap((commit) =>
    commit.authors.map((author) => {
      const person = authorContributor(author)
      return person && rewrite ? rewrite(person, { author }) : person
    }),
  )
  const reviewers = history.flatMap((commit) =>
    commit.reviewers.map((reviewer) => {
      const person = reviewerContributor(reviewer)
      return person && reviewer && rewrite ? rewrite(person, { reviewer }) : person
    }),
  )
  return mergeByName([...authors, ...reviewers].filter((p): p is Contributor => p !== null))
}

/** A commit's authors as the rule credits them (bots left out, `rewrite` applied), with their logins. */
export function commitPeople(commit: CommitRecord, rewrite?: CreditRewrite): CommitPerson[] {
  const people: CommitPerson[] = []
  for (const author of commit.authors) {
    const credited = authorContributor(author)
    const person = credited && rewrite ? rewrite(credited, { author }) : credited
    if (person && !people.some((p) => p.name === person.name)) people.push({ name: person.name, login: author.user?.login ?? null })
  }
  return people
}
