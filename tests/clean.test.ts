import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanReadme, formatFromFileName } from '../src/text/clean.js'
import { cleanInline } from '../src/text/inline.js'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/readmes/${name}`, import.meta.url), 'utf8')
const allText = (readme: ReturnType<typeof cleanReadme>): string =>
  readme.sections.map(s => `${s.heading}\n${s.text}`).join('\n')

describe('cleanReadme (Markdown)', () => {
  const cleaned = cleanReadme(fixture('messy.md'))
  const text = allText(cleaned)

  it('takes the title from an HTML <h1> before any prose', () => {
    expect(cleaned.title).toBe('Quillpad')
  })

  it('reads setext headings, whether the underline ends the paragraph or the README', () => {
    const readme =
      'Comet\n=====\n\nComet renders orbits,\nwith no heading in this line.\n\nUsage\n-----\nRun it.\n\nTail\n---'
    const read = cleanReadme(readme)
    expect(read.title).toBe('Comet')
    expect(read.sections.map(s => s.heading)).toEqual(['Comet', 'Usage', 'Tail'])
    expect(allText(read)).toContain('Comet renders orbits, with no heading in this line.')
    // A line of dashes after a blank line is a rule, not an underline.
    expect(cleanReadme('# T\n\nPlain words\n\n---\n\nMore words.').sections.map(s => s.heading)).toEqual(['T'])
  })

  it('drops GitHub alerts: a notice is not a description', () => {
    const alerted = cleanReadme(
      '# Comet\n\n> [!WARNING]\n> The default branch was renamed to main.\n\nComet renders orbits.\n\n> Quoted praise stays.'
    )
    const text = allText(alerted)
    expect(text).not.toMatch(/renamed|branch/)
    expect(text).toContain('Comet renders orbits.')
    expect(text).toContain('Quoted praise stays.')
  })

  it('finds the opening under headings that have no text of their own', () => {
    const nested = cleanReadme(
      '# Periscope\n\n## Look around corners\n\n### Made by the tooling team\n\nPeriscope is a visual diff tool.\n\n## Usage\n\nRun it.'
    )
    const opening = nested.sections.filter(s => s.kind === 'opening').map(s => s.text)
    expect(opening.join(' ')).toContain('Periscope is a visual diff tool.')
    expect(nested.sections.find(s => s.heading === 'Usage')?.kind).not.toBe('opening')
  })

  it('reads a language switcher as navigation, so the <h1> after it is still the title', () => {
    const switched = cleanReadme(
      'Language : English | [中文](./README.zh-CN.md) | [日本語](./README.ja.md)\n\n<h1 align="center">Tidewater</h1>\n\nTidewater charts tides.'
    )
    expect(switched.title).toBe('Tidewater')
    expect(allText(switched)).not.toMatch(/English|Language/)
    // Links alone, separated by commas and closed by a full stop, are a switcher too.
    const listed = cleanReadme(
      '[English](README.md), [Deutsch](README_de.md), [Polski](README_pl.md).\n\n## Why\n\nIt hosts blogs.'
    )
    expect(allText(listed)).not.toMatch(/English|Deutsch/)
    // Prose that names a language is not a switcher.
    expect(allText(cleanReadme('# T\n\nDocs in English and [Chinese](./zh.md) for every release.'))).toContain(
      'Docs in English and Chinese for every release.'
    )
    // Languages named in Cyrillic, and "Read this in", are a switcher's words too; a link with a region is not.
    expect(allText(cleanReadme('# T\n\n[English](README.md) | Русский | Українська\n\nIt hosts blogs.'))).not.toMatch(
      /Русский/
    )
    expect(allText(cleanReadme('# T\n\nRead this in: [日本語](ja.md)\n\nIt hosts blogs.'))).not.toMatch(/Read/)
    expect(allText(cleanReadme('# T\n\n- [Acme Pay](https://acme.example) - IN\n\nIt takes payments.'))).toContain(
      'Acme Pay - IN'
    )
  })

  it('drops badges, including one whose alt text wraps over a line, and images', () => {
    expect(text).not.toMatch(/Build Status|npm|version|logo|shields/i)
  })

  it('keeps link text but not link targets, URLs with nested parentheses or bare domains', () => {
    expect(text).toContain('outline article for background')
    const angled = allText(
      cleanReadme(
        '# T\n\nSee [the guide](<https://example.org/a b_(c)>) and [the spec](https://example.org/s "Spec") now.'
      )
    )
    expect(angled).toContain('See the guide and the spec now.')
    expect(text).not.toMatch(/wikipedia|Outline_|list\)|example\.(org|io)|quillpad\.example/)
  })

  it('drops navigation lines and "join us on Discord" lines', () => {
    expect(text).not.toMatch(/Docs|Discord|Chat/)
  })

  it('drops code blocks and HTML tags but keeps the text inside inline HTML', () => {
    expect(text).not.toMatch(/kubernetes|npm install|<b>/)
    expect(text).toContain('Export to HTML and plain text')
  })

  it('marks the opening, the body and boilerplate sections (subsections inherit boilerplate)', () => {
    expect(cleaned.sections.map(s => [s.heading, s.kind])).toEqual([
      ['', 'opening'],
      ['Features', 'body'],
      ['Installation', 'boilerplate'],
      ['From source', 'boilerplate'],
      ['License', 'boilerplate']
    ])
    expect(cleaned.sections[0]?.text).toMatch(/^Quillpad is a note-taking application/)
  })

  it('joins the next section to the opening only when the README has no intro of its own', () => {
    const bare = cleanReadme(
      '# Foo\n\n[![ci](https://x.io/b.svg)](https://x.io)\n\n## Features\n\nFast.\n\n## Details\n\nMore.'
    )
    expect(bare.sections.map(s => s.kind)).toEqual(['opening', 'opening', 'body'])
    const withIntro = cleanReadme(
      '# Foo\n\nFoo is a small tool for renaming files in bulk.\n\n## Features\n\nFast.\n\n## Overview\n\nMore.'
    )
    expect(withIntro.sections.map(s => s.kind)).toEqual(['opening', 'body', 'body'])
    const about = cleanReadme(
      '# Foo\n\nFoo renames files in bulk, quickly and safely.\n\n## About\n\nIt was written for photographers.'
    )
    expect(about.sections.map(s => s.kind)).toEqual(['opening', 'opening'])
  })
})

describe('community lines', () => {
  it('drops invitations to a chat network but keeps a project that is about one', () => {
    const cleaned = cleanReadme(
      '# Hub\n\nHub is self-hosted team chat, a Slack alternative.\n\nJoin our Slack to ask questions.\n\nCome and chat with us on Discord!'
    )
    expect(cleaned.sections[0]?.text).toBe('Hub is self-hosted team chat, a Slack alternative.')
  })

  it('keeps a line that says what a project is, even with a network and a verb of invitation in it', () => {
    const cleaned = cleanReadme(
      '# Toot\n\nA server for the fediverse, so your users can follow people on Mastodon.\n\n' +
        'Relay is a Matrix bot that lets you join rooms by command.\n\nFollow the project on Mastodon.'
    )
    expect(cleaned.sections[0]?.text).toBe(
      'A server for the fediverse, so your users can follow people on Mastodon.\n' +
        'Relay is a Matrix bot that lets you join rooms by command.'
    )
  })

  it('drops an invitation whose network went with its badge, but keeps a chat app that talks to its users', () => {
    const cleaned = cleanReadme(
      '# Relay\n\nRelay moves messages between services.\n\n' +
        '[![Gitter](https://badges.gitter.im/relay.svg)](https://gitter.im/relay) To chat with other Relay users and the contributors.\n\n' +
        'Its bots can chat with customers in any language.'
    )
    expect(cleaned.sections[0]?.text).toBe(
      'Relay moves messages between services.\nIts bots can chat with customers in any language.'
    )
  })

  it('drops lines on how to reach the authors, but keeps what a mail library does', () => {
    const cleaned = cleanReadme(
      '# Quill\n\nQuill parses feeds.\n\nNeed help? Contact me via email or Gitter.\n\n' +
        'If you want to contribute, just email me.\n\n' +
        'There is a mailing list for support on Google Groups.\n\n' +
        'It can email you a digest of new posts.\n\n## Mailing list\n\nQuill-users on Google Groups.'
    )
    expect(cleaned.sections[0]?.text).toBe('Quill parses feeds.\nIt can email you a digest of new posts.')
    expect(cleaned.sections[1]?.kind).toBe('boilerplate')
  })

  it('drops lines that credit a maker or sponsor: they describe the credited party, not the project', () => {
    const cleaned = cleanReadme(
      '# Stylo\n\nStylo transforms stylesheets with plugins.\n\n' +
        'Stylo is built by Acme, a consultancy for AI and cybersecurity startups.\n\nMade with ❤️ by Jane Roe.\n\n' +
        'by John Doe\n\n' +
        'It is made by composing small plugins.'
    )
    expect(cleaned.sections[0]?.text).toBe(
      'Stylo transforms stylesheets with plugins.\nIt is made by composing small plugins.'
    )
  })
})

describe('appeals for support', () => {
  it('drops a line that asks for support or promotes something else, after an ornament too', () => {
    const cleaned = cleanReadme(
      '# Sweep\n\nSweep deletes files and folders by pattern.\n\n' +
        '🐶 Support this project and improve your skills with this great video course.\n\n' +
        'If you like Sweep, consider sponsoring me on Patreon.\n\nBuy me a coffee!\n\n' +
        'It supports the project layout of most build tools.'
    )
    expect(cleaned.sections[0]?.text).toBe(
      'Sweep deletes files and folders by pattern.\nIt supports the project layout of most build tools.'
    )
  })
})

describe('labels', () => {
  it('drops a lone label but keeps a sentence that introduces a list', () => {
    const cleaned = cleanReadme('# Glue\n\nDocumentation:\n\nGlue is a wrapper around these tools:\n\n- a\n- b')
    expect(cleaned.sections[0]?.text).toMatch(/^Glue is a wrapper around these tools:/)
    expect(cleaned.sections[0]?.text).not.toMatch(/Documentation/)
  })
})

describe('bare domains', () => {
  it('keeps a name of one label and a TLD as one word, and drops longer hosts and paths', () => {
    expect(cleanInline('A socket.io server; docs at docs.example.com and example.org/guide.')).toBe(
      'A socketio server; docs at and'
    )
  })
})

describe('pathological input', () => {
  it.each([
    ['brackets', '['.repeat(60_000)],
    ['unclosed tags', '<div '.repeat(12_000)],
    ['unclosed scripts', '<script>'.repeat(8_000)],
    ['unclosed comments', '<!--'.repeat(15_000)],
    ['rst links', '`a <'.repeat(15_000)]
  ])('cleans a README of %s in linear time', (_name, readme) => {
    for (const format of ['markdown', 'rst'] as const) {
      const start = performance.now()
      cleanReadme(readme, format)
      expect(performance.now() - start).toBeLessThan(1500)
    }
  })
})

describe('cleanInline', () => {
  it('reduces inline Markdown and HTML to prose', () => {
    expect(cleanInline('A **fast** [parser](https://x.dev/a_(b)) &amp; <code>lexer</code> \\*not emphasis\\*')).toBe(
      'A fast parser & lexer *not emphasis*'
    )
  })

  it('keeps the name of a data file and drops its extension: package.json is no JSON topic', () => {
    expect(cleanInline('Bumps the version in package.json, Cargo.toml and (.np-config.json).')).toBe(
      'Bumps the version in package, Cargo and (.np-config).'
    )
    // In any case: Windows-made READMEs write PACKAGE.JSON or Cargo.TOML.
    expect(cleanInline('Edits Pyproject.TOML and Settings.Json.')).toBe('Edits Pyproject and Settings.')
    expect(cleanInline('Reads JSON and .json files.')).toBe('Reads JSON and .json files.')
  })

  it('drops a badge whose address has a space in it, and keeps the text of such a link', () => {
    expect(
      cleanInline('[![Gitter](https://badges.gitter.im/Join Chat.svg)](https://gitter.im/acme/box) Box stores things.')
    ).toBe('Box stores things.')
    expect(cleanInline('Read [the guide](https://acme.dev/docs/user guide.html) first.')).toBe('Read the guide first.')
    // Words in parentheses are no address.
    expect(cleanInline('A [box](./box.md) (and a chat bot).')).toBe('A box (and a chat bot).')
  })

  it('drops keyboard shortcuts, whose lone letters are no words', () => {
    expect(cleanInline('Paste with Shift-Command-V, quit with Ctrl + C or ⌘Q.')).toBe('Paste with , quit with or .')
    // Not a shortcut: hyphenated words and a spaced dash.
    expect(cleanInline('An alt-right command-line tool: the command - a list.')).toBe(
      'An alt-right command-line tool: the command - a list.'
    )
  })
})

describe('cleanReadme (reStructuredText)', () => {
  const cleaned = cleanReadme(fixture('sample.rst'), 'rst')

  it('reads overlined titles and underlined headings', () => {
    expect(cleaned.title).toBe('Tidewatch')
    expect(cleaned.sections.map(s => [s.heading, s.level, s.kind])).toEqual([
      ['Tidewatch', 1, 'opening'],
      ['Features', 2, 'body'],
      ['Installation', 2, 'boilerplate']
    ])
  })

  it('drops image directives with their options, link targets and literal blocks', () => {
    const text = allText(cleaned)
    expect(text).toContain('predicts tides for harbour stations.')
    expect(text).not.toMatch(/pypi|PyPI version|example\.org|--station|Example/)
    expect(cleaned.sections[1]?.text).toBe('Offline tide tables\nExports CSV files')
  })

  it('drops badges set in a line block, and keeps the words of table cells', () => {
    const readme = [
      'Gauge',
      '=====',
      '',
      '|  |downloads| |stars| |forks|',
      '|  |version| |license|',
      '',
      'Gauge reads CPU and memory use of running processes.',
      '',
      '+------+-------------+',
      '| name | meaning     |',
      '+------+-------------+',
      '| rss  | memory used |',
      '+------+-------------+',
      '',
      '.. |downloads| image:: https://example.org/downloads.svg'
    ].join('\n')
    const text = allText(cleanReadme(readme, 'rst'))
    // The names of the badges are no words of the README ("downloads" is no downloader).
    expect(text).not.toMatch(/downloads|stars|forks|version|license/)
    expect(text).toContain('Gauge reads CPU and memory use of running processes.')
    expect(text).toMatch(/rss +\| memory used/)
  })

  it('chooses the reader from the file name', () => {
    expect(formatFromFileName('docs/README.rst')).toBe('rst')
    expect(formatFromFileName('README.txt')).toBe('text')
    expect(formatFromFileName('README')).toBe('text')
    expect(formatFromFileName('README.md')).toBe('markdown')
  })
})

describe('cleanReadme (plain text)', () => {
  const plain = [
    'Sparrow 2.1 - a tiny mail reader for the console',
    '',
    'Sparrow reads IMAP and POP3 mailboxes in a curses interface.',
    '',
    'INSTALLATION',
    '',
    'Run ./configure, then make and make install.',
    '',
    'Requirements:',
    '  a C compiler and the ncurses headers',
    '',
    '2. CONFIGURATION',
    '',
    'Edit ~/.sparrowrc to set your mailbox.',
    '',
    '# fetch every five minutes',
    'interval = 300',
    '',
    'LICENSE',
    'GPL version 2 or later.'
  ].join('\n')

  it('reads lines of capitals and short lines ending in a colon as headings, not as the title', () => {
    const cleaned = cleanReadme(plain, 'text')
    expect(cleaned.title).toBeNull()
    expect(cleaned.sections.map(s => [s.heading, s.kind])).toEqual([
      ['', 'opening'],
      ['INSTALLATION', 'boilerplate'],
      ['Requirements', 'boilerplate'],
      ['CONFIGURATION', 'body'],
      ['LICENSE', 'boilerplate']
    ])
    // A shell comment above an example is no heading.
    expect(cleaned.sections[3]?.text).toContain('fetch every five minutes')
    // The install steps are no longer part of what the project is said to be.
    expect(cleaned.sections[0]?.text).not.toMatch(/configure|make/)
  })

  it('reads "To contribute to Foo:" and "To run Foo\'s test suite:" in a README without headings as boilerplate parts', () => {
    const readme = [
      '=====',
      'Ferry',
      '=====',
      '',
      'Ferry is a web framework for small sites.',
      '',
      'To get more help:',
      '',
      '* Join the #ferry channel on IRC.',
      '',
      "To run Ferry's test suite:",
      '',
      '* Follow the unit tests section of the contributing guide.',
      '',
      'To use it with a database, see the docs.'
    ].join('\n')
    for (const format of ['rst', 'markdown'] as const) {
      const cleaned = cleanReadme(format === 'rst' ? readme : readme.replace(/^=+\nFerry\n=+/, '# Ferry'), format)
      const opening = cleaned.sections.filter(s => s.kind === 'opening').map(s => s.text)
      expect(opening.join('\n')).toContain('web framework')
      expect(opening.join('\n')).not.toMatch(/unit tests|IRC/)
      expect(cleaned.sections.map(s => [s.heading, s.kind])).toContainEqual([
        "To run Ferry's test suite:",
        'boilerplate'
      ])
    }
    // A purpose the project has is no boilerplate part.
    const own = cleanReadme('# Ferry\n\nTo serve a site:\n\nRun ferry in its folder.', 'markdown')
    expect(own.sections.every(s => s.kind === 'opening')).toBe(true)
  })

  it('leaves such lines to reStructuredText, which marks headings only by adornment', () => {
    expect(cleanReadme(plain, 'rst').sections).toHaveLength(1)
  })
})

describe('cleanReadme (non-English)', () => {
  it('keeps Chinese text intact', () => {
    const cleaned = cleanReadme(fixture('chinese.md'))
    expect(cleaned.title).toBe('星河')
    expect(cleaned.sections[0]?.text).toContain('分布式数据库')
  })
})

describe('cleanReadme (hostile input)', () => {
  it('reads a Markdown README nested too deep for the lexer without its quote markers instead of throwing', () => {
    const cleaned = cleanReadme(`# Deep\n\nA command line tool for notes.\n\n${'>'.repeat(50_000)} quoted\n`)
    expect(cleaned.title).toBe('Deep')
    expect(allText(cleaned)).toContain('A command line tool for notes.')
  })
})
