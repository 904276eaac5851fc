import { existsSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { InputError } from '../errors.js'

/**
 * `result-file`, checked before any network call: a folder there (say `\${{ runner.temp }}`) would fail
 * only when the result is written, after the topics. Empty means `fallback`.
 */
export function parseResultFile(value: string, fallback: string): string {
  const path = value.trim() || fallback
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new InputError(
      `result-file "${path}" is a folder: give a file path, e.g. "${join(path, basename(fallback))}", or leave it empty.`
    )
  }
  return path
}

/** Write a result as pretty JSON (creating the folder); returns the absolute path. */
export async function writeResultFile(path: string, result: unknown): Promise<string> {
  const absolute = resolve(path)
  await mkdir(dirname(absolute), { recursive: true })
  await writeFile(absolute, `${JSON.stringify(result, null, 2)}\n`, 'utf8')
  return absolute
}
