/**
 * Once GitHub refuses a topics write for lack of permission, the rest are planned only: one error says so,
 * with the first refusal's explanation (the token, the permission, what to do).
 */
export function refusalMessage(firstRefusal: string, refusedCount: number, plannedCount: number): string {
  const more = refusedCount > 1 ? ` (${refusedCount} writes under way were refused alike)` : ''
  if (plannedCount === 0) return `${firstRefusal}${more}`
  return (
    `GitHub refused to set topics, so no more writes were sent${more}: ${plannedCount} more topic changes were ` +
    `planned and reported, not written. ${firstRefusal}`
  )
}
