/**
 * A read-only table from non-negative integer keys (token hashes, feature ids) to integers, in two typed
 * arrays: looked up once per README token, where a Map's lookup costs more than the rest of the work.
 * Plain arrays, so it travels to worker threads by structured clone as it is.
 */
export interface IntTable {
  readonly keys: Int32Array
  readonly values: Int32Array
}

const FREE = -1

/** Where a key's probe starts in a table of `mask + 1` slots (a power of two): a multiplicative hash. */
export const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 0) & mask

/** A table of `entries` (keys ≥ 0), at most a quarter full so that lookups rarely probe twice. */
export function intTable(entries: ReadonlyMap<number, number>): IntTable {
  let size = 16
  while (size < entries.size * 4) size *= 2
  const keys = new Int32Array(size).fill(FREE)
  const values = new Int32Array(size)
  const mask = size - 1
  for (const [key, value] of entries) {
    let slot = slotOf(key, mask)
    while (keys[slot] !== FREE && keys[slot] !== key) slot = (slot + 1) & mask
    keys[slot] = key
    values[slot] = value
  }
  return { keys, values }
}

/** The value of `key`, or `absent`. */
export function lookup(table: IntTable, key: number, absent = -1): number {
  const mask = table.keys.length - 1
  let slot = slotOf(key, mask)
  for (;;) {
    const found = table.keys[slot]!
    if (found === key) return table.values[slot]!
    if (found === FREE) return absent
    slot = (slot + 1) & mask
  }
}
