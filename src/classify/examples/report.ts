/**
 * Examples per tag in one line, most first, tags without examples counted at the end.
 * @example describeExampleCounts(new Map([['cli', 1], ['ai', 2], ['web', 0]])) // 'ai 2, cli 1; 1 tag without examples'
 */
export function describeExampleCounts(counts: ReadonlyMap<string, number>): string {
  const taught = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const without = counts.size - taught.length
  const parts = taught.map(([name, n]) => `${name} ${n}`).join(', ') || 'none'
  return without > 0 ? `${parts}; ${without} tag${without === 1 ? '' : 's'} without examples` : parts
}
