import { topic, type LexiconEntry } from './types.js'

/**
 * Programming languages and runtimes as topics (a list tagging repositories by language). READMEs
 * rarely name their own language in prose, so "written in X", package names and tool names count most.
 */
export const LANGUAGE_TOPICS: readonly LexiconEntry[] = [
  topic('python', {
    aliases: 'python3, py',
    strong:
      'python, python library, python package, written in python, pypi, pip install, python 3, python3, django, fastapi, pandas, numpy, asyncio',
    clear: 'pip, pythonic, virtualenv, venv, poetry, conda, jupyter, cpython',
    hint: 'py'
  }),
  topic('javascript', {
    aliases: 'js, ecmascript, es6',
    strong:
      'javascript, javascript library, written in javascript, npm package, ecmascript, es6, es modules, vanilla js',
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
    strong:
      'golang, written in go, go library, go package, go module, go modules, go get, go install, go binary, idiomatic go',
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
    strong: 'php, written in php, composer require, wordpress plugin, packagist',
    clear: 'composer, phpunit, drupal, wordpress'
  }),
  topic('elixir', {
    strong: 'elixir, phoenix framework, hex pm, erlang, beam vm, otp',
    clear: 'phoenix, liveview, genserver',
    // An everyday word ("mix and match") as often as Elixir's build tool.
    hint: 'mix'
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
]
