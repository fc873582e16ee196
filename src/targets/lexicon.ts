/**
 * Word lists the extractor reads policy texts with: target verbs, comparator words, metric words, zone and scope
 * words, subject-type keywords. General to the genre (municipal industrial plans), not to any one document.
 */

/** Comparator words immediately before a figure, longest first, with the comparator they state. */
export const COMPARATOR_WORDS: readonly [string, '>' | '>=' | '=' | '~' | '<=' | '<'][] = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['达', '>='],
  ['实现', '>='],
  ['超过', '>'],
  ['突破', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['过', '>'],
  ['超', '>'],
  ['不超过', '<='],
  ['不高于', '<='],
  ['控制在', '<='],
  ['最高', '<='],
  ['壮大为', '>='],
  ['成为', '>='],
  ['低于', '<'],
  ['约', '~'],
  ['近', '~'],
];

/** Words between a comparator and its figure that do not change it (力争达到, 均突破, 分别达到). */
export const FILLER_BEFORE_FIGURE = /(?:力争|争取|确保|均|分别|各|累计|合计|总计|再|都|为|到|在)+$/;

/** Verbs that create or reach the counted things: a count right after them is a target (培育10个, 新增80个). */
export const CREATION_VERBS =
  /(?:培育形成|培育|新增|净增|新引进|引进|招引|建成|建设|新建|建立|创建|组建|设立|打造|形成|发展|壮大|新开工|开工|新投产|投产|实施|完成|选树|留住|吸引|集聚|认定|评选|储备|筛选|推进|服务|新登记|登记|创成|争创|扶持|挂牌|上市|达到|突破|超过|建|育|引)$/;

/** Verbs that act on an existing set: a count right after them is not a target (抓好20户, 推动6个, 聚焦1-2个). */
export const NON_TARGET_VERBS =
  /(?:抓好|推动|做大做强|聚焦|围绕|联系|调研|对|支持|依托|按照|覆盖|涉及|包括|包含|含|有|是|为|占)$/;

/** Verbs after which a count with its noun after it ("培育100名…企业家", "新开工600个…项目") is a target. */
export const COUNT_VERBS =
  /(?:培育形成|培育|新增|净增|新引进|引进|招引|建成|建设|新建|建立|创建|组建|设立|打造|形成|发展|壮大|新开工|开工|新投产|投产|完成|选树|留住|吸引|集聚|认定|储备|筛选|新登记|争创|服务|推进|评选|选育|扶持|孵化|实施)(?:至少|不少于|超过|达到)?$/;

/** Reward verbs and nouns: a money figure near them is a reward (给予一次性100万元奖励). */
export const REWARD_WORDS = /给予|奖励|奖补|补贴|补助|兑现|资助|扶持资金|一次性/;

/** Markers of a statement of fact (not a target) before a figure: 现有20户, 目前, 已经. */
export const FACT_MARKERS =
  /现有|原有|目前|已有|已经|已达|截至|截止|去年|上年|同比|比上年|较上年|由现有|今年以来/;

/** Words that change a fact marker into a target again (由现有5万元增加到10万元). */
export const CHANGE_TO = /增加到|提高到|提升到|扩大到|增至|提高至|壮大为|达到|增长到|到|实现|倍增|翻/;

/** Aggregation words, in priority order. */
export const AGGREGATION_WORDS: readonly [RegExp, 'annual' | 'annual_average' | 'cumulative'][] = [
  [/年均|平均每年|年平均/, 'annual_average'],
  [/累计|合计|总计|\d+年内|[一二两三四五六七八九十]年内/, 'cumulative'],
  [/每年|逐年|年度|常年|年年|当年/, 'annual'],
];

/** Measure words of counts that are not targets (一批, 一次, 第二届, 9号). */
export const NON_TARGET_MEASURES = /^(?:批|次|轮|届|期|号|条|张|遍|代|版|页|级|档|类|方面|大|点|线|链)$/;

/** Scope heads: a clause-initial noun phrase ending in one of these names the entity group. */
export const SCOPE_HEAD =
  /^(?:(?:三大|四个|五个|六个|两个|各|全市|全省|全县|每个|每|各个)?(?:国家级开发区|开发区|新城区|中心城区|城区|县区|县（市、区）|县\(市、区\)|县市区|县(?:市|区)?|区|市|乡镇|园区|功能区|板块)(?:\([^)]*\)|（[^）]*）)?(?:重点工业园区)?)/;

/** Metric words and the metric they name, longest first. */
export const METRIC_WORDS: readonly [RegExp, string][] = [
  [/亩均税收|亩产税收|亩均效益/, '亩均税收'],
  [/主营业务收入|营业收入|营业务收入|总收入|销售收入|营收|产销/, '营业收入'],
  [/工业总产值|总产值|产值/, '产值'],
  [/产业规模|(?<=[\u4e00-\u9fff]{2})(?<![总基金资投])规模/, '产业规模'],
  [/增加值/, '增加值'],
  [/税收|纳税/, '税收'],
  [/到位资金/, '到位资金'],
  [/投资额|签约金额|总投资|投资/, '投资额'],
  [/占比|比重|比例|占/, '占比'],
  [/增速|增幅/, '增速'],
  [/个数|家数|户数|数量|总数|数/, '数量'],
  [/金额|标准/, '金额'],
];

/** Subjects that are statistical indicators (the subject keeps the metric word: 规模以上工业增加值, 地区生产总值). */
export const INDICATOR_SUBJECT =
  /生产总值|GDP|增加值|固定资产投资|工业投资|技改投资|社会消费品零售总额|社零|进出口|出口|利用外资|外资|FDI|到位资金|财政收入|税收收入|一般公共预算|规上工业总产值|规模以上工业总产值|工业总产值|居民.*收入|率$|集中度|强度$|能耗|研发投入|R&D|城镇化/;

/** Subject-type keywords, checked in order on the subject (and the words after the figure). */
export const SUBJECT_TYPE_WORDS: readonly [RegExp, string][] = [
  [/人才|院士|专家|企业家|工匠|大学生|毕业生|得主|人员|团队|博士|职工|劳动力/, 'talent'],
  [/基金|专项资金|资金池|经费|社会投资/, 'funds'],
  [/楼宇|厂房|写字楼|基站/, 'buildings'],
  [/项目/, 'projects'],
  [/园区|产业园|科创园|开发区|集聚区|示范区|新城区|工业园|(?<!产业)基地(?!建设)/, 'parks'],
  [/中心|研究院|实验室|孵化器|众创空间|平台|机构|研发机构|创新联盟/, 'platforms'],
  [/企业|公司|冠军|市场主体|工厂|“四上”|四上|小巨人|瞪羚|独角兽|龙头/, 'firms'],
  [/产业集群|集群|块状经济|产业板块|产业基地/, 'cluster'],
  [/产业|行业|制造业|服务业|经济|(?:加工|物流|旅游|建筑|商贸|软件)业$/, 'industry'],
];

/** Generic suffixes dropped from a subject (光电子信息产业集群 → 光电子信息). */
export const GENERIC_SUFFIX = /(?:产业集群|产业|行业)$/;

/** Leading words dropped from a subject: verbs of doing, adverbs, connectives. */
export const LEADING_NOISE =
  /^(?:[,，、:：;；]|——|—|•|·|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d)|\d{1,2}[)）](?=[\u4e00-\u9fff])|[①-⑳]|给予|一次性|再给予|引进(?![和与及、])|其中|同时|并|以及|和|及|与|力争|争取|确保|全年|年内|当年|每年|年均|累计|全力|着力|重点|加快|大力|积极|努力|进一步|持续|逐步|分别|各|均|共|再|通过|实现|推动|推进|培育形成|新培育|加快培育|培育|形成|招引落地|引进落地|招引|引育|落地|集聚|滚动实施|滚动推进|滚动|支持|鼓励|引导|扶持|力促|促进|建成|建设|建立|创建|组建|设立|打造|发展|壮大|完成|实施|使之|使其|使|让|对|在|为|将|把|按照|以|全市|全省|全县|本市|我市|现有|抓紧|全面|扎实|深入|切实|着力|所在地|市财政|市级财政|财政|使之|使其|乃至|到(?=全市|全省|20)|被认定为|经认定的)+/;
