import { OptionError } from './user-error.js'

// Node's own wording ("EACCES: permission denied, mkdir '/x/out'") names neither the option
// that led there nor what the run was doing; these are the codes a folder the user names can
// give, in words.

const PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'it is busy',
  EMFILE: 'too many open files',
}

const ACTIONS: Record<string, string> = {
  mkdir: 'create the folder',
  open: 'open',
  scandir: 'list',
  opendir: 'list',
  unlink: 'delete',
  rm: 'delete',
  rmdir: 'remove the folder',
  write: 'write',
  read: 'read',
  stat: 'read',
  lstat: 'read',
  access: 'write into',
}

/** A file system error (EACCES, ENOENT, ENOTDIR…) as an error of the option that named the place; anything else: undefined. */
export function fileSystemOptionError(error: unknown, option: string): OptionError | undefined {
  if (!error || typeof error !== 'object') return undefined
  const { code, path, syscall } = error as NodeJS.ErrnoException
  if (typeof code !== 'string' || !(code in PROBLEMS)) return undefined
  const action = (syscall && ACTIONS[syscall]) ?? syscall ?? 'use'
  return new OptionError(option, `cannot ${action} ${path ?? '(no path given)'}: ${PROBLEMS[code]} (${code})`)
}
