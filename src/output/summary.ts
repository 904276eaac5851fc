import type { TopicPlan, TopicsMode } from '../github/topics.js'
import { formatUsage, totalUsage } from '../pricing.js'
import type { TagResult } from '../result.js'
import type { ArtifactOutcome } from './artifact.js'

/** What the job summary reports for one repository. */
export interface SummaryInput {
  readonly repository: string
  readonly result: TagResult
  /** Present when topics were planned (output includes topics). */
  readonly topics?: {
    readonly mode: TopicsMode
    readonly plan: TopicPlan
    readonly dryRun: boolean
    /** Why the write failed, when it did. */
    readonly error?: string
  }
  readonly artifact?: { readonly name: string; readonly outcome: ArtifactOutcome }
  readonly resultFile: string
}

const MAX_EVIDENCE = 3

/** The job summary as Markdown: chosen tags with scores and evidence, the topic change, where the result went. */
export function renderSummary(input: SummaryInput): string {
  const { result } = input
  const lines = [`## readme-tagger: ${escapeText(input.repository)}`, '']
  if (result.error) lines.push(`**Not tagged:** ${escapeText(result.error)}`, '')
  else if (result.skipped) lines.push(`**Skipped:** ${escapeText(result.skipped)}`, '')
  else if (result.scores.length === 0)
    lines.push('No tag was chosen: nothing in the README or description supported one strongly enough.', '')
  else {
    lines.push('| Tag | Score | Evidence |', '| --- | ---: | --- |')
    for (const score of result.scores) {
      const evidence = score.evidence
        .slice(0, MAX_EVIDENCE)
        .map(item => `“${escapeCell(item.text)}” (${item.where}${item.from ? `, ${item.from}` : ''})`)
        .join('<br>')
      lines.push(`| ${escapeCell(score.name)} | ${score.score} | ${evidence || '—'} |`)
    }
    lines.push(
      '',
      `Provider: ${escapeText(result.provider)}${result.model ? `, model ${escapeText(result.model)}` : ''}.`,
      ''
    )
    if (result.usage) lines.push(`Usage: ${formatUsage(totalUsage([result]))}.`, '')
  }
  if (input.topics) lines.push(...renderTopics(input.topics), '')
  lines.push(...renderOutputs(input))
  return `${lines.join('\n')}\n`
}

function renderTopics(topics: NonNullable<SummaryInput['topics']>): string[] {
  const { plan } = topics
  const added = plan.after.filter(topic => !plan.before.includes(topic))
  const removed = plan.before.filter(topic => !plan.after.includes(topic))
  const status = topics.error
    ? `**Not written:** ${escapeText(topics.error)}`
    : !plan.changed
      ? 'Unchanged: nothing was sent.'
      : topics.dryRun
        ? 'Dry run: these topics would be written; nothing was sent.'
        : 'Written.'
  return [
    `### Topics (${topics.mode})`,
    '',
    '| | Topics |',
    '| --- | --- |',
    `| Before | ${codeList(plan.before)} |`,
    `| After | ${codeList(plan.after)} |`,
    `| Added | ${codeList(added)} |`,
    `| Removed | ${codeList(removed)} |`,
    '',
    status
  ]
}

function renderOutputs(input: SummaryInput): string[] {
  const lines = [`Result file: \`${input.resultFile}\``]
  const artifact = input.artifact
  if (artifact) {
    lines.push(
      artifact.outcome.uploaded
        ? `Artifact: \`${artifact.name}\`${artifact.outcome.id === null ? '' : ` (id ${artifact.outcome.id})`}`
        : `Artifact \`${artifact.name}\` not uploaded: ${escapeText(artifact.outcome.reason)}`
    )
  }
  return lines.map(line => `${line}  `)
}

function codeList(topics: readonly string[]): string {
  return topics.length === 0 ? '—' : topics.map(topic => `\`${topic}\``).join(' ')
}

/** Text in a table cell: no pipes, newlines or HTML. */
function escapeCell(text: string): string {
  return escapeText(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
