/** One of GitHub's featured topics, as the classifier keeps it (see scripts/build-knowledge.ts). */
export interface KnowledgeTopic {
  /** The GitHub topic name, e.g. 'fantasy-console'. */
  readonly topic: string
  /** The display name when its normal form differs from the topic ('RISC-V' for 'riscv'). */
  readonly display?: string
  /** Other topic names GitHub folds into this one. */
  readonly aliases?: readonly string[]
  /** Topic names GitHub lists as related. */
  readonly related?: readonly string[]
  /** GitHub's one-sentence description. */
  readonly summary?: string
}
