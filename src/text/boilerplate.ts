/**
 * Which README sections describe the project and which are boilerplate every README has (install,
 * licence, contributing…). Boilerplate words say little about what a project is, so they weigh less.
 */

const BOILERPLATE_HEADING = new RegExp(
  [
    String.raw`install`, String.raw`set ?up\b`, String.raw`getting started`, String.raw`quick ?start`, String.raw`requirements`,
    String.raw`prerequisites`, String.raw`dependencies`, String.raw`build(ing)?( from source)?$`, String.raw`compil(e|ing)( from source)?$`,
    String.raw`licen[cs]`, String.raw`copyright`, String.raw`contribut`, String.raw`community`, String.raw`sponsor`, String.raw`backers`,
    String.raw`donat`, String.raw`^support\b`, String.raw`getting support`, String.raw`funding`, String.raw`faq`, String.raw`frequently asked`, String.raw`change ?log`,
    String.raw`release notes`, String.raw`history`, String.raw`news`, String.raw`\btest`, String.raw`benchmark`, String.raw`^performance$`, String.raw`acknowledg`,
    String.raw`credits`, String.raw`thanks`, String.raw`authors?$`, String.raw`maintainers?`, String.raw`contact`, String.raw`citation`,
    String.raw`cite\b`, String.raw`code of conduct`, String.raw`^security( policy| issues| reporting| vulnerabilit\w*)?$`, String.raw`reporting (a )?(security|vulnerabilit)`, String.raw`star history`, String.raw`stargazers`,
    String.raw`contributors`, String.raw`table of contents`, String.raw`contents$`, String.raw`toc$`, String.raw`development`,
    String.raw`roadmap`, String.raw`todo`, String.raw`troubleshoot`, String.raw`disclaimer`, String.raw`related`, String.raw`see also`,
    String.raw`links$`, String.raw`resources$`, String.raw`sites? using`, String.raw`users$`, String.raw`who uses`, String.raw`used by`,
    String.raw`team$`, String.raw`feedback`, String.raw`help$`, String.raw`getting help`, String.raw`documentation$`, String.raw`docs$`,
    String.raw`status$`, String.raw`versioning`, String.raw`upgrad`, String.raw`migrat`, String.raw`deploy(ing|ment)? to`, String.raw`^deploy(ing|ment)?$`,
    String.raw`^join\b`, String.raw`social`, String.raw`follow`, String.raw`discord`, String.raw`slack`, String.raw`stay (in touch|up)`,
    String.raw`community`, String.raw`how to (contribute|help)`, String.raw`trademark`, String.raw`privacy`, String.raw`telemetry`,
  ].join('|'),
  'i'
)

const OPENING_HEADING =
  /^(about|overview|introduction|intro|what is|what's|what it is|description|summary|motivation|why\b|the project|project description|background|in a nutshell|tl;?dr|highlights?)/i

/** True for headings such as "Installation", "License", "Contributing", "FAQ", "Benchmarks". */
export function isBoilerplateHeading(heading: string): boolean {
  return BOILERPLATE_HEADING.test(heading.replace(/[^\p{L}\p{N} ']+/gu, ' ').trim())
}

/** True for headings that introduce the project ("About", "Overview", "What is X?"). */
export function isOpeningHeading(heading: string): boolean {
  return OPENING_HEADING.test(heading.replace(/^[^\p{L}\p{N}]+/u, ''))
}

// Community / chat invitations leak words like "chat", "matrix", "community" into every README.
const CHAT_NETWORK = /\b(discord|slack|gitter|irc|matrix|telegram|zulip|mattermost|twitter|mastodon|reddit|x\.com|wechat|qq group|forum|mailing list|discussions?)\b/i
const INVITE =
  /\b(join|chat|talk|follow|ask|reach|find|connect|come|say hi|hang out|discuss|community|server|channel|questions?|support|help|updates?|news)\b|加入|交流|社区|群/i

/** True for short lines such as "Join us on Discord" or "Chat with the community on Matrix". */
export function isCommunityLine(text: string): boolean {
  return text.length < 260 && CHAT_NETWORK.test(text) && INVITE.test(text)
}
