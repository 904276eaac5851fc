import { cleanInline } from '../../text/inline.js'

// "[db-1]: https://…": a Markdown link reference definition, no prose of its own.
const REFERENCE_DEFINITION = /\[[^\]\n]+\]:\s*\S+/g
// A credit for the artwork a collection page shows ("Illustration by Jane Doe via …") names people, not the
// tag; it runs to the end of its line, since the names in it have dots of their own ("J. Doe", "x.dk").
const CREDIT_SENTENCE =
  /(?:^|(?<=[.!?]\s))(?:illustration|image|photo|picture|logo|icon|artwork|banner|cover|header|art)s?(?:\s+\w+)?\s+(?:by|from|courtesy of|credit)\b[^\n]*/gi

/**
 * What a tag's description says, as prose: Markdown links reduced to their text, URLs, reference
 * definitions and artwork credits dropped. A curator's description is often pasted from a page with
 * links, and "web.archive.org" or "db-1" would otherwise read as evidence for the web or databases.
 * @example describingText('Digital files. Illustration by J. Doe via [x.dk][db-1]. [db-1]: https://x.dk/') === 'Digital files.'
 */
export function describingText(description: string): string {
  return cleanInline(description.replace(REFERENCE_DEFINITION, ' ').replace(CREDIT_SENTENCE, ' '))
}
