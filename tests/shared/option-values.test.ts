import { describe, expect, it } from 'vitest'
import { bytes, seconds } from '../../src/shared/option-values.js'
import { OptionError } from '../../src/shared/user-error.js'

describe('seconds (render-timeout)', () => {
  const parseRenderTimeout = (text: string) => seconds.parse(text, 'render-timeout')
  it('takes seconds, decimals too, and gives milliseconds', () => {
    expect(parseRenderTimeout(' 30 ')).toBe(30_000)
    expect(parseRenderTimeout('0.5')).toBe(500)
    expect(parseRenderTimeout('3600')).toBe(3_600_000)
  })

  it.each(['', '0', '0.0', '-1', '3601', '1e3', '10s', 'ten', '.5', 'Infinity', 'NaN'])('refuses %j, naming the option', (value) => {
    expect(() => parseRenderTimeout(value)).toThrow(
      new OptionError('render-timeout', `must be a number of seconds above 0 and at most 3600, got '${value}'`),
    )
  })
})

describe('bytes (max-source-bytes)', () => {
  const parseMaxSourceBytes = (text: string) => bytes.parse(text, 'max-source-bytes')
  it('takes a whole number of bytes', () => {
    expect(parseMaxSourceBytes('1')).toBe(1)
    expect(parseMaxSourceBytes('5000000')).toBe(5_000_000)
  })

  it.each(['', '0', '-5', '2MB', '1.5', '1_000', '01', '99999999999'])('refuses %j, naming the option', (value) => {
    expect(() => parseMaxSourceBytes(value)).toThrow(
      new OptionError('max-source-bytes', `must be a whole number of bytes above 0, got '${value}'`),
    )
  })
})
