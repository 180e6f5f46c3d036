import { UserError } from '../shared/user-error.js'
import { ECHO_SOURCE, type Echo } from './echo.js'

// Small checks shared by the config parsers; every failure names the file and the field.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value's shape for an error: `a list`, `a mapping`, or its type and (as `echo` allows) the value. */
export function describe(value: unknown, echo: Echo = ECHO_SOURCE): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${echo.value(value)}`
}

export function fieldError(file: string, field: string, problem: string): UserError {
  return new UserError(`${file}: ${field} ${problem}`)
}

export function requireString(record: Record<string, unknown>, key: string, file: string, at: string, echo: Echo = ECHO_SOURCE): string {
  const value = record[key]
  if (value === undefined) throw fieldError(file, `${at}.${key}`, 'is missing')
  if (typeof value !== 'string') throw fieldError(file, `${at}.${key}`, `must be a string, got ${describe(value, echo)}`)
  return value
}

export function requireBoolean(record: Record<string, unknown>, key: string, file: string, at: string, echo: Echo = ECHO_SOURCE): boolean {
  const value = record[key]
  if (value === undefined) throw fieldError(file, `${at}.${key}`, 'is missing')
  if (typeof value !== 'boolean') throw fieldError(file, `${at}.${key}`, `must be true or false, got ${describe(value, echo)}`)
  return value
}
