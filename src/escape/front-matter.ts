import YAML from 'yaml'
import { stringifyString, stringTag } from 'yaml/util'

// Front matter holds text nobody here controls: titles from the sources, contributors' names
// from GitHub profiles. The `yaml` package writes it for YAML 1.2, but the site's readers are
// not all 1.2: YAML 1.1 parsers (Hugo's lineage, js-yaml's 1.1 schema) read a plain `yes`,
// `n` or `on` as a boolean, `2001-12-14` as a date, `1_000` as a number, and take U+2028,
// U+2029 and NEL for line breaks. So a string whose plain form reads differently under 1.1 is
// double-quoted, and one holding such characters is written with escapes only. Every other
// string is written exactly as before: the pages the site has today do not change.
//
// Hugo itself (Debian's 0.111, go-yaml v2, a port of libyaml) adds two constraints, found by
// building the property test's pages with it (tests/render/serialize.test.ts): it fails the
// whole site on an escaped lone surrogate (`"\ud800"`: "found invalid Unicode character escape
// code"), and on a block scalar (`|`) whose first line with content starts with a tab ("found a
// tab character where an indentation space is expected"); and it reads a block scalar of blank
// lines without their spaces.

/**
 * A UTF-16 half without its other half. No UTF-8 file can hold one, so it never comes from the
 * sources; a JS string can still carry one (a `\ud800` escape in JSON from the API).
 */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Characters a string must not carry raw: C0 and C1 controls (tab and line feed aside), DEL, U+2028, U+2029, the BOM, the noncharacters U+FFFE and U+FFFF (YAML readers refuse them raw). */
const NEEDS_ESCAPES =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/

/**
 * What a block scalar (`|`) cannot carry to libyaml as the `yaml` package writes it: a tab
 * among the leading blanks (refused where the indentation has to be guessed), or nothing but
 * blanks and line breaks (libyaml takes the spaces for indentation: `" \n"` reads as `"\n"`).
 */
const NOT_FOR_BLOCK = /^[ \n]*\t|^[ \t]*\n[ \t\n]*$/

/**
 * A double-quoted scalar that every YAML version reads back as `value` (which holds no lone
 * surrogate): JSON's escapes (a subset of YAML's), plus `\uXXXX` for what JSON leaves raw.
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

/** The `yaml` package's string tag, writing each string so that YAML 1.1 and 1.2 read the same value, and Hugo too. */
export const portableStringTag: typeof stringTag = {
  ...stringTag,
  stringify(item, ctx, onComment, onChompKeep) {
    // Each lone surrogate becomes U+FFFD, as a UTF-8 encoder writes it: escaped, it would fail
    // Hugo's build of every page; raw, it cannot be written at all.
    const value = String(item.value).replace(LONE_SURROGATE, '\ufffd')
    if (NEEDS_ESCAPES.test(value) || NOT_FOR_BLOCK.test(value)) return escapedDoubleQuoted(value)
    // `actualString`, as the package's own string tag sets it: quote what reads as another
    // type under YAML 1.2 (`0o17` is the number 15 there, a string under 1.1).
    const text = stringifyString({ value, comment: item.comment, type: item.type }, { ...ctx, actualString: true }, onComment, onChompKeep)
    // Only a plain (unquoted, one-line) form can resolve to another type.
    const plain = !/^["'|>]/.test(text) && !text.includes('\n')
    if (plain && readsDifferentlyIn11(value))
      return stringifyString({ value, comment: item.comment, type: YAML.Scalar.QUOTE_DOUBLE }, ctx, onComment, onChompKeep)
    return text
  },
}
