import type { TopicPlan } from '../github/topics.js'
import { totalOf, type BatchCounts, type Outcome } from './counts.js'

/** GitHub refuses a job summary over 1 MiB; stay well under it. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024

/** One repository's line in the summary table. */
export interface SummaryRow {
  readonly repository: string
  readonly outcome: Outcome
  /** Chosen tag names, best first. */
  readonly tags: readonly string[]
  /** The topic change, when topics were written or previewed. */
  readonly topics: TopicPlan | null
  readonly error?: string
  /** Why a skipped repository had nothing to tag. */
  readonly skipped?: string
  /** True for a topic change planned but not sent, because GitHub had refused an earlier write. */
  readonly notWritten?: boolean
}

const ORDER: Record<Outcome, number> = { failed: 0, tagged: 1, unchanged: 2, skipped: 3 }

/** Escape a table cell: pipes and newlines would break the row. */
function cell(text: string, max = 300): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text
  return short
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
}

/** `+added −removed` for a topic change; `unchanged` when the sets are equal. */
export function describeTopicChange(plan: TopicPlan | null): string {
  if (!plan) return ''
  if (!plan.changed) return 'unchanged'
  const before = new Set(plan.before)
  const after = new Set(plan.after)
  const added = plan.after.filter(topic => !before.has(topic)).map(topic => `+${topic}`)
  const removed = plan.before.filter(topic => !after.has(topic)).map(topic => `−${topic}`)
  return [...added, ...removed].join(' ')
}

/**
 * The job summary of a batch: the counts, then a table of repositories (failures first, then changes,
 * then the unchanged), cut off with a note before it would pass `maxBytes`.
 */
export function batchSummaryMarkdown(
  rows: readonly SummaryRow[],
  counts: BatchCounts,
  options: {
    title?: string
    maxBytes?: number
    dryRun?: boolean
    usage?: string
    refused?: string
    /** learn-from-topics: examples per tag, or a note saying why nothing was learned. */
    examples?: ReadonlyMap<string, number> | string
  } = {}
): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES
  const total = totalOf(counts)
  const head = [
    `## ${options.title ?? 'readme-tagger'}`,
    '',
    `**${total}** repositories: **${counts.tagged}** tagged, **${counts.unchanged}** unchanged, **${counts.skipped}** skipped (nothing to tag), **${counts.failed}** failed${options.dryRun ? ' (dry run: no topics written)' : ''}.`,
    '',
    ...(options.refused ? [`> [!CAUTION]\n> ${cell(options.refused, 2000)}`, ''] : []),
    ...(options.usage ? [`Model usage: ${options.usage}.`, ''] : []),
    ...examplesBlock(options.examples),
    '| Repository | Tags | Topics | Error |',
    '| --- | --- | --- | --- |'
  ].join('\n')
  const sorted = [...rows].sort(
    (a, b) => ORDER[a.outcome] - ORDER[b.outcome] || a.repository.localeCompare(b.repository)
  )
  const lines: string[] = []
  // Leave room for the closing note whatever it says.
  let size = Buffer.byteLength(head) + 200
  for (const [i, row] of sorted.entries()) {
    const change = describeTopicChange(row.topics)
    const topics = row.notWritten && row.topics?.changed ? `${change} (not written)` : change
    const note = row.error ? `⚠️ ${cell(row.error)}` : row.skipped ? `skipped: ${cell(row.skipped)}` : ''
    const line = `| ${cell(row.repository)} | ${cell(row.tags.join(', '))} | ${cell(topics)} | ${note} |`
    size += Buffer.byteLength(line) + 1
    if (size > maxBytes) {
      lines.push(
        '',
        `… and ${sorted.length - i} more repositories, left out to keep this summary under GitHub's 1 MiB limit: see the result file.`
      )
      break
    }
    lines.push(line)
  }
  return `${head}\n${lines.join('\n')}\n`
}

/** The learn-from-topics lines: a table of examples per tag (most first), or the note. */
function examplesBlock(examples: ReadonlyMap<string, number> | string | undefined): string[] {
  if (examples === undefined) return []
  if (typeof examples === 'string') return [cell(examples, 1000), '']
  const rows = [...examples].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return [
    'Learned from topics people gave (learn-from-topics); examples per tag:',
    '',
    '| Tag | Examples |',
    '| --- | --- |',
    ...rows.map(([name, count]) => `| ${cell(name)} | ${count} |`),
    ''
  ]
}
