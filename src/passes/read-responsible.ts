/**
 * Responsible units written after an item: （牵头单位：市教育局；配合单位：市科协）,
 * （海关总署、商务部负责）, (牵头部门:宣传文化部), （市科协牵头，市教育局配合）, (各成员单位).
 * The first unit named leads (排在第一位的部门为牵头部门).
 */

/**
 * The units a task names as responsible: the lead (牵头单位) and those that support it (配合单位).
 *
 * @example
 * readResponsible('（牵头单位：市科协；配合单位：各区科协）') // { lead: ['市科协'], support: ['各区科协'] }
 */
export interface Responsible {
  lead: string | null;
  others: string[];
  /** The note as written, without its brackets. */
  text: string;
}

const ORG_END =
  /(?:单位|部门|委员会|委|局|厅|办公室|办|会|院|部|署|府|区|县|市|中心|协|社|站|所|处|室|队|团|馆|校|组|司|行|台|集团|公司|企业|学会|协会|总队|支队|街道|镇|乡|专班|机构)$/;
const NOTE = /[（(]([^（）()]{2,120})[）)]/g;
const LABELLED = /(牵头|责任|主责|主办|负责|配合|参与|协办)(?:单位|部门)?\s*[:：]\s*([^；;。]+)/g;

function splitUnits(text: string): string[] {
  return text
    .replace(/(?:等(?:有关|相关)?(?:部门|单位)|等)$/, '')
    .split(/[、，,；;和及]/)
    .map((unit) => unit.trim())
    .filter((unit) => unit.length > 0);
}

/** Brackets that qualify what precedes them, not units: （含技工院校）, （包括……）, （如……）. */
const QUALIFYING_NOTE = /^(?:含|包括|不含|不包括|即|如|指|其中|以下)/;

/** Every piece names an organisation: 市教育局, 各成员单位 — not 市、区 (a place qualifier). */
function looksLikeUnits(units: string[]): boolean {
  return (
    units.length > 0 &&
    units.every((unit) => unit.length >= 3 && unit.length <= 30 && ORG_END.test(unit) && !/[。：:0-9]/.test(unit))
  );
}

/**
 * Reads the responsible units from the first bracketed note of `text` that names them.
 *
 * @example
 * readResponsible('（牵头单位：市科协；配合单位：市教委）')?.lead // '市科协'
 */
export function readResponsible(text: string): Responsible | null {
  for (const note of text.matchAll(NOTE)) {
    const inner = note[1].trim();
    if (QUALIFYING_NOTE.test(inner)) continue;
    // 牵头单位：……；配合单位：……
    const labelled = [...inner.matchAll(LABELLED)];
    if (labelled.length > 0) {
      const leads: string[] = [];
      const others: string[] = [];
      for (const [, role, units] of labelled) {
        const list = splitUnits(units);
        if (role === '配合' || role === '参与' || role === '协办') others.push(...list);
        else leads.push(...list);
      }
      const all = [...leads, ...others];
      return { lead: all[0] ?? null, others: all.slice(1), text: inner };
    }
    // 市科协牵头，市教育局配合 / 海关总署、商务部负责 / 市教委、市科委等部门按职责分工负责
    const led =
      /^(.+?)(?:按职责分工|按职责|分别|共同)?(?:牵头|负责|主责)(?:[，,、；;]\s*(.+?)(?:配合|参与|协助)?)?$/.exec(inner);
    if (led) {
      const units = [...splitUnits(led[1]), ...(led[2] ? splitUnits(led[2]) : [])];
      if (looksLikeUnits(units)) return { lead: units[0], others: units.slice(1), text: inner };
    }
    // (各成员单位): a bare list of units.
    const bare = splitUnits(inner);
    if (looksLikeUnits(bare)) return { lead: bare[0], others: bare.slice(1), text: inner };
  }
  return null;
}

// ---- A cell or line that only lists units (for task tables) --------------------------------------
// Kept apart from readResponsible above, which reads the notes written after an item: this one
// reads a whole cell of a task table (牵头部门 / 配合部门 / 实施主体), where nothing but units stands.

/** A unit name, after any bracketed sub-unit: 市交通委（计划财务处） → 市交通委. */
const UNIT_NAME = /^[^。：:；;！？!?\d０-９]{2,40}$/;

/**
 * The units of a cell that names only units, split at 、，,；; and line breaks outside brackets
 * (市交通委（科信处、宣传处）、市港航中心 → two units); null when a piece is not a unit name.
 *
 * @example
 * splitUnitList('各行业主管部门、各区') // ['各行业主管部门', '各区']
 * splitUnitList('建设精品道路100条。') // null
 */
export function splitUnitList(text: string): string[] | null {
  const units: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('（(〔【'.includes(ch)) depth++;
    else if ('）)〕】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;\n]/.test(ch)) {
      units.push(current.trim());
      current = '';
    } else current += ch;
  }
  units.push(current.trim());
  const named = units.filter((unit) => unit.length > 0);
  const isUnit = (unit: string) => {
    const bare = unit.replace(/[（(][^（）()]*[）)]$/, '');
    return UNIT_NAME.test(unit) && ORG_END.test(bare);
  };
  return named.length > 0 && named.every(isUnit) ? named : null;
}

/** Units of two characters that name a level of government, not a place qualifier: 由街镇负责. */
const SHORT_UNIT = /^(?:街镇|乡镇|区县)$/;
/** A list of units: 市教委、市科委, 临港新片区管委会、各区交通主管部门 (two to thirty characters each). */
const UNITS = '((?:[^，,。；;：:、（）()“”"由请]{2,30}?、)*[^，,。；;：:、（）()“”"由请]{2,30}?)';
/**
 * The forms of a sentence that name who acts, most explicit first: 由X牵头, X、Y等部门按职责分工负责, X要/应/于…
 * (the sentence's subject), 请X于…前.
 */
const SENTENCE_FORMS: Array<{ pattern: RegExp; sample: string }> = [
  { pattern: new RegExp(`由${UNITS}(?:牵头|负责|主责|组织)`), sample: '由市交通委牵头' },
  {
    pattern: new RegExp(
      `^${UNITS}(?:等(?:有关|相关)?(?:部门|单位))?(?:按职责分工|按职责|分别|共同)?(?:牵头|负责|主责)(?!人)`,
    ),
    sample: '市教委、市科委等部门按职责分工负责',
  },
  {
    pattern: new RegExp(`^${UNITS}(?:要|应当|应|须|需|于|在|将|会同|按照|认真|及时|切实)`),
    sample: '各区交通主管部门要建立年度核查档案，……于2023年5月19日前',
  },
  {
    pattern: new RegExp(`(?:^|[，,：:])请${UNITS}(?:于|在|通过|按|将|务必|认真|及时)`),
    sample: '2023年5月19日前，请各相关企业通过……',
  },
];

/** A character each sentence form needs (由, 牵头, 负责, 要, 于, 请 …). */
const SENTENCE_CUES = /[由牵负主要应须需于在将会按认及切请]/;

/** A numbered item's marker at the start of a sentence: （二）, (1), 一、, 1. */
const LEADING_MARKER = /^\s*(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.．、])\s*/;

/**
 * The units a sentence names as acting (由X牵头, X负责, X要……于9月底前……, 请X于……), or null when it names none
 * that read as units (申报单位须对申报材料的真实性负责 names a duty, not a unit's task: its subject is no unit).
 *
 * @example
 * readResponsibleInSentence('各区交通主管部门要建立年度核查档案，并于5月19日前报送。')?.lead // '各区交通主管部门'
 */
export function readResponsibleInSentence(sentence: string): Responsible | null {
  // Most sentences hold none of the words the forms need: nothing to match for them.
  if (!SENTENCE_CUES.test(sentence)) return null;
  const text = sentence.replace(LEADING_MARKER, '');
  for (const { pattern } of SENTENCE_FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const units = splitUnits(match[1]);
    if (looksLikeUnits(units))
      return { lead: units[0], others: units.slice(1), text: match[0].replace(/^[，,：:]/, '') };
  }
  return null;
}

/** What a unit does when the text names it the subject of a clause (prose, not a note): X由…协同, X依申请办理. */
const PROSE_FORMS: RegExp[] = [
  new RegExp(`由${UNITS}(?:牵头|负责|主责|组织|统筹|安排|指导)`),
  new RegExp(
    `(?:^|[，,])${UNITS}(?:等(?:有关|相关)?(?:部门|单位))?(?:按职责分工|按职责|分别|共同)?(?:牵头|负责|主责)(?!人)`,
  ),
  new RegExp(
    `(?:^|[，,])${UNITS}(?:要|应当|应|须|需|将|会同|按照|按|依|向|由|认真|及时|切实|建立|组织|开展|推进|落实|制定|研究|根据)`,
  ),
];

/** Words a clause starts with when its subject is left unsaid (对……，提供……; 协调督促……). */
const VERB_FIRST =
  /^(?:提供|编制|组织|开展|推进|协调|督促|建立|制定|研究|落实|负责|参与|审核|指导|统筹|形成|承办|对|为|在|经|将|把|按|依|通过|根据|其中)/;

/**
 * How a unit named in prose starts: a level of government or a collective (区规划资源局, 各行业主管部门, 街道办事处,
 * 属地街镇, 项目建设单位); prose is read only for these, as a verb phrase can end like a unit (联合有关部委, 推动各级科协).
 */
const UNIT_FIRST = /^(?:区|市|县|镇|乡|省|各|街道|街镇|乡镇|属地|相关|有关|国务院|中央|全国|国家|项目)/;

/** The units of the first prose form a clause of `sentence` names, as [lead, …others], or null. */
function unitsOfClause(sentence: string): string[] | null {
  const text = sentence.replace(LEADING_MARKER, '');
  for (const pattern of PROSE_FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const units = splitUnits(match[1]);
    // 提供编制更新方案所(需), 协调督促各职能部门: a clause that starts with a verb has no unit for its subject.
    if (units.some((unit) => VERB_FIRST.test(unit) || !UNIT_FIRST.test(unit))) continue;
    if (looksLikeUnits(units) || (units.length === 1 && SHORT_UNIT.test(units[0]))) return units;
  }
  return null;
}

/**
 * The units the prose of an item names (units written in its text, not in a note): each sentence's acting unit,
 * by the forms of circulars.md §6 (由X牵头, X负责, X、Y等部门按职责分工负责) and a unit as the subject of a clause (X应…,
 * X由…, X按照…). The first unit named leads; the units of later sentences and paragraphs are the others, in the
 * order written. Only whole unit names (ending in 局, 委, 办, 单位, 部门 …) count, never a fragment of a sentence.
 *
 * @example
 * readResponsibleInProse(['区规划资源局负责本区规划土地管理工作。', '区经委负责产业政策。'])
 * // { lead: '区规划资源局', others: ['区经委'], text: '区规划资源局负责…' }
 */
export function readResponsibleInProse(paragraphs: string[]): Responsible | null {
  const units: string[] = [];
  const said: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[。；;！？!?])/)) {
      if (!SENTENCE_CUES.test(sentence) && !/[依向按建组开推落制研根]/.test(sentence)) continue;
      const found = unitsOfClause(sentence.trim());
      if (!found) continue;
      said.push(sentence.trim());
      for (const unit of found) if (!units.includes(unit)) units.push(unit);
    }
  }
  if (units.length === 0) return null;
  return { lead: units[0], others: units.slice(1), text: said.join('') };
}
