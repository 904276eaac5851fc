import type { ClassifyInput } from '../classify/types.js'
import { capBytes, MAX_README_BYTES } from '../core/tag-item.js'
import type { Octokit } from './client.js'
import { explainReadError, httpStatus, type RepoRef } from './errors.js'

/** What the action needs to know about a repository. */
export interface RepositoryInfo {
  readonly id: number
  /** `owner/name` as GitHub spells it. */
  readonly fullName: string
  readonly description: string
  readonly topics: readonly string[]
}

/** A README as read: at most `maxBytes` of it. */
export interface Readme {
  readonly text: string
  readonly truncated: boolean
  readonly format: NonNullable<ClassifyInput['format']>
}

/** Read the repository's id, description and current topics (GET /repos/{owner}/{repo}). */
export async function readRepository(octokit: Octokit, ref: RepoRef): Promise<RepositoryInfo> {
  try {
    const { data } = await octokit.rest.repos.get({ owner: ref.owner, repo: ref.repo })
    return { id: data.id, fullName: data.full_name, description: data.description ?? '', topics: data.topics ?? [] }
  } catch (error) {
    throw explainReadError(error, ref, 'the repository')
  }
}

export interface ReadmeOptions {
  /** A commit, branch or tag; default: the default branch. */
  readonly ref?: string
  readonly maxBytes?: number
}

/**
 * Read the preferred README, always raw (no base64, no 1 MB limit of the JSON form), stopping after
 * `maxBytes`. Returns null when the repository has none (404 on an existing repository).
 */
export async function fetchReadme(
  octokit: Octokit,
  repo: RepoRef,
  options: ReadmeOptions = {}
): Promise<Readme | null> {
  const maxBytes = options.maxBytes ?? MAX_README_BYTES
  let body: ReadableStream<Uint8Array> | null
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/readme', {
      owner: repo.owner,
      repo: repo.repo,
      ...(options.ref ? { ref: options.ref } : {}),
      headers: { accept: 'application/vnd.github.raw' },
      // The body comes back as a stream so a huge README is never read whole.
      request: { parseSuccessResponseBody: false }
    })
    body = response.data as unknown as ReadableStream<Uint8Array> | null
  } catch (error) {
    if (httpStatus(error) === 404) return null
    throw explainReadError(error, repo, 'the README')
  }
  const { bytes, truncated } = await readCapped(body, maxBytes)
  const text = capBytes(bytes.toString('utf8'), maxBytes)
  return { text, truncated, format: guessReadmeFormat(text) }
}

/** Read a stream up to `maxBytes` (plus the rest of the chunk that crossed it), then cancel it. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number
): Promise<{ bytes: Buffer; truncated: boolean }> {
  if (!body) return { bytes: Buffer.alloc(0), truncated: false }
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return { bytes: Buffer.concat(chunks), truncated: false }
      chunks.push(value)
      total += value.byteLength
      if (total > maxBytes) {
        await reader.cancel()
        return { bytes: Buffer.concat(chunks), truncated: true }
      }
    }
  } finally {
    reader.releaseLock()
  }
}

/**
 * The raw media type carries no file name, so the format is read from the text: reStructuredText when it
 * uses rst-only syntax (directives such as `.. image::`, targets such as `.. _name:`, links written
 * `` `text <url>`_ ``) and no Markdown links or ATX headings; otherwise Markdown, which also reads plain text.
 * @example guessReadmeFormat('Title\n=====\n\n.. image:: logo.png\n') === 'rst'
 */
export function guessReadmeFormat(text: string): Readme['format'] {
  const rstMarks = (text.match(/^\.\. (?:[a-z][\w-]*::|_[^:\n]+:)|`[^`\n]+ <[^>\n]+>`__?/gm) ?? []).length
  if (rstMarks === 0) return 'markdown'
  const markdownMarks = (text.match(/\]\([^)\s]+\)|^#{1,6} \S/gm) ?? []).length
  return rstMarks > markdownMarks ? 'rst' : 'markdown'
}
