import { topic, type LexiconEntry } from './types.js'

/** Common topics beyond the seed vocabulary, for lists that name them. */
export const MORE_TOPICS: readonly LexiconEntry[] = [
  topic('machine-learning', {
    aliases: 'ml, deep-learning, neural-networks',
    strong:
      'machine learning, deep learning, neural network, neural networks, training, model training, pytorch, tensorflow, scikit learn, jax, gradient boosting, xgboost, support vector machine, support vector machines, svm, libsvm, naive bayes, bayesian classifier, text classifier, random forest, random forests, decision tree, decision trees, k means, logistic regression, linear regression, reinforcement learning, supervised learning, unsupervised learning, gradient descent',
    // Regressions are also bugs, models are also data models, GPUs also draw games.
    clear: 'dataset, datasets, inference, embeddings, fine tuning',
    hint: 'predictions, features, models, classification, regression, gpu'
  }),
  topic('llm', {
    aliases: 'llms, large-language-models, generative-ai, genai, gpt, chatgpt',
    strong:
      'llm, llms, large language model, large language models, gpt, chatgpt, openai, anthropic, claude, ollama, llama, mistral, prompt engineering, rag, retrieval augmented generation',
    clear: 'prompts, prompt, completions, tokens, embeddings, fine tuning, vector store, context window'
  }),
  // Work on strings as strings (slugs, wrapping, transliteration, fuzzy matching): no model of language.
  topic('text-processing', {
    aliases: 'text-manipulation, string-manipulation, string-processing, strings, string-utilities, unicode',
    strong:
      'text processing, text manipulation, string manipulation, string processing, string utilities, string functions, slugify, slugs, transliteration, transliterate, unicode normalization, word wrap, text wrapping, fuzzy string matching, string similarity, levenshtein, edit distance, case conversion, ascii art, figlet, user agent parser, pinyin, romanization',
    clear: 'slug, unicode, strings, plain text, camel case, snake case, diacritics, whitespace',
    hint: 'text, string, characters, ascii'
  }),
  topic('nlp', {
    aliases: 'natural-language-processing',
    strong:
      'natural language processing, nlp, tokenization, named entity recognition, sentiment analysis, text classification, part of speech, lemmatization, spacy, nltk',
    clear: 'corpus, language models, transformers, word embeddings',
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
      'data visualization, charts, charting library, plotting, plots, graphs and charts, dashboards, d3, matplotlib, plotly, visualization library',
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
    aliases: 'ssg, static-site, jamstack',
    strong:
      'static site generator, static site generators, static website generator, jamstack, hugo, jekyll, eleventy, gatsby, astro',
    clear: 'static site, static sites, markdown files, themes, front matter, html pages'
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
    clear: 'extract data, html parsing, selectors, xpath'
  }),
  topic('email', {
    aliases: 'mail, smtp, e-mail, newsletter',
    strong:
      'email, e mail, smtp, imap, pop3, mail server, email client, newsletter, newsletters, mailing list, transactional email, html email, html emails, email templates',
    clear: 'inbox, mailbox, dkim, spf, dmarc, mime, attachments, css inliner, inline css'
  }),
  topic('pdf', {
    strong: 'pdf, pdfs, pdf generation, pdf viewer, pdf parser, pdf files, generate pdf',
    clear: 'documents, reports, printing, postscript'
  }),
  topic('image-processing', {
    aliases: 'images, image, graphics, photo, photos',
    strong:
      'image processing, image manipulation, resize images, image resizing, thumbnails, image editor, photo editor, image optimization, png, jpeg, webp, svg',
    clear: 'images, photos, pixels, filters, crop, resize, exif, color space, color spaces, rgb, hsl, hsv, cmyk'
  }),
  topic('audio', {
    aliases: 'sound, music, music-player, podcast',
    strong:
      'audio, sound, music, music player, audio player, synthesizer, daw, midi, podcast, podcasts, speech synthesis, audio processing, mp3, flac, wav, ogg, alsa, pulseaudio, portaudio, pipewire, mpris, sound card, audio codec, audio files',
    clear: 'playlist, playlists, songs, tracks, spotify, soundcloud, volume, sample rate'
  }),
  topic('maps', {
    aliases: 'gis, geospatial, mapping, geo, geolocation, geoip',
    strong:
      'maps, map tiles, gis, geospatial, geographic, openstreetmap, leaflet, mapbox, geojson, geocoding, routing engine, gps, geolocation, geoip, ip geolocation, reverse geocoding, gdal, postgis, shapefile, shapefiles, geohash, geodesy, geodetic, wgs84, epsg, proj4, coordinate transformation, coordinate transformations, coordinate reference system, map projection, map projections, spatial index, geofencing',
    clear: 'coordinates, latitude, longitude, location, locations, spatial'
  }),
  topic('privacy', {
    aliases: 'anonymity, tracking-protection, data-protection, user-privacy',
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
    clear: 'domains, records, resolver, zone file'
  }),
  topic('proxy', {
    aliases: 'reverse-proxy, http-proxy, socks',
    strong: 'proxy, reverse proxy, forward proxy, http proxy, socks5, socks proxy, proxy server, load balancer, tunnel',
    clear: 'upstream, backends, traffic, tls termination'
  }),
  topic('cryptography', {
    aliases: 'crypto-library, encryption, hashing, checksums, checksum, hash-functions',
    strong:
      'cryptography, cryptographic, encryption library, encrypt, decrypt, aes, rsa, elliptic curve, ecdsa, ed25519, hashing, sha256, hmac, zero knowledge, signatures, openssl, boringssl, libressl, tls library, ssl library, crypto library, cryptographic library, cryptographic primitives, checksum, checksums, crc32, md5, sha1, hash function, hash functions, xxhash, murmurhash',
    clear: 'keys, ciphertext, plaintext, cipher, nonce, tls'
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
    aliases: 'notes, notes-app, knowledge-base, pkm',
    strong:
      'note taking, notes app, note app, notes, knowledge base, personal knowledge management, second brain, zettelkasten, obsidian, notion alternative, wiki',
    clear: 'markdown notes, journal, outliner, backlinks'
  }),
  topic('productivity', {
    aliases: 'todo, task-manager, time-tracking',
    strong:
      'productivity, todo list, to do list, task manager, task management, time tracking, pomodoro, kanban, calendar, habit tracker',
    clear: 'reminders, to dos, todos, task list',
    hint: 'tasks, boards, focus, workflow'
  }),
  topic('bot', {
    aliases: 'bots, chatbot, discord-bot, telegram-bot, slack-bot',
    strong: 'bot, bots, discord bot, telegram bot, slack bot, chatbot, irc bot, twitter bot',
    clear: 'commands, slash commands, automation, webhook'
  }),
  topic('rss', {
    aliases: 'feeds, feed-reader, atom',
    strong: 'rss, rss reader, feed reader, rss feeds, atom feeds, podcast feeds, news aggregator',
    clear: 'feeds, feed, subscriptions, opml'
  }),
  topic('analytics', {
    aliases: 'web-analytics, metrics, tracking',
    strong:
      'analytics, web analytics, product analytics, google analytics alternative, pageviews, event tracking, privacy friendly analytics',
    clear: 'visitors, dashboards, funnels, retention, metrics'
  }),
  topic('i18n', {
    aliases: 'internationalization, localization, l10n, translation',
    strong:
      'internationalization, localization, i18n, l10n, translations, translation management, gettext, locales, pluralization',
    clear: 'languages, locale, translate'
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
    clear: 'services, grpc, kubernetes, circuit breaker'
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
    clear: 'key value, cache, pub sub'
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
      'git, version control, git repository, git repositories, git client, git hooks, git history, git commands, git branches',
    clear: 'commits, branches, merge requests, rebase, diff, staging area, cherry pick',
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
    strong: 'dotfiles, dot files, config files, my configuration, zshrc, bashrc, vimrc',
    clear: 'setup, install script, symlinks'
  }),
  topic('package-manager', {
    aliases: 'package-management, dependency-management',
    strong:
      'package manager, package management, dependency management, dependency manager, lockfile, package registry, installs packages',
    clear: 'dependency resolution, lock file, version constraints, semver ranges, package cache',
    // Every README installs something and lists its dependencies: hints only.
    hint: 'packages, dependencies, versions, registry, install'
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
    clear: 'template, render, variables, partials'
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
    clear: 'format, formatting, style, indentation'
  }),
  topic('debugger', {
    aliases: 'debugging',
    strong:
      'debugger, debugging tool, breakpoints, step through, stack traces, gdb, lldb, memory leak, memory leaks, leak detection, heap snapshot, heap snapshots, stack trace parsing, call stack, open handles, active handles',
    clear: 'debug, debugging, inspect, inspector, stack trace, source maps, diagnostics, troubleshooting'
  }),
  topic('profiler', {
    aliases: 'profiling, performance-analysis',
    strong:
      'profiler, profiling, flame graph, flamegraph, cpu profiling, memory profiling, sampling profiler, tracing profiler, performance profiling, heap profiling, allocation profiling, event loop lag, event loop delay',
    clear: 'performance, hot paths, allocations'
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
    aliases: 'mathematics, numerical, linear-algebra',
    strong:
      'mathematics, math library, linear algebra, matrix, matrices, numerical methods, numerical computing, symbolic math, computer algebra, statistics, probability',
    clear: 'math, equations, vectors, calculus, arithmetic'
  }),
  topic('science', {
    aliases: 'scientific-computing, research',
    strong:
      'scientific computing, simulation, simulations, physics, chemistry, biology, bioinformatics, astronomy, molecular, genomics, climate',
    clear: 'research, researchers, experiments, scientific'
  }),
  // Many tasks at once: threads, async runtimes, actors, lock-free structures.
  topic('concurrency', {
    aliases: 'concurrent, parallelism, parallel-computing, multithreading, threading, async-runtime',
    strong:
      'concurrency, concurrent programming, parallelism, parallel computing, multithreading, multi threading, thread pool, work stealing, lock free, wait free, coroutines, coroutine, green threads, actor model, actor framework, async runtime, asynchronous runtime, atomics, atomic operations, goroutines, fibers, data parallelism, concurrent data structures, message passing, structured concurrency, mutexes, semaphores',
    clear:
      'threads, threading, synchronization, mutex, semaphore, channels, actors, deque, parallel, concurrently, race conditions, deadlock, deadlocks',
    hint: 'async, asynchronous, concurrent, await, scheduler, tasks, locks'
  }),
  // Data as bytes and back: formats and their encoders (serde-style libraries, Protocol Buffers, MessagePack).
  topic('serialization', {
    aliases: 'encoding, serialisation, serializer, serializers, marshalling, data-formats, data-format',
    strong:
      'serialization, serialisation, serialization format, serialization library, serialize and deserialize, serializing and deserializing, serializer, deserializer, binary format, binary encoding, data format, data formats, protocol buffers, protobuf, msgpack, messagepack, cbor, avro, flatbuffers, capnproto, cap n proto, bincode, netcdf, hdf5, asn 1, encoder and decoder, encoding and decoding, marshalling',
    clear: 'serialize, deserialize, serde, encoder, decoder, encode, decode, base64, toml, xml, csv, bson, binary data',
    hint: 'format, formats, encoding, decoding, bytes, schema'
  }),
  // Topics many curated lists give a section of their own; each knows the words its libraries use.
  topic('error-handling', {
    aliases: 'errors, exceptions, error-reporting, error-tracking, crash-reporting',
    strong:
      'error handling, exception handling, error reporting, error tracking, crash reporting, error wrapping, error types, stack traces, panic handling, exception tracking',
    clear: 'exceptions, errors, panics, stack trace, backtrace, sentry',
    hint: 'error, exception, failure'
  }),
  topic('forms', {
    aliases: 'form, form-builder, form-handling, form-validation',
    strong:
      'form validation, form builder, form handling, forms library, form library, form state, html forms, input masks',
    clear: 'forms, form fields, input fields, form inputs',
    hint: 'input, inputs, fields, submit'
  }),
  topic('uuid', {
    aliases: 'uuids, guid, guids, unique-id, id-generator',
    strong: 'uuid, uuids, guid, guids, ulid, ulids, unique identifiers, unique id, snowflake id, nanoid, id generator',
    clear: 'identifiers, sortable ids',
    hint: 'ids, random'
  }),
  topic('admin-panel', {
    aliases: 'admin-panels, admin-dashboard, admin, backoffice, admin-template',
    strong:
      'admin panel, admin panels, admin dashboard, admin interface, admin template, admin ui, back office, backoffice, dashboard template, admin theme',
    clear: 'crud interface, admin, dashboards, data tables',
    hint: 'crud, dashboard'
  }),
  topic('permissions', {
    aliases: 'access-control, rbac, acl, abac, authorization-library',
    strong:
      'access control, role based access control, rbac, abac, acl, access control list, access control lists, authorization library, permission system, permissions system, policy engine, fine grained authorization',
    clear: 'permissions, roles, policies, authorization',
    hint: 'role, policy, grant'
  }),
  topic('notifications', {
    aliases: 'notification, push-notifications, toast, toasts',
    strong:
      'notifications, notification, push notifications, desktop notifications, notification service, toast notifications, toasts, notification center, web push',
    clear: 'toast, notify, alerts, apns, fcm',
    hint: 'alert, messages'
  }),
  topic('bluetooth', {
    aliases: 'ble, bluetooth-low-energy',
    strong: 'bluetooth, bluetooth low energy, ble, bluez, gatt',
    clear: 'pairing, beacons, peripherals',
    hint: 'wireless'
  }),
  topic('captcha', {
    aliases: 'captchas, recaptcha',
    strong: 'captcha, captchas, recaptcha, hcaptcha, bot protection, turnstile, proof of work captcha',
    clear: 'bots, spam protection',
    hint: 'spam, challenge'
  }),
  topic('diff', {
    aliases: 'diffing, text-diff, diffs',
    strong:
      'diff algorithm, text diff, diffing, unified diff, myers diff, three way merge, compare text, diff viewer, diff tool',
    clear: 'diff, diffs, patch, patches, differences',
    hint: 'changes, compare'
  }),
  topic('spreadsheet', {
    aliases: 'spreadsheets, excel, xlsx, google-sheets',
    strong: 'spreadsheet, spreadsheets, excel, xlsx, xls, excel files, google sheets, workbook, workbooks, ods',
    clear: 'worksheets, worksheet, cells, formulas, csv',
    hint: 'rows, columns, tables'
  }),
  topic('ssh', {
    aliases: 'ssh-client, ssh-server, sftp, openssh',
    strong:
      'ssh, ssh client, ssh server, sftp, scp, openssh, ssh keys, ssh tunnel, ssh tunnels, ssh agent, secure shell',
    clear: 'remote shell, authorized keys, known hosts, port forwarding',
    hint: 'remote, keys'
  }),
  topic('webhooks', {
    aliases: 'webhook, web-hooks',
    strong: 'webhook, webhooks, webhook receiver, webhook handler, webhook server, webhook relay',
    clear: 'callbacks, event payloads, payload',
    hint: 'events, callback'
  }),
  topic('bookmarks', {
    aliases: 'bookmark, bookmark-manager, read-it-later, bookmarking',
    strong:
      'bookmark manager, bookmarks, bookmarking, read it later, save links, link manager, pocket alternative, bookmark sync, web archive',
    clear: 'links, save articles, archive web pages',
    hint: 'tags, reading list'
  }),
  topic('pastebin', {
    aliases: 'pastebins, paste, paste-service',
    strong: 'pastebin, paste service, paste bin, share snippets, snippet sharing, code snippets sharing, pastes',
    clear: 'snippets, paste, expiring links',
    hint: 'share, snippet'
  }),
  topic('launcher', {
    aliases: 'launchers, app-launcher, application-launcher',
    strong:
      'application launcher, app launcher, launcher, keystroke launcher, spotlight alternative, alfred alternative, run dialog, launcher app',
    clear: 'launch apps, launch applications, fuzzy finder, quick launch',
    hint: 'launch, shortcuts, hotkey'
  }),
  topic('file-sharing', {
    aliases: 'file-transfer, file-sharing-app, file-upload',
    strong:
      'file sharing, share files, file transfer, send files, transfer files, file hosting, upload files, file upload, file uploads, wetransfer alternative, airdrop alternative',
    clear: 'uploads, upload, share links, large files',
    hint: 'files, share, transfer'
  }),
  topic('recommender', {
    aliases: 'recommender-systems, recommendation-system, recommendations, recommendation-engine',
    strong:
      'recommender system, recommender systems, recommendation engine, recommendation system, recommendations engine, collaborative filtering, matrix factorization, content based filtering',
    clear: 'recommendations, recommend, personalization, ratings',
    hint: 'users, items, ranking'
  }),
  topic('distributed-systems', {
    aliases: 'distributed-computing, distributed, consensus',
    strong:
      'distributed systems, distributed system, distributed computing, consensus algorithm, consensus protocol, raft, paxos, gossip protocol, crdt, crdts, leader election, distributed consensus, cluster computing',
    clear: 'partition tolerance, eventual consistency, linearizability, quorum, vector clocks',
    hint: 'distributed, replication, fault tolerance, nodes, cluster'
  }),
  topic('event-sourcing', {
    aliases: 'cqrs, event-store, event-driven',
    strong:
      'event sourcing, cqrs, event store, domain events, event sourced, event driven architecture, aggregates and events',
    clear: 'projections, aggregates, event bus, domain driven design, ddd',
    hint: 'events, commands'
  }),
  topic('emoji', {
    aliases: 'emojis, emoticons, emoji-picker',
    strong:
      'emoji, emojis, emoticons, emoji picker, emoji keyboard, emoji data, twemoji, gitmoji, emoji shortcodes, unicode emoji',
    clear: 'shortcodes, reactions, smileys',
    hint: 'unicode'
  }),
  topic('icons', {
    aliases: 'icon, icon-set, icon-sets, icon-font, icon-pack, iconography',
    strong:
      'icons, icon set, icon sets, icon font, icon pack, icon packs, svg icons, icon library, icon toolkit, iconography, favicon, favicons',
    clear: 'glyphs, pictograms, svg sprites',
    hint: 'svg, symbols'
  }),
  topic('dataset', {
    aliases: 'datasets, data-sets, corpora, training-data',
    strong:
      'dataset, datasets, data set, data sets, benchmark dataset, training data, open dataset, annotated data, labeled data, labelled data, corpora, data collection',
    clear: 'annotations, samples, csv files, download the data, data dictionary',
    hint: 'data, records, collected'
  }),
  topic('hardware', {
    aliases: 'hardware-hacking, electronics, physical-computing, serial, usb, serial-port',
    strong:
      'hardware, i2c, spi bus, gpio, serial port, serial ports, serialport, uart, modbus, usb devices, hid devices, raspberry pi, arduino, microcontroller, microcontrollers, sensors, electronics, circuits, single board computer',
    clear: 'pins, serial, usb, sensor, devices, firmware, beaglebone',
    hint: 'device, voltage, board'
  }),
  topic('minifier', {
    aliases: 'minifiers, minification, minify, uglify, uglifier',
    strong:
      'minifier, minifiers, minify, minification, minified, uglify, mangle, mangler, css minifier, javascript minifier, js minifier, html minifier, compress javascript, optimize css, dead code elimination',
    clear: 'smaller output, whitespace removal, source maps, compress, compressor, optimizer',
    hint: 'size, smaller'
  }),
  topic('process-manager', {
    aliases: 'process-management, process-managers, process-supervisor, supervisor, daemon-manager',
    strong:
      'process manager, process management, process supervisor, keep alive, keeps your application alive, restart on crash, restarts on crash, auto restart, automatically restart, daemonize, daemonise, run as a service, windows service, launchd, systemd service, cluster mode, zero downtime reload, watch and restart, restarts the process',
    clear: 'restart, restarts, daemon, daemons, supervisor, background process, services, graceful reload',
    hint: 'process, processes, crash, uptime'
  }),
  topic('streams', {
    aliases: 'stream, node-streams, reactive-streams, stream-utilities',
    strong:
      'readable stream, writable stream, transform stream, duplex stream, node streams, node js streams, stream processing, streaming api, stream utilities, pipe streams, reactive streams, object streams, newline delimited stream',
    clear: 'streams, stream, backpressure, pipe, piping, chunks, pipeline',
    hint: 'streaming, data flow'
  }),
  topic('functional-programming', {
    aliases: 'functional, fp, functional-library, functional-reactive-programming, frp, reactive-programming',
    strong:
      'functional programming, functional library, immutability, currying, curried, function composition, monads, monad, functors, point free, ramda, lodash, pure functions, reactive programming, functional reactive programming, frp, observables, observable, reactive extensions, utility library',
    clear:
      'immutable, compose, higher order functions, map filter reduce, utility functions, lazy evaluation, event streams',
    hint: 'functional, pipe, helpers, utilities'
  }),
  topic('migrations', {
    aliases: 'database-migrations, schema-migrations, seeding, seeders',
    strong:
      'database migrations, schema migrations, migration tool, migrations, run migrations, rollback migrations, seeders, database seeding, schema changes',
    clear: 'migrate, migration, rollback, seed data, schema versioning',
    hint: 'schema, versions'
  }),
  topic('url', {
    aliases: 'urls, url-parsing, uri, uris, url-shortener, query-string',
    strong:
      'url parsing, url parser, parse urls, query string, query strings, url builder, uri template, normalize urls, url normalization, url shortener, short links, link shortener',
    clear: 'urls, uri, uris, querystring, hostname, pathname',
    hint: 'links, link'
  }),
  topic('pagination', {
    aliases: 'paginate, paginator, infinite-scroll',
    strong:
      'pagination, paginate, paginator, infinite scroll, infinite scrolling, cursor pagination, cursor based pagination, page numbers',
    clear: 'per page, next page, offset and limit',
    hint: 'pages, page'
  }),
  topic('drag-and-drop', {
    aliases: 'dnd, draggable, sortable, drag-drop',
    strong:
      'drag and drop, draggable, drag n drop, drag & drop, sortable lists, sortable list, droppable, drop zones, reorder items',
    clear: 'drag, dragging, drop zone, reorder',
    hint: 'drop, sort'
  }),
  topic('data-table', {
    aliases: 'tables, table, data-grid, datagrid, data-tables',
    strong:
      'data table, data tables, data grid, datagrid, table component, sortable table, virtualized table, editable table, grid component, table library',
    clear: 'columns, column sorting, row selection, filtering and sorting',
    hint: 'rows, cells, sorting, filtering'
  }),
  topic('monorepo', {
    aliases: 'monorepos, workspaces, multi-package',
    strong: 'monorepo, monorepos, multi package repository, lerna, nx, turborepo, changesets, workspace packages',
    clear: 'workspaces, packages folder, affected projects',
    hint: 'packages, workspace'
  }),
  topic('polyfill', {
    aliases: 'polyfills, shim, shims, ponyfill, ponyfills',
    strong: 'polyfill, polyfills, ponyfill, ponyfills, shim, shims, for older browsers, es5 compatible, fills the gap',
    clear: 'older browsers, legacy browsers, native implementation, spec compliant',
    hint: 'compatibility, fallback'
  }),
  topic('service-worker', {
    aliases: 'service-workers, offline-first, offline, workbox',
    strong:
      'service worker, service workers, offline first, offline support, works offline, workbox, cache api, web app manifest, background sync',
    clear: 'offline, precache, precaching, installable',
    hint: 'cache, network'
  }),
  topic('web-security', {
    aliases: 'xss, csrf, sanitization, sanitizer, html-sanitizer, content-security-policy, csp',
    strong:
      'xss, cross site scripting, csrf, cross site request forgery, html sanitizer, sanitize html, sanitization, content security policy, security headers, clickjacking, sql injection, input sanitization',
    clear: 'sanitize, escaping, helmet, untrusted input, injection',
    hint: 'escape, attacks, malicious'
  }),
  topic('random', {
    aliases: 'randomness, rng, prng, random-number-generator',
    strong:
      'random number generator, random number generation, random numbers, rng, prng, pseudorandom, randomness, seeded random, random strings, random data, cryptographically secure random',
    clear: 'seed, entropy, shuffle, uniform distribution',
    hint: 'random, randomly'
  }),
  topic('speech', {
    aliases: 'speech-recognition, text-to-speech, tts, stt, speech-to-text, asr, transcription',
    strong:
      'speech recognition, speech to text, text to speech, tts, stt, voice recognition, speech synthesis, automatic speech recognition, asr, transcription, transcribe audio, whisper',
    clear: 'voice, spoken, transcribe, utterances, wake word',
    hint: 'audio, microphone'
  }),
  topic('diagrams', {
    aliases: 'diagram, uml, flowcharts, flowchart, diagrams-as-code',
    strong:
      'diagrams, diagram, uml, flowchart, flowcharts, sequence diagram, sequence diagrams, mermaid, plantuml, graphviz, diagram editor, diagrams as code, er diagrams, architecture diagrams',
    clear: 'nodes and edges, drawing, whiteboard, dot language',
    hint: 'draw, charts'
  }),
  topic('presentations', {
    aliases: 'slides, slideshow, presentation, slide-deck',
    strong:
      'presentation, presentations, slides, slide deck, slide decks, slideshow, reveal js, presentation framework, markdown slides, presentation tool',
    clear: 'speaker notes, talks, keynote',
    hint: 'slide, talk'
  }),
  topic('color', {
    aliases: 'colors, colour, colours, color-manipulation, color-palette',
    strong:
      'color manipulation, color conversion, color picker, color names, color contrast, hex colors, rgb to hex, color schemes, colour palette, color palette, color palettes, color scales',
    clear: 'colors, colours, hsl, rgb, hex, hue, saturation, contrast ratio',
    hint: 'color, colour, palette'
  }),
  topic('physics', {
    aliases: 'physics-engine, physics-simulation, physics-engines',
    strong:
      'physics engine, physics simulation, rigid body, rigid bodies, collision detection, soft body, box2d, bullet physics, particle simulation, physics library',
    clear: 'collisions, gravity, constraints solver, joints',
    hint: 'simulation, forces'
  }),
  topic('erp', {
    aliases: 'enterprise-resource-planning, inventory, inventory-management',
    strong:
      'erp, enterprise resource planning, inventory management, purchase orders, stock management, warehouse management, odoo',
    clear: 'inventory, suppliers, invoicing, accounting, manufacturing',
    hint: 'orders, stock, business'
  }),
  topic('sms', {
    aliases: 'text-messages, sms-gateway',
    strong: 'sms, send sms, text messages, sms gateway, mms, twilio, short message service',
    clear: 'phone numbers, text message',
    hint: 'phone, messages'
  }),
  topic('forum', {
    aliases: 'forums, discussion-board, bulletin-board, message-board, forum-software',
    strong:
      'forum, forums, forum software, discussion board, discussion forum, bulletin board, message board, discourse alternative, community forum',
    clear: 'threads and replies, topics and replies, moderation, discussions',
    hint: 'threads, replies, community'
  }),
  topic('comments', {
    aliases: 'commenting, comment-system, comments-system',
    strong:
      'comment system, commenting system, comments widget, comment widget, disqus alternative, blog comments, comment moderation, comments section',
    clear: 'comments, commenting, replies',
    hint: 'comment, moderation'
  }),
  topic('weather', {
    aliases: 'forecast, weather-forecast, meteorology',
    strong:
      'weather, weather forecast, weather forecasts, weather data, meteorology, weather station, openweathermap, weather api',
    clear: 'forecast, forecasts, temperature, precipitation, humidity',
    hint: 'climate, wind'
  }),
  topic('recipes', {
    aliases: 'recipe, food, cooking, recipe-management, meal-planning',
    strong:
      'recipes, recipe manager, recipe management, meal planning, meal planner, cooking, grocery list, ingredients',
    clear: 'recipe, meals, kitchen, nutrition',
    hint: 'food, shopping list'
  }),
  topic('travel', {
    aliases: 'trip-planner, trips, itinerary',
    strong: 'travel, trip planner, trip planning, itinerary, itineraries, flights, hotels, travel planning, travel log',
    clear: 'trips, trip, destinations, bookings',
    hint: 'journey, booking'
  }),
  topic('genealogy', {
    aliases: 'family-tree, family-history, ancestry',
    strong: 'genealogy, family tree, family trees, ancestry, gedcom, family history, genealogical',
    clear: 'ancestors, relatives, descendants',
    hint: 'family'
  }),
  topic('compression', {
    aliases: 'zip, archive',
    strong: 'compression, compress, decompress, zip, gzip, zstd, brotli, lz4, archive format, archiver, tar',
    clear: 'archives, compressed, ratio'
  }),
  topic('regex', {
    aliases: 'regular-expressions, regexp',
    strong: 'regex, regular expression, regular expressions, regexp, pattern matching engine',
    clear: 'patterns',
    hint: 'match, matching'
  }),
  topic('date-time', {
    aliases: 'datetime, time, dates, calendar, timezone',
    strong:
      'date and time, datetime, date time, time zones, timezone, timezones, date parsing, date formatting, calendar, calendars, julian date',
    clear: 'dates, durations, timestamps, iso 8601, utc'
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
      'feature flags, feature flag, feature toggles, feature toggle, a b testing, experimentation platform, gradual rollout',
    clear: 'flags, toggles, rollouts, experiments'
  }),
  topic('rate-limiting', {
    aliases: 'rate-limiter, throttling',
    strong: 'rate limiting, rate limiter, rate limit, throttling, token bucket, leaky bucket',
    clear: 'limits, quota, requests per second'
  }),
  topic('home-automation', {
    aliases: 'smart-home, homeautomation',
    strong: 'home automation, smart home, home assistant, zigbee, z wave, matter protocol, smart lights, homekit',
    clear: 'devices, sensors, automations, mqtt'
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
    strong: 'health, healthcare, medical, patients, clinical, fitness, workout, hospital, ehr, fhir',
    clear: 'doctors, records, tracking, wellness'
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
      'build system, build tool, build automation, makefile, makefiles, cmake, bazel, meson, gradle, maven, scons, autotools, premake, xmake, buck2, ninja build, incremental builds, hermetic builds',
    clear: 'build rules, build targets, build files, cross compilation, toolchain file, ninja, build graph',
    hint: 'build, builds, targets, compile, compilation, toolchain',
    weak: ''
  }),
  topic('window-manager', {
    aliases: 'window-managers, tiling-window-manager, wayland-compositor',
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
    weak: ''
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
