import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nameConcepts } from '../src/classify/offline/concepts.js'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { buildProfile } from '../src/classify/offline/profile.js'
import { singular } from '../src/classify/offline/specificity.js'
import { DEFAULT_MIN_SCORE, selectTags } from '../src/classify/offline/select.js'
import type { ClassifyInput, SelectionOptions, TagScore } from '../src/classify/types.js'
import { idf, isLanguageTopic, TOPICS } from '../src/knowledge/index.js'
import { parseTagList } from '../src/tags/parse.js'
import type { TagList } from '../src/tags/types.js'

const list = (json: string): TagList => parseTagList(json, 'tags')
/** A list of tags given by name only. */
const namedList = (names: readonly string[]): TagList => list(JSON.stringify(names))
/** Every tag with clear evidence, best first: no floor, no cut, and no guess when none has any. */
const WIDE: SelectionOptions = { maxTags: 20, minScore: 0, relativeCut: 0, looseFallback: false }
/** The defaults without the guess from the looser reading: what the clear evidence alone chooses. */
const CLEAR_ONLY: SelectionOptions = { maxTags: 3, looseFallback: false }

async function tagsFor(tags: TagList, input: ClassifyInput, options: SelectionOptions = { maxTags: 3 }) {
  return (await createOfflineClassifier(tags).classify(input, options)).tags
}
const names = (tags: readonly TagScore[]): string[] => tags.map(t => t.name)
/** The first tag a list gives each README (undefined for none), under `options`. */
const firstTagOf =
  (tags: TagList, options?: SelectionOptions) =>
  async (readme: string): Promise<string | undefined> =>
    names(await tagsFor(tags, { readme }, options))[0]

describe('any tag list', () => {
  it('tags by description alone: invented names the lexicon and topics data have never seen', async () => {
    const tags = list(
      JSON.stringify([
        { name: 'Zorblax', description: 'Controllers for espresso machines: grinders, boilers and milk frothers.' },
        { name: 'Quimbly', description: 'Software for beekeepers to track hives, queens and honey harvests.' },
        { name: 'Vantor', description: 'Planetarium shows and telescope mount control for amateur astronomers.' }
      ])
    )
    const hives = await tagsFor(tags, {
      readme: '# Apiary\n\nApiary keeps a log of your hives and queens, and weighs each honey harvest.'
    })
    expect(names(hives)).toEqual(['Quimbly'])
    expect(hives[0]?.evidence.every(e => e.from === 'description')).toBe(true)
    const telescope = await tagsFor(tags, {
      readme:
        '# Skyward\n\nSkyward drives a telescope mount from your laptop and plans the night for amateur astronomers.'
    })
    expect(names(telescope)).toEqual(['Vantor'])
  })

  it('reads a code-named tag by the concepts its description names, through what the lexicon knows of them', async () => {
    const tags = list(
      JSON.stringify([
        {
          name: 'Project Heron',
          description: 'Tools for Kubernetes: operators, manifests and everything around a cluster.'
        },
        { name: 'Project Finch', description: 'Static analysis of source code, catching bugs before they run.' }
      ])
    )
    // Neither README repeats its tag's description: "kubectl" and "pods" come from what the lexicon knows of Kubernetes.
    const k8s = await tagsFor(tags, {
      readme: '# Podview\n\nPodview is a kubectl plugin that shows pods and deployments side by side.'
    })
    expect(names(k8s)).toEqual(['Project Heron'])
    const lint = await tagsFor(tags, {
      readme: '# Nitpick\n\nNitpick is a linter with 200 lint rules and an autofix mode.'
    })
    expect(names(lint)).toEqual(['Project Finch'])
  })

  it("leaves a broad entry's words to its own tag when the list has it: a git tool is no GitHub tool", async () => {
    const tags = list('["git", "github", "css", "css-framework"]')
    const sweep = await tagsFor(tags, {
      readme: '# Sweeper\n\nSweeper deletes the local git branches that are merged, and tidies your git history.'
    })
    expect(names(sweep)).toEqual(['git'])
    // So with a narrower name the entry knows ("Generative AI" of ai): a model trainer is AI, not generative.
    const ai = list('["ai", "generative-ai"]')
    const trainer = '# Trainer\n\nTrainer fits neural networks with deep learning on your GPU.'
    expect(names(await tagsFor(ai, { readme: trainer }))).toEqual(['ai'])
    const generative = '# Imagine\n\nImagine is a generative AI app: image generation from your prompts.'
    expect(names(await tagsFor(ai, { readme: generative }))).toContain('generative-ai')
    // Alone, the alias still reaches the entry: a list with no git tag reads GitHub by git's words.
    expect(
      names(await tagsFor(list('["github", "css"]'), { readme: '# Sweeper\n\nSweeper deletes merged git branches.' }))
    ).toEqual(['github'])
    // Its own name still counts in full: the entry weighs "css framework" strongly, so does the tag.
    const framework = await tagsFor(tags, { readme: '# Breeze\n\nBreeze is a utility-first CSS framework.' }, WIDE)
    expect(names(framework)).toContain('css-framework')
    expect(framework.find(t => t.name === 'css-framework')?.evidence[0]?.from).toBe('name')
  })

  it('knows libgit2, GitHub Actions, password hashing and random IDs; webhooks and variables are no bots or templates', async () => {
    const tags = list(
      '["Version Control", "Continuous Integration", "Security", "UUID", "Bot Building", "Template Engines", "Configuration"]'
    )
    const first = firstTagOf(tags)
    expect(await first('# gitpeek\n\nRead-only bindings to libgit2 for walking commits.')).toBe('Version Control')
    expect(await first('# lint-step\n\nA GitHub Action that lints every pull request.')).toBe('Continuous Integration')
    expect(await first('# hashpass\n\nPassword hashing with Argon2 and bcrypt, with safe defaults.')).toBe('Security')
    expect(await first('# shortid\n\nShortid makes random IDs that sort by time.')).toBe('UUID')
    const hooks = await tagsFor(tags, {
      readme: '# envload\n\nLoads configuration from variables in your environment and from webhook payloads.'
    })
    expect(names(hooks)).toEqual(['Configuration'])
  })

  it('knows recommenders and language detection as AI, supply chains as security, file sync as storage', async () => {
    const tags = list('["ai", "security", "storage", "blockchain", "language", "best-practices", "finance"]')
    const first = firstTagOf(tags)
    expect(await first('# Suggest\n\nSuggest is a recommender system built on collaborative filtering.')).toBe('ai')
    expect(await first('# Lingo\n\nLingo does language detection for short texts, offline.')).toBe('ai')
    expect(await first('# Attest\n\nAttest protects the integrity of your software supply chain.')).toBe('security')
    expect(await first('# Mirror\n\nMirror is a file synchronization program for your devices.')).toBe('storage')
    // A port of a project and the way a project was made are not what it is.
    const port = await tagsFor(tags, {
      readme: '# chainkit-rs\n\nThe Rust language implementation of chainkit, for AI agents.'
    })
    expect(names(port)).not.toContain('language')
    const budget = await tagsFor(tags, {
      readme: '# Pennies\n\nPennies is a personal finance manager for budgets and expenses, built upon best practices.'
    })
    expect(names(budget)).toEqual(['finance'])
  })

  it('knows ML engineering, neural networks, pentest tools, UI views, key-value storage, Svelte and JavaFX', async () => {
    const tags = list('["ai", "security", "networking", "database", "ui", "frontend", "gui", "linter", "cli"]')
    const first = firstTagOf(tags)
    expect(await first('# Tuna\n\nTuna is a hyper parameters tuning service for black box optimization.')).toBe('ai')
    expect(await first('# Scan\n\nScan wraps Metasploit and Nmap for your lab.')).toBe('security')
    expect(await first('# Shelf\n\nShelf is a fast key-value storage library.')).toBe('database')
    expect(await first('# Tiles\n\nA staggered grid view with rows of varying sizes.')).toBe('ui')
    expect(await first('# Kit\n\nKit brings Bootstrap to your Svelte and Preact apps.')).toBe('frontend')
    expect(await first('# fx\n\nA Clojure library for JavaFX: build windows from data.')).toBe('gui')
    expect(await first('# pretty-toml\n\nA Prettier plugin for TOML files.')).toBe('linter')
    // "Acid" alone is no ACID transactions.
    const acid = await tagsFor(list('["database", "video"]'), {
      readme: '# Acid Cam\n\nAcid Cam distorts video from your webcam with acid trip effects, frame by frame.'
    })
    expect(names(acid)).toEqual(['video'])
    // DevSecOps is security in the delivery pipeline: a scanner of infrastructure code is one.
    const scanner = await tagsFor(list('["DevSecOps", "Clipboard Managers", "Green Software"]'), {
      readme: '# Tfscan\n\nTfscan is a static analysis tool that finds misconfigurations in infrastructure as code.'
    })
    expect(names(scanner)).toEqual(['DevSecOps'])
    // Networks of neurons are no computer networks.
    const nets = await tagsFor(tags, {
      readme: '# Nets\n\nNets trains back propagation networks and Hopfield networks on the GPU.'
    })
    expect(names(nets)).toEqual(['ai'])
  })

  it("reads a narrower name with a topic of its own by the broader entry's strongest words, when no other tag has them", async () => {
    const readme = '# Checkout\n\nCheckout is an end-to-end testing framework for web apps.'
    const alone = await tagsFor(list('["Test automation", "Clipboard history tools", "Browser games"]'), { readme })
    expect(names(alone)).toEqual(['Test automation'])
    // Beside the broader tag, or another tag of that entry, those words tell nothing apart.
    const beside = await tagsFor(list('["Testing", "Test automation"]'), { readme }, CLEAR_ONLY)
    expect(names(beside)).toEqual(['Testing'])
    const narrower = await tagsFor(list('["Integration testing", "Test automation"]'), { readme }, CLEAR_ONLY)
    expect(names(narrower)).toEqual([])
  })

  it('reads "Minecraft modding" as Minecraft, modded or not: a trailing activity word qualifies, never gates', async () => {
    const tags = list('["Minecraft modding", "Browser games", "Clipboard history tools"]')
    const server = await tagsFor(tags, {
      readme: '# Blockhaus\n\nBlockhaus is a Minecraft-compatible server written in C++.'
    })
    expect(names(server)[0]).toBe('Minecraft modding')
  })

  it('knows PHPStan and automated code review as static analysis, an HTML parser as scraping', async () => {
    const tags = list('["Static Analysis", "Scraping", "Testing"]')
    const first = firstTagOf(tags)
    expect(await first('# Stanley\n\nStanley wraps PHPStan for your framework.')).toBe('Static Analysis')
    expect(await first('# Rever\n\nRever does automated code reviews of every commit.')).toBe('Static Analysis')
    expect(await first('# Sieve\n\nSieve is a simple and fast HTML parser.')).toBe('Scraping')
    const games = list('["Game Engines", "Text editors", "Load testing"]')
    expect(
      (await tagsFor(games, { readme: '# Forge\n\n*Extensible and cooperative. For indie game makers.*' }))[0]?.name
    ).toBe('Game Engines')
  })

  it('knows a console emulator as a terminal and a Slack client as chat', async () => {
    const tags = list('["gui", "terminal", "cli", "chat"]')
    const tabs = await tagsFor(tags, { readme: '# Tabs\n\nTabs is a Windows console emulator with tabs and splits.' })
    expect(names(tabs)[0]).toBe('terminal')
    const slackr = await tagsFor(tags, { readme: '# Slackr\n\nA simple Slack client for your command line.' })
    expect(names(slackr)).toContain('chat')
  })

  it('reads "alternative to" as what a list of replacements or alternatives is about', async () => {
    const tags = list('["Next-Generation CLI Replacements", "AI Coding Agents", "Music"]')
    const fnd = await tagsFor(tags, {
      readme: '# fnd\n\nfnd is a simple, fast and user-friendly command-line alternative to find.'
    })
    expect(names(fnd)[0]).toBe('Next-Generation CLI Replacements')
    const others = list('["Open source alternatives", "AI Coding Agents", "Music"]')
    const board = await tagsFor(others, { readme: '# Boardly\n\nBoardly is a self-hosted alternative to Trello.' })
    expect(names(board)[0]).toBe('Open source alternatives')
  })

  it('knows in-app purchases as payments, strings files as localization, formatting conventions as code quality', async () => {
    const tags = list('["Payments", "Localization", "Code Quality", "Files"]')
    const first = firstTagOf(tags)
    expect(await first('# Tipjar\n\nTipjar wraps StoreKit: in-app purchases and restores in a few lines.')).toBe(
      'Payments'
    )
    expect(await first('# Stringcheck\n\nStringcheck validates the Localizable.strings files of your app.')).toBe(
      'Localization'
    )
    expect(await first('# Tidy\n\nTidy applies your formatting conventions to every file before you commit.')).toBe(
      'Code Quality'
    )
  })

  it('reads a time tracker that records your day as time tracking, not DNS; wikis by their words', async () => {
    const tags = list(
      JSON.stringify([
        { name: 'DNS', description: 'DNS servers and management tools with ad blocking functionality.' },
        { name: 'Pastebins', description: 'Services for sharing and storing code and text.' },
        { name: 'Time Tracking' },
        { name: 'Wikis' }
      ])
    )
    const first = firstTagOf(tags)
    expect(
      await first('# Clockwise\n\nClockwise records what you do: an automatic time tracker with useful functionality.')
    ).toBe('Time Tracking')
    expect(await first('# Leafbook\n\nLeafbook is a wiki engine for your team: pages, search and history.')).toBe(
      'Wikis'
    )
  })

  it('knows NLP in either word order and by language detection, and zlib as compression', async () => {
    const tags = list('["Natural language processing", "Compression", "Command-line utilities"]')
    const first = firstTagOf(tags)
    expect(await first('# wordsmith\n\nPlug-ins for processing natural language.')).toBe('Natural language processing')
    expect(await first('# lingo\n\nLanguage detection for short texts, in 120 languages.')).toBe(
      'Natural language processing'
    )
    expect(await first('# squash\n\nA zlib port to JavaScript.')).toBe('Compression')
  })

  it('weighs a tag named by an everyday word below one named by a specialist word', async () => {
    // "Reason" and "Zig" both name languages; only one is an everyday word.
    const tags = list('["reason", "zig"]')
    const readme = '# Fold\n\nFold is a zig library. For two reasons, it allocates nothing.'
    const result = await tagsFor(tags, { readme }, WIDE)
    expect(names(result)[0]).toBe('zig')
    expect(result.find(t => t.name === 'reason')?.score ?? 0).toBeLessThan(0.5)
  })

  it('gives description stop-words and everyday prose no evidence', async () => {
    // Every word of this description is a stop-word or everyday English: it must match nothing.
    const tags = list(
      JSON.stringify([
        { name: 'Zorblax', description: 'Some great things that can help you get more done, if you want to have fun.' }
      ])
    )
    const readme =
      '# Helper\n\nHelper can help you get more done. Some people want to have fun with great things, and you can too.'
    expect(await tagsFor(tags, { readme }, WIDE)).toEqual([])
    expect(idf('can')).toBe(0)
    // Nor do the verbs of a curated list's section intros ("Libraries that implement …").
    const intro = list(JSON.stringify([{ name: 'Zorblax', description: 'Libraries that implement and support it.' }]))
    const implementer = '# Impl\n\nImpl implements the spec and supports every option it lists.'
    expect(await tagsFor(intro, { readme: implementer }, WIDE)).toEqual([])
    // Nor those of a catch-all section.
    const misc = list(JSON.stringify([{ name: 'Zorblax', description: 'Libs that fit none of the other categories.' }]))
    const libs = '# Kit\n\nKit bundles small libs. None of them fit the categories of other kits.'
    expect(await tagsFor(misc, { readme: libs }, WIDE)).toEqual([])
    expect(idf('clipboard')).toBeGreaterThan(idf('database'))
  })

  it("does not expand a description's everyday word into the topic it is a byword of: data stores are no shops", async () => {
    // "stores" is also a byword of e-commerce; in this description it means data stores.
    const tags = list(
      JSON.stringify([{ name: 'Tag 1', description: 'NoSQL databases: document, key-value and graph stores.' }])
    )
    const readme =
      '# Shoply\n\nShoply is an e-commerce platform: product catalog, shopping cart, checkout and payments for your online shop.'
    const result = await tagsFor(tags, { readme }, WIDE)
    expect(result.find(t => t.name === 'Tag 1')?.score ?? 0).toBeLessThan(0.3)
  })

  it("weighs a description's everyday byword as a hint, unless the description names its topic again", async () => {
    const tags = list(
      JSON.stringify([
        { name: 'Tag 1', description: 'NoSQL databases: document, key-value and graph stores.' },
        { name: 'Tag 2', description: 'Books, tutorials and courses for learning a technology.' }
      ])
    )
    // A shop's store is no data store, however often the README says it.
    const shop = await tagsFor(
      tags,
      {
        readme: '# Stall\n\nStall runs your store: store pages, store themes and a store dashboard for the store owner.'
      },
      CLEAR_ONLY
    )
    expect(names(shop)).toEqual([])
    // "books" is everyday too, but beside tutorials and courses it means learning material.
    const book = await tagsFor(tags, {
      readme:
        '# Little Rust\n\nA free book on Rust. The book is for beginners; each chapter of the book ends with a quiz.'
    })
    expect(names(book)).toEqual(['Tag 2'])
  })

  it("takes no evidence from a description's kind of package or its broadest topics: every README is code in a library", async () => {
    const classifier = createOfflineClassifier(
      list(
        JSON.stringify([
          { name: 'Zorblax', description: 'Libraries for working with markup and CSS formats.' },
          {
            name: 'Quibble',
            description: 'Libraries related to design patterns, programming approaches and ways to organize code.'
          }
        ])
      )
    )
    const helpers = { readme: '# Foo\n\nFoo is a library of code helpers for your programs. The library is small.' }
    expect(await classifier.rank?.(helpers, 5)).toEqual([])
    // The description's own topic still counts.
    const patterns = { readme: '# Bar\n\nBar implements the design patterns of the Gang of Four.' }
    expect((await classifier.rank?.(patterns, 5))?.map(t => t.name)).toEqual(['Quibble'])
  })

  it('reads a coined name by its known first part only: Warcraft is no raft, Sailfish no fish shell', async () => {
    const classifier = createOfflineClassifier(list('["Sailfish", "Warcraft", "Databases"]'))
    const fish = { readme: '# fishy\n\nA plugin manager for the fish shell, with themes and completions.' }
    const raft = { readme: '# raftd\n\nAn implementation of the Raft consensus algorithm for replicated logs.' }
    expect(await classifier.rank?.(fish, 5)).toEqual([])
    expect(await classifier.rank?.(raft, 5)).toEqual([])
    // A known first part still says what a coinage is about: "MLOps" is machine learning.
    const mlops = createOfflineClassifier(list('["MLOps", "Databases"]'))
    const readme = '# trainer\n\nTrain and serve machine learning models with experiment tracking.'
    expect((await mlops.classify({ readme }, { maxTags: 3 })).tags[0]?.name).toBe('MLOps')
  })

  it('reads no evidence in the letters of "e.g." or "i.e." in a description', async () => {
    const classifier = createOfflineClassifier(
      list(
        JSON.stringify([
          { name: 'Zorblax', description: 'Mail servers you deploy in one step, e.g. for impatient admins.' }
        ])
      )
    )
    const readme = '# Foo\n\nFoo is a small helper, e.g. for your scripts, i.e. for shells. E.g. it runs.'
    expect(await classifier.rank?.({ readme }, 5)).toEqual([])
  })

  it('weighs a word a description names in the plural as its commoner singular: "libraries" is no rare word', async () => {
    // "libraries" is rarer among READMEs than "library", but the profile matches both forms.
    const tags = list(
      JSON.stringify([
        { name: 'Tag 1', description: 'Tools and libraries for Amazon Web Services: S3, Lambda and EC2.' },
        { name: 'Tag 2', description: 'Calendars, date arithmetic and time zones.' }
      ])
    )
    const readme =
      '# Datum\n\nDatum is a small library for date arithmetic across time zones. The library has no dependencies; ' +
      'use the library from any runtime.'
    const result = await tagsFor(tags, { readme }, WIDE)
    expect(names(result)[0]).toBe('Tag 2')
    expect(result.find(t => t.name === 'Tag 1')?.score ?? 0).toBeLessThan(0.5)
  })
  it('reaches the lexicon through plural and multi-word names: head and modifiers', () => {
    expect(nameConcepts('PHP Frameworks').map(c => [c.words, c.entry?.key, c.head])).toEqual([
      ['php', 'php', false],
      ['frameworks', 'framework', true]
    ])
    const checker = nameConcepts('Code Quality Checker Tools For PHP Projects')
    expect(checker.find(c => c.head)?.entry?.key).toBe('linter')
    expect(checker.map(c => c.entry?.key)).toContain('php')
    // "tools" and "projects" name a collection, not a topic.
    expect(checker.map(c => c.words)).not.toContain('tools')
  })

  it('reads display names as people write them: fixed phrases, package kinds, coordinations', () => {
    const head = (name: string) => nameConcepts(name).find(c => c.head)?.entry?.key
    expect(head('Internet of Things')).toBe('iot')
    expect(head('Operating Systems')).toBe('os')
    expect(head('Programming Languages')).toBe('language')
    // "Libraries" is the form the code takes; caching is the topic.
    expect(nameConcepts('Caching Libraries').map(c => c.entry?.key)).toEqual(['cache'])
    // So are the words of a collection: essentials, examples and demos of a topic are about the topic.
    expect(nameConcepts('Design Essentials').map(c => c.entry?.key)).toEqual(['design'])
    expect(nameConcepts('Redis Examples').map(c => c.entry?.key)).toEqual(['redis'])
    expect(nameConcepts('CSS Toolkits').map(c => c.entry?.key)).toEqual(['css'])
    // Firefox calls its extensions add-ons.
    expect(head('Browser Add-ons for GitHub')).toBe('browser-extension')
    // The head comes last: "react component" is a React phrase, but these are component libraries, for React.
    expect(nameConcepts('React Component Libraries').map(c => [c.entry?.key, c.head])).toEqual([
      ['react', false],
      ['ui', true]
    ])
    // A defining phrase of one lexicon entry reaches it: "search engine" is what the search entry is about.
    expect(head('Search Engines')).toBe('search')
    // Two names of one concept are one concept; "X and Y" are both heads, neither a modifier.
    expect(nameConcepts('Login and Authentication').map(c => c.entry?.key)).toEqual(['authentication'])
    expect(nameConcepts('Bitcoin and Kubernetes').every(c => c.head)).toBe(true)
  })

  it('reaches what the lexicon knows from more section names, and reads no kind of package inside a coined word', () => {
    const key = (name: string) => nameConcepts(name).find(c => c.head)?.entry?.key
    expect(key('Load Balancers')).toBe('proxy')
    expect(key('Window Management')).toBe('window-manager')
    expect(key('Fuzzy Finders')).toBe('search')
    expect(key('Location')).toBe('maps')
    expect(key('Signal Processing')).toBe('signal-processing')
    expect(key('Middlewares')).toBe('middleware')
    expect(key('Web Browsers')).toBe('web-browser')
    expect(key('Foreign Function Interfaces')).toBe('ffi')
    expect(key('Office')).toBe('office-documents')
    expect(key('Haptic Feedback')).toBe('haptics')
    expect(key('Actor Model')).toBe('distributed-systems')
    expect(key('Passwords')).toBe('authentication')
    // Known as a whole, so that the last word alone says nothing: a key-value store is no shop.
    expect(key('Key Value Store')).toBe('nosql')
    expect(key('Phone Numbers')).toBe('sms')
    // A known gerund in a pair is a concept of its own, not an activity on the other word.
    expect(nameConcepts('Caching and Locking').map(c => c.entry?.key)).toContain('cache')
    // A leading gerund with no object after it is the concept itself.
    expect(nameConcepts('Modding Tools').map(c => [c.words, c.head])).toEqual([['modding', true]])
    // "reactive" is a word of its own, not React + "ive".
    expect(nameConcepts('Reactive').some(c => c.entry?.key === 'react')).toBe(false)
    // "tooltip" is no tool + tip: a kind of package is no first part of a compound; nor is a short word
    // before a rest that is no trade word ("macros" is no Mac), while "webmail" is still web + mail.
    expect(nameConcepts('Tooltip').some(c => c.entry || c.topic)).toBe(false)
    expect(nameConcepts('Macros').some(c => c.entry || c.topic)).toBe(false)
    expect(nameConcepts('Webmail').some(c => c.topic?.topic === 'web')).toBe(true)
    // Data mapping is no cartography; a builder of CLIs is no build system.
    expect(nameConcepts('Bean Mapping').some(c => c.entry?.key === 'maps')).toBe(false)
    expect(nameConcepts('API Builder').some(c => c.entry?.key === 'build-system')).toBe(false)
  })

  it('reads an acronym a name defines, and the shared word of an elliptical pair', async () => {
    const concepts = (name: string) => nameConcepts(name).map(c => [c.words, c.head])
    // The spelled-out words are one term, not three modifiers ("capture" would find screen capture tools).
    expect(concepts('Quantum Widget Frobnicators (QWF) and Cyber Security Resources')).toEqual([
      ['quantum widget frobnicators', true],
      ['cyber security', true]
    ])
    expect(concepts('Capture The Flag (CTF) and Cyber Security Resources')[0]).toEqual(['capture the flag', true])
    expect(nameConcepts('Capture The Flag (CTF)')[0]?.abbreviation).toBe('ctf')
    // Only a run whose initials spell it: "(beta)" defines nothing.
    expect(nameConcepts('Chat Bots (beta)').some(c => c.abbreviation)).toBe(false)
    // "Machine and Deep Learning" is machine learning and deep learning; "machine" alone is nothing.
    expect(nameConcepts('Machine and Deep Learning').map(c => c.words)).toEqual(['machine learning', 'deep learning'])
    expect(concepts('Static and Dynamic Analysis')).toEqual([
      ['static analysis', true],
      ['dynamic analysis', true]
    ])
    // A completion nothing knows is no completion: "fast" stays a word of its own.
    expect(nameConcepts('Fast and Secure Web Servers').map(c => c.words)).not.toContain('fast web servers')

    const tags = list('["Capture The Flag (CTF) and Cyber Security Resources", "Screen Recorders"]')
    // Neither readme says "security": the acronym alone, or the words it spells, name the tag.
    for (const readme of [
      '# flagkit\n\nA CTF framework for writing challenges.',
      '# flagkit\n\nRun capture the flag games.'
    ])
      expect((await tagsFor(tags, { readme })).map(t => t.name)).toEqual([
        'Capture The Flag (CTF) and Cyber Security Resources'
      ])
  })

  it('reads a last word for what is done to a thing as qualifying it, not gating it', async () => {
    // "Calendar Processing" is about calendars: the head, with "processing" no modifier a README must say.
    expect(nameConcepts('Calendar Processing').map(c => [c.words, c.head, c.activity === true])).toEqual([
      ['calendar', true, false],
      ['processing', false, true]
    ])
    expect(nameConcepts('HTML Manipulation').find(c => c.head)?.words).toBe('html')
    const tags = list('["Calendar Processing", "Image Processing"]')
    const readme = '# weekday\n\nCounts working days between two dates in any time zone, skipping public holidays.'
    expect(names(await tagsFor(tags, { readme }, CLEAR_ONLY))).toEqual(['Calendar Processing'])
    const html = list(
      '[{"name": "HTML Manipulation", "description": "Libraries for working with HTML and XML."}, "Email"]'
    )
    const parser = '# Tagsoup\n\nTagsoup is a pure-Python library for parsing HTML as browsers do.'
    expect(names(await tagsFor(html, { readme: parser }, CLEAR_ONLY))).toEqual(['HTML Manipulation'])
  })

  it('reads an umbrella topic with its members: a Docker image builder is a DevOps tool', async () => {
    const tags = list('["DevOps tools", "Text editors"]')
    const readme = '# shipyard\n\nBuilds Docker images from a Dockerfile and pushes them to your registry.'
    expect((await tagsFor(tags, { readme })).map(t => t.name)).toEqual(['DevOps tools'])
    // A member's words are clear evidence, not strong: the umbrella's own words still say most.
    const phrases = buildProfile(tags[0]!).facets[0]!.phrases
    expect(phrases.get('dockerfile')?.weight).toBe(2)
    expect(phrases.get('devops')?.weight).toBe(3)
  })

  it("weighs a name the lexicon knows by an alias as the user's own word: 'Passwords' is more than a hint of authentication", async () => {
    const tags = list('["Passwords", "Filtering, Sanitizing and Validation", "Date and Time"]')
    const readme = '# strengthy\n\nStrengthy is a password strength estimator using pattern matching and entropy.'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['Passwords'])
    // A name READMEs use everywhere stays as the lexicon weighs it: "files" is no clear sign of "Files".
    const files = list('["Files", "Caching"]')
    const cache = '# memo\n\nMemo is a memcached client: it caches values and reads config files.'
    expect(names(await tagsFor(files, { readme: cache }))).toEqual(['Caching'])
  })

  it('files a client SDK by the service it serves: "sdk" is a form, scored below a tag of what the project does', async () => {
    const tags = list('["sdk", "monitoring", "lib", "database"]')
    const readme =
      '# raven-lite\n\nRaven-lite is the Python SDK for Sentry, an error tracking, application monitoring and crash reporting service.'
    expect(names(await tagsFor(tags, { readme }))[0]).toBe('monitoring')
  })

  it('takes a crypto crate for no blockchain project: "crypto" alone is cryptography as often as coins', async () => {
    const tags = list('["blockchain", "security", "lib", "algorithm"]')
    const readme = '# rcrypto\n\nA pure-Rust crypto crate: crypto primitives for your crypto needs.'
    expect(names(await tagsFor(tags, { readme }))).not.toContain('blockchain')
    const coins = '# coinly\n\nCoinly is a crypto wallet for Bitcoin and Ethereum.'
    expect(names(await tagsFor(tags, { readme: coins }))[0]).toBe('blockchain')
  })

  it('knows shell prompts and their themes as terminal customisation, and reads RSS as no sign of a blog', async () => {
    const seedLike = list('["terminal", "blog", "cli", "web-app"]')
    const prompt =
      '# git-prompt.sh\n\nA bash prompt that shows the branch and status of the git repository you are in. Read my blog post about it.'
    expect(names(await tagsFor(seedLike, { readme: prompt }))).toEqual(['terminal'])
    // A feed reader reads what blogs publish: "RSS" alone is at most a hint of a blog.
    const reader =
      '# Feedlet\n\nFeedlet is a simple, fast and nice looking RSS reader.\n\n## Features\n\nSubscribe to RSS and Atom feeds, read articles, star them.'
    const ranked = await createOfflineClassifier(seedLike).rank!({ readme: reader }, 4)
    expect(ranked.find(t => t.name === 'blog')?.score ?? 0).toBeLessThan(0.6)
  })

  it('reads the head of a name GitHub knows as a topic by its own words where only an alias ties it to an entry', () => {
    // "Fantasy Consoles" are game machines: the consoles of the terminal entry's alias are another thing.
    const [fantasy] = list('["Fantasy Consoles", "Text editors"]')
    const phrases = new Set(buildProfile(fantasy!).facets.flatMap(facet => [...facet.phrases.keys()]))
    expect(phrases.has('fantasy console')).toBe(true)
    expect(phrases.has('terminal emulator')).toBe(false)
    expect(phrases.has('bash prompt')).toBe(false)
  })

  it('knows cloud computing as a topic, with AWS among its members: an AWS library is cloud infrastructure', async () => {
    const tags = list(
      JSON.stringify([
        {
          name: 'Cloud Infrastructure and Management',
          description: 'Applications, tools and libraries for your own cloud service.'
        },
        { name: 'Configuration', description: 'Libraries and tools working with configurations' },
        { name: 'Date and Time' }
      ])
    )
    const readme =
      '# skyward: AWS APIs library for Erlang\n\nService APIs implemented: Amazon EC2, S3, SQS and DynamoDB. Read the configuration section first.'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['Cloud Infrastructure and Management'])
  })

  it('knows what a release tool does: bumping versions and generating changelogs is release management', async () => {
    const tags = list(
      JSON.stringify([
        { name: 'Release Management', description: 'Libraries and tools for release management.' },
        { name: 'Markdown' },
        { name: 'Build Tools', description: 'Project build and automation tools.' }
      ])
    )
    const readme =
      '# bumpy\n\nBumpy bumps the version in your project file, tags the commit and generates a changelog from git commits in CHANGELOG.md.'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['Release Management'])
    // "Follows semantic versioning" is what any README says of itself: no release tool.
    const other = '# tidy\n\nTidy formats Markdown tables. This project follows semantic versioning.'
    expect(names(await tagsFor(tags, { readme: other }))).not.toContain('Release Management')
  })

  it('reads security as the umbrella of authentication and secrets: a password manager is a security tool', async () => {
    const tags = list('["security", "web-app", "database"]')
    const readme =
      '# Vaulty\n\nVaulty is a password manager for teams: a self-hosted vault for shared credentials, with a browser extension.'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['security'])
  })

  it('reads databases as the umbrella of NoSQL stores: a Cassandra client is a database driver', async () => {
    const readme =
      '# Cask\n\nA Ruby client for Apache Cassandra, with prepared statements and token-aware load balancing.'
    expect(names(await tagsFor(list('["Database Drivers", "ORM/ODM", "Email"]'), { readme }))).toEqual([
      'Database Drivers'
    ])
    // Beside its own tag, the member keeps its words first.
    expect(names(await tagsFor(list('["database", "nosql", "cache"]'), { readme }))[0]).toBe('nosql')
  })

  it('knows inter-process communication, multimedia and more of mathematics', async () => {
    const tags = list(
      JSON.stringify(['Inter-process communication', 'Multimedia', 'Math', 'Database', 'Logging', 'Compression'])
    )
    const first = firstTagOf(tags)
    expect(await first('# Wire\n\nWire is a remote procedure call framework: define services, generate stubs.')).toBe(
      'Inter-process communication'
    )
    expect(
      await first('# Reel\n\nReel is a multimedia library: it decodes audio and video from common container formats.')
    ).toBe('Multimedia')
    expect(await first('# Tangent\n\nTangent is a header-only automatic differentiation library for C++.')).toBe('Math')
  })

  it('reads graphics as drawing and rendering, not picture editing, and knows a static analyzer', async () => {
    const tags = list(JSON.stringify(['Graphics', 'Game Engine', 'Static Code Analysis', 'Audio', 'Image Processing']))
    const first = firstTagOf(tags)
    expect(
      await first('# Prism\n\nPrism is a cross-platform rendering library over Vulkan, Direct3D and OpenGL.')
    ).toBe('Graphics')
    expect(await first('# Crop\n\nCrop resizes and crops JPEG and PNG photos in bulk.')).toBe('Image Processing')
    expect(
      await first('# Vet\n\nVet is a sound static analyzer for C programs, based on abstract interpretation.')
    ).toBe('Static Code Analysis')
  })

  it("keeps a name's own words as the tag's evidence where its head's topic has them too", async () => {
    // The topics data knows "puzzle-game"; the lexicon's games entry has "puzzle game" as well.
    const tags = list('["Puzzle Games", "Text editors"]')
    const readme =
      '# Blockfall\n\nBlockfall is a falling-block puzzle game for the terminal: clear lines, beat your high score.'
    const found = await tagsFor(tags, { readme })
    expect(found.map(t => t.name)).toEqual(['Puzzle Games'])
    expect(found[0]!.score).toBeGreaterThan(0.7)
  })

  it('puts first, of two tags with equal evidence, the one the README names outright', async () => {
    const readme = '# Zorp\n\nZorp is a VPN for small offices.'
    // The lexicon's networking topic counts "vpn" as strongly as the vpn tag itself: list order used to decide.
    expect((await tagsFor(list('["network", "vpn"]'), { readme })).map(t => t.name)[0]).toBe('vpn')
    expect((await tagsFor(list('["vpn", "network"]'), { readme })).map(t => t.name)[0]).toBe('vpn')
  })

  it("counts a tag's own name at least as strongly as the knowledge that gives it to a broader tag", async () => {
    // The lexicon counts "Cassandra" strongly for nosql; the tag named Cassandra weighed its own name a little less.
    const readme = '# Zorp\n\nZorp is a Cassandra backup tool.'
    const found = await tagsFor(list('["nosql", "cassandra"]'), { readme })
    expect(found.map(t => t.name)).toEqual(['cassandra', 'nosql'])
    expect(found[0]!.score).toBe(found[1]!.score)
    const jekyll = await tagsFor(list('["Static Site Generators", "Jekyll"]'), {
      readme: '# Zorp\n\nZorp is a theme for Jekyll.'
    })
    expect(jekyll.map(t => t.name)[0]).toBe('Jekyll')
  })

  it("gives a longer phrase from the topics data at least the weight of the tag's phrase inside it", async () => {
    // The topics data gives "machine learning library" a lower weight than "machine learning", and the longer
    // phrase hides the shorter one where both match: the library read as less machine learning than a toolkit.
    const classifier = createOfflineClassifier(list('["machine-learning", "time-series", "database"]'))
    const scoreOf = async (readme: string) =>
      (await classifier.rank?.({ readme }, 3))?.find(t => t.name === 'machine-learning')?.score ?? 0
    const library = await scoreOf('# Zorp\n\nZorp is a machine learning library for time series forecasting.')
    const toolkit = await scoreOf('# Zorp\n\nZorp is a machine learning toolkit for time series forecasting.')
    expect(toolkit).toBeGreaterThan(0.7)
    expect(library).toBe(toolkit)
  })

  it('tells apart tags that reach one topic through its aliases by the phrases that name each', async () => {
    // Both are aliases of the lexicon's mobile apps: their knowledge is the same but for their names.
    const tags = list('["android", "ios"]')
    const named = async (readme: string) => (await tagsFor(tags, { readme })).map(t => t.name)
    expect(await named('# Zorp\n\nZorp is an iOS app for tracking your runs.')).toEqual(['ios'])
    expect(await named('# Zorp\n\nZorp is an Android app for tracking your runs.')).toEqual(['android'])
    // A phrase that names a tag itself stays its own, whatever twin it also names (singular and plural here).
    const bots = list('["discord-bot", "discord-bots"]')
    const readme = '# Zorp\n\nZorp is a Discord bot for moderating servers.'
    expect((await tagsFor(bots, { readme })).map(t => t.name)).toContain('discord-bots')
  })

  it('reads a debugger as a developer tool where the list has no tag of its own for debuggers', async () => {
    const tags = list('["dev-tool", "logging", "database"]')
    const readme = '# Tracehound\n\nSet breakpoints, step through your code and inspect call stacks from the terminal.'
    expect((await tagsFor(tags, { readme })).map(t => t.name)).toEqual(['dev-tool'])
  })

  it('files a tool for a front-end framework or React by what it does, not also under the framework', async () => {
    const tags = list('["frontend", "linter", "testing"]')
    // The framework is where the tool works, as AWS or a command line is: it keeps less of its evidence.
    const readme =
      '# vue-spec\n\nUnit testing helpers for Vue components: mount Vue components and assert on what they render.'
    expect((await tagsFor(tags, { readme })).map(t => t.name)).toEqual(['testing'])
    // A front-end framework itself is still one.
    const framework =
      '# Blink\n\nBlink is a front-end framework for single page applications with two-way data binding.'
    expect((await tagsFor(tags, { readme: framework })).map(t => t.name)).toEqual(['frontend'])
    // So is React: an HTTP client for React apps is an HTTP client first.
    const react = list('["react", "http-client", "logging"]')
    const client =
      '# fetchy-react\n\nAn HTTP client for React apps: fetch JSON from REST APIs inside your React components.'
    expect((await tagsFor(react, { readme: client })).map(t => t.name)[0]).toBe('http-client')
  })

  it('knows the protocols and words of network tools: ICMP, ARP, traceroute, subnets', async () => {
    const tags = list('["networking", "http", "monitoring"]')
    const readme = '# pinger\n\npinger sends ICMP echo requests to many hosts at once and prints which hosts are up.'
    expect((await tagsFor(tags, { readme })).map(t => t.name)[0]).toBe('networking')
  })

  it('does not read a mailing list for questions as evidence of email, but a mailing list manager is', async () => {
    const tags = list('["email", "cli", "backup"]')
    const readme =
      '# Snapkeep\n\nSnapkeep copies your files every night.\n\nQuestions and patches go to the mailing list.'
    expect((await tagsFor(tags, { readme })).map(t => t.name)).not.toContain('email')
    const manager = '# Listbox\n\nListbox is a mailing list manager: subscriptions, digests and archives.'
    expect((await tagsFor(tags, { readme: manager })).map(t => t.name)).toEqual(['email'])
  })

  // General knowledge found with READMEs written for the purpose: each phrase makes its tag the first.
  const described = JSON.stringify([
    { name: 'Password Managers', description: 'Keep your passwords safe and synced.' },
    { name: 'Terminal File Managers', description: 'Browse and move files from the command line.' },
    { name: 'Home Automation', description: 'Control the appliances of your house.' },
    { name: 'Feature Flags', description: 'Turn features on and off at runtime.' },
    { name: 'Podcast Apps', description: 'Subscribe to and listen to shows.' }
  ])
  const ops = '["iac", "security", "monitoring", "networking", "server", "blog", "yaml", "cli"]'
  const dev = '["benchmark", "best-practices", "declarative-gui", "search", "cache", "linter", "real-time", "bundler"]'
  const mixed = '["yaml", "algorithm", "lib", "compiler", "ai", "workflow", "monitoring", "security", "http-client"]'
  const kinds = JSON.stringify([
    { name: 'Data Visualization', description: 'Libraries for charts and graphs.' },
    { name: 'Image Editors', description: 'Edit, retouch and paint pictures.' },
    { name: 'Diagram Tools', description: 'Draw flowcharts and UML.' },
    { name: 'Code Formatters', description: 'Rewrite source code into a consistent style.' }
  ])
  const media = '["editor", "video", "3d", "desktop-app"]'
  const web = '["http", "web-server", "frontend", "cli"]'
  const bots = JSON.stringify([{ name: 'Discord Bots' }, { name: 'Telegram Bots' }, { name: 'Slack Apps' }])
  const joined = JSON.stringify([
    { name: 'Compilers & Interpreters', description: 'Implementations of programming languages.' },
    { name: 'Testing & QA', description: 'Keep the quality of software high.' },
    { name: 'Social Networks', description: 'Places to share posts with friends.' },
    { name: 'Scientific Computing', description: 'Libraries for research.' },
    { name: 'Bioinformatics', description: 'Software for biological data.' },
    { name: 'Music Production', description: 'Make and mix music.' },
    { name: 'Electronics Design', description: 'Schematics and circuit boards.' },
    { name: 'Version Control', description: 'Track changes to source code.' },
    { name: 'Web Browsers', description: 'Browse the web.' },
    { name: 'API Gateways', description: 'Route and secure traffic to your APIs.' },
    { name: 'Chaos Engineering', description: 'Break things on purpose.' },
    { name: 'Code Review', description: 'Review changes faster.' }
  ])
  const care = JSON.stringify([
    { name: 'Medical Software', description: 'Software for medicine and health care.' },
    { name: 'System Monitoring', description: 'Watch the health of your machines.' },
    { name: 'Audio Tools' },
    { name: 'File Converters' }
  ])
  const trades = JSON.stringify([
    'Fuzzers',
    'Spell Checkers',
    'Init Systems',
    'Chess',
    'Linters',
    'Containers',
    'Board Games'
  ])
  const office = JSON.stringify([
    'Refactoring',
    'Document Management',
    'Polls and Events',
    'Knowledge Management Tools',
    'Linters'
  ])
  const plumbing = JSON.stringify(['Circuit Breakers', 'Keyboard Shortcuts', 'HTTP Clients'])
  const watch = JSON.stringify(['Incident Response', 'Anti-Virus', 'Anomaly Detection', 'Control Panels', 'Monitoring'])
  const python = JSON.stringify([
    { name: 'Natural Language Processing', description: 'Libraries for working with human languages.' },
    { name: 'Text Processing', description: 'Libraries for parsing and manipulating plain texts.' },
    { name: 'Security', description: 'Keep your services safe.' },
    { name: 'Networking', description: 'Libraries for network protocols.' },
    { name: 'IDEs', description: 'Integrated development environments.' },
    { name: 'Games', description: 'Play.' },
    { name: 'UI Components', description: 'Buttons, modals and menus.' },
    { name: 'AI', description: 'Machine learning and models.' },
    { name: 'E-commerce' },
    { name: 'Storage' },
    { name: 'Mobile Apps' },
    { name: 'Calendars' },
    { name: 'Third-party APIs', description: 'Libraries for accessing third party APIs.' }
  ])
  const seedLike = '["data", "database", "nosql", "chat", "video", "web-app", "lib"]'
  const goList = JSON.stringify([
    { name: 'Go Compilers', description: 'Tools for compiling Go to other languages and vice-versa.' },
    { name: 'Game Development', description: 'Game development libraries.' },
    { name: 'Video', description: 'Libraries for manipulating video.' }
  ])
  it.each([
    [goList, 'Cobol2go is transpiling COBOL programs to Go source.', 'Go Compilers'],
    [goList, 'Sdlkit wraps SDL2 for Go: windows, sprites and input.', 'Game Development'],
    [seedLike, 'Loadr extracts, transforms, and loads what your SaaS tools know into one warehouse.', 'data'],
    [seedLike, 'Lenslet is a business intelligence tool: ask questions of your data and share the answers.', 'data'],
    [seedLike, 'Spiky is a small Go client for Aerospike and ArangoDB.', 'nosql'],
    [seedLike, 'Callme is a video chat app for two, peer to peer over WebRTC.', 'chat'],
    // Chinese NLP READMEs say it in Chinese: 中文分词 is word segmentation, 自然语言处理 natural language processing.
    [python, 'Fenci 是一个中文分词组件，支持词性标注。', 'Natural Language Processing'],
    [python, 'Segmo does Chinese word segmentation with a hidden Markov model.', 'Natural Language Processing'],
    [python, 'Whichenc is a character encoding detector: hand it bytes, it names the charset.', 'Text Processing'],
    [python, "Certly renews what your web server needs from Let's Encrypt, as an ACME client.", 'Security'],
    [python, 'Ftplite is an FTP client library with passive mode and TLS.', 'Networking'],
    [python, 'Rustvs is a Visual Studio extension for Rust.', 'IDEs'],
    [python, 'Boxpush is an implementation of Sokoban with 50 levels.', 'Games'],
    // "An app for iOS" is a mobile app as "an iOS app" is.
    [python, 'Daybook is a sample calendar app for iOS that shows the events of your week.', 'Mobile Apps'],
    // A store in the browser (localStorage) is storage, not a shop.
    [python, 'Keepit is a tiny cross-browser local store with expiring keys.', 'Storage'],
    [python, 'Swarmly streams files from BitTorrent swarms, finding peers over the DHT.', 'Networking'],
    [
      python,
      'Relex pulls binary relations out of English sentences: open information extraction.',
      'Natural Language Processing'
    ],
    // A library for a vendor's API is what lists file under third-party APIs.
    [python, 'Mailbird-py is the official client library for the Mailbird API.', 'Third-party APIs'],
    // "multi-modal" is about models that read images and text, not a modal dialog.
    [python, 'Fusion builds cross-modal and multi-modal search over images and text with neural models.', 'AI'],
    [
      watch,
      'Pagerly runs your on-call rotation and writes the postmortem skeleton after each outage.',
      'Incident Response'
    ],
    [watch, 'Scanly checks uploaded files with ClamAV and YARA rules before they reach your storage.', 'Anti-Virus'],
    [watch, 'Outlierly finds outliers in your time series with an isolation forest.', 'Anomaly Detection'],
    [plumbing, 'Failsafe wraps remote calls in a bulkhead and retry policies.', 'Circuit Breakers'],
    [plumbing, 'Remapper lets you bind global hotkeys and remap keys on macOS.', 'Keyboard Shortcuts'],
    [office, 'Jscodemod rewrites your JavaScript with codemods: rename a symbol across files.', 'Refactoring'],
    [office, 'Inkbox keeps a searchable archive of scanned documents from your letters.', 'Document Management'],
    [office, 'Ballotly lets your team run questionnaires and anonymous surveys.', 'Polls and Events'],
    [office, 'Brainpile is a second brain with backlinks between your notes.', 'Knowledge Management Tools'],
    [
      trades,
      'Crashfind feeds random inputs to your parser with libFuzzer and AFL and keeps the crashing inputs.',
      'Fuzzers'
    ],
    [trades, 'Typocop finds misspelled words in your Markdown files with Hunspell dictionaries.', 'Spell Checkers'],
    [trades, 'Pawnstorm is an engine that speaks the UCI protocol and reads PGN files.', 'Chess'],
    [trades, 'Bootstrapd is a tiny replacement for systemd and OpenRC on embedded boards.', 'Init Systems'],
    [care, 'Wavescope views EEG and ECG recordings from the lab, one channel per line.', 'Medical Software'],
    // Records of anything are no evidence of medicine.
    [care, 'Uptrack keeps records of how long your machine has been up between reboots.', undefined],
    [care, 'Textify converts between Word, OpenDocument and plain text files.', 'File Converters'],
    [ops, 'Stackform keeps your servers and load balancers as code and applies each change at once.', 'iac'],
    [ops, 'Portwatch scans your hosts for open ports and weak SSH settings, as an attacker would.', 'security'],
    [ops, 'Pager checks your websites every minute and tells you by email when one goes down.', 'monitoring'],
    [dev, 'Stash keeps the results of slow calls in memory and evicts the least recently used ones.', 'cache'],
    [dev, 'Tidy finds unused variables, risky patterns and style mistakes in Ruby code.', 'linter'],
    [dev, 'Livewire pushes updates to every connected browser the moment data changes.', 'real-time'],
    // "combines" is a verb, not Apple's Combine (a hint of SwiftUI only).
    [dev, 'Packr combines your JavaScript modules and their imports into one bundle.', 'bundler'],
    [mixed, 'Moody labels the mood of short texts with a pretrained transformer model.', 'ai'],
    [mixed, 'Tick runs recurring tasks with cron syntax and tells you when one fails.', 'workflow'],
    [mixed, 'Sumcheck watches system binaries for tampering, so you notice a rootkit.', 'security'],
    [mixed, 'Fetchy is a tiny promise wrapper around XMLHttpRequest.', 'http-client'],
    [described, 'A command-line credential store: every entry in a GPG-encrypted file.', 'Password Managers'],
    [described, 'Switch your Philips Hue smart bulbs and scenes from a script.', 'Home Automation'],
    [described, 'Ship code as a dark launch and switch it on for a percentage of users.', 'Feature Flags'],
    [described, 'A podcast player that reads RSS feeds and remembers where you stopped.', 'Podcast Apps'],
    // An image editor is about images, and a video editor about video, more than about text editors.
    [kinds, 'Pixly is a layer-based painting program with brushes, filters and PSD import.', 'Image Editors'],
    [kinds, 'Cropr lets you crop, resize and adjust the colors of photos in your browser.', 'Image Editors'],
    [media, 'Cutter is a non-linear video editor for Linux with effects and transitions.', 'video'],
    [web, 'Serve-lite can serve static files from a folder over HTTP, with directory listings.', 'web-server'],
    // Two tags that reach one entry by its phrases ("discord bots", "telegram bots") leave each other's names alone.
    [bots, 'Rss2tg is a Telegram bot that sends new RSS items to your chats.', 'Telegram Bots'],
    [kinds, 'Sketchflow lets you draw boxes and arrows on an infinite canvas and export SVG.', 'Diagram Tools'],
    [kinds, 'Gofmt-plus can reformat your Go files, sort imports and indent on save.', 'Code Formatters'],
    // "&" joins two names as "and" does: a compiler is one of "Compilers & Interpreters", not only a modifier.
    [joined, 'Rustlet is a toy compiler for a subset of Rust that emits WebAssembly.', 'Compilers & Interpreters'],
    [joined, 'Toot is a server for the fediverse, so your users can follow people on Mastodon.', 'Social Networks'],
    [joined, 'Linalg has fast linear algebra, eigenvalues and sparse matrices for Julia.', 'Scientific Computing'],
    [joined, 'Seqtk-lite trims, subsamples and converts FASTA and FASTQ files.', 'Bioinformatics'],
    [joined, 'Beatbox is a step sequencer and drum machine that runs in the browser.', 'Music Production'],
    [joined, 'Gerberview shows Gerber and drill files before you send your board to the fab.', 'Electronics Design'],
    [joined, 'Hgweb serves your Mercurial repositories over HTTP with a view of the history.', 'Version Control'],
    [joined, 'Lynx-ng is a text-mode browser that renders HTML pages as plain text.', 'Web Browsers'],
    // "Gateways" has a singular ("-ys" plurals are plurals: keys, gateways, arrays).
    [joined, 'Kong-lite is a lightweight gateway for REST and gRPC APIs with plugins for quotas.', 'API Gateways'],
    [joined, 'Podkiller randomly kills pods in your cluster to prove your services survive.', 'Chaos Engineering'],
    [joined, 'Diffview is a side-by-side diff viewer for reviewing patches in the terminal.', 'Code Review']
  ])('knows the words of a kind of software: %#', async (tags, text, expected) => {
    const readme = `# ${text.split(' ')[0]}\n\n${text}`
    expect((await tagsFor(list(tags), { readme })).map(t => t.name)[0]).toBe(expected)
  })

  it('reads a plain-text README in the Debian style: "This package contains X, a …" says what X is', async () => {
    const tags = list('["database", "networking", "security", "monitoring", "filesystem"]')
    const install = '\n\nINSTALLATION\n============\n\n  ./configure\n  make\n  make install\n'
    const first = async (readme: string) => (await tagsFor(tags, { readme: readme + install })).map(t => t.name)[0]
    expect(
      await first(
        'This package contains tripwire-lite, a host-based intrusion detection system. ' +
          'It keeps a database of file checksums and reports any change.'
      )
    ).toBe('security')
    expect(await first('statkeep collects system statistics and CPU statistics every few minutes.')).toBe('monitoring')
  })

  it('reads a payment processor as evidence of finance', async () => {
    const tags = list('["finance", "sdk", "web-app", "lib"]')
    const readme =
      '# Quickpay\n\nQuickpay is a Flask extension that takes a PayPal or Braintree payment in a few lines.\n\n' +
      '## Usage\n\nCall `charge()` from your view.'
    expect((await tagsFor(tags, { readme })).map(t => t.name)[0]).toBe('finance')
  })

  it('does not read where a program runs ("Unix-like systems", "your distro") as an operating system', async () => {
    const tags = list('["os", "cli", "networking"]')
    const readme =
      '# Pullfast\n\nPullfast is a command-line download accelerator for Unix-like systems.\n\n' +
      '## Install\n\nInstall it with your distro package manager.'
    expect((await tagsFor(tags, { readme })).map(t => t.name)).not.toContain('os')
    // An operating system that says what it is keeps the tag.
    const kernel = '# Pebble\n\nPebble is a small Unix-like operating system with a microkernel and its own bootloader.'
    expect((await tagsFor(tags, { readme: kernel })).map(t => t.name)[0]).toBe('os')
  })

  it('takes the subject a name ends on as its head: "JavaScript State Management" is about state management', async () => {
    const head = (name: string) => nameConcepts(name).find(c => c.head)?.words
    expect(head('JavaScript State Management')).toBe('state management')
    expect(head('Python Packaging')).toBe('packaging')
    // A doer or a plural kind of thing says what form the things take, not what they are about.
    expect(head('Code Quality Checker Tools For PHP Projects')).toBe('code quality')
    expect(head('Risc-V Cores')).toBe('risc v')
    // An everyday noun after a known concept leaves the concept as the head.
    expect(head('Real-time Communication')).toBe('real time')
    // "Frameworks" after a subject is the form it takes, as "libraries" is; after a language it is the head.
    expect(head('Data Integration Frameworks')).toBe('data integration')
    expect(head('Dependency Injection Frameworks')).toBe('dependency injection')
    expect(head('PHP Frameworks')).toBe('frameworks')
    expect(head('Network Servers')).toBe('servers')
    // …and the form word is no modifier that a README about the subject would have to name as well.
    expect(nameConcepts('Data Integration Frameworks').map(c => c.words)).toEqual(['data integration'])
    const pipeline = await tagsFor(list('["Data Integration Frameworks", "Date and Time"]'), {
      readme: '# Siphon\n\nSiphon extracts, transforms, and loads your records into normalized warehouse tables.'
    })
    expect(names(pipeline)).toEqual(['Data Integration Frameworks'])
    // "Development" after a subject is the work done on it: a push-notification gem never says "development".
    expect(head('Mobile Development')).toBe('mobile')
    expect(nameConcepts('Mobile Development').map(c => c.words)).toEqual(['mobile'])
    const mobile = list('["Mobile Development", "Email", "HTTP"]')
    const push = await tagsFor(mobile, {
      readme: '# Buzz\n\nBuzz sends push notifications to iOS and Android devices from your Rails app.'
    })
    expect(names(push)[0]).toBe('Mobile Development')
    // …and the word alone, in a README about something else, is no sign of it.
    const driver = await tagsFor(
      mobile,
      { readme: '# Rope\n\nRope is under active development. It speaks HTTP/2.' },
      WIDE
    )
    expect(names(driver)).not.toContain('Mobile Development')
    const tags = list('["JavaScript State Management", "JavaScript Game Engines", "Net Neutrality"]')
    const engine = await tagsFor(tags, {
      readme: '# Blip\n\nBlip is a JavaScript game engine for 2D games in the browser, with sprites and physics.'
    })
    expect(names(engine)).toEqual(['JavaScript Game Engines'])
    const store = await tagsFor(tags, {
      readme: '# Stash\n\nStash is a tiny state management library for JavaScript apps: one store, no boilerplate.'
    })
    expect(names(store)).toEqual(['JavaScript State Management'])
    // ".NET" is not the net of net neutrality.
    const dotnet = await tagsFor(tags, { readme: '# Sockets\n\nA .NET library for TCP and UDP servers in C#.' }, WIDE)
    expect(names(dotnet)).not.toContain('Net Neutrality')
  })

  it('takes a plural or a doer as the head after a concept most READMEs touch: "Web Browsers" are browsers', async () => {
    const tags = list('["Web Browsers", "Game Mods", "Risc-V Cores"]')
    const http = await tagsFor(
      tags,
      {
        readme:
          '# Fetchy\n\nFetchy is an HTTP client for the web: GET and POST requests, cookies, redirects and a REST API helper.'
      },
      WIDE
    )
    expect(http.find(t => t.name === 'Web Browsers')?.score ?? 0).toBeLessThan(0.5)
    const [mods] = nameConcepts('Game Mods').filter(c => c.head)
    expect(mods?.words).toBe('mods')
    // A specific concept before a plural stays the head: a RISC-V core is about RISC-V.
    expect(nameConcepts('Risc-V Cores').find(c => c.head)?.words).toBe('risc v')
  })

  it("reads a tag's description as prose: links, URLs and artwork credits are no evidence", async () => {
    const tags = list(
      JSON.stringify([
        {
          name: 'Seed Libraries',
          description:
            'Catalogues for community seed libraries. Illustration by Ana Web via [example.org][img-1]. [img-1]: https://web.archive.org/web/2023/https://example.org/'
        }
      ])
    )
    const phrases = new Map(buildProfile(tags[0] as TagList[number]).facets.flatMap(f => [...f.phrases]))
    expect(phrases.has('catalogues')).toBe(true)
    for (const noise of ['web', 'archive', 'illustration', 'ana', 'img']) expect(phrases.has(noise)).toBe(false)
    const webApp = await tagsFor(
      tags,
      { readme: '# Site\n\nA web archive viewer: browse web pages saved by the archive.' },
      WIDE
    )
    expect(webApp).toEqual([])
  })

  it("pairs a description's words within a clause only, and reads no contraction as a word", () => {
    const [tag] = list(
      JSON.stringify([
        {
          name: 'Herbarium Catalogues',
          description:
            "Whether you're starting a herbarium or one with thousands of specimens, catalogues are the future. Forget paper cards."
        }
      ])
    )
    const phrases = new Map(buildProfile(tag as TagList[number]).facets.flatMap(f => [...f.phrases]))
    expect(phrases.has('paper cards')).toBe(true)
    for (const across of ['specimens catalogues', 'future forget', 're starting', 're'])
      expect(phrases.has(across)).toBe(false)
  })

  it('weighs a tag named by what nearly every README says ("Open Source", "Support") as a hint', async () => {
    const tags = list('["Open Source", "Support", "Blazing Fast", "Databases"]')
    const readme =
      '# Tally\n\nTally is an open source, blazing fast embedded database with support for transactions.\n\n' +
      'Tally is open source software. Support is available on the forum.'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['Databases'])
    const ownName = (name: string) =>
      buildProfile(list(JSON.stringify([name]))[0] as TagList[number]).facets[0]!.phrases.get(name.toLowerCase())!
        .weight
    expect(ownName('Open Source')).toBeLessThan(ownName('Open Data'))
    expect(ownName('Support')).toBeLessThan(ownName('Clipboard'))
    // A featured topic's display name of one everyday word ("CASE" of casejs) is no strong name either.
    const casejs = buildProfile(list('["casejs"]')[0] as TagList[number]).facets[0]!.phrases
    if (TOPICS.some(topic => topic.topic === 'casejs'))
      expect(casejs.get('case')!.weight).toBeLessThan(casejs.get('casejs')!.weight)
  })

  it("guesses the one tag a README's only evidence qualifies, when nothing else is clear and no other tag shares it", async () => {
    const readme =
      '# tensorlet\n\ntensorlet trains neural networks: a small deep learning toolkit with automatic differentiation.'
    // One modifier said once or twice is a weak guess: min-score lowered to see it.
    const low = { maxTags: 3, minScore: 0.2 }
    const own = list('["Deep Learning Model Zoos", "Rust Game Engines", "Python Web Frameworks"]')
    expect(names(await tagsFor(own, { readme }, { ...low, looseFallback: false }))).toEqual([])
    expect(names(await tagsFor(own, { readme }, low))).toEqual(['Deep Learning Model Zoos'])
    // Two tags for deep learning: which one is a coin toss, so no guess.
    const shared = list('["Deep Learning Model Zoos", "Deep Learning Courses", "Python Web Frameworks"]')
    expect(names(await tagsFor(shared, { readme }, low))).toEqual([])
    // A programming language is no such modifier: READMEs say what they are written in, and on a list of one
    // language's categories every README names it.
    const go = list('["Go Compilers", "Date and Time", "Video"]')
    const golang =
      '# nameit\n\nnameit makes up names for characters and places. A small package for golang, written in Go: go get it.'
    expect(names(await tagsFor(go, { readme: golang }, low))).toEqual([])
    // The head says it: a compiler is still one of "Go Compilers".
    const compiler = '# gotojs\n\ngotojs is a compiler from Go to JavaScript, written in Go.'
    expect(names(await tagsFor(go, { readme: compiler }))).toEqual(['Go Compilers'])
  })

  it('takes no clear sign of a tag from the language its name gives: "Go" and "a Go package" say what it is written in', async () => {
    const tags = list('["Go Compilers", "Text Processing"]')
    const readme =
      '# widthy\n\nWidthy is a Go package with Go syntax helpers: it measures the display width of strings.\n\n' +
      '## Usage\n\nImport widthy in your Go program. The Go syntax is plain: call widthy.Of(s) on any Go string, ' +
      'parse Go syntax, format Go syntax.'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['Text Processing'])
  })

  it("reads no featured topic's alias that is a function word: 'if' is no interactive fiction, 'vs' no Visual Studio", async () => {
    const tags = list('["interactive-fiction", "visual-studio", "assemblyscript"]')
    const readme = '# is-thing\n\nReturns true if the value is a thing, as a boolean: thing vs. not a thing.'
    const ranked = await createOfflineClassifier(tags).rank?.({ readme }, 3)
    expect(ranked).toEqual([])
    expect(
      names(await tagsFor(tags, { readme: '# ifx\n\nAn engine for interactive fiction and text adventures.' }))
    ).toEqual(['interactive-fiction'])
  })

  it('gives the bare head of a name less the more modifiers the name has', async () => {
    const readme = '# Reactor\n\nReactor is a declarative library for building user interfaces.'
    const score = async (name: string): Promise<number> =>
      (await tagsFor(list(JSON.stringify([name, 'Load testing'])), { readme }, WIDE))[0]?.score ?? 0
    const one = await score('Vue UI')
    expect(one).toBeGreaterThan(DEFAULT_MIN_SCORE)
    expect(await score('Material-UI Projects Using Atomic Design')).toBeLessThan(one / 2)
  })

  it('does not read a README of a language as one of its frameworks: Python is no evidence of Django', async () => {
    const tags = list('["Django", "Python", "MySQL", "Databases"]')
    const plain = await tagsFor(
      tags,
      { readme: '# Sieve\n\nSieve is a Python library for prime sieves, written in pure Python with NumPy.' },
      WIDE
    )
    expect(names(plain)).toContain('Python')
    expect(names(plain)).not.toContain('Django')
    const django = await tagsFor(tags, {
      readme: '# Ponyshop\n\nPonyshop is a Django app: models, Django admin and views.'
    })
    expect(names(django)[0]).toBe('Django')
    const sqlite = await tagsFor(tags, { readme: '# Tally\n\nTally is an embedded SQL database with transactions.' })
    expect(names(sqlite)).toEqual(['Databases'])
  })

  it('knows hardware topics people list: FPGAs and software-defined radio', async () => {
    const tags = list('["Hacking on FPGAs", "Software-defined radio", "Web games"]')
    const core = await tagsFor(tags, {
      readme: '# Pico\n\nPico is a small CPU core written in Verilog; it synthesizes with Yosys for iCE40 boards.'
    })
    expect(names(core)).toEqual(['Hacking on FPGAs'])
    const radio = await tagsFor(tags, {
      readme: '# Airwave\n\nListen to FM radio with an RTL-SDR dongle: demodulation, a waterfall display, IQ samples.'
    })
    expect(names(radio)).toEqual(['Software-defined radio'])
  })

  it('reads a Chrome extension or a Firefox add-on as a browser extension', async () => {
    const tags = list('["Browser Extensions", "Clipboard Managers", "Web games"]')
    const result = await tagsFor(tags, {
      readme:
        '# Tabsy\n\nTabsy is a Chrome extension and Firefox add-on that groups your tabs. Get it on the Chrome Web Store.'
    })
    expect(names(result)).toEqual(['Browser Extensions'])
  })

  it('knows build systems, window managers, virtualization and e-books, and a bytecode VM is no hypervisor', async () => {
    const tags = list('["Build systems", "Window managers", "Virtualization", "E-book readers"]')
    const first = firstTagOf(tags)
    expect(
      await first('# Bolt\n\nBolt is a build system for C++: a Makefile-like file, incremental builds in parallel.')
    ).toBe('Build systems')
    expect(await first('# Tilo\n\nTilo is a tiling window manager for X11 with workspaces and gaps.')).toBe(
      'Window managers'
    )
    expect(await first('# Vmctl\n\nVmctl runs virtual machines with QEMU and KVM: snapshots and a guest agent.')).toBe(
      'Virtualization'
    )
    expect(await first('# Folio\n\nFolio is an EPUB reader with a bookshelf and reading progress sync.')).toBe(
      'E-book readers'
    )
    const vm = await tagsFor(
      tags,
      { readme: '# Luna\n\nA register-based virtual machine and bytecode compiler for Lua.' },
      WIDE
    )
    expect(vm.find(t => t.name === 'Virtualization')?.score ?? 0).toBeLessThan(0.5)
  })

  it('knows mail by its services and standards: a Gmail client or an RFC 5322 builder is email', async () => {
    const tags = list('["Email", "HTTP"]')
    const first = firstTagOf(tags, CLEAR_ONLY)
    expect(await first('# Postie\n\nA Gmail API client for Elixir: list threads and labels.')).toBe('Email')
    expect(await first('# Envel\n\nAn RFC5322 implementation in Go, built for composing messages.')).toBe('Email')
  })

  it('reaches the lexicon through a defining phrase even where a featured topic has the name too', async () => {
    // "testing framework" is a featured topic and a strong phrase of the lexicon's testing entry.
    const tags = list('["OpenSource Testing Frameworks & Tools", "React UI"]')
    const result = await tagsFor(tags, {
      readme:
        '# Peek\n\nPeek compares screenshots of your UI components taken with Selenium: visual regression testing.'
    })
    expect(names(result)[0]).toBe('OpenSource Testing Frameworks & Tools')
  })

  it('knows state management, drones, astronomy, fonts and learning to code', async () => {
    const tags = list('["JavaScript State Management", "Drones", "Astronomy", "Fonts", "Learn to code"]')
    const first = firstTagOf(tags)
    expect(await first('# Tiny\n\nTiny is a global state container with reducers and selectors, like Redux.')).toBe(
      'JavaScript State Management'
    )
    expect(
      await first('# Hover\n\nFlight controller firmware for quadcopters, speaking MAVLink to a ground station.')
    ).toBe('Drones')
    expect(await first('# Skyview\n\nPoint your telescope: ephemeris of planets and a star catalog.')).toBe('Astronomy')
    expect(await first('# Mono\n\nMono is a monospaced programming font with ligatures, shipped as TrueType.')).toBe(
      'Fonts'
    )
    expect(
      await first('# Steps\n\nFree interactive tutorials and exercises for beginners who want to learn programming.')
    ).toBe('Learn to code')
  })

  it('knows software for the public and for makers: government, news, social good, design, VR, screencasts', async () => {
    const tags = list(
      '["Government apps", "Open journalism", "Social impact", "Design essentials", "Virtual reality", "Screen recorders", "Personal assistants"]'
    )
    const first = firstTagOf(tags)
    const clearFirst = async (readme: string) => names(await tagsFor(tags, { readme }, CLEAR_ONLY))[0]
    expect(
      await first('# Permits\n\nPermits lets citizens apply online to their local government; used by city councils.')
    ).toBe('Government apps')
    expect(
      await first('# Ledger\n\nA toolkit for newsrooms: journalists publish fact checking notes beside each story.')
    ).toBe('Open journalism')
    expect(
      await first('# Relief\n\nCoordinates volunteers and donations for humanitarian disaster response by NGOs.')
    ).toBe('Social impact')
    expect(await first('# Swatch\n\nGenerate color palettes and export them to Figma for your mockups.')).toBe(
      'Design essentials'
    )
    expect(await first('# Room\n\nA WebXR scene viewer for VR headsets, with hand tracking.')).toBe('Virtual reality')
    expect(await first('# Snap\n\nRecord your screen as a GIF or a video, and annotate screenshots.')).toBe(
      'Screen recorders'
    )
    expect(await first('# Echo\n\nAn open voice assistant: wake word, voice commands and smart speaker skills.')).toBe(
      'Personal assistants'
    )
    expect(
      await first('# Haven\n\nHaven is a peer support app for mental health, built with people with disabilities.')
    ).toBe('Social impact')
    // Software reports and thanks its volunteers too: a linter that reports problems is no newsroom.
    expect(
      await clearFirst('# Lintr\n\nLintr finds and reports problems in your code; maintained by a team of volunteers.')
    ).toBeUndefined()
    // An everyday word of these topics alone is no evidence: a state store is no government.
    expect(
      await clearFirst('# Store\n\nA tiny state container for JavaScript apps, with public methods.')
    ).toBeUndefined()
  })
  it('knows DevOps, load testing, accessibility, censorship circumvention, front-end frameworks, green software and model zoos', async () => {
    const tags = list(
      '["DevOps tools", "Load testing", "Web accessibility", "Censorship circumvention", "Front-end JavaScript frameworks"]'
    )
    const first = firstTagOf(tags)
    const clearFirst = async (readme: string) => names(await tagsFor(tags, { readme }, CLEAR_ONLY))[0]
    expect(
      await first('# Shipit\n\nShipit is a deployment tool for PHP: zero downtime releases to your remote servers.')
    ).toBe('DevOps tools')
    expect(
      await first(
        '# Hammer\n\nHammer is an HTTP load generator: it sends concurrent requests and reports latency percentiles.'
      )
    ).toBe('Load testing')
    expect(
      await first('# Hue\n\nPick colors that meet a target contrast ratio, so text stays readable for everyone.')
    ).toBe('Web accessibility')
    expect(
      await first('# Burrow\n\nBurrow is a tunnel proxy that helps you bypass firewalls and network restrictions.')
    ).toBe('Censorship circumvention')
    expect(
      await first('# Wire\n\nWire is a JavaScript MVVM library: two way data binding between your models and the DOM.')
    ).toBe('Front-end JavaScript frameworks')
    const languages = list('["Programming languages", "Game engines"]')
    expect(
      names(await tagsFor(languages, { readme: '# Quill\n\nQuill is a dynamic, functional language for the BEAM.' }))
    ).toEqual(['Programming languages'])
    const more = list('["Green Software", "Model Zoos of machine learning", "Programming languages"]')
    expect(
      names(
        await tagsFor(more, {
          readme: '# Meter\n\nMeter estimates the carbon footprint and energy consumption of your cloud servers.'
        })
      )
    ).toEqual(['Green Software'])
    expect(
      names(await tagsFor(more, { readme: '# Zoo\n\nPretrained models for image classification, with their weights.' }))
    ).toEqual(['Model Zoos of machine learning'])
    // "Accessible from anywhere" is no accessibility.
    expect(
      await clearFirst('# Notes\n\nYour notes, accessible from anywhere, synced over the network.')
    ).toBeUndefined()
  })

  it('knows open data, privacy by "user data", and the demoscene a description names', async () => {
    const tags = list(
      JSON.stringify([
        'Open data',
        'Keeping user data safe',
        { name: 'Demo sources', description: 'Take a peek behind the curtain of the finest demoscene work!' }
      ])
    )
    const first = firstTagOf(tags)
    expect(await first('# Rivers\n\nPublic datasets of river levels as CSV files, with a data dictionary.')).toBe(
      'Open data'
    )
    expect(await first('# Vault\n\nEncrypts personal data at rest so that user data stays private (GDPR).')).toBe(
      'Keeping user data safe'
    )
    expect(await first('# Lights\n\nSource of our 64k intro, shown at a demoparty in 2019.')).toBe('Demo sources')
  })

  it('reads "Terminal-first", "GitHub Pages" and "Robotic Process Automation" as what they name', async () => {
    const tags = list('["Terminal-first applications", "GitHub Pages examples", "Robotic Process Automation"]')
    const first = firstTagOf(tags)
    expect(await first('# Tally\n\nA terminal UI for your budget, with vim keys, in your terminal emulator.')).toBe(
      'Terminal-first applications'
    )
    expect(
      await first('# Notes\n\nMy notes, built with a Jekyll theme and served by GitHub Pages at me.github.io.')
    ).toBe('GitHub Pages examples')
    expect(
      await first('# Clicker\n\nAn RPA bot that fills in invoices in desktop apps: robotic process automation.')
    ).toBe('Robotic Process Automation')
  })

  it('knows full-stack frameworks, and a UI library is not one', async () => {
    const tags = list('["JavaScript Full Stack", "Game engines"]')
    const found = async (readme: string) => names(await tagsFor(tags, { readme }))
    expect(
      await found(
        '# Stack\n\nOne JavaScript project for frontend and backend, with server side rendering and API routes.'
      )
    ).toEqual(['JavaScript Full Stack'])
    expect(await found('# View\n\nA JavaScript library for building user interfaces on the client.')).toEqual([])
  })

  it('reads a sprite editor as pixel art, not as a game engine', async () => {
    const tags = list('["Pixel Art Tools", "Game Engines"]')
    const found = await tagsFor(
      tags,
      {
        readme:
          '# Dot\n\nDot is a pixel art editor for games: draw animated sprites frame by frame, then export sprites as a spritesheet.'
      },
      WIDE
    )
    expect(names(found)[0]).toBe('Pixel Art Tools')
    expect(found.find(t => t.name === 'Game Engines')?.score ?? 0).toBeLessThan(DEFAULT_MIN_SCORE)
  })

  it('reads a plural of a featured topic as the topic: "CSS Resets" is css-reset, not a broad "resets"', async () => {
    const resets = buildProfile(list('["CSS Resets"]')[0]!)
    const whole = resets.facets.find(f => f.role === 'whole')!
    expect(whole.phrases.has('css reset')).toBe(true)
    const tags = list('["CSS Resets", "Clipboard Managers"]')
    const found = await tagsFor(tags, {
      readme: '# Blank\n\nBlank is a tiny CSS reset: it normalizes margins and box sizing across browsers.'
    })
    expect(names(found)).toEqual(['CSS Resets'])
    expect(found[0]!.score).toBeGreaterThan(0.6)
  })

  it("reads another concept in a known name's description as context: cheat sheets for languages are no language", async () => {
    const tags = list(
      JSON.stringify([
        { name: 'Useful cheatsheets', description: 'A list of cheat sheets for various programming languages.' },
        { name: 'Game engines', description: 'Frameworks for building games across platforms.' }
      ])
    )
    const readme =
      '# Forge\n\nForge is a framework for creating games with the C# programming language. It runs on desktops.'
    expect((await tagsFor(tags, { readme }, WIDE)).find(t => t.name === 'Useful cheatsheets')?.score ?? 0).toBeLessThan(
      DEFAULT_MIN_SCORE
    )
    // A name nothing knows still takes its description's concepts as its own.
    const described = list(JSON.stringify([{ name: 'Zorblax', description: 'Compilers for programming languages.' }]))
    expect(names(await tagsFor(described, { readme: '# Tern\n\nTern is a new programming language.' }))).toEqual([
      'Zorblax'
    ])
  })

  it("reads what a curator says of the collection as no evidence: 'next-generation', 'this collection highlights'", async () => {
    const tags = list(
      JSON.stringify([
        {
          name: 'Next-Generation CLI Replacements',
          description: 'This collection highlights modern replacements for the standard command line tools.'
        },
        { name: 'Static site generators', description: 'Turn Markdown into websites.' }
      ])
    )
    const nextjs = await tagsFor(
      tags,
      { readme: '# Shop\n\nA Next.js storefront. Release highlights: faster builds and a new theme.' },
      WIDE
    )
    expect(nextjs.find(t => t.name === 'Next-Generation CLI Replacements')?.score ?? 0).toBeLessThan(DEFAULT_MIN_SCORE)
    // "Complete your toolset": a word for any set of tools, rare as it is in READMEs.
    const essentials = list(
      '[{"name": "Design essentials", "description": "Libraries that will complete your toolset."}]'
    )
    const phrases = buildProfile(essentials[0]!).facets.flatMap(f => [...f.phrases.keys()])
    expect(phrases).not.toContain('toolset')
  })

  it("counts the concepts a known name's description lists as members of the tag", async () => {
    const tags = list(
      JSON.stringify([
        { name: 'Developer Tools', description: 'Linters, test frameworks, editors, IDEs and compilers.' },
        { name: 'Databases', description: 'Database engines, drivers and query tools.' }
      ])
    )
    const result = await tagsFor(tags, {
      readme: '# Jestle\n\nJestle is a test runner for JavaScript: snapshot testing, mocks and assertions.'
    })
    expect(names(result)).toEqual(['Developer Tools'])
  })

  it('reads the language a listed member is written in as context, not as a member: Swift is no concurrency', async () => {
    const tags = list(
      JSON.stringify([
        { name: 'Concurrency', description: 'Job schedulers, coroutines, futures and threads written in Swift.' },
        { name: 'Logging' }
      ])
    )
    const logger =
      '# Quill\n\nQuill is a small logger written in Swift. Install it with CocoaPods or Carthage; it runs on macOS.'
    const wide = await tagsFor(tags, { readme: logger }, WIDE)
    expect(names(wide)).toEqual(['Logging'])
    // The members still count.
    const pool = await tagsFor(tags, { readme: '# Lanes\n\nLanes runs your work on threads with coroutines.' })
    expect(names(pool)).toEqual(['Concurrency'])
  })

  it('reads "Debugging / Profiling" as two topics, "CI/CD" as one name, and performance as no profiling', async () => {
    const words = (name: string) => nameConcepts(name).map(c => c.words)
    expect(words('Debugging / Profiling')).toEqual(['debugging', 'profiling'])
    const tags = namedList(['Debugging / Profiling', 'HTTP', 'Filesystem'])
    const inspector =
      '# Peekaboo\n\nPeekaboo is a debugger interface for Node.js: set breakpoints, step through code and inspect variables.\n'
    expect(names(await tagsFor(tags, { readme: inspector }))[0]).toBe('Debugging / Profiling')
    expect(nameConcepts('CI/CD Tools').some(c => c.entry?.key === 'cicd')).toBe(true)
    // Performance is what every library claims, no sign of a profiler.
    const client =
      '# redix\n\nA robust, performance-focused Redis client.\n\nIts performance is close to the C client.\n'
    expect(names(await tagsFor(tags, { readme: client }, WIDE))).not.toContain('Debugging / Profiling')
  })

  it('reads "on GitHub" in a tag name as where its members live, not what they are', async () => {
    const words = (name: string) => nameConcepts(name).map(c => c.words)
    expect(words('Security Resources on GitHub')).not.toContain('github')
    expect(words('GitHub Browser Extensions')).toContain('github')
    const tags = namedList(['Security Resources on GitHub', 'Issue Trackers'])
    const inbox =
      '# Notibox\n\nNotibox shows your GitHub notifications as an inbox. Sign in with GitHub; it reads GitHub for you.\n'
    expect(names(await tagsFor(tags, { readme: inbox }))).toEqual([])
    const scanner = '# Portsnoop\n\nPortsnoop is a security scanner for penetration testers: port scans and exploits.\n'
    expect(names(await tagsFor(tags, { readme: scanner }))).toEqual(['Security Resources on GitHub'])
  })

  it('reads languages listed in a description as what the members are written in, unless the tag is languages', async () => {
    const tags = list(
      JSON.stringify([
        {
          name: 'Web scraping',
          description: 'Crawling frameworks for Python, Go, Rust, Ruby and PHP, headless browsers and HTML parsers.'
        },
        { name: 'Programming Languages', description: 'Lua, Zig, Rust, Ruby and OCaml.' }
      ])
    )
    const phrasesOf = (index: number) => buildProfile(tags[index]!).facets.flatMap(f => [...f.phrases.keys()])
    // Neither the languages' own words (cargo, gem) nor their names as members.
    expect(phrasesOf(0)).not.toContain('cargo')
    expect(phrasesOf(0)).not.toContain('rails')
    expect(phrasesOf(1)).toContain('rails')
    const compiler =
      '# Ferrite\n\nFerrite is a compiler for a small systems language. It is written in Rust; build it with cargo. Bindings for Ruby.'
    expect(names(await tagsFor(tags, { readme: compiler }))).toEqual(['Programming Languages'])
  })

  it('reads a list of members that a word introduces: "complete with testing, logging and profiling"', () => {
    const profile = buildProfile(
      list(
        JSON.stringify([
          {
            name: 'JavaScript Full Stack',
            description:
              'A collection of the best tools to build modern and performant single page applications in JavaScript, complete with testing, logging, and profiling.'
          }
        ])
      )[0]!
    )
    const phrases = profile.facets.flatMap(f => [...f.phrases.keys()])
    expect(phrases).toContain('unit testing')
    expect(phrases).toContain('structured logging')
  })

  it('reads a specific topic\'s introduced list as its aspects, not its members: "factors like networking"', async () => {
    const tags = list(
      JSON.stringify([
        {
          name: 'Green Software',
          description:
            'Green software is engineered to reduce energy use, which considers factors like networking, storage footprint, and compute requirements.'
        },
        { name: 'Edge computing', description: 'Processing on edge devices near the data.' }
      ])
    )
    const phrases = buildProfile(tags[0]!).facets.flatMap(f => [...f.phrases.keys()])
    expect(phrases).not.toContain('tcp')
    const cluster = await tagsFor(tags, {
      readme: '# Nodelet\n\nNodelet runs containers on edge devices, with networking, a storage layer and tunnels.'
    })
    expect(names(cluster)).toEqual(['Edge computing'])
  })

  it("gives a broad tag's listed members a facet of their own, not damped as the broad name is", () => {
    const profile = buildProfile(
      list(
        JSON.stringify([{ name: 'Developer Tools', description: 'Linters, formatters, debuggers and profilers.' }])
      )[0]!
    )
    expect(profile.facets[0]?.generic).toBe(true)
    const members = profile.facets.find(f => f.label === 'members')
    expect(members?.generic).toBe(false)
    expect(members?.phrases.has('sampling profiler')).toBe(true)
  })

  it("does not expand a featured topic's own summary, which the topics data has given already", () => {
    // GitHub's summary of wordpress lists websites, forums, social, ecommerce and blogs: about WordPress.
    const summary = TOPICS.find(t => t.topic === 'wordpress')?.summary ?? ''
    expect(summary).toMatch(/ecommerce/)
    const phrasesOf = (description: string) =>
      new Set(
        buildProfile(list(JSON.stringify([{ name: 'wordpress', description }]))[0]!).facets.flatMap(f => [
          ...f.phrases.keys()
        ])
      )
    expect(phrasesOf(summary).has('shopping cart')).toBe(false)
    // The same list written by a user is the user's own word on the tag.
    expect(phrasesOf(`${summary} `.replace('WordPress is', 'Sites built with it:')).has('shopping cart')).toBe(true)
  })

  it('reaches the topics data for names the lexicon lacks', () => {
    const profile = buildProfile(list('["Fantasy Consoles"]')[0] as TagList[number])
    const phrases = new Map(profile.facets.flatMap(f => [...f.phrases]))
    expect(phrases.get('fantasy console')).toMatchObject({ source: 'topics' })
    expect(phrases.get('fantasy computer')).toMatchObject({ source: 'topics' })
    const riscv = nameConcepts('Risc-V Cores')
    expect(riscv.find(c => c.head)?.topic?.topic).toBe('riscv')
  })

  it('reads the stems of a name nothing knows: "Boat Modding" finds a mod, not a dark mode', async () => {
    const tags = list('["Boat Modding"]')
    const mod = await tagsFor(tags, { readme: '# Keel\n\nKeel is a mod that adds sails; modders can extend it.' })
    expect(names(mod)).toEqual(['Boat Modding'])
    const theme = await tagsFor(
      tags,
      { readme: '# Dusk\n\nDusk adds a dark mode to every page, with three modes.' },
      WIDE
    )
    expect(theme).toEqual([])
  })

  it("reads a user's wording of a featured topic by its parts too; the topic's own name keeps to the topic", async () => {
    const readme =
      '# Blocks\n\nBlocks is a puzzle game you play in the browser: match falling blocks and beat your high score.'
    // "Browser Games" reaches the browser-game topic, whose few names this README does not use.
    expect(names(await tagsFor(list('["Browser Games", "Text Editors"]'), { readme }))).toEqual(['Browser Games'])
    // The 1,255 topics as a list: "browser-game" beside "game" stays the topic's own, narrow profile.
    const ownName = buildProfile(list('["browser-game"]')[0] as TagList[number])
    expect(ownName.facets.map(f => f.role)).toEqual(['whole'])
    const reworded = buildProfile(list('["Browser Games"]')[0] as TagList[number])
    expect(reworded.facets.map(f => f.role)).toEqual(['whole', 'modifier', 'head'])
    // A game for a handheld console is no browser game, though both are games.
    const handheld = await tagsFor(
      list('["Browser Games", "Text Editors"]'),
      {
        readme: '# Blocks\n\nBlocks is a puzzle game for the Game Boy: match falling blocks and beat your high score.'
      },
      WIDE
    )
    expect(handheld.find(t => t.name === 'Browser Games')?.score ?? 0).toBeLessThan(0.5)
  })

  it('prefers the tag whose head and modifier both appear over one that shares only the modifier', async () => {
    const tags = list('["PHP Frameworks", "Code Quality Checker Tools For PHP Projects", "JavaScript Game Engines"]')
    const framework = await tagsFor(tags, {
      readme: '# Perch\n\nPerch is a PHP web framework with routing, middleware and an ORM.'
    })
    expect(names(framework)).toEqual(['PHP Frameworks'])
    const linter = await tagsFor(tags, {
      readme: '# Sniff\n\nSniff is a static analysis tool and linter that finds bugs in PHP code.'
    })
    expect(names(linter)[0]).toBe('Code Quality Checker Tools For PHP Projects')
    // A modifier alone is no evidence: PHP without a framework or a linter.
    const plain = await tagsFor(tags, { readme: '# Dates\n\nDates formats dates in PHP.' })
    expect(plain).toEqual([])
  })

  it('gives a broad head without its modifier little: a Go framework is none of "Elixir Frameworks"', async () => {
    const tags = list('["Elixir Frameworks", "Ruby Libraries"]')
    const go = await tagsFor(
      tags,
      {
        readme:
          '# Quill\n\nQuill is a web framework for Go, with a router, middleware and plugins for every framework need.'
      },
      WIDE
    )
    expect(go.find(t => t.name === 'Elixir Frameworks')?.score ?? 0).toBeLessThan(0.4)
    const elixir = await tagsFor(tags, {
      readme: '# Quill\n\nQuill is a web framework for Elixir, with a router, middleware and plugins.'
    })
    expect(names(elixir)).toEqual(['Elixir Frameworks'])
  })

  it('weighs the head noun of the summary over the list of what it works with', async () => {
    const tags = list('["orm", "database", "cli"]')
    const result = await tagsFor(tags, {
      readme:
        '# Quill\n\nQuill is a TypeScript ORM for Postgres, MySQL, MariaDB, SQLite and SQL Server, with relations and eager loading.'
    })
    expect(names(result)[0]).toBe('orm')
  })

  it('reads a closed compound name nothing knows by its known part: MLOps is about machine learning', async () => {
    expect(nameConcepts('Open source MLOps').map(c => c.entry?.key)).toEqual(['ai'])
    // A word of READMEs and speech is no coinage: "defined" is not "defi" (blockchain) + "ned".
    expect(nameConcepts('Software Defined Radio').map(c => c.entry?.key)).not.toContain('blockchain')
    // Nor is the plural of such a word: "catalogs" is not "cata" + "logs" (logging).
    expect(nameConcepts('Data Catalogs').map(c => c.entry?.key)).not.toContain('logging')
    const tags = list('["Open source MLOps", "Clipboard Managers"]')
    const result = await tagsFor(tags, {
      readme:
        '# Tuner\n\nTuner is a machine learning experiment tracker: log runs, compare models, tune hyperparameters.'
    })
    expect(names(result)).toEqual(['Open source MLOps'])
  })

  it('keeps a strong second tag beside a first one whose confidence shows as 1', () => {
    const scores = [
      { name: 'a', score: 1, evidence: [] },
      { name: 'b', score: 0.9995, evidence: [] },
      { name: 'c', score: 0.5, evidence: [] }
    ]
    expect(selectTags(scores, { maxTags: 3 }).map(t => t.name)).toEqual(['a', 'b'])
  })

  it('drops a further tag resting on one phrase beside a first resting on more, unless the title says it', () => {
    const said = (...texts: string[]) => texts.map(text => ({ text, where: 'opening' as const }))
    const first = { name: 'cms', score: 0.9, evidence: said('cms', 'content management') }
    const thin = { name: 'cache', score: 0.88, evidence: said('cache', 'cache') }
    const varied = { name: 'blog', score: 0.87, evidence: said('blog', 'posts') }
    expect(names(selectTags([first, thin, varied], { maxTags: 3 }))).toEqual(['cms', 'blog'])
    // The project's own name, or the examples, are evidence enough.
    const titled = { ...thin, evidence: [{ text: 'cache', where: 'title' as const }, ...thin.evidence] }
    expect(names(selectTags([first, titled], { maxTags: 3 }))).toEqual(['cms', 'cache'])
    const taught = { ...thin, evidence: [{ text: 'like its 4 examples', where: 'examples' as const }] }
    expect(names(selectTags([first, taught], { maxTags: 3 }))).toEqual(['cms', 'cache'])
    // Beside a first tag on one phrase too, the reading is close: both stay.
    const alsoThin = { ...first, evidence: said('cms') }
    expect(names(selectTags([alsoThin, thin], { maxTags: 3 }))).toEqual(['cms', 'cache'])
    // No relative cut: every tag above the floor.
    expect(names(selectTags([first, thin, varied], { maxTags: 3, relativeCut: 0 }))).toEqual(['cms', 'cache', 'blog'])
  })

  it('puts a tag that names only a kind of package after the topical tags chosen with it', () => {
    const said = (...texts: string[]) => texts.map(text => ({ text, where: 'opening' as const }))
    const kind = { name: 'Libraries', score: 0.9, evidence: said('library', 'a library') }
    const topic = { name: 'nosql', score: 0.85, evidence: said('mongodb', 'document database') }
    expect(names(selectTags([kind, topic], { maxTags: 3 }))).toEqual(['nosql', 'Libraries'])
    // Alone, it stays: the README said nothing more specific.
    expect(names(selectTags([kind], { maxTags: 3 }))).toEqual(['Libraries'])
    // A compound name is a topic of its own ("Testing Libraries").
    const compound = { ...kind, name: 'Testing Libraries' }
    expect(names(selectTags([compound, topic], { maxTags: 3 }))).toEqual(['Testing Libraries', 'nosql'])
  })

  it("reads a head that is a narrower phrase of an entry another tag names by its own words, not the entry's", async () => {
    const readme =
      '# Swarmkit\n\nSwarmkit is a framework for LLM applications with multiple agents that talk to each other, on OpenAI or local models.'
    const both = list('["AI Agents", "AI Coding Agents", "Clipboard Managers"]')
    expect(names(await tagsFor(both, { readme }))).toEqual(['AI Agents'])
    const coder = '# Pairbot\n\nPairbot is an AI coding agent: it edits your repository from the terminal.'
    expect(names(await tagsFor(both, { readme: coder }))[0]).toBe('AI Coding Agents')
    // Alone in its list, the narrower name still takes the entry's strongest words, as clear ones.
    const alone = list('["AI Coding Agents", "Clipboard Managers"]')
    expect(names(await tagsFor(alone, { readme }))).toEqual(['AI Coding Agents'])
    const head = buildProfile(list('["AI Coding Agents"]')[0]!).facets.find(f => f.role === 'head')
    expect(head?.phrases.get('autonomous agents')?.weight).toBe(2)
  })

  it('says which part of the profile each piece of evidence matched', async () => {
    const tags = list(
      JSON.stringify([
        { name: 'database', aliases: ['datastore'] },
        { name: 'Clipboard Managers', description: 'Apps that remember what you copied.' }
      ])
    )
    const result = await tagsFor(
      tags,
      { readme: '# Keep\n\nKeep is a clipboard manager and a tiny datastore for SQL queries.' },
      WIDE
    )
    const from = (tag: string) => new Set(result.find(t => t.name === tag)?.evidence.map(e => e.from))
    expect(from('Clipboard Managers').has('name')).toBe(true)
    expect(from('database').has('alias')).toBe(true)
    expect(from('database').has('lexicon')).toBe(true)
  })

  // One ecosystem's categories, one of them its runtime: every README of it names the language.
  const javaList = list(
    JSON.stringify([
      { name: 'JVM and JDK', description: 'Current implementations of the JVM/JDK.' },
      { name: 'JSON', description: 'Libraries for serializing and deserializing JSON to and from Java objects.' },
      { name: 'Native', description: 'For working with platform-specific native libraries.' },
      { name: 'Geospatial', description: 'Libraries for working with geospatial data and algorithms.' }
    ])
  )

  it('reads the language a README is written in as no sign of a tag that is only that language', async () => {
    const first = firstTagOf(javaList)
    // A Java library says Java, Maven and jars throughout: its function decides.
    expect(
      await first(
        '# Quill\n\nQuill is a fast JSON parser and serializer for Java, built on the JVM.\n\n' +
          '## Install\n\nQuill is on Maven Central; add the jar to your Java project.'
      )
    ).toBe('JSON')
    expect(
      await first(
        '# Tiler\n\nTiler computes geohashes and map tiles from latitude and longitude in Java.\n\n' +
          'Written in Java 8, with no dependencies beyond the JDK.'
      )
    ).toBe('Geospatial')
    // A runtime that says what it is in its lead is still the language's tag.
    expect(await first('# Javelin\n\nJavelin is a JVM: a Java virtual machine for small devices.')).toBe('JVM and JDK')
  })

  it('keeps a tag named outright in the lead even when it is only a language', async () => {
    const tags = list(JSON.stringify([{ name: 'Python' }, { name: 'JSON' }, { name: 'Web' }]))
    const first = firstTagOf(tags)
    expect(await first('# Snake\n\nSnake is a Python interpreter that reads JSON configuration files.')).toBe('Python')
  })

  it("knows a featured topic for a programming language by its own summary, and damps it as the lexicon's", async () => {
    const topic = (name: string) => TOPICS.find(t => t.topic === name)!
    expect(isLanguageTopic(topic('haskell'))).toBe(true)
    expect(isLanguageTopic(topic('elixir'))).toBe(true)
    // A markup language, a compiler or a query language is no language a project is written in.
    expect(isLanguageTopic(topic('markdown'))).toBe(false)
    expect(isLanguageTopic(topic('compiler'))).toBe(false)
    expect(isLanguageTopic(topic('graphql'))).toBe(false)
    // Erlang is no language of the lexicon's: the topic's summary says what it is.
    const tags = list(JSON.stringify([{ name: 'erlang' }, { name: 'json' }, { name: 'parser' }]))
    const readme =
      '# Glint\n\nGlint decodes and encodes JSON values quickly.\n\n' +
      'Written in Erlang; build it with rebar3. Erlang/OTP 26 and later, on the Erlang VM.'
    expect(await firstTagOf(tags)(readme)).toBe('json')
  })

  it('reads "and" inside one phrase of a description as no list: "to and from Java objects" names no member', async () => {
    // With no comma the description enumerates nothing, and its language is the list's ecosystem, not the tag.
    const phrases = buildProfile(javaList[1]!).facets.flatMap(f => [...f.phrases.keys()])
    expect(phrases).not.toContain('java')
    expect(phrases).not.toContain('maven')
    const ranked = await tagsFor(
      javaList,
      { readme: '# Brew\n\nBrew is a Java library, on Maven Central as a jar.' },
      WIDE
    )
    expect(names(ranked)).not.toContain('JSON')
  })

  // One language's headings, as many awesome lists have them.
  const headingsList = list(
    JSON.stringify(
      ['Web Frameworks', 'Game Development', 'System tools', 'Virtualization', 'Date and Time', 'Logging'].map(
        name => ({ name })
      )
    )
  )

  it('reads "Web Frameworks" as frameworks for web applications, not as any framework', async () => {
    const first = firstTagOf(headingsList)
    expect(
      await first(
        '# Swift\n\nSwift is a minimal HTTP server framework for Go. Up to twice as fast as the rest.\n\n' +
          '## Features\n\n- An HTTP router with route groups\n- Build RESTful APIs in a few lines'
      )
    ).toBe('Web Frameworks')
    const ranked = await tagsFor(
      headingsList,
      { readme: '# Pixie\n\nPixie is a framework for making 2D games with sprites and a game loop.' },
      WIDE
    )
    expect(names(ranked)[0]).toBe('Game Development')
    expect(names(ranked)).not.toContain('Web Frameworks')
  })

  it("takes a compound entry's clear phrases in full for a name that shares its words: Game Development", async () => {
    // "Game Development" is the lexicon's game-engine under another name, not a product within it (as
    // "Sass" is within CSS): its clear phrases alone make it clear, over a name word of another tag.
    const chosen = await tagsFor(
      headingsList,
      { readme: '# Stack\n\nStack is an Entity-Component System written in Go, with a scene graph.' },
      CLEAR_ONLY
    )
    expect(names(chosen)).toEqual(['Game Development'])
  })

  it('reads containers as virtualization, and a time package as dates and times', async () => {
    const first = firstTagOf(headingsList)
    expect(await first('# Kiln\n\nKiln is a container runtime in Go that runs OCI images without a daemon.')).toBe(
      'Virtualization'
    )
    expect(await first('# Chrono\n\nA simple, semantic time package for Go: parse dates and add durations.')).toBe(
      'Date and Time'
    )
  })

  it('reads the plural of an acronym as the acronym: "Console UIs" reaches user interfaces', () => {
    expect(nameConcepts('Advanced Console UIs').find(c => c.head)?.entry?.key).toBe('ui')
    expect(nameConcepts('CLIs')[0]?.entry?.key).toBe('cli')
  })

  it('reads Flutter as what a project is built with, not as a mobile app', async () => {
    const tags = namedList(['game', 'mobile-app', 'ui', 'declarative-gui'])
    expect(await firstTagOf(tags)('# Flip\n\nA Flutter puzzle game for Android and iOS.')).toBe('game')
  })

  it('reads decimal arithmetic as arithmetic, feature toggling as feature flags, line strings as geography', async () => {
    const tags = namedList(['Text and Numbers', 'Feature Flags and Toggles', 'Geolocation', 'Caching', 'Email'])
    const first = firstTagOf(tags)
    // Money needs decimal arithmetic too, but no entry for money may hide what the phrase says.
    expect(await first('# Dec\n\nArbitrary precision decimal arithmetic for Elixir.')).toBe('Text and Numbers')
    expect(await first('# Flip\n\nFast feature toggling for your web application, backed by Redis.')).toBe(
      'Feature Flags and Toggles'
    )
    expect(
      await first('# Shapes\n\nShapes tells how two geometries relate: points, LineStrings and MultiPolygons.')
    ).toBe('Geolocation')
  })

  it("reads a description's verb with its object: generating test data is no evidence for generating avatars", async () => {
    const tags = list(
      JSON.stringify([
        { name: 'Testing', description: 'Libraries for testing codebases and generating test data.' },
        { name: 'Logging', description: 'Libraries for writing log files.' }
      ])
    )
    const readme = '# Avatar\n\nAvatar is a library for generating avatars from a user name: a 5x5 grid in one color.'
    const ranked = await createOfflineClassifier(tags).rank!({ readme }, 5)
    expect(names(ranked)).not.toContain('Testing')
    // The verb with its object still says it.
    const fixtures = await createOfflineClassifier(tags).rank!(
      { readme: '# Fakery\n\nFakery is for generating test data: names, addresses and dates for your fixtures.' },
      5
    )
    expect(names(fixtures)[0]).toBe('Testing')
  })

  it('reads "Wikis" as the plural of wiki (a wiki engine is no note-taking app), e-signatures and web radio', async () => {
    expect(singular('wikis')).toBe('wiki')
    expect(singular('apis')).toBe('api')
    // Words that only end like a plural stay: "analysis", "axis", "redis".
    for (const word of ['analysis', 'axis', 'redis', 'this']) expect(singular(word)).toBe(word)
    const tags = namedList(['Wikis', 'Note-taking & Editors', 'Document Management', 'Audio'])
    const first = firstTagOf(tags)
    expect(
      names(
        await tagsFor(tags, {
          readme: '# Leaf\n\nLeaf is a wiki engine for teams: pages, revisions and a wiki markup editor in the browser.'
        })
      )
    ).toEqual(['Wikis'])
    expect(
      await first('# Quill\n\nQuill sends PDF contracts for electronic signatures, an open DocuSign alternative.')
    ).toBe('Document Management')
    expect(
      await first('# Tower\n\nTower runs your own internet radio station: schedule shows and stream to listeners.')
    ).toBe('Audio')
  })

  it('counts the singular of a plural tag name as the tag\'s own name: one "wiki" is enough for Wikis', async () => {
    const tags = list(
      JSON.stringify([
        { name: 'Wikis', description: 'Sites whose pages any reader may edit in the browser.' },
        { name: 'Note-taking', description: 'Apps to write notes.' },
        { name: 'Calendars' }
      ])
    )
    // "wiki" is a common word: said once, outside the definition, it would need more evidence were it not the name.
    const readme =
      '# Pagebook\n\nA note from the authors: this is a fork.\n\n' +
      'Open-source collaborative wiki and documentation software.\n\nSee the docs.\n\n## Features\n\n- Spaces\n- Permissions\n'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['Wikis'])
  })

  it("reads a project's upkeep, a compilation database and named algorithms for what they are", async () => {
    const tags = namedList(['security', 'database', 'compiler', 'algorithm', 'search', 'http-client', 'linter'])
    // A maintenance notice is no security tool.
    const upkeep =
      '# Netkit\n\n**Netkit is in maintenance mode: we will fix critical bugs and address security issues.**\n\n' +
      'Netkit is a project for cloud-based client-server communication in native code.\n'
    expect(names(await tagsFor(tags, { readme: upkeep }))).not.toContain('security')
    // clang tools read a compilation database (compile_commands.json): no database project.
    const clangTool =
      '# hdrcheck\n\nhdrcheck is a tool for use with clang to analyze includes in C and C++ source files.\n\n' +
      '## Using with a compilation database\n\nThe compilation database format is what CMake writes. Pass the database to hdrcheck.\n'
    expect(names(await tagsFor(tags, { readme: clangTool }))).not.toContain('database')
    const subsequence =
      '# Subseq\n\nSubseq finds the longest common subsequence of two sequences, and their edit distance.\n'
    expect(names(await tagsFor(tags, { readme: subsequence }))).toEqual(['algorithm'])
  })

  it('knows dependency injection, installers, business days, locks, publishing platforms and points of sale', async () => {
    const tags = namedList(['Dependency Injection', 'Dependency Management', 'Date and Time', 'Database'])
    const first = firstTagOf(tags)
    expect(
      await first(
        '# Wirer\n\nWirer is a recursive dependency injector: it wires your object graph from constructor signatures.\n\n' +
          'It never touches the database, and it resolves each dependency once.\n'
      )
    ).toBe('Dependency Injection')
    expect(await first('# peel - PHP extension installer\n\nPeel installs PHP extensions on every platform.\n')).toBe(
      'Dependency Management'
    )
    expect(await first('# workweek\n\nA mixin to handle business days and opening hours.\n')).toBe('Date and Time')
    // A lock library guards critical code: locking, not the databases it can keep its locks in.
    const locks = namedList(['Database', 'Caching and Locking', 'HTTP'])
    expect(
      await firstTagOf(locks)(
        '# php-guard\n\nThis library helps executing critical code in concurrent situations.\n\n' +
          '## Backends\n\nMySQL, PostgreSQL, MariaDB or SQLite keep the locks.\n'
      )
    ).toBe('Caching and Locking')
    // A publishing platform publishes posts: a blog, whatever queue and database run it.
    const site = namedList(['blog', 'message-queue', 'database'])
    expect(
      await firstTagOf(site)(
        '# Idler: a social publishing platform\n\n## Running it\n\nIt keeps posts in MongoDB and runs a queue of events.\n'
      )
    ).toBe('blog')
    // A point of sale system sells: it is commerce, whatever database it keeps its sales in.
    const shop = namedList(['ecommerce', 'database', 'web-app'])
    expect(
      await firstTagOf(shop)('# Tillpoint\n\nTillpoint is a web based point of sale system with a MySQL database.\n')
    ).toBe('ecommerce')
  })

  it('reads "an HTML to PDF converter" as a converter to PDF, not as "an HTML" for something', async () => {
    const tags = namedList(['PDF', 'Markup and CSS'])
    const readme =
      '# Pagerender\n\nPagerender is an HTML to PDF converter.\n\nIt reads external stylesheets, inline style tags ' +
      'and the style attributes of HTML elements, and supports most of CSS 2.1.\n'
    // The converter is the head: PDF says what it is, the stylesheets only what it reads.
    expect(names(await tagsFor(tags, { readme }))).toEqual(['PDF'])
  })

  it('reads comments in code as no blog, and GraphiQL as GraphQL', async () => {
    const tags = namedList(['blog', 'comments', 'css', 'graphql', 'authentication'])
    const stripper = '# decomment\n\nStrip comments from CSS.\n\nBlock comments and line comments go; the rest stays.\n'
    const wide = names(await tagsFor(tags, { readme: stripper }, WIDE))
    expect(wide).toContain('css')
    expect(wide).not.toContain('blog')
    expect(wide).not.toContain('comments')
    // A comment system still says what it is.
    const widget = '# Chatter\n\nChatter is a comment system for static sites: readers leave comments under posts.\n'
    expect(names(await tagsFor(tags, { readme: widget }))[0]).toBe('comments')
    const plugin =
      '# hapi-graphiql\n\nA hapi plugin that serves GraphiQL.\n\n## Options\n\nPass an authentication strategy, a login route and a password check.\n'
    expect(names(await tagsFor(tags, { readme: plugin }))[0]).toBe('graphql')
  })

  it('reads "your iOS app" as the reader\'s app, not the project', async () => {
    const tags = namedList(['authentication', 'mobile-app', 'desktop-app', 'dev-tool'])
    const readme =
      '# Keypass\n\nKeypass makes signing in to your iOS app easy: users log in once with their password.\n\n' +
      '## Usage\n\nAdd Keypass to your iOS app and call `login()`.\n'
    const wide = names(await tagsFor(tags, { readme }, WIDE))
    expect(wide).toContain('authentication')
    expect(wide).not.toContain('mobile-app')
  })

  it('reads genetic algorithms as machine learning, identicons as images and cron expressions as times', async () => {
    const tags = namedList(['Machine Learning', 'Images', 'Date and Time', 'Networking'])
    const first = firstTagOf(tags)
    expect(
      await first('# Evo\n\nEvo is a library of genetic algorithms: selection, crossover and mutation operators.\n')
    ).toBe('Machine Learning')
    expect(await first('# Facehash\n\nFacehash draws identicons from a hash of any string.\n')).toBe('Images')
    expect(
      await first('# Span\n\nSpan checks whether an instant falls within ranges given as cron expressions.\n')
    ).toBe('Date and Time')
  })

  it('reads a changelog from commit messages as a developer tool, and Starknet proofs as blockchain', async () => {
    const tags = namedList(['dev-tool', 'chat', 'blockchain', 'cryptography', 'runtime'])
    const first = firstTagOf(tags)
    expect(
      await first(
        '# notelog\n\nnotelog writes your changelog from the commit messages in your repository: a conventional changelog for small teams.\n'
      )
    ).toBe('dev-tool')
    const proofs = await tagsFor(
      tags,
      { readme: '# Provo\n\nProvo verifies zero knowledge proofs of Starknet transactions.\n' },
      WIDE
    )
    expect(names(proofs).slice(0, 2)).toEqual(['blockchain', 'cryptography'])
  })

  it('reads a composable commerce engine as e-commerce', async () => {
    const tags = namedList(['ecommerce', 'runtime', 'dev-exp-lib'])
    const readme =
      '# Mercato\n\nAn open source composable commerce engine built for developers.\n\n## Features\n\n- Products and carts\n'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['ecommerce'])
  })

  it('reads a Chinese book ("本书", a primer, "入门") as a learning resource', async () => {
    const tags = namedList(['learning-resource', 'parser', 'linter'])
    const readme = '# 语法树入门\n\n本书介绍编程语言的语法树，以及如何用它写分析工具。\n'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['learning-resource'])
  })

  it('reads acceptance tests in Gherkin and Android instrumentation tests as testing', async () => {
    const tags = namedList(['testing', 'lib', 'observability', 'mobile-app'])
    const readme =
      '# Brew\n\nBrew is a library that runs your acceptance tests written in Gherkin as Android instrumentation tests.'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['testing'])
  })

  it('reads forward secrecy as security', async () => {
    const tags = namedList(['security', 'networking', 'message-queue', 'authentication'])
    const readme = '# Ratchet\n\nA ratcheting forward secrecy protocol for synchronous and asynchronous messaging.'
    expect(names(await tagsFor(tags, { readme }))).toEqual(['security'])
  })

  it('scores a README alike under a 5-tag list and under the 1,255 featured topics', async () => {
    const all = list(
      JSON.stringify(TOPICS.map(t => ({ name: t.topic, ...(t.summary ? { description: t.summary } : {}) })))
    )
    const chosen = ['database', 'terminal', 'game-engine', 'css-framework', 'docker']
    const five = list(
      JSON.stringify(all.filter(t => chosen.includes(t.name)).map(t => ({ name: t.name, description: t.description })))
    )
    expect(five).toHaveLength(5)
    const input = {
      readme: '# Ember\n\nEmber is a 2D game engine for pixel-art games, with a physics engine and a sprite editor.'
    }
    const small = await tagsFor(five, input, WIDE)
    const large = await tagsFor(all, input, WIDE)
    expect(small[0]?.name).toBe('game-engine')
    const scoreIn = (tags: readonly TagScore[], name: string) => tags.find(t => t.name === name)?.score ?? 0
    expect(scoreIn(large, 'game-engine')).toBeCloseTo(scoreIn(small, 'game-engine'), 1)
    // The confidence is on one scale for both: the same cut keeps the same tag.
    expect(names(await tagsFor(five, input))).toContain('game-engine')
    expect(names(await tagsFor(all, input))).toContain('game-engine')
  })

  const seed = new URL('../../shared/', import.meta.url)
  it.skipIf(!existsSync(new URL('examples/qwen-vl/README.md', seed)))(
    'still answers ai for the seed case',
    async () => {
      const tags = parseTagList(readFileSync(new URL('seed-tags.json', seed), 'utf8'), 'seed-tags.json')
      const result = await tagsFor(tags, {
        readme: readFileSync(new URL('examples/qwen-vl/README.md', seed), 'utf8'),
        description: readFileSync(new URL('examples/qwen-vl/description.txt', seed), 'utf8')
      })
      expect(names(result)[0]).toBe('ai')
    }
  )
})
