// The contributors file issue 17's "Done when" names, for the fixture: the two Arno identities as
// one person, svc-mesto never credited, one name added to introduction/01.md.
export const FIXTURE_CONTRIBUTORS_FILE = `
aliases:
  - name: Arno Mihm
    url: https://github.com/arnom-ms
    match: [arnom-ms, "Arno M", "Arno Mihm"]
exclude: [svc-mesto]
add:
  - name: Jane Example
    url: null
    pages: [introduction/01.md]
`
