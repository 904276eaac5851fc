import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

/** Write a result as pretty JSON (creating the folder); returns the absolute path. */
export async function writeResultFile(path: string, result: unknown): Promise<string> {
  const absolute = resolve(path)
  await mkdir(dirname(absolute), { recursive: true })
  await writeFile(absolute, `${JSON.stringify(result, null, 2)}\n`, 'utf8')
  return absolute
}
