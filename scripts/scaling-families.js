// The scaling harness's inputs: families of legal but unusual documents, each built at a size n
// (a count of repeated units), and the commands run on them in-process. Used by scripts/scaling.js
// (npm run bench) and, at small n, by test/scaling.test.ts.

/** A deterministic pseudo-random sequence, so that every run builds the same documents. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const MARKERS = ['一、', '（一）', '1.', '（1）', '①', '二、', '（二）', '2.', '（2）', '②'];
const PLAN_TEXT =
  '加强科普阵地建设，9月底前完成市科技馆展陈更新，组织开展“全国科普日”活动，落实《全民科学素质行动规划纲要（2021—2035年）》，';

/** Each family: a name, what it is, and how to build it with n units. */
export const FAMILIES = [
  {
    name: 'repeated-heading',
    what: 'one heading repeated on every line (一、总体要求)',
    build: (n) => '一、总体要求\n'.repeat(n),
  },
  {
    name: 'book-titles',
    what: '《…》 titles back to back',
    build: (n) => {
      let text = '';
      for (let i = 0; i < n; i++) text += `《关于加强第${i}项科普工作的意见》`;
      return text + '\n';
    },
  },
  {
    name: 'random-markers',
    what: 'random markers, one per line (一、（一）1.（1）①)',
    build: (n) => {
      const next = random(7);
      let text = '';
      for (let i = 0; i < n; i++) text += `${MARKERS[Math.floor(next() * MARKERS.length)]}推进工作${i}\n`;
      return text;
    },
  },
  {
    name: 'unclosed-openers',
    what: '（“《 repeated, nothing closed',
    build: (n) => '（“《'.repeat(n) + '\n',
  },
  {
    name: 'mismatched-brackets',
    what: '（ opened and closed by a mismatched bracket, repeated',
    build: (n) => '（科普工作】'.repeat(n) + '\n',
  },
  {
    name: 'long-line',
    what: 'one long line of plan text, no newline',
    build: (n) => PLAN_TEXT.repeat(Math.ceil(n / 4)),
  },
  {
    name: 'deep-nesting',
    what: 'balanced nested brackets',
    build: (n) => '（'.repeat(n) + '科普' + '）'.repeat(n) + '\n',
  },
  {
    name: 'quotes',
    what: 'runs of straight and curly quotes',
    build: (n) => {
      let text = '';
      for (let i = 0; i < n; i++) text += i % 3 === 0 ? '"科普"' : i % 3 === 1 ? '“' : '"';
      return text + '\n';
    },
  },
  {
    name: 'attachment-lines',
    what: 'many 附件 lines',
    build: (n) => {
      let text = '关于印发科普工作要点的通知\n各区科协：\n现印发。\n附件：1．科普工作要点\n';
      for (let i = 2; i <= n; i++) text += `${i}．第${i}个附件\n`;
      for (let i = 1; i <= Math.min(n, 2000); i++) text += `附件${i}\n第${i}个附件\n一、内容\n`;
      return text;
    },
  },
  {
    name: 'dates-on-one-line',
    what: 'many dates on one line',
    build: (n) => {
      let text = '';
      for (let i = 0; i < n; i++) text += `${2000 + (i % 30)}年${(i % 12) + 1}月${(i % 28) + 1}日前，`;
      return text + '\n';
    },
  },
  {
    name: 'numbered-lines',
    what: 'numbered lines, a task table exported to text',
    build: (n) => {
      let text = '科普工作任务清单\n';
      for (let i = 1; i <= n; i++)
        text += `${i}. 第${i}项任务：9月底前完成科普场馆${i}号展陈更新，牵头单位：市科协。\n`;
      return text;
    },
  },
];

/** The edited copy a family is diffed against: every tenth line changed, one line inserted. */
export function editedCopy(text) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 10) lines[i] = lines[i].replace(/[0-9]/, '7') + '调整';
  if (lines.length === 1) {
    const line = lines[0];
    lines[0] = line.slice(0, line.length / 3) + '新增内容' + line.slice(line.length / 3).replace(/科技馆/g, '科学馆');
  }
  lines.splice(Math.floor(lines.length / 2), 0, '（新增）补充任务');
  return lines.join('\n');
}

/** The commands, in-process, on a document's text (and its edited copy for diff). */
export function commands(kepu) {
  return {
    parse: (text) => kepu.parseCircular(text, { name: 'x.txt' }),
    deadlines: (text) => kepu.extractDeadlines(kepu.parseCircular(text, { name: 'x.txt' }), { source: text }),
    initiatives: (text) => kepu.extractInitiatives(kepu.parseCircular(text, { name: 'x.txt' }), { source: text }),
    export: (text) => kepu.toMarkdown(kepu.parseCircular(text, { name: 'x.txt' })),
    diff: (text, edited) =>
      kepu.diffPlans(kepu.parseCircular(text, { name: 'a.txt' }), kepu.parseCircular(edited, { name: 'b.txt' })),
  };
}
