import { topic, type LexiconEntry } from './types.js'

/** Common topics beyond the seed vocabulary, for lists that name them. */
export const MORE_TOPICS: readonly LexiconEntry[] = [
  topic('machine-learning', {
    aliases: 'ml, deep-learning, neural-networks',
    strong:
      'machine learning, deep learning, neural network, neural networks, training, model training, pytorch, tensorflow, scikit learn, jax, gradient boosting, xgboost, support vector machine, support vector machines, svm, libsvm, naive bayes, bayesian classifier, text classifier, random forest, random forests, decision tree, decision trees, k means, logistic regression, linear regression, reinforcement learning, supervised learning, unsupervised learning, gradient descent, genetic algorithm, genetic algorithms, evolutionary algorithm, evolutionary algorithms, evolutionary computation, neuroevolution',
    // Regressions are also bugs, models are also data models, GPUs also draw games.
    clear:
      'dataset, datasets, inference, embeddings, fine tuning, learning algorithms, online learning, collaborative filtering, matrix factorization, recommendation algorithms, classifiers, feature engineering, feature extraction',
    // "Features" heads half of all READMEs: only the ML phrases for them count.
    hint: 'predictions, models, classification, regression, gpu'
  }),
  topic('llm', {
    aliases: 'llms, large-language-models, generative-ai, genai, gpt, chatgpt',
    strong:
      'llm, llms, large language model, large language models, gpt, chatgpt, openai, anthropic, claude, ollama, llama, mistral, prompt engineering, rag, retrieval augmented generation',
    clear:
      'completions, tokens, embeddings, fine tuning, vector store, context window, system prompt, prompt templates',
    // A shell has a prompt too, and a CLI prompts its user.
    hint: 'prompts'
  }),
  topic('nlp', {
    aliases: 'natural-language-processing, text-analysis, morphological-analyzers, morphological-analysis',
    strong:
      'natural language processing, processing natural language, nlp, tokenization, named entity recognition, sentiment analysis, text classification, part of speech, pos tagging, word segmentation, text segmentation, keyword extraction, text summarization, lemmatization, spacy, nltk, language detection, language identification, stemming, stemmer, information extraction, relation extraction, dependency parsing, constituency parsing, coreference resolution, computational linguistics, corpus linguistics, word sense disambiguation',
    clear:
      'corpus, language models, transformers, word embeddings, natural language, detect the language, stop words, n grams, ngrams, skipgrams, linguistic, treebank, english sentences',
    hint: 'text'
  }),
  topic('computer-vision', {
    aliases: 'cv, vision, image-recognition, face-detection, face-recognition, object-detection',
    strong:
      'computer vision, object detection, image classification, image segmentation, face recognition, opencv, yolo, pose estimation, ocr',
    clear: 'images, camera, detection, tracking, cnn'
  }),
  topic('data-visualization', {
    aliases: 'dataviz, visualization, charts, charting, plotting',
    strong:
      'data visualization, charts, charting library, plotting, plots, graphs and charts, dashboards, d3, matplotlib, plotly, visualization library, highcharts, echarts, chart js, vega lite, bokeh',
    clear: 'chart, bar chart, line chart, scatter plot, heatmap, svg, canvas'
  }),
  // Sites served from a repository: the hosting, not the generator.
  topic('github-pages', {
    aliases: 'gh-pages, github-io',
    strong: 'github pages, gh pages, githubio, hosted on github pages, served by github pages',
    clear: 'jekyll site, jekyll theme, cname, custom domain, static site',
    hint: 'site, website, pages, theme'
  }),
  topic('static-site-generator', {
    aliases: 'ssg, static-site, jamstack, static-page-generation, static-pages',
    strong:
      'static site generator, static site generators, static website generator, jamstack, hugo, jekyll, eleventy, gatsby, astro',
    clear: 'static site, static sites, markdown files, themes, front matter, html pages, site generator, static html',
    hint: 'github pages'
  }),
  topic('markdown', {
    aliases: 'md, commonmark',
    strong: 'markdown, commonmark, gfm, github flavored markdown, markdown parser, markdown editor, mdx',
    clear: 'md files, front matter, syntax highlighting'
  }),
  topic('documentation', {
    aliases: 'docs, docs-generator, api-docs',
    strong:
      'documentation generator, documentation site, docs site, api documentation, sphinx, mkdocs, docusaurus, javadoc, readthedocs',
    clear: 'documentation, docs, reference docs, docstrings'
  }),
  topic('web-scraping', {
    aliases: 'scraping, scraper, crawler, web-crawler, crawling',
    strong:
      'web scraping, web scraper, scraper, scraping, crawler, web crawler, crawling, spider, headless browser, puppeteer, playwright, beautifulsoup, scrapy',
    clear:
      'extract data, html parsing, html parser, css selectors, selectors, xpath, web automation, follow links, submit forms',
    hint: 'cookies, redirects, user agent'
  }),
  // Lists of "Alternatives" or "Modern replacements": a README says what it stands in for.
  topic('alternative', {
    aliases: 'alternatives, replacement, replacements',
    strong:
      'alternative to, alternatives to, replacement for, replacement of, modern alternative, modern replacement, open source alternative, self hosted alternative',
    clear: 'alternative, replacement, replaces, instead of'
  }),
  // "Mailing list" alone is mostly where to ask ("questions go to the mailing list"): a hint. A held-out Debian
  // list +1 hit@1, nothing else moved.
  topic('email', {
    aliases: 'mail, smtp, e-mail, newsletter',
    strong:
      'email, e mail, smtp, imap, pop3, mail server, email client, newsletter, newsletters, mailing list manager, mailing list software, transactional email, html email, html emails, email templates, gmail, sendgrid, mailgun, mailchimp, amazon ses, rfc 2822, rfc2822, rfc 5322, rfc5322',
    clear: 'mail, inbox, mailbox, dkim, spf, dmarc, mime, attachments, css inliner, inline css',
    hint: 'mailing list'
  }),
  topic('pdf', {
    strong: 'pdf, pdfs, pdf generation, pdf viewer, pdf parser, pdf files, generate pdf',
    clear: 'documents, reports, printing, postscript'
  }),
  // Computer graphics: drawing and rendering, in 2D or 3D, rather than editing pictures (image-processing).
  topic('graphics', {
    aliases: 'computer-graphics, rendering, graphics-library',
    members: '3d',
    strong:
      'computer graphics, graphics library, graphics api, graphics engine, rendering library, rendering engine, renderer, rasterizer, rasterization, vulkan, opengl, direct3d, directx, webgpu, 2d graphics, vector graphics',
    clear: 'rendering, gpu, shaders, shader, canvas, draw calls'
  }),
  topic('image-processing', {
    aliases: 'images, image, photo, photos, gif, gifs',
    strong:
      'image processing, image manipulation, resize images, image resizing, thumbnails, image editor, photo editor, image optimization, png, jpeg, webp, svg, identicon, identicons',
    clear:
      'images, photos, pixels, filters, crop, resize, exif, color space, color spaces, rgb, hsl, hsv, cmyk, brushes, painting, psd, photoshop, gimp, retouch'
  }),
  topic('audio', {
    aliases: 'sound, music, music-player, podcast',
    strong:
      'audio, sound, music, music player, audio player, synthesizer, daw, midi, podcast, podcasts, podcast player, podcast app, speech synthesis, audio processing, mp3, flac, wav, ogg, alsa, pulseaudio, portaudio, pipewire, mpris, sound card, audio codec, audio files',
    clear:
      'playlist, playlists, songs, tracks, spotify, soundcloud, volume, sample rate, sequencer, step sequencer, drum machine, vst, vst3, audio plugin, audio plugins, music production, internet radio, web radio, radio station, radio stations, icecast, shoutcast',
    hint: 'episodes'
  }),
  topic('maps', {
    aliases: 'gis, geospatial, geo, geolocation, geoip, location, location-services',
    strong:
      'map tiles, interactive maps, web maps, map library, maps api, google maps, map view, gis, geospatial, geographic, openstreetmap, leaflet, mapbox, geojson, geocoding, routing engine, gps, geolocation, geoip, ip geolocation, reverse geocoding, gdal, postgis, shapefile, shapefiles, geohash, geodesy, geodetic, wgs84, epsg, proj4, coordinate transformation, coordinate transformations, coordinate reference system, map projection, map projections, spatial index, geofencing',
    // Maps are also the dictionaries of Go, Java or Erlang: alone, the word only hints.
    clear:
      'coordinates, latitude, longitude, location, locations, spatial, linestring, multipolygon, multilinestring, well known text',
    hint: 'maps'
  }),
  topic('privacy', {
    aliases: 'anonymity, tracking-protection, data-protection, user-privacy, ad-blocking, ad-blocker',
    strong:
      'privacy, privacy focused, privacy respecting, no tracking, anonymity, anonymous, ad blocker, tracker blocking, gdpr, end to end encryption, data protection, user data, personal data, protect user data, personally identifiable information, pii',
    clear: 'tracking, trackers, telemetry free, encrypted, tor, data breach, sensitive data, consent'
  }),
  // Data published for anyone to reuse: the repositories are the datasets themselves, or their portals.
  topic('open-data', {
    aliases: 'opendata, public-data, open-datasets',
    strong:
      'open data, open datasets, public datasets, public data, data portal, open government data, machine readable data, data package, frictionless data, ckan, socrata',
    clear:
      'dataset, datasets, csv files, data catalog, data dictionary, codebook, census data, data published, published data, government data, download the data',
    hint: 'data, csv, json files, records, statistics'
  }),
  // The art of real-time audiovisual programs in a few kilobytes: demos, intros and the parties they are shown at.
  topic('demoscene', {
    aliases: 'demo-scene, demoscene-productions',
    strong: 'demoscene, demo scene, demoparty, demo party, 4k intro, 64k intro, sizecoding, demosceners, demogroup',
    clear: 'intro, intros, amiga, commodore 64, c64, zx spectrum, chiptune, tracker music',
    hint: 'effects, shaders, oldschool, retro'
  }),
  topic('vpn', {
    aliases: 'wireguard, openvpn',
    strong: 'vpn, wireguard, openvpn, ipsec, mesh vpn, tailscale, zerotier, vpn server, vpn client',
    clear: 'tunnel, tunnels, peers, encrypted traffic'
  }),
  topic('dns', {
    strong: 'dns, dns server, dns resolver, dns over https, doh, dnssec, nameserver, ad blocking dns, pi hole',
    clear: 'domains, dns records, resolver, zone file',
    // Records are kept by time trackers, loggers and databases as often.
    hint: 'records'
  }),
  topic('proxy', {
    aliases: 'reverse-proxy, http-proxy, socks, load-balancer, load-balancers, load-balancing',
    strong: 'proxy, reverse proxy, forward proxy, http proxy, socks5, socks proxy, proxy server, load balancer, tunnel',
    clear: 'upstream, backends, traffic, tls termination'
  }),
  topic('cryptography', {
    aliases: 'crypto-library, encryption, hashing, checksums, checksum, hash-functions',
    strong:
      'cryptography, cryptographic, encryption library, encrypt, decrypt, aes, rsa, elliptic curve, ecdsa, ed25519, hashing, sha256, hmac, zero knowledge, zero knowledge proofs, zero knowledge proof, zk snarks, zk starks, signatures, openssl, boringssl, libressl, tls library, ssl library, crypto library, cryptographic library, cryptographic primitives, checksum, checksums, crc32, md5, sha1, hash function, hash functions, xxhash, murmurhash, password hashing, argon2, bcrypt, scrypt, pbkdf2, key derivation',
    // Programmers' "crypto" (a crypto package, "crypto done right") is cryptography as often as coins.
    clear:
      'ciphertext, plaintext, cipher, nonce, tls, crypto, forward secrecy, end to end encryption, key exchange, double ratchet, public key cryptography',
    // Object keys, API keys, keyboard keys: only a hint of cryptography.
    hint: 'keys'
  }),
  topic('backup', {
    aliases: 'backups',
    strong:
      'backup, backups, backup tool, incremental backups, snapshots, restore, deduplication, disaster recovery, restic, borg',
    clear: 'archives, retention, encrypted backups'
  }),
  topic('sync', {
    aliases: 'synchronization, file-sync',
    strong: 'file sync, sync files, synchronization, synchronize, syncthing, rsync, dropbox alternative, two way sync',
    clear: 'sync, syncing, devices, conflict resolution'
  }),
  topic('note-taking', {
    aliases: 'notes, notes-app, knowledge-base, knowledge-management, pkm',
    strong:
      'note taking, notes app, note app, notes, knowledge base, personal knowledge management, second brain, zettelkasten, obsidian, notion alternative',
    clear: 'markdown notes, journal, outliner, backlinks',
    // A personal wiki holds notes, but a wiki is a kind of its own (and "the wiki" most often documentation).
    hint: 'wiki'
  }),
  topic('productivity', {
    aliases: 'todo, task-manager, time-tracking',
    strong:
      'productivity, todo list, to do list, task manager, task management, time tracking, time tracker, pomodoro, kanban, calendar, habit tracker',
    clear: 'reminders, to dos, todos, task list',
    hint: 'tasks, boards, focus, workflow'
  }),
  topic('bot', {
    aliases: 'bots, chatbot, discord-bot, telegram-bot, slack-bot',
    strong: 'bot, bots, discord bot, telegram bot, slack bot, chatbot, irc bot, twitter bot',
    clear: 'slash commands',
    // Every command-line tool has commands, most tools automate something, and CI and git hosts send webhooks.
    hint: 'commands, automation, webhook'
  }),
  topic('rss', {
    aliases: 'feeds, feed-reader, atom',
    strong: 'rss, rss reader, feed reader, rss feeds, atom feeds, podcast feeds, news aggregator',
    clear: 'feeds, feed, subscriptions, opml'
  }),
  // Slugs and permalinks are how web frameworks' SEO plugins make URLs readable; alone they only hint.
  topic('seo', {
    aliases: 'search-engine-optimization, meta-tags, metatags',
    strong:
      'seo, search engine optimization, sitemap, sitemaps, xml sitemap, sitemap xml, meta tags, open graph tags, schema org, json ld, canonical url, canonical urls, robots txt',
    clear:
      'open graph, twitter cards, meta description, search rankings, rich snippets, seo friendly, search engine friendly, friendly urls, pretty urls',
    hint: 'slug, slugs, permalink, permalinks, crawlers, keywords'
  }),
  topic('analytics', {
    aliases: 'web-analytics, metrics, tracking, business-intelligence',
    strong:
      'analytics, web analytics, product analytics, google analytics alternative, pageviews, event tracking, privacy friendly analytics',
    clear: 'visitors, dashboards, funnels, retention, metrics'
  }),
  topic('i18n', {
    aliases: 'internationalization, localization, l10n, translation',
    strong:
      'internationalization, localization, i18n, l10n, translations, translation management, gettext, locales, pluralization',
    clear: 'languages, locale, translate, localizable strings, strings files, translation files'
  }),
  topic('animation', {
    aliases: 'animations, motion',
    strong: 'animation, animations, animation library, motion, tweening, keyframes, lottie, transitions',
    clear: 'animate, easing, spring physics, timeline'
  }),
  topic('css', {
    aliases: 'css-framework, styles, sass',
    strong: 'css, css framework, css in js, sass, scss, less css, postcss, utility first css, stylesheets',
    clear: 'css classes, utility classes, responsive design, stylesheet, style sheets',
    // Said of terminals, editors and object-oriented code as often as of CSS.
    hint: 'styles, styling, classes, themes, responsive'
  }),
  topic('vue', {
    aliases: 'vuejs, vue-js, nuxt',
    strong: 'vue, vue js, vuejs, vue 3, nuxt, vue components, pinia, vuex',
    clear: 'components, composition api, single file components'
  }),
  topic('angular', {
    aliases: 'angularjs',
    strong: 'angular, angular components, angularjs, ngrx, angular cli',
    clear: 'rxjs, components, directives'
  }),
  topic('django', {
    strong: 'django, django app, django admin, django orm',
    clear: 'python, orm, migrations, templates'
  }),
  topic('microservices', {
    aliases: 'microservice, service-mesh',
    strong:
      'microservices, microservice, service mesh, service discovery, api gateway, distributed tracing, event driven architecture',
    clear: 'services, grpc, kubernetes, circuit breaker, sidecar, sidecar proxy, mutual tls, mtls'
  }),
  topic('chaos-engineering', {
    aliases: 'chaos-testing, fault-injection',
    strong:
      'chaos engineering, chaos testing, chaos experiments, chaos monkey, fault injection, failure injection, inject faults, inject failures',
    clear: 'resilience testing, simulate failures, network partitions, kills pods, random failures, dropped connections'
  }),
  topic('code-review', {
    aliases: 'code-reviews, review',
    strong:
      'code review, code reviews, review pull requests, reviewing pull requests, reviews pull requests, review tool, patch review, diff viewer',
    clear: 'reviewers, reviewing, side by side diff, review comments'
  }),
  topic('developer-portal', {
    aliases: 'developer-portals, internal-developer-portal, service-catalog',
    strong: 'developer portal, internal developer portal, software catalog, service catalog, backstage',
    clear: 'runbooks, service ownership, scorecards, golden paths'
  }),
  // Processes talking to each other on one machine or across a network: RPC is its most common form.
  topic('ipc', {
    aliases: 'inter-process-communication, interprocess-communication, message-passing',
    members: 'grpc',
    strong:
      'ipc, inter process communication, interprocess communication, message passing, shared memory, named pipes, unix domain sockets, dbus, d bus, cap n proto, remote procedure calls',
    clear: 'rpc system, serialization format, pipes, zeromq, message bus'
  }),
  topic('grpc', {
    aliases: 'protobuf, protocol-buffers, rpc',
    strong: 'grpc, protobuf, protocol buffers, rpc framework, remote procedure call, thrift',
    clear: 'rpc, proto files, stubs, service definitions'
  }),
  topic('postgresql', {
    aliases: 'postgres, pg',
    strong: 'postgresql, postgres, pg, postgis, psql, pgvector, postgres extension',
    clear: 'sql, database, queries'
  }),
  topic('mysql', { aliases: 'mariadb', strong: 'mysql, mariadb, innodb', clear: 'sql, database' }),
  topic('sqlite', { strong: 'sqlite, sqlite3, libsql, embedded database', clear: 'sql, database file' }),
  topic('redis', {
    strong: 'redis, redis client, redis compatible, valkey, keydb',
    clear: 'key value',
    // Any cache or message bus says these: a hint of Redis, not a sign of it.
    hint: 'cache, pub sub'
  }),
  topic('mongodb', {
    aliases: 'mongo',
    strong: 'mongodb, mongo, mongoose, bson',
    clear: 'documents, collections, nosql'
  }),
  topic('elasticsearch', {
    aliases: 'opensearch, elastic',
    strong: 'elasticsearch, opensearch, elastic stack, kibana, logstash',
    clear: 'indices, full text search, lucene'
  }),
  topic('kafka', {
    aliases: 'apache-kafka',
    strong: 'kafka, apache kafka, kafka connect, kafka streams, redpanda',
    clear: 'topics, partitions, consumers, producers, brokers'
  }),
  topic('docker', {
    aliases: 'docker-compose, dockerfile',
    strong: 'docker, dockerfile, docker compose, docker image, docker images, docker hub, docker container, containers',
    clear: 'container, image, compose file, registry'
  }),
  topic('terraform', {
    aliases: 'opentofu, hcl',
    strong: 'terraform, opentofu, terraform provider, terraform module, terraform modules, hcl, terraform state',
    clear: 'infrastructure as code, plan, apply, providers'
  }),
  topic('ansible', {
    strong: 'ansible, ansible playbook, ansible role, ansible collection, playbooks',
    clear: 'inventory, tasks, roles, configuration management'
  }),
  topic('helm', {
    aliases: 'helm-chart, helm-charts',
    strong: 'helm, helm chart, helm charts, chart repository, values yaml',
    clear: 'kubernetes, releases, templates'
  }),
  topic('prometheus', {
    strong: 'prometheus, prometheus exporter, promql, alertmanager',
    clear: 'metrics, scrape, exporters, grafana'
  }),
  topic('grafana', {
    strong: 'grafana, grafana dashboard, grafana plugin, loki, tempo',
    clear: 'dashboards, panels, data source'
  }),
  topic('git', {
    aliases: 'version-control, vcs, github, gitlab',
    // GitHub, repositories and commits come up in nearly every README (badges, contributing notes): hints only.
    strong:
      'git, version control, git repository, git repositories, git client, git hooks, git history, git commands, git branches, libgit2, git implementation',
    clear: 'commits, branches, merge requests, rebase, diff, staging area, cherry pick, mercurial, subversion',
    hint: 'commit, branch, repository, repositories, github, gitlab, gitea'
  }),
  topic('github-actions', {
    aliases: 'github-action, actions, gh-actions',
    strong: 'github actions, github action, workflow file, github workflow, uses actions, action yml',
    clear: 'workflow, runner, ci, jobs, steps'
  }),
  topic('vscode', {
    aliases: 'vscode-extension, visual-studio-code',
    strong: 'vscode, vs code, visual studio code, vscode extension, vs code extension, visual studio marketplace',
    clear: 'extension, command palette, language server'
  }),
  topic('vim', {
    aliases: 'neovim, nvim, vim-plugin',
    strong: 'vim, neovim, nvim, vim plugin, neovim plugin, vimscript, lua plugin for neovim',
    clear: 'plugin manager, keymaps, init lua, vimrc'
  }),
  topic('emacs', {
    aliases: 'emacs-package, elisp',
    strong: 'emacs, emacs package, elisp, emacs lisp, melpa, org mode',
    clear: 'major mode, minor mode, init el'
  }),
  topic('shell', {
    aliases: 'bash, zsh, fish, shell-script',
    strong: 'shell, shell script, shell scripts, bash, zsh, fish shell, posix shell, shell scripting, dotfiles',
    clear: 'scripts, aliases, prompt',
    // Most programs that run in a terminal are not about the shell.
    hint: 'terminal, command line'
  }),
  topic('dotfiles', {
    strong:
      'dotfiles, dot files, config files, my configuration, my config, my settings, my setup, zshrc, bashrc, vimrc',
    clear: 'setup, install script, symlinks'
  }),
  // Cutting releases: version numbers, changelogs, tags. "Semantic versioning" and "release notes" alone are
  // README boilerplate (noise.ts); what a release tool says it does is here.
  topic('release-management', {
    aliases: 'release-tools, release-automation, release-tool, versioning, changelog, changelogs',
    strong:
      'release management, release automation, automated releases, release tool, release process, version bump, version bumping, bump the version, bumps the version, bump version, changelog generator, generate a changelog, generates a changelog, generate changelog, changelog from git, conventional commits, semantic release, cut a release, publish a release',
    clear: 'changelog, versioning, version number, version numbers, git tags, release branch, prerelease',
    hint: 'releases, release, tags, version'
  }),
  topic('package-manager', {
    aliases:
      'package-management, dependency-management, package-registry, package-registries, package-repositories, package-repository',
    strong:
      'package manager, package management, dependency management, dependency manager, lockfile, package registry, installs packages',
    clear:
      'dependency resolution, lock file, version constraints, semver ranges, package cache, extension installer, extensions installer, installs extensions, installer for extensions, package installer, plugin installer',
    // Every README installs something and lists its dependencies: hints only.
    hint: 'packages, dependencies, versions, registry, install'
  }),
  topic('locking', {
    aliases: 'locks, lock, distributed-lock, distributed-locks, distributed-locking, mutex, mutexes, file-locking',
    strong:
      'distributed lock, distributed locks, distributed locking, lock manager, locking library, lock library, advisory lock, advisory locks, file locking, spinlock, mutex, mutexes',
    clear:
      'critical section, critical sections, critical code, acquire a lock, acquire the lock, release the lock, semaphore, semaphores, locking, locks'
  }),
  topic('dependency-injection', {
    aliases: 'inversion-of-control, ioc-container, di-container',
    strong:
      'dependency injection, dependency injector, dependency injection container, di container, ioc container, inversion of control, service container',
    clear: 'autowiring, auto wiring, constructor injection, setter injection, service locator, injector'
  }),
  topic('scheduler', {
    aliases: 'cron, job-scheduler, scheduling',
    strong:
      'scheduler, job scheduler, task scheduler, cron, cron jobs, scheduled jobs, background jobs, job queue, recurring tasks',
    clear: 'schedule, scheduling, jobs, retries, delayed'
  }),
  topic('template-engine', {
    aliases: 'templating, templates',
    strong:
      'template engine, templating engine, templating, templates, jinja, jinja2, mustache, handlebars, liquid templates, html templates, html template, template language, templating language, compile time templates, server side templates',
    clear: 'template, partials',
    // Configuration files have variables, and every UI library renders.
    hint: 'render, variables'
  }),
  topic('code-generator', {
    aliases: 'codegen, code-generation, scaffolding, generator',
    strong:
      'code generator, code generation, codegen, generates code, scaffolding, boilerplate generator, generate code',
    clear: 'generate, generated, templates, schema'
  }),
  topic('formatter', {
    aliases: 'code-formatter, prettier',
    strong: 'code formatter, formatter, auto formatter, pretty printer, formatting tool, opinionated formatter',
    clear: 'format, formatting, style, indentation, reformat, reformats, reformatting, indent, indents, sort imports'
  }),
  topic('converter', {
    aliases: 'converters, file-converter, format-converter, conversion-tools',
    strong:
      'converter, file converter, format converter, document converter, conversion tool, converts between, convert between, converting between',
    clear: 'convert, converts, converting, conversion, conversions'
  }),
  topic('fuzzing', {
    aliases: 'fuzzer, fuzzers, fuzz-testing',
    strong:
      'fuzzer, fuzzing, fuzz testing, fuzz tests, fuzz targets, coverage guided, libfuzzer, american fuzzy lop, honggfuzz, afl',
    clear: 'fuzz, crashing inputs, test case minimization'
  }),
  topic('spell-checker', {
    aliases: 'spell-checkers, spellchecker, spelling',
    strong:
      'spell checker, spellchecker, spell checking, spellchecking, spellcheck, spelling mistakes, misspellings, misspelled words, hunspell, aspell',
    clear: 'spelling, misspelled, typos',
    hint: 'dictionary, dictionaries'
  }),
  topic('voip', {
    aliases: 'telephony, sip',
    strong: 'voip, voice over ip, softphone, sip client, sip server, sip phone, pbx, asterisk, freeswitch, telephony',
    clear: 'phone calls, voice calls, calls'
  }),
  topic('chess', {
    strong: 'chess, chess engine, chessboard, stockfish, uci protocol, pgn, checkmate',
    clear: 'openings, endgame, grandmaster'
  }),
  topic('flashcards', {
    aliases: 'flashcard, spaced-repetition',
    strong: 'flashcards, flash cards, spaced repetition, anki, memorization',
    clear: 'memorize, decks, quiz, quizzes'
  }),
  topic('mind-map', {
    aliases: 'mind-maps, mind-mapping, mindmap',
    strong: 'mind map, mind maps, mindmap, mind mapping',
    clear: 'brainstorming, outline, outliner'
  }),
  topic('init-system', {
    aliases: 'init-systems, service-manager',
    strong:
      'init system, service manager, service supervision, process supervision, systemd, runit, openrc, sysvinit, pid 1',
    clear: 'boot, daemons, unit files'
  }),
  topic('disk-tool', {
    aliases: 'disk-tools, partitioning, disk-partitioning',
    strong:
      'disk partitioning, partition table, partition editor, partitions, gparted, fdisk, disk usage, disk space, smart data, disk health, disk images, disk imaging',
    clear: 'disks, drives, ssd, hdd, partition, mbr, gpt',
    hint: 'disk'
  }),
  topic('device-driver', {
    aliases: 'device-drivers, drivers, driver',
    strong: 'device driver, device drivers, kernel driver, kernel drivers, kernel module, kernel modules, driver for',
    clear: 'driver, drivers',
    hint: 'hardware, devices'
  }),
  topic('theme', {
    aliases: 'themes, color-scheme, color-schemes, colorscheme',
    strong:
      'theme, themes, color scheme, colour scheme, colorscheme, gtk theme, icon theme, dark theme, light theme, syntax theme',
    clear: 'palette, dark mode, light mode'
  }),
  topic('refactoring', {
    aliases: 'refactor, refactoring-tools, codemod, codemods',
    strong:
      'refactoring, refactorings, refactoring tool, automated refactoring, codemod, codemods, rename symbol, extract method, extract function, source transformation',
    clear: 'refactor, refactors, rewrites code, ast transformation'
  }),
  topic('document-management', {
    aliases: 'document-management-system, dms',
    strong:
      'document management, document management system, paperless, scanned documents, document archive, digital archive of documents',
    // Signing is what documents go through too: e-signature software is filed with the documents it signs.
    clear:
      'scans, scanner, documents archive, tagging documents, document signing, e signature, e signatures, electronic signature, electronic signatures, esignature, docusign alternative',
    hint: 'documents'
  }),
  topic('polls', {
    aliases: 'poll, survey, surveys, voting',
    strong: 'polls, poll, surveys, survey, questionnaire, questionnaires, voting, ballots, ranked choice',
    clear: 'votes, vote, respondents, responses'
  }),
  topic('groupware', {
    aliases: 'collaboration-suite',
    strong: 'groupware, collaboration suite, shared calendars, shared contacts, caldav, carddav',
    clear: 'calendars, contacts, collaboration'
  }),
  topic('resilience', {
    aliases: 'circuit-breaker, circuit-breakers, fault-tolerance',
    strong:
      'circuit breaker, circuit breakers, bulkhead, fault tolerance, fault tolerant, resilience library, retry policies',
    clear: 'retries, retry, backoff, fallback, timeouts, resilience'
  }),
  topic('hotkeys', {
    aliases: 'hotkey, keyboard-shortcuts, shortcuts, keybindings',
    strong:
      'hotkeys, hotkey, keyboard shortcuts, keyboard shortcut, global shortcuts, key bindings, keybindings, key remapping, remap keys',
    clear: 'shortcuts, keystrokes, key combinations'
  }),
  topic('system-tray', {
    aliases: 'tray, menu-bar, menubar',
    strong: 'system tray, tray icon, menu bar app, menubar app, status bar item, status icon',
    clear: 'tray, menu bar, menubar'
  }),
  topic('shipping', {
    aliases: 'logistics, shipments',
    strong:
      'shipping, shipments, shipping labels, tracking numbers, parcel tracking, carriers, logistics, fedex, dhl, usps',
    clear: 'parcels, packages delivery, delivery'
  }),
  topic('incident-response', {
    aliases: 'incident-management, on-call',
    strong:
      'incident response, incident management, on call rotation, on call schedules, postmortem, postmortems, pagerduty, opsgenie, escalation policies',
    clear: 'incidents, runbooks, escalation, on call'
  }),
  topic('antivirus', {
    aliases: 'anti-virus, malware-scanner, virus-scanner',
    strong: 'antivirus, anti virus, malware scanner, virus scanner, clamav, malware detection, yara rules',
    clear: 'malware, viruses, quarantine, infected files'
  }),
  topic('anomaly-detection', {
    aliases: 'outlier-detection',
    strong:
      'anomaly detection, outlier detection, novelty detection, isolation forest, detects anomalies, detect anomalies',
    clear: 'anomalies, anomalous, outliers'
  }),
  topic('packaging', {
    aliases: 'package-building, installers',
    strong:
      'packaging, package builder, builds packages, build packages, deb packages, rpm packages, msi installer, installer builder',
    clear: 'deb, rpm, installers, installer'
  }),
  topic('control-panel', {
    aliases: 'control-panels, hosting-panel',
    strong: 'control panel, hosting control panel, web hosting panel, server control panel, cpanel, webmin, plesk',
    clear: 'hosting, virtual hosts'
  }),
  topic('debugger', {
    aliases: 'debugging',
    strong:
      'debugger, debugging tool, breakpoints, step through, stack traces, gdb, lldb, memory leak, memory leaks, leak detection, heap snapshot, heap snapshots, stack trace parsing, call stack, open handles, active handles',
    // Curated lists file profilers under debugging ("Debugging Tools", "Debugging / Profiling").
    clear:
      'debug, debugging, inspect, inspector, stack trace, source maps, diagnostics, troubleshooting, profiler, profilers'
  }),
  topic('profiler', {
    aliases: 'profiling, performance-analysis',
    strong:
      'profiler, profiling, flame graph, flamegraph, cpu profiling, memory profiling, sampling profiler, tracing profiler, performance profiling, heap profiling, allocation profiling, event loop lag, event loop delay',
    clear: 'hot paths, allocations, performance analysis, performance bottlenecks',
    // Every library claims performance ("a performance-focused Redis client"): a hint only.
    hint: 'performance'
  }),
  topic('p2p', {
    aliases: 'peer-to-peer, torrent, bittorrent, decentralized',
    strong: 'peer to peer, p2p, bittorrent, torrent, torrents, dht, libp2p, ipfs, decentralized network, mesh network',
    clear: 'peers, decentralized, distributed, nodes'
  }),
  topic('downloader', {
    aliases: 'download-manager, downloads',
    strong: 'downloader, download manager, download videos, downloads files, youtube dl, yt dlp, batch download',
    clear: 'download, downloads, resume downloads'
  }),
  topic('ocr', {
    aliases: 'text-recognition',
    strong: 'ocr, optical character recognition, text recognition, tesseract, extract text from images',
    clear: 'scanned documents, recognition'
  }),
  topic('math', {
    aliases: 'mathematics, numerical, linear-algebra, numbers, number-theory',
    strong:
      'mathematics, math library, linear algebra, matrix, matrices, numerical methods, numerical computing, symbolic math, computer algebra, statistics, probability, automatic differentiation, computational geometry, numerical analysis',
    // Decimal arithmetic is what money needs too, and still arithmetic: math's, so that no money-only entry hides it.
    clear:
      'math, equations, vectors, calculus, arithmetic, derivatives, geometric algorithms, arbitrary precision, decimal arithmetic, big integers, bignum, bignums, big decimal, rational numbers'
  }),
  topic('science', {
    aliases: 'scientific-computing, research, scientific',
    strong:
      'scientific computing, simulation, simulations, physics, chemistry, biology, bioinformatics, astronomy, molecular, genomics, climate',
    clear:
      'research, researchers, experiments, scientific, numerical methods, numerical computing, linear algebra, differential equations, eigenvalues, sparse matrices, finite element, numerical solvers, hpc'
  }),
  // The field's own words: a list's "Bioinformatics" or "Biology Software" tag reads sequence files and genomes.
  topic('bioinformatics', {
    aliases: 'computational-biology, genomics, biology',
    strong:
      'bioinformatics, computational biology, genomics, genome, genomes, genomic, dna sequences, dna sequencing, rna seq, sequencing data, sequence alignment, fasta, fastq, vcf files, bam files, phylogenetics, phylogenetic, proteomics, protein structure, protein structures',
    clear: 'reads, variants, genes, alignments, reference genome, gene expression, biological data, dna, rna, proteins'
  }),
  topic('compression', {
    aliases: 'zip, archive',
    strong:
      'compression, compress, decompress, zip, gzip, zstd, brotli, lz4, archive format, archiver, tar, zlib, deflate',
    clear: 'archives, compressed, ratio, inflate'
  }),
  topic('regex', {
    aliases: 'regular-expressions, regexp',
    strong: 'regex, regular expression, regular expressions, regexp, pattern matching engine',
    clear: 'patterns',
    hint: 'match, matching'
  }),
  topic('date-time', {
    aliases: 'datetime, time, dates, calendar, timezone, date',
    strong:
      'date and time, datetime, date time, time zones, timezone, timezones, date parsing, date formatting, calendar, calendars, julian date',
    clear:
      'dates, durations, timestamps, iso 8601, utc, icalendar, ical, recurrence rules, rrule, time library, time package, date library, date utilities, date manipulation, time manipulation, parse dates, format dates, cron expression, cron expressions, business days, working days, business hours, opening hours, public holidays'
  }),
  topic('validation', {
    aliases: 'schema-validation, validator',
    strong:
      'validation, validator, schema validation, data validation, input validation, form validation, json schema validation',
    clear: 'validate, schemas',
    hint: 'rules, errors'
  }),
  topic('configuration', {
    aliases: 'config, settings, config-management',
    strong:
      'configuration library, config files, configuration files, environment variables, dotenv, config loader, settings management, env vars, env var, environment variable, configuration management library, config management, layered configuration',
    clear: 'config, configuration, settings, toml, ini'
  }),
  topic('feature-flags', {
    aliases: 'feature-toggles, feature-flag',
    strong:
      'feature flags, feature flag, feature toggles, feature toggle, feature toggling, feature flagging, a b testing, experimentation platform, gradual rollout',
    clear: 'flags, toggles, rollouts, experiments, dark launch, percentage of users, targeting rules, kill switch'
  }),
  topic('rate-limiting', {
    aliases: 'rate-limiter, throttling',
    strong: 'rate limiting, rate limiter, rate limit, throttling, token bucket, leaky bucket',
    clear: 'limits, quota, requests per second'
  }),
  topic('home-automation', {
    aliases: 'smart-home, homeautomation',
    strong:
      'home automation, smart home, home assistant, zigbee, z wave, matter protocol, smart lights, homekit, philips hue, smart bulbs, smart plugs',
    clear: 'devices, sensors, automations, mqtt, thermostat, thermostats'
  }),
  topic('self-hosted', {
    aliases: 'selfhosted, self-hosting, homelab',
    strong: 'self hosted, selfhosted, self hosting, host it yourself, on your own server, homelab, docker compose',
    clear: 'your own server, privacy, open source alternative'
  }),
  topic('education', {
    aliases: 'edtech, teaching',
    strong: 'education, educational, teaching, students, teachers, classroom, edtech, school',
    clear: 'learning, courses, lessons, exercises'
  }),
  topic('health', {
    aliases: 'healthcare, medical, fitness',
    strong:
      'health, healthcare, medical, patients, clinical, fitness, workout, hospital, ehr, fhir, medical records, health records, patient records, dicom, hl7, radiology, medical imaging, biomedical, electrocardiogram, electroencephalography',
    clear: 'doctors, physicians, nurses, clinics, diagnosis, wellness, eeg, ecg, biosignals',
    // Records and tracking of anything (DNS records, issue tracking) are no health topic on their own.
    hint: 'records, tracking'
  }),
  topic('accessibility', {
    aliases: 'a11y, web-accessibility, accessibility-tools',
    strong:
      'accessibility, a11y, screen reader, wcag, wai aria, accessibility testing, accessibility checker, accessibility audit, color contrast, contrast ratio, assistive technology, inclusive design',
    clear: 'aria, keyboard navigation, contrast, assistive, alt text, focus management, colour contrast, section 508',
    // An everyday word: "accessible from anywhere".
    hint: 'accessible'
  }),
  topic('build-system', {
    aliases: 'build-systems, build-tool, build-tools, build-automation',
    strong:
      'build system, build tool, build automation, makefile, makefiles, cmake, bazel, meson, gradle, maven, scons, autotools, premake, xmake, buck2, ninja build, incremental builds, hermetic builds, rebar3, erlang mk, sbt, leiningen, msbuild, phing, justfile, task runner, task runners, gulpfile, gruntfile',
    clear:
      'build rules, build targets, build files, cross compilation, toolchain file, ninja, build graph, rebar, grunt, gulp, build script, build scripts, build process',
    hint: 'build, builds, targets, compile, compilation, toolchain',
    weak: ''
  }),
  topic('window-manager', {
    aliases: 'window-managers, window-management, tiling-window-manager, wayland-compositor',
    strong:
      'window manager, window managers, tiling window manager, wayland compositor, x11 window manager, stacking window manager, i3wm, sway, xmonad, awesomewm, bspwm, hyprland, dwm',
    clear: 'tiling, compositor, workspaces, x11, wayland, xorg, keybindings, status bar',
    hint: 'windows, window, layouts, gaps, desktop, bar',
    weak: ''
  }),
  topic('virtualization', {
    aliases: 'hypervisor, hypervisors, virtual-machines, kvm, qemu',
    strong:
      'virtualization, hypervisor, hypervisors, qemu, kvm, virtualbox, vmware, xen, firecracker, microvm, microvms, libvirt, proxmox, hyper v, guest os',
    // A "virtual machine" is also a language's bytecode interpreter (runtime): a hint, not evidence.
    clear: 'vms, guest operating system, virtual disk, pci passthrough, vcpu, vcpus, paravirtualization',
    hint: 'guest, host, isolation, snapshots, vm, virtual machine, virtual machines',
    weak: '',
    // Containers are virtualization at the level of the operating system.
    members: 'containerization'
  }),
  topic('ebook', {
    aliases: 'ebooks, e-book, e-books, epub, ebook-reader',
    strong:
      'ebook, ebooks, e book, e books, epub, ebook reader, e reader, ereader, kindle, calibre, mobi, azw3, ebook library, ebook manager, opds',
    clear: 'fb2, djvu, bookshelf, reading progress, e ink',
    hint: 'books, book, reading, reader, pdf',
    weak: ''
  }),
  topic('state-management', {
    aliases: 'state-managers, state-container',
    strong:
      'state management, state manager, state container, redux, mobx, zustand, recoil, jotai, pinia, vuex, xstate, ngrx, redux toolkit, global state, application state',
    clear:
      'reducers, reducer, actions and reducers, selectors, immutable state, observable state, atoms, store state, dispatch actions',
    hint: 'store, stores, state, dispatch, subscribe, middleware',
    weak: ''
  }),
  topic('drone', {
    aliases: 'drones, uav, uavs, quadcopter',
    strong:
      'drone, drones, uav, uavs, unmanned aerial vehicle, quadcopter, multicopter, px4, ardupilot, betaflight, flight controller, mavlink, autopilot firmware',
    clear: 'flight control, fpv, gimbal, ground control station, autonomous flight, waypoints',
    hint: 'flight, aircraft, gps, imu, telemetry',
    weak: ''
  }),
  topic('astronomy', {
    aliases: 'astrophysics, astronomy-software',
    strong:
      'astronomy, astronomical, astrophysics, telescope, telescopes, planetarium, ephemeris, astrometry, astropy, celestial, star catalog, sky survey, exoplanet, exoplanets',
    clear: 'stars, planets, galaxies, orbits, night sky, observatory, fits files, satellite tracking',
    hint: 'sky, space, orbit, planet, moon, sun',
    weak: ''
  }),
  topic('font', {
    aliases: 'fonts, typeface, typefaces, typography',
    strong:
      'font, fonts, typeface, typefaces, programming font, monospaced font, monospace font, icon font, font family, opentype, truetype, woff2, glyphs, ligatures, variable font, font editor',
    clear: 'typography, glyph, kerning, otf, ttf, woff, font weights, nerd fonts',
    hint: 'weights, italic, bold, characters, unicode',
    weak: ''
  })
]
