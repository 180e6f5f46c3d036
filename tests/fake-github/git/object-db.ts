// Git's object database, read and written in-process in git's own loose-object format
// (zlib of "<type> <size>\0<content>" at objects/xx/yyyy…). Spawning git per object
// costs tens of milliseconds on a busy machine; a sync writes hundreds of objects.
// Objects git itself packed (after a `git gc` a test may run) are read through git.
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { inflateSync, deflateSync } from 'node:zlib'
import { gitBytes } from './runner.js'

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag'

export interface GitObject {
  type: ObjectType
  content: Buffer
}

const OID = /^[0-9a-f]{40}$/

export function hashObject(type: ObjectType, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex')
}

/**
 * Objects never change once written (their name is their hash), so what was read once can be
 * remembered: the type and size of every object, and the content of trees and commits.
 * Shared across repositories, since equal SHAs mean equal objects.
 */
const known = new Map<string, { type: ObjectType; size: number }>()
const structural = new Map<string, GitObject>()

function remember(sha: string, object: GitObject): void {
  known.set(sha, { type: object.type, size: object.content.length })
  if (object.type !== 'blob') structural.set(sha, object)
}

export class ObjectDb {
  constructor(readonly gitDir: string) {}

  private loosePath(sha: string): string {
    return path.join(this.gitDir, 'objects', sha.slice(0, 2), sha.slice(2))
  }

  async read(sha: string): Promise<GitObject | undefined> {
    if (!OID.test(sha)) return undefined
    const cached = structural.get(sha)
    if (cached && (await exists(this.loosePath(sha)))) return cached
    let object: GitObject | undefined
    try {
      const raw = inflateSync(await readFile(this.loosePath(sha)))
      const nul = raw.indexOf(0)
      const [type] = raw.subarray(0, nul).toString('latin1').split(' ')
      object = { type: type as ObjectType, content: raw.subarray(nul + 1) }
    } catch {
      object = await this.readThroughGit(sha)
    }
    if (object) remember(sha, object)
    return object
  }

  /** Type and size, from memory when this object was seen before (in this repository or another). */
  async describe(sha: string): Promise<{ type: ObjectType; size: number } | undefined> {
    const meta = known.get(sha)
    if (meta && (await exists(this.loosePath(sha)))) return meta
    const object = await this.read(sha)
    return object && { type: object.type, size: object.content.length }
  }

  async type(sha: string): Promise<ObjectType | undefined> {
    return (await this.describe(sha))?.type
  }

  /** Writes an object (if new) and returns its SHA, which is git's. */
  async write(type: ObjectType, content: Buffer): Promise<string> {
    const sha = hashObject(type, content)
    remember(sha, { type, content })
    const file = this.loosePath(sha)
    if (await exists(file)) return sha
    await mkdir(path.dirname(file), { recursive: true })
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temp, deflateSync(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content])), { mode: 0o444 })
    await rename(temp, file)
    return sha
  }

  private async readThroughGit(sha: string): Promise<GitObject | undefined> {
    try {
      const type = (await gitBytes(this.gitDir, ['cat-file', '-t', sha])).toString('utf8').trim() as ObjectType
      return { type, content: await gitBytes(this.gitDir, ['cat-file', type, sha]) }
    } catch {
      return undefined
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}
