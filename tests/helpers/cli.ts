import { PassThrough, Readable } from 'node:stream'
import { runCli } from '../../src/cli/run.js'

/** Run the CLI in-process with captured streams; `tty` makes stdout claim to be a terminal. */
export async function runCliCaptured(
  argv: string[],
  stdinText = '',
  env: NodeJS.ProcessEnv = {},
  options: { tty?: boolean } = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = Object.assign(new PassThrough(), options.tty ? { isTTY: true } : {})
  const stderr = new PassThrough()
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] }
  stdout.on('data', chunk => chunks.stdout.push(chunk))
  stderr.on('data', chunk => chunks.stderr.push(chunk))
  const code = await runCli(argv, { stdin: Readable.from([stdinText]), stdout, stderr, env })
  return { code, stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString() }
}
