// Scores kepu's deadlines and initiatives against the hand-made gold of fixtures/gold/ (see its README):
// precision and recall per pass and per document, how often the kind and the dates of a matched deadline are
// right, and how far two annotators agree on the documents both read (fixtures/gold/second/).
//
// Matching. A deadline row of kepu's default list (what `kepu deadlines` prints) matches a gold row on the same
// line whose text overlaps it (each row matches at most one). An initiative of kepu's list (kinds other than
// formulation and period, which kepu keeps apart) matches a gold entry when one of its written forms (name, key,
// aliases) and one of the entry's (name, aliases) are the same after a normalisation of the scorer's own: one
// width, no quotes, title marks, spaces or brackets, one dash, no year or edition at the front. Each gold entry
// matches one kepu key at most; a second key of the same entry is a false positive (one programme, two keys).
//
// Usage: node scripts/score-gold.js [--verbose] [--json]   (reads dist/: run `npm run build` first)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GOLD_FOLDER = join(root, 'fixtures', 'gold');

/** The gold files of a folder, by document id (the file name without .json). */
export function readGold(folder = GOLD_FOLDER) {
  if (!existsSync(folder)) return new Map();
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return new Map(files.map((name) => [name.slice(0, -5), JSON.parse(readFileSync(join(folder, name), 'utf8'))]));
}

/** The text of a gold file's document (its `source` is a path inside the repository). */
export function readSource(gold) {
  return readFileSync(join(root, gold.source), 'utf8');
}

// ---- deadlines

/** The spans [from, to) of every occurrence of `text` in `line`. */
function occurrences(line, text) {
  const spans = [];
  if (!text) return spans;
  for (let at = line.indexOf(text); at !== -1; at = line.indexOf(text, at + 1)) spans.push([at, at + text.length]);
  return spans;
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];

/**
 * A maximum one-to-one matching between predicted and gold rows (augmenting paths; the graphs are small: rows
 * of one line). `edges[p]` lists the gold rows prediction p may match. Returns gold index per prediction, or -1.
 */
function maximumMatching(edges, goldCount) {
  const goldTo = new Array(goldCount).fill(-1);
  const predTo = new Array(edges.length).fill(-1);
  const tryPred = (p, seen) => {
    for (const g of edges[p]) {
      if (seen.has(g)) continue;
      seen.add(g);
      if (goldTo[g] === -1 || tryPred(goldTo[g], seen)) {
        goldTo[g] = p;
        predTo[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let p = 0; p < edges.length; p++) tryPred(p, new Set());
  return predTo;
}

/**
 * Matches rows {line, text, span?} of two lists on the same line with overlapping text. Rows without a span
 * (gold rows) may stand at any occurrence of their text on the line. Returns, for each predicted row, the
 * index of the gold row it matches or -1.
 */
export function matchDeadlineRows(predicted, gold, lines) {
  const spansOf = (row) => row.span ?? occurrences(lines[row.line - 1] ?? '', row.text);
  const goldSpans = gold.map(spansOf);
  const goldByLine = new Map();
  gold.forEach((row, index) => {
    const list = goldByLine.get(row.line) ?? [];
    list.push(index);
    goldByLine.set(row.line, list);
  });
  const edges = predicted.map((row) => {
    const mine = spansOf(row);
    return (goldByLine.get(row.line) ?? []).filter((g) => goldSpans[g].some((a) => mine.some((b) => overlaps(a, b))));
  });
  return maximumMatching(edges, gold.length);
}

/** kepu's deadline as a row: its line, its span on the line, and its values. */
function predictedRow(deadline, lines) {
  const { line, column } = deadline.position.start;
  const from = column - 1;
  // An expression is on one line; one that runs over a line break is cut at the break.
  const to = deadline.position.end.line === line ? deadline.position.end.column - 1 : (lines[line - 1] ?? '').length;
  return { line, text: deadline.text, span: [[from, to]], deadline };
}

/** Whether a matched kepu deadline has the gold row's dates: the end (the limit) and, for spans, the start. */
function datesAgree(gold, deadline) {
  if (gold.kind === 'recurring' || deadline.kind === 'recurring') {
    return gold.kind === deadline.kind && (gold.recurrence ?? null) === (deadline.recurrence ?? null);
  }
  const end = deadline.date ?? deadline.end ?? null;
  if ((gold.end ?? null) !== end) return false;
  if (gold.kind === 'deadline' || gold.kind === 'target') return true;
  return (gold.start ?? null) === (deadline.start ?? null);
}

// ---- initiatives

/** The scorer's own normalisation of a name (see the head of this file). */
export function normaliseName(name) {
  return name
    .normalize('NFKC')
    .replace(/[《》〈〉<>“”"'‘’「」『』\s]/g, '')
    .replace(/[（(）)]/g, '')
    .replace(/[·•・‧]/g, '·')
    .replace(/[—–－‐-]+/g, '-')
    .replace(/^(?:[0-9]{4}年?度?|第[一二三四五六七八九十百0-9]+[届次期批])+/, '');
}

/** Matches kepu's initiatives to gold entries; returns the gold index per initiative, or -1. */
export function matchInitiatives(predicted, gold) {
  const goldForms = gold.map((entry) => new Set([entry.name, ...(entry.aliases ?? [])].map(normaliseName)));
  const result = [];
  const taken = new Set();
  for (const initiative of predicted) {
    const forms = [initiative.name, initiative.key, ...(initiative.aliases ?? [])]
      .filter((form) => typeof form === 'string')
      .map(normaliseName);
    const index = goldForms.findIndex((set, g) => !taken.has(g) && forms.some((form) => set.has(form)));
    if (index !== -1) taken.add(index);
    result.push(index);
  }
  return result;
}

// ---- scoring

const ratio = (a, b) => (b === 0 ? null : a / b);

/**
 * Scores one document: `api` is kepu's library (dist/ for the script, src/ for the tests).
 * Returns counts, the rows missed and the rows wrongly given, per pass.
 */
export function scoreDocument(api, gold, text = readSource(gold)) {
  const lines = text.split(/\r\n|\r|\n/);
  const tree = api.parseCircular(text, { name: gold.source });
  const { deadlines } = api.extractDeadlines(tree, { source: text });
  const predicted = deadlines.map((deadline) => predictedRow(deadline, lines));
  const goldRows = gold.deadlines ?? [];
  const match = matchDeadlineRows(predicted, goldRows, lines);
  const matchedGold = new Set(match.filter((g) => g !== -1));
  let kindRight = 0;
  let datesRight = 0;
  const wrongValues = [];
  match.forEach((g, p) => {
    if (g === -1) return;
    const { deadline } = predicted[p];
    const row = goldRows[g];
    const kindOk = deadline.kind === row.kind;
    const datesOk = datesAgree(row, deadline);
    if (kindOk) kindRight++;
    if (datesOk) datesRight++;
    if (!kindOk || !datesOk)
      wrongValues.push(
        `${row.line} ${row.text}: gold ${row.kind} ${row.start ?? ''}..${row.end ?? ''}${row.recurrence ? ` ${row.recurrence}` : ''}, kepu ${deadline.text} ${deadline.kind} ${deadline.start ?? ''}..${deadline.date ?? deadline.end ?? ''}${deadline.recurrence ? ` ${deadline.recurrence}` : ''}`,
      );
  });
  const { initiatives } = api.extractInitiatives(tree, { source: text });
  const listed = initiatives.filter((initiative) => initiative.kind !== 'formulation' && initiative.kind !== 'period');
  const goldInitiatives = gold.initiatives ?? [];
  const initiativeMatch = matchInitiatives(listed, goldInitiatives);
  const matchedInitiatives = new Set(initiativeMatch.filter((g) => g !== -1));
  return {
    deadlines: {
      gold: goldRows.length,
      found: predicted.length,
      right: matchedGold.size,
      precision: ratio(matchedGold.size, predicted.length),
      recall: ratio(matchedGold.size, goldRows.length),
      kindRight,
      datesRight,
      wrong: predicted.filter((_, p) => match[p] === -1).map((row) => `${row.line} ${row.text} (${row.deadline.kind})`),
      missed: goldRows.filter((_, g) => !matchedGold.has(g)).map((row) => `${row.line} ${row.text} (${row.kind})`),
      wrongValues,
    },
    initiatives: {
      gold: goldInitiatives.length,
      found: listed.length,
      right: matchedInitiatives.size,
      precision: ratio(matchedInitiatives.size, listed.length),
      recall: ratio(matchedInitiatives.size, goldInitiatives.length),
      wrong: listed.filter((_, i) => initiativeMatch[i] === -1).map((i) => `${i.name} (${i.kind})`),
      missed: goldInitiatives.filter((_, g) => !matchedInitiatives.has(g)).map((e) => `${e.name} (${e.kind})`),
    },
  };
}

/**
 * Agreement of a second annotator with the first on one document: the second's rows scored against the first's
 * by the same matching (precision = share of the second's rows the first also has; recall the reverse), with
 * the kind agreement among matched rows.
 */
export function agreement(first, second, text = readSource(first)) {
  const lines = text.split(/\r\n|\r|\n/);
  const a = first.deadlines ?? [];
  const b = second.deadlines ?? [];
  const match = matchDeadlineRows(b, a, lines);
  const both = match.filter((g) => g !== -1).length;
  const sameKind = match.filter((g, p) => g !== -1 && a[g].kind === b[p].kind).length;
  const sameDates = match.filter(
    (g, p) => g !== -1 && (a[g].start ?? null) === (b[p].start ?? null) && (a[g].end ?? null) === (b[p].end ?? null),
  ).length;
  const ia = first.initiatives ?? [];
  const ib = second.initiatives ?? [];
  const imatch = matchInitiatives(ib, ia);
  const iboth = imatch.filter((g) => g !== -1).length;
  const f1 = (x, y, z) => (y + z === 0 ? null : (2 * x) / (y + z));
  return {
    deadlines: {
      first: a.length,
      second: b.length,
      both,
      f1: f1(both, a.length, b.length),
      sameKind,
      sameDates,
      onlyFirst: a.filter((_, g) => !match.includes(g)).map((row) => `${row.line} ${row.text}`),
      onlySecond: b.filter((_, p) => match[p] === -1).map((row) => `${row.line} ${row.text}`),
    },
    initiatives: {
      first: ia.length,
      second: ib.length,
      both: iboth,
      f1: f1(iboth, ia.length, ib.length),
      onlyFirst: ia.filter((_, g) => !imatch.includes(g)).map((e) => e.name),
      onlySecond: ib.filter((_, p) => imatch[p] === -1).map((e) => e.name),
    },
  };
}

/** Sums the counts of documents' scores (micro averages). */
export function totals(scores) {
  const sum = (pass, field) => scores.reduce((total, score) => total + score[pass][field], 0);
  const pass = (name) => {
    const gold = sum(name, 'gold');
    const found = sum(name, 'found');
    const right = sum(name, 'right');
    return { gold, found, right, precision: ratio(right, found), recall: ratio(right, gold) };
  };
  return {
    deadlines: {
      ...pass('deadlines'),
      kindRight: sum('deadlines', 'kindRight'),
      datesRight: sum('deadlines', 'datesRight'),
    },
    initiatives: pass('initiatives'),
  };
}

const fixed = (value) => (value === null ? '  -  ' : value.toFixed(2));

/** The report the script prints. */
export function report(api, { verbose = false, folder = GOLD_FOLDER } = {}) {
  const gold = readGold(folder);
  const lines = [];
  if (gold.size === 0) return { text: `no gold in ${folder}`, scores: new Map() };
  const scores = new Map();
  lines.push(
    `${'document'.padEnd(46)}${'deadlines: gold'.padStart(15)} found right   P     R    kind dates |${'initiatives: gold'.padStart(18)} found right   P     R`,
  );
  for (const [id, entry] of gold) {
    const score = scoreDocument(api, entry);
    scores.set(id, score);
    const d = score.deadlines;
    const i = score.initiatives;
    lines.push(
      `${id.padEnd(46)}${String(d.gold).padStart(15)}${String(d.found).padStart(6)}${String(d.right).padStart(6)}  ${fixed(d.precision)}  ${fixed(d.recall)}  ${String(d.kindRight).padStart(4)} ${String(d.datesRight).padStart(5)} |${String(i.gold).padStart(18)}${String(i.found).padStart(6)}${String(i.right).padStart(6)}  ${fixed(i.precision)}  ${fixed(i.recall)}`,
    );
    if (verbose) {
      for (const [label, list] of [
        ['deadlines wrong', d.wrong],
        ['deadlines missed', d.missed],
        ['deadline values', d.wrongValues],
        ['initiatives wrong', i.wrong],
        ['initiatives missed', i.missed],
      ])
        if (list.length > 0) lines.push(`    ${label}: ${list.join(' · ')}`);
    }
  }
  const all = totals([...scores.values()]);
  const d = all.deadlines;
  const i = all.initiatives;
  lines.push(
    `${'all (micro)'.padEnd(46)}${String(d.gold).padStart(15)}${String(d.found).padStart(6)}${String(d.right).padStart(6)}  ${fixed(d.precision)}  ${fixed(d.recall)}  ${String(d.kindRight).padStart(4)} ${String(d.datesRight).padStart(5)} |${String(i.gold).padStart(18)}${String(i.found).padStart(6)}${String(i.right).padStart(6)}  ${fixed(i.precision)}  ${fixed(i.recall)}`,
  );
  lines.push('(kind, dates: how many of the matched deadlines have the gold kind, and its start and end)');
  const second = readGold(join(folder, 'second'));
  if (second.size > 0) {
    lines.push('', 'agreement of the second annotator with the first (F1; matched rows; same kind; same dates):');
    for (const [id, other] of second) {
      const first = gold.get(id);
      if (!first) continue;
      const agreed = agreement(first, other);
      const ad = agreed.deadlines;
      const ai = agreed.initiatives;
      lines.push(
        `${id.padEnd(46)} deadlines ${ad.first}/${ad.second}, ${ad.both} both, F1 ${fixed(ad.f1)}, kind ${ad.sameKind}, dates ${ad.sameDates}; initiatives ${ai.first}/${ai.second}, ${ai.both} both, F1 ${fixed(ai.f1)}`,
      );
      if (verbose) {
        for (const [label, list] of [
          ['deadlines only first', ad.onlyFirst],
          ['deadlines only second', ad.onlySecond],
          ['initiatives only first', ai.onlyFirst],
          ['initiatives only second', ai.onlySecond],
        ])
          if (list.length > 0) lines.push(`    ${label}: ${list.join(' · ')}`);
      }
    }
  }
  return { text: lines.join('\n'), scores, totals: all };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const api = await import('../dist/src/index.js');
  const verbose = process.argv.includes('--verbose');
  const result = report(api, { verbose });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ documents: Object.fromEntries(result.scores), totals: result.totals }, null, 2));
  } else console.log(result.text);
}
