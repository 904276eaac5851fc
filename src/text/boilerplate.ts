/**
 * Which README sections describe the project and which are boilerplate every README has (install,
 * licence, contributing…). Boilerplate words say little about what a project is, so they weigh less.
 */

// Anchored at the heading's start (after an optional "how to", "running"…): "Testbed - Write
// Better Tests" or "Web development made easy" are not boilerplate.
const BOILERPLATE_HEADING = new RegExp(
  '^(?:how to |running |run |the |project |our |building |build and )?(?:' +
    [
      'install',
      'set ?up\\b',
      'getting started',
      'get started',
      'quick ?start',
      'requirements',
      'prerequisites',
      'dependencies',
      'build(ing)?( from source| instructions)?$',
      'compil(e|ing|ation)( from source)?$',
      'licen[cs]',
      'copyright',
      'contribut',
      'community',
      'sponsor',
      'backers',
      'donat',
      'support\\b',
      'getting support',
      'funding',
      'faq',
      'frequently asked',
      'change ?log',
      'changes$',
      'release notes',
      'releases?$',
      'history',
      'news',
      'tests?$',
      'the tests?$',
      'testing$',
      'unit tests',
      'benchmark',
      'performance$',
      'acknowledg',
      'credits',
      'thanks',
      'authors?$',
      'maintainers?',
      'contact',
      'mailing lists?$',
      'citation',
      'cite\\b',
      'code of conduct',
      'security( policy| issues| reporting| vulnerabilit\\w*)?$',
      'reporting (a )?(bug|security|vulnerabilit)',
      'star history',
      'stargazers',
      'contributors',
      'table of contents',
      'contents$',
      'toc$',
      'development$',
      'developing$',
      'local development',
      'roadmap',
      'todo',
      'troubleshoot',
      'disclaimer',
      'related',
      'see also',
      'links$',
      'resources$',
      'sites? using',
      'users$',
      'who uses',
      'used by',
      'team$',
      'feedback',
      'help$',
      'getting help',
      'documentation$',
      'docs$',
      'status$',
      'versioning',
      'upgrad',
      'migrat',
      'deploy(ing|ment)?( to\\b.*)?$',
      'join\\b',
      'social',
      'follow',
      'discord',
      'slack',
      'stay (in touch|up)',
      'contribute',
      'help\\b',
      'trademark',
      'privacy',
      'telemetry',
      'legal'
    ].join('|') +
    ')',
  'i'
)

const OPENING_HEADING =
  /^(about|overview|introduction|intro|what is|what's|what it is|description|summary|motivation|why\b|the project|project description|background|in a nutshell|tl;?dr|highlights?)/i

/** True for headings such as "Installation", "License", "Contributing", "FAQ", "Benchmarks". */
export function isBoilerplateHeading(heading: string): boolean {
  return BOILERPLATE_HEADING.test(heading.replace(/[^\p{L}\p{N} ']+/gu, ' ').trim())
}

// A line that heads what follows it as a heading would, in a README without headings: "To contribute to Foo:",
// "To get more help:", "To run Foo's test suite:". The same topics as boilerplate headings, said as a purpose.
const BOILERPLATE_LEAD_IN =
  /^(?:to|for)\s+(?:contribute|get(?:ting)?\s+(?:more\s+|some\s+)?help|get\s+support|report\s+(?:a\s+)?(?:bugs?|issues?|security)|run\s+(?:the\s+|its\s+|[\w.-]+'s\s+)?(?:unit\s+)?tests?(?:\s+suite)?|build\s+(?:the\s+)?(?:docs|documentation))\b[^:\n]{0,40}:$/i

/** True for a line such as "To contribute to Foo:" or "To run Foo's test suite:" that opens a boilerplate part. */
export function isBoilerplateLeadIn(line: string): boolean {
  // Every block is tested: the length and the last character spare nearly all of them the expression.
  return line.length <= 80 && line.endsWith(':') && BOILERPLATE_LEAD_IN.test(line)
}

/** True for headings that introduce the project ("About", "Overview", "What is X?"). */
export function isOpeningHeading(heading: string): boolean {
  return OPENING_HEADING.test(heading.replace(/^[^\p{L}\p{N}]+/u, ''))
}

// Community / chat invitations leak words like "chat", "matrix", "community" into every README.
const CHAT_NETWORKS = String.raw`discord|slack|gitter|irc|matrix|telegram|zulip|mattermost|twitter|mastodon|reddit|x\.com|wechat|qq group|forum|mailing list|discussions?`
const CHAT_NETWORK = new RegExp(String.raw`\b(${CHAT_NETWORKS})\b`, 'i')
// An invitation, not a mention: "a Slack alternative" or "a Matrix client" stay.
const INVITE =
  /\b(join|joining|chat with|talk (to|with)|follow|ask|reach|find us|connect with|come (and|say|chat|hang)|say hi|hang out|get help|get in touch|for (?:support|help|questions)|our|us)\b|加入|交流群|社区群/i

// How to reach the authors: "Contact me via email", "just email me", "drop us a line".
const CONTACT = /\b(?:contact|e-?mail|reach|write to|drop)\s+(?:me|us)\b/i
// Its object alone, tested first: a third of the time of the whole expression on blocks without it.
const CONTACT_OBJECTS = 'me|us'
const CONTACT_OBJECT = new RegExp(String.raw`\s(?:${CONTACT_OBJECTS})\b`, 'i')

// An invitation whose network went with its badge: "[badge] To chat with other Foo users and the contributors."
const CHAT_VERBS = 'chat|talk|hang out'
const CHAT_WITH_PEOPLE = new RegExp(
  String.raw`\b(?:${CHAT_VERBS})\s+(?:with|to)\s+(?:the\s+|other\s+|our\s+|fellow\s+)?(?:[\w-]+\s+)?(?:users|community|contributors|developers|maintainers|team|authors)\b`,
  'i'
)

// A line that says what a project is ("A server for the fediverse, so your users can follow people on Mastodon",
// "Relay is a Matrix bot that lets you join rooms by command"): its verbs are the project's. Only the authors'
// own voice ("join our Discord") makes it an invitation.
const DEFINITION =
  /^[^\p{L}]*(?:an?\s|(?!(?:there|here|it|this|that)\s)[\p{L}\p{N}._-]+\s+(?:is|are)\s+(?:an?|the)\s)/iu
const AUTHORS_VOICE = /\b(?:our|us|we)\b/i

// A word every kind of invitation above needs: one scan spares most blocks the three expressions.
const COMMUNITY_CUE = new RegExp(String.raw`\b(?:${CHAT_NETWORKS}|${CONTACT_OBJECTS}|${CHAT_VERBS})\b`, 'i')

/** True for short lines such as "Join us on Discord", "Chat with the community on Matrix", "Email me". */
export function isCommunityLine(text: string): boolean {
  return (
    text.length < 260 &&
    COMMUNITY_CUE.test(text) &&
    ((CHAT_NETWORK.test(text) && INVITE.test(text) && (!DEFINITION.test(text) || AUTHORS_VOICE.test(text))) ||
      (CONTACT_OBJECT.test(text) && CONTACT.test(text)) ||
      CHAT_WITH_PEOPLE.test(text))
  )
}

// Who made or pays for the project, not what it is: "PostCSS is built by Acme, a consultancy for AI and
// security startups", "Made with ❤️ by Jane", "Sponsored by Acme". The line's words describe the credited party.
// Not a means: "it is made by composing plugins". A byline ("by Jane Roe") is one too.
const CREDIT =
  /^(?:[\p{L}\p{N}._ -]{1,40}\s(?:is|was|are)\s+)?(?:proudly\s+)?(?:built|made|developed|created|maintained|sponsored|supported|funded|backed|brought to you)\b.{0,24}?\bby\s+(?!\p{L}+ing\b)|^by\s+[\p{Lu}@[]/iu

const BY = /(?:^| )by /i

// An appeal for support, not a description: "Support this project and improve your skills with this great
// course", "If you like it, consider sponsoring", "Buy me a coffee". What it promotes is another thing.
const APPEAL =
  /^(?:(?:please\s+)?(?:support|sponsor|fund|back)\s+(?:this|the|my|our)\s+(?:project|work|development)\b|(?:please\s+)?consider\s+(?:supporting|sponsoring|donating|a donation|becoming a (?:sponsor|backer|patron))\b|if you (?:like|enjoy|love|find|use|rely on)\b.{0,80}\b(?:sponsor|donat|support|coffee|patreon|open ?collective)|(?:please\s+)?buy me a (?:coffee|beer)|become a (?:sponsor|backer|patron)\b)/i

/** True for short lines that ask for support or promote something else ("Support this project and …"). */
export function isAppealLine(text: string): boolean {
  if (text.length >= 400) return false
  // Most blocks open with a letter: only the others are trimmed of the emoji or ornament that opens them
  // ("🐶 Support this project…"), since a replace per block cost more than the test.
  const first = text.charCodeAt(0) | 32
  return APPEAL.test(first >= 97 && first <= 122 ? text : text.replace(/^[^\p{L}]+/u, ''))
}

/** True for short lines that credit a maker or sponsor ("X is built by Acme, a … consultancy"). */
export function isCreditLine(text: string): boolean {
  // Most lines have no " by ": a literal test spares them the long expression (3 % of tagging time without it).
  return text.length < 300 && BY.test(text) && CREDIT.test(text)
}
