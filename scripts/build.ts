/**
 * `npm run build`: bundle the action (dist/) and the CLI (dist/cli/) with ncc, from an empty dist/.
 *
 * Two things ncc does not do on its own once a bundle has lazily loaded chunks (`<id>.index.js`):
 * - clean its output folder: a chunk that a change renamed would stay behind, and CI's check of dist/ would
 *   not notice it. dist/ is emptied first.
 * - write one license notice for all chunks: its `--license` file holds the packages of one chunk only.
 *   licenses.txt is written here from webpack's module list instead, covering every chunk, sorted by name,
 *   followed by the credits of the data the classifier ships (data-notices.ts).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { DATA_NOTICE } from './data-notices.js'

const require = createRequire(import.meta.url)
const NCC = require.resolve('@vercel/ncc/dist/ncc/cli.js')
const BUNDLES = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli.ts', out: 'dist/cli' }
]

interface StatsModule {
  readonly name?: string
  readonly modules?: readonly StatsModule[]
}

/** The package folders (`node_modules/x`, `node_modules/@s/x`, nested ones included) webpack bundled. */
function bundledPackages(modules: readonly StatsModule[], found = new Set<string>()): Set<string> {
  for (const module of modules) {
    const match = /^(?:\.\/)?(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(module.name ?? '')
    if (match) found.add(match[1]!)
    if (module.modules) bundledPackages(module.modules, found)
  }
  return found
}

/** One notice per package: name, license, and the text of its license file when it has one. */
function notice(folder: string): { name: string; text: string } {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    name?: string
    license?: string | { type?: string }
  }
  const name = manifest.name ?? folder
  const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'unknown')
  const file = readdirSync(folder)
    .sort()
    .find(entry => /^(licen[cs]e|copying)(\.|$)/i.test(entry))
  const text = file ? readFileSync(join(folder, file), 'utf8').trim() : ''
  return { name, text: `${name}\n${license}${text ? `\n${text}` : ''}\n` }
}

function build(entry: string, out: string): void {
  const stats = join(out, 'stats.json')
  const run = spawnSync(process.execPath, [NCC, 'build', entry, '-o', out, '--stats-out', stats], { stdio: 'inherit' })
  if (run.status !== 0) process.exit(run.status ?? 1)
  const modules = (JSON.parse(readFileSync(stats, 'utf8')) as { modules: StatsModule[] }).modules
  rmSync(stats)
  const notices = [...bundledPackages(modules)].filter(folder => existsSync(join(folder, 'package.json'))).map(notice)
  const unique = [...new Map(notices.map(n => [n.text, n])).values()]
  unique.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.text < b.text ? -1 : 1))
  writeFileSync(join(out, 'licenses.txt'), unique.map(n => n.text).join('\n') + DATA_NOTICE)
}

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of BUNDLES) build(entry, out)
