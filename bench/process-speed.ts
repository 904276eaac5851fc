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
 * The machine may be shared: the load average is printed with the figures, and so is the ceiling any
 * threading can reach on it right now: two `--threads 1` processes tagging half the input each, at once (and
 * for comparison a plain arithmetic loop on two worker threads against one).
 */
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { finished } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
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

/** A JSONL of READMEs `from` to `to` (exclusive) of the corpus's in turn, each with its description. */
async function writeInput(file: string, from: number, to: number): Promise<void> {
  const items = loadCorpus(corpus)
  const out = createWriteStream(file)
  for (let i = from; i < to; i++) {
    const item = items[i % items.length]!
    const line = JSON.stringify({ id: `${item.id}#${i}`, description: item.description, readme: item.readme })
    if (!out.write(`${line}\n`)) await new Promise<void>(done => out.once('drain', () => done()))
  }
  out.end()
  await finished(out)
}

interface Rate {
  readonly perSecond: number
  readonly output: string
}

async function threads(): Promise<void> {
  const count = Number(values.readmes)
  const dir = mkdtempSync(join(tmpdir(), 'bench-threads-'))
  try {
    const input = join(dir, 'readmes.jsonl')
    const halves = [join(dir, 'first.jsonl'), join(dir, 'second.jsonl')]
    await writeInput(input, 0, count)
    await writeInput(halves[0]!, 0, count >> 1)
    await writeInput(halves[1]!, count >> 1, count)
    const output = (label: string) => join(dir, `${label.replace(/\W+/g, '_')}.jsonl`)
    const batch = async (file: string, label: string, extra: string[]): Promise<number> => {
      const run = await timed([
        CLI,
        'batch',
        '--tags',
        tagsFile,
        '--input',
        file,
        '--result-file',
        output(label),
        ...extra
      ])
      if (run.code !== 0) throw new Error(`batch ${extra.join(' ')} exited with ${run.code}`)
      return run.seconds
    }
    const threaded = `default (${availableParallelism()})`
    const variants = [
      { label: '--threads 1', run: () => batch(input, '--threads 1', ['--threads', '1']) },
      { label: threaded, run: () => batch(input, threaded, []) },
      {
        // The most any threading could give here: two processes with nothing shared, each tagging half.
        label: '2 processes',
        run: async () => {
          const started = performance.now()
          await Promise.all(halves.map((file, i) => batch(file, `half ${i}`, ['--threads', '1'])))
          return (performance.now() - started) / 1000
        }
      }
    ].map(variant => ({ ...variant, seconds: [] as number[] }))
    for (let i = 0; i < runs; i++) for (const variant of variants) variant.seconds.push(await variant.run())
    const mb = (statSync(input).size / 2 ** 20).toFixed(1)
    console.log(`CLI batch over ${count} READMEs (${mb} MB JSONL), whole process, median of ${runs}:`)
    const [one, many, split] = variants.map(({ label, seconds }) => {
      const perSecond = count / median(seconds)
      const list = seconds.map(s => s.toFixed(2)).join(' ')
      console.log(
        `  ${label.padEnd(16)} ${median(seconds).toFixed(2)} s = ${perSecond.toFixed(0)} READMEs/s (runs: ${list})`
      )
      return { perSecond, output: output(label) }
    }) as [Rate, Rate, Rate]
    const same = readFileSync(one.output, 'utf8') === readFileSync(many.output, 'utf8')
    console.log(
      `  ratio ${(many.perSecond / one.perSecond).toFixed(2)}× (target ≥ 1.6× on 2 cores); outputs identical: ${same}`
    )
    console.log(
      `  ceiling now: 2 processes on half the input each run ${(split.perSecond / one.perSecond).toFixed(2)}× the --threads 1 rate`
    )
    await ceiling()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Wall time of `threads` workers each running an arithmetic loop of `steps / threads` iterations. */
async function loop(threads: number, steps: number): Promise<number> {
  const code = `const { parentPort, workerData } = require('node:worker_threads')
let s = 0
for (let i = 0; i < workerData; i++) s += Math.sqrt(i) * Math.sin(i)
parentPort.postMessage(s)`
  const started = performance.now()
  const one = () =>
    new Promise(done => new Worker(code, { eval: true, workerData: steps / threads }).once('message', done))
  await Promise.all(Array.from({ length: threads }, one))
  return performance.now() - started
}

/** What two threads can gain over one on this machine now, with nothing shared between them. */
async function ceiling(): Promise<void> {
  const steps = 4e7
  const ratios: number[] = []
  for (let i = 0; i < 3; i++) ratios.push((await loop(1, steps)) / (await loop(2, steps)))
  console.log(`  (an arithmetic loop runs ${median(ratios).toFixed(2)}× as fast on 2 threads as on 1)`)
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
