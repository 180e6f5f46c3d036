// Which rule of the contributors file changed which pages: the summary shows it so that a
// maintainer sees what each line of the file does (and which lines do nothing any more).
import type { ContributorsFile } from './contributors-file.js'

export interface RuleReport {
  /** The file, as the user named it. */
  file: string
  /** Every rule of the file in file order, with the pages whose list it changed (sorted). */
  rules: { rule: string; pages: string[] }[]
  /** `add` patterns that name no page listing contributors (likely typos). */
  unmatched: string[]
}

/** Every rule label of the file, in file order: aliases, exclusions, additions. */
export function ruleLabels(file: ContributorsFile): string[] {
  return [
    ...file.aliases.map((a) => `alias "${a.name}"`),
    ...file.exclude.map((text) => `exclude "${text}"`),
    ...file.add.map((a) => `add "${a.name}"`),
  ]
}

export function buildRuleReport(
  file: ContributorsFile,
  changedBy: ReadonlyMap<string, readonly string[]>,
  unmatched: string[],
): RuleReport {
  const pagesOf = new Map<string, string[]>(ruleLabels(file).map((label) => [label, []]))
  for (const [page, labels] of changedBy) for (const label of labels) pagesOf.get(label)?.push(page)
  return { file: file.file, rules: [...pagesOf].map(([rule, pages]) => ({ rule, pages: pages.sort() })), unmatched }
}
