// What one run does to the dashboard issue, decided from what the issue search found: a pure
// function, so every case (none yet, current, changed, closed by hand, stopped, duplicated) is
// one table of inputs and one answer. At most one write per run.

/** An issue that carries the dashboard's marker, as the search returned it. */
export interface DashboardIssue {
  number: number
  state: 'open' | 'closed'
  title: string
  body: string
  labels: string[]
  url: string
}

/** What the dashboard should say, and the label that keeps it closed. */
export interface WantedDashboard {
  title: string
  body: string
  stopLabel: string
}

export type DashboardStep =
  | { kind: 'create' }
  /** Edit the dashboard: new text, and reopened when it was closed by hand. */
  | { kind: 'edit'; issue: DashboardIssue; changes: { title?: string; body?: string; state?: 'open' }; reopen: boolean }
  /** A second issue with the marker (two runs at once, or a search that had not seen the first yet). */
  | { kind: 'close-duplicate'; issue: DashboardIssue; of: DashboardIssue }
  | { kind: 'none'; issue: DashboardIssue; why: 'current' | 'stopped' }

/** GitHub keeps what it is sent but may hand a body back with CRLF line ends (edited in the browser). */
const sameText = (a: string, b: string) => a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n')

/**
 * The oldest issue with the marker is the dashboard; the others are duplicates. The dashboard's
 * own write (create, new text, reopen) goes first; a duplicate is closed in a run that has nothing
 * else to write, so a run never sends more than one write.
 */
export function dashboardStep(found: readonly DashboardIssue[], wanted: WantedDashboard): DashboardStep {
  const [dashboard, ...others] = [...found].sort((a, b) => a.number - b.number)
  if (!dashboard) return { kind: 'create' }
  const stopped = dashboard.state === 'closed' && dashboard.labels.some((l) => l.toLowerCase() === wanted.stopLabel.toLowerCase())
  if (!stopped) {
    const changes: { title?: string; body?: string; state?: 'open' } = {}
    if (dashboard.title !== wanted.title) changes.title = wanted.title
    if (!sameText(dashboard.body, wanted.body)) changes.body = wanted.body
    const reopen = dashboard.state === 'closed'
    if (reopen) changes.state = 'open'
    if (Object.keys(changes).length > 0) return { kind: 'edit', issue: dashboard, changes, reopen }
  }
  const duplicate = others.find((issue) => issue.state === 'open')
  if (duplicate) return { kind: 'close-duplicate', issue: duplicate, of: dashboard }
  return { kind: 'none', issue: dashboard, why: stopped ? 'stopped' : 'current' }
}
