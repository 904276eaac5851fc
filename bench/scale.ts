/**
 * npm run bench:scale [-- --repos 3000 --readmes 100000 --concurrency 8 --corpus ../shared/eval/dev]
 *
 * 1. The action's batch core (selection, GraphQL reads, tagging, topic writes, JSON Lines results) against a
 *    fake GitHub API on 127.0.0.1 (its own process) holding thousands of repositories, with injected secondary
 *    and primary rate limits, 429s and 5xx. Prints repositories per second, API calls per repository and the
 *    peak memory. Rate-limit waits are scaled from seconds to milliseconds (retryAfterBaseValue 1), and the
 *    throttling plugin's write/GraphQL limiter is opened up (minTime 0): what is measured is our work.
 * 2. The offline classifier over a JSON Lines file of 100,000 READMEs built from the corpus at run time in a
 *    temporary folder (never committed), through the CLI's streaming `batch`. Prints READMEs per second and
 *    the peak memory.
 * Each part runs in a child process of its own so that its peak memory is its own.
 */
import Bottleneck from 'bottleneck'
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { parseRepositories, selectRepositories } from '../src/batch/repositories.js'
import { openResultLog } from '../src/batch/result-log.js'
import { runBatch } from '../src/batch/run.js'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { runCli } from '../src/cli/run.js'
import { createOctokit } from '../src/github/client.js'
import { loadTagList } from '../src/tags/load.js'
import {
  createFakeGitHubState,
  handleGitHubGraphql,
  type Fault,
  type FakeRepo
} from '../tests/fixtures/fake-github-graphql.js'
import { loadCorpus } from './corpus.js'

const { values } = parseArgs({
  options: {
    part: { type: 'string' },
    url: { type: 'string' },
    repos: { type: 'string', default: '3000' },
    readmes: { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '8' },
    corpus: { type: 'string', default: '../shared/eval/dev' },
    tags: { type: 'string', default: '../shared/seed-tags.json' }
  }
})
const corpus = resolve(String(values.corpus))
const tagsFile = resolve(String(values.tags))
const SELF = new URL(import.meta.url).pathname

/** Faults by request number: ~1 in 25 requests is refused one way or another. */
function fault(n: number): Fault | null {
  if (n % 53 === 0) return 'secondary'
  if (n % 71 === 0) return 'server'
  if (n % 131 === 0) return 'primary'
  if (n % 173 === 0) return 'too-many'
  return null
}

/** The fake's repositories: corpus READMEs in turn; 1 in 20 keeps it in docs/, 1 in 50 has none. */
function fakeRepos(count: number): FakeRepo[] {
  const items = loadCorpus(corpus)
  return Array.from({ length: count }, (_, i) => {
    const item = items[i % items.length]!
    const name = item.format === 'rst' ? 'README.rst' : 'README.md'
    const files = i % 50 === 7 ? {} : { [i % 20 === 3 ? `docs/${name}` : name]: item.readme }
    return {
      owner: 'bench',
      name: `repo-${i}`,
      id: 100000 + i,
      description: item.description || `Repository ${i}`,
      topics: i % 4 === 0 ? ['keep-me'] : [],
      files
    }
  })
}

/** Child: serve the fake on 127.0.0.1 and print its URL; GET /__calls gives the call log's counts. */
async function serve(): Promise<void> {
  const state = createFakeGitHubState({ repos: fakeRepos(Number(values.repos)), orgs: ['bench'], fault })
  const server = createServer((req, res) => {
    if (req.url === '/__calls') {
      const by = (test: (c: (typeof state.calls)[number]) => boolean) => state.calls.filter(test).length
      const body = {
        total: state.calls.length,
        faults: by(c => c.fault !== null),
        listing: by(c => !c.fault && c.path.endsWith('/repos') && c.path.startsWith('/orgs')),
        graphql: by(c => !c.fault && c.path === '/graphql'),
        restReads: by(c => !c.fault && c.method === 'GET' && c.path.startsWith('/repos/')),
        writes: by(c => !c.fault && c.method === 'PUT')
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      return
    }
    void handleGitHubGraphql(state, req, res).then(handled => void (handled || res.writeHead(404).end()))
  })
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    process.stdout.write(`${typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : ''}\n`)
  })
}

/**
 * Peak memory: the OS's peak resident set size, and the peak live heap (sampled once a second right after
 * a full GC, so garbage not yet collected does not count) — flat when nothing accumulates per item.
 */
function memoryProbe() {
  const gc = (globalThis as { gc?: () => void }).gc
  let liveHeap = 0
  const sample = () => {
    gc?.()
    liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed)
  }
  sample()
  const timer = setInterval(sample, 1000)
  return () => {
    clearInterval(timer)
    sample()
    return { peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), liveHeapMb: Math.round(liveHeap / 2 ** 20) }
  }
}

/** Child: the batch core against the fake. Prints one JSON line of figures. */
async function github(): Promise<void> {
  const url = String(values.url)
  const memory = memoryProbe()
  let waits = 0
  const concurrency = Number(values.concurrency)
  const octokit = createOctokit({
    token: 'test-token',
    baseUrl: url,
    retryAfterBaseValue: 1,
    rateLimitRetries: 20,
    warn: () => void (waits += 1),
    limiters: { write: new Bottleneck.Group({ maxConcurrent: concurrency, minTime: 0 }) }
  })
  // Time each GraphQL query as the client sees it (the fake's graphql-js executor is the slow part).
  const queryMs: number[] = []
  octokit.hook.wrap('request', async (request, options) => {
    const started = performance.now()
    const response = await request(options)
    if (String(options.url).endsWith('/graphql')) queryMs.push(performance.now() - started)
    return response
  })
  const classifier = createOfflineClassifier(loadTagList({ tagsFile }))
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'))
  const started = performance.now()
  const { repositories } = await selectRepositories(octokit, parseRepositories('org:bench'))
  const log = await openResultLog(join(dir, 'results.jsonl'), { resume: false })
  const counts = await runBatch(
    repositories,
    { octokit, classifier, selection: { maxTags: 3 }, onRecord: record => log.write(record.result, record.resumed) },
    { concurrency, topics: { octokit, mode: 'merge', dryRun: false } }
  )
  await log.close()
  const seconds = (performance.now() - started) / 1000
  const calls = (await (await fetch(`${url}/__calls`)).json()) as Record<string, number>
  rmSync(dir, { recursive: true, force: true })
  const meanQueryMs = queryMs.reduce((sum, ms) => sum + ms, 0) / Math.max(1, queryMs.length)
  const figures = {
    repos: repositories.length,
    seconds,
    counts,
    calls,
    rateLimitWaits: waits,
    meanQueryMs,
    ...memory()
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`)
}

/** Child: the offline classifier over a JSONL of READMEs, through the CLI's streaming batch. */
async function readmes(): Promise<void> {
  const count = Number(values.readmes)
  const dir = mkdtempSync(join(tmpdir(), 'bench-readmes-'))
  const input = join(dir, 'readmes.jsonl')
  const items = loadCorpus(corpus)
  const out = createWriteStream(input)
  for (let i = 0; i < count; i++) {
    const item = items[i % items.length]!
    if (
      !out.write(`${JSON.stringify({ id: `${item.id}#${i}`, description: item.description, readme: item.readme })}\n`)
    )
      await new Promise<void>(done => out.once('drain', () => done()))
  }
  out.end()
  await finished(out)
  const memory = memoryProbe()
  const stderr = new PassThrough()
  stderr.resume()
  const started = performance.now()
  const code = await runCli(
    ['batch', '--tags', tagsFile, '--input', input, '--result-file', join(dir, 'results.jsonl')],
    {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr,
      env: {}
    }
  )
  const seconds = (performance.now() - started) / 1000
  const { size } = statSync(input)
  rmSync(dir, { recursive: true, force: true })
  process.stdout.write(
    `${JSON.stringify({ readmes: count, code, seconds, inputMb: Math.round(size / 2 ** 20), ...memory() })}\n`
  )
}

/** Run this file as a child with `args`; resolve with its first stdout line (and keep it running if asked). */
function child(args: string[], keep = false): Promise<{ line: string; kill: () => void }> {
  const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, ...args], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((done, fail) => {
    let text = ''
    proc.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const end = text.indexOf('\n')
      if (end >= 0 && keep) done({ line: text.slice(0, end), kill: () => proc.kill() })
    })
    proc.on('close', code =>
      code === 0
        ? done({ line: text.trim(), kill: () => undefined })
        : fail(new Error(`${args.join(' ')} exited with ${code}`))
    )
  })
}

async function main(): Promise<void> {
  const common = [
    '--repos',
    String(values.repos),
    '--readmes',
    String(values.readmes),
    '--concurrency',
    String(values.concurrency),
    '--corpus',
    corpus,
    '--tags',
    tagsFile
  ]
  const server = await child(['--part', 'serve', ...common], true)
  try {
    const g = JSON.parse((await child(['--part', 'github', '--url', server.line, ...common])).line)
    const reads = g.calls.listing + g.calls.graphql + g.calls.restReads
    console.log(
      `GitHub batch: ${g.repos} repositories in ${g.seconds.toFixed(1)} s = ${(g.repos / g.seconds).toFixed(0)} repositories/s (concurrency ${values.concurrency})`
    )
    console.log(`  outcomes: tagged ${g.counts.tagged}, unchanged ${g.counts.unchanged}, failed ${g.counts.failed}`)
    console.log(
      `  a 25-repository GraphQL query took ${g.meanQueryMs.toFixed(0)} ms on average (the fake executes it with graphql-js on GitHub's full schema)`
    )
    console.log(
      `  API calls per repository: ${(reads / g.repos).toFixed(3)} reads (${g.calls.listing} listing pages, ${g.calls.graphql} GraphQL queries, ${g.calls.restReads} REST README fallbacks) + ${(g.calls.writes / g.repos).toFixed(3)} topic writes = ${((reads + g.calls.writes) / g.repos).toFixed(3)}; naive REST: 2 reads + writes`
    )
    console.log(
      `  injected faults: ${g.calls.faults} of ${g.calls.total} requests (${((100 * g.calls.faults) / g.calls.total).toFixed(1)}%), ${g.rateLimitWaits} rate-limit waits; with retries ${(g.calls.total / g.repos).toFixed(3)} requests per repository`
    )
    console.log(
      `  peak memory: ${g.peakRssMb} MB RSS, ${g.liveHeapMb} MB live heap (the fake GitHub runs in another process)`
    )
  } finally {
    server.kill()
  }
  const r = JSON.parse((await child(['--part', 'readmes', ...common])).line)
  console.log(
    `Offline classifier, JSON Lines batch: ${r.readmes} READMEs (${r.inputMb} MB) in ${r.seconds.toFixed(1)} s = ${(r.readmes / r.seconds).toFixed(0)} READMEs/s; exit code ${r.code}`
  )
  console.log(
    `  peak memory: ${r.peakRssMb} MB RSS, ${r.liveHeapMb} MB live heap (input and output stream from and to disk)`
  )
}

const part = values.part
await (part === 'serve' ? serve() : part === 'github' ? github() : part === 'readmes' ? readmes() : main())
