export const id = 492;
export const ids = [492];
export const modules = {

/***/ 619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   To: () => (/* binding */ DEFAULT_MAX_INPUT_TOKENS),
/* harmony export */   UB: () => (/* binding */ DEFAULT_MODEL),
/* harmony export */   cU: () => (/* binding */ DEFAULT_MODEL_TIMEOUT_SECONDS),
/* harmony export */   tQ: () => (/* binding */ PLACEHOLDER_API_KEY),
/* harmony export */   ts: () => (/* binding */ DEFAULT_SHORTLIST_ABOVE)
/* harmony export */ });
/**
 * The model provider's defaults and option types, apart from the SDK: the adapters read them for help and
 * validation on every run, and only a run that calls a model loads the `openai` SDK behind them.
 */
/** OpenAI's API root; any OpenAI-compatible server's `/v1` root works the same way. */
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** A current small, cheap model that accepts strict JSON schemas, temperature 0 and a seed. */
const DEFAULT_MODEL = 'gpt-4.1-mini';
/** Sent when no key is given: local servers (Ollama, vLLM…) need none, but the SDK refuses to start without one. */
const PLACEHOLDER_API_KEY = 'no-key-needed';
/** The prompt's budget in estimated tokens; the README is cut to fit. */
const DEFAULT_MAX_INPUT_TOKENS = 4000;
const DEFAULT_SHORTLIST_ABOVE = 60;
const DEFAULT_MODEL_TIMEOUT_SECONDS = 120;


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ stringFlag),
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * Parse a command's flags strictly: an unknown flag or a missing value is a usage error naming it.
 * Returns string/boolean values keyed by flag name, and the positional arguments.
 */
function parseFlags(argv, options, allowPositionals = false) {
    try {
        const args = joinDashValues(argv, options);
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals, allowNegative: true });
        return {
            values: parsed.values,
            positionals: parsed.positionals
        };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // "argument is ambiguous" alone says nothing; its next lines say what to do ("use '--tags=-XYZ'").
        const lines = message.split('\n');
        const text = message.includes('ambiguous') ? lines.join(' ') : lines[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${text} (see --help).`);
    }
}
/**
 * parseArgs refuses a string flag's value that starts with "-" ("ambiguous"), yet an inline YAML list
 * (`--tags "- cli"`) or a negative number does. Such a value is joined to its flag (`--tags=- cli`)
 * unless it looks like a flag itself, which keeps `--tags --readme x` a missing-value error.
 */
function joinDashValues(argv, options) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const next = argv[i + 1];
        const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : '';
        if (options[name]?.type === 'string' && next?.startsWith('-') && !/^--?[a-z]/i.test(next)) {
            out.push(`${arg}=${next}`);
            i++;
        }
        else
            out.push(arg);
    }
    return out;
}
/** A string flag's value, or undefined. */
function stringFlag(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 1058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q0: () => (/* binding */ CLASSIFIER_FLAGS),
  s: () => (/* binding */ CLASSIFIER_HELP),
  A4: () => (/* binding */ buildClassifier),
  px: () => (/* binding */ planClassifier),
  hr: () => (/* binding */ setUpClassifier)
});

// UNUSED EXPORTS: PROVIDERS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cache/file.ts



const DEFAULT_MAX_CACHE_ENTRIES = 50_000;
/**
 * Open (or start) the answer cache at `path`. A missing file is an empty cache; lines that are not cache
 * entries (a cut last line after a crash) are skipped. Appending each answer at once means a run that
 * stops halfway keeps what it paid for.
 */
function file_openFileCache(path) {
    const entries = new Map();
    let text = '';
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            throw new src_errors/* InputError */.dz(`cache file ${path} could not be read: ${(0,src_errors/* getErrorMessage */.u1)(error)}.`);
        }
    }
    for (const line of text.split('\n')) {
        const entry = parseLine(line);
        if (entry) {
            entries.delete(entry.key); // re-insert so that the newest answer is also the last in order
            entries.set(entry.key, entry.answer);
        }
    }
    let added = 0;
    return {
        path,
        get: key => entries.get(key),
        set(key, answer) {
            entries.delete(key);
            entries.set(key, answer);
            added++;
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            (0,external_node_fs_.appendFileSync)(path, `${JSON.stringify({ key, answer })}\n`);
        },
        get size() {
            return entries.size;
        },
        get added() {
            return added;
        },
        compact(maxEntries = DEFAULT_MAX_CACHE_ENTRIES) {
            const kept = [...entries.entries()].slice(-maxEntries);
            entries.clear();
            for (const [key, answer] of kept)
                entries.set(key, answer);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            const temporary = `${path}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temporary, kept.map(([key, answer]) => `${JSON.stringify({ key, answer })}\n`).join(''));
            (0,external_node_fs_.renameSync)(temporary, path);
        }
    };
}
function parseLine(line) {
    if (!line.trim())
        return undefined;
    try {
        const value = JSON.parse(line);
        if (typeof value !== 'object' || value === null)
            return undefined;
        const { key, answer } = value;
        if (typeof key !== 'string' || typeof answer !== 'object' || answer === null || !Array.isArray(answer.tags))
            return undefined;
        if (typeof answer.provider !== 'string')
            return undefined;
        return {
            key,
            answer: { tags: answer.tags, provider: answer.provider, model: answer.model ?? null, usage: answer.usage ?? null }
        };
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(1666);
;// CONCATENATED MODULE: ./src/cache/cached-classifier.ts

/**
 * A classifier that answers from `cache` when it has seen the same README, description, list, classifier
 * identity (provider, model, prompt version, settings) and selection, and otherwise asks `classifier` and
 * keeps its answer. The key is the result's own `fingerprint`. Fallback answers (another provider stood in)
 * are not kept, so the next run tries the model again. A cached answer reports provider "<provider> (cached)"
 * and no usage: it cost no tokens this time.
 */
function withCache(classifier, cache) {
    return {
        identity: classifier.identity,
        tags: classifier.tags,
        async classify(input, selection) {
            const key = (0,result/* fingerprint */.Rj)(input.readme, input.description ?? '', classifier, selection);
            const hit = cache.get(key);
            if (hit)
                return { ...hit, provider: `${hit.provider} (cached)`, usage: null };
            const answer = await classifier.classify(input, selection);
            if (answer.provider === classifier.identity.provider)
                cache.set(key, answer);
            return answer;
        }
    };
}

;// CONCATENATED MODULE: ./src/cache/actions.ts



const ACTIONS_CACHE_PREFIX = 'readme-tagger-answers-v1-';
/**
 * The answer cache across workflow runs. `@actions/cache` entries are immutable, so each run restores the
 * newest entry whose key starts with the prefix and saves what it learned under a new key of its own.
 * Cache trouble is a warning, never a failure: the run goes on with an empty cache.
 */
async function restoreActionsCache(api, options) {
    const log = options.log;
    const prefix = options.prefix ?? ACTIONS_CACHE_PREFIX;
    const key = `${prefix}${options.runKey}`;
    let restoredKey;
    try {
        restoredKey = await api.restoreCache([options.path], key, [prefix]);
    }
    catch (error) {
        log?.warning(`The answer cache could not be restored; starting empty: ${getErrorMessage(error)}`);
    }
    let cache;
    try {
        cache = openFileCache(options.path);
    }
    catch (error) {
        log?.warning(`The restored answer cache could not be read; starting empty: ${getErrorMessage(error)}`);
        rmSync(options.path, { force: true });
        cache = openFileCache(options.path);
    }
    log?.info(restoredKey ? `Answer cache: ${cache.size} answers restored from ${restoredKey}.` : 'Answer cache: none to restore.');
    return {
        cache,
        restoredKey,
        async save() {
            if (cache.added === 0) {
                log?.info('Answer cache: no new answers, nothing to save.');
                return undefined;
            }
            try {
                cache.compact(options.maxEntries);
                await api.saveCache([cache.path], key);
                log?.info(`Answer cache: ${cache.size} answers saved as ${key}.`);
                return key;
            }
            catch (error) {
                log?.warning(`The answer cache could not be saved: ${getErrorMessage(error)}`);
                return undefined;
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/cache/index.ts




// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lexicon/types.ts
/** Weights of the four strength levels a lexicon phrase can have. */
const WEIGHTS = { strong: 3, clear: 2, hint: 1, weak: 0.4 };
/** Builds an entry from a compact literal; everything but the key is optional. */
function topic(key, fields = {}) {
    return {
        key,
        aliases: (fields.aliases ?? '')
            .split(',')
            .map(alias => alias.trim())
            .filter(Boolean),
        generic: fields.generic ?? false,
        strong: fields.strong ?? '',
        clear: fields.clear ?? '',
        hint: fields.hint ?? '',
        weak: fields.weak ?? ''
    };
}
/** The phrases of an entry with their weights. */
function entryPhrases(entry) {
    const out = [];
    for (const level of ['strong', 'clear', 'hint', 'weak']) {
        for (const phrase of entry[level].split(',')) {
            const trimmed = phrase.trim();
            if (trimmed)
                out.push([trimmed, WEIGHTS[level]]);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lexicon/data.ts

/** Data stores, formats, messaging and the file layer. */
const DATA_TOPICS = [
    topic('database', {
        aliases: 'databases, db, dbms, sql, rdbms',
        strong: 'database, databases, dbms, rdbms, relational database, sql database, database management, key value store, database engine, database driver, database client, embedded database, graph database, time series database, vector database, sql queries, query engine, distributed database, olap, oltp, database management tool, sql client, sql editor, database administration',
        clear: 'sql, mysql, postgresql, postgres, sqlite, mariadb, mssql, sql server, acid, time series, columnar',
        hint: 'query, records, storage engine, persistence, schema, tables, queries, transactions, indexes, migrations, replication, sharding, crud, oracle',
        weak: 'data'
    }),
    topic('nosql', {
        aliases: 'no-sql, document-database, key-value',
        strong: 'nosql, document database, document store, mongodb, key value store, wide column, cassandra, couchdb, dynamodb, bson, document oriented',
        clear: 'schemaless, replica set, aggregation pipeline, redis',
        hint: 'json documents, documents, collections',
        weak: ''
    }),
    topic('orm', {
        aliases: 'object-relational-mapping, object-relational-mapper, odm, query-builder',
        strong: 'orm, object relational mapping, object relational mapper, odm, object document mapper, active record, data mapper, query builder, entity framework, sqlalchemy, hibernate',
        clear: 'eager loading, has many, belongs to, schema migrations, prisma',
        hint: 'database, sql, tables, entities, models, relations, repositories, associations, migrations',
        weak: ''
    }),
    topic('cache', {
        aliases: 'caching, caches, in-memory-cache, memoization',
        strong: 'cache, caching, caches, caching library, in memory cache, cache library, lru, lfu, memoization, memoize, cache eviction, memcached, redis cache, distributed cache, caching layer, cache store, lru cache, memcache, cache invalidation, http cache',
        clear: 'eviction, ttl, expiration, hit ratio, cache hit, cache miss, admission policy, concurrent map, invalidation',
        hint: 'in memory',
        weak: ''
    }),
    topic('message-queue', {
        aliases: 'message-queues, messaging, message-broker, queue, queues, mq, pubsub',
        strong: 'message queue, message broker, messaging platform, message bus, job queue, task queue, amqp, rabbitmq, kafka, nats, mqtt broker, zeromq, pub sub, publish subscribe, event streaming, background job processing',
        clear: 'messaging, consumers, producers, broker, brokers, delivery guarantees, at least once, exactly once, dead letter, background jobs',
        hint: 'distributed, events, streams, queue, queues, messages, backpressure, topics',
        weak: ''
    }),
    topic('storage', {
        aliases: 'object-storage, cloud-storage, blob-storage, s3',
        strong: 'object storage, s3 compatible, amazon s3, s3 api, blob storage, cloud storage, distributed storage, storage system, block storage, file storage, storage server, erasure coding, data storage',
        clear: 'storage, buckets, bucket, s3, webdav, nas',
        hint: 'files, disks, capacity, objects, upload, uploads, backup, backups, volumes, replication',
        weak: ''
    }),
    topic('filesystem', {
        aliases: 'file-system, filesystems, files, fs, file-handling',
        strong: 'filesystem, file system, file systems, distributed file system, fuse, file watcher, filesystem watcher, watch files, file watching, virtual file system, vfs, filesystem abstraction, inotify, fsevents',
        clear: 'file handling, fs, mount, symlinks, fs watch',
        hint: 'file, folder, folders, read write, files, directories, directory, paths, disk, posix, permissions',
        weak: ''
    }),
    topic('json', {
        aliases: 'json-parser, jsonschema',
        strong: 'json parser, json library, json serialization, json schema, jsonpath, json files, ndjson, jsonl, jq, json query',
        clear: 'serialize, deserialize, serialization, deserialization, marshal, unmarshal, json',
        hint: 'objects, dataclass, numpy, encoding, decoding, loads, dumps',
        weak: ''
    }),
    topic('yaml', {
        aliases: 'yml',
        strong: 'yaml, yaml parser, yaml files, yaml configuration, yaml manifests, yaml emitter',
        clear: 'configuration files, config files, toml, frontmatter, yml',
        hint: 'config, loader, dumper, manifests, configuration',
        weak: ''
    }),
    topic('data', {
        aliases: 'data-engineering, etl, data-processing, big-data, data-pipeline',
        generic: true,
        strong: 'data pipeline, data pipelines, etl, elt, data engineering, data integration, data processing, data streaming, stream processing, dataframe, dataframes, data warehouse, data analysis, data science, data wrangling, change data capture, big data, stream processor, data lake, apache spark, data transformation, airbyte',
        clear: 'ingestion, transformations, batch processing, pandas, dbt, spark, parquet, dataset, datasets',
        hint: 'data, records, events, sources, sinks, csv, connectors, pipelines, analytics, spreadsheet',
        weak: ''
    }),
    topic('search', {
        aliases: 'search-engine, full-text-search, searching, information-retrieval',
        strong: 'search engine, full text search, search library, search server, inverted index, search index, semantic search, fuzzy search, vector search, elasticsearch, lucene, typesense, meilisearch',
        clear: 'search, searching, bm25, query parser, faceting, search results, metasearch',
        hint: 'index, documents, find, indexing, ranking, queries, relevance, autocomplete',
        weak: ''
    }),
    topic('logging', {
        aliases: 'logs, log, logger, structured-logging',
        strong: 'logging, logger, logging library, structured logging, leveled logging, log levels, log aggregation, log management',
        clear: 'log, log messages, stack traces, log rotation, json logs, syslog, logs',
        hint: 'traces, sinks, handlers, stdout, rotation',
        weak: ''
    }),
    topic('secrets', {
        aliases: 'secret-management, secrets-management, vault, password-manager',
        strong: 'secrets management, secret management, secrets manager, password manager, vault, hashicorp vault, secret store, credential management, bitwarden, keepass, encrypted secrets, secret scanner, secret scanning',
        clear: 'secrets, secret, passwords, credentials, api keys, encryption keys, key management, kms, sealed secrets, 1password',
        hint: 'encrypted, sync, rotation',
        weak: ''
    })
];

;// CONCATENATED MODULE: ./src/lexicon/dev.ts

/** Developer tooling, languages and runtimes, and the broad kinds of software package. */
const DEV_TOPICS = [
    topic('cli', {
        aliases: 'command-line, command-line-tool, cli-tool, cli-app, commandline, console-app',
        strong: 'command line tool, command line interface, command line utility, command line application, command line app, cli tool, cli app, cli application, cli utility, cli framework, command line parser, argument parser, flag parsing, subcommand',
        clear: 'cli, command line, commandline, console application, command line program, posix flags, shell completion, positional argument, argv',
        hint: 'flags, arguments, terminal, shell, stdout, stdin, pipe',
        weak: 'command, commands'
    }),
    topic('terminal', {
        aliases: 'terminal-emulator, tui, console, shell',
        strong: 'terminal emulator, terminal ui, text user interface, tui, terminal user interface, ssh client, terminal multiplexer, ansi escape code, ansi color, shell prompt, zsh plugin, terminal emulators',
        clear: 'terminal, tty, pty, xterm, ansi, tmux, zsh, bash, fish shell, ncurses, curses, vt100, truecolor',
        hint: 'colors, command line, prompt, cursor, escape sequence, console, shell, ssh',
        weak: 'colored output'
    }),
    topic('editor', {
        aliases: 'text-editor, code-editor, editors',
        strong: 'text editor, code editor, markdown editor, vim plugin, emacs package, vscode extension, editor plugin, wysiwyg editor, rich text editor, image editor, level editor, hex editor, video editor, neovim plugin',
        clear: 'editor, vim, neovim, emacs, kakoune, sublime text, syntax highlighting, vscode, visual studio code, atom editor, keybinding, plugin for vim',
        hint: 'multiple cursors, tree sitter, autocomplete, language server, lsp, editing',
        weak: 'edit'
    }),
    topic('ide', {
        aliases: 'integrated-development-environment, notebook',
        strong: 'integrated development environment, ide, code editor, jupyter notebook, notebook interface, computational notebook, interactive computing',
        clear: 'language server protocol, lsp, intellisense, code completion, jupyter, development environment, plugin system, extensions marketplace, refactoring',
        hint: 'syntax highlighting, editor, workspace, kernel, remote development, notebook, debugger',
        weak: 'code navigation'
    }),
    topic('linter', {
        aliases: 'lint, linting, static-analysis, code-quality, formatter',
        strong: 'linter, linting, lint, static analysis, static code analysis, code analyzer, code quality, style guide enforcement, code smell, lint rule, code smells, style checker',
        clear: 'lint rules, formatter, code formatter, coding standard, pep8, eslint, rubocop, clippy, shellcheck, best practice rules, ast, type checker, sast',
        hint: 'rules, warnings, diagnostics, errors, violations, checks',
        weak: 'check, checker'
    }),
    topic('testing', {
        aliases: 'test, tests, test-framework, unit-testing, qa',
        strong: 'testing framework, test framework, unit testing, unit test, test runner, testing tool, testing library, assertion library, mocking, mock, test suite, end to end testing, e2e testing, integration testing, property based testing, fuzzing, fuzz testing, snapshot testing, load testing, test coverage, mock server, test automation, property based test, robot framework',
        clear: 'testing, assertions, mocks, test cases, tdd, bdd, jest, mocha, junit, test doubles, stubs, spies, e2e, playwright, selenium, cypress',
        hint: 'test, grader, grading, automated testing, regression, tests, assert, coverage, fixtures',
        weak: 'verify'
    }),
    topic('benchmark', {
        aliases: 'benchmarks, benchmarking, performance-testing',
        strong: 'benchmark, benchmarks, benchmarking, benchmark suite, performance comparison, benchmark results, microbenchmark, benchmarked, performance benchmarks, benchmarks comparing',
        clear: 'ns op, allocs op, b op, requests per second, req s, throughput, latency comparison, comparison of, performance test',
        hint: 'performance, faster than, ops sec, compare, comparison, results',
        weak: 'fast'
    }),
    topic('compiler', {
        aliases: 'compilers, transpiler, toolchain, compile',
        strong: 'compiler, compilers, transpiler, source to source, compiles to, compile to, code generation, optimizing compiler, compiler infrastructure, compiler backend, compiler toolchain, jit compiler, llvm, ahead of time compilation, intermediate representation, transpiles, transpile, bytecode compiler',
        clear: 'optimizer, optimization passes, codegen, toolchain, bytecode, parser and compiler, frontend and backend, static compiler, c extension, binary format',
        hint: 'syntax, type checking, emit, target, wasm, gcc, clang, compile, compiled, compiling, ir',
        weak: 'build'
    }),
    topic('parser', {
        aliases: 'parsing, parsers, parser-combinator, parser-generator',
        strong: 'parser, parsers, parsing library, parser combinator, parser generator, parsing expression grammar, peg, grammar, lexer, abstract syntax tree, markdown parser, json parser, yaml parser, xml parser, commonmark, parsing',
        clear: 'syntax tree, ast, bnf, ebnf, recursive descent, lalr, tokenizer',
        hint: 'syntax, format, specification, grammar rules, parse, parses, parsed, tokens, serialization, deserialize, decoder, encoder',
        weak: 'input'
    }),
    topic('language', {
        aliases: 'programming-language, languages, lang, scripting-language',
        strong: 'scripting language, language implementation, embedded scripting, esoteric language, domain specific language, dsl, dynamically typed language, statically typed language, implementation of python, python interpreter, lua interpreter, interpreter, programming language, lisp dialect',
        clear: 'repl, type system, standard library, virtual machine, bytecode, garbage collector, language spec, stdlib, pattern matching, dialect, lisp, type inference, javascript engine',
        hint: 'scripting, functions, operators, grammar, runtime, syntax, semantics, closures',
        weak: 'language'
    }),
    topic('runtime', {
        aliases: 'runtimes, javascript-runtime, vm',
        strong: 'runtime, javascript runtime, container runtime, wasm runtime, language runtime, virtual machine, execution environment, runtime environment, event loop, node js runtime',
        clear: 'vm, interpreter, jit, embeddable, node js compatible, deno',
        hint: 'execution, engine, bun, sandbox, embedding, executes',
        weak: 'run'
    }),
    topic('os', {
        aliases: 'operating-system, kernel, operating-systems',
        strong: 'operating system, hobby operating system, microkernel, unix like, bootloader, linux distribution, distro, rtos, real time operating system, hobby os',
        clear: 'syscalls, system call, userspace, user space, qemu, bare metal, virtual memory, page table, init system, kernel',
        hint: 'filesystem, processes, memory management, shell, interrupts, posix, x86 64, scheduler, boot, drivers',
        weak: 'system'
    }),
    topic('emulator', {
        aliases: 'emulation, emulators, simulator',
        strong: 'emulator, emulation, console emulator, game boy, nes emulator, retro gaming, rom, roms, cpu emulator, emulates, snes, gba, n64, ps2, chip 8, chip8, cycle accurate, game boy advance',
        clear: 'emulate, emulated, accurate emulation, bios, cartridge, mame, nintendo, playstation, sega, arcade',
        hint: 'retro, compatibility, instruction set',
        weak: ''
    }),
    topic('game', {
        aliases: 'games, video-game, gaming',
        strong: 'game, games, video game, adventure game, puzzle game, multiplayer game, browser game, board game, card game, platformer, strategy game, rpg, idle game, incremental game, roguelike, mmorpg, sandbox game, open source game, play in your browser, tetris, sudoku, game clone',
        clear: 'gameplay, high score, gamer, playable, dungeon, gaming, shooter, chess, minecraft',
        hint: 'fun, round, rounds, lobby, win, mod, mods, play, player, players, score, levels, quest',
        weak: ''
    }),
    topic('game-engine', {
        aliases: 'gameengine, game-development, gamedev, game-framework',
        strong: 'game engine, game development, game framework, 2d game engine, 3d game engine, game library, gamedev, game dev, engine for games, make games, 2d engine, 3d engine',
        clear: 'sprites, sprite, scene graph, physics engine, entity component system, ecs, render loop, tilemap, shaders, rendering engine, game loop, collision detection, godot, bevy, scene editor',
        hint: 'rendering, audio, input handling, 2d, 3d, opengl, vulkan, gamepad, unity',
        weak: 'engine'
    }),
    topic('3d', {
        aliases: 'three-d, 3d-graphics, graphics-3d',
        strong: '3d, 3d graphics, 3d engine, 3d rendering, 3d models, 3d modeling, voxel, voxels, 3d printing, point cloud, ray tracing, raytracing, webgl, 3d scene, three js, threejs, 3d viewer, 3d printer, 3d animation, photogrammetry',
        clear: 'shaders, shader, gltf, blender, textures, physically based rendering, pbr, cad, sculpting, opengl, vulkan, mesh, meshes',
        hint: 'graphics, gpu, scene, rendering, renderer, camera, lighting, geometry, obj, stl',
        weak: ''
    }),
    topic('lib', {
        aliases: 'library, libraries, package, module',
        generic: true,
        strong: 'client library, python library, go library, rust library, javascript library, java library, c library, cpp library, library for, a library, lightweight library, tiny library',
        clear: 'crate, gem, npm package, bindings, wrapper, api reference, library',
        hint: 'pip install, npm install, go get, cargo add, functions, module, package',
        weak: 'lib, import'
    }),
    topic('framework', {
        aliases: 'frameworks, web-framework',
        generic: true,
        strong: 'framework, web framework, microframework, micro framework, application framework, full stack framework, testing framework, agent framework, multi agent framework, frontend framework',
        clear: 'plugin architecture, batteries included, build applications, build web applications',
        hint: 'toolkit, scaffolding, conventions, middleware, routing, plugins, extensible',
        weak: ''
    }),
    topic('sdk', {
        aliases: 'sdks, software-development-kit, client-library, api-client',
        strong: 'sdk, software development kit, official client, client library, api client, library for the, bindings for, official python client, official sdk, node js sdk, go sdk, python sdk, client sdk',
        clear: 'wrapper, api wrapper, bindings, integration with, api keys, api reference',
        hint: 'api, endpoints, resources, client, integrate',
        weak: ''
    }),
    topic('dev-tool', {
        aliases: 'devtool, devtools, developer-tool, developer-tools, dev-tools, tooling',
        generic: true,
        strong: 'developer tool, developer tools, development tool, dev tool, devtools, tooling, code generator, generate code, task runner',
        clear: 'build tool, watch mode, hot reload, package manager',
        hint: 'development, developer, source code, productivity, debugging',
        weak: 'code, developers'
    }),
    topic('dev-exp-lib', {
        aliases: 'developer-experience, dx, devex',
        strong: 'developer experience, dx, pretty printing, better error messages',
        clear: 'expressive, human friendly, boilerplate, convenience, chainable api, utility library',
        hint: 'simple api, elegant, intuitive, helpers, utilities',
        weak: ''
    }),
    topic('node-version', {
        aliases: 'node-version-manager, nvm, version-manager',
        strong: 'node version manager, version manager, nvm, node versions, switch between node, manage multiple node, multiple versions of node, rbenv, pyenv, switch node versions, node js version management',
        clear: 'nodejs versions, install node, version management, shims, nvmrc, fnm, volta',
        hint: 'switch versions, node js versions, node js version, node version, versions of node js',
        weak: ''
    })
];

;// CONCATENATED MODULE: ./src/lexicon/domains.ts

/** AI, hardware, money, media and the softer kinds of repository (learning material, fun, practices). */
const DOMAIN_TOPICS = [
    topic('ai', {
        aliases: 'artificial-intelligence, machine-learning, ml, deep-learning, llm, llms, genai, generative-ai',
        strong: 'artificial intelligence, ai, machine learning, deep learning, neural network, neural networks, llm, llms, large language model, large language models, generative ai, genai, gpt, chatgpt, openai, transformer models, computer vision, natural language processing, nlp, rag, retrieval augmented generation, embeddings, fine tuning, pytorch, tensorflow, jax, hugging face, ollama, vision language model, multimodal, llama cpp, speech recognition, text to speech, image generation, object detection, language model, language models, ai model, ai models, llm framework',
        clear: 'ml, chatbot, ai powered, llama, mistral, claude, gemini, anthropic, tokenizer, diffusion, stable diffusion, transformers, onnx, inference',
        hint: 'intelligent, smart, autonomous, dataset, gpu, model, models, training, trained, prompt, prompts, reasoning, classification, predictions',
        weak: ''
    }),
    topic('agent', {
        aliases: 'agents, ai-agent, ai-agents, autonomous-agents, multi-agent',
        strong: 'ai agent, ai agents, multi agent, multi agent framework, autonomous agent, autonomous agents, agentic, agent framework, llm agents, tool calling, function calling, agent orchestration, build agents, llm agent, agentic workflows, multi agent systems, coding agent, browser agent, agent sdk, langgraph, crewai, mcp server',
        clear: 'mcp, model context protocol, autogen',
        hint: 'delegate, assistant, agent, agents, tools, autonomous, planning, crew, swarm',
        weak: ''
    }),
    topic('algorithm', {
        aliases: 'algorithms, data-structures, algorithms-and-data-structures, dsa',
        strong: 'algorithms, data structures, sorting algorithms, graph algorithms, dynamic programming, leetcode, competitive programming, algorithm implementations, data structures and algorithms',
        clear: 'sorting, binary search, linked list, big o, recursion, dijkstra, heuristics, numerical methods, graph theory, algorithm',
        hint: 'implementations, math, mathematics, computations, graph, complexity, trees, searching, implementations of',
        weak: ''
    }),
    topic('bitcoin', {
        aliases: 'btc, lightning, lightning-network',
        strong: 'bitcoin, btc, lightning network, lightning node, satoshi, satoshis, electrum, bip32, bip39, segwit, taproot, psbt, bitcoin core, bitcoind, bolt11, lnurl, bitcoin wallet, hd wallet, bech32, bitcoin script',
        clear: 'wallet, wallets, utxo, payment channels, testnet, regtest, mainnet, multisig, seed phrase, mnemonic, sats',
        hint: 'transactions, addresses, lightning',
        weak: ''
    }),
    topic('blockchain', {
        aliases: 'crypto, cryptocurrency, web3, ethereum, distributed-ledger',
        strong: 'blockchain, blockchains, cryptocurrency, cryptocurrencies, web3, ethereum, smart contract, smart contracts, solidity, defi, nft, nfts, distributed ledger, consensus protocol, bitcoin, lightning network, block explorer, proof of stake, proof of work, blockchain node, evm, polkadot, cosmos sdk, solana, dapp, dapps, on chain, onchain, crypto wallet',
        clear: 'ledger, wallet, wallets, mainnet, testnet, crypto, full node, substrate',
        hint: 'decentralized, peer to peer, p2p, consensus, validator, blocks, chain, tokens, transactions, miners, mining',
        weak: ''
    }),
    topic('chat', {
        aliases: 'messaging-app, messenger, irc, im, instant-messaging, chat-app',
        strong: 'chat, chat app, chat application, chat client, chat server, messenger, instant messaging, irc client, xmpp, matrix client, group chat, chat rooms, chatrooms, chatbot, slack alternative, discord alternative, team chat, messaging app, end to end encrypted messaging',
        clear: 'direct messages, discord bot, telegram bot, irc',
        hint: 'talk, message, answers, messages, conversations, emoji, matrix, channels, rooms, mentions, notifications, slack',
        weak: ''
    }),
    topic('finance', {
        aliases: 'fintech, financial, trading, money, banking, payments',
        strong: 'finance, financial, fintech, stock market, stocks, trading, ticker, tickers, market data, financial data, payments, payment processing, banking, accounting, budgeting, personal finance, invoices, invoicing, subscriptions and billing, trading bot, algorithmic trading, backtesting, expense tracker',
        clear: 'currency, currencies, dividends, investing, investment, refunds, crypto, budget, expenses, quant, quantitative, portfolio, stock',
        hint: 'charts, market, transactions, ledger, money, prices, price, exchange, quotes, billing, charges',
        weak: ''
    }),
    topic('firmware', {
        aliases: 'embedded, microcontroller, mcu, embedded-systems',
        strong: 'firmware, microcontroller, microcontrollers, mcu, stm32, rp2040, esp32, esp8266, arduino, avr, cortex m, bare metal, embedded systems, rtos, embassy, risc v, freertos, nrf52, qmk, zmk, embedded devices, embedded linux, embedded rust',
        clear: 'flashing, bootloader, gpio, i2c, uart, hal, peripherals, fpga, pcb, keymap, low power, zephyr',
        hint: 'hardware, device, devices, sensors, flash, embedded, spi, keyboard, board, boards, usb, bluetooth, ble',
        weak: ''
    }),
    topic('iot', {
        aliases: 'internet-of-things, smart-home, home-automation',
        strong: 'iot, internet of things, iot platform, smart home, home automation, connected devices, mqtt, zigbee, z wave, physical computing, edge devices, device management, home assistant, smart devices, esphome',
        clear: 'sensor, raspberry pi, arduino, drones, lorawan, bluetooth, ble, sensors',
        hint: 'hardware, real time, data ingestion, embedded, devices, device, gateway, telemetry',
        weak: ''
    }),
    topic('robot', {
        aliases: 'robotics, robots, ros',
        strong: 'robotics, robot, robots, ros, ros2, inverse kinematics, forward kinematics, motion planning, manipulator, humanoid, legged robots, slam, px4, ardupilot, robotic arm, quadruped',
        clear: 'actuators, servo, servos, trajectory, physical computing, urdf, joints, lidar, odometry, path planning, autonomous driving, drone, drones',
        hint: 'hardware, autonomous, simulation, control, controllers, motors, sensors',
        weak: ''
    }),
    topic('video', {
        aliases: 'videos, video-streaming, streaming, media, ffmpeg',
        strong: 'video, videos, video player, video streaming, http live streaming, hls, ffmpeg, libav, transcoding, video editing, live streaming, webrtc, mp4, h264, h 264, media player, video downloader, media server, jellyfin, iptv, video conferencing, video calls',
        clear: 'subtitles, muxing, demuxing, mse, media source extensions, webm, youtube, plex, streaming server, codec, codecs, dash',
        hint: 'episodes, playback, encoding, decoding, streaming, obs, media, audio, frames',
        weak: ''
    }),
    topic('learning-resource', {
        aliases: 'learning, tutorial, tutorials, education, book, course, awesome-list, resources',
        strong: 'tutorials, learning resource, handbook, cheat sheet, cheatsheet, awesome list, curated list, interview questions, for beginners, read online, programming books, free books, free book, online book, programming book, awesome resources, collection of resources, list of resources, curated collection',
        clear: 'chapters, chapter, beginners, educational, e book, ebook, book, course, tutorial',
        hint: 'collection, learn, learning, exercises, lessons, teach, study, roadmap, interview, resources',
        weak: 'guide, examples'
    }),
    topic('best-practices', {
        aliases: 'bestpractices, guidelines, conventions, style-guide, patterns',
        strong: 'best practices, best practice, project structure, style guide, coding conventions, design patterns, anti patterns, coding standards',
        clear: 'idiomatic, convention, directory structure, conventions, recommendations, guidelines, idioms, checklist',
        hint: 'standards, patterns, layout, structure, recommended',
        weak: ''
    }),
    topic('for-fun', {
        aliases: 'fun, funny, humor, joke, toy, toys, hobby, weird',
        strong: 'for fun, just for fun, fun project, hobby project, toy project, joke, jokes, ascii art, cowsay, silly, useless, meme, memes, easter egg, parody, lolcat, prank',
        clear: 'funny, humor, toy, whimsical, playful, hobby',
        hint: 'cute, game, games, ascii, fortune, fun',
        weak: ''
    }),
    topic('system-design', {
        aliases: 'systems-design, architecture, software-architecture, distributed-systems',
        strong: 'system design, systems design, software architecture, distributed systems design, design interview, architecture patterns, high level design, designing data intensive',
        clear: 'distributed systems, load balancing, sharding, trade offs, caching strategies, scalability',
        hint: 'design, components, architecture, scalable, consistency, availability',
        weak: ''
    }),
    topic('julian', {
        aliases: 'julian-date, julian-calendar, julian-day',
        strong: 'julian date, julian day, julian calendar, julian day number',
        clear: 'julian',
        hint: '',
        weak: ''
    })
];

;// CONCATENATED MODULE: ./src/lexicon/i18n.ts

/**
 * Common topic words in Chinese, Japanese, Korean and Russian. Merged into the English entries of the
 * same key. Most non-English READMEs also use English technical terms, which the main entries catch.
 */
const I18N_TOPICS = [
    topic('ai', {
        strong: '人工智能, 机器学习, 深度学习, 大模型, 大语言模型, 人工知能, 機械学習, 深層学習, 인공지능, 머신러닝, 딥러닝, искусственный интеллект, машинное обучение, нейросеть, нейросети'
    }),
    topic('agent', { strong: '智能体, エージェント, 에이전트, агент, агенты' }),
    topic('algorithm', { strong: '算法, 数据结构, アルゴリズム, 알고리즘, алгоритмы, алгоритм' }),
    topic('authentication', { strong: '认证, 身份验证, 登录, 認証, 인증, аутентификация, авторизация' }),
    topic('blockchain', { strong: '区块链, ブロックチェーン, 블록체인, блокчейн' }),
    topic('bitcoin', { strong: '比特币, ビットコイン, 비트코인, биткоин' }),
    topic('blog', { strong: '博客, ブログ, 블로그, блог' }),
    topic('cache', { strong: '缓存, キャッシュ, 캐시, кэш, кеш' }),
    topic('chat', { strong: '聊天, 聊天机器人, 即时通讯, チャット, チャットボット, 채팅, 챗봇, чат, мессенджер' }),
    topic('cli', {
        strong: '命令行, 命令行工具, コマンドライン, 커맨드라인, 명령줄, командная строка, командной строки'
    }),
    topic('compiler', { strong: '编译器, コンパイラ, 컴파일러, компилятор' }),
    topic('crm', { strong: '客户关系管理, 顧客管理, 고객 관리' }),
    topic('database', { strong: '数据库, データベース, 데이터베이스, база данных, базы данных, субд' }),
    topic('desktop-app', { strong: '桌面应用, 桌面客户端, デスクトップアプリ, 데스크톱 앱, десктопное приложение' }),
    topic('ecommerce', { strong: '电商, 电子商务, 商城, 网店, 電子商取引, 쇼핑몰, интернет магазин' }),
    topic('editor', { strong: '编辑器, エディタ, エディター, 편집기, 에디터, редактор' }),
    topic('emulator', { strong: '模拟器, エミュレータ, 에뮬레이터, эмулятор' }),
    topic('filesystem', { strong: '文件系统, ファイルシステム, 파일 시스템, файловая система' }),
    topic('firmware', {
        strong: '固件, 嵌入式系统, 嵌入式开发, 单片机, ファームウェア, 組み込みシステム, マイコン, 펌웨어, 임베디드 시스템, прошивка, микроконтроллер',
        // "Embedded" alone also says embedded database or scripting, as in English.
        hint: '嵌入式, 組み込み, 임베디드, встраиваемый'
    }),
    topic('framework', { clear: '框架, フレームワーク, 프레임워크, фреймворк' }),
    topic('game', { strong: '游戏, ゲーム, 게임, игра' }),
    topic('game-engine', { strong: '游戏引擎, ゲームエンジン, 게임 엔진, игровой движок' }),
    topic('gui', {
        strong: '图形界面, 图形用户界面, 桌面界面, グラフィカルユーザインタフェース, 그래픽 사용자 인터페이스, графический интерфейс'
    }),
    topic('http-client', { strong: 'http 客户端, http クライアント, http 클라이언트, http клиент' }),
    topic('iot', { strong: '物联网, 智能家居, モノのインターネット, 사물인터넷, интернет вещей, умный дом' }),
    topic('k8s', { strong: '容器编排, k8s 集群, kubernetes 集群, kubernetes 클러스터, кластер kubernetes' }),
    topic('language', {
        strong: '编程语言, 脚本语言, 解释器, プログラミング言語, インタプリタ, 프로그래밍 언어, язык программирования, интерпретатор'
    }),
    topic('learning-resource', {
        strong: '教程, 学习资料, 入门教程, 面试题, チュートリアル, 入門, 튜토리얼, 강좌, учебник, курс, руководство для начинающих'
    }),
    topic('lib', { clear: '类库, 开发库, ライブラリ, 라이브러리, библиотека' }),
    topic('linter', { strong: '代码检查, 静的解析, 정적 분석, линтер, статический анализ' }),
    topic('logging', { strong: '日志, ロギング, ログ, 로깅, 로그, логирование, журналирование' }),
    topic('message-queue', {
        strong: '消息队列, 消息中间件, メッセージキュー, 메시지 큐, очередь сообщений, брокер сообщений'
    }),
    topic('mobile-app', {
        strong: '移动应用, 手机应用, 安卓, スマホアプリ, モバイルアプリ, 모바일 앱, мобильное приложение'
    }),
    topic('monitoring', { strong: '监控, 監視, モニタリング, 모니터링, мониторинг' }),
    topic('networking', { strong: '网络, 网络协议, ネットワーク, 네트워크, сеть, сетевой' }),
    topic('os', { strong: '操作系统, オペレーティングシステム, 운영체제, операционная система, ядро' }),
    topic('parser', { strong: '解析器, パーサ, パーサー, 파서, парсер' }),
    topic('real-time', { strong: '实时, リアルタイム, 실시간, в реальном времени' }),
    topic('robot', { strong: '机器人, ロボット, 로봇, робот, робототехника' }),
    topic('search', {
        strong: '搜索引擎, 全文搜索, 全文検索, 検索エンジン, 검색 엔진, поисковый движок, полнотекстовый поиск'
    }),
    topic('security', {
        strong: '安全, 网络安全, 渗透测试, 漏洞, セキュリティ, 脆弱性, 보안, 취약점, безопасность, уязвимости'
    }),
    topic('storage', { strong: '对象存储, 分布式存储, 存储, オブジェクトストレージ, ストレージ, 스토리지, хранилище' }),
    topic('terminal', { strong: '终端, ターミナル, 터미널, терминал' }),
    topic('testing', { strong: '测试, 单元测试, テスト, 単体テスト, 테스트, тестирование' }),
    topic('video', { strong: '视频, 直播, 動画, ビデオ, 동영상, 비디오, видео' }),
    topic('web-server', { strong: 'web 服务器, ウェブサーバ, 웹 서버, веб сервер' }),
    topic('workflow', { strong: '工作流, ワークフロー, 워크플로, рабочий процесс' })
];

;// CONCATENATED MODULE: ./src/lexicon/languages.ts

/**
 * Programming languages and runtimes as topics (a list tagging repositories by language). READMEs
 * rarely name their own language in prose, so "written in X", package names and tool names count most.
 */
const LANGUAGE_TOPICS = [
    topic('python', {
        aliases: 'python3, py',
        strong: 'python, python library, python package, written in python, pypi, pip install, python 3, python3, django, fastapi, pandas, numpy, asyncio',
        clear: 'pip, pythonic, virtualenv, venv, poetry, conda, jupyter, cpython',
        hint: 'py'
    }),
    topic('javascript', {
        aliases: 'js, ecmascript, es6',
        strong: 'javascript, javascript library, written in javascript, npm package, ecmascript, es6, es modules, vanilla js',
        clear: 'npm, yarn, pnpm, node js, nodejs, browser, commonjs, esm',
        hint: 'js'
    }),
    topic('typescript', {
        aliases: 'ts',
        strong: 'typescript, written in typescript, typescript library, type safe typescript, tsc',
        clear: 'type definitions, typings, tsconfig, deno'
    }),
    topic('nodejs', {
        aliases: 'node, node-js',
        strong: 'node js, nodejs, node js library, node js module, npm package, express js, expressjs',
        clear: 'npm, yarn, pnpm, npm install, commonjs'
    }),
    topic('go', {
        aliases: 'golang, go-lang',
        strong: 'golang, written in go, go library, go package, go module, go modules, go get, go install, go binary, idiomatic go',
        clear: 'goroutines, goroutine, gofmt, go mod, pkg go dev'
    }),
    topic('rust', {
        aliases: 'rust-lang, rustlang',
        strong: 'rust, written in rust, rust library, crate, crates io, cargo install, cargo add, rustc',
        clear: 'cargo, crates, tokio, serde, unsafe rust, borrow checker, clippy',
        hint: 'memory safe'
    }),
    topic('java', {
        aliases: 'jvm, java-library',
        strong: 'java, written in java, java library, jvm, maven, gradle, spring boot, maven central',
        clear: 'jar, jdk, openjdk, javadoc, spring'
    }),
    topic('kotlin', {
        strong: 'kotlin, written in kotlin, kotlin multiplatform, ktor',
        clear: 'jvm, gradle, coroutines, jetpack compose'
    }),
    topic('swift', {
        aliases: 'swiftlang',
        strong: 'swift, written in swift, swift package, swift package manager, swiftui, cocoapods',
        clear: 'xcode, ios, macos, carthage'
    }),
    topic('c', {
        aliases: 'c-language, clang',
        strong: 'written in c, c library, ansi c, c99, c11, header only c',
        clear: 'gcc, makefile, libc, posix'
    }),
    topic('cpp', {
        aliases: 'c-plus-plus, cplusplus, cxx',
        strong: 'cpp, written in cpp, cpp library, cpp17, cpp20, cpp11, header only, cmake',
        clear: 'stl, boost, templates, gcc, clang, msvc'
    }),
    topic('csharp', {
        aliases: 'c-sharp, dotnet, net',
        strong: 'csharp, dotnet, dotnet core, asp dotnet, nuget, written in csharp, unity',
        clear: 'visual studio, blazor, xamarin, maui'
    }),
    topic('ruby', {
        aliases: 'rb',
        strong: 'ruby, written in ruby, ruby gem, rubygems, rails, ruby on rails, gem install, bundler gem',
        clear: 'gem, gemfile, rake, rspec, sinatra'
    }),
    topic('php', {
        strong: 'php, written in php, composer require, laravel, symfony, wordpress plugin, packagist',
        clear: 'composer, phpunit, drupal, wordpress'
    }),
    topic('elixir', {
        strong: 'elixir, phoenix framework, hex pm, erlang, beam vm, otp',
        clear: 'mix, phoenix, liveview, genserver'
    }),
    topic('haskell', { strong: 'haskell, ghc, hackage, stack build, cabal', clear: 'monad, monads, purely functional' }),
    topic('scala', { strong: 'scala, sbt, akka, scala js', clear: 'jvm, spark, cats, zio' }),
    topic('lua', { strong: 'lua, luajit, luarocks, written in lua', clear: 'neovim plugin, love2d' }),
    topic('zig', { strong: 'zig, written in zig, ziglang' }),
    topic('dart', {
        aliases: 'flutter',
        strong: 'dart, flutter, pub dev, written in dart',
        clear: 'widgets, android and ios'
    })
];

;// CONCATENATED MODULE: ./src/lexicon/more.ts

/** Common topics beyond the seed vocabulary, for lists that name them. */
const MORE_TOPICS = [
    topic('machine-learning', {
        aliases: 'ml, deep-learning, neural-networks',
        strong: 'machine learning, deep learning, neural network, neural networks, training, model training, pytorch, tensorflow, scikit learn, jax, gradient boosting, xgboost',
        clear: 'models, classification, regression, dataset, datasets, inference, gpu, embeddings, fine tuning',
        hint: 'predictions, features'
    }),
    topic('llm', {
        aliases: 'llms, large-language-models, generative-ai, genai, gpt, chatgpt',
        strong: 'llm, llms, large language model, large language models, gpt, chatgpt, openai, anthropic, claude, ollama, llama, mistral, prompt engineering, rag, retrieval augmented generation',
        clear: 'prompts, prompt, completions, tokens, embeddings, fine tuning, vector store, context window'
    }),
    topic('nlp', {
        aliases: 'natural-language-processing, text-processing',
        strong: 'natural language processing, nlp, tokenization, named entity recognition, sentiment analysis, text classification, part of speech, lemmatization, spacy, nltk',
        clear: 'text, corpus, language models, transformers, word embeddings'
    }),
    topic('computer-vision', {
        aliases: 'cv, vision, image-recognition',
        strong: 'computer vision, object detection, image classification, image segmentation, face recognition, opencv, yolo, pose estimation, ocr',
        clear: 'images, camera, detection, tracking, cnn'
    }),
    topic('data-visualization', {
        aliases: 'dataviz, visualization, charts, charting, plotting',
        strong: 'data visualization, charts, charting library, plotting, plots, graphs and charts, dashboards, d3, matplotlib, plotly, visualization library',
        clear: 'chart, bar chart, line chart, scatter plot, heatmap, svg, canvas'
    }),
    topic('static-site-generator', {
        aliases: 'ssg, static-site, jamstack',
        strong: 'static site generator, static site generators, static website generator, jamstack, hugo, jekyll, eleventy, gatsby, astro',
        clear: 'static site, static sites, markdown files, themes, front matter, html pages'
    }),
    topic('markdown', {
        aliases: 'md, commonmark',
        strong: 'markdown, commonmark, gfm, github flavored markdown, markdown parser, markdown editor, mdx',
        clear: 'md files, front matter, syntax highlighting'
    }),
    topic('documentation', {
        aliases: 'docs, docs-generator, api-docs',
        strong: 'documentation generator, documentation site, docs site, api documentation, sphinx, mkdocs, docusaurus, javadoc, readthedocs',
        clear: 'documentation, docs, reference docs, docstrings'
    }),
    topic('web-scraping', {
        aliases: 'scraping, scraper, crawler, web-crawler, crawling',
        strong: 'web scraping, web scraper, scraper, scraping, crawler, web crawler, crawling, spider, headless browser, puppeteer, playwright, beautifulsoup, scrapy',
        clear: 'extract data, html parsing, selectors, xpath'
    }),
    topic('email', {
        aliases: 'mail, smtp, e-mail, newsletter',
        strong: 'email, e mail, smtp, imap, pop3, mail server, email client, newsletter, newsletters, mailing list, transactional email',
        clear: 'inbox, mailbox, dkim, spf, dmarc, mime, attachments'
    }),
    topic('pdf', {
        strong: 'pdf, pdfs, pdf generation, pdf viewer, pdf parser, pdf files, generate pdf',
        clear: 'documents, reports, printing, postscript'
    }),
    topic('image-processing', {
        aliases: 'images, image, graphics, photo, photos',
        strong: 'image processing, image manipulation, resize images, image resizing, thumbnails, image editor, photo editor, image optimization, imagemagick, png, jpeg, webp, svg',
        clear: 'images, photos, pixels, filters, crop, resize, exif'
    }),
    topic('audio', {
        aliases: 'sound, music, music-player, podcast',
        strong: 'audio, sound, music, music player, audio player, synthesizer, daw, midi, podcast, podcasts, speech synthesis, audio processing, mp3, flac',
        clear: 'playlist, playlists, songs, tracks, spotify, soundcloud, volume, sample rate'
    }),
    topic('maps', {
        aliases: 'gis, geospatial, mapping, geo',
        strong: 'maps, map tiles, gis, geospatial, geographic, openstreetmap, leaflet, mapbox, geojson, geocoding, routing engine, gps',
        clear: 'coordinates, latitude, longitude, location, locations, spatial'
    }),
    topic('privacy', {
        aliases: 'anonymity, tracking-protection',
        strong: 'privacy, privacy focused, privacy respecting, no tracking, anonymity, anonymous, ad blocker, tracker blocking, gdpr, end to end encryption',
        clear: 'tracking, trackers, telemetry free, encrypted, tor'
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
        aliases: 'crypto-library, encryption',
        strong: 'cryptography, cryptographic, encryption library, encrypt, decrypt, aes, rsa, elliptic curve, ecdsa, ed25519, hashing, sha256, hmac, zero knowledge, signatures',
        clear: 'keys, ciphertext, plaintext, cipher, nonce, tls'
    }),
    topic('backup', {
        aliases: 'backups',
        strong: 'backup, backups, backup tool, incremental backups, snapshots, restore, deduplication, disaster recovery, restic, borg',
        clear: 'archives, retention, encrypted backups'
    }),
    topic('sync', {
        aliases: 'synchronization, file-sync',
        strong: 'file sync, sync files, synchronization, synchronize, syncthing, rsync, dropbox alternative, two way sync',
        clear: 'sync, syncing, devices, conflict resolution'
    }),
    topic('note-taking', {
        aliases: 'notes, notes-app, knowledge-base, pkm',
        strong: 'note taking, notes app, note app, notes, knowledge base, personal knowledge management, second brain, zettelkasten, obsidian, notion alternative, wiki',
        clear: 'markdown notes, journal, outliner, backlinks'
    }),
    topic('productivity', {
        aliases: 'todo, task-manager, time-tracking',
        strong: 'productivity, todo list, to do list, task manager, task management, time tracking, pomodoro, kanban, calendar, habit tracker',
        clear: 'tasks, reminders, projects, boards, focus'
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
        strong: 'analytics, web analytics, product analytics, google analytics alternative, pageviews, event tracking, privacy friendly analytics',
        clear: 'visitors, dashboards, funnels, retention, metrics'
    }),
    topic('i18n', {
        aliases: 'internationalization, localization, l10n, translation',
        strong: 'internationalization, localization, i18n, l10n, translations, translation management, gettext, locales, pluralization',
        clear: 'languages, locale, translate'
    }),
    topic('animation', {
        aliases: 'animations, motion',
        strong: 'animation, animations, animation library, motion, tweening, keyframes, lottie, transitions',
        clear: 'animate, easing, spring physics, timeline'
    }),
    topic('css', {
        aliases: 'css-framework, styles, sass, tailwind',
        strong: 'css, css framework, css in js, tailwind, tailwind css, sass, scss, less, postcss, utility first css, stylesheets',
        clear: 'styles, styling, classes, themes, responsive'
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
        strong: 'microservices, microservice, service mesh, service discovery, api gateway, distributed tracing, event driven architecture',
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
        strong: 'git, version control, git repository, git repositories, git client, git hooks, commits, branches, github, gitlab, gitea, merge requests, pull requests',
        clear: 'commit, branch, diff, rebase, repository, repositories'
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
        strong: 'package manager, package management, dependency management, dependency manager, lockfile, package registry, installs packages',
        clear: 'packages, dependencies, versions, registry, install'
    }),
    topic('scheduler', {
        aliases: 'cron, job-scheduler, scheduling',
        strong: 'scheduler, job scheduler, task scheduler, cron, cron jobs, scheduled jobs, background jobs, job queue, recurring tasks',
        clear: 'schedule, scheduling, jobs, retries, delayed'
    }),
    topic('template-engine', {
        aliases: 'templating, templates',
        strong: 'template engine, templating engine, templating, templates, jinja, jinja2, mustache, handlebars, liquid templates',
        clear: 'template, render, variables, partials'
    }),
    topic('code-generator', {
        aliases: 'codegen, code-generation, scaffolding, generator',
        strong: 'code generator, code generation, codegen, generates code, scaffolding, boilerplate generator, generate code',
        clear: 'generate, generated, templates, schema'
    }),
    topic('formatter', {
        aliases: 'code-formatter, prettier',
        strong: 'code formatter, formatter, auto formatter, pretty printer, formatting tool, opinionated formatter',
        clear: 'format, formatting, style, indentation'
    }),
    topic('debugger', {
        aliases: 'debugging',
        strong: 'debugger, debugging tool, breakpoints, step through, stack traces, gdb, lldb',
        clear: 'debug, debugging, inspect, inspector'
    }),
    topic('profiler', {
        aliases: 'profiling, performance-analysis',
        strong: 'profiler, profiling, flame graph, flamegraph, cpu profiling, memory profiling, sampling profiler, tracing profiler',
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
        strong: 'mathematics, math library, linear algebra, matrix, matrices, numerical methods, numerical computing, symbolic math, computer algebra, statistics, probability',
        clear: 'math, equations, vectors, calculus, arithmetic'
    }),
    topic('science', {
        aliases: 'scientific-computing, research',
        strong: 'scientific computing, simulation, simulations, physics, chemistry, biology, bioinformatics, astronomy, molecular, genomics, climate',
        clear: 'research, researchers, experiments, scientific'
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
        strong: 'date and time, datetime, date time, time zones, timezone, timezones, date parsing, date formatting, calendar, calendars, julian date',
        clear: 'dates, durations, timestamps, iso 8601, utc'
    }),
    topic('validation', {
        aliases: 'schema-validation, validator',
        strong: 'validation, validator, schema validation, data validation, input validation, form validation, json schema validation',
        clear: 'validate, schemas',
        hint: 'rules, errors'
    }),
    topic('configuration', {
        aliases: 'config, settings, config-management',
        strong: 'configuration library, config files, configuration files, environment variables, dotenv, config loader, settings management',
        clear: 'config, configuration, settings, toml, ini'
    }),
    topic('feature-flags', {
        aliases: 'feature-toggles, feature-flag',
        strong: 'feature flags, feature flag, feature toggles, feature toggle, a b testing, experimentation platform, gradual rollout',
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
        aliases: 'a11y',
        strong: 'accessibility, a11y, screen reader, screen readers, wcag, aria, accessible',
        clear: 'keyboard navigation, contrast, assistive'
    })
];

;// CONCATENATED MODULE: ./src/lexicon/ops.ts

/** Infrastructure, operations, security and networking. */
const OPS_TOPICS = [
    topic('k8s', {
        aliases: 'kubernetes, kube, k8, kubernetes-operator',
        strong: 'kubernetes, k8s, kubectl, helm chart, helm charts, kubernetes operator, kubernetes cluster, kubernetes clusters, custom resource definition, crd, crds, kubernetes manifests, kubeconfig, kubelet, kubernetes dashboard',
        clear: 'helm, pods, pod, ingress, kustomize, k3s, minikube, kind cluster, service account, configmap, etcd',
        hint: 'manifests, cloud native, containers, cluster, clusters, controller, operator, deployments, namespaces',
        weak: ''
    }),
    topic('containerization', {
        aliases: 'containers, container, docker, containerisation, oci',
        strong: 'container runtime, docker, dockerfile, dockerfiles, oci, podman, docker compose, docker image, docker images, containerized, containerization, container engine, oci image, container registry, lxc, lxd, buildkit',
        clear: 'image registry, cgroups, runc, sandboxed, docker hub, container image, container images, container, containers',
        hint: 'run in docker, image, images, registry, namespaces, isolation',
        weak: ''
    }),
    topic('cloud-native', {
        aliases: 'cloudnative, cncf, microservices',
        strong: 'cloud native, cncf, microservices, service mesh, cloud native computing foundation, kubernetes native, istio',
        clear: 'distributed systems, horizontally scalable, sidecar, envoy',
        hint: 'cloud, clusters, scale, kubernetes, containers, scalable, operators, observability',
        weak: ''
    }),
    topic('iac', {
        aliases: 'infrastructure-as-code, infrastructure, terraform, configuration-management',
        strong: 'infrastructure as code, iac, terraform, pulumi, cloudformation, ansible, configuration management, terraform modules, hcl, infrastructure automation, crossplane, opentofu',
        clear: 'infrastructure, provision, declarative infrastructure, state file, plan and apply, terraform plan, deploy infrastructure, chef, puppet, saltstack, provisioning',
        hint: 'cloud resources, servers, inventory',
        weak: ''
    }),
    topic('cicd', {
        aliases: 'ci-cd, ci, cd, continuous-integration, continuous-delivery, continuous-deployment, devops',
        strong: 'continuous integration, continuous delivery, continuous deployment, ci cd, ci server, build pipelines, ci pipeline, ci pipelines, github actions, gitlab ci, jenkins, ci runner, continuous integration server, drone ci, buildkite',
        clear: 'ci, build server, devops, runners, build jobs, pull request, gitops, release pipelines',
        hint: 'automation, workflow, deploy, pipeline, pipelines, builds, cd, artifacts',
        weak: ''
    }),
    topic('deploy-tool', {
        aliases: 'deployment, deploy, deployment-tool, deployment-automation',
        strong: 'deployment tool, deployment automation, deploy applications, zero downtime deployment, deployment pipeline, release automation, paas, heroku alternative, self hosted paas, blue green, dokku, caprover',
        clear: 'rollback, provisioning, zero downtime, kamal, coolify, rollbacks',
        hint: 'release, releases, servers, ssh, production, automation, infrastructure, deploy, deploying, deployment, deployments, staging',
        weak: ''
    }),
    topic('serverless', {
        aliases: 'faas, functions-as-a-service, lambda, aws-lambda',
        strong: 'serverless, aws lambda, lambda functions, functions as a service, faas, cloud functions, api gateway, edge functions',
        clear: 'microservices, cold start, event driven, deploy functions, lambda',
        hint: 'cloud, functions',
        weak: ''
    }),
    topic('aws', {
        aliases: 'amazon-web-services, amazon',
        strong: 'aws, amazon web services, amazon s3, s3, ec2, dynamodb, cloudformation, aws sdk, sqs, sns, aws lambda, aws cli, aws cdk, amazon ec2, cloudfront, kinesis, aws account',
        clear: 'amazon, cloud provider, cloudwatch, route53, ecs, eks, lambda, iam',
        hint: 'cloud',
        weak: ''
    }),
    topic('monitoring', {
        aliases: 'monitor, uptime, alerting, metrics',
        strong: 'monitoring, monitoring tool, uptime monitoring, status page, alerting, health checks, application monitoring, apm, prometheus, grafana, metrics dashboard, nagios, zabbix, prometheus exporter',
        clear: 'downtime, heartbeat, monitors, healthchecks, uptime, alerts',
        hint: 'performance, charts, metrics, dashboards, dashboard, notifications, incident, ping, monitor',
        weak: ''
    }),
    topic('observability', {
        aliases: 'o11y, telemetry, tracing, apm',
        strong: 'observability, opentelemetry, distributed tracing, logs metrics and traces, metrics logs and traces, logs metrics traces, apm, spans, otel',
        clear: 'instrumentation, jaeger, prometheus, tracing, telemetry',
        hint: 'metrics, logs, pipelines, dashboards, monitoring, traces',
        weak: ''
    }),
    topic('security', {
        aliases: 'infosec, cybersecurity, appsec, pentest, vulnerability',
        strong: 'cybersecurity, vulnerability, vulnerabilities, intrusion detection, intrusion prevention, waf, web application firewall, penetration testing, pentest, exploit, malware, threat detection, firewall, intrusion detection system, vulnerability scanner, sast, dast, osint, pentesting, forensics, reverse engineering, honeypot, siem, threat intelligence, malware analysis, security tool, security scanner, security testing, security auditing, offensive security, application security, network security, web security',
        clear: 'attacks, attackers, cve, threat, threats, brute force, ddos, hardening, cryptography, blocklist, ctf, secret scanning, security',
        hint: 'secure, encryption, safe, protect, protection, privacy, audit, sandbox, tls, crypto, password, scanner, scanning, ban',
        weak: ''
    }),
    topic('networking', {
        aliases: 'network, networks, net, tcp-ip',
        strong: 'networking, network protocols, tcp ip, tcp, udp, vpn, dns, libpcap, pcap, network stack, peer to peer, p2p, network scanner, wireguard',
        clear: 'ip, ipv4, ipv6, port forwarding, ethernet, nat, firewall, proxy, network, tunnel, tunneling, packet, socket, sockets',
        hint: 'connections, network traffic, transport, protocol, protocols, routing, latency, bandwidth',
        weak: ''
    }),
    topic('workflow', {
        aliases: 'workflows, workflow-automation, automation, orchestration, workflow-engine',
        strong: 'workflow engine, workflow automation, workflow orchestration, orchestration, durable execution, automation platform, automate tasks, task automation, automations, business process, bpmn, ifttt, zapier, airflow, n8n',
        clear: 'dag, dags, orchestrator, workflow, workflows',
        hint: 'steps, retries, events, automate, automation, tasks, jobs, scheduled, schedules, triggers, cron',
        weak: ''
    }),
    topic('low-code', {
        aliases: 'lowcode, no-code, nocode',
        strong: 'low code, lowcode, no code, nocode, app builder, application builder, website builder, drag and drop builder, visual builder, without writing code, without coding, web app builder, webapp builder, internal tools, form builder, airtable alternative, spreadsheet database, visual programming, admin panel builder, retool alternative',
        clear: 'drag and drop, visual editor, forms, point and click, node based editor',
        hint: 'dashboards, builder',
        weak: ''
    })
];

;// CONCATENATED MODULE: ./src/lexicon/web.ts

/** Web, APIs, user interfaces and applications. */
const WEB_TOPICS = [
    topic('api', {
        aliases: 'apis, rest-api, restful, web-api',
        generic: true,
        strong: 'rest api, restful api, web api, web apis, api server, api framework, openapi, swagger, json api, api gateway, build apis, rest apis, rest framework, api toolkit, openapi spec',
        clear: 'api, apis, endpoints, endpoint, restful, http api, grpc, serializers, api documentation, api first',
        hint: 'requests, responses, routes, json, rest',
        weak: ''
    }),
    topic('backend', {
        aliases: 'back-end, server-side, backend-as-a-service, baas',
        generic: true,
        strong: 'backend, back end, backend as a service, baas, backend framework, web backend, backend server, backend services, firebase alternative, server side framework',
        clear: 'web framework, rest api, admin dashboard, microservices, supabase, realtime database, server side',
        hint: 'api, routes, middleware, database, authentication, server, orm',
        weak: ''
    }),
    topic('frontend', {
        aliases: 'front-end, frontend-framework, client-side, web-frontend',
        strong: 'frontend, front end, frontend framework, ui framework, single page application, spa, client side, web applications, javascript framework, reactive ui, user interfaces for the web',
        clear: 'dom, virtual dom, vue, angular, webpage, web page, solid js',
        hint: 'ui, render, rendering, state management, browser, browsers, html, css, reactive, components, component',
        weak: 'javascript, typescript'
    }),
    topic('react', {
        aliases: 'reactjs, react-js',
        strong: 'react, reactjs, react js, react components, react component, react hooks, jsx, next js, nextjs, for react, react library, preact',
        clear: 'usestate, useeffect, component library, react router, redux',
        hint: 'react native, components, props, hooks',
        weak: ''
    }),
    topic('graphql', {
        aliases: 'gql',
        strong: 'graphql, graphql server, graphql client, graphql api, graphql schema',
        clear: 'resolvers, queries and mutations, mutations, subscriptions, sdl, introspection, relay, apollo',
        hint: 'query, queries, schema',
        weak: ''
    }),
    topic('http', {
        aliases: 'http-server, http-router, router, web',
        strong: 'http router, url router, request router, http server, http 2, http 3, http requests, http middleware, http handlers, http server library',
        clear: 'router, routing, middleware, handlers, status codes, quic, net http, mux, https, http',
        hint: 'web, server, requests, request, response, url, urls, routes, headers, cookies, tls',
        weak: ''
    }),
    topic('http-client', {
        aliases: 'http-clients, rest-client',
        strong: 'http client, http library, http requests, rest client, http request, fetch api, api client',
        clear: 'get request, post request, connection pooling, multipart, response body, axios',
        hint: 'client, http, urls, headers, json, fetch, session, sessions, requests, cookies, retries, timeouts, proxies',
        weak: ''
    }),
    topic('web-app', {
        aliases: 'webapp, web-application, web-apps, self-hosted, web-ui',
        generic: true,
        strong: 'web app, web application, web based, web interface, web ui, in your browser, browser based, self hosted, selfhosted, web dashboard, progressive web app, pwa',
        clear: 'docker compose, admin panel, single page application',
        hint: 'users, deploy, host, browser, web, dashboard, login',
        weak: ''
    }),
    topic('web-server', {
        aliases: 'webserver, web-servers, http-server, reverse-proxy, wsgi',
        strong: 'web server, webserver, http server, wsgi server, wsgi, asgi, reverse proxy, static file server, load balancer, application server, https server',
        clear: 'virtual hosts, workers, nginx, uvicorn',
        hint: 'http, requests, server, ports, proxy, tls, certificates, serve, serving',
        weak: ''
    }),
    topic('server', {
        aliases: 'servers, daemon, server-software',
        generic: true,
        strong: 'server, servers, ftp server, game server, server software, daemon, server implementation, self hosted server',
        clear: 'server side',
        hint: 'deploy, service, host, hosting, listens, clients, port',
        weak: ''
    }),
    topic('real-time', {
        aliases: 'realtime, websocket, websockets',
        strong: 'real time, realtime, websocket, websockets, real time messaging, live updates, pub sub, pubsub, server sent events, sse, socket io, sockjs, push notifications, live data, streaming updates',
        clear: 'low latency',
        hint: 'events, streaming, instant, live, push, subscriptions, broadcast, channels, presence',
        weak: ''
    }),
    topic('authentication', {
        aliases: 'auth, authn, authorization, identity, sso, login',
        strong: 'identity management, single sign on, json web token, jwt, jwts, multi factor authentication, mfa, 2fa, passwordless, webauthn, passkeys, identity provider, user management, identity and access management, keycloak, two factor, auth server, authentication server, authentication library, authentication service, authentication and authorization, oauth server, oauth2 server, oauth provider, openid provider, jwt library, auth library, authentication solution, authentication framework',
        clear: 'auth, sign in, sign up, signup, signin, session management, access control, rbac, account recovery, registration, ldap, totp, identity, login, authentication, authorization, oauth, oauth2, oidc, openid connect, saml, sso',
        hint: 'users, user, permissions, signing, claims, password, passwords, tokens, credentials',
        weak: ''
    }),
    topic('ui', {
        aliases: 'ui-components, ui-library, component-library, user-interface, ui-kit, design-system',
        strong: 'ui components, ui library, component library, ui kit, design system, user interface, material design, widgets, ui framework, ui toolkit, tailwind components',
        clear: 'modal, modals, dropdown, theming, tailwind, accessible components, icon set',
        hint: 'ui, design, responsive, css, layout, icons, components, themes, styled, buttons',
        weak: ''
    }),
    topic('ux', {
        aliases: 'user-experience, onboarding, ux-design',
        strong: 'user experience, ux, onboarding, product tour, guided tour, user onboarding, feature introduction, highlight elements, walkthrough',
        clear: 'user flow, engagement, popover, step by step, tooltips',
        hint: 'users, design, usability, overlay, accessibility, a11y',
        weak: ''
    }),
    topic('declarative-gui', {
        aliases: 'declarative-ui, swiftui, jetpack-compose',
        strong: 'swiftui, jetpack compose, declarative ui, declarative gui, declarative user interface, elm architecture, flutter widgets, compose multiplatform',
        clear: 'declarative, combine, swift, ios 13, reactive ui, state driven, view model, flutter',
        hint: 'views, state, compose',
        weak: ''
    }),
    topic('gui', {
        aliases: 'guis, gui-toolkit, gui-library, desktop-ui, graphical-user-interface',
        strong: 'gui, guis, graphical user interface, gui toolkit, gui library, gui framework, cross platform gui, native gui, widget toolkit, gtk, qt, tkinter, imgui, immediate mode gui, wxwidgets, native widgets',
        clear: 'widgets, native look, buttons, material design, ui toolkit',
        hint: 'ui, interface, graphical, cross platform, windows, window, desktop, tk, layout',
        weak: ''
    }),
    topic('desktop-app', {
        aliases: 'desktop, desktop-application, desktop-apps, electron, tauri',
        strong: 'desktop app, desktop application, desktop client, electron app, tauri app, for windows macos and linux, macos app, windows app, linux app, desktop applications',
        clear: 'desktop, electron, tauri, dmg, appimage, flatpak, system tray, native app, cross platform app, windows macos and linux',
        hint: 'download, releases, windows, macos, linux, cross platform, installer, snap, tray',
        weak: 'app'
    }),
    topic('mobile-app', {
        aliases: 'mobile, ios, android, mobile-apps, ios-app, android-app',
        strong: 'mobile app, mobile application, ios app, android app, iphone, ipad, ios and android, react native, flutter, app store, google play, play store, testflight, swiftui, react native app, flutter app',
        clear: 'mobile, ios, android, xcode, apk, watchos',
        hint: 'touch, smartphone, tablet, phone, kotlin, swift',
        weak: 'app'
    }),
    topic('bundler', {
        aliases: 'bundlers, module-bundler, build-tool',
        strong: 'bundler, module bundler, bundling, code splitting, tree shaking, es modules bundler, esm bundler, packs modules, turbopack',
        clear: 'es modules, commonjs, amd, hot module replacement, hmr, minification, minify, dependency graph, entry points, vite, asset pipeline, bundle size, esbuild, parcel, bundle, bundles',
        hint: 'modules, build, plugins, output, dev server, assets, chunks, loaders',
        weak: ''
    }),
    topic('webassembly', {
        aliases: 'wasm, web-assembly',
        strong: 'webassembly, wasm, wasi, emscripten, wasm module, wasm runtime, wasm bindgen',
        clear: 'in the browser, runs in browser, browser and node js, wat',
        hint: 'toolchain',
        weak: ''
    }),
    topic('cms', {
        aliases: 'content-management-system, content-management, headless-cms',
        strong: 'cms, content management system, content management, headless cms, page builder, static site generator, wordpress, wiki engine',
        clear: 'content editors, editorial, admin interface, wysiwyg, site builder, content api, wiki',
        hint: 'blog, website, websites, posts, editors, media library, content, static site, pages, publishing, templates, themes',
        weak: ''
    }),
    topic('blog', {
        aliases: 'blogging, blog-engine, blogs',
        strong: 'blog, blogging, blog engine, blogging platform, blog posts, weblog, static blog, blog platform, wordpress alternative',
        clear: 'rss, atom feed, permalinks, writers, markdown posts, rss feed',
        hint: 'themes, website, pages, feed, posts, comments, articles, publishing',
        weak: ''
    }),
    topic('ecommerce', {
        aliases: 'e-commerce, shop, shopping, store, commerce, online-store',
        strong: 'ecommerce, e commerce, online store, online shop, shopping cart, storefront, headless commerce, commerce platform, webshop, marketplace platform, product catalog, order management, woocommerce, magento, shopify alternative',
        clear: 'checkout, cart, shopify',
        hint: 'store, shop, sell, pricing, products, orders, customers, payments, inventory, catalog, merchants, shipping, promotions',
        weak: ''
    }),
    topic('crm', {
        aliases: 'customer-relationship-management',
        strong: 'crm, customer relationship management, contacts management, customer management, sales pipeline, relationship management',
        clear: '',
        hint: 'activities, calls, meetings, notes, helpdesk, contacts, leads, deals, accounts, sales, customers, relationships, interactions, reminders, opportunities',
        weak: ''
    }),
    topic('lms', {
        aliases: 'learning-management-system, e-learning, elearning, education',
        strong: 'lms, learning management system, e learning, elearning, online courses, course management, autograder, automatic grading, moocs, mooc, moodle, scorm, gradebook, course authoring',
        clear: 'courses, course, students, teachers, instructors, grading, quizzes, classroom, learning platform',
        hint: 'learning, submissions, exams, lessons, education, exercises, assignments',
        weak: ''
    })
];

;// CONCATENATED MODULE: ./src/lexicon/noise.ts
/**
 * Set phrases whose words would otherwise count for a topic: "lightning fast" is not the Lightning
 * Network, "play around with" is not a game, "react to events" is not React. Matched like any phrase,
 * they hide the words inside them and count for nothing.
 */
const NOISE_PHRASES = [
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
    'the game',
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
        `for ${name} programming language`
    ]),
    'programming language of your choice',
    'language of your choice'
];

;// CONCATENATED MODULE: ./src/lexicon/index.ts










/** Entries sharing a key become one: their aliases and phrases joined (the first says whether it is generic). */
function mergeByKey(entries) {
    const merged = new Map();
    const join = (a, b) => (a && b ? `${a}, ${b}` : a || b);
    for (const entry of entries) {
        const seen = merged.get(entry.key);
        merged.set(entry.key, seen
            ? {
                key: entry.key,
                aliases: [...seen.aliases, ...entry.aliases],
                generic: seen.generic,
                strong: join(seen.strong, entry.strong),
                clear: join(seen.clear, entry.clear),
                hint: join(seen.hint, entry.hint),
                weak: join(seen.weak, entry.weak)
            }
            : entry);
    }
    return [...merged.values()];
}
/** Every topic the built-in lexicon knows, keyed by normal tag form. */
const LEXICON = mergeByKey([
    ...DEV_TOPICS,
    ...WEB_TOPICS,
    ...DATA_TOPICS,
    ...OPS_TOPICS,
    ...DOMAIN_TOPICS,
    ...LANGUAGE_TOPICS,
    ...MORE_TOPICS,
    ...I18N_TOPICS
]);
const BY_NAME = new Map();
for (const entry of LEXICON)
    if (!BY_NAME.has(entry.key))
        BY_NAME.set(entry.key, entry);
for (const entry of LEXICON)
    for (const alias of entry.aliases)
        if (!BY_NAME.has(alias))
            BY_NAME.set(alias, entry);
/**
 * The lexicon entry for a tag's normal form or any of its aliases' normal forms: a list that says
 * `kubernetes` gets the `k8s` entry. Keys win over aliases; the first name that is known wins.
 * @example findLexiconEntry(['kubernetes'])?.key === 'k8s'
 */
function findLexiconEntry(normals) {
    for (const normal of normals) {
        const entry = BY_NAME.get(normal);
        if (entry)
            return entry;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/text/clean.ts + 6 modules
var clean = __webpack_require__(4001);
;// CONCATENATED MODULE: ./src/classify/offline/tokenize.ts
/**
 * Word tokens for matching: lowercase runs of Latin, Greek or Cyrillic letters and digits, and single
 * CJK characters (Chinese, Japanese and Korean have no spaces between words, so phrases in them match
 * character by character).
 *
 * Tokens come as hashes and offsets, not strings: hashing a fresh string for a Map lookup was the
 * classifier's largest cost, while a hash computed during the character loop is nearly free. The
 * matcher confirms each hash hit against the real characters.
 */
// Names whose punctuation carries the meaning; rewritten before splitting.
const SYMBOLIC = /c\+\+|c#|f#|\.net\b/g;
const SYMBOLIC_WORDS = {
    'c++': ' cpp ',
    'c#': ' csharp ',
    'f#': ' fsharp ',
    '.net': ' dotnet '
};
const isWordCode = (c) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff);
const isCjkCode = (c) => (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af);
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// 30 bits keep hashes small integers, the fastest kind of Map key.
const HASH_MASK = 0x3fffffff;
/** The hash tokenizeStream gives a single token. */
function tokenHash(token) {
    let h = FNV_OFFSET;
    for (let i = 0; i < token.length; i++)
        h = Math.imul(h ^ token.charCodeAt(i), FNV_PRIME);
    return h & HASH_MASK;
}
function lowerText(text) {
    const lower = text.toLowerCase();
    if (!lower.includes('+') && !lower.includes('#') && !lower.includes('.net'))
        return lower;
    return lower.replace(SYMBOLIC, m => SYMBOLIC_WORDS[m] ?? ' ');
}
// Scratch buffers reused across calls (classification is synchronous): bounded by the longest text seen,
// which the classifier caps, so memory stays flat over a batch.
let hashes = new Int32Array(1024);
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
/**
 * Tokenizes text into the shared scratch stream. The result is valid until the next call.
 * @example tokenStrings(tokenizeStream('Node.js 与 C++')) // ['node', 'js', '与', 'cpp']
 */
function tokenizeStream(text) {
    const lower = lowerText(text);
    if (hashes.length < lower.length + 1) {
        const size = lower.length + 1;
        hashes = new Int32Array(size);
        starts = new Int32Array(size);
        ends = new Int32Array(size);
    }
    let count = 0;
    let start = -1;
    let h = FNV_OFFSET;
    for (let i = 0; i < lower.length; i++) {
        const code = lower.charCodeAt(i);
        if (isWordCode(code)) {
            if (start < 0) {
                start = i;
                h = FNV_OFFSET;
            }
            h = Math.imul(h ^ code, FNV_PRIME);
            continue;
        }
        if (start >= 0) {
            hashes[count] = h & HASH_MASK;
            starts[count] = start;
            ends[count++] = i;
            start = -1;
        }
        if (isCjkCode(code)) {
            hashes[count] = Math.imul(FNV_OFFSET ^ code, FNV_PRIME) & HASH_MASK;
            starts[count] = i;
            ends[count++] = i + 1;
        }
    }
    if (start >= 0) {
        hashes[count] = h & HASH_MASK;
        starts[count] = start;
        ends[count++] = lower.length;
    }
    return { text: lower, count, hashes, starts, ends };
}
/** The tokens of a stream as strings (for building matchers and for tests, not the hot path). */
function tokenStrings(stream) {
    const out = [];
    for (let i = 0; i < stream.count; i++)
        out.push(stream.text.slice(stream.starts[i], stream.ends[i]));
    return out;
}
/**
 * Joins tokens back into a phrase for display: with spaces, except between two CJK characters.
 * @example joinTokens(['数', '据', '库', 'sql']) // '数据库 sql'
 */
function joinTokens(tokens) {
    let out = '';
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const previous = tokens[i - 1];
        const tight = previous !== undefined && isCjkCode(previous.charCodeAt(0)) && isCjkCode(token.charCodeAt(0));
        out += i === 0 || tight ? token : ` ${token}`;
    }
    return out;
}
/**
 * Splits text into token strings.
 * @example tokenize('Node.js 与 C++ 数据库') // ['node', 'js', '与', 'cpp', '数', '据', '库']
 */
function tokenize(text) {
    return tokenStrings(tokenizeStream(text));
}

;// CONCATENATED MODULE: ./src/classify/offline/score.ts


/** How the body's summed evidence turns into score: logarithmic, so a long README cannot outvote its opening. */
const BODY_SCALE = 1.5;
/** Broad tags (lib, framework, server…) keep this share of their score… */
const GENERIC_DAMPING = 0.5;
/** …but more of what the description and the "X is a …" sentence say: "Acme is a web framework". */
const GENERIC_LEAD_DAMPING = 0.75;
const MAX_EVIDENCE = 5;
/** Hint words in the body (request, users, files…) pile up in long READMEs: they count half. */
const BODY_HINT = 0.5;
/** A tag needs at least one phrase this heavy ('clear'): many hint words together still only hint. */
const MIN_PHRASE_WEIGHT = WEIGHTS.clear;
/**
 * Scores every tag with evidence in the zones: front evidence (title, opening) summed with repeats of one
 * phrase fading (1, 1/2, 1/3…), plus BODY_SCALE·ln(1 + body sum) with body hint words at half weight;
 * generic tags keep GENERIC_DAMPING of that. Evidence from the description and the one-line summaries
 * (tagline, "X is a …") is added on top, generic tags keeping GENERIC_LEAD_DAMPING of it. Returns the tags with a positive score, best first (ties by list order, so results are deterministic).
 * With `requireClear` (the default) a tag also needs one 'clear' phrase outside boilerplate; ranking for a
 * shortlist turns that off to keep weak candidates.
 */
function scoreZones(zones, tags, compiled, requireClear = true) {
    const front = new Float64Array(tags.length);
    const body = new Float64Array(tags.length);
    // Front evidence from the description and the lead sentence or tagline, kept apart for generic damping.
    const said = new Float64Array(tags.length);
    const tallies = new Array(tags.length);
    // How often each (phrase, tag) pair was seen in front zones, in the slots the matcher assigned.
    const repeats = new Uint16Array(compiled.matcher.slotCount);
    let zone = zones[0];
    const onHit = (hit, overlaps) => {
        for (let k = 0; k < hit.tags.length; k++) {
            const tag = hit.tags[k];
            // Two overlapping phrases of one tag ("a library", "library for") count as the stronger of the two.
            const shared = overlaps ? overlaps.tags.indexOf(tag) : -1;
            const weight = shared < 0
                ? hit.weights[k]
                : hit.weights[k] - overlaps.weights[shared];
            if (weight <= 0)
                continue;
            const base = weight * zone.factor;
            let tally = tallies[tag];
            if (!tally)
                tallies[tag] = tally = { strongest: 0, evidence: [] };
            if (zone.where !== 'boilerplate' && hit.weights[k] > tally.strongest)
                tally.strongest = hit.weights[k];
            if (zone.front) {
                const add = base / ++repeats[hit.slot + k];
                if (zone.summary)
                    said[tag] = said[tag] + add;
                else
                    front[tag] = front[tag] + add;
            }
            else
                body[tag] = body[tag] + (weight < MIN_PHRASE_WEIGHT ? base * BODY_HINT : base);
            addEvidence(tally, hit.phrase, zone.where, base);
        }
    };
    for (zone of zones)
        compiled.matcher.scan(tokenizeStream(zone.text), onHit);
    const scored = [];
    tallies.forEach((tally, index) => {
        if (!tally || (requireClear && tally.strongest < MIN_PHRASE_WEIGHT))
            return;
        let score = front[index] + BODY_SCALE * Math.log1p(body[index]);
        if (compiled.generic[index])
            score *= GENERIC_DAMPING;
        score += said[index] * (compiled.generic[index] ? GENERIC_LEAD_DAMPING : 1);
        if (score <= 0)
            return;
        const evidence = tally.evidence.sort((a, b) => b.weight - a.weight).map(({ text, where }) => ({ text, where }));
        scored.push({
            index,
            name: tags[index].name,
            score: Math.round(score * 1000) / 1000,
            evidence
        });
    });
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    return scored.map(({ name, score, evidence }) => ({ name, score, evidence }));
}
/** Keeps the strongest few distinct (phrase, place) pairs; repeated pairs add up. */
function addEvidence(tally, text, where, weight) {
    const same = tally.evidence.find(e => e.text === text && e.where === where);
    if (same) {
        same.weight += weight;
        return;
    }
    if (tally.evidence.length < MAX_EVIDENCE) {
        tally.evidence.push({ text, where, weight });
        return;
    }
    let weakest = 0;
    for (let i = 1; i < tally.evidence.length; i++)
        if (tally.evidence[i].weight <
            tally.evidence[weakest].weight)
            weakest = i;
    if (tally.evidence[weakest].weight < weight)
        tally.evidence[weakest] = { text, where, weight };
}

;// CONCATENATED MODULE: ./src/classify/offline/select.ts
/**
 * Minimum score of any chosen tag: one clear phrase in the "X is a …" sentence or tagline (2 × 3 = 6) is
 * enough, and so is a generic tag's strong phrase there (3 × 3 × 0.75); one strong phrase further down the
 * opening (4.5) or passing mentions in the body (under 5 in all) are not, unless more evidence adds up. On
 * the dev corpus (`npx tsx bench/sweep.ts`) 6 is the knee: README-only precision 0.945 against 0.937 at
 * 4, with the same hit@1 and hit@3; at 8 hits start to fall.
 */
const DEFAULT_MIN_SCORE = 6;
/** A second or third tag needs this share of the first tag's score. */
const DEFAULT_RELATIVE_CUT = 0.5;
/**
 * Picks at most maxTags from scores sorted best first: each at least minScore, and each after the first
 * at least relativeCut × the first one's score. Fewer (or none) when the evidence is weak.
 */
function selectTags(scored, options) {
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const cut = options.relativeCut ?? DEFAULT_RELATIVE_CUT;
    const top = scored[0]?.score ?? 0;
    const chosen = [];
    for (const tag of scored) {
        if (chosen.length >= options.maxTags || tag.score < minScore || tag.score < top * cut)
            break;
        chosen.push(tag);
    }
    return chosen;
}

// EXTERNAL MODULE: ./src/tags/normalize.ts
var normalize = __webpack_require__(3614);
;// CONCATENATED MODULE: ./src/classify/offline/matcher.ts

function findNode(level, stream, i) {
    let node = level.get(stream.hashes[i]) ?? null;
    const start = stream.starts[i];
    const length = stream.ends[i] - start;
    while (node && !(node.token.length === length && stream.text.startsWith(node.token, start)))
        node = node.collision;
    return node;
}
/**
 * A token trie over every phrase of every tag: one integer-keyed lookup per token of the README,
 * whatever the number of tags. A longer phrase hides the shorter ones inside it ("react native" is not
 * also "react", "terminal emulator" not also "emulator").
 */
class PhraseMatcher {
    root = new Map();
    slots = 0;
    /** How many per-tag counters a scoring pass needs (see PhraseHit.slot). */
    get slotCount() {
        return this.slots;
    }
    /**
     * Adds a phrase; tag -1 registers a blocker (a phrase that only hides shorter ones), `noise` one that
     * also hides its first word. A phrase given twice for one tag keeps its highest weight.
     */
    add(phrase, tag, weight, noise = false) {
        const tokens = tokenize(phrase);
        if (tokens.length === 0)
            return;
        let level = this.root;
        let node;
        for (const token of tokens) {
            if (node)
                level = node.next ??= new Map();
            const hash = tokenHash(token);
            let found = level.get(hash);
            while (found && found.token !== token)
                found = found.collision ?? undefined;
            if (!found) {
                found = { token, collision: level.get(hash) ?? null, next: null, hit: null };
                level.set(hash, found);
            }
            node = found;
        }
        const end = node;
        end.hit ??= { phrase: joinTokens(tokens), tags: [], weights: [], slot: 0, noise: false };
        if (noise)
            end.hit.noise = true;
        if (tag < 0)
            return;
        const at = end.hit.tags.indexOf(tag);
        if (at < 0) {
            end.hit.tags.push(tag);
            end.hit.weights.push(weight);
        }
        else if (weight > end.hit.weights[at])
            end.hit.weights[at] = weight;
    }
    /** Gives every phrase its counter slots; call once after the last add. */
    seal() {
        const visit = (level) => {
            for (const head of level.values()) {
                for (let node = head; node; node = node.collision) {
                    if (node.hit) {
                        node.hit.slot = this.slots;
                        this.slots += node.hit.tags.length;
                    }
                    if (node.next)
                        visit(node.next);
                }
            }
        };
        this.slots = 0;
        visit(this.root);
    }
    /**
     * Calls `onHit` for the longest phrase starting at each token, unless it lies inside a phrase already
     * found: overlapping phrases both count ("node js version" and "version manager"), nested ones do not.
     * `overlaps` is the previous phrase when the two overlap, so a tag they share is counted once.
     */
    scan(stream, onHit) {
        const n = stream.count;
        let coveredEnd = 0;
        let previous = null;
        for (let i = 0; i < n; i++) {
            let node = findNode(this.root, stream, i);
            if (!node)
                continue;
            let best = node.hit;
            let bestEnd = i + 1;
            // The longest phrase that counts for a tag, in case the longest of all is only a blocker.
            let tagged = node.hit && node.hit.tags.length > 0 ? node.hit : null;
            let taggedEnd = i + 1;
            for (let j = i + 1; j < n && node.next; j++) {
                node = findNode(node.next, stream, j);
                if (!node)
                    break;
                if (node.hit) {
                    best = node.hit;
                    bestEnd = j + 1;
                    if (node.hit.tags.length > 0) {
                        tagged = node.hit;
                        taggedEnd = j + 1;
                    }
                }
            }
            // A blocker hides the words inside it ("terminal emulator" → not "emulator"), but a tagged phrase
            // that starts it still counts ("ansible" in "ansible role", "json schema" in "json schema
            // validation"); a noise phrase keeps only a tagged phrase of two words or more.
            if (best && best.tags.length === 0 && tagged && (!best.noise || taggedEnd - i >= 2)) {
                best = tagged;
                bestEnd = taggedEnd;
            }
            if (!best || bestEnd <= coveredEnd)
                continue;
            const overlaps = i < coveredEnd ? previous : null;
            coveredEnd = bestEnd;
            previous = best;
            if (best.tags.length > 0)
                onHit(best, overlaps);
        }
    }
}

;// CONCATENATED MODULE: ./src/classify/offline/terms.ts




/** Broad tags users commonly name: damped even when the lexicon does not know them under that name. */
const GENERIC_NAMES = new Set([
    'lib',
    'library',
    'framework',
    'dev-tool',
    'tool',
    'tools',
    'server',
    'web-app',
    'app',
    'api',
    'backend',
    'data',
    'software',
    'utility',
    'utilities',
    'project'
]);
// Words of a tag description that say nothing about the topic.
const STOPWORDS = new Set(('a an and are as at be by for from in into is it its of on or that the this to with without your you ' +
    'tool tools library libraries project projects software thing things app apps application applications ' +
    'related relating about any other such like e g etc using used use based type types kind kinds').split(' '));
/** Plural and joined forms: "game engine" → "game engines", "gameengine". */
function variants(phrase) {
    const tokens = tokenize(phrase);
    if (tokens.length === 0)
        return [];
    const out = [tokens.join(' ')];
    const last = tokens[tokens.length - 1];
    if (/^[a-z]{3,}$/.test(last) && !/(s|ss|ing|ed)$/.test(last)) {
        const plural = /[^aeiou]y$/.test(last)
            ? `${last.slice(0, -1)}ies`
            : /(x|ch|sh)$/.test(last)
                ? `${last}es`
                : `${last}s`;
        out.push([...tokens.slice(0, -1), plural].join(' '));
    }
    if (tokens.length === 2 && tokens.every(t => /^[a-z]+$/.test(t)))
        out.push(tokens.join(''));
    return out;
}
/**
 * Simple stems of a name's last word, for tags the lexicon does not know: "scraping" → "scrape",
 * "scraper", "scrapers"; "logging" → "log", "logger"; "editing" → "edit", "editor".
 */
function stems(phrase) {
    const tokens = tokenize(phrase);
    const last = tokens[tokens.length - 1] ?? '';
    if (!/^[a-z]{3,}ing$/.test(last))
        return [];
    let base = last.slice(0, -3);
    if (/([^aeiou])\1$/.test(base))
        base = base.slice(0, -1); // logging → log
    const forms = new Set([
        base,
        `${base}s`,
        `${base}e`,
        `${base}es`,
        `${base}er`,
        `${base}ers`,
        `${base}or`,
        `${base}ors`
    ]);
    forms.delete(last);
    return [...forms].map(form => [...tokens.slice(0, -1), form].join(' '));
}
/** Content words and adjacent pairs of a description, as weak and hint phrases. */
function descriptionPhrases(description) {
    const words = tokenize(description).filter(word => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word));
    const out = words.map(word => [word, WEIGHTS.hint]);
    for (let i = 0; i + 1 < words.length; i++)
        out.push([`${words[i]} ${words[i + 1]}`, WEIGHTS.clear]);
    return out;
}
/**
 * Compiles the phrases of every tag of a list into one matcher: the lexicon entry (found by the tag's
 * name or aliases), the tag's own name and aliases (strong), and its description's words (weak).
 * Lexicon phrases of topics the list lacks are added as blockers, so "terminal emulator" never counts
 * as "emulator" evidence even when the list has no terminal tag.
 */
function compileTags(tags) {
    const matcher = new PhraseMatcher();
    const generic = [];
    const used = new Set();
    tags.forEach((tag, index) => {
        const names = [tag.normal, ...tag.aliases.map(normalize/* normalizeTagName */.H)].filter(Boolean);
        const entry = findLexiconEntry(names);
        const phrases = new Map();
        const put = (phrase, weight) => {
            for (const form of variants(phrase))
                phrases.set(form, Math.max(weight, phrases.get(form) ?? 0));
        };
        if (entry) {
            used.add(entry.key);
            for (const [phrase, weight] of entryPhrases(entry))
                put(phrase, weight);
        }
        // The tag's name: strong unless the lexicon already weighs that phrase (e.g. 'data' is weak). Aliases
        // the list gives are the user's own words for the tag: always strong.
        for (const form of variants(tag.name))
            if (!phrases.has(form))
                phrases.set(form, entry ? WEIGHTS.clear : WEIGHTS.strong);
        if (!entry)
            for (const form of stems(tag.name))
                if (!phrases.has(form))
                    phrases.set(form, WEIGHTS.clear);
        for (const alias of tag.aliases)
            put(alias, WEIGHTS.strong);
        if (tag.description)
            for (const [phrase, weight] of descriptionPhrases(tag.description))
                if (!phrases.has(phrase))
                    put(phrase, weight);
        for (const [phrase, weight] of phrases)
            matcher.add(phrase, index, weight);
        generic.push((entry?.generic ?? false) || GENERIC_NAMES.has(tag.normal));
    });
    for (const phrase of NOISE_PHRASES)
        matcher.add(phrase, -1, 0, true);
    for (const entry of LEXICON) {
        if (used.has(entry.key))
            continue;
        for (const [phrase] of entryPhrases(entry))
            for (const form of variants(phrase))
                if (form.includes(' '))
                    matcher.add(form, -1, 0);
    }
    matcher.seal();
    return { matcher, generic };
}

;// CONCATENATED MODULE: ./src/classify/offline/zones.ts
/** Factors by place: the description and the "X is a …" sentence say most; boilerplate least. */
const FACTORS = { description: 4, lead: 3, title: 2, opening: 1.5, body: 1, boilerplate: 0.25 };
// Past this many characters the opening reads like the body (long intros list integrations and features).
const OPENING_CHARS = 1500;
const LEAD_SCAN_CHARS = 2000;
const TAGLINE_CHARS = 120;
const SENTENCE_END = /(?<=[.!?。！？])\s+|\n/;
// "X is a …", "An … for …", "Foo: a …", Chinese "是一", Japanese "は…です", Russian "это"; not notes.
const LEAD = /\b(is|are)\s+(an?|one)\b|^an?\s+\S+|^[^\s:]{1,40}\s*[:–—-]\s+an?\s|是一|は.{1,60}(です|ライブラリ|ツール)|\bэто\b/iu;
const NOT_LEAD = /^(note|warning|important|caution|tip|news|update|disclaimer|this (is|was) (the|an?) (fork|mirror|branch|archive))\b/i;
function leadSentence(opening) {
    const head = opening.length > LEAD_SCAN_CHARS ? opening.slice(0, LEAD_SCAN_CHARS) : opening;
    for (const sentence of head.split(SENTENCE_END)) {
        if (sentence.length >= 12 && LEAD.test(sentence) && !NOT_LEAD.test(sentence))
            return sentence;
    }
    return null;
}
/**
 * The zones of one README (plus description) in reading order. The title's section heading is not
 * read twice; opening text past OPENING_CHARS counts as body.
 */
function zonesOf(cleaned, description) {
    const zones = [];
    if (description?.trim())
        zones.push({ text: description, where: 'description', front: true, summary: true, factor: FACTORS.description });
    if (cleaned.title)
        zones.push({ text: cleaned.title, where: 'title', front: true, factor: FACTORS.title });
    let openingText = '';
    for (const section of cleaned.sections) {
        if (section.kind !== 'opening')
            continue;
        if (section.heading && section.heading !== cleaned.title)
            openingText += `${section.heading}\n`;
        openingText += `${section.text}\n`;
    }
    // A short first line is usually the tagline ("Blazing fast, structured logging in Go"): it says what
    // the project is as plainly as an "X is a …" sentence, so both get the lead factor.
    const firstLine = openingText.slice(0, openingText.indexOf('\n') + 1 || undefined).trim();
    const tagline = firstLine.length <= TAGLINE_CHARS && firstLine.includes(' ') && !NOT_LEAD.test(firstLine) ? firstLine : null;
    if (tagline) {
        zones.push({ text: tagline, where: 'opening', front: true, summary: true, factor: FACTORS.lead });
        openingText = openingText.replace(tagline, ' ');
    }
    const lead = leadSentence(openingText);
    if (lead) {
        zones.push({ text: lead, where: 'opening', front: true, summary: true, factor: FACTORS.lead });
        openingText = openingText.replace(lead, ' ');
    }
    zones.push({ text: openingText.slice(0, OPENING_CHARS), where: 'opening', front: true, factor: FACTORS.opening });
    if (openingText.length > OPENING_CHARS)
        zones.push({ text: openingText.slice(OPENING_CHARS), where: 'body', front: false, factor: FACTORS.body });
    for (const section of cleaned.sections) {
        if (section.kind === 'opening')
            continue;
        const where = section.kind === 'boilerplate' ? 'boilerplate' : 'body';
        zones.push({ text: `${section.heading}\n${section.text}`, where, front: false, factor: FACTORS[where] });
    }
    return zones;
}

;// CONCATENATED MODULE: ./src/classify/offline/index.ts








/**
 * The classifier reads at most this much of a README (cut at a line end). What a project is comes at
 * the top, and the body counts logarithmically, so the tail of a very long README changes nothing but
 * the time taken.
 */
const MAX_README_CHARS = 64 * 1024;
function head(readme) {
    if (readme.length <= MAX_README_CHARS)
        return readme;
    const end = readme.lastIndexOf('\n', MAX_README_CHARS);
    // A README of few, long lines (minified HTML, one-paragraph text) is cut mid-line, not at its title.
    if (end > MAX_README_CHARS / 2)
        return readme.slice(0, end);
    const code = readme.charCodeAt(MAX_README_CHARS - 1);
    return readme.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_README_CHARS - 1 : MAX_README_CHARS);
}
/** Bump when the scoring or cleaning code changes what the classifier answers. */
const SCORING_VERSION = 2;
/**
 * Identifies what the classifier answers (part of the fingerprint): a digest of the lexicon, the scoring
 * constants and SCORING_VERSION, so a lexicon or constant change is never forgotten.
 */
const SETTINGS = `lexicon-${(0,external_node_crypto_.createHash)('sha256')
    .update(JSON.stringify({
    SCORING_VERSION,
    LEXICON: LEXICON,
    NOISE_PHRASES: NOISE_PHRASES,
    FACTORS: FACTORS,
    BODY_SCALE: BODY_SCALE,
    BODY_HINT: BODY_HINT,
    GENERIC_DAMPING: GENERIC_DAMPING,
    GENERIC_LEAD_DAMPING: GENERIC_LEAD_DAMPING,
    MAX_README_CHARS
}))
    .digest('hex')
    .slice(0, 12)}`;
/**
 * The offline classifier: cleans the README, finds lexicon, name, alias and description phrases of
 * the list's tags with one token trie, scores them by where they occur (description, title and
 * opening in full; body damped; boilerplate a quarter), and picks the best few. Deterministic, no
 * network. Matchers are compiled once here; reuse the instance across a batch.
 */
function createOfflineClassifier(tags) {
    const compiled = compileTags(tags);
    const zones = (input) => zonesOf((0,clean/* cleanReadme */._)(head(input.readme), input.format), input.description);
    return {
        identity: { provider: 'local', model: null, settings: SETTINGS },
        tags,
        async classify(input, options) {
            const chosen = selectTags(scoreZones(zones(input), tags, compiled), options);
            return { tags: chosen, provider: 'local', model: null, usage: null };
        },
        /** The `k` best tags with any evidence at all, for a model's shortlist. */
        async rank(input, k) {
            return scoreZones(zones(input), tags, compiled, false).slice(0, k);
        }
    };
}

// EXTERNAL MODULE: ./src/classify/openai/defaults.ts
var defaults = __webpack_require__(619);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(8381);
;// CONCATENATED MODULE: ./src/classify/provider.ts




const PROVIDERS = ['local', 'openai'];
const ON_MODEL_ERROR = ['fallback', 'fail'];
/** The inputs (action) and flags (CLI, as `--x`) that only `provider: openai` reads. */
const MODEL_INPUTS = [
    'base-url',
    'model',
    'max-input-tokens',
    'shortlist-above',
    'model-timeout',
    'on-model-error'
];
/**
 * Parse `provider` and the model inputs from `read(name)` (the action's getInput, or the CLI's flag values
 * by the same names). Throws InputError naming the input for bad values.
 */
function parseProviderSettings(read) {
    const provider = (0,options/* parseChoice */.HU)('provider', read('provider'), PROVIDERS, 'local');
    const baseUrl = read('base-url')?.trim() || defaults/* DEFAULT_BASE_URL */.Ql;
    if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
        throw new src_errors/* InputError */.dz(`base-url must be an http(s) URL such as ${defaults/* DEFAULT_BASE_URL */.Ql} or http://127.0.0.1:11434/v1; got "${baseUrl}".`);
    }
    const model = {
        baseUrl: baseUrl.replace(/\/+$/, ''),
        model: read('model')?.trim() || defaults/* DEFAULT_MODEL */.UB,
        maxInputTokens: integer('max-input-tokens', read('max-input-tokens'), defaults/* DEFAULT_MAX_INPUT_TOKENS */.To, 500, 1_000_000),
        // Strict schemas allow at most a few hundred enum values; the shortlist keeps the prompt small anyway.
        shortlistAbove: integer('shortlist-above', read('shortlist-above'), defaults/* DEFAULT_SHORTLIST_ABOVE */.ts, 1, 500),
        timeoutMs: (0,options/* parseNumberInput */.bm)('model-timeout', read('model-timeout'), defaults/* DEFAULT_MODEL_TIMEOUT_SECONDS */.cU, 1, 3600) * 1000,
        onModelError: (0,options/* parseChoice */.HU)('on-model-error', read('on-model-error'), ON_MODEL_ERROR, 'fallback')
    };
    const ignored = provider === 'local' ? MODEL_INPUTS.filter(name => (read(name) ?? '').trim() !== '') : [];
    return { provider, model, ignored };
}
function integer(name, value, fallback, min, max) {
    const parsed = (0,options/* parseNumberInput */.bm)(name, value, fallback, min, max);
    if (!Number.isInteger(parsed))
        throw new src_errors/* InputError */.dz(`${name} must be a whole number from ${min} to ${max}; got "${value}".`);
    return parsed;
}
/**
 * The classifier the settings ask for, bound to `tags`: the offline one, or the model one with the offline
 * one for shortlisting and fallback. Both adapters call this. Rejects with InputError when OpenAI's own API
 * is asked for without a key. The model classifier (and with it the `openai` SDK, over a megabyte of
 * bundle) is imported only when asked for, so an offline run does not load it.
 */
async function createClassifier(settings, tags, deps = {}) {
    const offline = createOfflineClassifier(tags);
    if (settings.provider === 'local')
        return offline;
    const { model } = settings;
    if (!deps.client && !deps.apiKey?.trim() && isOpenAIHost(model.baseUrl)) {
        throw new src_errors/* InputError */.dz('provider "openai" needs an API key for OpenAI: set the api-key input (OPENAI_API_KEY for the CLI), or point base-url at a server that needs none.');
    }
    const { createOpenAIClassifier, createOpenAIClient } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 4530));
    return createOpenAIClassifier({
        client: deps.client ?? createOpenAIClient({ apiKey: deps.apiKey, baseUrl: model.baseUrl, fetch: deps.fetch }),
        tags,
        model: model.model,
        maxInputTokens: model.maxInputTokens,
        shortlistAbove: model.shortlistAbove,
        timeoutMs: model.timeoutMs,
        offline,
        onModelError: model.onModelError,
        log: deps.log,
        backoff: deps.backoff
    });
}
function isOpenAIHost(baseUrl) {
    try {
        return new URL(baseUrl).hostname.endsWith('openai.com');
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/tags/parse.ts




/**
 * Parse a tag list given as text. `format` is guessed when absent: text starting with `[` is JSON,
 * text whose lines start with `- ` is YAML, anything else is names split on newlines and commas.
 * `source` names where the text came from, for error messages.
 */
function parseTagList(text, source, format) {
    const chosen = format ?? guessFormat(text);
    const raw = chosen === 'json'
        ? parseJson(text, source)
        : chosen === 'yaml'
            ? parseYaml(text, source)
            : splitNames(text, chosen === 'txt' ? /\r?\n/ : /[\r\n,]+/);
    return validateEntries(raw, source);
}
function guessFormat(text) {
    const trimmed = text.trim();
    // A JSON object is not a list, but reading it as names would make one odd tag: let JSON say so.
    if (trimmed.startsWith('[') || trimmed.startsWith('{'))
        return 'json';
    const lines = trimmed.split(/\r?\n/).filter(line => line.trim() !== '' && !line.trim().startsWith('#'));
    if (lines.length > 0 && lines.every(line => /^\s*- /.test(line) || /^\s+\S/.test(line)))
        return 'yaml';
    return 'lines';
}
function splitNames(text, separator) {
    return text
        .split(separator)
        .map(part => part.trim())
        .filter(part => part !== '' && !part.startsWith('#'));
}
function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        // JSON.parse's messages rarely carry a position; jsonc-parser's strict scan locates the first fault.
        const errors = [];
        (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false });
        const first = errors[0];
        const detail = first
            ? `at ${lineAndColumn(text, first.offset)}: ${readable((0,main.printParseErrorCode)(first.error))}`
            : `: ${error instanceof Error ? error.message : String(error)}`;
        throw new src_errors/* InputError */.dz(`${source}: invalid JSON ${detail}. Fix the JSON, or give the tags as lines.`);
    }
}
/** "line L, column C" (1-based) of a character offset. */
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
}
function parseYaml(text, source) {
    const document = (0,dist/* parseDocument */.Tp)(text);
    const first = document.errors[0];
    if (first) {
        const at = first.linePos?.[0];
        const where = at ? ` at line ${at.line}, column ${at.col}` : '';
        // The yaml package ends its first line with the position again ("… at line 2, column 2:").
        const message = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        throw new src_errors/* InputError */.dz(`${source}: invalid YAML${where}: ${message.replace(/[.:]?$/, '.')}`);
    }
    return document.toJS();
}
function validateEntries(raw, source) {
    if (!Array.isArray(raw)) {
        throw new src_errors/* InputError */.dz(`${source}: the tag list must be an array of names or of objects with "name"; got ${describe(raw)}.`);
    }
    if (raw.length === 0)
        throw new src_errors/* InputError */.dz(`${source}: the tag list is empty; give at least one tag.`);
    const entries = raw.map((item, index) => toEntry(item, `${source}: entry ${index + 1}`));
    rejectCollisions(entries, source);
    return entries;
}
function toEntry(item, where) {
    if (typeof item === 'string' || typeof item === 'number') {
        const name = String(item).trim();
        if (name === '')
            throw new src_errors/* InputError */.dz(`${where} is an empty name.`);
        return { name: checkName(name, where), normal: (0,normalize/* normalizeTagName */.H)(name), aliases: [], form: 'string' };
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new src_errors/* InputError */.dz(`${where} must be a name or an object with "name"; got ${describe(item)}.`);
    }
    const record = item;
    if (typeof record.name !== 'string' || record.name.trim() === '') {
        throw new src_errors/* InputError */.dz(`${where} has no "name": every tag object needs a non-empty "name" string.`);
    }
    const name = checkName(record.name.trim(), where);
    const id = record.id;
    if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
        throw new src_errors/* InputError */.dz(`${where} ("${name}"): "id" must be a number or a string; got ${describe(id)}.`);
    }
    if (record.description !== undefined && typeof record.description !== 'string') {
        throw new src_errors/* InputError */.dz(`${where} ("${name}"): "description" must be a string.`);
    }
    const aliases = record.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every(alias => typeof alias === 'string')) {
        throw new src_errors/* InputError */.dz(`${where} ("${name}"): "aliases" must be a list of strings.`);
    }
    return {
        name,
        normal: (0,normalize/* normalizeTagName */.H)(name),
        ...(id === undefined || id === null ? {} : { id }),
        ...(record.description ? { description: record.description.trim() } : {}),
        aliases: aliases.map(alias => alias.trim()).filter(Boolean),
        form: 'object'
    };
}
/** A name of punctuation only ("-", "!!") has no topic form and no meaning: likely a slip. */
function checkName(name, where) {
    if (!/[\p{L}\p{N}]/u.test(name))
        throw new src_errors/* InputError */.dz(`${where} ("${name}") has no letter or digit; remove it.`);
    return name;
}
function rejectCollisions(entries, source) {
    const seen = new Map();
    for (const entry of entries) {
        // Names with an empty normal form (e.g. only non-Latin letters) are compared as written.
        const key = entry.normal || `\u0000${entry.name.toLowerCase()}`;
        const earlier = seen.get(key);
        if (earlier) {
            throw new src_errors/* InputError */.dz(`${source}: tags "${earlier.name}" and "${entry.name}" have the same topic form "${entry.normal}"; keep one of them.`);
        }
        seen.set(key, entry);
    }
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** "ValueExpected" → "value expected". */
function readable(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

;// CONCATENATED MODULE: ./src/tags/load.ts




const FORMAT_BY_EXTENSION = {
    '.json': 'json',
    '.yml': 'yaml',
    '.yaml': 'yaml',
    '.txt': 'txt'
};
/** Resolve the `tags` / `tags-file` pair into a validated tag list. */
function loadTagList(source) {
    const tags = source.tags?.trim() ? source.tags : undefined;
    const tagsFile = source.tagsFile?.trim() ? source.tagsFile.trim() : undefined;
    if (tags !== undefined && tagsFile !== undefined) {
        throw new src_errors/* InputError */.dz('Both "tags" and "tags-file" are set: give the tag list one way only.');
    }
    if (tagsFile !== undefined)
        return readTagFile(tagsFile, 'tags-file', source.missingFileHint);
    if (tags === undefined) {
        throw new src_errors/* InputError */.dz('No tag list: set "tags" (JSON, YAML or comma/newline-separated names) or "tags-file".');
    }
    const candidate = tags.trim();
    if (source.tagsMayBeFile && !candidate.includes('\n')) {
        // A directory of the same name ("database", "docs") is no tag list: the value is a name.
        if ((0,external_node_fs_.statSync)(candidate, { throwIfNoEntry: false })?.isFile())
            return readTagFile(candidate, 'tags');
        if (FORMAT_BY_EXTENSION[(0,external_node_path_.extname)(candidate).toLowerCase()]) {
            throw new src_errors/* InputError */.dz(`tags: file "${candidate}" does not exist; check the path.`);
        }
    }
    return parseTagList(tags, 'tags');
}
function readTagFile(path, input, missingFileHint = '') {
    const format = FORMAT_BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
    if (!format) {
        throw new src_errors/* InputError */.dz(`${input}: "${path}" must end in .json, .yml, .yaml or .txt so its format is known.`);
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new src_errors/* InputError */.dz(`${input}: cannot read "${path}": no such file.${missingFileHint ? ` ${missingFileHint}` : ''}`);
    }
    // Editors on Windows often save UTF-8 with a byte-order mark, which JSON and YAML parsers reject.
    return parseTagList(text.replace(/^\uFEFF/, ''), path, format);
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/classifier-flags.ts







/** Flags shared by every command that tags: action input `x` is flag `--x`, same default and meaning. */
const CLASSIFIER_FLAGS = {
    tags: { type: 'string' },
    'tags-file': { type: 'string' },
    'max-tags': { type: 'string' },
    'min-score': { type: 'string' },
    'relative-cut': { type: 'string' },
    provider: { type: 'string' },
    'base-url': { type: 'string' },
    model: { type: 'string' },
    'max-input-tokens': { type: 'string' },
    'shortlist-above': { type: 'string' },
    'model-timeout': { type: 'string' },
    'on-model-error': { type: 'string' },
    cache: { type: 'string' }
};
const CLASSIFIER_HELP = `  --tags <file|text>     the tag list: a .json/.yml/.yaml/.txt file, or inline JSON, YAML or names
  --tags-file <file>     the tag list as a file (instead of --tags)
  --max-tags <n>         at most this many tags, 1-20 (default 3)
  --min-score <x>        tags scoring below this are not chosen (default ${DEFAULT_MIN_SCORE})
  --relative-cut <x>     a 2nd/3rd tag needs this share of the first one's score (default ${DEFAULT_RELATIVE_CUT})
  --provider <name>      local (default, offline) or openai (a language model; key from OPENAI_API_KEY)
  --base-url <url>       API root of an OpenAI-compatible server (default ${defaults/* DEFAULT_BASE_URL */.Ql})
  --model <name>         the model for --provider openai (default ${defaults/* DEFAULT_MODEL */.UB})
  --max-input-tokens <n> the prompt's budget in estimated tokens; the README is cut to fit (default 4000)
  --shortlist-above <n>  a longer list is shortlisted offline to this many tags first (default 60)
  --model-timeout <s>    seconds per item for the model, across retries (default 120)
  --on-model-error <m>   fallback (the offline classifier answers, with a warning) or fail (default fallback)
  --cache <file>         reuse answers by fingerprint from this JSON Lines file, and add new ones to it`;

/** Resolve the tag list, the selection options and the provider settings from parsed flags; warn of ignored flags. */
function planClassifier(values, io) {
    const tags = loadTagList({
        tags: (0,args/* stringFlag */.A)(values, 'tags'),
        tagsFile: (0,args/* stringFlag */.A)(values, 'tags-file'),
        tagsMayBeFile: true
    });
    const selection = {
        maxTags: (0,options/* parseMaxTags */.hl)((0,args/* stringFlag */.A)(values, 'max-tags')),
        minScore: (0,options/* parseNumberInput */.bm)('min-score', (0,args/* stringFlag */.A)(values, 'min-score'), DEFAULT_MIN_SCORE, 0, 1e9),
        relativeCut: (0,options/* parseNumberInput */.bm)('relative-cut', (0,args/* stringFlag */.A)(values, 'relative-cut'), DEFAULT_RELATIVE_CUT, 0, 1)
    };
    const { ignored, ...settings } = parseProviderSettings(name => (0,args/* stringFlag */.A)(values, name));
    for (const name of ignored)
        warn(io, `--${name} is ignored when --provider is "local".`);
    return { tags, selection, settings, cache: (0,args/* stringFlag */.A)(values, 'cache') };
}
/** The classifier a plan asks for. The key comes from the environment only, never from a flag. */
async function buildClassifier(plan, io) {
    const log = { warning: (message) => warn(io, message) };
    const classifier = await createClassifier(plan.settings, plan.tags, { apiKey: io.env.OPENAI_API_KEY, log });
    return plan.cache ? withCache(classifier, file_openFileCache(plan.cache)) : classifier;
}
/** Resolve the tag list, the selection options and the classifier from parsed flags. */
async function setUpClassifier(values, io) {
    const plan = planClassifier(values, io);
    return { classifier: await buildClassifier(plan, io), selection: plan.selection };
}
function warn(io, message) {
    io.stderr.write(`warning: ${message}\n`);
}


/***/ }),

/***/ 7464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ batchedPost)
/* harmony export */ });
/** Most messages posted together. */
const MAX_BATCH = 8;
/**
 * Collect messages and post them together: when MAX_BATCH are waiting, or once this thread's current work is
 * done (setImmediate). Each postMessage wakes the thread at the other end, and on a machine with few cores
 * the woken thread takes the core of the one that posted: one message per line cost each worker about a
 * sixth of its time in a profile of `batch --threads 2` on 2 cores.
 */
function batchedPost(post) {
    let batch = [];
    const flush = () => {
        if (batch.length === 0)
            return;
        const full = batch;
        batch = [];
        post(full);
    };
    return message => {
        batch.push(message);
        if (batch.length >= MAX_BATCH)
            flush();
        else if (batch.length === 1)
            setImmediate(flush);
    };
}


/***/ }),

/***/ 6574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ WORKER_KIND),
/* harmony export */   Y: () => (/* binding */ isWorkerSetup)
/* harmony export */ });
/** Marks our workerData, so that the CLI loaded in a thread of some other program stays inert. */
const WORKER_KIND = 'readme-tagger/batch-lines';
function isWorkerSetup(data) {
    return typeof data === 'object' && data !== null && data.kind === WORKER_KIND;
}


/***/ }),

/***/ 7492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WORKER_MODULE: () => (/* binding */ WORKER_MODULE)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_batch_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1593);
/* harmony import */ var _classifier_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1058);
/* harmony import */ var _batched_post_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7464);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6574);





/**
 * This module: what a worker thread runs when the CLI runs in-process (tests). The CLI's entry passes itself
 * instead (CliIO.threadScript) and imports this module in a worker thread: once bundled, this module sits in
 * a chunk whose URL is no script to run.
 */
const WORKER_MODULE = new URL(import.meta.url);
/** Build the classifier once, then answer each line the pool sends with the single thread's own function. */
function serve(port, setup) {
    // Left unhandled on purpose: a classifier that cannot be built ends the worker, and the pool hears of it.
    const ready = (0,_classifier_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .buildClassifier */ .A4)(setup.plan, { env: process.env, stderr: process.stderr });
    const reply = (0,_batched_post_js__WEBPACK_IMPORTED_MODULE_3__/* .batchedPost */ .W)(replies => port.postMessage(replies));
    port.on('message', (tasks) => {
        for (const task of tasks) {
            void ready
                .then(classifier => (0,_core_batch_line_js__WEBPACK_IMPORTED_MODULE_1__/* .answerLine */ .N)(task.text, task.line, setup.baseDir, classifier, setup.plan.selection))
                .then(answer => reply({ seq: task.seq, answer }));
        }
    });
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort && (0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .isWorkerSetup */ .Y)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData))
    serve(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort, node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);


/***/ }),

/***/ 1593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ answerLine)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/text/clean.ts + 6 modules
var clean = __webpack_require__(4001);
;// CONCATENATED MODULE: ./src/core/batch-input.ts



/**
 * Turn one JSONL line `{"id", "description"?, "readme"? | "readme_path"?}` into an item.
 * `readme_path` is relative to `baseDir` (the input file's folder). Unknown fields are ignored.
 */
async function parseBatchLine(text, line, baseDir) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return {
            line,
            id: null,
            error: `line ${line}: not valid JSON (${error instanceof Error ? error.message : String(error)})`
        };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return { line, id: null, error: `line ${line}: expected a JSON object with "id" and "readme" or "readme_path"` };
    }
    const record = value;
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : null;
    const fail = (error) => ({ line, id, error: `line ${line}: ${error}` });
    if (record.id !== undefined && record.id !== null && id === null)
        return fail('"id" must be a string or a number');
    if (record.description !== undefined && record.description !== null && typeof record.description !== 'string') {
        return fail('"description" must be a string');
    }
    const description = typeof record.description === 'string' ? record.description : '';
    let readme;
    let format = 'markdown';
    if (typeof record.readme === 'string') {
        readme = record.readme;
    }
    else if (typeof record.readme_path === 'string') {
        const path = (0,external_node_path_.resolve)(baseDir, record.readme_path);
        try {
            readme = await (0,promises_.readFile)(path, 'utf8');
        }
        catch {
            return fail(`cannot read readme_path "${record.readme_path}" (resolved to ${path})`);
        }
        format = (0,clean/* formatFromFileName */.F)(path);
    }
    else if (description !== '') {
        readme = '';
    }
    else {
        return fail('needs "readme" (text), "readme_path" or at least a "description"');
    }
    return { line, item: { id, readme, description, format } };
}

// EXTERNAL MODULE: ./src/core/tag-item.ts
var tag_item = __webpack_require__(3595);
;// CONCATENATED MODULE: ./src/core/batch-line.ts


/**
 * Answer one JSON Lines input line: parse it, read its README, tag it, serialize the output. Never throws: a
 * bad line is an output with `error`. One thread or many, every line goes through here, so they agree.
 */
async function answerLine(text, line, baseDir, classifier, selection) {
    const parsed = await parseBatchLine(text, line, baseDir);
    if ('error' in parsed)
        return { json: JSON.stringify(parsed), failed: true, model: null, usage: null };
    const result = await (0,tag_item/* tagItem */.GI)(parsed.item, classifier, selection);
    return { json: JSON.stringify(result), failed: result.error !== undefined, model: result.model, usage: result.usage };
}


/***/ }),

/***/ 3595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ MAX_README_BYTES),
/* harmony export */   GI: () => (/* binding */ tagItem),
/* harmony export */   Nq: () => (/* binding */ failedResult),
/* harmony export */   YC: () => (/* binding */ capBytes),
/* harmony export */   uf: () => (/* binding */ itemFingerprint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1666);


/** READMEs are read up to this many bytes. */
const MAX_README_BYTES = 512 * 1024;
/** Cut a text to at most `maxBytes` of UTF-8 without splitting a character. */
function capBytes(text, maxBytes = MAX_README_BYTES) {
    if (text.length <= maxBytes / 3)
        return text;
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    return bytes
        .subarray(0, maxBytes)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}
/** The fingerprint of an item under a classifier: what `--resume` and caches compare. */
function itemFingerprint(item, classifier, selection) {
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(capBytes(item.readme), item.description ?? '', classifier, selection);
}
/** Tag one item. Never throws: a failure becomes a result with `error` and no tags. */
async function tagItem(item, classifier, selection) {
    const readme = capBytes(item.readme);
    const description = item.description ?? '';
    const base = {
        id: (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .resultId */ .Ry)(item.id, item.repositoryId),
        repository: item.repository ?? null,
        fingerprint: (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(readme, description, classifier, selection)
    };
    try {
        const answer = await classifier.classify({ readme, description, format: item.format }, selection);
        const byName = new Map(classifier.tags.map(tag => [tag.name, tag]));
        const chosen = answer.tags.filter(score => byName.has(score.name)).slice(0, selection.maxTags);
        return {
            id: base.id,
            tags: chosen.map(score => (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .echoTag */ .kF)(byName.get(score.name))),
            repository: base.repository,
            scores: chosen.map(score => ({ name: score.name, score: round(score.score), evidence: score.evidence })),
            provider: answer.provider,
            model: answer.model,
            usage: answer.usage,
            fingerprint: base.fingerprint
        };
    }
    catch (error) {
        return failedResult(base, classifier, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error));
    }
}
/** A result for an item that could not be tagged. */
function failedResult(base, classifier, error) {
    return {
        id: base.id,
        tags: [],
        repository: base.repository,
        scores: [],
        provider: classifier.identity.provider,
        model: classifier.identity.model,
        usage: null,
        fingerprint: base.fingerprint,
        error
    };
}
function round(score) {
    return Math.round(score * 1000) / 1000;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   kw: () => (/* binding */ TaggingError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/** A problem with what the user gave (an input, a flag, a file): shown as one line, exit code 2 in the CLI. */
class InputError extends Error {
    name = 'InputError';
}
/** A failure while tagging one item (network, model, repository): the item fails, a batch goes on. */
class TaggingError extends Error {
    name = 'TaggingError';
}
/** The message of anything thrown, including values that are not Errors. */
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   bm: () => (/* binding */ parseNumberInput),
/* harmony export */   hl: () => (/* binding */ parseMaxTags)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_TAGS, MAX_MAX_TAGS, parseBooleanInput, parseOutput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const DEFAULT_MAX_TAGS = 3;
const MAX_MAX_TAGS = 20;
/** Parse `max-tags`: an integer from 1 to 20; empty means the default. */
function parseMaxTags(value) {
    if (value === undefined || value.trim() === '')
        return DEFAULT_MAX_TAGS;
    const trimmed = value.trim();
    const parsed = Number(trimmed);
    if (!/^[+]?\d+$/.test(trimmed) || !Number.isInteger(parsed) || parsed < 1 || parsed > MAX_MAX_TAGS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`max-tags must be an integer from 1 to ${MAX_MAX_TAGS}; got "${value}".`);
    }
    return parsed;
}
/** Parse a number input within [min, max]; empty means `fallback`. */
function parseNumberInput(name, value, fallback, min, max) {
    if (value === undefined || value.trim() === '')
        return fallback;
    const parsed = Number(value.trim());
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} must be a number from ${min} to ${max}; got "${value}".`);
    }
    return parsed;
}
/** Parse a boolean input: true/false in the forms the YAML 1.2 core schema allows; empty means `fallback`. */
function parseBooleanInput(name, value, fallback) {
    if (value === undefined || value.trim() === '')
        return fallback;
    const normal = value.trim().toLowerCase();
    if (normal === 'true')
        return true;
    if (normal === 'false')
        return false;
    throw new InputError(`${name} must be "true" or "false"; got "${value}".`);
}
/** Parse a closed set of values; the error lists the allowed ones. */
function parseChoice(name, value, allowed, fallback) {
    if (value === undefined || value.trim() === '')
        return fallback;
    const normal = value.trim().toLowerCase();
    const found = allowed.find(choice => choice === normal);
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} must be one of ${allowed.map(a => `"${a}"`).join(', ')}; got "${value}".`);
    return found;
}
/** `artifact`, `topics`, or both separated by a comma (either order). Empty means `artifact`. */
function parseOutput(value) {
    const parts = value
        .split(/[\s,]+/)
        .map(part => part.trim().toLowerCase())
        .filter(Boolean);
    if (parts.length === 0)
        return { topics: false, artifact: true };
    const bad = parts.find(part => part !== 'topics' && part !== 'artifact');
    if (bad !== undefined) {
        throw new InputError(`output must be "artifact", "topics" or "topics,artifact"; got "${value}".`);
    }
    return { topics: parts.includes('topics'), artifact: parts.includes('artifact') };
}


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   Ry: () => (/* binding */ resultId),
/* harmony export */   kF: () => (/* binding */ echoTag)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Echo a chosen entry the way the list gave it: objects as {id, name}, strings as the trimmed string. */
function echoTag(entry) {
    return entry.form === 'string' ? entry.name : { id: entry.id ?? null, name: entry.name };
}
/** The result's `id`: the given id, else the repository's numeric id, always as a string, else null. */
function resultId(given, repositoryId) {
    if (given !== undefined && given !== null && String(given) !== '')
        return String(given);
    if (repositoryId !== undefined && repositoryId !== null)
        return String(repositoryId);
    return null;
}
/** The list as it affects answers: names, aliases and descriptions in order (ids and spacing do not). */
function normalisedList(tags) {
    return tags.map(tag => [tag.normal, tag.name, tag.aliases, tag.description ?? '']);
}
/**
 * sha256 of everything that decides an answer: README, description, the normalised list, and the
 * classifier's identity (provider, model and settings such as max-tags or the prompt version).
 * Equal fingerprints mean a cached or earlier answer can be reused.
 */
function fingerprint(readme, description, classifier, settings) {
    const { provider, model, settings: classifierSettings } = classifier.identity;
    const payload = JSON.stringify([
        readme,
        description,
        normalisedList(classifier.tags),
        provider,
        model,
        classifierSettings,
        settings
    ]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload).digest('hex');
}


/***/ }),

/***/ 3614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ normalizeTagName)
/* harmony export */ });
/* unused harmony export MAX_TOPIC_LENGTH */
/** GitHub topics are at most 50 characters. */
const MAX_TOPIC_LENGTH = 50;
/**
 * The form a tag name takes as a GitHub topic: lowercase, runs outside a–z/0–9 turned into `-`,
 * `-` trimmed at the ends, at most 50 characters. May be empty (e.g. a name of only non-Latin letters).
 * @example normalizeTagName(' Game Engine ') === 'game-engine'
 */
function normalizeTagName(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, MAX_TOPIC_LENGTH)
        .replace(/-+$/, '');
}


/***/ }),

/***/ 4001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ cleanReadme),
  F: () => (/* binding */ formatFromFileName)
});

// EXTERNAL MODULE: ./node_modules/marked/lib/marked.esm.js
var marked_esm = __webpack_require__(8022);
;// CONCATENATED MODULE: ./src/text/list-tokenizer.ts

const ITEM = /^([ \t]*)(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
// Lines that end a list even without a blank line before them (CommonMark's interrupting blocks).
const INTERRUPT = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|<[a-zA-Z/!]|>|(?:[-*_][ \t]*){3,}$)/;
/**
 * A cheaper list tokenizer: marked re-lexes every list item as a nested document, which made lists the
 * costliest block in READMEs. For plain text we only need each item's lines: every bullet line starts an
 * item (nested lists are flattened), other lines continue it, fenced code inside items is dropped.
 */
class FlatListTokenizer extends marked_esm/* Tokenizer */._F {
    list(src) {
        const first = ITEM.exec(src);
        if (!first || (first[1] ?? '').length > 3)
            return undefined;
        const items = [];
        let current = [];
        let rawEnd = 0;
        let blank = false;
        let fence = null;
        const push = () => {
            if (current.length === 0)
                return;
            const text = current.join('\n');
            items.push({
                type: 'list_item',
                raw: text,
                task: false,
                loose: false,
                text,
                tokens: [{ type: 'text', raw: text, text }]
            });
            current = [];
        };
        let offset = 0;
        while (offset < src.length) {
            const newline = src.indexOf('\n', offset);
            const end = newline < 0 ? src.length : newline + 1;
            const line = src.slice(offset, newline < 0 ? src.length : newline);
            if (fence !== null) {
                if (line.trim().startsWith(fence))
                    fence = null;
            }
            else if (line.trim() === '') {
                blank = true;
            }
            else {
                const indented = /^[ \t]/.test(line);
                const item = ITEM.exec(line);
                if (!item && !indented && (blank || INTERRUPT.test(line)))
                    break;
                const opened = FENCE.exec(line);
                if (opened)
                    fence = opened[1].slice(0, 3);
                else if (item) {
                    push();
                    current.push(line.slice(item[0].length));
                }
                else
                    current.push(line.trim());
                blank = false;
            }
            offset = end;
            if (!blank || fence !== null)
                rawEnd = end;
        }
        push();
        if (rawEnd === 0)
            return undefined;
        const raw = src.slice(0, rawEnd);
        return { type: 'list', raw, ordered: /^\s*\d/.test(raw), start: '', loose: false, items };
    }
}

;// CONCATENATED MODULE: ./src/text/inline.ts
/**
 * Inline clean-up shared by the Markdown and reStructuredText readers: turns one block of inline markup
 * into plain prose. Regex passes instead of an inline tokenizer: the inline pass is two thirds of a full
 * Markdown lex, and for tagging we only need the words, not the structure.
 */
// A link destination may hold one level of balanced parentheses: (https://x.org/wiki/Foo_(bar)); a `<…>`
// destination may hold spaces and any parentheses. Texts exclude "[" and titles stop at a line end, so a
// run of brackets or quotes costs linear time.
const DEST = String.raw `\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\)`;
const IMAGE = new RegExp(String.raw `!\[[^\[\]]*\](?:${DEST}|\[[^\[\]]*\])?`, 'g');
const LINK = new RegExp(String.raw `\[([^\[\]]*)\](?:${DEST}|\[[^\[\]]*\])`, 'g');
// Elements dropped with their content. Spans are bounded and only sought when a closer exists, so a
// README of unclosed "<script>" or "<!--" costs linear time, not quadratic.
const COMMENT = /<!--[\s\S]{0,8192}?-->/g;
const DROPPED = /<(script|style|svg|picture|video|audio|object)\b[\s\S]{0,8192}?<\/\1\s*>/gi;
const HAS_DROPPED_CLOSER = /<\/(script|style|svg|picture|video|audio|object)\b/i;
const IMG = /<img\b[^<>]*>/gi;
const AUTOLINK = /<(?:https?:|mailto:|ftp:)[^<>\s]*>|<[^<>\s@]+@[^<>\s]+>/gi;
const TAG = /<\/?[a-z][a-z0-9-]*\b[^<>]*>/gi;
const URL = /\b(?:https?|ftp|file):\/\/[^\s<>"'`()\]]*(?:\([^\s()]*\)[^\s<>"'`()\]]*)*|\bwww\.[^\s<>"'`)\]]+/gi;
// Bare domains such as example.com or docs.foo.dev/path: the name part leaks words otherwise. Found by
// their ending, then widened backwards by hand: a regex starting at every word is several times slower.
const TLD = /\.(?:com|org|net|io|dev|app|ai|sh|co|me|gg|xyz|info|rs|so|cc|ly|tech|cloud|site|page|pages|html?)\b(?:\/[^\s)]*)?/gi;
const isHostChar = (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 46;
function stripDomains(text) {
    let out = '';
    let last = 0;
    TLD.lastIndex = 0;
    for (let m = TLD.exec(text); m !== null; m = TLD.exec(text)) {
        let start = m.index;
        if (start === 0 || !isHostChar(text.charCodeAt(start - 1)))
            continue;
        while (start > last && isHostChar(text.charCodeAt(start - 1)))
            start--;
        out += `${text.slice(last, start)} `;
        last = m.index + m[0].length;
    }
    return last === 0 ? text : out + text.slice(last);
}
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    mdash: '—',
    ndash: '–',
    hellip: '…',
    middot: '·',
    bull: '•',
    copy: '©'
};
// Emphasis and code marks go; a backslash escape keeps its character.
const HAS_MARKS = /[*_~`\\]/;
const MARKS_AND_ESCAPES = /(\*{1,3}|_{2,3}|~~|`+)|\\([\\`*_{}[\]()#+\-.!|])/g;
// One pass for all whitespace: a block is one line (soft line breaks inside a paragraph are spaces).
const SPACES = /\s{2,}|[\t\n\r\f\v\u00a0]/g;
/** Decodes the HTML character references READMEs use; unknown names stay as written. */
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(ENTITY, (whole, name) => {
        if (name[0] === '#') {
            const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
        }
        return NAMED[name.toLowerCase()] ?? whole;
    });
}
/** Strips HTML: drops images, scripts, comments and media, keeps the text between tags. */
function stripHtml(text) {
    if (!text.includes('<'))
        return text;
    let out = text;
    if (out.includes('<!--') && out.includes('-->'))
        out = out.replace(COMMENT, ' ');
    if (HAS_DROPPED_CLOSER.test(out))
        out = out.replace(DROPPED, ' ');
    return out.replace(IMG, ' ').replace(AUTOLINK, ' ').replace(TAG, ' ');
}
/** Removes URLs, bare domains and e-mail addresses, whose parts would read as words. */
function stripUrls(text) {
    let out = text;
    if (out.includes('://') || out.includes('www.'))
        out = out.replace(URL, ' ');
    if (out.includes('@'))
        out = out.replace(EMAIL, ' ');
    return out.includes('.') ? stripDomains(out) : out;
}
/**
 * Plain prose from inline Markdown, on one line: images and badges dropped, links reduced to their text,
 * HTML tags, URLs and emphasis marks removed, entities decoded, whitespace collapsed.
 * @example cleanInline('[![ci](https://b.io/x.svg)](https://ci) A **fast** [parser](https://x.dev).') === 'A fast parser .'
 */
function cleanInline(raw) {
    let text = raw;
    // Links first: a `<…>` link destination would otherwise be taken for an HTML tag.
    if (text.includes('['))
        text = text.replace(IMAGE, ' ').replace(LINK, '$1');
    if (text.includes('<'))
        text = stripHtml(text);
    text = stripUrls(text);
    text = decodeEntities(text);
    if (HAS_MARKS.test(text))
        text = text.replace(MARKS_AND_ESCAPES, '$2');
    return text.replace(SPACES, ' ').trim();
}
/** True for a lone label such as "Documentation:" or "Source code:", left behind once its link is gone. */
function isLabelOnly(text) {
    return text.length <= 41 && text.endsWith(':') && !text.includes('\n');
}

;// CONCATENATED MODULE: ./src/text/boilerplate.ts
/**
 * Which README sections describe the project and which are boilerplate every README has (install,
 * licence, contributing…). Boilerplate words say little about what a project is, so they weigh less.
 */
// Anchored at the heading's start (after an optional "how to", "running"…): "Testbed - Write
// Better Tests" or "Web development made easy" are not boilerplate.
const BOILERPLATE_HEADING = new RegExp('^(?:how to |running |run |the |project |our |building |build and )?(?:' +
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
    ')', 'i');
const OPENING_HEADING = /^(about|overview|introduction|intro|what is|what's|what it is|description|summary|motivation|why\b|the project|project description|background|in a nutshell|tl;?dr|highlights?)/i;
/** True for headings such as "Installation", "License", "Contributing", "FAQ", "Benchmarks". */
function isBoilerplateHeading(heading) {
    return BOILERPLATE_HEADING.test(heading.replace(/[^\p{L}\p{N} ']+/gu, ' ').trim());
}
/** True for headings that introduce the project ("About", "Overview", "What is X?"). */
function isOpeningHeading(heading) {
    return OPENING_HEADING.test(heading.replace(/^[^\p{L}\p{N}]+/u, ''));
}
// Community / chat invitations leak words like "chat", "matrix", "community" into every README.
const CHAT_NETWORK = /\b(discord|slack|gitter|irc|matrix|telegram|zulip|mattermost|twitter|mastodon|reddit|x\.com|wechat|qq group|forum|mailing list|discussions?)\b/i;
// An invitation, not a mention: "a Slack alternative" or "a Matrix client" stay.
const INVITE = /\b(join|joining|chat with|talk (to|with)|follow|ask|reach|find us|connect with|come (and|say|chat|hang)|say hi|hang out|get help|get in touch|our|us)\b|加入|交流群|社区群/i;
/** True for short lines such as "Join us on Discord" or "Chat with the community on Matrix". */
function isCommunityLine(text) {
    return text.length < 260 && CHAT_NETWORK.test(text) && INVITE.test(text);
}

;// CONCATENATED MODULE: ./src/text/sections.ts

// When the text before the second heading is this short (a title and badges only), the next section is
// the opening; otherwise only sections headed like an introduction ("About", "Overview") join it.
const EMPTY_OPENING = 40;
/**
 * Assigns kinds and the title to sections collected by a reader, dropping empty blocks, navigation and
 * community-invitation lines. Shared by the Markdown and reStructuredText readers.
 */
function finishSections(raw, title) {
    const sections = [];
    let openingChars = 0;
    let openingOpen = true;
    let joinedEmpty = false; // a section has already joined an empty opening
    let boilerplateBelow = 0; // level of the boilerplate heading whose subsections inherit its kind; 0 = none
    for (const section of raw) {
        const blocks = section.blocks.filter(block => block.length > 0 && !isCommunityLine(block));
        const text = blocks.join('\n');
        if (boilerplateBelow > 0 && section.level > boilerplateBelow) {
            sections.push({ heading: section.heading, level: section.level, text, kind: 'boilerplate' });
            continue;
        }
        boilerplateBelow = 0;
        let kind;
        if (sections.length === 0 || (title !== null && section.heading === title)) {
            // The title's section says what the project is, whatever its heading ("Foo - Write Better Tests").
            kind = openingOpen ? 'opening' : 'body';
        }
        else if (section.heading && isBoilerplateHeading(section.heading)) {
            kind = 'boilerplate';
            boilerplateBelow = section.level;
            openingOpen = false;
        }
        else if (openingOpen && (isOpeningHeading(section.heading) || (openingChars < EMPTY_OPENING && !joinedEmpty))) {
            joinedEmpty = openingChars < EMPTY_OPENING;
            kind = 'opening';
        }
        else {
            kind = 'body';
            openingOpen = false;
        }
        if (kind === 'opening')
            openingChars += text.length;
        if (text.length === 0 && section.heading === '')
            continue;
        sections.push({ heading: section.heading, level: section.level, text, kind });
    }
    return { title, sections };
}

;// CONCATENATED MODULE: ./src/text/markdown.ts




// Block tokens only: marked's inline pass costs twice the block pass, and cleanInline does what we need.
// No GFM: its only block rule is tables, which read as well as paragraphs of cells, and it slows every paragraph.
const LEXER_OPTIONS = { gfm: false, tokenizer: new FlatListTokenizer() };
const LINK_OR_IMAGE = /!?\[[^[\]]*\]\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\)|!?\[[^[\]]*\]\[[^[\]]*\]|<a\b[^<>]*>[\s\S]{0,2000}?<\/a>|<img\b[^<>]*>/gi;
const HAS_WORD = /[\p{L}\p{N}]/u;
const SEPARATORS = /^[\s|·•‧∙⋅,\-–—/:*_#]*$/;
/** A block made only of links and separators ("Docs | Install | Discord") navigates; it does not describe. */
function isNavigation(raw) {
    if (!raw.includes('](') && !raw.includes('][') && !raw.includes('<a') && !raw.includes('<img'))
        return false;
    let links = 0;
    const rest = raw.replace(LINK_OR_IMAGE, () => {
        links++;
        return ' ';
    });
    return links >= 1 && SEPARATORS.test(decodeEntities(stripHtml(rest)));
}
const H1_HTML = /<h1\b[^<>]*>([\s\S]{0,2000}?)<\/h1\s*>/i;
// Block-level HTML boundaries: each piece between them is read (and judged as navigation) on its own.
const HTML_BREAK = /<\/?(?:p|div|h[1-6]|br|hr|li|ul|ol|table|thead|tbody|tr|td|th|center|details|summary|section|header|footer|nav|blockquote|dl|dt|dd)\b[^<>]*>/gi;
/**
 * Reads Markdown (GFM) into sections with marked's block lexer.
 * Code blocks are dropped; HTML blocks keep their text; a leading `<h1>` in HTML can give the title.
 */
function readMarkdown(readme) {
    const tokens = new marked_esm/* Lexer */.JG(LEXER_OPTIONS).blockTokens(readme.includes('\r') ? readme.replace(/\r\n?/g, '\n') : readme, []);
    const raw = [{ heading: '', level: 0, blocks: [] }];
    let title = null;
    let sawProse = false;
    const add = (text) => {
        if (text)
            raw[raw.length - 1].blocks.push(text);
    };
    const addInline = (source) => {
        if (isNavigation(source))
            return;
        const text = cleanInline(source);
        if (HAS_WORD.test(text) && !isLabelOnly(text)) {
            add(text);
            sawProse = true;
        }
    };
    const addHtml = (html) => {
        for (const piece of html.split(HTML_BREAK))
            if (piece.trim())
                addInline(piece);
    };
    const walk = (list) => {
        for (const token of list) {
            switch (token.type) {
                case 'heading': {
                    const heading = token;
                    const text = cleanInline(heading.text);
                    if (title === null && heading.depth === 1 && text)
                        title = text;
                    else if (title === null && !sawProse && raw.length === 1 && text)
                        title = text;
                    raw.push({ heading: text, level: heading.depth, blocks: [] });
                    break;
                }
                case 'paragraph':
                case 'text':
                    addInline(token.text);
                    break;
                case 'list':
                    for (const item of token.items)
                        walk(item.tokens);
                    break;
                case 'blockquote':
                    walk(token.tokens);
                    break;
                case 'table': {
                    const table = token;
                    for (const row of [table.header, ...table.rows])
                        addInline(row.map(cell => cell.text).join(' | '));
                    break;
                }
                case 'html': {
                    const html = token.text;
                    if (title === null && !sawProse) {
                        const h1 = H1_HTML.exec(html);
                        const text = h1 ? cleanInline(stripHtml(h1[1] ?? '')) : '';
                        if (text) {
                            title = text;
                            addHtml(html.replace(H1_HTML, ' '));
                            break;
                        }
                    }
                    addHtml(html);
                    break;
                }
                default:
                    break; // code, space, hr, def: no prose
            }
        }
    };
    walk(tokens);
    return finishSections(raw, title);
}

;// CONCATENATED MODULE: ./src/text/rst.ts


const ADORNMENT = /^([=\-~^"'`#*+:.<>_!$%&,;?@\\/|])\1{2,}\s*$/;
const DIRECTIVE = /^\.\.\s/;
const FIELD = /^:[\w -]+:/;
const BULLET = /^(?:[*+\-•]|\d+[.)]|#\.)\s+/;
// Inline rst: `text <url>`_ → text, :role:`x` → x, |substitution| → dropped, ``code`` → code, _`target` → target.
const RST_LINK = /`([^`<]*?)\s*<[^<>`]*>`__?/g;
const RST_ROLE = /:[\w:+-]+:`([^`]*)`/g;
const RST_SUB = /\|[^|\n]+\|_{0,2}/g;
const RST_REF = /`([^`]+)`_{1,2}|_`([^`]+)`/g;
const RST_WORD_REF = /\b(\w+)__?(?=\W|$)/g;
function cleanRstInline(raw) {
    const text = raw
        .replace(RST_LINK, '$1')
        .replace(RST_ROLE, '$1')
        .replace(RST_SUB, ' ')
        .replace(RST_REF, (_m, a, b) => a ?? b ?? '')
        .replace(RST_WORD_REF, '$1');
    return cleanInline(text.replace(/``/g, ''));
}
const indentOf = (line) => line.length - line.trimStart().length;
/**
 * Reads reStructuredText (or plain text, which shares its underlined headings and blank-line paragraphs)
 * line by line: headings by their adornment, paragraphs by blank lines; directives (images, badges,
 * code), their options and literal blocks after `::` are dropped.
 */
function readRst(readme) {
    const lines = readme.replace(/\r\n?/g, '\n').split('\n');
    const raw = [{ heading: '', level: 0, blocks: [] }];
    const styles = []; // adornment styles in order of first use give heading levels
    let title = null;
    let paragraph = [];
    let skipIndentedAbove = -1; // drop lines indented more than this (directive bodies, literal blocks)
    const flush = () => {
        if (paragraph.length === 0)
            return;
        const joined = paragraph.join('\n');
        paragraph = [];
        const literal = joined.endsWith('::');
        const text = cleanRstInline(literal ? joined.replace(/::$/, ':') : joined);
        const kept = text
            .split('\n')
            .filter(line => !isLabelOnly(line))
            .join('\n');
        if (/[\p{L}\p{N}]/u.test(kept))
            raw[raw.length - 1].blocks.push(kept);
    };
    const heading = (text, style) => {
        flush();
        let level = styles.indexOf(style) + 1;
        if (level === 0)
            level = styles.push(style);
        const clean = cleanRstInline(text);
        if (title === null && raw.length === 1 && raw[0]?.blocks.length === 0)
            title = clean;
        raw.push({ heading: clean, level: Math.min(level, 6), blocks: [] });
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const trimmed = line.trim();
        if (skipIndentedAbove >= 0) {
            if (trimmed === '' || indentOf(line) > skipIndentedAbove)
                continue;
            skipIndentedAbove = -1;
        }
        if (trimmed === '') {
            const wasLiteral = paragraph.length > 0 && paragraph[paragraph.length - 1].trimEnd().endsWith('::');
            flush();
            if (wasLiteral)
                skipIndentedAbove = indentOf(lines[i - 1] ?? '');
            continue;
        }
        const next = lines[i + 1] ?? '';
        // Overlined heading: ===== / Title / =====
        const over = ADORNMENT.exec(trimmed);
        if (over && paragraph.length === 0 && ADORNMENT.test((lines[i + 2] ?? '').trim()) && (lines[i + 1] ?? '').trim()) {
            heading(lines[i + 1].trim(), `o${over[1]}`);
            i += 2;
            continue;
        }
        const under = ADORNMENT.exec(next.trim());
        if (under &&
            paragraph.length === 0 &&
            !ADORNMENT.test(trimmed) &&
            next.trim().length >= Math.min(trimmed.length, 3)) {
            heading(trimmed, `u${under[1]}`);
            i += 1;
            continue;
        }
        if (ADORNMENT.test(trimmed) && paragraph.length === 0)
            continue; // transition line
        if (DIRECTIVE.test(trimmed)) {
            flush();
            skipIndentedAbove = indentOf(line);
            continue;
        }
        if (FIELD.test(trimmed) && paragraph.length === 0)
            continue; // document fields such as :target:
        if (BULLET.test(trimmed)) {
            flush(); // each list item is a block of its own
            paragraph.push(trimmed.replace(BULLET, ''));
        }
        else
            paragraph.push(trimmed);
    }
    flush();
    return finishSections(raw, title);
}

;// CONCATENATED MODULE: ./src/text/clean.ts


/**
 * Turns a README into plain prose by section: badges, images, HTML, link targets, URLs, code blocks,
 * navigation lines and "join us on Discord" lines removed; each section marked 'opening' (what the
 * project is), 'boilerplate' (install, licence, contributing, FAQ…) or 'body'.
 * @example cleanReadme('# Foo\n\nFoo is a fast JSON parser.\n\n## License\n\nMIT').sections.map(s => s.kind)
 *   // ['opening', 'boilerplate']
 */
function cleanReadme(readme, format = 'markdown') {
    if (format !== 'markdown')
        return readRst(readme);
    try {
        return readMarkdown(readme);
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
    }
    // marked recurses once per nesting level: thousands of `>` overflow the stack. Read such a README with
    // its quote markers removed, and as plain text if it still nests too deep.
    try {
        return readMarkdown(readme.replace(/^[ \t>]*>/gm, ''));
    }
    catch (error) {
        if (error instanceof RangeError)
            return readRst(readme);
        throw error;
    }
}
/** The README format a file name suggests: .rst and .txt (or no extension) as such, anything else Markdown. */
function formatFromFileName(fileName) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.rst') || lower.endsWith('.rest'))
        return 'rst';
    if (lower.endsWith('.txt') || !/\.[a-z0-9]+$/.test(lower.replace(/^.*[\\/]/, '')))
        return 'text';
    return 'markdown';
}


/***/ })

};
