import { describe, expect, it } from 'vitest'
import { inertJson, inertLine, stopCommands, stopToken } from '../../src/escape/log-line.js'

describe('inertLine', () => {
  it('leaves ordinary lines alone', () => {
    expect(inertLine('warning: introduction/01-x.asciidoc:3: Asciidoctor warning: list item index')).toBe(
      'warning: introduction/01-x.asciidoc:3: Asciidoctor warning: list item index',
    )
    expect(inertLine('a::b and ##x [y]')).toBe('a::b and ##x [y]')
  })

  it('escapes a leading "::" after any whitespace the runner trims (NEL included)', () => {
    expect(inertLine('::add-mask::InnerSource')).toBe('\\::add-mask::InnerSource')
    expect(inertLine('  \t::warning::x')).toBe('  \t\\::warning::x')
    expect(inertLine('\u0085\u00a0::error::x')).toBe('\u0085\u00a0\\::error::x')
  })

  it('keeps the message on its line: breaks become visible escapes', () => {
    expect(inertLine('folder a\n::add-mask::x')).toBe('folder a\\n::add-mask::x')
    expect(inertLine('a\r::set-output name=x::y\r\nb')).toBe('a\\r::set-output name=x::y\\r\\nb')
    expect(inertLine('a\r::x').split(/\r|\n/)).toHaveLength(1)
  })

  it('breaks the legacy "##[command]" form wherever it is', () => {
    expect(inertLine('title ##[add-mask]secret ##[warning]x')).toBe('title ##\\[add-mask]secret ##\\[warning]x')
  })
})

describe('stopCommands', () => {
  it("wraps text between a random token's stop and resume lines", () => {
    const wrapped = stopCommands('::add-mask::x\n ::warning::y\n')
    const lines = wrapped.split('\n')
    const token = /^::stop-commands::(lps-[0-9a-f]{32})$/.exec(lines[0])![1]
    expect(lines.slice(1)).toEqual(['::add-mask::x', ' ::warning::y', `::${token}::`, ''])
  })

  it('adds the missing final newline so the resume line stands alone', () => {
    expect(stopCommands('no newline', 'lps-t')).toBe('::stop-commands::lps-t\nno newline\n::lps-t::\n')
  })

  it('never picks a token the text holds, and tokens differ run to run', () => {
    const a = stopToken('')
    expect(stopToken('')).not.toBe(a)
    expect(stopToken(`text ::${a}:: text`)).not.toBe(a)
  })
})

describe('inertJson', () => {
  it('writes "##[" as "##\\u005b": the same value, and no legacy command', () => {
    const value = { diff: '+<p>##[add-mask]InnerSource</p>' }
    const json = inertJson(JSON.stringify(value))
    expect(json).not.toContain('##[')
    expect(JSON.parse(json)).toEqual(value)
  })
})
