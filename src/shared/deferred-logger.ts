import type { Logger } from './logger.js'

/**
 * A logger for work that runs in the background of other log groups (the site read and the
 * history reads start before rendering): its lines wait until `open()`, called when that
 * work's own group starts, then pass straight through. Each group holds its own lines.
 */
export function deferredLogger(target: Logger): Logger & { open(): void } {
  let queue: (() => void)[] | null = []
  const later = (line: () => void) => (queue ? queue.push(line) : line())
  return {
    debug: (m) => later(() => target.debug(m)),
    info: (m) => later(() => target.info(m)),
    notice: (m) => later(() => target.notice(m)),
    warning: (m, where) => later(() => target.warning(m, where)),
    error: (m, where) => later(() => target.error(m, where)),
    // Background work opens no groups of its own; once open, groups nest as usual.
    group: (name, fn) => (queue ? fn() : target.group(name, fn)),
    open() {
      const waiting = queue ?? []
      queue = null
      for (const line of waiting) line()
    },
  }
}
