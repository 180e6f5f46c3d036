import { describe, expect, it } from 'vitest'
import { creditContributors, mergeByName, type CommitAuthor, type CommitRecord, type GitHubAccount } from '../../src/credit/credit-rule.js'

const user = (login: string, name: string | null = null, type = 'User'): GitHubAccount => ({
  login,
  name,
  url: `https://github.com/${login}`,
  type,
})
const author = (name: string, account: GitHubAccount | null = null, email = `${name.toLowerCase()}@example.com`): CommitAuthor => ({
  name,
  email,
  user: account,
})
let n = 0
const commit = (authors: CommitAuthor[], reviewers: (GitHubAccount | null)[] = []): CommitRecord => ({
  oid: `oid${n++}`,
  authors,
  reviewers,
})

describe('creditContributors', () => {
  it('lists authors newest first, profile name else git name', () => {
    const history = [
      commit([author('Ann Git', user('ann', 'Ann Profile'))]),
      commit([author('bob', user('bob'))]),
      commit([author('Carol')]),
    ]
    expect(creditContributors(history)).toEqual([
      { name: 'Ann Profile', url: 'https://github.com/ann' },
      { name: 'bob', url: 'https://github.com/bob' },
      { name: 'Carol', url: null },
    ])
  })

  it('puts reviewers after the authors of ALL commits, profile name else login', () => {
    const history = [
      commit([author('Ann', user('ann', 'Ann'))], [user('rev1', 'Reviewer One')]),
      commit([author('Bob', user('bob', 'Bob'))], [user('rev2')]),
    ]
    expect(creditContributors(history).map((c) => c.name)).toEqual(['Ann', 'Bob', 'Reviewer One', 'rev2'])
  })

  it('includes co-authors in order, after the commit author', () => {
    const history = [commit([author('Ann', user('ann', 'Ann')), author('Co Author'), author('Dee', user('dee', 'Dee'))])]
    expect(creditContributors(history).map((c) => c.name)).toEqual(['Ann', 'Co Author', 'Dee'])
  })

  it('leaves out bots (type Bot or [bot] in a name) and deleted accounts', () => {
    const history = [
      commit(
        [author('github-actions[bot]'), author('Ann', user('ann', 'Ann'))],
        [null, user('copilot-pull-request-reviewer', null, 'Bot')],
      ),
      commit([author('dependabot', user('dependabot[bot]'))], [user('renovate[bot]'), user('rev', 'Rev')]),
    ]
    expect(creditContributors(history)).toEqual([
      { name: 'Ann', url: 'https://github.com/ann' },
      { name: 'Rev', url: 'https://github.com/rev' },
    ])
  })

  it('credits a reviewer who also authored once, in the author place', () => {
    const history = [
      commit([author('Ann', user('ann', 'Ann'))], [user('bob', 'Bob')]),
      commit([author('Bob', user('bob', 'Bob'))], [user('ann', 'Ann')]),
    ]
    expect(creditContributors(history).map((c) => c.name)).toEqual(['Ann', 'Bob'])
  })

  it('keeps url null for an email linked to no account, and fills it from a later occurrence', () => {
    const unlinkedOnly = [commit([author('Yoshi')]), commit([author('Zed', user('zed', 'Zed'))])]
    expect(creditContributors(unlinkedOnly)).toEqual([
      { name: 'Yoshi', url: null },
      { name: 'Zed', url: 'https://github.com/zed' },
    ])
    const filledLater = [commit([author('Yoshi')]), commit([author('Zed', user('zed', 'Zed'))], [user('ystk', 'Yoshi')])]
    expect(creditContributors(filledLater)).toEqual([
      { name: 'Yoshi', url: 'https://github.com/ystk' },
      { name: 'Zed', url: 'https://github.com/zed' },
    ])
  })

  it('keeps the first url when a name occurs again with another one', () => {
    expect(
      mergeByName([
        { name: 'Sam', url: 'https://github.com/sam1' },
        { name: 'Sam', url: 'https://github.com/sam2' },
      ]),
    ).toEqual([{ name: 'Sam', url: 'https://github.com/sam1' }])
  })

  it('gives an empty list for a file without history', () => {
    expect(creditContributors([])).toEqual([])
  })
})
