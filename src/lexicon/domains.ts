import { topic, type LexiconEntry } from './types.js'

/** AI, hardware, money, media and the softer kinds of repository (learning material, fun, practices). */
export const DOMAIN_TOPICS: readonly LexiconEntry[] = [
  // Where trained models are shared: a kind of collection of its own, narrower than machine learning.
  topic('model-zoo', {
    aliases: 'model-zoos, pretrained-models, pre-trained-models, model-garden, model-hub',
    strong:
      'model zoo, pretrained models, pre trained models, model garden, model hub, pretrained weights, pre trained weights, pretrained networks, reference implementations of models',
    clear: 'pretrained, pre trained, checkpoints, state of the art models, model weights, trained models',
    hint: 'models, weights, benchmarks, inference'
  }),
  topic('ai', {
    aliases: 'artificial-intelligence, machine-learning, ml, deep-learning, llm, llms, genai, generative-ai',
    strong:
      'artificial intelligence, ai, machine learning, deep learning, neural network, neural networks, llm, llms, large language model, large language models, generative ai, genai, gpt, chatgpt, openai, transformer models, computer vision, natural language processing, nlp, rag, retrieval augmented generation, embeddings, fine tuning, pytorch, tensorflow, jax, hugging face, ollama, vision language model, multimodal, multi modal, cross modal, llama cpp, speech recognition, text to speech, image generation, object detection, language model, language models, ai model, ai models, llm framework, recommender system, recommender systems, recommendation system, recommendation systems, recommendation engine, recommendation algorithm, collaborative filtering, hyperparameter tuning, hyperparameter optimization, automl, model serving, model registry, experiment tracking, feature store, mlflow, kubeflow, neural net, neural nets, convolutional networks, convolutional neural network, recurrent networks, recurrent neural network, generative adversarial networks, deep networks, backpropagation, back propagation, hopfield networks, self organizing maps',
    clear:
      'ml, hyper parameter, chatbot, ai powered, genetic algorithm, genetic algorithms, evolutionary algorithms, pretrained, transformer model, llama, mistral, claude, gemini, anthropic, tokenizer, diffusion, stable diffusion, transformers, onnx, inference',
    hint: 'intelligent, smart, autonomous, dataset, gpu, model, models, training, trained, reasoning, classification, predictions',
    weak: '',
    // Language and vision processing are fields of AI: their own strong words are clear AI evidence.
    members: 'nlp, computer-vision'
  }),
  topic('agent', {
    aliases: 'agents, ai-agent, ai-agents, autonomous-agents, multi-agent',
    strong:
      'ai agent, ai agents, multi agent, multi agent framework, autonomous agent, autonomous agents, agentic, agent framework, llm agents, tool calling, function calling, agent orchestration, build agents, llm agent, agentic workflows, multi agent systems, coding agent, browser agent, agent sdk, langgraph, crewai, mcp server',
    clear:
      'mcp, model context protocol, autogen, langchain, llamaindex, llama index, semantic kernel, smolagents, pydantic ai, autogpt, babyagi, metagpt, llm orchestration, prompt chaining, applications with llms, llm applications, llm powered applications',
    hint: 'delegate, assistant, agent, agents, tools, autonomous, planning, crew, swarm',
    weak: ''
  }),
  topic('algorithm', {
    aliases:
      'algorithms, data-structures, algorithms-and-data-structures, dsa, trees, sets, bit-sets, bitsets, iterators, sorting',
    strong:
      'algorithms, data structures, sorting algorithms, graph algorithms, dynamic programming, leetcode, competitive programming, algorithm implementations, data structures and algorithms, priority queue, priority queues, hash map, hash maps, b tree, b trees, prefix tree, radix tree, bloom filter, bloom filters, skip list, ring buffer, circular buffer, persistent data structures, immutable data structures, binary heap, interval tree, segment tree, union find, disjoint set, red black tree, avl tree',
    clear:
      'sorting, binary search, linked list, big o, recursion, dijkstra, heuristics, numerical methods, graph theory, algorithm, computer science, longest common subsequence, edit distance, levenshtein distance, topological sort, minimum spanning tree, shortest path, knapsack problem, travelling salesman, traveling salesman, suffix array, suffix tree, string matching',
    hint: 'implementations, math, mathematics, computations, graph, complexity, trees, searching, implementations of',
    weak: ''
  }),
  topic('bitcoin', {
    aliases: 'btc, lightning, lightning-network',
    strong:
      'bitcoin, btc, lightning network, lightning node, satoshi, satoshis, electrum, bip32, bip39, segwit, taproot, psbt, bitcoin core, bitcoind, bolt11, lnurl, bitcoin wallet, hd wallet, bech32, bitcoin script',
    clear: 'wallet, wallets, utxo, payment channels, testnet, regtest, mainnet, multisig, seed phrase, mnemonic, sats',
    hint: 'transactions, addresses, lightning',
    weak: ''
  }),
  topic('blockchain', {
    aliases: 'crypto, cryptocurrency, web3, ethereum, distributed-ledger',
    strong:
      'blockchain, blockchains, cryptocurrency, cryptocurrencies, web3, ethereum, smart contract, smart contracts, solidity, defi, nft, nfts, distributed ledger, consensus protocol, bitcoin, lightning network, block explorer, proof of stake, proof of work, blockchain node, evm, polkadot, cosmos sdk, solana, dapp, dapps, on chain, onchain, crypto wallet, starknet, zk rollup, zk rollups, zkevm, zk evm, layer 2 scaling, erc20, erc 20, erc721, erc 721, hyperledger, cardano, tezos, arbitrum',
    // Zero-knowledge proofs are cryptography's too (both tags read them), and mostly used on chain.
    clear:
      'ledger, wallet, wallets, mainnet, testnet, full node, substrate, zero knowledge proofs, zero knowledge proof, zk proofs, zk snarks, zk starks, rollups',
    // Programmers' "crypto" (a crypto package, crypto primitives) is cryptography as often as coins.
    hint: 'decentralized, peer to peer, p2p, consensus, validator, blocks, chain, tokens, transactions, miners, mining, crypto',
    weak: ''
  }),
  topic('chat', {
    aliases: 'messaging-app, messenger, irc, im, instant-messaging, chat-app, chatting',
    strong:
      'chat, chat app, chat application, chat client, chat server, video chat, voice chat, messenger, instant messaging, irc client, slack client, discord client, telegram client, xmpp client, xmpp, matrix web client, matrix protocol, matrix homeserver, matrix server, matrix sdk, matrix client, group chat, chat rooms, chatrooms, chatbot, slack alternative, discord alternative, team chat, messaging app, end to end encrypted messaging',
    clear: 'direct messages, discord bot, telegram bot, irc',
    hint: 'talk, message, answers, messages, conversations, emoji, matrix, channels, rooms, mentions, notifications, slack',
    weak: ''
  }),
  topic('finance', {
    aliases: 'fintech, financial, trading, money, banking, payments, currency, currencies, payment',
    strong:
      'finance, financial, fintech, stock market, stocks, trading, ticker, tickers, market data, financial data, payments, payment processing, banking, accounting, budgeting, personal finance, invoices, invoicing, subscriptions and billing, trading bot, algorithmic trading, backtesting, expense tracker, currency conversion, exchange rates, money amounts, monetary amounts, payment gateway, payment gateways, payment processor, credit card payments',
    clear:
      'currency, currencies, in app purchases, in app purchase, storekit, paypal, braintree, adyen, razorpay, mollie, dividends, investing, investment, refunds, expenses, quant, quantitative, portfolio, stock, monetary, fixed point decimal',
    hint: 'budget, charts, market, transactions, ledger, money, prices, price, exchange, quotes, billing, charges, crypto',
    weak: ''
  }),
  topic('firmware', {
    aliases: 'embedded, microcontroller, mcu, embedded-systems',
    strong:
      'firmware, microcontroller, microcontrollers, mcu, stm32, rp2040, esp32, esp8266, arduino, avr, cortex m, bare metal, embedded systems, rtos, embassy, risc v, freertos, nrf52, qmk, zmk, embedded devices, embedded linux, embedded rust',
    clear: 'flashing, bootloader, gpio, i2c, uart, hal, peripherals, fpga, pcb, keymap, low power, zephyr',
    hint: 'hardware, device, devices, sensors, flash, embedded, spi, keyboard, board, boards, usb, bluetooth, ble',
    weak: ''
  }),
  topic('fpga', {
    aliases: 'fpgas, hdl, hardware-description-language, verilog, vhdl',
    strong:
      'fpga, fpgas, verilog, systemverilog, vhdl, hardware description language, rtl design, logic synthesis, yosys, vivado, quartus, bitstream, spinalhdl, amaranth hdl, chisel hdl, ice40, nextpnr',
    clear: 'hdl, rtl, testbench, synthesizable, xilinx, altera, lattice, asic, soc design, cocotb, verilator',
    hint: 'hardware, synthesis, simulation, clock, gates, registers, pins, board, boards',
    weak: ''
  }),
  topic('sdr', {
    aliases: 'software-defined-radio, software-defined-radios, radio',
    strong:
      'software defined radio, sdr, gnu radio, gnuradio, rtl sdr, hackrf, ham radio, amateur radio, radio receiver, radio transceiver, demodulation, demodulator, iq samples',
    clear:
      'rf, modulation, spectrum analyzer, transceiver, antenna, lora, fm radio, am radio, waterfall display, radio',
    hint: 'frequency, frequencies, signals, signal, receiver, decoder, spectrum',
    weak: ''
  }),
  topic('iot', {
    aliases: 'internet-of-things, smart-home, home-automation',
    strong:
      'iot, internet of things, iot platform, smart home, home automation, connected devices, mqtt, zigbee, z wave, physical computing, edge devices, device management, home assistant, smart devices, esphome',
    clear: 'sensor, raspberry pi, arduino, drones, lorawan, bluetooth, ble, sensors',
    hint: 'hardware, real time, data ingestion, embedded, devices, device, gateway, telemetry',
    weak: ''
  }),
  topic('robot', {
    aliases: 'robotics, robots, ros',
    strong:
      'robotics, robot, robots, ros, ros2, inverse kinematics, forward kinematics, motion planning, manipulator, humanoid, legged robots, slam, px4, ardupilot, robotic arm, quadruped',
    clear:
      'actuators, servo, servos, trajectory, physical computing, urdf, joints, lidar, odometry, path planning, autonomous driving, drone, drones',
    hint: 'hardware, autonomous, simulation, control, controllers, motors, sensors',
    weak: ''
  }),
  // Audio and video together: players, codecs and container formats of both.
  topic('multimedia', {
    aliases: 'media-framework, multimedia-framework',
    members: 'audio, video',
    strong: 'multimedia, multimedia framework, multimedia library, media framework, audio and video, gstreamer',
    clear: 'media files, codecs, container formats'
  }),
  topic('video', {
    aliases: 'videos, video-streaming, streaming, media, ffmpeg',
    strong:
      'video, videos, video player, video streaming, http live streaming, hls, ffmpeg, libav, transcoding, video editing, live streaming, webrtc, mp4, h264, h 264, media player, video downloader, media server, jellyfin, iptv, video conferencing, video calls, mpeg, transport stream, transport streams, libvlc, vlc, rtsp, rtmp, h265, hevc, av1, vp9',
    clear:
      'subtitles, muxing, demuxing, mse, media source extensions, webm, youtube, plex, streaming server, codec, codecs, dash, demux, demuxer, muxer',
    hint: 'episodes, playback, encoding, decoding, streaming, obs, media, audio, frames',
    weak: ''
  }),
  topic('learning-resource', {
    aliases:
      'learning, tutorial, tutorials, education, book, course, awesome-list, resources, learn-to-code, learn-programming, interview-preparation, interview-prep',
    strong:
      'tutorials, learning resource, handbook, cheat sheet, cheatsheet, awesome list, curated list, interview questions, for beginners, read online, programming books, free books, free book, online book, programming book, awesome resources, collection of resources, list of resources, curated collection, curriculum, bootcamp, interview preparation, interview prep',
    clear: 'chapters, chapter, beginners, educational, e book, ebook, book, course, lesson plans',
    hint: 'tutorial, collection, learn, learning, exercises, lessons, teach, study, roadmap, interview, resources, students, workshop, teaching',
    weak: 'guide, examples'
  }),
  topic('best-practices', {
    aliases: 'bestpractices, guidelines, conventions, style-guide, patterns',
    strong:
      'best practices, best practice, project structure, style guide, coding conventions, design patterns, anti patterns, coding standards',
    clear: 'idiomatic, convention, directory structure, conventions, recommendations, guidelines, idioms, checklist',
    hint: 'standards, patterns, layout, structure, recommended',
    weak: ''
  }),
  topic('for-fun', {
    aliases: 'fun, funny, humor, joke, toy, toys, hobby, weird',
    strong:
      'for fun, just for fun, fun project, hobby project, toy project, joke, jokes, ascii art, cowsay, silly, meme, memes, easter egg, parody, lolcat, prank',
    clear: 'funny, humor, toy, whimsical, playful, hobby',
    // "Fairly useless", "useless allocations": said in passing of an option or of overhead as often.
    hint: 'cute, game, games, ascii, fortune, fun, useless',
    weak: ''
  }),
  topic('system-design', {
    aliases: 'systems-design, architecture, software-architecture, distributed-systems',
    strong:
      'system design, systems design, software architecture, distributed systems design, design interview, architecture patterns, high level design, designing data intensive',
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
]
