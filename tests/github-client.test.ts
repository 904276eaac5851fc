import { execFile } from 'node:child_process'
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createOctokit, DEFAULT_TIME_LIMITS } from '../src/github/client.js'
import { readRepository } from '../src/github/repository.js'
import { startSilentServer } from './fixtures/silent-server.js'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!()
})

function listen(server: Server): Promise<number> {
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(file, args, { env, timeout: 30_000 }, (_error, stdout, stderr) => resolve({ stdout, stderr }))
  })
}

/** A tiny GitHub: GET /repos/o/r answers a repository; the headers of each request are kept. */
async function startTinyGitHub(): Promise<{ url: string; port: number; headers: Record<string, unknown>[] }> {
  const headers: Record<string, unknown>[] = []
  const server = createHttpServer((request, response) => {
    headers.push({ ...request.headers, url: request.url })
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ id: 7, full_name: 'o/r', description: 'd', topics: ['x'] }))
  })
  const port = await listen(server)
  closers.push(() => new Promise(resolve => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${port}`, port, headers }
}

describe('createOctokit', () => {
  it('is @octokit/rest (its user agent), with the token', async () => {
    const github = await startTinyGitHub()
    const octokit = createOctokit({ token: 'secret-token', baseUrl: github.url })
    await expect(readRepository(octokit, { owner: 'o', repo: 'r' })).resolves.toMatchObject({ id: 7 })
    expect(github.headers[0]?.['user-agent']).toMatch(/^readme-tagger .*octokit-rest\.js\//)
    expect(github.headers[0]?.authorization).toBe('token secret-token')
  })

  it('defaults to 30 s for a REST request and longer for GraphQL', () => {
    expect(DEFAULT_TIME_LIMITS.restMs).toBe(30_000)
    expect(DEFAULT_TIME_LIMITS.graphqlMs).toBeGreaterThan(DEFAULT_TIME_LIMITS.restMs)
  })

  it('gives up on a REST server that accepts and stays silent, after retrying like a 5xx', async () => {
    const silent = await startSilentServer()
    closers.push(() => silent.close())
    const octokit = createOctokit({
      token: 't',
      baseUrl: silent.url,
      retryAfterBaseValue: 1,
      timeLimits: { restMs: 150 }
    })
    const started = Date.now()
    const error = await readRepository(octokit, { owner: 'o', repo: 'r' }).catch((e: unknown) => String(e))
    expect(error).toMatch(/GitHub did not answer GET http:\/\/127\.0\.0\.1:\d+\/repos\/o\/r within 0\.15 s/)
    // The first attempt and the retry plugin's three retries, each cut off at the limit.
    expect(silent.connections()).toBeGreaterThanOrEqual(4)
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 150 - 20)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('gives up on a silent GraphQL endpoint with its own limit', async () => {
    const silent = await startSilentServer()
    closers.push(() => silent.close())
    const octokit = createOctokit({
      token: 't',
      baseUrl: silent.url,
      retryAfterBaseValue: 1,
      timeLimits: { restMs: 60_000, graphqlMs: 150 }
    })
    const started = Date.now()
    const error = await octokit.graphql('{ viewer { login } }').catch((e: unknown) => String(e))
    expect(error).toMatch(/did not answer POST .*\/graphql within 0\.15 s/)
    // The first attempt and the retry plugin's three retries, each cut off at the limit.
    expect(silent.connections()).toBeGreaterThanOrEqual(4)
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 150 - 20)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('goes through the proxy of HTTP_PROXY, as @actions/github sets it up on self-hosted runners', async () => {
    const github = await startTinyGitHub()
    // A forwarding proxy on loopback: CONNECT tunnels and absolute-form requests both reach the tiny GitHub.
    const seen: string[] = []
    const proxy = createHttpServer((request, response) => {
      seen.push(`${request.method} ${request.url}`)
      const upstream = httpRequest(
        { host: '127.0.0.1', port: github.port, path: new URL(request.url!).pathname, headers: request.headers },
        answer => {
          response.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(response)
        }
      )
      request.pipe(upstream)
    })
    proxy.on('connect', (request, socket: Socket) => {
      seen.push(`CONNECT ${request.url}`)
      const upstream = connect(github.port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(socket)
        socket.pipe(upstream)
      })
      upstream.on('error', () => socket.destroy())
      socket.on('error', () => upstream.destroy())
    })
    const proxyPort = await listen(proxy)
    closers.push(() => new Promise(resolve => proxy.close(() => resolve())))

    // A made-up host that only the proxy can reach (loopback itself is never proxied). @actions/github reads
    // the proxy settings when it is first imported, as on a runner: hence a fresh process.
    const apiUrl = 'http://github.proxied.test'
    const script = [
      `import { createOctokit } from ${JSON.stringify(new URL('../src/github/client.ts', import.meta.url).pathname)}`,
      `import { readRepository } from ${JSON.stringify(new URL('../src/github/repository.ts', import.meta.url).pathname)}`,
      `const octokit = createOctokit({ token: 't', baseUrl: ${JSON.stringify(apiUrl)} })`,
      `console.log(JSON.stringify(await readRepository(octokit, { owner: 'o', repo: 'r' })))`
    ].join('\n')
    const child = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      ...process.env,
      GITHUB_API_URL: apiUrl,
      http_proxy: `http://127.0.0.1:${proxyPort}`,
      HTTP_PROXY: '',
      no_proxy: '',
      NO_PROXY: ''
    })
    expect(child.stderr).toBe('')
    expect(JSON.parse(child.stdout)).toMatchObject({ id: 7, fullName: 'o/r' })
    expect(seen.join('\n')).toMatch(/github\.proxied\.test/)
    expect(github.headers).toHaveLength(1)
    proxy.closeAllConnections()
  })
})
