import { topic, type LexiconEntry } from './types.js'

/** Developer tooling, languages and runtimes, and the broad kinds of software package. */
export const DEV_TOPICS: readonly LexiconEntry[] = [
  topic('cli', {
    platform: true,
    aliases: 'command-line, command-line-tool, cli-tool, cli-app, commandline, console-app',
    strong:
      'command line tool, command line interface, command line utility, command line application, command line app, cli tool, cli app, cli application, cli utility, cli framework, command line parser, argument parser, flag parsing, subcommand, option parser, option parsing, options parser, argument parsing, command line options, command line arguments, getopt, command line parsing',
    clear:
      'cli, command line, commandline, console application, command line program, posix flags, shell completion, positional argument, argv, console output, ansi escape codes, ansi colors',
    hint: 'flags, arguments, terminal, shell, stdout, stdin, pipe',
    weak: 'command, commands'
  }),
  topic('terminal', {
    aliases: 'terminal-emulator, tui, console, shell',
    strong:
      'terminal emulator, console emulator, terminal ui, text user interface, tui, terminal user interface, ssh client, terminal multiplexer, ansi escape code, ansi color, shell prompt, zsh plugin, terminal emulators, console emulators, bash prompt, zsh prompt, fish prompt, git prompt, prompt theme, zsh theme, bash theme, oh my zsh, oh my bash, oh my fish, fish plugin, bash plugin, powerline',
    clear: 'terminal, tty, pty, xterm, ansi, tmux, ncurses, curses, vt100, truecolor',
    // Shells run in terminals, but a README that names one ("as known from bash") is not about terminals.
    hint: 'colors, command line, prompt, cursor, escape sequence, console, shell, ssh, zsh, bash, fish shell',
    weak: 'colored output'
  }),
  topic('editor', {
    aliases: 'text-editor, code-editor, editors',
    strong:
      'text editor, code editor, markdown editor, vim plugin, emacs package, vscode extension, editor plugin, wysiwyg editor, rich text editor, level editor, hex editor, neovim plugin',
    clear:
      'editor, vim, neovim, emacs, kakoune, sublime text, syntax highlighting, vscode, visual studio code, atom editor, keybinding, plugin for vim',
    hint: 'multiple cursors, tree sitter, autocomplete, language server, lsp, editing',
    weak: 'edit'
  }),
  topic('ide', {
    aliases: 'integrated-development-environment, notebook',
    strong:
      'integrated development environment, ide, code editor, jupyter notebook, notebook interface, computational notebook, interactive computing, visual studio extension, visual studio plugin',
    clear:
      'language server protocol, lsp, intellisense, code completion, jupyter, development environment, plugin system, extensions marketplace, refactoring, vs code, visual studio code, cloud ide, web ide',
    hint: 'syntax highlighting, editor, workspace, kernel, remote development, notebook, debugger',
    weak: 'code navigation'
  }),
  topic('linter', {
    aliases: 'lint, linting, static-analysis, code-quality, formatter, coding-style, code-style',
    strong:
      'linter, linting, lint, static analysis, static code analysis, static analyzer, static analysis tool, abstract interpretation, code analyzer, code quality, style guide enforcement, code smell, lint rule, code smells, style checker, code analysis, code metrics, cyclomatic complexity, code complexity, copy paste detector, duplicate code, code duplication, dead code detection, automated code review, automated code reviews',
    clear:
      'lint rules, unused variables, unused imports, style mistakes, style errors, style issues, formatter, code formatter, prettier, prettier plugin, coding standard, formatting conventions, formatting standards, code style, pep8, eslint, rubocop, clippy, shellcheck, best practice rules, ast, type checker, sast, pyflakes, pycodestyle, flake8, jshint, jslint, tslint, stylelint, golangci lint, clang tidy, cppcheck, swiftlint, phpstan, psalm, mypy, pylint, sonarqube, semgrep, spotbugs, checkstyle',
    hint: 'rules, warnings, diagnostics, errors, violations, checks',
    weak: 'check, checker'
  }),
  topic('testing', {
    aliases:
      'test, tests, test-framework, unit-testing, qa, fixtures, visual-regression, matchers, assertion, assertions, fault-injection, fail-injection',
    strong:
      'testing framework, test framework, unit testing, unit test, test runner, testing tool, testing library, assertion library, mocking, mock, test suite, end to end testing, e2e testing, integration testing, property based testing, fuzzing, fuzz testing, snapshot testing, load testing, test coverage, mock server, test automation, property based test, robot framework, regression testing, visual regression testing, screenshot testing',
    clear:
      'testing, assertions, mocks, test cases, tdd, bdd, jest, mocha, junit, test doubles, stubs, spies, e2e, playwright, selenium, cypress, rspec, minitest, jasmine, karma, vitest, testng, nunit, xunit, googletest, catch2, test data, fake data, mock data, faker, test fixtures, for testing purposes, for test purposes, acceptance tests, acceptance testing, behavior driven development, behaviour driven development, gherkin, cucumber, step definitions, instrumentation tests, ui tests, ui testing, espresso, xctest',
    hint: 'test, grader, grading, automated testing, regression, tests, assert, coverage, fixtures',
    weak: 'verify'
  }),
  topic('load-testing', {
    aliases: 'load-test, load-tests, stress-testing, stress-test, load-generator',
    strong:
      'load testing, load test, load tester, load testing tool, stress testing, stress test, load generator, http load generator, http benchmarking tool, http benchmarking, traffic generator, performance testing, soak testing, spike testing, virtual users',
    clear:
      'requests per second, concurrent requests, concurrent users, latency percentiles, latency distribution, response times, jmeter, gatling, locust, k6, rps',
    hint: 'load, concurrency, concurrent, latency, throughput, requests, benchmark, performance'
  }),
  topic('benchmark', {
    aliases: 'benchmarks, benchmarking, performance-testing',
    strong:
      'benchmark, benchmarks, benchmarking, benchmark suite, performance comparison, benchmark results, microbenchmark, benchmarked, performance benchmarks, benchmarks comparing',
    clear:
      'ns op, allocs op, b op, requests per second, req s, throughput, latency comparison, comparison of, performance test',
    hint: 'performance, faster than, ops sec, compare, comparison, results',
    weak: 'fast'
  }),
  topic('compiler', {
    aliases: 'compilers, transpiler, toolchain, compile',
    strong:
      'compiler, compilers, transpiler, transpiling, transpiled, source to source, compiles to, compile to, code generation, optimizing compiler, compiler infrastructure, compiler backend, compiler toolchain, jit compiler, llvm, ahead of time compilation, intermediate representation, transpiles, transpile, bytecode compiler',
    clear:
      'optimizer, optimization passes, codegen, toolchain, bytecode, parser and compiler, frontend and backend, static compiler, c extension, binary format',
    // A compilation database (compile_commands.json) is what clang tools read, no database.
    hint: 'syntax, type checking, emit, target, wasm, gcc, clang, compile, compiled, compiling, ir, compilation database, compile commands',
    weak: 'build'
  }),
  topic('parser', {
    aliases: 'parsing, parsers, parser-combinator, parser-generator',
    strong:
      'parser, parsers, parsing library, parser combinator, parser generator, parsing expression grammar, peg, grammar, lexer, abstract syntax tree, markdown parser, json parser, yaml parser, xml parser, html parser, commonmark, parsing',
    clear: 'syntax tree, ast, bnf, ebnf, recursive descent, lalr, tokenizer',
    hint: 'syntax, format, specification, grammar rules, parse, parses, parsed, tokens, serialization, deserialize, decoder, encoder',
    weak: 'input'
  }),
  topic('language', {
    aliases: 'programming-language, languages, lang, scripting-language',
    strong:
      'scripting language, language implementation, embedded scripting, esoteric language, domain specific language, dsl, dynamically typed language, statically typed language, implementation of python, python interpreter, lua interpreter, interpreter, programming language, lisp dialect, functional language, dynamic language, general purpose language, compiled language, interpreted language, concurrent language, object oriented language, multi paradigm language, systems language, gradually typed language, embeddable language, embeddable scripting language, expression language',
    clear:
      'repl, type system, virtual machine, bytecode, garbage collector, language spec, stdlib, pattern matching, dialect, lisp, type inference, javascript engine, lua bindings, lua vm',
    // Libraries say what they add to their language's standard library as often as languages list theirs;
    // "stdlib" is the implementers' own word.
    hint: 'scripting, functions, operators, grammar, runtime, syntax, semantics, closures, standard library',
    weak: 'language'
  }),
  topic('runtime', {
    aliases: 'runtimes, javascript-runtime, vm',
    strong:
      'runtime, javascript runtime, container runtime, wasm runtime, language runtime, virtual machine, execution environment, runtime environment, event loop, node js runtime',
    clear: 'vm, interpreter, jit, embeddable, node js compatible, deno',
    hint: 'execution, engine, bun, sandbox, embedding, executes',
    weak: 'run'
  }),
  // "Unix-like" and "distro" are mostly where a program runs ("for Unix-like systems", "your distro's package
  // manager"): hints, not strong. Dev precision 0.955 → 0.960; a held-out Debian seed set +1 hit@1; nothing lost.
  topic('os', {
    aliases: 'operating-system, kernel, operating-systems, rtos',
    strong:
      'operating system, hobby operating system, microkernel, bootloader, linux distribution, rtos, real time operating system, hobby os',
    clear:
      'syscalls, system call, userspace, user space, qemu, bare metal, virtual memory, page table, init system, kernel',
    hint: 'unix like, distro, filesystem, processes, memory management, shell, interrupts, posix, x86 64, scheduler, boot, drivers, os',
    weak: 'system'
  }),
  topic('emulator', {
    aliases: 'emulation, emulators, simulator',
    strong:
      'emulator, emulation, console emulator, game boy, nes emulator, retro gaming, rom, roms, cpu emulator, emulates, snes, gba, n64, ps2, chip 8, chip8, cycle accurate, game boy advance',
    clear: 'emulate, emulated, accurate emulation, bios, cartridge, mame, nintendo, playstation, sega, arcade',
    hint: 'retro, compatibility, instruction set',
    weak: ''
  }),
  topic('game', {
    aliases: 'games, video-game, gaming',
    strong:
      'game, games, video game, adventure game, puzzle game, multiplayer game, browser game, board game, card game, platformer, strategy game, rpg, idle game, incremental game, roguelike, mmorpg, sandbox game, open source game, play in your browser, tetris, sudoku, game clone, sokoban, minesweeper, solitaire, mahjong, pac man, pacman, snake game, breakout clone, space invaders',
    clear: 'gameplay, high score, gamer, playable, dungeon, gaming, shooter, chess, minecraft',
    hint: 'fun, round, rounds, lobby, win, mod, mods, play, player, players, score, levels, quest',
    weak: ''
  }),
  topic('game-engine', {
    aliases: 'gameengine, game-development, gamedev, game-framework',
    strong:
      'game engine, game development, game framework, 2d game engine, 3d game engine, game library, gamedev, game dev, engine for games, make games, making games, game maker, game makers, game making, game creation, 2d engine, 3d engine, game server, game servers, game server framework',
    clear:
      'scene graph, physics engine, entity component system, ecs, render loop, tilemap, shaders, rendering engine, game loop, collision detection, godot, bevy, scene editor, pathfinding, raycasting, ray casting, shadowcasting, sdl2, libsdl, simple directmedia layer',
    // Sprites are drawn in pixel art editors as much as moved by engines.
    hint: 'sprites, sprite, rendering, audio, input handling, 2d, 3d, opengl, vulkan, gamepad, unity',
    weak: 'engine'
  }),
  topic('3d', {
    aliases: 'three-d, 3d-graphics, graphics-3d, cad',
    strong:
      '3d, 3d graphics, 3d engine, 3d rendering, 3d models, 3d modeling, voxel, voxels, 3d printing, point cloud, ray tracing, raytracing, 3d scene, three js, threejs, 3d viewer, 3d printer, 3d animation, photogrammetry',
    clear:
      'shaders, shader, gltf, blender, textures, physically based rendering, pbr, cad, sculpting, webgl, mesh, meshes',
    // Graphics APIs draw 2D user interfaces and games too.
    hint: 'opengl, vulkan, graphics, gpu, scene, rendering, renderer, camera, lighting, geometry, obj, stl',
    weak: ''
  }),
  topic('lib', {
    aliases: 'library, libraries, package, module',
    generic: true,
    strong:
      'client library, python library, go library, rust library, javascript library, java library, c library, cpp library, library for, a library, lightweight library, tiny library',
    clear: 'crate, gem, npm package, bindings, wrapper, api reference, library',
    hint: 'pip install, npm install, go get, cargo add, functions, module, package',
    weak: 'lib, import'
  }),
  topic('framework', {
    aliases: 'frameworks',
    generic: true,
    strong:
      'framework, web framework, microframework, micro framework, application framework, full stack framework, agent framework, multi agent framework, frontend framework',
    // A testing framework is a framework, but "Testing Frameworks" are about testing: clear here, strong there.
    clear: 'plugin architecture, batteries included, build applications, build web applications, testing framework',
    hint: 'toolkit, scaffolding, conventions, middleware, routing, plugins, extensible',
    weak: ''
  }),
  topic('sdk', {
    platform: true,
    aliases:
      'sdks, software-development-kit, client-library, api-client, api-clients, api-wrappers, third-party-apis, third-party-api',
    strong:
      'sdk, software development kit, official client, client library, api client, library for the, bindings for, official python client, official sdk, node js sdk, go sdk, python sdk, client sdk',
    clear: 'api wrapper, api keys, api reference',
    hint: 'wrapper, bindings, integration with, api, endpoints, resources, client, integrate',
    weak: ''
  }),
  topic('dev-tool', {
    members: 'linter, testing, profiler, debugger, formatter, build-system, package-manager, code-generator',
    aliases: 'devtool, devtools, developer-tool, developer-tools, dev-tools, tooling',
    generic: true,
    strong:
      'developer tool, developer tools, development tool, dev tool, devtools, tooling, code generator, generate code, task runner',
    // Commit conventions and the changelogs made from them are the developer's workflow ("commit messages" no chat).
    clear:
      'build tool, watch mode, hot reload, package manager, changelog generator, conventional changelog, conventional commits, commit messages, commit message',
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
    strong:
      'node version manager, version manager, nvm, node versions, switch between node, manage multiple node, multiple versions of node, rbenv, pyenv, switch node versions, node js version management',
    clear: 'nodejs versions, install node, version management, shims, nvmrc, fnm, volta',
    hint: 'switch versions, node js versions, node js version, node version, versions of node js',
    weak: ''
  })
]
