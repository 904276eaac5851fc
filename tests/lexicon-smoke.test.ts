import { describe, expect, it } from 'vitest'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { parseTagList } from '../src/tags/parse.js'

// The seed vocabulary's names, and for each a one-line project summary of the usual kind (written for
// this test): the lexicon should choose the tag from that line alone.
const CASES: Array<[tag: string, summary: string]> = [
  ['3d', 'a voxel art editor for making 3D models'],
  ['agent', 'a framework for building autonomous AI agents that call tools'],
  ['ai', 'run large language models locally on your machine'],
  ['algorithm', 'implementations of classic algorithms and data structures in Java'],
  ['api', 'a toolkit for building REST APIs with OpenAPI docs'],
  ['authentication', 'an open-source identity provider with SSO, OAuth2 and MFA'],
  ['aws', 'a command line client for Amazon Web Services'],
  ['benchmark', 'benchmarks comparing the JSON libraries of Rust'],
  ['best-practices', 'a style guide of best practices and conventions for Go projects'],
  ['bitcoin', 'a Bitcoin wallet library with PSBT and Taproot support'],
  ['blockchain', 'an Ethereum smart contract development toolkit'],
  ['blog', 'a minimal blogging platform written in PHP'],
  ['bundler', 'a fast module bundler for JavaScript with tree shaking'],
  ['cache', 'a fast in-memory cache for Go with TTL and LRU eviction'],
  ['chat', 'self-hosted team chat, a Slack alternative'],
  ['cicd', 'a continuous integration and delivery server'],
  ['cli', 'a library for building command-line applications with subcommands'],
  ['cms', 'a headless CMS with a GraphQL content API'],
  ['compiler', 'a compiler for a small subset of C that emits x86 assembly'],
  ['containerization', 'a daemonless container engine for OCI containers'],
  ['crm', 'open-source CRM for small teams to manage leads, contacts and deals'],
  ['data', 'ETL pipelines for moving data between warehouses'],
  ['database', 'a distributed SQL database with ACID transactions'],
  ['declarative-gui', 'a collection of SwiftUI views and modifiers'],
  ['deploy-tool', 'a zero-downtime deployment tool for web applications'],
  ['desktop-app', 'a desktop application for note taking, built with Electron'],
  ['ecommerce', 'an open-source e-commerce platform with a storefront and checkout'],
  ['editor', 'a modern text editor that runs in the terminal'],
  ['emulator', 'a Nintendo Game Boy emulator'],
  ['filesystem', 'a FUSE filesystem that mounts remote directories'],
  ['finance', 'personal finance manager for tracking budgets and expenses'],
  ['firmware', 'open-source firmware for ESP32 boards'],
  ['for-fun', 'a silly program that prints ASCII art jokes'],
  ['framework', 'a web framework for Python'],
  ['frontend', 'a lightweight frontend framework for single page applications'],
  ['game', 'an open-source roguelike game'],
  ['game-engine', 'a 2D game engine written in C++'],
  ['graphql', 'a GraphQL server implementation for Node.js'],
  ['gui', 'a cross-platform GUI toolkit for Rust'],
  ['http', 'a fast HTTP router with middleware'],
  ['http-client', 'a simple HTTP client for Python'],
  ['iac', 'infrastructure as code: reusable Terraform modules'],
  ['ide', 'an integrated development environment for data science'],
  ['iot', 'an IoT platform for managing connected devices over MQTT'],
  ['json', 'a fast JSON parser for C++'],
  ['k8s', 'a Kubernetes operator for managing Postgres clusters'],
  ['language', 'a statically typed programming language that compiles to C'],
  ['learning-resource', 'a free online book for learning Rust'],
  ['linter', 'a linter for shell scripts'],
  ['lms', 'an open-source learning management system'],
  ['logging', 'a structured logging library for Node.js'],
  ['low-code', 'a low-code platform for building internal tools'],
  ['message-queue', 'a lightweight message broker with AMQP support'],
  ['mobile-app', 'an Android app for reading the news'],
  ['monitoring', 'uptime monitoring with alerts and status pages'],
  ['networking', 'a mesh VPN built on WireGuard'],
  ['node-version', 'a fast Node.js version manager'],
  ['nosql', 'a document database compatible with MongoDB'],
  ['observability', 'an OpenTelemetry collector for traces, metrics and logs'],
  ['orm', 'an ORM for TypeScript'],
  ['os', 'a hobby operating system kernel written in Rust'],
  ['parser', 'a parser combinator library'],
  ['react', 'React hooks for data fetching'],
  ['real-time', 'a real-time WebSocket server'],
  ['robot', 'ROS packages for robot navigation'],
  ['runtime', 'a JavaScript runtime built on V8'],
  ['sdk', 'the official Python SDK for the payments API'],
  ['search', 'a full-text search engine'],
  ['secrets', 'a secrets management tool for teams'],
  ['security', 'a vulnerability scanner for container images'],
  ['serverless', 'a framework for deploying serverless functions to AWS Lambda'],
  ['storage', 'an S3-compatible object storage server'],
  ['system-design', 'learn how to design large-scale systems: a system design primer'],
  ['terminal', 'a GPU-accelerated terminal emulator'],
  ['testing', 'a testing framework for JavaScript'],
  ['ui', 'a React UI component library'],
  ['ux', 'guided product tours and onboarding for web apps'],
  ['video', 'a video player for the web with HLS support'],
  ['web-server', 'a high-performance web server and reverse proxy'],
  ['webassembly', 'a WebAssembly runtime'],
  ['workflow', 'a workflow orchestration engine'],
  ['yaml', 'a YAML parser for Go']
]

const SEED = parseTagList(
  JSON.stringify(
    `3d agent ai algorithm api authentication aws backend benchmark best-practices bitcoin blockchain blog bundler cache chat
cicd cli cloud-native cms compiler containerization crm data database declarative-gui deploy-tool desktop-app dev-exp-lib
dev-tool ecommerce editor emulator filesystem finance firmware for-fun framework frontend game game-engine graphql gui http
http-client iac ide iot json julian k8s language learning-resource lib linter lms logging low-code message-queue mobile-app
monitoring networking node-version nosql observability orm os parser react real-time robot runtime sdk search secrets security
server serverless storage system-design terminal testing ui ux video web-app web-server webassembly workflow yaml`.split(
      /\s+/
    )
  ),
  'tags'
)

describe('lexicon smoke test: one summary line per seed topic', () => {
  const classifier = createOfflineClassifier(SEED)
  it.each(CASES)('%s', async (tag, summary) => {
    const result = await classifier.classify({ readme: `# Project\n\nProject is ${summary}.` }, { maxTags: 3 })
    expect(result.tags.map(t => t.name)).toContain(tag)
  })
})
