export const id = 319;
export const ids = [319];
export const modules = {

/***/ 319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/core/batch-line.ts
var batch_line = __webpack_require__(5150);
;// CONCATENATED MODULE: ./src/core/ordered.ts
/**
 * Run `worker` over `items` with at most `concurrency` in flight and hand results to `emit` in input
 * order. The window is the reorder buffer: memory stays bounded however long the input, and a slow
 * `emit` (a full output stream) holds reading back.
 */
async function runOrdered(items, worker, concurrency, emit) {
    const window = [];
    for await (const item of items) {
        window.push(worker(item));
        if (window.length >= concurrency)
            await emit(await window.shift());
    }
    while (window.length > 0)
        await emit(await window.shift());
}

// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(8381);
;// CONCATENATED MODULE: ./src/pricing.ts
/** US dollars per million tokens: input, output. Public list prices when written (2026); they change. */
const PRICES = {
    'gpt-4.1': [2.0, 8.0],
    'gpt-4.1-mini': [0.4, 1.6],
    'gpt-4.1-nano': [0.1, 0.4],
    'gpt-4o': [2.5, 10.0],
    'gpt-4o-mini': [0.15, 0.6],
    'gpt-5': [1.25, 10.0],
    'gpt-5-mini': [0.25, 2.0],
    'gpt-5-nano': [0.05, 0.4],
    'o4-mini': [1.1, 4.4],
    'o3-mini': [1.1, 4.4]
};
/** The price entry for a model name, also when it carries a date suffix (`gpt-4.1-mini-2025-04-14`) or a vendor prefix (`openai/`). */
function pricesFor(model) {
    const name = model.toLowerCase().replace(/^openai\//, '');
    return PRICES[name] ?? PRICES[name.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
}
/**
 * Estimated cost in US dollars of `usage` on `model`, or null when the model's price is not known (local
 * servers, other vendors): the summary then shows tokens only.
 * @example estimateCost('gpt-4.1-mini', { prompt_tokens: 1_000_000, completion_tokens: 0, total_tokens: 1_000_000 }) // 0.4
 */
function estimateCost(model, usage) {
    if (!model || !usage)
        return null;
    const prices = pricesFor(model);
    if (!prices)
        return null;
    return (usage.prompt_tokens * prices[0] + usage.completion_tokens * prices[1]) / 1_000_000;
}
/** Zero usage, to add results to one by one with addUsage. */
function emptyUsage() {
    return { calls: 0, prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, cost: 0 };
}
/** Add one result (`{model, usage}`) to `totals`; results without usage (offline, cached) add nothing. */
function addUsage(totals, { model, usage }) {
    if (!usage)
        return;
    totals.calls++;
    totals.prompt_tokens += usage.prompt_tokens;
    totals.completion_tokens += usage.completion_tokens;
    totals.total_tokens += usage.total_tokens;
    const cost = estimateCost(model, usage);
    totals.cost = cost === null || totals.cost === null ? null : totals.cost + cost;
}
/** Add up the usage of many results. */
function totalUsage(results) {
    const totals = emptyUsage();
    for (const result of results)
        addUsage(totals, result);
    return totals;
}
/**
 * One line for a summary: tokens, calls and the estimated cost when known.
 * @example formatUsage({ calls: 2, prompt_tokens: 1500, completion_tokens: 20, total_tokens: 1520, cost: 0.000632 })
 *   // '2 model calls, 1,520 tokens (1,500 prompt + 20 completion), estimated cost $0.0006'
 */
function formatUsage(totals) {
    const n = (value) => value.toLocaleString('en-US');
    const calls = `${n(totals.calls)} model call${totals.calls === 1 ? '' : 's'}`;
    const tokens = `${n(totals.total_tokens)} tokens (${n(totals.prompt_tokens)} prompt + ${n(totals.completion_tokens)} completion)`;
    const cost = totals.cost === null ? 'cost unknown for this model' : `estimated cost $${formatDollars(totals.cost)}`;
    return `${calls}, ${tokens}, ${cost}`;
}
function formatDollars(value) {
    if (value === 0)
        return '0';
    if (value >= 1)
        return value.toFixed(2);
    return value.toPrecision(1).replace(/^(\d\.\d*?)0+$/, '$1');
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/classifier-flags.ts + 8 modules
var classifier_flags = __webpack_require__(9732);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/cli/io.ts





/** Exit codes: 0 all ok, 1 an item failed, 2 a usage error (unknown flag, missing file, bad list). */
const EXIT_OK = 0;
const EXIT_ITEM_FAILED = 1;
const EXIT_USAGE = 2;
/**
 * Write and wait for the stream to accept more, so a slow consumer holds the producer back. A stream
 * that failed (disk full, reader gone) makes this throw instead of waiting for a 'drain' that never comes.
 */
async function writeLine(stream, line) {
    if (stream.errored)
        throw stream.errored;
    if (!stream.write(`${line}\n`))
        await (0,external_node_events_.once)(stream, 'drain');
}
/**
 * Opens `--result-file` for writing (making its folder), before any work is done: a path that cannot be
 * written is a usage error. Later write errors surface through writeLine and `finished`.
 */
async function openResultFile(path) {
    const fail = (error) => {
        throw new src_errors/* InputError */.dz(`--result-file: cannot write "${path}" (${(0,src_errors/* getErrorMessage */.u1)(error)}); check the path.`);
    };
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)), { recursive: true }).catch(fail);
    const stream = (0,external_node_fs_.createWriteStream)(path);
    stream.on('error', () => { }); // kept in stream.errored for writeLine and finished()
    await (0,external_node_events_.once)(stream, 'open').catch(fail);
    return stream;
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/core/batch-input.ts
var batch_input = __webpack_require__(8594);
// EXTERNAL MODULE: ./src/core/given-tags.ts
var given_tags = __webpack_require__(4890);
// EXTERNAL MODULE: ./src/core/tag-item.ts
var tag_item = __webpack_require__(3595);
;// CONCATENATED MODULE: ./src/cli/learn-examples.ts









/** Non-blank lines of a stream with their 1-based line numbers. */
async function* numberedLines(stream) {
    let line = 0;
    for await (const text of (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity })) {
        line += 1;
        if (text.trim() !== '')
            yield { text, line };
    }
}
/**
 * Learn from the example lines (non-empty `tags`) of a JSON Lines file: one pass, each README read once
 * and folded into the learner's profiles, none kept. Each line costs one JSON parse at most. Lines that
 * cannot be used are passed to `skipped` (the input's own are reported again, as line errors, when it is
 * tagged).
 * Returns how many examples were learned.
 */
async function learnFromFile(path, baseDir, tags, learner, skipped = () => { }) {
    let learned = 0;
    for await (const { text, line } of numberedLines((0,external_node_fs_.createReadStream)(path))) {
        // Most lines of a large input are to be tagged, not examples: no "tags" key, no JSON parse.
        if (!text.includes('"tags"')) {
            skipped(line, 'no "tags": not an example');
            continue;
        }
        let record;
        try {
            record = JSON.parse(text);
        }
        catch {
            skipped(line, 'not valid JSON');
            continue;
        }
        if (record === null || typeof record !== 'object' || !(0,batch_input/* givesTags */.U$)(record)) {
            skipped(line, 'no "tags": not an example');
            continue;
        }
        const parsed = await (0,batch_input/* parseBatchRecord */.PN)(record, line, baseDir);
        if ('error' in parsed || !parsed.given) {
            skipped(line, 'error' in parsed ? parsed.error : 'no "tags"');
            continue;
        }
        const given = (0,given_tags/* resolveGivenTags */.Zs)(parsed.given, tags);
        if ('error' in given) {
            skipped(line, `line ${line}: ${given.error}`);
            continue;
        }
        const { readme, description, format } = parsed.item;
        learner.add({ input: { readme: (0,tag_item/* capBytes */.YC)(readme), description, format }, tags: given.entries });
        learned += 1;
    }
    return learned;
}
/**
 * Whether a file's bytes hold `text` anywhere, read in chunks (a match across two chunks counts). An input
 * without `"tags"` has no example line: a byte search, not a line-by-line read, tells so.
 */
async function fileHolds(path, text) {
    const needle = Buffer.from(text);
    let tail = Buffer.alloc(0);
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        if (chunk.includes(needle))
            return true;
        // A match split between chunks: the end of the last chunk joined to the start of this one.
        if (tail.length > 0 && Buffer.concat([tail, chunk.subarray(0, needle.length - 1)]).includes(needle))
            return true;
        tail = chunk.subarray(Math.max(0, chunk.length - needle.length + 1));
    }
    return false;
}
/**
 * Copy stdin to a temporary file, so that it can be read twice (examples first, then tagging) without
 * holding it in memory. `remove` deletes it.
 */
async function spoolToFile(stream) {
    const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'readme-tagger-input-'));
    const path = (0,external_node_path_.join)(dir, 'input.jsonl');
    const out = (0,external_node_fs_.createWriteStream)(path);
    stream.pipe(out);
    await (0,promises_.finished)(out);
    return { path, remove: () => (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./src/batch/counts.ts
function emptyCounts() {
    return { tagged: 0, unchanged: 0, skipped: 0, failed: 0, changed: false };
}
/** Add one outcome to running counts. */
function addOutcome(counts, outcome, topicsChanged = false) {
    counts[outcome] += 1;
    if (topicsChanged)
        counts.changed = true;
}
/** The outcome a result alone implies, for results read back from files (merge): skipped, an error, or not. */
function outcomeOfResult(result) {
    if (result.skipped !== undefined)
        return 'skipped';
    return result.error === undefined ? 'tagged' : 'failed';
}
/** All repositories counted. */
function counts_totalOf(counts) {
    return counts.tagged + counts.unchanged + counts.skipped + counts.failed;
}
/** `tagged 3, unchanged 1, skipped 0, failed 0`: the final line's wording. */
function formatCounts(counts) {
    return `tagged ${counts.tagged}, unchanged ${counts.unchanged}, skipped ${counts.skipped}, failed ${counts.failed}`;
}

;// CONCATENATED MODULE: ./src/cli/progress.ts

const REPORT_EVERY_MS = 10_000;
/**
 * Progress on stderr: a live line on a terminal, a count every 10 s otherwise (logs stay short),
 * and a final line with the counts.
 */
function createProgress(stream, now = Date.now) {
    const counts = { tagged: 0, unchanged: 0, skipped: 0, failed: 0 };
    const started = now();
    let lastReport = started;
    const line = () => formatCounts(counts);
    return {
        count(outcome) {
            counts[outcome] += 1;
            const time = now();
            if (stream.isTTY) {
                stream.write(`\r${line()}`);
            }
            else if (time - lastReport >= REPORT_EVERY_MS) {
                lastReport = time;
                stream.write(`${line()} (${Math.round((time - started) / 1000)} s)\n`);
            }
        },
        done() {
            stream.write(`${stream.isTTY ? '\r' : ''}done: ${line()}\n`);
            return { ...counts };
        }
    };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/cli/threads/batched-post.ts
var batched_post = __webpack_require__(7464);
// EXTERNAL MODULE: ./src/cli/threads/worker.ts
var worker = __webpack_require__(7492);
;// CONCATENATED MODULE: ./src/cli/threads/pool.ts



/** Lines in flight per worker: enough that none waits for its next line while the main thread is busy. */
const LINES_PER_WORKER = 32;
/**
 * Start `size` worker threads running `script`, each building its classifier from `setup`; with `local`,
 * this thread is one of the `size` and answers its share of the lines with it. On 2 cores, main thread and
 * one worker took 2.09 s for 2,120 READMEs against 2.28 s for two workers (median of 6; `--threads 1` 2.33 s):
 * a worker costs a second start-up and warm-up, and the main thread was mostly waiting. A worker that
 * fails or exits early fails the lines it holds and every later one: a crash is a bug, not a bad input line,
 * so the run stops with its message rather than hide it behind per-line errors.
 */
function startLinePool(size, setup, script = worker.WORKER_MODULE, local) {
    let failure;
    let closing = false;
    let seq = 0;
    const threads = Array.from({ length: local ? size - 1 : size }, () => {
        const worker = new external_node_worker_threads_.Worker(script, { workerData: setup, execArgv: execArgvFor(script) });
        const send = (0,batched_post/* batchedPost */.W)(tasks => worker.postMessage(tasks));
        const thread = { worker, waiting: new Map(), send };
        worker.on('message', (replies) => {
            for (const { seq, answer } of replies) {
                thread.waiting.get(seq)?.resolve(answer);
                thread.waiting.delete(seq);
            }
        });
        worker.on('error', error => fail(error));
        worker.on('exit', code => {
            if (!closing)
                fail(new Error(`a batch worker thread stopped (exit code ${code}) before the batch was done`));
        });
        return thread;
    });
    if (local)
        threads.push(localThread(local));
    function fail(error) {
        failure ??= new Error(`a batch worker thread failed: ${error.message}`, { cause: error });
        for (const thread of threads) {
            for (const waiting of thread.waiting.values())
                waiting.reject(failure);
            thread.waiting.clear();
        }
    }
    return {
        answer(text, line) {
            if (failure)
                return Promise.reject(failure);
            const thread = threads.reduce((best, next) => (next.waiting.size < best.waiting.size ? next : best));
            const task = { seq: seq++, text, line };
            const answer = new Promise((resolve, reject) => thread.waiting.set(task.seq, { resolve, reject }));
            // The run awaits answers in input order and stops at the first rejection: the rest must not go unhandled.
            answer.catch(() => { });
            thread.send(task);
            return answer;
        },
        async close() {
            closing = true;
            await Promise.all(threads.map(thread => thread.worker?.terminate()));
        }
    };
}
/**
 * Run from the sources in a process without tsx (vitest) the script is TypeScript, which the worker then
 * needs tsx to load. The built CLI is JavaScript, and a process started with tsx passes it on to its workers.
 */
function execArgvFor(script) {
    if (!script.pathname.endsWith('.ts') || process.execArgv.some(arg => /tsx/.test(arg)))
        return undefined;
    return ['--import', 'tsx'];
}
/**
 * This thread as one of the pool's: its lines are answered one per turn of the event loop, so that reading,
 * feeding the workers and writing go on between them.
 */
function localThread(answer) {
    const waiting = new Map();
    const queue = [];
    const next = () => {
        const task = queue.shift();
        if (!task)
            return;
        if (queue.length > 0)
            setImmediate(next);
        // A failed worker has failed every line in flight, this thread's too: nothing left to answer.
        const settle = waiting.get(task.seq);
        if (!settle)
            return;
        answer(task.text, task.line).then(result => {
            waiting.delete(task.seq);
            settle.resolve(result);
        }, error => {
            waiting.delete(task.seq);
            settle.reject(error);
        });
    };
    return {
        waiting,
        send(task) {
            queue.push(task);
            if (queue.length === 1)
                setImmediate(next);
        }
    };
}

// EXTERNAL MODULE: ./src/cli/threads/messages.ts
var messages = __webpack_require__(6574);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/batch/types.ts
/** Make a ref from `owner/name`. */
function toRef(fullName) {
    const [owner = '', repo = ''] = fullName.split('/');
    return { owner, repo, fullName: `${owner}/${repo}` };
}

;// CONCATENATED MODULE: ./src/batch/repositories.ts



const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/**
 * Parse `repositories`: `owner/name`, `org:NAME` or `user:NAME`, separated by newlines or commas.
 * Blank entries and `#` comments are ignored.
 * @example parseRepositories('org:octo, octo-cat/hello') // [{kind:'org',login:'octo'}, {kind:'repo',…}]
 */
function parseRepositories(value) {
    const entries = value
        .split('\n')
        .map(line => line.replace(/(^|\s)#.*$/, ''))
        .join(',')
        .split(',')
        .map(entry => entry.trim())
        .filter(Boolean);
    if (entries.length === 0) {
        throw new src_errors/* InputError */.dz('repositories is empty: give owner/name entries, or org:NAME / user:NAME, separated by newlines or commas.');
    }
    return entries.map(entry => {
        const owner = /^(org|user):(.*)$/i.exec(entry);
        if (owner) {
            const login = owner[2].trim();
            if (!OWNER.test(login))
                throw new src_errors/* InputError */.dz(`repositories: "${entry}" is not a valid ${owner[1].toLowerCase()}:NAME (NAME is a GitHub login).`);
            return { kind: owner[1].toLowerCase(), login };
        }
        const parts = entry.split('/');
        if (parts.length !== 2 || !OWNER.test(parts[0]) || !NAME.test(parts[1])) {
            throw new src_errors/* InputError */.dz(`repositories: "${entry}" is not owner/name, org:NAME or user:NAME.`);
        }
        return { kind: 'repo', ref: toRef(entry) };
    });
}
/**
 * `exclude`: glob patterns separated by newlines or commas; a comma inside `{…}` belongs to its glob.
 * @example parseExclude('acme/{api,web}-*, acme/tmp') // ['acme/{api,web}-*', 'acme/tmp']
 */
function parseExclude(text) {
    const patterns = [];
    let depth = 0;
    let current = '';
    for (const char of `${text}\n`) {
        if (char === '{')
            depth += 1;
        else if (char === '}')
            depth = Math.max(0, depth - 1);
        if (char === '\n' || (char === ',' && depth === 0)) {
            if (current.trim())
                patterns.push(current.trim());
            current = '';
            depth = 0;
        }
        else
            current += char;
    }
    return patterns;
}
/**
 * Resolve sources to repositories. Owners are listed through REST pagination (100 a page); archived
 * repositories and forks of a listing are left out unless asked for, while an explicit owner/name is
 * always kept (the user named it). `exclude` applies to both. Duplicates (case-insensitive) are dropped.
 */
async function selectRepositories(octokit, sources, options = {}) {
    const excluded = options.exclude?.length ? picomatch_default()([...options.exclude], { nocase: true, dot: true }) : () => false;
    const seen = new Set();
    const repositories = [];
    const skipped = [];
    const add = (ref, reason) => {
        const key = ref.fullName.toLowerCase();
        if (seen.has(key))
            return;
        seen.add(key);
        const why = reason ?? (excluded(ref.fullName) ? 'excluded' : null);
        if (why)
            skipped.push({ fullName: ref.fullName, reason: why });
        else
            repositories.push(ref);
    };
    for (const source of sources) {
        if (source.kind === 'repo') {
            add(source.ref, null);
            continue;
        }
        for await (const repo of listOwner(octokit, source)) {
            const reason = repo.archived && !options.includeArchived ? 'archived' : repo.fork && !options.includeForks ? 'fork' : null;
            add(toRef(repo.full_name), reason);
        }
    }
    return { repositories, skipped };
}
/** Page through an owner's repositories, keeping only the few fields selection needs. */
async function* listOwner(octokit, source) {
    const pages = source.kind === 'org'
        ? octokit.paginate.iterator(octokit.rest.repos.listForOrg, { org: source.login, type: 'all', per_page: 100 })
        : octokit.paginate.iterator(octokit.rest.repos.listForUser, {
            username: source.login,
            type: 'owner',
            per_page: 100
        });
    try {
        for await (const page of pages) {
            for (const repo of page.data)
                yield { full_name: repo.full_name, archived: repo.archived, fork: repo.fork };
        }
    }
    catch (error) {
        const status = error.status;
        if (status === 404) {
            throw new src_errors/* InputError */.dz(`repositories: ${source.kind}:${source.login} was not found; check the name${source.kind === 'org' ? ', or use user:NAME for a personal account' : ''}.`);
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/classify/examples/index.ts + 9 modules
var classify_examples = __webpack_require__(8787);
// EXTERNAL MODULE: ./src/tags/normalize.ts
var normalize = __webpack_require__(3614);
;// CONCATENATED MODULE: ./src/batch/graphql-query.ts
/**
 * README file names tried at the root of the default branch, in GitHub's order of preference.
 * GraphQL has no `readme` field, so each name is one aliased `object(expression: "HEAD:<name>")`;
 * anything else (docs/README.md, .github/README.md, README.org…) is found by the REST fallback.
 */
const README_NAMES = [
    'README.md',
    'readme.md',
    'Readme.md',
    'README.MD',
    'README.markdown',
    'README.rst',
    'README.txt',
    'README'
];
/** Repositories per query: small enough that a response stays a few MB and under GitHub's 10 s timeout. */
const DEFAULT_GRAPHQL_BATCH = 25;
/** The alias of the i-th repository in a query, and of the j-th README candidate in it. */
const repoAlias = (i) => `r${i}`;
const readmeAlias = (j) => `readme${j}`;
const READMES = README_NAMES.map((name, j) => `  ${readmeAlias(j)}: object(expression: ${JSON.stringify(`HEAD:${name}`)}) { ...ReadmeBlob }`).join('\n');
const FRAGMENTS = `fragment RepoFields on Repository {
  databaseId
  nameWithOwner
  description
  isArchived
  isFork
  repositoryTopics(first: 20) { nodes { topic { name } } }
${READMES}
}
fragment ReadmeBlob on Blob { text isTruncated isBinary byteSize }`;
/**
 * One GraphQL query reading description, topics, ids, flags and README text of many repositories.
 * Owners and names travel as variables, never spliced into the query text.
 */
function buildReadQuery(refs) {
    const variables = {};
    const params = [];
    const fields = [];
    refs.forEach((ref, i) => {
        variables[`owner${i}`] = ref.owner;
        variables[`name${i}`] = ref.repo;
        params.push(`$owner${i}: String!, $name${i}: String!`);
        fields.push(`  ${repoAlias(i)}: repository(owner: $owner${i}, name: $name${i}) { ...RepoFields }`);
    });
    const query = `query ReadRepositories(${params.join(', ')}) {\n${fields.join('\n')}\n}\n${FRAGMENTS}`;
    return { query, variables };
}

// EXTERNAL MODULE: ./src/text/clean.ts + 5 modules
var clean = __webpack_require__(6035);
;// CONCATENATED MODULE: ./src/github/errors.ts

/** `owner/name`. */
function repoName(ref) {
    return `${ref.owner}/${ref.repo}`;
}
/**
 * The HTTP status of an Octokit RequestError, else undefined. Checked by shape: @octokit/request-error is a
 * transitive dependency, and a bundle may hold two copies of it, which defeats instanceof.
 */
function httpStatus(error) {
    if (!(error instanceof Error) || error.name !== 'HttpError')
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * When a 403/429 is GitHub's rate limit (not a permission), say so and when it resets: the throttling plugin
 * has already waited and retried by the time such an error gets here.
 */
function rateLimitNote(error, status) {
    if (status !== 403 && status !== 429)
        return undefined;
    const headers = error.response?.headers ?? {};
    const message = error instanceof Error ? error.message : '';
    if (headers['x-ratelimit-remaining'] !== '0' && !/rate limit/i.test(message))
        return undefined;
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
    return `GitHub's API rate limit for this token is used up (${status}: ${message}).${when} Run later, or use a token with its own limit (a GitHub App token).`;
}
/**
 * Explain a failed read of a repository: a 404 or 403 names the repository and the permission it needs.
 * Anything else keeps GitHub's message.
 */
function explainReadError(error, ref, what) {
    const status = httpStatus(error);
    const name = repoName(ref);
    const message = error instanceof Error ? error.message : String(error);
    const limited = rateLimitNote(error, status);
    if (limited)
        return new src_errors/* TaggingError */.kw(`Cannot read ${what} of ${name}: ${limited}`, { cause: error });
    if (status === 404 || status === 403) {
        return new src_errors/* TaggingError */.kw(`Cannot read ${what} of ${name}: GitHub answered ${status} (${message}). ` +
            `Check that the repository "${name}" exists and that github-token can read it: it needs \`contents: read\` ` +
            `on ${name}. The workflow's GITHUB_TOKEN only reaches the workflow's own repository; for another private ` +
            `repository pass a fine-grained token or GitHub App token with Contents: read as github-token.`, { cause: error });
    }
    return new src_errors/* TaggingError */.kw(`Cannot read ${what} of ${name}: ${message}`, { cause: error });
}
/**
 * GitHub refused a topics write for lack of permission (a 403 that is neither a rate limit nor an archived
 * repository): the token will be refused on every other repository too.
 */
class TopicsRefusedError extends src_errors/* TaggingError */.kw {
}
/** Explain a failed topics write: the token needs Administration: write, which GITHUB_TOKEN cannot have. */
function explainTopicsError(error, ref) {
    const status = httpStatus(error);
    const name = repoName(ref);
    const message = error instanceof Error ? error.message : String(error);
    const limited = rateLimitNote(error, status);
    if (limited)
        return new src_errors/* TaggingError */.kw(`Cannot set the topics of ${name}: ${limited}`, { cause: error });
    if (status === 403 && /\barchived\b/i.test(message)) {
        return new src_errors/* TaggingError */.kw(`Cannot set the topics of ${name}: it is archived, so GitHub keeps it read-only. Unarchive it, or leave it ` +
            `out (exclude, include-archived: false, or output: artifact).`, { cause: error });
    }
    if (status === 403 || status === 404) {
        return new (status === 403 ? TopicsRefusedError : src_errors/* TaggingError */.kw)(`Cannot set the topics of ${name}: GitHub answered ${status} (${message}). Setting topics needs a token ` +
            `with Administration: write on ${name} — a fine-grained personal access token or a GitHub App token — ` +
            `passed as topics-token (for example \`topics-token: \${{ secrets.TOPICS_TOKEN }}\`). The workflow's ` +
            `GITHUB_TOKEN cannot set topics, whatever its \`permissions:\` say. To only preview, set dry-run: true; ` +
            `to skip topics, set output: artifact.`, { cause: error });
    }
    return new src_errors/* TaggingError */.kw(`Cannot set the topics of ${name}: ${message}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/github/repository.ts


/** Read the repository's id, description and current topics (GET /repos/{owner}/{repo}). */
async function readRepository(octokit, ref) {
    try {
        const { data } = await octokit.rest.repos.get({ owner: ref.owner, repo: ref.repo });
        return { id: data.id, fullName: data.full_name, description: data.description ?? '', topics: data.topics ?? [] };
    }
    catch (error) {
        throw explainReadError(error, ref, 'the repository');
    }
}
/**
 * Read the preferred README, always raw (no base64, no 1 MB limit of the JSON form), stopping after
 * `maxBytes`. Returns null when the repository has none (404 on an existing repository).
 */
async function fetchReadme(octokit, repo, options = {}) {
    const maxBytes = options.maxBytes ?? tag_item/* MAX_README_BYTES */.A$;
    let body;
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/readme', {
            owner: repo.owner,
            repo: repo.repo,
            ...(options.ref ? { ref: options.ref } : {}),
            headers: { accept: 'application/vnd.github.raw' },
            // The body comes back as a stream so a huge README is never read whole.
            request: { parseSuccessResponseBody: false }
        });
        body = response.data;
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return null;
        throw explainReadError(error, repo, 'the README');
    }
    const { bytes, truncated } = await readCapped(body, maxBytes);
    const text = (0,tag_item/* capBytes */.YC)(bytes.toString('utf8'), maxBytes);
    return { text, truncated, format: guessReadmeFormat(text) };
}
/** Read a stream up to `maxBytes` (plus the rest of the chunk that crossed it), then cancel it. */
async function readCapped(body, maxBytes) {
    if (!body)
        return { bytes: Buffer.alloc(0), truncated: false };
    const chunks = [];
    let total = 0;
    const reader = body.getReader();
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                return { bytes: Buffer.concat(chunks), truncated: false };
            chunks.push(value);
            total += value.byteLength;
            if (total > maxBytes) {
                await reader.cancel();
                return { bytes: Buffer.concat(chunks), truncated: true };
            }
        }
    }
    finally {
        reader.releaseLock();
    }
}
/**
 * The raw media type carries no file name, so the format is read from the text: reStructuredText when it
 * uses rst-only syntax (directives such as `.. image::`, targets such as `.. _name:`, links written
 * `` `text <url>`_ ``) and no Markdown links or ATX headings; otherwise Markdown, which also reads plain text.
 * @example guessReadmeFormat('Title\n=====\n\n.. image:: logo.png\n') === 'rst'
 */
function guessReadmeFormat(text) {
    const rstMarks = (text.match(/^\.\. (?:[a-z][\w-]*::|_[^:\n]+:)|`[^`\n]+ <[^>\n]+>`__?/gm) ?? []).length;
    if (rstMarks === 0)
        return 'markdown';
    const markdownMarks = (text.match(/\]\([^)\s]+\)|^#{1,6} \S/gm) ?? []).length;
    return rstMarks > markdownMarks ? 'rst' : 'markdown';
}

;// CONCATENATED MODULE: ./src/github/time-limit.ts
const DEFAULT_TIME_LIMITS = { restMs: 30_000, graphqlMs: 60_000 };
/** The error a request past its time limit fails with; @octokit/request turns it into a retried 500. */
class TimeLimitError extends Error {
    name = 'TimeLimitError';
}
/**
 * Wrap a fetch so each request is aborted after its time limit (the caller's own signal still works). The
 * limit covers the body too: a README streamed from a server that stalls mid-way also fails.
 */
function withTimeLimit(base, limits = {}) {
    const { restMs, graphqlMs } = { ...DEFAULT_TIME_LIMITS, ...limits };
    return async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        const ms = new URL(url).pathname.endsWith('/graphql') ? graphqlMs : restMs;
        const limit = AbortSignal.timeout(ms);
        const signal = init?.signal ? AbortSignal.any([init.signal, limit]) : limit;
        try {
            return await base(input, { ...init, signal });
        }
        catch (error) {
            if (!limit.aborted || init?.signal?.aborted)
                throw error;
            const method = init?.method ?? 'GET';
            throw new TimeLimitError(`GitHub did not answer ${method} ${url} within ${ms / 1000} s`, { cause: error });
        }
    };
}
/** Whether `error` (or an error it wraps, as Octokit's RequestError does) is a request past its time limit. */
function isTimeLimit(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
        if (e.name === 'TimeLimitError')
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/batch/graphql-read.ts






/** Read one repository through REST (two calls): the fallback when a GraphQL query fails as a whole. */
async function readRepositoryRest(octokit, ref) {
    const info = await readRepository(octokit, ref);
    const readme = await fetchReadme(octokit, ref);
    const [owner = ref.owner, repo = ref.repo] = info.fullName.split('/');
    // The REST repository read is only a fallback; archived and fork are settled by selection already.
    return {
        owner,
        repo,
        fullName: info.fullName,
        id: info.id,
        description: info.description,
        topics: info.topics,
        archived: false,
        fork: false,
        readme
    };
}
const DEFAULT_READERS = { fetchReadme: fetchReadme, readRepository: readRepositoryRest };
/** A failed query of at least this many repositories is split in two before REST takes over. */
const MIN_SPLIT = 4;
/**
 * Read many repositories with one GraphQL query (see buildReadQuery), then REST only for the misses:
 * a README under another name or folder, a truncated blob. A query that fails as a whole (after the
 * retry plugin gave up) is split in halves, and a small one falls back to REST per repository, so no
 * repository is lost; a 401 is rethrown because no repository can be read with that token, and so is a
 * query that got no answer within its time limit (see runBatch). Never throws
 * for one repository's problem.
 */
async function readRepositories(octokit, refs, readers = DEFAULT_READERS) {
    if (refs.length === 0)
        return [];
    const { query, variables } = buildReadQuery(refs);
    let data = {};
    let errors = [];
    try {
        data = dataOf(await octokit.graphql(query, variables));
    }
    catch (error) {
        const partial = error;
        // Bad credentials fail every query alike; so does a server that never answers (halving cannot help).
        if (partial.status === 401 || isTimeLimit(error))
            throw error;
        if (isObject(partial.data) && Array.isArray(partial.errors)) {
            data = partial.data;
            errors = partial.errors;
        }
        else if (refs.length >= MIN_SPLIT) {
            // A query that keeps failing is most often one that is too heavy (GitHub's 10 s limit): halve it.
            const half = Math.ceil(refs.length / 2);
            return [
                ...(await readRepositories(octokit, refs.slice(0, half), readers)),
                ...(await readRepositories(octokit, refs.slice(half), readers))
            ];
        }
        else {
            return Promise.all(refs.map(ref => readOneRest(octokit, ref, readers)));
        }
    }
    return Promise.all(refs.map(async (ref, i) => {
        const node = data[repoAlias(i)];
        if (!node)
            return {
                ref,
                error: repoError(ref, errors.find(e => e.path?.[0] === repoAlias(i)))
            };
        try {
            return { ref, snapshot: await toSnapshot(octokit, ref, node, readers) };
        }
        catch (error) {
            return { ref, error: `${ref.fullName}: could not read the README: ${(0,src_errors/* getErrorMessage */.u1)(error)}` };
        }
    }));
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The query's `data`. A 200 whose body is not JSON (a proxy's HTML page) or is JSON without `data` leaves
 * octokit.graphql with a string or undefined: that is a failed query, like a 5xx, not a crash further on.
 */
function dataOf(answer) {
    if (!isObject(answer)) {
        const what = typeof answer === 'string' ? 'a body that is not JSON' : 'JSON without "data"';
        throw new Error(`GitHub answered the GraphQL query with ${what}`);
    }
    return answer;
}
async function readOneRest(octokit, ref, readers) {
    try {
        return { ref, snapshot: await readers.readRepository(octokit, ref) };
    }
    catch (error) {
        return { ref, error: (0,src_errors/* getErrorMessage */.u1)(error) };
    }
}
function repoError(ref, error) {
    if (!error || error.type === 'NOT_FOUND') {
        return `${ref.fullName}: repository not found, or the token cannot read it (it needs contents: read on this repository).`;
    }
    return `${ref.fullName}: ${error.message ?? error.type ?? 'could not be read'}`;
}
async function toSnapshot(octokit, ref, node, readers) {
    const [owner = ref.owner, repo = ref.repo] = node.nameWithOwner.split('/');
    const readme = pickReadme(node) ?? (await readers.fetchReadme(octokit, ref));
    return {
        owner,
        repo,
        fullName: node.nameWithOwner,
        id: node.databaseId,
        description: node.description ?? '',
        topics: (node.repositoryTopics.nodes ?? []).flatMap(entry => (entry ? [entry.topic.name] : [])),
        archived: node.isArchived,
        fork: node.isFork,
        readme
    };
}
/**
 * The first README candidate that is a text blob. A truncated blob is used only when it already holds
 * the 512 KB the classifier reads; otherwise undefined sends the repository to REST.
 */
function pickReadme(node) {
    for (let j = 0; j < README_NAMES.length; j++) {
        const blob = node[readmeAlias(j)];
        if (!blob || typeof blob.text !== 'string' || blob.isBinary)
            continue;
        if (blob.isTruncated && Buffer.byteLength(blob.text) < tag_item/* MAX_README_BYTES */.A$)
            return undefined;
        return { text: (0,tag_item/* capBytes */.YC)(blob.text), format: (0,clean/* formatFromFileName */.F)(README_NAMES[j]) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/batch/resume.ts


/**
 * The keys a result is found by: its id, and its lowercase `owner/name` (a repository renamed or
 * transferred keeps its id; a result without an id still has its repository).
 */
function resumeKeys(result) {
    const keys = [];
    if (result.id !== null)
        keys.push(`id:${result.id}`);
    if (result.repository !== null)
        keys.push(`repo:${result.repository.toLowerCase()}`);
    return keys;
}
/** A repository's earlier result, by its id or its owner/name. */
function findEarlier(previous, repo) {
    if (!previous)
        return undefined;
    for (const key of resumeKeys({ id: repo.id === null ? null : String(repo.id), repository: repo.fullName })) {
        const found = previous.get(key);
        if (found)
            return found;
    }
    return undefined;
}
/** Whether a parsed JSON value looks like a result line (not a per-line error of the file batch). */
function isResult(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const record = value;
    return typeof record.fingerprint === 'string' && Array.isArray(record.tags) && 'id' in record;
}
/**
 * Read a JSON Lines result file into a resume index, line by line. A missing file is an empty index;
 * lines that are not results (or not JSON: a file cut off mid-line) are skipped, so a run cut off while
 * writing can still be resumed. Failed results are kept out: they are always tried again.
 */
async function loadResumeIndex(path) {
    const index = new Map();
    if (!(0,external_node_fs_.existsSync)(path))
        return index;
    for await (const line of (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(path), crlfDelay: Infinity })) {
        if (line.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!isResult(value) || value.error !== undefined)
            continue;
        for (const key of resumeKeys(value))
            index.set(key, value);
    }
    return index;
}

;// CONCATENATED MODULE: ./src/batch/learn-topics.ts






/** The evidence a result carries for a chosen tag that a person had also given as a topic. */
const PERSON_TOPIC = { text: 'also a topic a person gave', where: 'examples' };
const isPersonTopic = (evidence) => evidence.where === PERSON_TOPIC.where && evidence.text === PERSON_TOPIC.text;
/**
 * The list tags a person gave a repository as topics. A topic counts when its normal form is a list tag's
 * and the action did not choose that tag for this repository last time (`previous`, its earlier result:
 * the restored result cache in the action, the result file in the CLI), unless that result marks the tag
 * as PERSON_TOPIC (a person's topic the action then agreed with). Other topics the action chose may be
 * ones it wrote itself: they are left out, since learning from its own answers would spread an early
 * mistake across the organisation.
 */
function personGivenTags(repo, tags, previous) {
    const byNormal = new Map(tags.filter(tag => tag.normal !== '').map(tag => [tag.normal, tag]));
    const chosenBefore = new Set((previous?.scores ?? [])
        .filter(score => !score.evidence.some(isPersonTopic))
        .map(score => (0,normalize/* normalizeTagName */.H)(score.name)));
    const given = [];
    for (const topic of repo.topics) {
        const entry = byNormal.get((0,normalize/* normalizeTagName */.H)(topic));
        if (entry && !chosenBefore.has(entry.normal) && !given.includes(entry))
            given.push(entry);
    }
    return given;
}
/** Mark the chosen tags a person had also given as topics, so that the next run still counts them. */
function markPersonTopics(result, given) {
    const names = given.get(result.repository?.toLowerCase() ?? '');
    if (!names)
        return result;
    const scores = result.scores.map(score => names.includes(score.name) && !score.evidence.some(isPersonTopic)
        ? { ...score, evidence: [...score.evidence, PERSON_TOPIC] }
        : score);
    return { ...result, scores };
}
/**
 * Read the repositories once, a GraphQL batch at a time, and learn from those whose topics include list
 * tags a person gave: each README is folded into the tags' profiles and dropped, so memory holds one
 * batch of READMEs plus the profiles. A batch that cannot be read teaches nothing (a warning); tagging
 * reads it again and reports its repositories one by one.
 */
async function learnFromTopics(refs, deps) {
    const learner = (0,classify_examples/* createExampleLearner */.yf)(deps.tags);
    const read = deps.read ?? readRepositories;
    const size = Math.max(1, deps.graphqlBatch ?? DEFAULT_GRAPHQL_BATCH);
    const givenByRepo = new Map();
    let examples = 0;
    for (let i = 0; i < refs.length; i += size) {
        let outcomes;
        try {
            outcomes = await read(deps.octokit, refs.slice(i, i + size));
        }
        catch (error) {
            deps.warning?.(`learn-from-topics: ${size} repositories could not be read, so they teach nothing: ${(0,src_errors/* getErrorMessage */.u1)(error)}`);
            continue;
        }
        for (const outcome of outcomes) {
            if (!('snapshot' in outcome))
                continue;
            const repo = outcome.snapshot;
            if (!repo.readme && repo.description.trim() === '')
                continue;
            const given = personGivenTags(repo, deps.tags, findEarlier(deps.previous, repo));
            if (given.length === 0)
                continue;
            learner.add({
                input: { readme: repo.readme?.text ?? '', description: repo.description, format: repo.readme?.format },
                tags: given
            });
            givenByRepo.set(repo.fullName.toLowerCase(), given.map(tag => tag.name));
            examples += 1;
        }
    }
    return { learner, examples, given: givenByRepo };
}
/**
 * `learn-from-topics`: learn from the repositories' person-given topics, then combine the examples with
 * the local classifier (withExamples). A model provider is left as it is, with a note saying so.
 */
async function classifierFromTopics(classifier, refs, deps) {
    if (classifier.identity.provider !== 'local')
        return {
            classifier,
            counts: null,
            mark: result => result,
            note: `learn-from-topics teaches the local provider only; provider "${classifier.identity.provider}" tags as without it.`
        };
    const { learner, examples, given } = await learnFromTopics(refs, { ...deps, tags: classifier.tags });
    const mark = (result) => markPersonTopics(result, given);
    if (examples === 0)
        return {
            classifier,
            counts: null,
            mark,
            note: 'learn-from-topics: no repository has list tags as topics a person gave; tagging from the READMEs alone.'
        };
    const counts = learner.counts();
    return {
        classifier: (0,classify_examples/* withExamples */._h)(classifier, learner.profiles()),
        counts,
        mark,
        note: `Learned from the topics of ${examples} repositories; examples per tag: ${(0,classify_examples/* describeExampleCounts */.g)(counts)}.`
    };
}

;// CONCATENATED MODULE: ./src/batch/merge.ts




async function* lines(file) {
    let line = 0;
    for await (const text of (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file), crlfDelay: Infinity })) {
        line += 1;
        if (text.trim() !== '')
            yield { text, line };
    }
}
/**
 * Join JSON Lines result files (the shards of a matrix run) into one, streaming. Two passes keep memory
 * to one key per result: the first finds, for each repository (or id), the line that wins — the last
 * one, as in a log — and the second writes the winners in file order. Lines that are not JSON (a file cut off mid-line) are skipped with a warning; JSON lines that
 * are not results (the file batch's per-line errors) are kept as they are; results `keep` refuses are dropped.
 */
async function mergeResultFiles(files, write, keep = () => true) {
    const winner = new Map();
    const warnings = [];
    let duplicates = 0;
    for (const [f, file] of files.entries()) {
        for await (const { text, line } of lines(file)) {
            const value = parse(text);
            if (value === undefined) {
                warnings.push(`${file}:${line}: not JSON, skipped (a file cut off while writing?).`);
                continue;
            }
            if (!isResult(value) || !keep(value))
                continue;
            const keys = resumeKeys(value);
            if (keys.some(key => winner.has(key)))
                duplicates += 1;
            for (const key of keys)
                winner.set(key, `${f}:${line}`);
        }
    }
    const kept = new Set(winner.values());
    const counts = emptyCounts();
    for (const [f, file] of files.entries()) {
        for await (const { text, line } of lines(file)) {
            const value = parse(text);
            if (value === undefined)
                continue;
            if (isResult(value)) {
                if (!kept.has(`${f}:${line}`))
                    continue;
                addOutcome(counts, outcomeOfResult(value));
            }
            else {
                addOutcome(counts, 'failed');
            }
            await write(text);
        }
    }
    return { counts, duplicates, warnings };
}
function parse(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/batch/result-log.ts






/**
 * Open a result file. Without `resume` it is truncated. With `resume` its results become the resume
 * index and new results are appended, so a run cut off halfway loses nothing that was written: the next
 * `--resume` reads old and new lines alike (later lines win).
 */
async function openResultLog(path, options) {
    const absolute = (0,external_node_path_.resolve)(path);
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
    const resuming = options.resume && (0,external_node_fs_.existsSync)(absolute);
    const previous = resuming ? await loadResumeIndex(absolute) : new Map();
    if (resuming && !(await endsWithNewline(absolute))) {
        // A line cut off mid-write must not swallow the next result.
        const handle = await (0,external_node_fs_promises_.open)(absolute, 'a');
        await handle.write('\n');
        await handle.close();
    }
    const stream = (0,external_node_fs_.createWriteStream)(absolute, { flags: resuming ? 'a' : 'w' });
    return {
        path: absolute,
        previous,
        async write(result, resumed) {
            if (resumed && resuming)
                return;
            if (!stream.write(`${JSON.stringify(result)}\n`))
                await new Promise(done => stream.once('drain', done));
        },
        async close(closing = {}) {
            stream.end();
            await (0,promises_.finished)(stream);
            const only = closing.keepOnly;
            if (resuming)
                await compact(absolute, only ? result => only.has(result.repository?.toLowerCase() ?? '') : undefined);
        }
    };
}
async function endsWithNewline(path) {
    const handle = await (0,external_node_fs_promises_.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        if (size === 0)
            return true;
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        return last[0] === 0x0a;
    }
    finally {
        await handle.close();
    }
}
/** Rewrite a result file keeping one line per repository (see mergeResultFiles), atomically. */
async function compact(path, keep) {
    const temporary = `${path}.compact`;
    const out = (0,external_node_fs_.createWriteStream)(temporary);
    await mergeResultFiles([path], async (line) => {
        if (!out.write(`${line}\n`))
            await new Promise(done => out.once('drain', done));
    }, keep);
    out.end();
    await (0,promises_.finished)(out);
    await (0,external_node_fs_promises_.rename)(temporary, path);
}

;// CONCATENATED MODULE: ./src/github/topics.ts


/** The warning for a plan that kept the topics because `replace` had no tag to write. */
function emptyReplaceWarning(fullName) {
    return `No tag was chosen for ${fullName}, so topics-mode "replace" sent nothing: its topics are left as they are.`;
}
/** GitHub allows at most this many topics on a repository. */
const MAX_TOPICS = 20;
const TOPICS_MODES = ['merge', 'replace'];
/**
 * The topics for the chosen tags, best first: each tag's normal form.
 * A tag whose normal form is empty (only non-Latin letters, say) cannot be a topic: that is an error.
 */
function topicsForTags(chosen) {
    const empty = chosen.find(entry => entry.normal === '');
    if (empty) {
        throw new src_errors/* InputError */.dz(`Tag "${empty.name}" has no topic form (topics use only a-z, 0-9 and "-"), so it cannot be written as a ` +
            `topic. Rename it in the tag list (for example add a Latin-letter name and keep this one as an alias), ` +
            `or set output: artifact.`);
    }
    return [...new Set(chosen.map(entry => entry.normal))];
}
/**
 * `merge`: keep every current topic that is not the topic form of a list entry, in its order, then add the
 * chosen tags best first. Over 20 topics is an error, never a silent cut.
 * @example mergeTopics(['rust', 'web'], parseTagList('web, cli', 'tags'), ['cli']) // ['rust', 'cli']
 */
function mergeTopics(current, list, chosenTopics) {
    const managed = new Set(list.map(entry => entry.normal).filter(Boolean));
    const kept = current.filter(topic => !managed.has(topic.toLowerCase()));
    const merged = [...new Set([...kept, ...chosenTopics])];
    if (merged.length > MAX_TOPICS) {
        throw new src_errors/* InputError */.dz(`topics-mode "merge" would give ${merged.length} topics, but GitHub allows ${MAX_TOPICS}: the repository ` +
            `already has ${kept.length} topics that are not in the tag list. Remove some of them, lower max-tags, ` +
            `or use topics-mode: replace.`);
    }
    return merged;
}
/** `replace`: exactly the chosen tags. */
function replaceTopics(chosenTopics) {
    return [...new Set(chosenTopics)].slice(0, MAX_TOPICS);
}
/**
 * Plan the write: `changed` compares sets, so a mere reordering sends nothing. `replace` with no tag chosen
 * plans no change (keptEmptyReplace): a weak README must not wipe a repository's topics.
 */
function planTopics(current, list, chosen, mode) {
    const chosenTopics = topicsForTags(chosen);
    if (mode === 'replace' && chosenTopics.length === 0)
        return { before: [...current], after: [...current], changed: false, keptEmptyReplace: true };
    const after = mode === 'merge' ? mergeTopics(current, list, chosenTopics) : replaceTopics(chosenTopics);
    return { before: [...current], after, changed: !sameSet(current, after) };
}
function sameSet(a, b) {
    const left = new Set(a.map(topic => topic.toLowerCase()));
    const right = new Set(b.map(topic => topic.toLowerCase()));
    return left.size === right.size && [...left].every(topic => right.has(topic));
}
/** Replace the repository's topics (PUT /repos/{owner}/{repo}/topics); returns what GitHub stored. */
async function putTopics(octokit, ref, names) {
    try {
        const { data } = await octokit.rest.repos.replaceAllTopics({ owner: ref.owner, repo: ref.repo, names: [...names] });
        return data.names ?? [...names];
    }
    catch (error) {
        throw explainTopicsError(error, ref);
    }
}

;// CONCATENATED MODULE: ./src/batch/pool.ts
/**
 * A concurrency limit for fire-and-forget tasks: `start` waits for a free slot, starts the task and
 * returns; `drain` waits for everything started and rethrows the first task failure. Tasks are expected
 * to handle their own per-item errors: a rejection here means the whole run must stop (a full disk, say).
 */
function createPool(limit) {
    const running = new Set();
    let failure;
    return {
        async start(task) {
            while (running.size >= limit)
                await Promise.race(running);
            if (failure)
                throw failure.error;
            const promise = task()
                .catch((error) => {
                failure ??= { error };
            })
                .finally(() => running.delete(promise));
            running.add(promise);
        },
        async drain() {
            while (running.size > 0)
                await Promise.race(running);
            if (failure)
                throw failure.error;
        }
    };
}

;// CONCATENATED MODULE: ./src/batch/topics-write.ts



/**
 * Plan the topics for the chosen tags and PUT them unless unchanged, previewing, or refused before. The first
 * permission refusal sets `writes.refused`: the repositories after it are planned, not written.
 */
async function writeRepositoryTopics(repo, result, classifier, settings, writes) {
    let plan;
    try {
        const byName = new Map(classifier.tags.map(tag => [tag.name, tag]));
        const chosen = result.scores.flatMap(score => byName.get(score.name) ?? []);
        plan = planTopics(repo.topics, classifier.tags, chosen, settings.mode);
    }
    catch (error) {
        // Over 20 topics, or a tag with no topic form: nothing can be written.
        return { error: (0,src_errors/* getErrorMessage */.u1)(error) };
    }
    if (!plan.changed || settings.dryRun)
        return { plan };
    if (writes.refused)
        return { plan, write: 'planned' };
    try {
        await putTopics(settings.octokit, repo, plan.after);
        return { plan };
    }
    catch (error) {
        if (!(error instanceof TopicsRefusedError))
            return { error: (0,src_errors/* getErrorMessage */.u1)(error) };
        writes.refused = true;
        return { error: error.message, write: 'refused' };
    }
}

;// CONCATENATED MODULE: ./src/batch/run.ts











/** GraphQL chunks read ahead of the one being tagged: memory holds at most this many chunks' READMEs more. */
const READ_AHEAD = 2;
/**
 * After this many chunks in a row whose query got no answer within its time limit (retries included), the
 * run stops: a GitHub (or proxy) that accepts connections and stays silent must not take the job's 6 hours.
 */
const SILENT_CHUNKS = 2;
/**
 * Tag many repositories. Reading goes a GraphQL batch at a time with two batches read ahead, while up to
 * `concurrency` repositories are tagged and written; memory is bounded by those, not by the list.
 * Every repository gives exactly one record: a failure is a result with `error`, never an exception.
 */
async function runBatch(refs, deps, options) {
    const counts = emptyCounts();
    const read = deps.read ?? readRepositories;
    const size = Math.max(1, options.graphqlBatch ?? DEFAULT_GRAPHQL_BATCH);
    const pool = createPool(Math.max(1, options.concurrency));
    const chunks = [];
    for (let i = 0; i < refs.length; i += size)
        chunks.push(refs.slice(i, i + size));
    const writes = { refused: false };
    const record = async (entry) => {
        addOutcome(counts, entry.outcome, (entry.topics?.changed ?? false) && entry.write !== 'planned');
        await deps.onRecord(entry);
    };
    // Reads run READ_AHEAD chunks ahead of tagging, so a slow query hides behind the work on earlier ones.
    const reads = [];
    let nextChunk = 0;
    const fill = () => {
        while (reads.length < READ_AHEAD && nextChunk < chunks.length && !deps.signal?.aborted) {
            const pending = readChunk(read, deps.octokit, chunks[nextChunk++]);
            // Handled here so that a read failing while an earlier chunk is tagged is not an unhandled rejection.
            pending.catch(() => undefined);
            reads.push(pending);
        }
    };
    fill();
    let silent = 0;
    while (reads.length > 0) {
        let outcomes;
        try {
            const chunk = await reads.shift();
            silent = chunk.silent ? silent + 1 : 0;
            if (silent >= SILENT_CHUNKS)
                throw new src_errors/* TaggingError */.kw(`GitHub did not answer ${silent} GraphQL queries in a row within their time limit, retries included ` +
                    `(${chunk.silent}); stopping here. Check GITHUB_API_URL and the proxy settings, or run again later.`);
            outcomes = chunk.outcomes;
        }
        catch (error) {
            // Let what was started finish and be recorded; reads already under way are dropped.
            await Promise.allSettled(reads);
            await pool.drain();
            throw error;
        }
        fill();
        for (const outcome of outcomes) {
            if (deps.signal?.aborted)
                break;
            await pool.start(async () => record(await processSafely(outcome, deps, options, writes)));
        }
    }
    await pool.drain();
    return counts;
}
/**
 * A reader that throws fails every repository of its chunk, except for bad credentials (401): no
 * repository can be read with that token, so the run stops with GitHub's message.
 */
async function readChunk(read, octokit, chunk) {
    try {
        return { outcomes: await read(octokit, chunk), silent: null };
    }
    catch (error) {
        if (httpStatus(error) === 401)
            throw new src_errors/* InputError */.dz(`GitHub refused the token (401 ${(0,src_errors/* getErrorMessage */.u1)(error)}): check github-token / GITHUB_TOKEN.`);
        const message = (0,src_errors/* getErrorMessage */.u1)(error);
        const outcomes = chunk.map(ref => ({ ref, error: `${ref.fullName}: ${message}` }));
        return { outcomes, silent: isTimeLimit(error) ? message : null };
    }
}
/** processOne, with a last guard: a bug in one repository's path still gives that repository a result. */
async function processSafely(outcome, deps, options, writes) {
    try {
        return await processOne(outcome, deps, options, writes);
    }
    catch (error) {
        const base = {
            id: null,
            repository: outcome.ref.fullName,
            fingerprint: (0,tag_item/* itemFingerprint */.uf)({ readme: '' }, deps.classifier, deps.selection)
        };
        return failed((0,tag_item/* failedResult */.Nq)(base, deps.classifier, `${outcome.ref.fullName}: ${(0,src_errors/* getErrorMessage */.u1)(error)}`), []);
    }
}
/**
 * Read outcome → result → topics, for one repository. `writes` is shared by the run: after a refused
 * write, topics are planned and reported, not sent.
 */
async function processOne(outcome, deps, options, writes = { refused: false }) {
    const { classifier, selection } = deps;
    if ('error' in outcome) {
        const base = {
            id: null,
            repository: outcome.ref.fullName,
            fingerprint: (0,tag_item/* itemFingerprint */.uf)({ readme: '' }, classifier, selection)
        };
        return failed((0,tag_item/* failedResult */.Nq)(base, classifier, outcome.error), []);
    }
    const repo = outcome.snapshot;
    const item = {
        repository: repo.fullName,
        repositoryId: repo.id,
        readme: repo.readme?.text ?? '',
        description: repo.description,
        format: repo.readme?.format
    };
    const warnings = [];
    if (!repo.readme && repo.description.trim() === '') {
        // An empty repository is common in an organisation: a skip, counted and reported, never a failure.
        const reason = `${repo.fullName} has neither a README nor a description: nothing to tag, skipped.`;
        const base = {
            id: repo.id === null ? null : String(repo.id),
            repository: repo.fullName,
            fingerprint: (0,tag_item/* itemFingerprint */.uf)(item, classifier, selection)
        };
        return {
            result: (0,tag_item/* skippedResult */.ky)(base, classifier, reason),
            outcome: 'skipped',
            topics: null,
            warnings: [reason],
            resumed: false
        };
    }
    if (!repo.readme)
        warnings.push(`${repo.fullName} has no README; tagged from its description alone.`);
    // A reused result skips the classifier, not the topics: a dry run before, or topics changed by hand
    // since, must still be written.
    const earlier = findEarlier(options.previous, repo);
    const resumed = earlier !== undefined &&
        earlier.error === undefined &&
        earlier.provider === classifier.identity.provider &&
        earlier.fingerprint === (0,tag_item/* itemFingerprint */.uf)(item, classifier, selection);
    const result = resumed ? earlier : await (0,tag_item/* tagItem */.GI)(item, classifier, selection);
    if (result.error !== undefined)
        return failed(result, warnings);
    // An archived repository (named explicitly, or include-archived) is read-only: a PUT could only fail.
    if (options.topics && repo.archived)
        warnings.push(`${repo.fullName} is archived, so GitHub keeps it read-only: its topics are left as they are.`);
    if (!options.topics || repo.archived)
        return { result, outcome: resumed ? 'unchanged' : 'tagged', topics: null, warnings, resumed };
    const written = await writeRepositoryTopics(repo, result, classifier, options.topics, writes);
    const write = written.write ? { write: written.write } : {};
    if ('error' in written)
        return { ...failed({ ...result, error: written.error }, warnings), ...write };
    const { plan } = written;
    if (plan.keptEmptyReplace)
        warnings.push(emptyReplaceWarning(repo.fullName));
    return { result, outcome: plan.changed ? 'tagged' : 'unchanged', topics: plan, warnings, resumed, ...write };
}
function failed(result, warnings) {
    return { result, outcome: 'failed', topics: null, warnings, resumed: false };
}

;// CONCATENATED MODULE: ./src/batch/shard.ts

/** Parse `shard: i/n` (1-based); empty means the whole list (1/1). */
function parseShard(value) {
    if (value === undefined || value.trim() === '')
        return { index: 1, count: 1 };
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || index < 1 || index > count || count > 1000) {
        throw new src_errors/* InputError */.dz(`shard must be "i/n" with 1 <= i <= n <= 1000 (for example "\${{ matrix.shard }}/4"); got "${value}".`);
    }
    return { index, count };
}
/**
 * FNV-1a (32 bit) of a string's UTF-16 code units: stable across runs, machines and Node versions,
 * unlike anything seeded. Only the distribution matters here, not cryptographic strength.
 */
function stableHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
}
/**
 * The 1-based shard a repository belongs to: its lowercase `owner/name` hashed mod `count`, so every job
 * of a matrix agrees without talking to the others, and a repository stays in its shard between runs.
 * @example shardOf('Octo/Hello', 4) === shardOf('octo/hello', 4)
 */
function shardOf(fullName, count) {
    return (stableHash(fullName.toLowerCase()) % count) + 1;
}
/** Keep the repositories that belong to `shard`. */
function inShard(repos, shard) {
    if (shard.count === 1)
        return [...repos];
    return repos.filter(repo => shardOf(repo.fullName, shard.count) === shard.index);
}

;// CONCATENATED MODULE: ./src/batch/summary.ts

/** GitHub refuses a job summary over 1 MiB; stay well under it. */
const SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024 - 64 * 1024));
const ORDER = { failed: 0, tagged: 1, unchanged: 2, skipped: 3 };
/** Escape a table cell: pipes and newlines would break the row. */
function cell(text, max = 300) {
    const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return short
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/\s*\n\s*/g, ' ');
}
/** `+added −removed` for a topic change; `unchanged` when the sets are equal. */
function describeTopicChange(plan) {
    if (!plan)
        return '';
    if (!plan.changed)
        return 'unchanged';
    const before = new Set(plan.before);
    const after = new Set(plan.after);
    const added = plan.after.filter(topic => !before.has(topic)).map(topic => `+${topic}`);
    const removed = plan.before.filter(topic => !after.has(topic)).map(topic => `−${topic}`);
    return [...added, ...removed].join(' ');
}
/**
 * The job summary of a batch: the counts, then a table of repositories (failures first, then changes,
 * then the unchanged), cut off with a note before it would pass `maxBytes`.
 */
function batchSummaryMarkdown(rows, counts, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    const total = totalOf(counts);
    const head = [
        `## ${options.title ?? 'readme-tagger'}`,
        '',
        `**${total}** repositories: **${counts.tagged}** tagged, **${counts.unchanged}** unchanged, **${counts.skipped}** skipped (nothing to tag), **${counts.failed}** failed${options.dryRun ? ' (dry run: no topics written)' : ''}.`,
        '',
        ...(options.refused ? [`> [!CAUTION]\n> ${cell(options.refused, 2000)}`, ''] : []),
        ...(options.usage ? [`Model usage: ${options.usage}.`, ''] : []),
        ...examplesBlock(options.examples),
        '| Repository | Tags | Topics | Error |',
        '| --- | --- | --- | --- |'
    ].join('\n');
    const sorted = [...rows].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome] || a.repository.localeCompare(b.repository));
    const lines = [];
    // Leave room for the closing note whatever it says.
    let size = Buffer.byteLength(head) + 200;
    for (const [i, row] of sorted.entries()) {
        const change = describeTopicChange(row.topics);
        const topics = row.notWritten && row.topics?.changed ? `${change} (not written)` : change;
        const note = row.error ? `⚠️ ${cell(row.error)}` : row.skipped ? `skipped: ${cell(row.skipped)}` : '';
        const line = `| ${cell(row.repository)} | ${cell(row.tags.join(', '))} | ${cell(topics)} | ${note} |`;
        size += Buffer.byteLength(line) + 1;
        if (size > maxBytes) {
            lines.push('', `… and ${sorted.length - i} more repositories, left out to keep this summary under GitHub's 1 MiB limit: see the result file.`);
            break;
        }
        lines.push(line);
    }
    return `${head}\n${lines.join('\n')}\n`;
}
/** The learn-from-topics lines: a table of examples per tag (most first), or the note. */
function examplesBlock(examples) {
    if (examples === undefined)
        return [];
    if (typeof examples === 'string')
        return [cell(examples, 1000), ''];
    const rows = [...examples].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return [
        'Learned from topics people gave (learn-from-topics); examples per tag:',
        '',
        '| Tag | Examples |',
        '| --- | --- |',
        ...rows.map(([name, count]) => `| ${cell(name)} | ${count} |`),
        ''
    ];
}

;// CONCATENATED MODULE: ./src/batch/refusal.ts
/**
 * Once GitHub refuses a topics write for lack of permission, the rest are planned only: one error says so,
 * with the first refusal's explanation (the token, the permission, what to do).
 */
function refusalMessage(firstRefusal, refusedCount, plannedCount) {
    const more = refusedCount > 1 ? ` (${refusedCount} writes under way were refused alike)` : '';
    if (plannedCount === 0)
        return `${firstRefusal}${more}`;
    return (`GitHub refused to set topics, so no more writes were sent${more}: ${plannedCount} more topic changes were ` +
        `planned and reported, not written. ${firstRefusal}`);
}
function tallyRefusals() {
    const refusals = [];
    let planned = 0;
    return {
        see(record) {
            if (record.write === 'planned')
                planned += 1;
            if (record.write !== 'refused')
                return false;
            refusals.push(record.result.error ?? '');
            return true;
        },
        refused: () => refusals.length > 0
            ? { message: refusalMessage(refusals[0], refusals.length, planned), refusedCount: refusals.length }
            : undefined
    };
}

;// CONCATENATED MODULE: ./src/output/result-file.ts




/**
 * `result-file`, checked before any network call: a folder there (say `\${{ runner.temp }}`) would fail
 * only when the result is written, after the topics. Empty means `fallback`.
 */
function parseResultFile(value, fallback) {
    const path = value.trim() || fallback;
    if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new src_errors/* InputError */.dz(`result-file "${path}" is a folder: give a file path, e.g. "${(0,external_node_path_.join)(path, (0,external_node_path_.basename)(fallback))}", or leave it empty.`);
    }
    return path;
}
/** Write a result as pretty JSON (creating the folder); returns the absolute path. */
async function writeResultFile(path, result) {
    const absolute = resolve(path);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
    return absolute;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 2 modules
var utils = __webpack_require__(7176);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 3 modules
var dist_src = __webpack_require__(1267);
;// CONCATENATED MODULE: ./src/github/client.ts






/** @octokit/rest with the retry and throttling plugins: the one client class of the action and the CLI. */
const TaggerOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** Statuses that retrying cannot fix (the retry plugin's list); 429, 5xx and timed-out requests are retried. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
/**
 * Build the client, for the action and the CLI alike. The fetch comes from @actions/github, which routes
 * through HTTPS_PROXY/HTTP_PROXY (minus NO_PROXY) on self-hosted runners, wrapped in a time limit so that a
 * server that accepts the connection and never answers fails the request (then retried like a 5xx). The base
 * URL is read here, not when @actions/github was first imported, so a changed GITHUB_API_URL is honoured.
 */
function createOctokit(options) {
    const warn = options.warn ?? (() => undefined);
    const retries = options.rateLimitRetries ?? 2;
    const baseValue = options.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < retries;
        warn(`GitHub ${kind} hit on ${request.method} ${request.url}${again ? `; retrying in ${retryAfter} s` : '; giving up'}.`);
        return again;
    };
    const proxyFetch = utils/* defaults */.NT.request?.fetch ?? fetch;
    return new TaggerOctokit({
        auth: options.token,
        userAgent: (0,utils/* getUserAgentWithOrchestrationId */.fA)('readme-tagger'),
        baseUrl: (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        request: { fetch: withTimeLimit(proxyFetch, options.timeLimits) },
        retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: baseValue },
        throttle: {
            ...options.limiters,
            retryAfterBaseValue: baseValue,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit')
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/batch-repos.ts

















/** The flags only `batch --repositories` takes; `batch --help` lists them once, with the shared ones. */
const REPOSITORIES_HELP = `From GitHub: read through the GitHub API with GITHUB_TOKEN from the environment (GraphQL, about 25
repositories a query). GITHUB_API_URL points at GitHub Enterprise Server. Topics are written with TOPICS_TOKEN
if set, else GITHUB_TOKEN (it needs Administration: write).

  --repositories <list>  owner/name entries, org:NAME or user:NAME, separated by commas or newlines
  --exclude <globs>      owner/name patterns to leave out, comma separated (e.g. "acme/*-archive,acme/tmp-*")
  --include-archived     also tag the archived repositories of an org:/user: listing
  --include-forks        also tag the forks of an org:/user: listing
  --shard <i/n>          only the i-th of n shards (1-based; by a stable hash of owner/name)
  --learn-from-topics    repositories whose topics include list tags a person gave are examples for all
                         (one more read of each); topics chosen in --result-file's earlier results don't count
  --resume               reuse results in --result-file whose fingerprint is unchanged; append the rest
  --output <targets>     artifact (default: results only), topics, or topics,artifact
  --topics-mode <mode>   merge (default: keep topics not in the tag list) or replace
  --dry-run              plan topic changes, write none`;
/** `batch --repositories`: the action's repositories mode from a shell. */
const batchReposCommand = {
    summary: 'tag many GitHub repositories (an organisation, a list) through the API',
    help: REPOSITORIES_HELP,
    async run(argv, io) {
        const { values } = (0,args/* parseFlags */.b)(argv, {
            ...classifier_flags/* CLASSIFIER_FLAGS */.q0,
            repositories: { type: 'string' },
            exclude: { type: 'string' },
            'include-archived': { type: 'boolean' },
            'include-forks': { type: 'boolean' },
            shard: { type: 'string' },
            concurrency: { type: 'string' },
            'result-file': { type: 'string' },
            resume: { type: 'boolean' },
            output: { type: 'string' },
            'topics-mode': { type: 'string' },
            'dry-run': { type: 'boolean' },
            'learn-from-topics': { type: 'boolean' }
        });
        const sources = parseRepositories((0,args/* stringFlag */.A)(values, 'repositories') ?? '');
        const shard = parseShard((0,args/* stringFlag */.A)(values, 'shard'));
        const concurrency = Math.round((0,options/* parseNumberInput */.bm)('concurrency', (0,args/* stringFlag */.A)(values, 'concurrency'), 4, 1, 64));
        const resultFlag = (0,args/* stringFlag */.A)(values, 'result-file');
        const resultFile = resultFlag ? parseResultFile(resultFlag, 'results.jsonl') : undefined;
        if (values.resume === true && !resultFile)
            throw new src_errors/* InputError */.dz('--resume needs --result-file: the file whose results are reused.');
        const writeTopics = parseOutputFlag((0,args/* stringFlag */.A)(values, 'output'));
        const topicsMode = (0,options/* parseChoice */.HU)('topics-mode', (0,args/* stringFlag */.A)(values, 'topics-mode'), TOPICS_MODES, 'merge');
        const dryRun = values['dry-run'] === true;
        const token = io.env.GITHUB_TOKEN ?? '';
        if (!token)
            throw new src_errors/* InputError */.dz('GITHUB_TOKEN is not set: export a token that can read the repositories (e.g. GITHUB_TOKEN=$(gh auth token)).');
        const { classifier, selection } = await (0,classifier_flags/* setUpClassifier */.hr)(values, io);
        // On a terminal a line first clears the live progress line, which the next count redraws.
        const clear = io.stderr.isTTY ? '\r\x1b[K' : '';
        const note = (message) => void io.stderr.write(`${clear}${message}\n`);
        const warn = (message) => note(`warning: ${message}`);
        const reader = createOctokit({ token, baseUrl: io.env.GITHUB_API_URL, warn, rateLimitRetries: 10 });
        const writerToken = io.env.TOPICS_TOKEN || token;
        const writer = writerToken === token
            ? reader
            : createOctokit({ token: writerToken, baseUrl: io.env.GITHUB_API_URL, warn, rateLimitRetries: 10 });
        const selected = await selectRepositories(reader, sources, {
            exclude: parseExclude((0,args/* stringFlag */.A)(values, 'exclude') ?? ''),
            includeArchived: values['include-archived'] === true,
            includeForks: values['include-forks'] === true
        });
        const repositories = inShard(selected.repositories, shard);
        await writeLine(io.stderr, `${repositories.length} repositories${shard.count > 1 ? ` in shard ${shard.index}/${shard.count}` : ''} (${selected.skipped.length} left out: archived, forks, excluded).`);
        // The earlier results say which topics the tool chose itself: read before the file is truncated.
        const earlier = values['learn-from-topics'] === true && resultFile && values.resume !== true
            ? await loadResumeIndex(resultFile)
            : undefined;
        const log = resultFile ? await openResultLog(resultFile, { resume: values.resume === true }) : undefined;
        const learned = values['learn-from-topics'] === true
            ? await classifierFromTopics(classifier, repositories, {
                octokit: reader,
                previous: earlier ?? log?.previous,
                warning: warn
            })
            : undefined;
        if (learned)
            note(learned.note);
        const progress = createProgress(io.stderr);
        const refusals = tallyRefusals();
        const counts = await runBatch(repositories, {
            octokit: reader,
            classifier: learned?.classifier ?? classifier,
            selection,
            onRecord: async (record) => {
                for (const warning of record.warnings)
                    warn(warning);
                // A refused write is said once, at the end.
                if (!refusals.see(record) && record.result.error)
                    warn(record.result.error);
                // A topic change is the one thing a shell user cannot see in the results: say it, dry run or not.
                if (record.topics?.changed) {
                    const change = `${record.result.repository}: topics ${describeTopicChange(record.topics)}`;
                    note(dryRun ? `${change} (dry run)` : record.write === 'planned' ? `${change} (not written)` : change);
                }
                progress.count(record.outcome);
                const result = learned ? learned.mark(record.result) : record.result;
                if (log)
                    await log.write(result, record.resumed);
                else
                    await writeLine(io.stdout, JSON.stringify(result));
            }
        }, {
            concurrency,
            previous: log?.previous,
            topics: writeTopics ? { octokit: writer, mode: topicsMode, dryRun } : null
        });
        await log?.close();
        progress.done();
        if (counts.changed)
            await writeLine(io.stderr, dryRun ? 'Topics would change (dry run).' : 'Topics changed.');
        const refused = refusals.refused();
        if (refused)
            await writeLine(io.stderr, `error: ${refused.message}`);
        return counts.failed > 0 ? EXIT_ITEM_FAILED : EXIT_OK;
    }
};
/** `--output`: whether topics are written (the result file is always written). */
function parseOutputFlag(value) {
    const parts = (value ?? '').split(/[\s,]+/).filter(Boolean);
    const bad = parts.find(part => part !== 'topics' && part !== 'artifact');
    if (bad !== undefined)
        throw new src_errors/* InputError */.dz(`--output must be "artifact", "topics" or "topics,artifact"; got "${value}".`);
    return parts.includes('topics');
}
/** Whether `batch` was given --repositories (then it is this command, not the JSONL batch). */
function wantsRepositories(argv) {
    return argv.some(arg => arg === '--repositories' || arg.startsWith('--repositories='));
}

;// CONCATENATED MODULE: ./src/cli/commands/batch.ts

















const HELP = `Usage: readme-tagger batch --tags <file|text> --input <file.jsonl|-> [options]
       readme-tagger batch --tags <file|text> --repositories <list> [options]

Tag many READMEs, one result a line: from a JSON Lines file (in input order), or from GitHub repositories.

From a JSON Lines file: each input line is {"id", "description"?, "readme"? (text) | "readme_path"?
(relative to the input file), "tags"?}. A line whose "tags" is a non-empty array of list tags (names, or
{"id", "name"} objects) is an example: its result echoes those tags (provider "given"), and the other lines
are tagged after learning from all examples (the input is read twice; stdin is spooled to a temporary file).
A bad line gives {"line": n, "id": ..., "error": "..."} and the run goes on.

  --input <file|->       the JSON Lines input ("-" for stdin)
  --examples <file>      more examples, JSON Lines of the same form (lines without "tags" are skipped)

${REPOSITORIES_HELP}

Both:
  --result-file <file>   where to write the results (default stdout)
  --concurrency <n>      items tagged at once (default 4; with threads, at least ${LINES_PER_WORKER} per thread)
  --threads <n>          with --input: worker threads that tag, for --provider local (default: the number of
                         cores, here ${(0,external_node_os_.availableParallelism)()}); 1 tags on the main thread. Same output for any n
${classifier_flags/* CLASSIFIER_HELP */.s}
  -h, --help             show this help`;
const batchCommand = {
    summary: 'tag a JSON Lines file of READMEs, streaming',
    help: HELP,
    async run(argv, io) {
        if (wantsRepositories(argv))
            return batchReposCommand.run(argv, io);
        const { values } = (0,args/* parseFlags */.b)(argv, {
            ...classifier_flags/* CLASSIFIER_FLAGS */.q0,
            input: { type: 'string' },
            'result-file': { type: 'string' },
            concurrency: { type: 'string' },
            examples: { type: 'string' },
            threads: { type: 'string' }
        });
        const input = (0,args/* stringFlag */.A)(values, 'input');
        if (!input)
            throw new src_errors/* InputError */.dz('--input is required: a JSON Lines file, or "-" for stdin.');
        if (input !== '-' && !(0,external_node_fs_.existsSync)(input))
            throw new src_errors/* InputError */.dz(`--input: "${input}" does not exist; check the path.`);
        const examples = (0,args/* stringFlag */.A)(values, 'examples');
        if (examples !== undefined && !(0,external_node_fs_.existsSync)(examples))
            throw new src_errors/* InputError */.dz(`--examples: "${examples}" does not exist; check the path.`);
        const concurrency = Math.round((0,options/* parseNumberInput */.bm)('concurrency', (0,args/* stringFlag */.A)(values, 'concurrency'), 4, 1, 256));
        const planned = (0,classifier_flags/* planClassifier */.px)(values, io);
        const threads = threadCount((0,args/* stringFlag */.A)(values, 'threads'), planned, io);
        const resultFile = (0,args/* stringFlag */.A)(values, 'result-file');
        // Checked before stdin is spooled or anything learned: a path that cannot be written is a usage error.
        const out = resultFile ? await openResultFile(resultFile) : io.stdout;
        const spooled = input === '-' ? await spoolToFile(io.stdin) : undefined;
        try {
            const path = spooled?.path ?? input;
            const baseDir = input === '-' ? process.cwd() : (0,external_node_path_.dirname)((0,external_node_path_.resolve)(input));
            // The input is read twice: its example lines (and --examples) teach the classifier, then every line is answered.
            const plan = await (0,classifier_flags/* learnIntoPlan */.SC)(planned, learnExamples(path, baseDir, examples, io), io);
            // With threads, this thread reads, orders and writes lines, and tags its share between them; each worker
            // builds its own classifier and tags the rest.
            const pool = threads > 1 ? startPool(threads, plan, baseDir, io) : undefined;
            try {
                const answer = pool ? pool.answer : await singleThread(plan, baseDir, io);
                const window = pool ? Math.max(concurrency, LINES_PER_WORKER * threads) : concurrency;
                return await tagLines(path, answer, window, out, resultFile, io);
            }
            finally {
                await pool?.close();
            }
        }
        finally {
            await spooled?.remove();
        }
    }
};
/** Learning from `--examples` (skipped lines warned of) and from the input's own example lines. */
function learnExamples(path, baseDir, examples, io) {
    return async (...[tags, learner]) => {
        let learned = 0;
        if (examples !== undefined)
            learned += await learnFromFile(examples, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(examples)), tags, learner, (line, error) => io.stderr.write(`warning: --examples line ${line} skipped: ${error.replace(/^line \d+: /, '')}\n`));
        // Most inputs hold no example: a byte search spares them a second line-by-line read.
        if (await fileHolds(path, '"tags"'))
            learned += await learnFromFile(path, baseDir, tags, learner);
        return learned;
    };
}
/**
 * `--threads`: a whole number from 1 to 256, by default the number of cores. Threads speed up the offline
 * classifier only: a model call waits on the network (--concurrency overlaps those), and the answer cache
 * lives in one thread, so a model or a cache runs on one thread, with a warning if threads were asked for.
 */
function threadCount(value, plan, io) {
    const asked = (0,options/* parseNumberInput */.bm)('threads', value, (0,external_node_os_.availableParallelism)(), 1, 256);
    if (!Number.isInteger(asked))
        throw new src_errors/* InputError */.dz(`threads must be a whole number from 1 to 256; got "${value}".`);
    const reason = plan.settings.provider !== 'local'
        ? `--provider ${plan.settings.provider} (model calls wait on the network; --concurrency overlaps them)`
        : plan.cache
            ? '--cache (the answer cache lives in one thread)'
            : undefined;
    if (!reason)
        return asked;
    if (value !== undefined && asked > 1)
        io.stderr.write(`warning: --threads is ignored with ${reason}.\n`);
    return 1;
}
/**
 * Workers and this thread: the workers are started first, so that they build their classifiers while this
 * thread builds its own (compiling a list is synchronous work).
 */
function startPool(threads, plan, baseDir, io) {
    const local = {};
    const pool = startLinePool(threads, { kind: messages/* WORKER_KIND */.U, plan, baseDir }, io.threadScript, async (text, line) => (await local.answer)(text, line));
    local.answer = singleThread(plan, baseDir, io);
    // Awaited by this thread's first line, so that a classifier that cannot be built fails the run there.
    local.answer.catch(() => { });
    return pool;
}
/** The classifier on this thread, and each line answered by it. */
async function singleThread(plan, baseDir, io) {
    const classifier = await (0,classifier_flags/* buildClassifier */.A4)(plan, io);
    return (text, line) => (0,batch_line/* answerLine */.N)(text, line, baseDir, classifier, plan.selection);
}
/** Read the input's lines, answer `window` at a time, and write the outputs in input order with progress. */
async function tagLines(path, answer, window, out, resultFile, io) {
    const progress = createProgress(io.stderr);
    const usage = emptyUsage();
    await runOrdered(numberedLines((0,external_node_fs_.createReadStream)(path)), ({ text, line }) => answer(text, line), window, async (answered) => {
        progress.count(answered.failed ? 'failed' : answered.given ? 'unchanged' : 'tagged');
        addUsage(usage, answered);
        await writeLine(out, answered.json);
    });
    if (resultFile) {
        out.end();
        await (0,promises_.finished)(out);
    }
    const counts = progress.done();
    if (usage.calls > 0)
        io.stderr.write(`usage: ${formatUsage(usage)}\n`);
    return counts.failed > 0 ? EXIT_ITEM_FAILED : EXIT_OK;
}

;// CONCATENATED MODULE: ./src/cli/readable.ts
/** At most this many pieces of evidence are shown per tag; the JSON result has them all. */
const MAX_EVIDENCE = 3;
/**
 * A result as a person reads it on a terminal: a heading line, then the chosen tags best first, each with its
 * score and the evidence that chose it. `--json` (and any stdout that is not a terminal) gets the JSON instead.
 * @example formatReadable(result) // 'demo: 1 tag (local)\n  1. cli  4.2  cli (description), …'
 */
function formatReadable(result) {
    const name = result.repository ?? result.id ?? 'README';
    const by = result.model ? `${result.provider}, ${result.model}` : result.provider;
    const usage = result.usage ? `\n  model usage: ${result.usage.total_tokens} tokens` : '';
    if (result.error !== undefined)
        return `${name}: not tagged (${by}): ${result.error}`;
    if (result.skipped !== undefined)
        return `${name}: skipped: ${result.skipped}`;
    if (result.scores.length === 0)
        return `${name}: no tag chosen (${by}): nothing in the README or description supported one strongly enough.${usage}`;
    const width = Math.max(...result.scores.map(score => score.name.length));
    const scores = result.scores.map(score => formatScore(score.score));
    const scoreWidth = Math.max(...scores.map(text => text.length));
    const lines = result.scores.map((score, i) => `  ${i + 1}. ${score.name.padEnd(width)}  ${scores[i].padStart(scoreWidth)}  ${formatEvidence(score.evidence)}`);
    const count = `${result.scores.length} tag${result.scores.length === 1 ? '' : 's'}`;
    return `${name}: ${count} (${by})\n${lines.join('\n')}${usage}`;
}
function formatScore(score) {
    return score >= 10 ? score.toFixed(1) : score.toFixed(2);
}
function formatEvidence(evidence) {
    const shown = evidence.slice(0, MAX_EVIDENCE).map(e => `"${e.text}" (${e.where}${e.from ? `, ${e.from}` : ''})`);
    const more = evidence.length > MAX_EVIDENCE ? `, +${evidence.length - MAX_EVIDENCE} more` : '';
    return `${shown.join(', ')}${more}`;
}

;// CONCATENATED MODULE: ./src/cli/commands/classify.ts








const classify_HELP = `Usage: readme-tagger classify --tags <file|text> --readme <file> [options]

Tag one README. On a terminal it prints the tags best first, each with its score and evidence; piped or
with --json it prints the result JSON (one line).

  --readme <file>        the README (Markdown; .rst and .txt are read as such)
  --description <text>   the repository's one-line description
  --id <id>              the id echoed in the result
  --json                 print the result JSON even on a terminal
  --text                 print the readable answer even when stdout is not a terminal
${classifier_flags/* CLASSIFIER_HELP */.s}
  -h, --help             show this help`;
const classifyCommand = {
    summary: 'tag one README: a readable answer on a terminal, the result JSON otherwise',
    help: classify_HELP,
    async run(argv, io) {
        const { values } = (0,args/* parseFlags */.b)(argv, {
            ...classifier_flags/* CLASSIFIER_FLAGS */.q0,
            readme: { type: 'string' },
            description: { type: 'string' },
            id: { type: 'string' },
            json: { type: 'boolean' },
            text: { type: 'boolean' }
        });
        if (values.json === true && values.text === true)
            throw new src_errors/* InputError */.dz('--json and --text ask for different outputs: give one of them.');
        const readable = values.text === true || (values.json !== true && io.stdout.isTTY === true);
        const readmePath = (0,args/* stringFlag */.A)(values, 'readme');
        if (!readmePath)
            throw new src_errors/* InputError */.dz('--readme is required: give the path of a README file.');
        const { classifier, selection } = await (0,classifier_flags/* setUpClassifier */.hr)(values, io);
        let readme;
        try {
            readme = await (0,external_node_fs_promises_.readFile)(readmePath, 'utf8');
        }
        catch (error) {
            const code = error.code;
            const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder; give the README file' : code;
            throw new src_errors/* InputError */.dz(`--readme: cannot read "${readmePath}": ${why ?? (0,src_errors/* getErrorMessage */.u1)(error)}.`);
        }
        const result = await (0,tag_item/* tagItem */.GI)({
            id: (0,args/* stringFlag */.A)(values, 'id'),
            readme,
            description: (0,args/* stringFlag */.A)(values, 'description'),
            format: (0,clean/* formatFromFileName */.F)(readmePath)
        }, classifier, selection);
        await writeLine(io.stdout, readable ? formatReadable(result) : JSON.stringify(result));
        if (result.error && !readable)
            await writeLine(io.stderr, `readme-tagger: ${result.error}`);
        return result.error ? EXIT_ITEM_FAILED : EXIT_OK;
    }
};

;// CONCATENATED MODULE: ./src/cli/commands/merge.ts







const merge_HELP = `Usage: readme-tagger merge <files…> [--result-file <file>]

Join JSON Lines result files (the shards of a matrix run, or runs over parts of a list) into one, streaming.
A repository found in several files keeps its last result; a line cut off mid-write is skipped with a warning.

  --result-file <file>   where to write the merged results (default stdout)
  -h, --help             show this help`;
const mergeCommand = {
    summary: 'join JSON Lines result files (e.g. the shards of a matrix run) into one',
    help: merge_HELP,
    async run(argv, io) {
        const { values, positionals } = (0,args/* parseFlags */.b)(argv, { 'result-file': { type: 'string' } }, true);
        if (positionals.length === 0)
            throw new src_errors/* InputError */.dz('merge needs at least one result file (readme-tagger merge a.jsonl b.jsonl --result-file all.jsonl).');
        const missing = positionals.find(file => !(0,external_node_fs_.existsSync)(file));
        if (missing)
            throw new src_errors/* InputError */.dz(`merge: "${missing}" does not exist; check the path.`);
        const resultFile = (0,args/* stringFlag */.A)(values, 'result-file');
        if (resultFile && positionals.includes(resultFile)) {
            throw new src_errors/* InputError */.dz(`--result-file "${resultFile}" is also an input: write the merged results to another file.`);
        }
        const out = resultFile ? await openResultFile(resultFile) : io.stdout;
        const report = await mergeResultFiles(positionals, line => writeLine(out, line));
        if (resultFile) {
            out.end();
            await (0,promises_.finished)(out);
        }
        for (const warning of report.warnings)
            await writeLine(io.stderr, `warning: ${warning}`);
        const duplicates = report.duplicates > 0 ? ` (${report.duplicates} repeated results replaced by later ones)` : '';
        await writeLine(io.stderr, `merged ${positionals.length} files: ${formatCounts(report.counts)}${duplicates}`);
        return report.counts.failed > 0 ? EXIT_ITEM_FAILED : EXIT_OK;
    }
};

;// CONCATENATED MODULE: ./src/cli/run.ts





/** Every command of the CLI, by name. */
const COMMANDS = {
    classify: classifyCommand,
    batch: batchCommand,
    merge: mergeCommand
};
function topHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map(name => name.length));
    const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
    return `Usage: readme-tagger <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "readme-tagger <command> --help" for a command's options.`;
}
/** Run the CLI; returns the exit code. Errors are one line on stderr, never a stack trace. */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        await writeLine(io.stdout, topHelp());
        return name === undefined ? EXIT_USAGE : EXIT_OK;
    }
    const command = COMMANDS[name];
    if (!command) {
        await writeLine(io.stderr, `readme-tagger: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}.`);
        return EXIT_USAGE;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        await writeLine(io.stdout, command.help);
        return EXIT_OK;
    }
    try {
        return await command.run(rest, io);
    }
    catch (error) {
        await writeLine(io.stderr, `readme-tagger ${name}: ${(0,src_errors/* getErrorMessage */.u1)(error)}`);
        return error instanceof src_errors/* InputError */.dz ? EXIT_USAGE : EXIT_ITEM_FAILED;
    }
}


/***/ })

};
