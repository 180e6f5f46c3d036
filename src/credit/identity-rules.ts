// The `aliases` and `exclude` rules of a contributors file, applied inside the credit rule so
// they see every identity a history has (git name, email, login, profile name), not only the
// name a page shows. The same for every provider.
import type { Contributor } from '../shared/types.js'
import type { ContributorsFile } from './contributors-file.js'
import { creditContributors, type CommitAuthor, type CommitRecord, type CreditRewrite, type GitHubAccount } from './credit-rule.js'

type Rule = { label: string; person: Contributor | null }

/** Everything that names the identity behind a credited person, lower-cased for matching. */
function keysOf(who: { author: CommitAuthor } | { reviewer: GitHubAccount }): string[] {
  const texts =
    'author' in who
      ? [who.author.user?.login, who.author.user?.url, who.author.email, who.author.name, who.author.user?.name]
      : [who.reviewer.login, who.reviewer.url, who.reviewer.name]
  return texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim().toLowerCase())
}

export class IdentityRules {
  static readonly NONE = new IdentityRules([])

  private readonly byKey = new Map<string, Rule>()

  private constructor(private readonly rules: readonly { rule: Rule; keys: readonly string[] }[]) {
    for (const { rule, keys } of rules) for (const key of keys) this.byKey.set(key, rule)
  }

  static fromFile(file: ContributorsFile | null): IdentityRules {
    if (!file) return IdentityRules.NONE
    return new IdentityRules([
      ...file.aliases.map((alias) => ({
        rule: { label: `alias "${alias.name}"`, person: { name: alias.name, url: alias.url } },
        keys: alias.match.map((m) => m.toLowerCase()),
      })),
      ...file.exclude.map((text) => ({ rule: { label: `exclude "${text}"`, person: null }, keys: [text.toLowerCase()] })),
    ])
  }

  get isEmpty(): boolean {
    return this.rules.length === 0
  }

  /** The same rules but one: to tell what that one changed. */
  without(label: string): IdentityRules {
    return new IdentityRules(this.rules.filter((r) => r.rule.label !== label))
  }

  /** The credit rule's hook; records in `fired` the label of every rule that matched someone. */
  rewriter(fired?: Set<string>): CreditRewrite | undefined {
    if (this.isEmpty) return undefined
    return (person, who) => {
      // Exclusion first: "never credited" holds even when an alias also names the identity.
      const matched = keysOf(who)
        .map((key) => this.byKey.get(key))
        .filter((rule): rule is Rule => rule !== undefined)
        .sort((a, b) => (a.person === null ? -1 : 0) - (b.person === null ? -1 : 0))[0]
      if (!matched) return person
      fired?.add(matched.label)
      return matched.person === null ? null : { ...matched.person }
    }
  }
}

const sameList = (a: readonly Contributor[], b: readonly Contributor[]) =>
  a.length === b.length && a.every((p, i) => p.name === b[i].name && p.url === b[i].url)

/**
 * A file's list under the rules, and the labels of the rules that changed it: a rule changed
 * the list when taking that rule away gives another list.
 */
export function creditWithRules(
  history: readonly CommitRecord[],
  rules: IdentityRules,
): { contributors: Contributor[]; changedBy: string[] } {
  const fired = new Set<string>()
  const contributors = creditContributors(history, rules.rewriter(fired))
  const changedBy = [...fired]
    .filter((label) => !sameList(creditContributors(history, rules.without(label).rewriter()), contributors))
    .sort()
  return { contributors, changedBy }
}
