import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { InputError } from '../src/errors.js'
import { missingArtifactService, uploadResultArtifact } from '../src/output/artifact.js'
import { startFakeArtifactService, runtimeToken, type FakeArtifactService } from './fixtures/fake-artifact-service.js'
import { assertValidResult } from './helpers/schema.js'

const result = {
  id: '42',
  tags: [{ id: 17, name: 'ai' }],
  repository: 'octo/tool',
  scores: [{ name: 'ai', score: 0.9, evidence: [{ text: 'machine learning', where: 'description' }] }],
  provider: 'local',
  model: null,
  usage: null,
  fingerprint: 'a'.repeat(64)
}

let service: FakeArtifactService
let dir: string

beforeAll(async () => {
  service = await startFakeArtifactService()
  dir = mkdtempSync(join(tmpdir(), 'artifact-test-'))
})
afterAll(() => service.close())
// @actions/artifact logs through @actions/core, which writes to stdout: keep the test output readable.
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

function useService(): Record<string, string> {
  const env = service.env()
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  return env
}

function resultFile(name: string): string {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(result))
  return file
}

describe('uploadResultArtifact against a fake results service', () => {
  it('uploads the result file zipped, through CreateArtifact, blob blocks and FinalizeArtifact', async () => {
    const env = useService()
    const outcome = await uploadResultArtifact(
      { name: 'readme-tags', file: resultFile('readme-tags.json'), retentionDays: 5 },
      undefined,
      env
    )

    expect(outcome).toMatchObject({ uploaded: true })
    expect(service.violations).toEqual([])
    expect(service.steps).toEqual(['CreateArtifact', 'PUT block', 'PUT blocklist', 'FinalizeArtifact'])
    const stored = service.artifacts.get('readme-tags')!
    expect(outcome.uploaded && outcome.id).toBe(stored.id)
    const files = unzipSync(new Uint8Array(stored.content!))
    expect(Object.keys(files)).toEqual(['readme-tags.json'])
    const uploaded: unknown = JSON.parse(strFromU8(files['readme-tags.json']!))
    assertValidResult(uploaded)
    expect(uploaded).toEqual(result)
    // retention-days becomes an expiry about five days ahead
    const expires = Date.parse(String(stored.create.expires_at))
    expect(expires - Date.now()).toBeGreaterThan(4.9 * 86_400_000)
    expect(expires - Date.now()).toBeLessThan(5.1 * 86_400_000)
    expect(String((stored.finalize?.hash as string) ?? '')).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('leaves the expiry to the repository when retention-days is empty', async () => {
    const env = useService()
    await uploadResultArtifact({ name: 'no-retention', file: resultFile('no-retention.json') }, undefined, env)
    expect(service.artifacts.get('no-retention')!.create.expires_at).toBeUndefined()
  })

  it('turns a name already used in the run into an error that suggests another name', async () => {
    const env = { ...useService(), GITHUB_JOB: 'tag' }
    vi.stubEnv('GITHUB_JOB', 'tag')
    const file = resultFile('twice.json')
    await uploadResultArtifact({ name: 'twice', file }, undefined, env)
    const second = uploadResultArtifact({ name: 'twice', file }, undefined, env)
    await expect(second).rejects.toBeInstanceOf(InputError)
    await expect(uploadResultArtifact({ name: 'twice', file }, undefined, env)).rejects.toThrow(
      /artifact-name "twice" is already used .*Set artifact-name to another name, such as "twice-tag"/s
    )
  })

  it('reports a name the service would refuse as an artifact-name error', async () => {
    const env = useService()
    await expect(
      uploadResultArtifact({ name: 'bad:name', file: resultFile('bad.json') }, undefined, env)
    ).rejects.toThrow(/artifact-name "bad:name" is not a valid artifact name/)
  })
})

describe('missingArtifactService', () => {
  const ok = {
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
    GITHUB_SERVER_URL: 'https://github.com'
  }

  it('accepts a runner with a results service and a scoped token', () => {
    expect(missingArtifactService(ok)).toBeUndefined()
    expect(missingArtifactService({ ...ok, GITHUB_SERVER_URL: 'https://octo.ghe.com' })).toBeUndefined()
  })

  it('explains each way a runner can lack one', () => {
    expect(missingArtifactService({})).toMatch(/ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set/)
    expect(missingArtifactService({ ...ok, ACTIONS_RESULTS_URL: undefined })).toMatch(/not set/)
    expect(missingArtifactService({ ...ok, GITHUB_SERVER_URL: 'https://github.example.com' })).toMatch(
      /GitHub Enterprise Server/
    )
    expect(missingArtifactService({ ...ok, ACTIONS_RUNTIME_TOKEN: 'token' })).toMatch(/no Actions.Results scope/)
  })

  it('keeps the file and uploads nothing where there is no service', async () => {
    const steps = service.steps.length
    const outcome = await uploadResultArtifact({ name: 'local', file: resultFile('local.json') }, undefined, {})
    expect(outcome).toEqual({ uploaded: false, reason: expect.stringMatching(/no artifact service/) })
    expect(service.steps.length).toBe(steps)
  })
})
