// The two render limits the action's inputs and the CLI's flags share, parsed one way. Errors
// name the option; each entry point words it (`input 'x'` or `--x`).
import { SYNC_DEFAULTS } from './sync-defaults.js'
import { OptionError } from './user-error.js'

/** An hour: above ~24 days a timer fires at once, and no source file needs more than seconds. */
const MAX_RENDER_TIMEOUT_SECONDS = 3600

/** `render-timeout`: seconds per source file (decimals allowed), empty for the default; returns milliseconds. */
export function parseRenderTimeout(value: string | undefined): number {
  const text = (value ?? '').trim()
  if (text === '') return SYNC_DEFAULTS.renderTimeoutSeconds * 1000
  const seconds = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN
  if (!(seconds > 0 && seconds <= MAX_RENDER_TIMEOUT_SECONDS))
    throw new OptionError('render-timeout', `must be a number of seconds above 0 and at most ${MAX_RENDER_TIMEOUT_SECONDS}, got '${value}'`)
  return Math.max(1, Math.round(seconds * 1000))
}

/** `max-source-bytes`: the largest source file rendered, in bytes, empty for the default. */
export function parseMaxSourceBytes(value: string | undefined): number {
  const text = (value ?? '').trim()
  if (text === '') return SYNC_DEFAULTS.maxSourceBytes
  if (!/^[1-9]\d{0,9}$/.test(text)) throw new OptionError('max-source-bytes', `must be a whole number of bytes above 0, got '${value}'`)
  return Number(text)
}
