/** extractInitiatives: the seed measured against a hand-labelled list, aliases, keys, kinds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { extractInitiatives } from '../src/passes/extract-initiatives.js';
import { initiativeKey } from '../src/passes/initiative-kinds.js';
import { type Mention, dropNested } from '../src/passes/find-initiative-mentions.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const seedText = readFileSync(join(root, 'seed', 'cast-2022-kepu-plan-forwarded.txt'), 'utf8');
const seed = extractInitiatives(parseCircular(seedText, { name: 'seed.txt' }), { source: seedText });
const byKey = new Map(seed.initiatives.map((initiative) => [initiative.key, initiative]));
const NOT_PROGRAMMES = new Set(['formulation', 'period']);

describe('initiatives of the seed', () => {
  const gold = JSON.parse(readFileSync(join(root, 'initiatives', 'seed-gold.json'), 'utf8')) as {
    initiatives: string[];
    notInitiatives: string[];
  };
  const goldKeys = new Set(gold.initiatives.map(initiativeKey));
  const found = seed.initiatives.filter((initiative) => !NOT_PROGRAMMES.has(initiative.kind));
  const hits = found.filter((initiative) => goldKeys.has(initiative.key));
  const precision = hits.length / found.length;
  const recall = hits.length / goldKeys.size;

  // Measured 2026-12-03: 77 found, 84 labelled, 77 right: precision 1.000, recall 0.917 (missed: 全国科普示范县,
  // 科普中国星空讲坛, 一带一路青少年创客营, after the kind words only the seed used were removed (issue 26, item 3); 国家级科幻电影科学顾问库,
  // 科普中国中央厨房, 中国公民科学素质调查 since 调查 is no kind word (the gold of fixtures/gold found its two other hits
  // wrong), and "乡村振兴，科教赋能", read as a slogan). Precision is held at 1.00: the seed's list is the older
  // convention the passes must keep.
  it('reaches precision 1.00 and recall 0.90 against the hand-labelled list', () => {
    console.log(
      `seed initiatives: ${found.length} found, ${goldKeys.size} labelled, ${hits.length} right; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    console.log(
      `  wrong: ${
        found
          .filter((i) => !goldKeys.has(i.key))
          .map((i) => i.name)
          .join(', ') || 'none'
      }`,
    );
    console.log(
      `  missed: ${[...goldKeys].filter((key) => !byKey.has(key) || NOT_PROGRAMMES.has(byKey.get(key)!.kind)).join(', ')}`,
    );
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never lists a formulation or a plan period as a programme', () => {
    for (const name of gold.notInitiatives) {
      const initiative = byKey.get(initiativeKey(name));
      if (initiative) expect(NOT_PROGRAMMES.has(initiative.kind), name).toBe(true);
    }
    expect(byKey.get('四个意识')?.kind).toBe('formulation');
    expect(byKey.get('十四五')?.kind).toBe('period');
  });

  it('counts 《纲要》 under its full title', () => {
    const outline = byKey.get(initiativeKey('全民科学素质行动规划纲要(2021-2035年)'))!;
    expect(outline.aliases).toEqual(['纲要']);
    expect(outline.count).toBe(5);
    expect(outline.occurrences.filter((occurrence) => occurrence.alias === '纲要')).toHaveLength(4);
    expect(byKey.has('纲要')).toBe(false);
  });

  it('keeps quotes nested in a title inside it', () => {
    const notice = byKey.get(initiativeKey('关于利用科普资源助推"双减"工作的通知'))!;
    expect(notice).toMatchObject({ kind: 'document', mark: '《》', name: '关于利用科普资源助推"双减"工作的通知' });
    expect(notice.occurrences[0]).toMatchObject({ sectionId: '2.2', attachment: 1 });
  });

  it('names programmes with their kind and their item', () => {
    expect(byKey.get('天宫课堂')).toMatchObject({ name: '天宫课堂活动', kind: 'campaign', mark: '“”' });
    expect(byKey.get('全国科技馆联动计划')).toMatchObject({ kind: 'programme', mark: '“”' });
    expect(byKey.get('科普中国星空创作培育计划')).toMatchObject({ kind: 'programme', mark: 'none' });
    expect(byKey.get('科普中国星空创作培育计划')!.occurrences[0].sectionPath.map((step) => step.marker)).toEqual([
      '四、',
      '(四)',
    ]);
    expect(byKey.get('全国科普日')).toMatchObject({ kind: 'event', count: 2 });
    expect(byKey.get('百馆千场万人科学家精神宣讲联盟')?.kind).toBe('organisation');
    expect(byKey.get('科幻十条')).toBeDefined();
    expect(byKey.get('最美科技小院')).toBeDefined();
  });

  it('gives each occurrence its exact source span', () => {
    for (const initiative of seed.initiatives) {
      for (const occurrence of initiative.occurrences) {
        const slice = seedText.slice(occurrence.position.start.offset, occurrence.position.end.offset);
        expect(
          initiativeKey(slice).includes(occurrence.alias ? initiativeKey(occurrence.alias) : initiative.key) ||
            slice.includes(initiative.name),
          `${initiative.name} at ${slice}`,
        ).toBe(true);
      }
    }
  });
});

describe('keys and marks', () => {
  it('gives traditional, half-width and full-width copies one key', () => {
    expect(initiativeKey('「科學啟蒙」計劃')).toBe(initiativeKey('“科学启蒙”计划'));
    expect(initiativeKey('《全民科学素质行动规划纲要（2021—2035年）》')).toBe(
      initiativeKey('全民科学素质行动规划纲要(2021-2035年)'),
    );
    expect(initiativeKey('2023中国科幻大会')).toBe(initiativeKey('2022中国科幻大会'));
    expect(initiativeKey('第九届全国科技馆辅导员大赛')).toBe(initiativeKey('第八届全国科技馆辅导员大赛'));
    expect(initiativeKey('“天宫课堂”活动')).toBe(initiativeKey('天宫课堂'));
  });

  it('reads quoted names with their kind word, trims verbs, refuses generic and institutional phrases', () => {
    const text =
      '2023年科普工作要点\n一、重点任务\n（一）实施“科学启蒙”计划，开展"天宫课堂"活动。建立科普工作联席会议制度，开展主题科普活动。\n（二）办好全国科普日、科技活动周，组织农民科学素质网络知识竞赛。\n';
    const names = extractInitiatives(parseCircular(text)).initiatives.map((initiative) => [
      initiative.name,
      initiative.kind,
      initiative.occurrences[0].sectionId,
    ]);
    expect(names).toEqual([
      ['科学启蒙计划', 'programme', '1.1'],
      ['天宫课堂活动', 'campaign', '1.1'],
      ['全国科普日', 'event', '1.2'],
      ['科技活动周', 'event', '1.2'],
      ['农民科学素质网络知识竞赛', 'event', '1.2'],
    ]);
  });

  it('reports a stray straight quote and reads the rest', () => {
    const text = '一、任务\n开展"科普进社区活动，实施"银龄科普"行动和"基层"计划。\n';
    const result = extractInitiatives(parseCircular(text), { source: text });
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.position.start.line])).toEqual([
      ['unclosed-quote', 2],
    ]);
  });

  it('reads titles nested with 〈〉 and <>', () => {
    const text =
      '根据《关于印发〈上海市促进现代航运服务业创新资金管理实施细则〉的通知》和《关于转发<专项资金管理办法>的通知》执行。';
    const names = extractInitiatives(parseCircular(text)).initiatives.map((initiative) => initiative.name);
    expect(names).toEqual([
      '关于印发〈上海市促进现代航运服务业创新资金管理实施细则〉的通知',
      '上海市促进现代航运服务业创新资金管理实施细则',
      '关于转发<专项资金管理办法>的通知',
      '专项资金管理办法',
    ]);
  });
});

describe('one name per span, owners and rounds in front', () => {
  // Sentences in the forms of circulars.md §5 that the development documents do not write (the 2010–2019 reports
  // and the Shanghai notices cited: 新一轮, 论坛年会 and 和 inside a name, see test/extraction-real.test.ts).
  const namesOf = (sentence: string) =>
    extractInitiatives(parseCircular(`通知\n\n${sentence}\n`)).initiatives.map((i) => `${i.name} ${i.kind}`);
  it('lists a title a quoted plan period heads as one document, the period inside it not apart', () => {
    expect(namesOf('印发“十四五”国家科普能力发展规划。')).toEqual(['“十四五”国家科普能力发展规划 document']);
    // The plan named for its years stays the period (the seed's line); a period before a description stays alone.
    expect(namesOf('抓好“十四五”时期重点项目。')).toEqual(['十四五 period']);
  });
  it('keeps the round in front of a name, but reads no name from the round and a kind word alone', () => {
    expect(namesOf('实施新一轮农村电网改造升级工程。')).toEqual(['新一轮农村电网改造升级工程 programme']);
    for (const sentence of ['实施新一轮行动计划。', '开展新一轮专项行动。', '启动新一轮工程。'])
      expect(namesOf(sentence), sentence).toEqual([]);
  });
  it('runs a name over 和 between two nouns, not from a goal that ends in 化', () => {
    expect(namesOf('推动制造业和互联网融合发展试点。')).toEqual(['制造业和互联网融合发展试点 programme']);
    expect(namesOf('推进城乡供水一体化和农村饮水安全巩固提升工程。')).toEqual(['农村饮水安全巩固提升工程 programme']);
  });
  it('reads no description before 的 as the front of a name', () => {
    // A qualifier alone after 的, a frame, a manner, an activity, a clause too short to name a purpose.
    for (const sentence of [
      '实施总投资500亿元的重大项目。',
      '开展面向中小企业的专项行动。',
      '开展以节能为主题的宣传活动。',
      '开展形式多样的科普活动。',
      '启动覆盖全市的监测项目。',
    ])
      expect(namesOf(sentence), sentence).toEqual([]);
  });
  it('ends a list of projects at its kind word, after the verb that sorts it out', () => {
    // A document right after another kind word ends the name (endsCompound); 梳理 is no word of the name.
    expect(namesOf('梳理交通领域重大项目清单。')).toEqual(['交通领域重大项目清单 document']);
  });
  it('keeps the party that owns a campaign and 对口 (a word) in the name', () => {
    expect(namesOf('深入开展党的群众路线教育实践活动。')).toEqual(['党的群众路线教育实践活动 campaign']);
    expect(namesOf('实施中央企业对口支援工程。')).toEqual(['中央企业对口支援工程 programme']);
  });
  it('drops a name inside another one’s span, save a title cited inside a title', () => {
    const mention = (start: number, end: number, kind: Mention['kind'], mark: Mention['mark']): Mention => ({
      start,
      end,
      name: `${start}-${end}`,
      kind,
      mark,
    });
    const title = mention(0, 30, 'document', '《》');
    const inner = mention(5, 15, 'document', '《》');
    const programme = mention(16, 22, 'programme', 'none');
    const after = mention(31, 40, 'programme', 'none');
    const mentions = [programme, after, inner, title];
    dropNested(mentions);
    expect(mentions).toEqual([title, inner, after]);
  });
});

describe('the same plan in traditional characters', () => {
  it('gives the same initiative keys', async () => {
    const { Converter } = await import('opencc-js');
    const traditional = Converter({ from: 'cn', to: 'tw' })(seedText);
    expect(traditional).not.toBe(seedText);
    const keys = (text: string) =>
      new Set(
        extractInitiatives(parseCircular(text))
          .initiatives.filter((i) => !NOT_PROGRAMMES.has(i.kind))
          .map((i) => i.key),
      );
    const simplifiedKeys = keys(seedText);
    const traditionalKeys = keys(traditional);
    const shared = [...simplifiedKeys].filter((key) => traditionalKeys.has(key));
    // OpenCC's cn→tw also changes some words (e.g. 信息 → 資訊), which simplification does not undo one for one.
    expect(shared.length / simplifiedKeys.size).toBeGreaterThanOrEqual(0.9);
  });
});
