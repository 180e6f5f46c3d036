import YAML from 'yaml'
import { stringifyString, stringTag } from 'yaml/util'

// Front matter holds text nobody here controls: titles from the sources, contributors' names
// from GitHub profiles. The `yaml` package writes it for YAML 1.2, but the site's readers are
// not all 1.2: YAML 1.1 parsers (Hugo's lineage, js-yaml's 1.1 schema) read a plain `yes`,
// `n` or `on` as a boolean, `2001-12-14` as a date, `1_000` as a number, and take U+2028,
// U+2029 and NEL for line breaks. So a string whose plain form reads differently under 1.1 is
// double-quoted, and one holding such characters is written with escapes only. Every other
// string is written exactly as before: the pages the site has today do not change.

/** Characters a string must not carry raw: C0 and C1 controls (tab and line feed aside), DEL, U+2028, U+2029, the BOM, the noncharacters U+FFFE and U+FFFF (YAML readers refuse them raw), lone surrogates. */
const NEEDS_ESCAPES =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * A double-quoted scalar that every YAML version reads back as `value`: JSON's escapes (a
 * subset of YAML's, lone surrogates included), plus `\uXXXX` for what JSON leaves raw.
 */
export function escapedDoubleQuoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** Whether the plain scalar `value` (one line) resolves to something else than this string under YAML 1.1. */
function readsDifferentlyIn11(value: string): boolean {
  try {
    return YAML.parse(value, { version: '1.1' }) !== value
  } catch {
    return true
  }
}

/** The `yaml` package's string tag, writing each string so that YAML 1.1 and 1.2 read the same value. */
export const portableStringTag: typeof stringTag = {
  ...stringTag,
  stringify(item, ctx, onComment, onChompKeep) {
    const value = String(item.value)
    if (NEEDS_ESCAPES.test(value)) return escapedDoubleQuoted(value)
    const text = stringifyString(item, ctx, onComment, onChompKeep)
    // Only a plain (unquoted, one-line) form can resolve to another type.
    const plain = !/^["'|>]/.test(text) && !text.includes('\n')
    if (plain && readsDifferentlyIn11(value))
      return stringifyString({ value, comment: item.comment, type: YAML.Scalar.QUOTE_DOUBLE }, ctx, onComment, onChompKeep)
    return text
  },
}
