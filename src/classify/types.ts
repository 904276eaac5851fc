import type { TagList } from '../tags/types.js'

/** Where in the text a piece of evidence was found. */
export type EvidenceWhere =
  | 'description'
  | 'title'
  | 'opening'
  | 'body'
  | 'boilerplate'
  | 'code'
  | 'model'
  // The tag's examples (labelled READMEs) decided it more than the text's own evidence.
  | 'examples'

/** Which part of a tag's profile a piece of evidence matched (offline classifier). */
export type EvidenceSource = 'name' | 'alias' | 'description' | 'lexicon' | 'topics'

export interface Evidence {
  readonly text: string
  readonly where: EvidenceWhere
  /** The part of the tag's profile the text matched: its name, an alias, its description, the lexicon, the topics data. */
  readonly from?: EvidenceSource
}

export interface TagScore {
  /** The tag's trimmed name as the list gave it. */
  readonly name: string
  readonly score: number
  readonly evidence: readonly Evidence[]
}

export interface Usage {
  readonly prompt_tokens: number
  readonly completion_tokens: number
  readonly total_tokens: number
}

/** What a classifier reads for one repository. */
export interface ClassifyInput {
  readonly readme: string
  readonly description?: string
  /** Markdown unless the README's file name says otherwise (.rst, .txt). */
  readonly format?: 'markdown' | 'rst' | 'text'
}

export interface SelectionOptions {
  /** At most this many tags, 1–20. */
  readonly maxTags: number
  /** Tags scoring below this are never chosen. */
  readonly minScore?: number
  /** A tag after the first needs at least this share of the first one's score. */
  readonly relativeCut?: number
  /**
   * When no tag has clear evidence, whether the offline reading may still name the best tag of its looser
   * reading (see offline/select.ts, looseFallback). Default true; callers that rank every tag for a
   * combination of their own (examples, a model's shortlist) turn it off.
   */
  readonly looseFallback?: boolean
}

export interface Classification {
  /** Chosen tags, best first, at most maxTags; may be empty. */
  readonly tags: readonly TagScore[]
  /** What answered: 'local', 'openai', or a fallback note such as 'local (openai failed: …)'. */
  readonly provider: string
  readonly model: string | null
  readonly usage: Usage | null
}

/**
 * A way of choosing tags from a fixed list. The list is bound when the classifier is made, so that
 * per-list work (compiling matchers, building a schema) is done once for a whole batch.
 */
export interface Classifier {
  /** Identifies the classifier's answers for the fingerprint: provider, model and anything else that changes them. */
  readonly identity: { readonly provider: string; readonly model: string | null; readonly settings: string }
  readonly tags: TagList
  classify(input: ClassifyInput, options: SelectionOptions): Promise<Classification>
}

/** A classifier that can also rank every tag for an input: the offline one, which shortlists long lists for a model. */
export interface RankingClassifier extends Classifier {
  /** The `k` best-scoring tags, best first, without the score floor or the relative cut. */
  rank?(input: ClassifyInput, k: number): Promise<readonly TagScore[]>
}
