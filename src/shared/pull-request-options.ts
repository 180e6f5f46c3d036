// The pull request options the action's inputs and the CLI's flags share, parsed one way.
// Errors name the option; each entry point words it (`input 'x'` or `--x`).
import { OptionError } from './user-error.js'

export const AUTO_MERGE_METHODS = ['merge', 'squash', 'rebase'] as const
export type AutoMergeMethod = (typeof AUTO_MERGE_METHODS)[number]

export const DRAFT_VALUES = ['false', 'true', 'always-true'] as const

/** `true`, `false` (or empty) or `always-true` (a draft again whenever the sync pushes). */
export function parseDraft(value: string | undefined): boolean | 'always-true' {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '' || text === 'false') return false
  if (text === 'true') return true
  if (text === 'always-true') return 'always-true'
  throw new OptionError('draft', `must be true, false or always-true, got '${value}'`)
}

/** `merge`, `squash`, `rebase`, or empty (auto-merge left alone). */
export function parseAutoMerge(value: string | undefined): AutoMergeMethod | undefined {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '' || text === 'false') return undefined
  if ((AUTO_MERGE_METHODS as readonly string[]).includes(text)) return text as AutoMergeMethod
  throw new OptionError('auto-merge', `must be ${AUTO_MERGE_METHODS.join(', ')} or empty, got '${value}'`)
}

/** A milestone number (as GitHub's API takes it), or empty. */
export function parseMilestone(value: string | undefined): number | undefined {
  const text = (value ?? '').trim()
  if (text === '') return undefined
  if (!/^[1-9]\d{0,9}$/.test(text))
    throw new OptionError('milestone', `must be a milestone number (the number in its URL, .../milestone/3), got '${value}'`)
  return Number(text)
}
