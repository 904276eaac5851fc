import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createOfflineClassifier, DEFAULT_MIN_SCORE, DEFAULT_RELATIVE_CUT } from '../src/classify/offline/index.js'
import { evidenceOf } from '../src/classify/offline/score.js'
import { FACTORS, zonesOf } from '../src/classify/offline/zones.js'
import { cleanReadme } from '../src/text/clean.js'
import type { ClassifyInput, SelectionOptions } from '../src/classify/types.js'
import { parseTagList } from '../src/tags/parse.js'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/readmes/${name}`, import.meta.url), 'utf8')
const list = (json: string) => parseTagList(json, 'tags')
const GENERAL = list(
  '["cli","terminal","database","k8s","game","editor","monitoring","http-client","lib","yaml","parser","mobile-app","react","emulator","logging","framework"]'
)
const WIDE: SelectionOptions = { maxTags: 20, minScore: 0, relativeCut: 0 }
const names = (tags: ReadonlyArray<{ name: string }>): string[] => tags.map(t => t.name)

async function classify(
  tags: ReturnType<typeof list>,
  input: ClassifyInput,
  options: SelectionOptions = { maxTags: 3 }
) {
  return (await createOfflineClassifier(tags).classify(input, options)).tags
}
/** The first tag `tags` give a README, at the default cuts. */
const firstTag = async (tags: ReturnType<typeof list>, readme: string): Promise<string | undefined> =>
  (await classify(tags, { readme }, { maxTags: 3 }))[0]?.name
/** A tag's evidence (the raw sum behind its confidence): comparable by ratio and difference, as confidences are not. */
const scoreOf = (tags: Awaited<ReturnType<typeof classify>>, name: string): number =>
  evidenceOf(tags.find(t => t.name === name)?.score ?? 0)

describe('offline classifier', () => {
  it('lets the opening outvote a body that lists many databases', async () => {
    const tags = await classify(GENERAL, { readme: fixture('opening-vs-body.md') })
    expect(tags[0]?.name).toBe('cli')
    expect(tags[0]?.evidence).toContainEqual(expect.objectContaining({ text: 'command line tool', where: 'opening' }))
  })

  it('weighs boilerplate sections (deployment, install…) about a quarter, and never picks a tag from them alone', async () => {
    const readme = fixture('boilerplate-only.md')
    expect((await classify(GENERAL, { readme })).map(t => t.name)).toEqual(['game'])
    expect((await classify(GENERAL, { readme }, WIDE)).map(t => t.name)).not.toContain('k8s')
    // With one mention in the opening, the same deployment text adds far less as boilerplate than as body.
    const mentioned = readme.replace('board game nights.', 'board game nights, on Kubernetes.')
    const opening = scoreOf(
      await classify(GENERAL, { readme: mentioned.replace(/## Deployment[\s\S]*/, '') }, WIDE),
      'k8s'
    )
    const asBoilerplate = scoreOf(await classify(GENERAL, { readme: mentioned }, WIDE), 'k8s') - opening
    const asBody =
      scoreOf(await classify(GENERAL, { readme: mentioned.replace('## Deployment', '## Running it') }, WIDE), 'k8s') -
      opening
    expect(asBoilerplate).toBeGreaterThan(0)
    expect(asBoilerplate).toBeLessThan(asBody * 0.6)
  })

  it('counts only the longest phrase: "react native" is not "react", "terminal emulator" not "emulator"', async () => {
    const tags = await classify(
      GENERAL,
      { readme: '# Pocket\n\nPocket is a React Native app for tracking expenses on iOS and Android.' },
      WIDE
    )
    expect(tags[0]?.name).toBe('mobile-app')
    expect(tags.find(t => t.name === 'react')?.evidence ?? []).not.toContainEqual(
      expect.objectContaining({ text: 'react' })
    )
    const terminal = await classify(
      GENERAL,
      { readme: '# Glow\n\nGlow is a fast terminal emulator with GPU rendering.' },
      WIDE
    )
    expect(terminal[0]?.name).toBe('terminal')
    expect(terminal.map(t => t.name)).not.toContain('emulator')
  })

  it("even when the list lacks the longer phrase's tag", async () => {
    const tags = await classify(list('["emulator","game"]'), {
      readme: '# Glow\n\nGlow is a fast terminal emulator with GPU rendering.'
    })
    expect(tags).toEqual([])
  })

  it('keeps the words of a phrase that opens with a function word free: "in the browser" still says browser', async () => {
    // webassembly's "in the browser" is no compound name that hides "browser" from a list without webassembly.
    const tags = await classify(
      list('[{"name": "Browsers", "aliases": ["browser"]}, "game"]'),
      { readme: '# Tabby\n\nTabby groups your open tabs, right in the browser.' },
      WIDE
    )
    expect(tags.find(t => t.name === 'Browsers')?.evidence ?? []).toContainEqual(
      expect.objectContaining({ text: 'browser' })
    )
  })

  it('counts overlapping phrases but a shared tag once, and lets set phrases hide their words', async () => {
    const seed = list('["node-version","lib","bitcoin","iac","web-server"]')
    const overlap = await classify(seed, { readme: '# Nv\n\nNv is a fast Node.js version manager.' }, WIDE)
    expect(overlap[0]?.name).toBe('node-version')
    expect(overlap[0]?.evidence.map(e => e.text)).toEqual(expect.arrayContaining(['version manager']))
    const lib = await classify(seed, { readme: '# Tiny\n\nTiny is a library for tiny things.' }, WIDE)
    expect(lib[0]?.evidence.map(e => e.text)).toHaveLength(1)
    expect(await classify(seed, { readme: '# Zap\n\nZap is a lightning fast tool for renaming files.' }, WIDE)).toEqual(
      []
    )
    // A longer phrase of a topic the list lacks ("ansible role") still lets its leading tag word count.
    expect(
      (await classify(seed, { readme: '# Role\n\nRole is an Ansible role for installing nginx.' })).map(t => t.name)
    ).toContain('iac')
  })

  it('reads a short first line as the tagline, as strongly as an "X is a" sentence', async () => {
    const tags = await classify(
      list('["logging","cache"]'),
      { readme: '# Lumber\n\nStructured logging for Go.\n\nIt ships with an optional in-memory cache.' },
      WIDE
    )
    expect(tags.map(t => t.name)).toEqual(['logging', 'cache'])
    expect(scoreOf(tags, 'logging')).toBeGreaterThan(1.5 * scoreOf(tags, 'cache'))
  })

  it('finds the tagline under a title of badges only and an "About" heading, but not in a badge\'s leftovers', async () => {
    const tags = list('["database", "cache", "chat"]')
    const badges =
      '# Stash\n\n[![build](https://img.shields.io/badge/build-passing-green.svg)](https://ci.example.com)\n\n'
    const about = '## About\n\nFast in-memory caching for Go services.\n\n'
    const more = 'It keeps values with expiry and writes snapshots to a SQL database, read back at start.\n'
    expect((await classify(tags, { readme: badges + about + more })).map(t => t.name)).toEqual(['cache'])
    // A line of a word or two past the heading is what an image left, not what the project is.
    const leftover = '## About\n\n( Chat.svg)\n\nStash keeps values with expiry in memory, a cache for Go services.\n'
    expect((await classify(tags, { readme: badges + leftover })).map(t => t.name)).toEqual(['cache'])
  })

  it('damps generic tags such as lib', async () => {
    const tags = await classify(
      GENERAL,
      { readme: '# Yamlet\n\nYamlet is a library for reading YAML files: a small, strict YAML parser.' },
      WIDE
    )
    expect(tags[0]?.name).toBe('yaml')
    expect(scoreOf(tags, 'lib')).toBeLessThan(scoreOf(tags, 'yaml') / 2)
  })

  it('needs a fair share of the first score for a second tag (relative cut)', async () => {
    const input = {
      readme: '# Tern\n\nTern is a command-line tool for tailing logs.\n\n## Settings\n\nSettings live in a YAML file.'
    }
    const loose = await classify(GENERAL, input, { maxTags: 3, minScore: 0, relativeCut: 0 })
    const strict = await classify(GENERAL, input, { maxTags: 3, minScore: 0, relativeCut: DEFAULT_RELATIVE_CUT })
    expect(loose.length).toBeGreaterThan(strict.length)
    for (const tag of strict) expect(tag.score).toBeGreaterThanOrEqual((strict[0]?.score ?? 0) * DEFAULT_RELATIVE_CUT)
    expect(strict[0]?.name).toBe('cli')
  })

  it('returns nothing when the evidence is weak', async () => {
    const readme =
      '# Notes\n\nMy notes from the summer, kept as plain text in one folder.\n\n## Misc\n\nI also keep a list of games I played.'
    expect(await classify(GENERAL, { readme })).toEqual([])
    expect(scoreOf(await classify(GENERAL, { readme }, WIDE), 'game')).toBeGreaterThan(0)
    expect(DEFAULT_MIN_SCORE).toBeGreaterThan(0)
  })

  it('knows a tag only from its name, plural and description in the list', async () => {
    const tags = list(
      '[{"name":"ephemeris","description":"astronomical ephemeris and planet position computation"},{"name":"static-site-generator"},"cli"]'
    )
    const byDescription = await classify(tags, {
      readme: '# Orrery\n\nOrrery is a small program that computes planet positions for amateur astronomers.'
    })
    expect(byDescription.map(t => t.name)).toEqual(['ephemeris'])
    expect(byDescription[0]?.evidence).toContainEqual(
      expect.objectContaining({ text: 'planet positions', where: 'opening' })
    )
    const byPlural = await classify(tags, {
      readme: '# Pages\n\nPages is one of those static site generators, written in Go.'
    })
    expect(byPlural[0]?.name).toBe('static-site-generator')
  })

  it('knows simple stems of an unknown tag name: "photo-editing" from "photo editor"', async () => {
    const tags = await classify(list('["photo-editing","gardening"]'), {
      readme: '# Snap\n\nSnap is a simple photo editor for Linux.'
    })
    expect(tags.map(t => t.name)).toEqual(['photo-editing'])
  })

  it('uses the lexicon under an alias the list gives', async () => {
    const tags = await classify(list('[{"name":"container-orchestration","aliases":["kubernetes"]},"game"]'), {
      readme: '# Kubo\n\nKubo deploys Helm charts to your cluster with kubectl.'
    })
    expect(tags[0]?.name).toBe('container-orchestration')
  })

  it('reports evidence from the description', async () => {
    const tags = await classify(GENERAL, {
      readme: '# Tiny\n\nSee the docs.',
      description: 'A structured logging library for Go'
    })
    expect(tags[0]?.name).toBe('logging')
    expect(tags[0]?.evidence[0]?.where).toBe('description')
  })

  it('reads what a description says the project is before what it comes with', async () => {
    const tags = await classify(parseTagList('["gui", "monitoring", "networking"]', 'tags'), {
      readme: '# Sinkhole\n\nSee the docs.',
      description: 'A DNS sinkhole with a GUI for management and monitoring.'
    })
    expect(tags[0]?.name).toBe('networking')
  })

  it.each([
    ['chinese.md', ['database', 'k8s']],
    ['japanese.md', ['editor', 'terminal']],
    ['korean.md', ['monitoring', 'k8s']],
    ['russian.md', ['http-client']]
  ])('tags the non-English README %s from the technical terms it contains', async (file, expected) => {
    // No relative cut: a deployment note ("runs on Kubernetes") is a weaker second tag, but it must be found.
    const tags = await classify(GENERAL, { readme: fixture(file) }, { maxTags: 3, relativeCut: 0 })
    expect(tags.map(t => t.name)).toEqual(expect.arrayContaining(expected))
  })

  it('reports Chinese, Japanese and Korean evidence as written, without spaces between characters', async () => {
    const tags = await classify(
      list('[{"name":"database"},{"name":"命令行"}]'),
      {
        readme: '# 快KV\n\n一个高性能的数据库，提供命令行工具。'
      },
      WIDE
    )
    expect(tags.flatMap(t => t.evidence.map(e => e.text))).toEqual(expect.arrayContaining(['数据库', '命令行']))
  })

  it('does not read "embedded" in Chinese, Japanese or Korean as firmware on its own, as in English', async () => {
    const tags = list('["database","firmware"]')
    const readme = '# 快KV\n\n一个用 Rust 编写的嵌入式键值数据库。'
    expect((await classify(tags, { readme })).map(t => t.name)).toEqual(['database'])
    const board = '# 灯\n\n一个运行在单片机上的嵌入式系统固件。'
    expect((await classify(tags, { readme: board })).map(t => t.name)).toEqual(['firmware'])
  })

  it('does not call a program that runs in a terminal a shell project', async () => {
    const tags = list('["shell","video"]')
    const player = await classify(tags, { readme: '# vidz\n\nvidz is a video player for the terminal.' })
    expect(player.map(t => t.name)).toEqual(['video'])
    const scripts = await classify(tags, { readme: '# shfmt2\n\nshfmt2 is a formatter for shell scripts.' })
    expect(scripts.map(t => t.name)).toEqual(['shell'])
  })

  it('reads reStructuredText', async () => {
    const tags = await classify(GENERAL, { readme: fixture('sample.rst'), format: 'rst' })
    expect(tags[0]?.name).toBe('cli')
  })

  it('guesses the best tag of the looser reading when no tag has clear evidence, if it reaches min-score', async () => {
    const tags = list('["monitoring", "database", "cli", "testing"]')
    const clearOnly = { maxTags: 3, looseFallback: false }
    // "metrics" is only a hint of monitoring, and records, tables and queries hints of a database: nothing clear.
    const readme =
      '# Tally\n\nTally keeps metrics in tables of records. Export the metrics, the records and the queries as JSON.'
    expect(await classify(tags, { readme }, clearOnly)).toEqual([])
    // The default still names one tag, the looser reading's best, though two have evidence and three may be chosen.
    const guess = await classify(tags, { readme })
    expect(guess.map(t => t.name)).toEqual(['database'])
    expect(guess[0]!.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE)
    // Below min-score it is no guess.
    expect(await classify(tags, { readme }, { maxTags: 3, minScore: guess[0]!.score + 0.01 })).toEqual([])
    // Where a tag has clear evidence, that reading decides alone.
    const clear = { readme: '# Tally\n\nTally is a monitoring tool: it keeps metrics in tables of records.' }
    expect((await classify(tags, clear)).map(t => t.name)).toEqual(
      (await classify(tags, clear, clearOnly)).map(t => t.name)
    )
    expect((await classify(tags, clear))[0]?.name).toBe('monitoring')
  })

  it('makes no guess between two tags that rest on the same words', async () => {
    const tags = list('["File Organizers", "File Management", "Fonts"]')
    const body = 'Tidy up your files: one command renames every file. Files with spaces, files with accents: all files'
    const usage = '\n\n## Usage\n\nPoint it at your files and it cleans their names.'
    const readme = `# tidy\n\n${body}.${usage}`
    // Both tags have the same evidence, and enough of it for a guess: which one is a coin toss.
    const ranked = await createOfflineClassifier(tags).rank?.({ readme }, 2)
    expect(ranked?.map(t => [...new Set(t.evidence.map(e => e.text))].sort())).toEqual([
      ['file', 'files'],
      ['file', 'files']
    ])
    expect(ranked![0]!.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE)
    expect(await classify(tags, { readme })).toEqual([])
    // A word only one of them has makes the guess.
    const organizers = await classify(tags, { readme: `# tidy\n\n${body}, and organizers.${usage}` })
    expect(names(organizers)).toEqual(['File Organizers'])
  })

  it('chooses no tag on one common word said once, but does on a rare word, a phrase or the name', async () => {
    const tags = list('["compiler", "search", "terminal"]')
    // Each README's best tag, and what is chosen when min-score is exactly that tag's score.
    const atItsOwnScore = async (readme: string) => {
      const best = (await classify(tags, { readme }, WIDE))[0]!
      return { best: best.name, chosen: names(await classify(tags, { readme }, { maxTags: 3, minScore: best.score })) }
    }
    // "compile" alone, in the opening: it reaches the default min-score, yet one README in a hundred says it
    // of something else, so it is not enough.
    const common = '# hue\n\nA wrapper that lets you compile C projects with colours.'
    expect((await classify(tags, { readme: common }, WIDE))[0]!.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE)
    expect(await classify(tags, { readme: common })).toEqual([])
    expect(await atItsOwnScore(common)).toEqual({ best: 'compiler', chosen: [] })
    // A rare word, a phrase, or the tag's own name is chosen at its score.
    expect(await atItsOwnScore('# hue\n\nA wrapper that lets you metasearch from the shell.')).toEqual({
      best: 'search',
      chosen: ['search']
    })
    expect(await atItsOwnScore('# hue\n\nA wrapper for any terminal emulator.')).toEqual({
      best: 'terminal',
      chosen: ['terminal']
    })
    expect(await atItsOwnScore('# hue\n\nHue is a compiler.')).toEqual({ best: 'compiler', chosen: ['compiler'] })
  })

  it('ranks weak candidates too, for a model shortlist', async () => {
    const classifier = createOfflineClassifier(GENERAL)
    const input = { readme: '# Notes\n\nMy notes from the summer, kept as plain text in one folder, with a few flags.' }
    const everyClear = { maxTags: 5, minScore: 0, relativeCut: 0, looseFallback: false }
    expect((await classifier.classify(input, everyClear)).tags).toEqual([])
    const ranked = await classifier.rank?.(input, 5)
    expect(ranked?.map(t => t.name)).toContain('cli')
  })

  it('reads a very long README whose first lines are long (minified HTML, one-paragraph text)', async () => {
    const filler = ' The tool keeps its settings in one file and prints plain output.'.repeat(1200)
    const readme = `# kvtool\n\nkvtool is a command line tool for a key value database.${filler}\n`
    expect(readme.length).toBeGreaterThan(64 * 1024)
    expect((await classify(GENERAL, { readme })).map(t => t.name)).toContain('cli')
  })

  it('reads what a wrapper is based on as its foundation, not its topic', async () => {
    const tags = list('["yaml", "json"]')
    const readme =
      '# Moulted\n\nMoulted is a Scala wrapper for a YAML parser based on a JSON library.\n\n' +
      'Parse a YAML document into a tree, or write one back.'
    const scored = await classify(tags, { readme }, WIDE)
    expect(names(scored)).toEqual(['yaml', 'json'])
    // The foundation is read at the opening's weight, not the summary's: less than half the topic's evidence.
    expect(scoreOf(scored, 'json')).toBeLessThan(scoreOf(scored, 'yaml') * 0.5)
    // After a verb, "based on" says what the tool works from, and the summary is read whole.
    const zones = zonesOf(
      cleanReadme('# Sortkit\n\nSortkit is a tool that sorts imports based on your YAML config.'),
      undefined
    )
    expect(zones.find(zone => zone.text.includes('based on your YAML config'))?.factor).toBe(FACTORS.lead)
    const wrapper = zonesOf(cleanReadme(readme), undefined)
    expect(wrapper.find(zone => zone.text.includes('based on'))?.factor).toBeLessThan(FACTORS.lead)
  })

  it('is deterministic and keeps one instance reusable across READMEs', async () => {
    const classifier = createOfflineClassifier(GENERAL)
    const input = { readme: fixture('opening-vs-body.md') }
    const first = await classifier.classify(input, { maxTags: 3 })
    await classifier.classify({ readme: fixture('chinese.md') }, { maxTags: 3 })
    expect(await classifier.classify(input, { maxTags: 3 })).toEqual(first)
    expect(first.provider).toBe('local')
  })

  it('reads a Mac menu-bar app as a desktop app, and a link to its own wiki as no CMS', async () => {
    const tags = list('["desktop-app", "mobile-app", "cms"]')
    const readme =
      '# Snip\n\nSnip is a menu bar app for macOS that keeps your snippets. Get it on the Mac App Store, ' +
      'or build it with Xcode; it is written in Swift. See the wiki for the keyboard shortcuts.'
    const result = await classify(tags, { readme }, WIDE)
    expect(result[0]?.name).toBe('desktop-app')
    expect(result.find(t => t.name === 'mobile-app')?.score ?? 0).toBeLessThan(0.5)
    expect(result.find(t => t.name === 'cms')?.score ?? 0).toBeLessThan(0.5)
  })

  it('reads where a program runs as no operating system, and pull requests as no CI', async () => {
    const tags = list('["os", "cicd", "cli"]')
    const readme =
      '# Prtidy\n\nPrtidy is a command line tool that sorts the files of your pull requests into a tree. It runs on ' +
      'a variety of operating systems, including Linux, Windows and macOS, and on any operating system with Node.'
    const result = await classify(tags, { readme }, WIDE)
    expect(result[0]?.name).toBe('cli')
    expect(result.find(t => t.name === 'os')?.score ?? 0).toBeLessThan(0.5)
    expect(result.find(t => t.name === 'cicd')?.score ?? 0).toBeLessThan(0.5)
  })

  it("reads the reader's own tools as no evidence: a checker whose errors show up in your IDE is no IDE", async () => {
    const tags = list('["ide", "editor", "linter"]')
    const readme =
      '# Spelt\n\nSpelt is a linter for spelling in code comments. Its warnings show up in your IDE, ' +
      'or in your favorite editor through its language server.'
    const result = await classify(tags, { readme }, WIDE)
    expect(result[0]?.name).toBe('linter')
    expect(result.find(t => t.name === 'ide')?.score ?? 0).toBeLessThan(0.5)
    expect(result.find(t => t.name === 'editor')?.score ?? 0).toBeLessThan(0.5)
  })

  it('reads ports to other languages and a better user experience as no language and no UX project', async () => {
    const tags = list('["language", "ux", "cache"]')
    const readme =
      '# Memo\n\nMemo is an in-memory cache with TTL eviction, ported to many programming languages. It keeps ' +
      'pages fast for a better user experience.'
    const result = await classify(tags, { readme }, WIDE)
    expect(result[0]?.name).toBe('cache')
    expect(result.find(t => t.name === 'language')?.score ?? 0).toBeLessThan(0.5)
    expect(result.find(t => t.name === 'ux')?.score ?? 0).toBeLessThan(0.5)
  })

  it('reads a work queue as a message queue, and OSGi bundles as no bundler', async () => {
    const tags = list('["message-queue", "bundler", "iot", "server"]')
    expect(await firstTag(tags, '# stalk\n\nSimple and fast general purpose work queue.')).toBe('message-queue')
    expect(
      await firstTag(
        tags,
        '# hub core\n\nThe core bundles of a runtime for smart home products, packaged as OSGi bundles.'
      )
    ).toBe('iot')
  })

  it('reads a Redis-backed tasks queue as a message queue, not NoSQL, and a fuzzer as security too', async () => {
    const tags = list('["message-queue", "nosql", "security", "testing", "aws"]')
    expect(
      await firstTag(tags, '# relay\n\nEmbeddable tasks queue for Node.js, backed by Redis: retries and priorities.')
    ).toBe('message-queue')
    const sqs = await classify(tags, { readme: '# drain\n\nA tiny consumer for Amazon SQS with retries.' }, WIDE)
    expect(sqs.map(t => t.name)).toContain('message-queue')
    const fuzzer = await classify(
      tags,
      { readme: '# prod\n\nProd is a coverage-guided fuzzer for network daemons.' },
      WIDE
    )
    expect(fuzzer.map(t => t.name)).toContain('security')
  })

  it('puts what a project does before the form it ships in: a security scanner on the command line is security first', async () => {
    const tags = list('["aws", "serverless", "cli", "security", "containerization", "monitoring"]')
    const probe = await classify(
      tags,
      {
        readme:
          '# probe\n\nProbe is a CLI tool for security audits of your APIs: it finds vulnerabilities from the command line.'
      },
      { maxTags: 3 }
    )
    expect(probe.map(t => t.name)).toEqual(['security', 'cli'])
    const server = await classify(
      list('["http", "web-server", "server"]'),
      { readme: '# portal\n\nPortal is a server for your sites: HTTP/2, TLS and a web server config in one file.' },
      { maxTags: 3 }
    )
    expect(server[0]?.name).toBe('web-server')
  })

  it('reads "useless" said in passing as no fun project', async () => {
    const tags = list('["for-fun", "parser", "cli"]')
    const result = await classify(
      tags,
      {
        readme: '# split\n\nSplits a string into shell words. Quoting options are left out: slower and fairly useless.'
      },
      { ...WIDE, looseFallback: false }
    )
    expect(result.map(t => t.name)).not.toContain('for-fun')
  })

  it('knows file operations, libcurl and socket.io by name', async () => {
    const tags = list('["filesystem", "http-client", "real-time", "lib", "cli"]')
    expect(await firstTag(tags, '# sweep\n\n> Delete files and folders using patterns, with a promise API.')).toBe(
      'filesystem'
    )
    expect(await firstTag(tags, '# curly\n\n[libcurl] bindings for Zig.')).toBe('http-client')
    expect(await firstTag(tags, '## socket.io library for Zig\n\nEmit events to rooms and namespaces.')).toBe(
      'real-time'
    )
  })
  it('knows the trade words of security work: phishing, penetration testers, social engineering', async () => {
    const tags = list('["security", "email", "testing", "cli"]')
    expect(await firstTag(tags, '# lure\n\nA phishing toolkit for businesses and penetration testers.')).toBe(
      'security'
    )
    expect(await firstTag(tags, '# mask\n\nRun social engineering campaigns from one binary.')).toBe('security')
  })
  it('reads computer science as no natural science', async () => {
    const tags = list('["Software in science", "Algorithms"]')
    const readme = '# cs plan\n\nA computer science study plan: data structures, sorting and graph algorithms.'
    const ranked = await classify(tags, { readme }, { maxTags: 3, minScore: 0, relativeCut: 0 })
    expect(ranked.map(t => t.name)).toEqual(['Algorithms'])
  })
  it('knows a curriculum for learners and data a government publishes', async () => {
    const tags = list('["Learn to Code", "Open data", "Web frameworks"]')
    expect(await firstTag(tags, '# bridge docs\n\nThe site of our workshop curriculum, a Sinatra app.')).toBe(
      'Learn to Code'
    )
    expect(await firstTag(tags, '## City data\n\nA home for data published by the city council, as CSV.')).toBe(
      'Open data'
    )
  })
  it('knows linters by name and remote command runners as deployment tools', async () => {
    const tags = list('["linter", "deploy-tool", "lib", "cli", "testing"]')
    expect(await firstTag(tags, '# pyglue\n\nOne command that runs pyflakes and pycodestyle over your code.')).toBe(
      'linter'
    )
    expect(await firstTag(tags, '# remoto\n\nA library to execute shell commands remotely over SSH.')).toBe(
      'deploy-tool'
    )
  })
  it('knows well-known test runners, loggers and ORMs by name', async () => {
    const tags = list('["testing", "logging", "orm", "lib"]')
    expect(await firstTag(tags, '# karma-foo\n\nA Karma launcher for the Foo browser.')).toBe('testing')
    expect(await firstTag(tags, '# pino-bar\n\nShips pino output to Bar.')).toBe('logging')
    expect(await firstTag(tags, '# sequelize-baz\n\nBaz types for Sequelize models.')).toBe('orm')
  })
  it('reads a pointer to the tutorial as documentation, not a learning resource; a performance budget as no finance', async () => {
    const tags = list('["learning-resource", "finance", "ecommerce", "cicd"]')
    const shop = '# shopkit\n\nshopkit is an online shop framework. Start with the tutorial, then read the reference.'
    expect(names(await classify(tags, { readme: shop }, { ...WIDE, looseFallback: false }))).toEqual(['ecommerce'])
    const course = '# learn-go\n\nTutorials for beginners: twelve chapters with exercises.'
    expect(await firstTag(tags, course)).toBe('learning-resource')
    const action =
      '# lhci-action\n\nRuns Lighthouse in CI on every push and fails the build when a page breaks its budget.'
    expect(names(await classify(tags, { readme: action }))).toEqual(['cicd'])
  })
  it("reads a package's kind (bindings, a wrapper, an integration) as no SDK: an official SDK says so", async () => {
    const tags = list('["sdk", "database", "nosql", "lib"]')
    const bindings = '# pg-ml\n\nOCaml bindings to libpq, with a thin wrapper for queries.'
    expect(names(await classify(tags, { readme: bindings }))).toEqual(['lib'])
    const extension = '# flask-docstore\n\nA Flask extension that provides integration with DocStore.'
    expect(await classify(tags, { readme: extension }, { maxTags: 3, looseFallback: false })).toEqual([])
    expect(await firstTag(tags, '# acme-node\n\nThe official Node.js SDK for the Acme API.')).toBe('sdk')
  })
  it('knows error trackers (Sentry, crash reporting) as monitoring, not as an SDK', async () => {
    const tags = list('["monitoring", "sdk", "logging", "lib"]')
    expect(await firstTag(tags, '# raven-x\n\nA Python client for Sentry.')).toBe('monitoring')
    expect(await firstTag(tags, '# crashkit\n\nCrash reporting for iOS apps.')).toBe('monitoring')
  })
  it('does not make a head noun clear evidence of a tag whose description only mentions it in passing', async () => {
    const tags = list(
      JSON.stringify([
        { name: 'preact', description: 'Preact is a lightweight React alternative with the same API.' },
        { name: 'note-taking', description: 'Apps for taking and organizing notes.' }
      ])
    )
    // "alternative" ends the "X is a …" sentence, but it weighs next to nothing in preact's description.
    expect(await classify(tags, { readme: '# Zorp\n\nZorp is an open-source alternative to Evernote.' })).toEqual([])
  })
  it('reads the noun an "X is a …" sentence ends on as what the project is, unless it names a kind of package', async () => {
    const tags = list('["Programming languages", "Probot apps", "Music"]')
    expect(await firstTag(tags, '# Quill\n\nQuill is a small, typed language for scripting game logic.')).toBe(
      'Programming languages'
    )
    const app = await classify(
      tags,
      { readme: '# Quill\n\nQuill is a desktop app for scripting game logic.' },
      { maxTags: 3, looseFallback: false }
    )
    expect(app).toEqual([])
  })
  it('reads LLM orchestration and the well-known agent frameworks as agents', async () => {
    const tags = list('["AI Agents", "Design essentials", "Open data"]')
    expect(await firstTag(tags, '# Weave\n\nAn SDK for prompt chaining that lets C# programs call LLMs.')).toBe(
      'AI Agents'
    )
    expect(await firstTag(tags, '# lc-redis\n\nRedis memory for LlamaIndex and LangChain.')).toBe('AI Agents')
  })
  it('reads an everyday activity noun that ends a name as what is done to the known concept before it', async () => {
    // "processing" is no subject of its own: a date and time library is what "Date and Time Processing" lists.
    const tags = list('["Date and Time Processing", "Form Builder", "Git Tools"]')
    const readme = '# Chrono\n\nChrono is a date and time library with time zones, durations and ISO 8601 timestamps.'
    expect(await firstTag(tags, readme)).toBe('Date and Time Processing')
  })
  it('knows file managers, human resources software, code metrics, charting libraries, environment managers and build tools', async () => {
    const tags = list('["File Managers", "HR Software", "Code Quality", "Data Visualization", "Web Servers"]')
    expect(await firstTag(tags, '# h6\n\nA modern web file browser with directory listing and previews.')).toBe(
      'File Managers'
    )
    expect(await firstTag(tags, '# Staffy\n\nOpen source HRMS: payroll, leave management and attendance.')).toBe(
      'HR Software'
    )
    expect(await firstTag(tags, '# cpd\n\nA copy paste detector that reports duplicate code.')).toBe('Code Quality')
    expect(await firstTag(tags, '# hc\n\nRails helpers for Highcharts.')).toBe('Data Visualization')
    const environments = list('["Environment Management", "HTTP", "Configuration"]')
    expect(
      await firstTag(environments, '# rb-install\n\nInstalls Ruby versions side by side; works with chruby and rbenv.')
    ).toBe('Environment Management')
    const builds = list('["Build Tools", "Files and Directories", "Errors"]')
    expect(await firstTag(builds, '# auto\n\nA rebar3 plugin that recompiles your modules on change.')).toBe(
      'Build Tools'
    )
  })
  it('reads "datamapping" as the data mapper pattern of ORMs, not as maps', async () => {
    const classifier = createOfflineClassifier(list('["ORM and Datamapping", "Geolocation", "JSON"]'))
    const geo = { readme: '# geo\n\nGeohash encoding and decoding for latitudes and longitudes, with map tiles.' }
    expect((await classifier.rank?.(geo, 5))?.map(t => t.name)).not.toContain('ORM and Datamapping')
    const orm = { readme: '# Repo\n\nA data mapper for Postgres: entities, associations and eager loading.' }
    expect((await classifier.classify(orm, { maxTags: 3 })).tags[0]?.name).toBe('ORM and Datamapping')
  })
  it('reads Swift as no SwiftUI, and a CocoaPods install line as no Kubernetes pod', async () => {
    const classifier = createOfflineClassifier(list('["declarative-gui", "algorithm", "k8s", "security"]'))
    const swift = { readme: "# Heckel\n\nA fast implementation of Heckel's diff algorithm in Swift." }
    expect((await classifier.rank?.(swift, 5))?.map(t => t.name)).not.toContain('declarative-gui')
    const pod = {
      readme:
        "# Keys\n\nKeep your API keys out of your repository. Install with CocoaPods: pod 'Keys', then run pod install."
    }
    expect((await classifier.rank?.(pod, 5))?.map(t => t.name)).not.toContain('k8s')
    const swiftui = { readme: '# Board\n\nA kanban board built with SwiftUI and Combine.' }
    expect((await classifier.classify(swiftui, { maxTags: 3 })).tags[0]?.name).toBe('declarative-gui')
  })
  it("reads a shell's prompt as no evidence of AI", async () => {
    const classifier = createOfflineClassifier(list('["ai", "terminal", "database"]'))
    const readme = '# Glow\n\nA fast, customizable prompt for any shell. The prompt shows your git branch.'
    expect((await classifier.rank?.({ readme }, 5))?.map(t => t.name)).toEqual(['terminal'])
  })
  it('knows asset pipelines, in-process message buses and the actor model', async () => {
    const tags = list('["Assets", "Event aggregator and messenger", "Distributed Computing", "Chat"]')
    expect(
      await firstTag(
        tags,
        '# Sprinkle\n\nCache busting for your CSS and JavaScript files: fingerprinting with Sprockets.'
      )
    ).toBe('Assets')
    expect(
      await firstTag(
        tags,
        '# Relay\n\nRelay is a tiny mediator for .NET: in-process messaging with request handlers and notification handlers.'
      )
    ).toBe('Event aggregator and messenger')
    expect(
      await firstTag(tags, '# Grains\n\nVirtual actors for .NET: an actor model framework for cloud services.')
    ).toBe('Distributed Computing')
  })
  it('reads "Social Networks" as social media, not as computer networks', async () => {
    const classifier = createOfflineClassifier(list('["Social Networks and Forums", "Networking", "Databases"]'))
    const social = {
      readme: '# Plume\n\nA federated social network server speaking ActivityPub, with timelines and followers.'
    }
    expect((await classifier.rank?.(social, 5))?.map(t => t.name)).toEqual(['Social Networks and Forums'])
    const sockets = { readme: '# tcpkit\n\nSockets, TCP and UDP helpers for your network services.' }
    expect((await classifier.rank?.(sockets, 5))?.map(t => t.name)).toEqual(['Networking'])
  })
  it('knows the widgets of user interfaces: spinners, sliders, date pickers', async () => {
    const tags = list('["ui", "frontend", "cli", "css"]')
    expect(await firstTag(tags, '# Spin\n\nLoading spinners animated with CSS.')).toBe('ui')
    expect(await firstTag(tags, '# Range\n\nA lightweight range slider with touch support.')).toBe('ui')
    expect(await firstTag(tags, '# Pick\n\nA date picker for your forms, with keyboard support.')).toBe('ui')
  })
  it('reads an option parser as a command-line library, not a parser of documents', async () => {
    const tags = list('["cli", "parser", "lib"]')
    expect(await firstTag(tags, '# opt\n\nOpt is a tiny option parser with a friendly API.')).toBe('cli')
  })
  it('knows the trade words of maps, machine learning, video and game servers', async () => {
    const tags = list('["Geographic", "Machine Learning", "Video", "Game Development", "Financial", "Images"]')
    expect(await firstTag(tags, '# geo\n\nGo bindings for GDAL and PostGIS helpers.')).toBe('Geographic')
    expect(await firstTag(tags, '# sv\n\nA support vector machine in pure Go.')).toBe('Machine Learning')
    expect(await firstTag(tags, '# ts\n\nReads MPEG transport streams from a socket.')).toBe('Video')
    expect(await firstTag(tags, '# realm\n\nRealm is a tiny game server for turn-based play.')).toBe('Game Development')
  })
  it('tells text processing from natural language processing, and knows database clients and fake test data', async () => {
    const tags = list('["Natural Language Processing", "Text Processing", "Database Drivers", "Testing"]')
    expect(await firstTag(tags, '# slugger\n\nTurns titles into URL slugs, with transliteration of accents.')).toBe(
      'Text Processing'
    )
    expect(await firstTag(tags, '# tagger\n\nPart of speech tagging and named entity recognition.')).toBe(
      'Natural Language Processing'
    )
    expect(await firstTag(tags, '# cass\n\nA small Cassandra client for asyncio.')).toBe('Database Drivers')
    expect(await firstTag(tags, '# seedy\n\nFills a schema with fake data for test purposes.')).toBe('Testing')
  })
  it('knows concurrency, encodings and data structures by their trade words', async () => {
    const tags = list('["Concurrency", "Encoding", "Data structures", "Parsing", "Configuration"]')
    expect(await firstTag(tags, '# pool\n\nA work-stealing thread pool with lock-free queues.')).toBe('Concurrency')
    expect(await firstTag(tags, '# packy\n\nA MessagePack encoder and decoder.')).toBe('Encoding')
    expect(await firstTag(tags, '# heapq\n\nA priority queue with a changeable priority per item.')).toBe(
      'Data structures'
    )
  })
  it('reads a two-letter head noun: "X is a new OS written from scratch"', async () => {
    const tags = list('["Operating systems", "Emulators", "Configuration"]')
    expect(await firstTag(tags, '# Kestrel\n\nKestrel is a small OS written from scratch in Zig.')).toBe(
      'Operating systems'
    )
  })
  it('reads the head noun of a tagline that opens with "A": "A small language in Rust."', async () => {
    const tags = list('["language", "compiler", "cli"]')
    // What it is written in or runs on is no head: "Rust" and "Go" stay where they are.
    const readme = '# Zorp\n\nA small language in Rust.\n\nIt reads files and prints numbers.'
    expect((await classify(tags, { readme })).map(t => t.name)).toEqual(['language'])
  })
  it('knows data stores, data grids, command-line parsing and metrics libraries', async () => {
    const tags = list('["database", "cache", "cli", "parser", "monitoring", "lib"]')
    expect(await firstTag(tags, '# Quarry\n\nQuarry is a fast analytics data store for event data.')).toBe('database')
    expect(await firstTag(tags, '# Grid\n\nAn in-memory data grid for the JVM.')).toBe('cache')
    expect(await firstTag(tags, '# flagz\n\nCommand line parsing for Kotlin.')).toBe('cli')
    expect(await firstTag(tags, '# meter\n\nA metrics library: counters, timers and histograms.')).toBe('monitoring')
  })
  it('knows the topics curated lists give sections of their own: errors, forms, UUIDs, spreadsheets, webhooks', async () => {
    const tags = list('["Error Handling", "Forms", "UUID", "Spreadsheets", "Webhooks", "Distributed Systems"]')
    expect(await firstTag(tags, '# oops\n\nError wrapping with stack traces for Go.')).toBe('Error Handling')
    expect(await firstTag(tags, '# formy\n\nA form builder with form validation for Svelte.')).toBe('Forms')
    expect(await firstTag(tags, '# uid\n\nSortable ULID and UUID generation.')).toBe('UUID')
    expect(await firstTag(tags, '# sheets\n\nRead and write XLSX workbooks.')).toBe('Spreadsheets')
    expect(await firstTag(tags, '# hooky\n\nA webhook receiver that queues events.')).toBe('Webhooks')
    expect(await firstTag(tags, '# raftly\n\nA Raft consensus library with leader election.')).toBe(
      'Distributed Systems'
    )
    expect(await firstTag(tags, '# notes\n\nA note-taking app for the terminal.')).toBeUndefined()
  })
  it('knows emoji, icon sets, datasets and interview preparation', async () => {
    const tags = list('["Emoji", "Icons", "Datasets", "Interview preparation", "Fonts"]')
    expect(await firstTag(tags, '# picker\n\nAn emoji picker with shortcodes and skin tones.')).toBe('Emoji')
    expect(await firstTag(tags, '# glyphs\n\nA set of 900 SVG icons, also as an icon font.')).toBe('Icons')
    expect(await firstTag(tags, '# birds\n\nA labelled dataset of bird songs, with annotations.')).toBe('Datasets')
    expect(await firstTag(tags, '# prep\n\nNotes for interview preparation: questions and answers.')).toBe(
      'Interview preparation'
    )
  })
  it('knows hardware access, minifiers, process managers, streams and functional programming', async () => {
    const tags = list('["Hardware", "Minifiers", "Process management", "Streams", "Functional programming", "HTTP"]')
    expect(await firstTag(tags, '# pins\n\nRead GPIO pins and I2C sensors from Node.js.')).toBe('Hardware')
    expect(await firstTag(tags, '# tiny\n\nA JavaScript minifier that mangles names.')).toBe('Minifiers')
    expect(await firstTag(tags, '# forever\n\nKeeps your app alive: restarts on crash, as a systemd service.')).toBe(
      'Process management'
    )
    expect(await firstTag(tags, '# through\n\nA transform stream helper with backpressure.')).toBe('Streams')
    expect(await firstTag(tags, '# curry\n\nCurrying and function composition for point-free code.')).toBe(
      'Functional programming'
    )
  })
  it('knows the smaller topics of web and app development: URLs, tables, drag and drop, polyfills, web security', async () => {
    const tags = list(
      '["URL", "Tables", "Drag and drop", "Polyfills", "Web security", "Diagrams", "Weather", "Genealogy"]'
    )
    expect(await firstTag(tags, '# qs\n\nParse and stringify query strings.')).toBe('URL')
    expect(await firstTag(tags, '# grid\n\nA virtualized data grid with column sorting.')).toBe('Tables')
    expect(await firstTag(tags, '# dnd\n\nSortable lists with drag and drop for React.')).toBe('Drag and drop')
    expect(await firstTag(tags, '# fill\n\nA fetch polyfill for older browsers.')).toBe('Polyfills')
    expect(await firstTag(tags, '# clean\n\nAn HTML sanitizer that stops cross-site scripting.')).toBe('Web security')
    expect(await firstTag(tags, '# seq\n\nSequence diagrams from text, like PlantUML.')).toBe('Diagrams')
    expect(await firstTag(tags, '# sky\n\nA weather forecast in your terminal.')).toBe('Weather')
    expect(await firstTag(tags, '# roots\n\nA family tree editor that reads GEDCOM.')).toBe('Genealogy')
  })

  it('knows the sections of mobile UI lists: navigation menus and text inputs', async () => {
    const tags = list('["Navigation", "Inputs", "Charts"]')
    expect(await firstTag(tags, '# Slidr\n\nA sliding menu for Android, like the side menu of many apps.')).toBe(
      'Navigation'
    )
    expect(await firstTag(tags, '# Labelled\n\nAn EditText with a floating label and a character counter.')).toBe(
      'Inputs'
    )
  })

  it('knows the words of system administration: backups, block devices, metrics daemons, LDAP servers', async () => {
    const seed = list('["storage", "server", "monitoring", "authentication", "os", "filesystem"]')
    expect(await firstTag(seed, '# Keep\n\nKeep is a tool for backing up many hosts to one disk pool.')).toBe('storage')
    expect(await firstTag(seed, '# Mirror\n\nReplicates a block device between two nodes, like RAID 1.')).toBe(
      'storage'
    )
    // A daemon is how it runs; the metrics it collects for Graphite say what it is.
    expect(await firstTag(seed, '# Gauge\n\nGauge is a daemon that collects system metrics for Graphite.')).toBe(
      'monitoring'
    )
    expect(await firstTag(seed, '# Dirsrv\n\nDirsrv is a fast LDAP server implementation.')).toBe('authentication')
    const servers = list('["server", "networking", "message-queue"]')
    expect(await firstTag(servers, '# Zoned\n\nZoned is an authoritative name server daemon.')).toBe('networking')
    expect(await firstTag(servers, '# Runr\n\nRunr is a job server: clients submit work, workers run it.')).toBe(
      'message-queue'
    )
  })

  it('knows functional programming by its constructs, calendars by iCalendar, messaging systems and console output', async () => {
    const tags = list('["Functional Programming", "Date and Time", "Messaging", "Serialization", "CLI"]')
    expect(await firstTag(tags, '# Adt\n\nAlgebraic data types and pattern matching for Java.')).toBe(
      'Functional Programming'
    )
    expect(await firstTag(tags, '# Cal\n\nRead and write iCalendar files and their recurrence rules.')).toBe(
      'Date and Time'
    )
    expect(await firstTag(tags, '# Relay\n\nRelay is a low-latency messaging system over UDP.')).toBe('Messaging')
    // Formatting what a command-line program prints is command-line work, where the list has no terminal tag.
    expect(await firstTag(tags, '# Tint\n\nFormat console output with ANSI escape codes, on Windows too.')).toBe('CLI')
  })

  it('reads the platform a library is for as no mobile app: an iOS layout library is UI, an iOS app a mobile app', async () => {
    const tags = list('["mobile-app", "networking", "ui"]')
    expect(
      await firstTag(tags, '# Layo\n\nLayo is a UI layout library for iOS: stacks, grids and flexible views.')
    ).toBe('ui')
    expect(await firstTag(tags, '# Pocket\n\nPocket is an iOS app to read saved articles offline.')).toBe('mobile-app')
  })

  it('reads the web applications a tool protects and the graphics API a widget library draws with as context', async () => {
    const tags = list('["frontend", "security", "3d", "gui"]')
    const scrub = '# Scrub\n\nScrub is an HTML sanitizer that keeps web applications safe from XSS attacks.'
    expect(await firstTag(tags, scrub)).toBe('security')
    const widgets =
      '# Wdg\n\nWdg is an immediate-mode widget library: buttons, sliders and text boxes drawn with OpenGL or Vulkan.'
    expect((await classify(tags, { readme: widgets })).map(t => t.name)).toEqual(['gui'])
  })

  it("reads a programmer's crypto as cryptography as readily as coins, and not as payments", async () => {
    const tags = list('["E-Commerce and Payments", "Cryptography"]')
    expect(await firstTag(tags, '# Forge\n\nForge is crypto done right for .NET.')).toBe('Cryptography')
  })

  it('reads maps, the dictionaries of many languages, as no geography on their own', async () => {
    const tags = list('["Geolocation", "Data structures"]')
    const kv = '# Kv\n\nKv merges nested maps and converts maps to keyword lists.'
    expect(names(await classify(tags, { readme: kv }))).not.toContain('Geolocation')
    expect(await firstTag(tags, '# Tiles\n\nInteractive maps for the web, with markers and map tiles.')).toBe(
      'Geolocation'
    )
  })

  it('files a profiler under debugging tools, as curated lists do, where the list has no profiling tag', async () => {
    const tags = list('["Debugging Tools", "Logging"]')
    expect(await firstTag(tags, '# Pyspy\n\nPyspy is an interactive Python profiler that keeps the frame stack.')).toBe(
      'Debugging Tools'
    )
  })

  it('reads recommendation algorithms and online learning as machine learning', async () => {
    const tags = list('["Machine Learning", "Authentication"]')
    const readme = '# Recs\n\nRecs implements popular recommendation algorithms for implicit feedback from users.'
    expect(await firstTag(tags, readme)).toBe('Machine Learning')
  })

  it('reads Docker as where a tool runs: a monitor of Docker hosts is monitoring first, containers second', async () => {
    const tags = list('["containerization", "monitoring", "security"]')
    const readme =
      '# Dmon\n\nDmon collects the resource usage of the containers on a Docker host and exports it to Prometheus. Run it with docker run.'
    expect(names(await classify(tags, { readme }))).toEqual(['monitoring', 'containerization'])
  })
})
