// The machine a run measured, for results.md.
import { execFileSync } from 'node:child_process'
import os from 'node:os'

export interface MachineInfo {
  date: string
  uname: string
  cpus: number
  cpuModel: string
  memoryGb: number
  node: string
}

export function machineInfo(now = new Date()): MachineInfo {
  let uname: string
  try {
    uname = execFileSync('uname', ['-a'], { encoding: 'utf8' }).trim()
  } catch {
    uname = `${os.type()} ${os.release()} ${os.arch()}`
  }
  const cpus = os.cpus()
  return {
    date: now.toISOString(),
    uname,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  }
}
