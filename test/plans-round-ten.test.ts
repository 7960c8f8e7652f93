/**
 * Initiatives of municipal plans that issue 20's tenth round reads (the Shanghai refined-management plan's missed
 * classes): attached lists, stores a city sets up, projects named by a place's facility and a phase. Each rule is
 * checked on real lines of more than one document, with the negatives next to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { extractInitiatives } from '../src/passes/extract-initiatives.js';
import { type Mention, findAttachedList } from '../src/passes/find-initiative-mentions.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const cache = new Map<string, ReturnType<typeof extractInitiatives>['initiatives']>();
/** The initiatives of a fixture, less formulations and plan periods. */
function initiatives(path: string) {
  let found = cache.get(path);
  if (!found) {
    const text = readFileSync(join(root, path), 'utf8');
    found = extractInitiatives(parseCircular(text, { name: path }), { source: text }).initiatives.filter(
      (initiative) => initiative.kind !== 'formulation' && initiative.kind !== 'period',
    );
    cache.set(path, found);
  }
  return found;
}
const names = (path: string) => initiatives(path).map((initiative) => initiative.name);
/** The initiatives read in one text, as "name kind". */
const namedIn = (text: string) =>
  extractInitiatives(parseCircular(text), { source: text })
    .initiatives.filter((initiative) => initiative.kind !== 'formulation' && initiative.kind !== 'period')
    .map((initiative) => `${initiative.name} ${initiative.kind}`);
const plan = 'corpus/shanghai/2024-2026-refined-management-plan.md';
const seed = 'seed/cast-2022-kepu-plan-forwarded.txt';

describe('an attached list named by its title', () => {
  it('reads the title of an attachment that is a list as the document attached', () => {
    const list = initiatives(plan).find((initiative) => initiative.name.includes('任务清单'));
    expect(list).toMatchObject({
      name: '交通领域精细化管理工作三年行动计划任务清单（2024-2026年）',
      kind: 'document',
    });
    // Line 94 is the attachment's own title (the 附件： line above it is the list of attachments).
    expect(list!.occurrences.map((occurrence) => occurrence.position.start.line)).toEqual([94]);
  });

  it('leaves the titles of attachments of other kinds, and titles of no name, to the other rules', () => {
    // The plan the notice issues (its attachment's title, line 28) and the seed's 工作要点 (line 9) are no lists.
    const issued = initiatives(plan).filter(
      (initiative) => initiative.name === '上海市交通领域精细化管理工作方案（2024-2026年）',
    );
    expect(issued.flatMap((i) => i.occurrences.map((o) => o.position.start.line))).not.toContain(28);
    const points = initiatives(seed).find((initiative) => initiative.name === '中国科协2022年科普工作要点');
    expect(points?.occurrences.map((occurrence) => occurrence.position.start.line)).not.toContain(9);
    // The title must be a list's name: not a class of units' list (国务院部门权力清单), not a form (登记表).
    const read = (title: string) => {
      const mentions: Mention[] = [];
      findAttachedList(title, mentions);
      return mentions.map((mention) => mention.name);
    };
    expect(read('国务院部门权力清单')).toEqual([]);
    expect(read('企业经营情况及运力登记表')).toEqual([]);
    expect(read('城市管理精细化工作任务清单(2024-2026年)')).toEqual(['城市管理精细化工作任务清单(2024-2026年)']);
  });
});

describe('a store the city sets up', () => {
  it('keeps "this city" in front of a knowledge base as its owner', () => {
    const store = initiatives(plan).find((initiative) => initiative.name.endsWith('知识库'));
    expect(store).toMatchObject({ name: '本市交通行业重点领域重大事故隐患判定标准知识库', kind: 'platform' });
    expect(store!.occurrences.map((occurrence) => occurrence.position.start.line)).toEqual([76, 532, 534]);
  });

  it('reads no store from a use of one, nor from this city with too few words of a name', () => {
    // The seed's 丰富流动科普资源库 enriches a kind of store (no owner, a generic name).
    expect(names(seed).filter((name) => /资源库|数据库|知识库/.test(name))).toEqual([]);
    expect(namedIn('建立本市重点项目数据库。')).toEqual([]);
    expect(namedIn('建立本市交通数据库。')).toEqual([]);
  });
});

describe('a project named by a place and its facility, and its phase', () => {
  it('reads an airport terminal project, with the phase in brackets inside the name', () => {
    expect(names(plan)).toEqual(
      expect.arrayContaining(['虹桥机场航站楼智慧卫生间项目', '浦东机场航站楼卫生间更新配套装修（二期）项目']),
    );
    expect(namedIn('推进洋山码头智能闸口改造(三期)工程。')).toEqual(['洋山码头智能闸口改造(三期)工程 programme']);
  });

  it('reads no project of a kind of facility, nor of a class of works', () => {
    // 2022 shipping call, line 50: 港机等制造类项目 is a class of projects.
    expect(names('corpus/shanghai/2022-shipping-services-call.md').filter((name) => name.includes('港机'))).toEqual([]);
    expect(namedIn('推进民用机场航站楼卫生间改造项目。')).toEqual([]);
    expect(namedIn('推进各机场航站楼卫生间改造项目。')).toEqual([]);
    // A phase alone does not make a name (改造(二期)项目).
    expect(namedIn('推进改造（二期）项目。')).toEqual([]);
  });
});

describe('a quoted place or works that the text builds', () => {
  it('reads a quoted road or circle of life that is built or developed as a programme', () => {
    const kinds = initiatives(plan).filter((i) => ['四好农村路', '15分钟生活圈'].includes(i.name));
    expect(kinds.map((i) => `${i.name} ${i.kind}`).sort()).toEqual(['15分钟生活圈 programme', '四好农村路 programme']);
  });

  it('leaves formulations, and quotes no building acts on, out', () => {
    // 2017 report: 进三大战略和“四大板块”发展 (板块 is no works), “一带一路”建设进展 (the progress, line 44) keeps the
    // programme's name from 推进“一带一路”建设; 2019: 实行“携号转网”; 2010: “港人治港” (no building).
    expect(names('work-reports/2017.txt')).not.toContain('四大板块');
    expect(initiatives('work-reports/2017.txt').find((i) => i.key === '一带一路')?.name).toBe('一带一路建设');
    expect(names('work-reports/2019.txt')).not.toContain('携号转网');
    expect(names('work-reports/2010.txt')).not.toContain('港人治港');
    expect(namedIn('坚持“四个全面”高质量发展。')).toEqual([]);
    // A quote that modifies the noun after it is not what the verb carries out (推进“一带一路”国际合作).
    expect(namedIn('推进“一带一路”国际合作。')).toEqual([]);
    expect(namedIn('推进“一带一路”。')).toEqual(['一带一路 programme']);
  });
});

describe('a named system of governance the text sets up', () => {
  it('reads a quoted name before 治理体系 as a programme, where it is set up', () => {
    const system = initiatives(plan).find((i) => i.name === '数字管安治理体系');
    expect(system?.kind).toBe('programme');
    expect(system!.occurrences.map((occurrence) => occurrence.position.start.line)).toEqual([532, 538]);
  });

  it('reads no programme from a short quote, nor from the unquoted system of the state', () => {
    expect(namedIn('深化“放管服”治理体系。')).toEqual([]);
    // The 2014 report's 推进国家治理体系和治理能力现代化 names the state's governance, not a programme.
    expect(names('work-reports/2014.txt').filter((name) => name.includes('治理体系'))).toEqual([]);
  });
});

describe('a pilot written as the verb 试点 and its object', () => {
  it('reads what a clause opened by 试点 pilots, without the verb', () => {
    const piloted = initiatives(plan).filter((i) => i.kind === 'programme' && /示范运营|污水管网/.test(i.name));
    expect(piloted.map((i) => `${i.name} ${i.occurrences.map((o) => o.position.start.line).join(',')}`).sort()).toEqual(
      ['船舶生活污水直接上岸接入城市污水管网 74,520', '集装箱新能源车示范运营 72,498'],
    );
  });

  it('reads nothing where 试点 is the noun: its scope, its lead, a result', () => {
    // 2010 report, line 343: ，试点范围扩大到23%的县; 2014 report, line 168: ，试点先行.
    expect(names('work-reports/2010.txt').filter((name) => name.includes('23%'))).toEqual([]);
    expect(names('work-reports/2014.txt').filter((name) => name.startsWith('先行'))).toEqual([]);
    expect(namedIn('各区要总结经验，试点地区扩大到全市各街镇。')).toEqual([]);
    // Too short to be a work of its own (试点推进垃圾分类).
    expect(namedIn('加强管理，试点推进垃圾分类。')).toEqual([]);
  });
});
