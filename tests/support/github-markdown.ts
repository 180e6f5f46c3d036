// What GitHub makes of a Markdown text, read the way GitHub reads it: the CommonMark and GFM
// parse (micromark with its GFM extension: tables, autolink literals, tag filter, strikethrough,
// as cmark-gfm parses them), then GitHub's own filters over the text that is left outside code
// and links: @mentions, issue references (#1, GH-1, owner/repo#1) and commit SHAs. Those
// filters are GitHub's post-processing, not Markdown, so they are matched here on the parsed
// text nodes, as GitHub matches them on the HTML's text nodes (never inside `code` or `a`).
//
// Why micromark: it passes the CommonMark and GFM spec tests that cmark-gfm (GitHub's parser)
// is written against, and its GFM extension follows cmark-gfm's autolink literal and table
// rules, where markdown-it's linkify and tables differ from both. The one known difference,
// `\\|` in a table cell (GitHub keeps the pipe in the cell, micromark splits the cell:
// github/cmark-gfm#277), is a sequence the escaping never writes; the row checks below would
// catch it if it did, since micromark then counts one cell more.
import type { Nodes, RootContent, Table } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { decodeHtml } from './hugo.js'

/** Everything in a text that is more than text to GitHub: markup, pings and links. */
export interface GitHubMarkdown {
  /** `@name` and `@org/team` as GitHub's mention filter links them (and pings the person). */
  mentions: string[]
  /** `#1`, `GH-1`, `owner/repo#1`, `owner#1`, and SHA-like words GitHub links to a commit. */
  references: string[]
  /** Link, autolink and link reference targets; definitions too. */
  links: string[]
  images: string[]
  /** Raw HTML, inline or as a block. */
  html: string[]
  /** The tag names in that HTML (`details`, `/summary`, ...). */
  htmlTags: string[]
  /** Per table of the text, per row (header row included), how many cells it has. */
  tables: number[][]
  /** Text GitHub shows outside code spans, links and images, node by node. */
  texts: string[]
  /** What code spans show. */
  codes: string[]
}

// GitHub's patterns, from html-pipeline's MentionFilter and IssueReferenceFilter, made wider
// where unsure: a match needs only the start of the pattern (a mention is `@` and a name
// character, whatever follows), so an escaping that passes these passes GitHub's own.
const MENTION = /@[a-z0-9]/gi
const ISSUE = /#\d|\bgh-\d/gi
/** A commit SHA: 7 or more hex digits standing as a word of their own (ASCII word characters, as Ruby's `\b`). */
const SHA = /(?<![0-9a-z_])[0-9a-f]{7,}(?![0-9a-z_])/gi
/** A URL GitHub's autolinker may take that the parser did not (another scheme, a `www.` inside a word). */
const URL_LIKE = /[a-z][a-z0-9+.-]*:\/\/|www\./gi

const PARSE_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }

/** Parses `markdown` as GitHub does and lists what GitHub would make of it. */
export function readGitHubMarkdown(markdown: string): GitHubMarkdown {
  const tree = fromMarkdown(markdown, PARSE_OPTIONS)
  const out: GitHubMarkdown = {
    mentions: [],
    references: [],
    links: [],
    images: [],
    html: [],
    htmlTags: [],
    tables: [],
    texts: [],
    codes: [],
  }
  const scan = (text: string) => {
    const found = githubLinks(text)
    out.texts.push(text)
    out.mentions.push(...found.mentions)
    out.references.push(...found.references)
    out.links.push(...found.links)
  }
  const visit = (node: Nodes, inLink: boolean): void => {
    switch (node.type) {
      case 'text':
        if (!inLink) scan(node.value)
        return
      case 'inlineCode':
      case 'code':
        out.codes.push(node.value)
        return
      case 'html':
        // GitHub's filters read the text between the tags too (the raw HTML of a `<summary>`).
        out.html.push(node.value)
        out.htmlTags.push(...[...node.value.matchAll(/<(\/?[a-z][a-z0-9-]*)/gi)].map((m) => m[1].toLowerCase()))
        scan(decodeHtml(node.value.replace(/<[^>]*>/g, ' ')))
        return
      case 'image':
      case 'imageReference':
        out.images.push(node.type === 'image' ? node.url : node.identifier)
        return
      case 'link':
      case 'linkReference':
      case 'definition':
        out.links.push(node.type === 'linkReference' ? node.identifier : node.url)
        break
      case 'table':
        out.tables.push(cellCounts(node))
        break
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child, inLink || node.type === 'link')
  }
  visit(tree, false)
  return out
}

/** What GitHub's own filters would link in one text node (or the text of raw HTML). */
export function githubLinks(text: string): Pick<GitHubMarkdown, 'mentions' | 'references' | 'links'> {
  return {
    mentions: text.match(MENTION) ?? [],
    references: [...(text.match(ISSUE) ?? []), ...(text.match(SHA) ?? [])],
    links: text.match(URL_LIKE) ?? [],
  }
}

function cellCounts(table: Table): number[] {
  return table.children.map((row) => row.children.length)
}

/** Everything that makes a text more than text: empty lists when GitHub shows it as plain text. */
export function activeMarkup(found: GitHubMarkdown): Pick<GitHubMarkdown, 'mentions' | 'references' | 'links' | 'images' | 'html'> {
  return { mentions: found.mentions, references: found.references, links: found.links, images: found.images, html: found.html }
}
