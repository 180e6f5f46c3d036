// Files read whole and parsed whole that their authors need never make large: a limit keeps
// what a hostile one costs in time and memory bounded (issue 21: a 256 KB hugo.toml took the
// old TOML reader to 4.3 GB and a crash), and says what it refused.

/**
 * Most bytes of a configuration file: the contributors file, the site's language configuration.
 * Real ones are a few KB; at this size the slowest YAML we know of (a flow sequence nested in
 * itself, a line of `a: a: a: …`) still parses, or fails, within seconds.
 */
export const MAX_CONFIG_BYTES = 128 * 1024

/** Why a file of `size` bytes is refused, naming its size and the limit; null when it is within. */
export function oversize(size: number, limit: number, what: string): string | null {
  if (size <= limit) return null
  return `${size.toLocaleString('en-US')} bytes, more than the ${limit.toLocaleString('en-US')} bytes (${limit / 1024} KiB) a ${what} may have`
}
