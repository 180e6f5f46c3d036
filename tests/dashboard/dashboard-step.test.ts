// The one write a run may send, decided from what the issue search found.
import { describe, expect, it } from 'vitest'
import { dashboardStep, type DashboardIssue } from '../../src/dashboard/dashboard-step.js'

const wanted = { title: 'Translation status', body: 'marker\nbody\n', stopLabel: 'no-dashboard' }
const issue = (number: number, more: Partial<DashboardIssue> = {}): DashboardIssue => ({
  number,
  state: 'open',
  title: wanted.title,
  body: wanted.body,
  labels: [],
  url: `https://github.com/o/lp/issues/${number}`,
  ...more,
})

describe('dashboardStep', () => {
  it('creates when nothing was found, and writes nothing when the dashboard says what it should', () => {
    expect(dashboardStep([], wanted)).toEqual({ kind: 'create' })
    expect(dashboardStep([issue(3)], wanted)).toEqual({ kind: 'none', issue: issue(3), why: 'current' })
    // A body edited in the browser comes back with CRLF line ends: the same text.
    expect(dashboardStep([issue(3, { body: 'marker\r\nbody\r\n' })], wanted).kind).toBe('none')
  })

  it('edits only what changed: the body, the title (the input was renamed), and reopens in the same request', () => {
    expect(dashboardStep([issue(3, { body: 'old' })], wanted)).toMatchObject({
      kind: 'edit',
      changes: { body: wanted.body },
      reopen: false,
    })
    expect(dashboardStep([issue(3, { title: 'Old title' })], wanted)).toMatchObject({ kind: 'edit', changes: { title: wanted.title } })
    expect(dashboardStep([issue(3, { state: 'closed' })], wanted)).toMatchObject({ kind: 'edit', changes: { state: 'open' }, reopen: true })
  })

  it('leaves a dashboard closed with the stop label (any case) alone', () => {
    const stopped = issue(3, { state: 'closed', labels: ['No-Dashboard'], body: 'old' })
    expect(dashboardStep([stopped], wanted)).toEqual({ kind: 'none', issue: stopped, why: 'stopped' })
    // Open, the label means nothing: the dashboard is kept.
    expect(dashboardStep([issue(3, { labels: ['no-dashboard'], body: 'old' })], wanted).kind).toBe('edit')
  })

  it('keeps the oldest as the dashboard; closes an open duplicate only in a run with no other write', () => {
    expect(dashboardStep([issue(9), issue(3)], wanted)).toEqual({ kind: 'close-duplicate', issue: issue(9), of: issue(3) })
    expect(dashboardStep([issue(9), issue(3, { body: 'old' })], wanted)).toMatchObject({ kind: 'edit', issue: { number: 3 } })
    expect(dashboardStep([issue(9, { state: 'closed' }), issue(3)], wanted)).toMatchObject({ kind: 'none', why: 'current' })
  })
})
