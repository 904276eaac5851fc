/**
 * npm run bench:speed [-- --readmes 2120 --runs 5 --corpus ../shared/eval/dev --tags ../shared/seed-tags.json
 *   --action dist/index.js --part batch|action]
 *
 * Whole-process speed of the built bundles (run `npm run build` first), as a user meets it:
 * 1. `dist/cli/index.js batch` over a JSON Lines file of READMEs, built at run time in a temporary folder from the
 *    corpus (never copied into the project): `--threads 1` against the default (one worker per core). Prints
 *    READMEs per second for each (median of --runs, the two alternating) and the ratio, and checks that both
 *    outputs are identical.
 * 2. One offline action run (`dist/index.js`, or --action: e.g. an older build to compare with; provider local,
 *    output topics) against the fake GitHub on 127.0.0.1: the median wall time of --runs step processes.
 * The sizes of the bundles' entry files and chunks are printed with them.
 * The machine may be shared: the load average is printed with the figures.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { finished } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { BUNDLE, runBundledAction } from '../tests/fixtures/action-runner.js'
import { startFakeGitHub } from '../tests/fixtures/fake-github.js'
import { loadCorpus } from './corpus.js'

const { values } = parseArgs({
  options: {
    readmes: { type: 'string', default: '2120' },
    runs: { type: 'string', default: '5' },
    corpus: { type: 'string', default: '../shared/eval/dev' },
    tags: { type: 'string', default: '../shared/seed-tags.json' },
    action: { type: 'string', default: BUNDLE },
    part: { type: 'string' }
  },
  strict: true
})
const corpus = resolve(String(values.corpus))
const tagsFile = resolve(String(values.tags))
const runs = Number(values.runs)
const CLI = new URL('../dist/cli/index.js', import.meta.url).pathname

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const load = (): string =>
  loadavg()
    .map(x => x.toFixed(2))
    .join(' ')

/** Run a command to its end; resolve with its wall time in seconds and its exit code. */
function timed(args: readonly string[]): Promise<{ seconds: number; code: number | null }> {
  const started = performance.now()
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] })
  return new Promise(done => child.on('close', code => done({ seconds: (performance.now() - started) / 1000, code })))
}

/** A JSONL of `count` READMEs, the corpus's in turn, each with its description. */
async function writeInput(file: string, count: number): Promise<void> {
  const items = loadCorpus(corpus)
  const out = createWriteStream(file)
  for (let i = 0; i < count; i++) {
    const item = items[i % items.length]!
    const line = JSON.stringify({ id: `${item.id}#${i}`, description: item.description, readme: item.readme })
    if (!out.write(`${line}\n`)) await new Promise<void>(done => out.once('drain', () => done()))
  }
  out.end()
  await finished(out)
}

async function threads(): Promise<void> {
  const count = Number(values.readmes)
  const dir = mkdtempSync(join(tmpdir(), 'bench-threads-'))
  try {
    const input = join(dir, 'readmes.jsonl')
    await writeInput(input, count)
    const variants = [
      { label: '--threads 1', extra: ['--threads', '1'], seconds: [] as number[] },
      { label: `default (${availableParallelism()})`, extra: [], seconds: [] as number[] }
    ]
    const output = (label: string) => join(dir, `${label.replace(/\W+/g, '_')}.jsonl`)
    for (let i = 0; i < runs; i++) {
      for (const variant of variants) {
        const args = [CLI, 'batch', '--tags', tagsFile, '--input', input, '--result-file', output(variant.label)]
        const run = await timed([...args, ...variant.extra])
        if (run.code !== 0) throw new Error(`batch ${variant.extra.join(' ')} exited with ${run.code}`)
        variant.seconds.push(run.seconds)
      }
    }
    const mb = (statSync(input).size / 2 ** 20).toFixed(1)
    console.log(`CLI batch over ${count} READMEs (${mb} MB JSONL), whole process, median of ${runs}:`)
    const [one, many] = variants.map(({ label, seconds }) => {
      const perSecond = count / median(seconds)
      const list = seconds.map(s => s.toFixed(2)).join(' ')
      console.log(
        `  ${label.padEnd(16)} ${median(seconds).toFixed(2)} s = ${perSecond.toFixed(0)} READMEs/s (runs: ${list})`
      )
      return { perSecond, output: output(label) }
    }) as [{ perSecond: number; output: string }, { perSecond: number; output: string }]
    const same = readFileSync(one.output, 'utf8') === readFileSync(many.output, 'utf8')
    console.log(
      `  ratio ${(many.perSecond / one.perSecond).toFixed(2)}× (target ≥ 1.6× on 2 cores); outputs identical: ${same}`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function actionRun(): Promise<void> {
  const readme = loadCorpus(corpus).find(item => item.readme.length > 2000)?.readme ?? '# A database tool'
  const github = await startFakeGitHub([
    { id: 1, fullName: 'bench/repo', description: 'A command-line tool', topics: [], readme }
  ])
  try {
    const tags = readFileSync(tagsFile, 'utf8')
    const seconds: number[] = []
    // One untimed run first: the fake GitHub compiles its OpenAPI checks on its first request.
    for (let i = -1; i < runs; i++) {
      github.repos.get('bench/repo')!.topics = [] // each run reads, tags and writes the topics
      const started = performance.now()
      const run = await runBundledAction(
        { tags, 'github-token': 'bench-token', output: 'topics' },
        { GITHUB_REPOSITORY: 'bench/repo', GITHUB_API_URL: github.url },
        action
      )
      if (i >= 0) seconds.push((performance.now() - started) / 1000)
      if (run.exitCode !== 0) throw new Error(`the action failed: ${run.errors.join('; ')}`)
    }
    console.log(
      `Offline action run (${relative(process.cwd(), action)}, ${kb(action)}) on the loopback GitHub: median ${median(seconds).toFixed(3)} s of ${runs} (target ≤ 0.8 s; runs: ${seconds.map(s => s.toFixed(3)).join(' ')})`
    )
  } finally {
    await github.close()
  }
}

const kb = (file: string): string => `${Math.round(statSync(file).size / 1024)} KB`

/** An entry file's size and its chunks' (loaded only by the runs that need them). */
function sizes(entry: string): string {
  const dir = dirname(entry)
  const chunks = readdirSync(dir).filter(name => /^\d+\.index\.js$/.test(name))
  const list = chunks.map(name => `${name} ${kb(join(dir, name))}`).join(', ')
  return `${relative(process.cwd(), entry)} ${kb(entry)}${chunks.length ? ` + chunks on demand: ${list}` : ''}`
}

const action = resolve(String(values.action))
for (const file of [CLI, action]) if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build".`)
console.log(`Node ${process.version}, ${availableParallelism()} cores, load average ${load()}`)
console.log(`Bundles: ${sizes(action)}\n         ${sizes(CLI)}`)
if (values.part !== 'action') await threads()
if (values.part !== 'batch') await actionRun()
console.log(`load average after: ${load()}`)
