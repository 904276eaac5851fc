import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { assertValidResult } from './helpers/schema.js'

/**
 * The way the README installs the CLI: `npm pack`, then `npm install -g` of the tarball, here into a
 * temporary prefix and offline (the package ships the self-contained bundle and needs nothing else).
 * It packs dist/cli as built: CI (.ci/run) builds before it tests.
 */
const root = process.cwd()
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` }

function npm(args: string[], cwd = root): string {
  // Under `npm test`, npm_execpath is the npm that runs the tests; otherwise the one on PATH.
  const cli = process.env.npm_execpath
  const [file, argv] = cli?.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', args]
  return execFileSync(file, argv, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

let dir: string
let bin: string
beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/index.js')))
    throw new Error('dist/cli/index.js is missing: run "npm run build" before this test.')
  dir = mkdtempSync(join(tmpdir(), 'cli-install-'))
  npm(['pack', '--pack-destination', dir, '--silent'])
  const tarball = readdirSync(dir).find(name => name.endsWith('.tgz'))
  if (!tarball) throw new Error(`npm pack left no tarball in ${dir}`)
  const prefix = join(dir, 'prefix')
  // Offline with an empty cache: any dependency to fetch would fail the install.
  const offline = ['--offline', '--cache', join(dir, 'cache'), '--no-audit', '--no-fund']
  npm(['install', '--global', '--prefix', prefix, ...offline, join(dir, tarball)], dir)
  bin = join(prefix, process.platform === 'win32' ? 'readme-tagger.cmd' : 'bin/readme-tagger')
}, 120_000)

describe('the packed CLI, installed', () => {
  it('ships the CLI bundle only', () => {
    const listing = JSON.parse(npm(['pack', '--dry-run', '--json'])) as [{ files: { path: string }[] }]
    const paths = listing[0].files.map(file => file.path).sort()
    expect(paths.filter(path => !/^(dist\/cli\/|package\.json$|README\.md$|LICENSE)/.test(path))).toEqual([])
    expect(paths).toContain('dist/cli/index.js')
  })

  it('runs readme-tagger --help', () => {
    const run = spawnSync(bin, ['--help'], { env, encoding: 'utf8', cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Usage: readme-tagger <command>/)
  })

  it('runs readme-tagger classify', () => {
    writeFileSync(join(dir, 'README.md'), '# rowstore\n\nAn embedded database: the database keeps rows on disk.\n')
    const run = spawnSync(bin, ['classify', '--tags', 'database, cli, video', '--readme', 'README.md'], {
      env,
      encoding: 'utf8',
      cwd: dir
    })
    expect(run.status).toBe(0)
    const result: unknown = JSON.parse(run.stdout)
    assertValidResult(result)
    expect(result).toMatchObject({ tags: ['database'] })
  })
})
