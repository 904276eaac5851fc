import { topic, type LexiconEntry } from './types.js'

/**
 * Topics that curated lists (awesome-go, awesome-python, awesome-nodejs…) give sections of their own, with the
 * words their libraries' READMEs use: a list of plain section names ("Streams", "UUID", "Webhooks") reaches
 * nothing but its own words without them.
 */
export const LIST_SECTION_TOPICS: readonly LexiconEntry[] = [
  // Work on strings as strings (slugs, wrapping, transliteration, fuzzy matching): no model of language.
  topic('text-processing', {
    aliases:
      'text-manipulation, string-manipulation, string-processing, strings, string-utilities, unicode, slugify, slugifiers, humanize',
    strong:
      'text processing, text manipulation, string manipulation, string processing, string utilities, string functions, slugify, slugs, transliteration, transliterate, unicode normalization, word wrap, text wrapping, fuzzy string matching, string similarity, levenshtein, edit distance, case conversion, ascii art, figlet, user agent parser, pinyin, romanization, encoding detection, encoding detector, charset detection, charset detector, character encoding detection',
    clear: 'slug, unicode, strings, plain text, camel case, snake case, diacritics, whitespace',
    hint: 'text, string, characters, ascii'
  }),
  // Many tasks at once: threads, async runtimes, actors, lock-free structures.
  topic('concurrency', {
    aliases:
      'concurrent, parallelism, parallel-computing, multithreading, threading, async-runtime, asynchronous, async-processing, control-flow, threads, gcd',
    strong:
      'concurrency, concurrent programming, parallelism, parallel computing, multithreading, multi threading, thread pool, work stealing, lock free, wait free, coroutines, coroutine, green threads, actor model, actor framework, async runtime, asynchronous runtime, atomics, atomic operations, goroutines, fibers, data parallelism, concurrent data structures, message passing, structured concurrency, mutexes, semaphores',
    clear:
      'threads, threading, synchronization, mutex, semaphore, channels, actors, deque, parallel, concurrently, race conditions, deadlock, deadlocks',
    hint: 'async, asynchronous, concurrent, await, scheduler, tasks, locks'
  }),
  // Data as bytes and back: formats and their encoders (serde-style libraries, Protocol Buffers, MessagePack).
  topic('serialization', {
    aliases: 'encoding, serialisation, serializer, serializers, marshalling, data-formats, data-format, bson',
    strong:
      'serialization, serialisation, serialization format, serialization library, serialize and deserialize, serializing and deserializing, serializer, deserializer, binary format, binary encoding, data format, data formats, protocol buffers, protobuf, msgpack, messagepack, cbor, avro, flatbuffers, capnproto, cap n proto, bincode, netcdf, hdf5, asn 1, encoder and decoder, encoding and decoding, marshalling',
    clear: 'serialize, deserialize, serde, encoder, decoder, encode, decode, base64, toml, xml, csv, bson, binary data',
    hint: 'format, formats, encoding, decoding, bytes, schema'
  }),
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
  topic('wiki', {
    aliases: 'wikis, wiki-engine, wiki-software',
    strong:
      'wiki engine, wiki software, wiki platform, wiki application, mediawiki, dokuwiki, tiddlywiki, confluence alternative, alternative to confluence',
    // "See the wiki" is most often a project's own documentation: the word alone is clear, not strong.
    clear: 'wiki, knowledge base, collaborative editing, team documentation',
    hint: 'pages'
  }),
  topic('uuid', {
    aliases: 'uuids, guid, guids, unique-id, id-generator',
    strong:
      'uuid, uuids, guid, guids, ulid, ulids, unique identifiers, unique id, unique ids, snowflake id, snowflake ids, nanoid, id generator',
    clear: 'identifiers, sortable ids, random id, random ids, id generation',
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
    aliases: 'ble, bluetooth-low-energy, ibeacon, beacons',
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
    aliases: 'distributed-computing, distributed, consensus, mapreduce, map-reduce, actor-model, actors',
    strong:
      'distributed systems, distributed system, distributed computing, consensus algorithm, consensus protocol, raft, paxos, gossip protocol, crdt, crdts, leader election, distributed consensus, cluster computing, actor model, virtual actors, distributed actors, akka, orleans',
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
  // Electronic design automation: the software of schematics and boards, not the boards themselves.
  topic('electronics-design', {
    aliases: 'eda, electronic-design-automation, pcb-design, circuit-design',
    strong:
      'electronic design automation, eda, schematic capture, schematic editor, pcb design, pcb layout, printed circuit board, printed circuit boards, circuit simulation, circuit simulator, spice simulation, kicad, gerber, gerber files',
    clear: 'schematics, schematic, netlist, netlists, footprints, spice, traces, drill files, circuit design'
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
    aliases:
      'process-management, process-managers, process-supervisor, supervisor, daemon-manager, processes, subprocess, subprocesses, child-processes',
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
    aliases:
      'functional, fp, functional-library, functional-reactive-programming, frp, reactive-programming, reactive, pattern-matching, category-theory',
    strong:
      'functional programming, functional library, immutability, currying, curried, function composition, monads, monad, functors, point free, ramda, lodash, pure functions, reactive programming, functional reactive programming, frp, observables, observable, reactive extensions, utility library',
    clear:
      'immutable, compose, higher order functions, map filter reduce, utility functions, lazy evaluation, event streams, algebraic data types, pattern matching, lambdas, lambda expressions, tuples, persistent collections, partial application',
    hint: 'functional, pipe, helpers, utilities, streams'
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
    aliases: 'service-workers, offline-first, offline, workbox, web-workers, web-worker',
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
    clear: 'nodes and edges, drawing, whiteboard, dot language, boxes and arrows, infinite canvas',
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
    aliases: 'text-messages, sms-gateway, phone-numbers, phone-number, telephony',
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
  topic('file-manager', {
    aliases: 'file-managers, file-browser, file-explorer',
    strong:
      'file manager, file managers, web file manager, file browser, file browsers, file explorer, directory listing, directory lister, directory browser',
    clear: 'browse files, browse directories, upload files, file listing',
    hint: 'folders, directories, uploads'
  }),
  // The runtimes and packages a project runs with, kept apart per project: version managers and virtual
  // environments ("Environment Management" in curated lists).
  topic('environment-manager', {
    aliases: 'environment-management, virtual-environments, virtualenv',
    strong:
      'environment manager, environment management, virtual environment, virtual environments, virtualenv, rbenv, pyenv, rvm, chruby, asdf, sdkman, direnv, conda environments, ruby version manager',
    clear: 'install multiple versions, switch between versions, ruby versions, python versions, shims',
    hint: 'versions, installs'
  }),
  // Messages passed between the parts of one application, not between people.
  topic('event-bus', {
    aliases: 'event-aggregator, message-bus, mediator, mediator-pattern, in-process-messaging',
    strong:
      'event bus, event aggregator, event aggregators, message bus, mediator pattern, in process messaging, in memory message bus, publish subscribe, pub sub, pubsub, observer pattern, event emitter',
    clear: 'mediator, request handlers, notification handlers, publishers and subscribers, subscribe to events',
    hint: 'publish, subscribe, subscribers, handlers, events, messages'
  }),
  // The static files of a web application, built and served: the pipeline between sources and a CDN.
  topic('asset-pipeline', {
    aliases: 'assets, asset-management, asset-pipeline, web-assets, static-assets',
    strong:
      'asset pipeline, asset management, asset bundling, web assets, static assets, asset bundler, cache busting, asset fingerprinting, sprockets, webpacker',
    clear: 'assets, bundling, minification, concatenation, stylesheets and scripts, css and javascript files',
    hint: 'minify, bundle, bundles, cdn'
  }),
  topic('social-network', {
    aliases: 'social-networks, social-media, social-networking, fediverse, activitypub',
    strong:
      'social network, social networks, social networking, social media, fediverse, activitypub, mastodon, microblogging, decentralized social network',
    clear: 'followers, timeline, friends, profiles, posts and comments',
    hint: 'social, community, share, feed'
  }),
  topic('human-resources', {
    aliases: 'hr, hrm, hrms, hris, human-resource-management',
    strong:
      'human resources, human resource management, hrm, hrms, hris, payroll, employee management, leave management, applicant tracking, time off management',
    clear: 'employees, employee, attendance, recruitment, onboarding employees, timesheets, leave requests',
    hint: 'staff, members, organization'
  }),
  // Code that wraps a web server's request handling (Express, Koa, Rack, PSR-15).
  topic('middleware', {
    aliases: 'middlewares, http-middleware',
    strong: 'middleware, middlewares, http middleware, express middleware, koa middleware, rack middleware, psr 15',
    clear: 'request pipeline, request handler, request handlers',
    hint: 'handlers'
  }),
  topic('signal-processing', {
    aliases: 'dsp, digital-signal-processing',
    strong:
      'signal processing, digital signal processing, dsp, fast fourier transform, fft, filter design, fir filters, iir filters',
    clear: 'fourier, spectrum, spectral analysis, sampling rate, sample rate, resampling, convolution',
    hint: 'signals, signal, frequency, waveform, filters'
  }),
  // Calling code of another language: C from Rust, Python, Java, Erlang (NIFs) or Node (N-API).
  topic('ffi', {
    aliases:
      'foreign-function-interface, foreign-function-interfaces, bindings, interop, interoperability, native-implemented-functions, nif, nifs',
    strong:
      'foreign function interface, ffi, language bindings, c bindings, bindings generator, cffi, ctypes, jni, jna, napi, bindgen, pybind11, swig, native implemented functions',
    clear: 'bindings, interop, shared library, call c functions, native code',
    hint: 'native, c library, headers'
  }),
  // Office suites' files: Word, Excel, PowerPoint, OpenDocument.
  topic('office-documents', {
    aliases: 'office, document-processing, documents, office-documents, docx',
    strong:
      'office documents, word documents, docx, xlsx, pptx, office open xml, openxml, opendocument, microsoft word, microsoft excel, powerpoint, excel files, word files, excel spreadsheets',
    clear: 'excel, libreoffice, spreadsheets, documents, workbook, worksheets',
    hint: 'tables, cells, reports'
  }),
  topic('camera', {
    aliases: 'cameras, camera-library',
    strong: 'camera library, camera preview, camera view, camerax, camera2, photo capture, camera app',
    clear: 'camera, take photos, take pictures, capture photos, autofocus, front camera',
    hint: 'photo, photos, capture, zoom'
  }),
  topic('gestures', {
    aliases: 'gesture, gesture-recognition, touch-gestures',
    strong:
      'gesture recognizer, gesture recognizers, gesture recognition, swipe gestures, pinch to zoom, touch gestures, pan gesture, multi touch',
    clear: 'gestures, swipe, pinch, long press',
    hint: 'touch, drag'
  }),
  topic('haptics', {
    aliases: 'haptic-feedback, haptic',
    strong: 'haptic feedback, haptics, taptic engine, vibration patterns',
    clear: 'haptic, vibration, vibrate'
  }),
  // A mobile or web app's ways around its screens (awesome-android's "Navigation", "Menu" sections).
  topic('navigation', {
    aliases: 'nav, navigation-drawer, menus, menu, navbar, tabs',
    strong:
      'navigation drawer, navigation bar, navigation menu, navbar, side menu, sliding menu, slide menu, drawer menu, bottom navigation, tab bar, tabbar, tab layout, page indicator, breadcrumbs, hamburger menu, sidebar menu',
    clear: 'navigation, menu, menus, tabs, drawer, sidebar, viewpager, view pager',
    hint: 'swipe, screens, pages, routes'
  }),
  // Widgets that take what a user types, and the input devices games read ("Inputs", "Input" sections).
  topic('inputs', {
    aliases: 'input, text-input, text-fields, input-fields',
    strong:
      'text field, text fields, input field, input fields, text input, text inputs, edit text, edittext, floating label, floating labels, input mask, input masks, masked input, search bar, search input, pin input, otp input, keyboard input, input handling, gamepad input',
    clear: 'textfield, textfields, textbox, text box, inputs, gamepad, gamepads, soft keyboard',
    hint: 'keyboard, typing, placeholder, forms'
  })
]
