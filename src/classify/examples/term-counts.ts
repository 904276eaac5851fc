import { slotOf } from '../int-table.js'

/** A README's term vector as it is read once: terms[i] has weights[i]; length 1 overall. */
export interface SparseVector {
  readonly terms: Int32Array
  readonly weights: Float64Array
}

const EMPTY = -1

/**
 * Counts per term for one README, in typed arrays reused from one README to the next: a Map costs more
 * than the rest of the term vector (a README has thousands of tokens and a few hundred distinct terms).
 * Open addressing on the term's hash; terms are non-negative, EMPTY marks a free slot.
 */
export class TermCounts {
  private keys = new Int32Array(1 << 12).fill(EMPTY)
  private counts = new Float64Array(1 << 12)
  private used: number[] = []

  add(term: number, weight: number): void {
    const mask = this.keys.length - 1
    let slot = slotOf(term, mask)
    for (;;) {
      const key = this.keys[slot]!
      if (key === term) {
        this.counts[slot]! += weight
        return
      }
      if (key === EMPTY) break
      slot = (slot + 1) & mask
    }
    this.keys[slot] = term
    this.counts[slot] = weight
    this.used.push(slot)
    if (this.used.length * 2 > this.keys.length) this.grow()
  }

  /** The counts as a vector, damped as ln(1 + count) and scaled to length 1; then empty again. */
  take(): SparseVector {
    const size = this.used.length
    const terms = new Int32Array(size)
    const weights = new Float64Array(size)
    let norm = 0
    for (let i = 0; i < size; i++) {
      const slot = this.used[i]!
      const damped = Math.log1p(this.counts[slot]!)
      terms[i] = this.keys[slot]!
      weights[i] = damped
      norm += damped * damped
      this.keys[slot] = EMPTY
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
    for (let i = 0; i < size; i++) weights[i]! *= scale
    this.used = []
    return { terms, weights }
  }

  private grow(): void {
    const old = { keys: this.keys, counts: this.counts, used: this.used }
    this.keys = new Int32Array(old.keys.length * 2).fill(EMPTY)
    this.counts = new Float64Array(old.keys.length * 2)
    this.used = []
    for (const slot of old.used) this.add(old.keys[slot]!, old.counts[slot]!)
  }
}
