// One scenario in its own process (`node --import tsx bench/scenario.ts JOB_JSON`), so its
// peak memory is its own. Prints one result line; the parent reads the request log.
import { RESULT_PREFIX, type Job } from './jobs.js'
import { runJob } from './run-job.js'

const job = JSON.parse(process.argv[2] ?? '') as Job
const result = await runJob(job)
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`)
