// How many of a kind a project runs on or is ported to.
const QUANTITIES = [
  'any',
  'every',
  'all',
  'other',
  'most',
  'major',
  'multiple',
  'many',
  'several',
  'various',
  'different',
  'supported'
]

/**
 * Set phrases whose words would otherwise count for a topic: "lightning fast" is not the Lightning
 * Network, "play around with" is not a game, "react to events" is not React. Matched like any phrase,
 * they hide the words inside them and count for nothing.
 */
export const NOISE_PHRASES: readonly string[] = [
  'lightning fast',
  'lightning speed',
  'blazing fast',
  'blazingly fast',
  'rock solid',
  'battle tested',
  'game changer',
  'game changing',
  'play around',
  'play around with',
  'play nicely',
  'plays nicely',
  'plays well',
  'play well',
  'fair play',
  'play with',
  'level up',
  'react to',
  'reacts to',
  'reacting to',
  'react quickly',
  'under the hood',
  'in the wild',
  'out of the box',
  'drop in replacement',
  'first class',
  'state of the art',
  'web scale',
  'node modules',
  'chat with us',
  'talk to us',
  'chat with the',
  'up your game',
  'ahead of the game',
  'name of the game',
  'end user',
  'end users',
  'front matter',
  'back and forth',
  'hot path',
  'cold start',
  'open source',
  'source code',
  'pull request',
  'pull requests',
  // Where a program runs or what it is ported to, not what it is: "on a variety of operating systems" is no
  // operating system, "ported to many programming languages" no language.
  ...QUANTITIES.flatMap(quantity =>
    ['operating system', 'programming language'].flatMap(thing => [`${quantity} ${thing}`, `${quantity} ${thing}s`])
  ),
  // Marketing, not the subject: "for a better user experience" is no UX project.
  ...['better', 'great', 'best', 'smooth', 'seamless', 'smoother', 'nicer'].map(how => `${how} user experience`),
  'variety of operating systems',
  // The reader's own tools: "errors show up in your IDE" is no IDE.
  ...['ide', 'editor', 'code editor'].flatMap(tool => [
    `your ${tool}`,
    `your favorite ${tool}`,
    `your favourite ${tool}`
  ]),
  // A project's upkeep, not its subject: "we fix critical bugs and address security issues" is no security tool.
  ...['fix', 'fixes', 'fixing', 'address', 'addresses', 'report', 'reporting', 'report a'].flatMap(verb => [
    `${verb} security issues`,
    `${verb} security issue`,
    `${verb} security vulnerabilities`,
    `${verb} security vulnerability`
  ]),
  // Comments in code, not the comments of a blog or a forum: "strip comments from CSS", "JSON with comments".
  ...['strip', 'strips', 'stripping', 'remove', 'removes', 'removing', 'preserve', 'preserves', 'keep', 'keeps'].map(
    verb => `${verb} comments`
  ),
  'code comments',
  'source code comments',
  'doc comments',
  'documentation comments',
  'comments in code',
  'comments in your code',
  'json with comments',
  'inline comments',
  'block comments',
  'line comments',
  'single line comments',
  'multi line comments',
  'multiline comments',
  'c style comments',
  'security fixes',
  'security bug fixes',
  'bug and security fixes',
  'bug fixes and security',
  // The reader's own app, not the project: "adds debug features to your Electron app" is no desktop app.
  ...[
    'electron',
    'flutter',
    'ios',
    'tvos',
    'android',
    'mobile',
    'desktop',
    'web',
    'react',
    'react native',
    'vue',
    'angular',
    'rails',
    'django',
    'node js',
    'nodejs'
  ].flatMap(platform =>
    ['app', 'apps', 'application', 'applications'].flatMap(app => [
      `your ${platform} ${app}`,
      `your own ${platform} ${app}`
    ])
  ),
  'issue tracker',
  'bug reports',
  'of course',
  'in stock',
  'not a robot',
  'robots txt',
  'code of conduct',
  'semantic versioning',
  'release notes',
  'getting started',
  'pretty printing',
  // "a game engine for the Go programming language": a project for a language, not a language (while "a Python
  // programming language implementation" still counts).
  ...[
    'go',
    'rust',
    'python',
    'javascript',
    'typescript',
    'java',
    'kotlin',
    'swift',
    'ruby',
    'php',
    'c',
    'cpp',
    'csharp',
    'dart',
    'elixir',
    'erlang',
    'haskell',
    'lua',
    'zig',
    'scala',
    'julia',
    'r',
    'nim',
    'crystal',
    'ocaml',
    'any',
    'your',
    'favorite',
    'favourite',
    'the same'
  ].flatMap(name => [
    `for the ${name} programming language`,
    `in the ${name} programming language`,
    `for ${name} programming language`,
    // "the Go language implementation of LangChain": a port of a project, not a language.
    `${name} language implementation of`
  ]),
  'programming language of your choice',
  'language of your choice',
  // How a project was made, not what it is: "built upon best practices" is no style guide.
  ...['built upon', 'built on', 'built with', 'built using', 'based on', 'according to', 'adheres to'].map(
    how => `${how} best practices`
  )
]
