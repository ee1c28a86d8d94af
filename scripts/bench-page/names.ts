import type { PageId } from './options';

/** One account the timeline cycles through; `impostor` = the extension is expected to flag it. */
export interface TimelineName {
  name: string;
  /** x.com: the @handle (a pass number is appended on later passes); m.weibo.cn: the numeric uid. */
  handle: string;
  impostor: boolean;
}

/**
 * Claims the engine flags without a matching badge (checked with `npm run classify`): the kind
 * page-cost.mjs's flagged list holds, plus Chinese institution and state-media names, a
 * traditional-script lookalike (央視新聞) and a police bureau shown without a badge.
 */
const X_IMPOSTORS = [
  'Strategic Missile Force',
  '央视新闻',
  '律师免费法律咨询',
  '人民日报',
  '新华社',
  '环球时报',
  'CGTN Europe',
  'Ministry of Defence Press Service',
  '解放军报',
  'MFA Spokesperson',
  'Global Times Opinion',
  'TASS Agency',
  '上海市公安局',
  '中国人民解放军火箭军司令部',
  '央視新聞',
  '北京市公安局',
  '国防部发布',
  '共青团中央',
  '中国消防',
  '外交部发言人办公室',
];

const WEIBO_IMPOSTORS = [
  '中国人民解放军火箭军司令部',
  '央視新聞',
  '北京市公安局',
  '央视新闻',
  '人民日报',
  '国防部发布',
  '上海市公安局',
  '外交部发言人办公室',
  '新华社',
  '中国消防',
  '共青团中央',
  '人民日報',
  '律师免费法律咨询',
  '解放军报',
  '环球时报',
];

/** Ordinary people and hobby accounts in many scripts (page-cost.mjs's list, abridged). */
const X_GENUINE = [
  '田中 太郎',
  'さくら🌸',
  '김민준',
  '李小龙粉丝',
  '王伟',
  'محمد العلي',
  'Аня Смирнова',
  'Dmitri K.',
  'NASA Fan Club',
  'The Daily Chef 🍳',
  'bikepacking bex',
  'Café Lumière',
  'João Silva',
  'Zoë Müller',
  'Ólafur fan account',
  'Priya Sharma',
  'Nguyễn Văn An',
  'ธนพล',
  'Ahmet Yılmaz',
  'Łukasz Nowak',
  'Seattle Transit Nerd',
  'Local Weather Bot',
  'Open Source Daily',
  'rustacean ferris',
  'GPU Whisperer',
  'indie dev 🎮',
  'Mom of 3 | runner',
  'Dr. Amara Okafor',
  'Bookworm Central',
  'Vinyl Collector',
  '小红',
  '阿杰',
  '深夜食堂',
  'ゲーム実況者',
  'Hiroshi 🗻',
  'Kwame Mensah',
  'Fatima Zahra',
];
const X_FIRST = [
  'Alex',
  'Sam',
  'Jordan',
  'Taylor',
  'Morgan',
  'Chris',
  'Jamie',
  'Robin',
  'Casey',
  'Riley',
  'Emily',
  'Noah',
  'Mei',
];
const X_LAST = ['Smith', 'Garcia', 'Chen', 'Kowalski', 'Okoye', 'Haddad', 'Nakamura', 'Petrov', 'Moreau', 'Costa', 'Singh'];
const X_DECOR = ['', '', '', ' 🌿', ' | dev', ' (she/her)', ' ✈️', ' 📚', ', PhD'];

const WEIBO_GENUINE = [
  '小红',
  '阿杰',
  '深夜食堂',
  '王伟',
  '李小龙粉丝',
  '爱吃火锅的猫',
  '北漂小李',
  '广州吃货',
  '摄影师老周',
  '跑步的阿文',
  '追星少女',
  '成都美食君',
  '考研的小张',
  '今天也要加油鸭',
  '程序员小陈',
  '读书笔记',
  '旅行日记',
  '猫咪日常',
  '篮球迷阿强',
  '余霜YSCandice',
  '骆歆同学',
  '军事观察达人',
  '明天会更好',
  '一只小熊',
  '咖啡与书',
  '山城小雨',
  '东北大碴子',
  '西湖边的风',
  '海边的卡夫卡迷',
];
const WEIBO_SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙'];
const WEIBO_GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超'];
const WEIBO_DECOR = ['', '', '_', '2024', '的日常', '酱', '同学', 'Official粉丝'];

const NAMES_PER_LIST = 200;

/** 200 accounts, every tenth (index 3, 13, …) an impostor: about one in ten posts. */
export function timelineNames(page: PageId): TimelineName[] {
  const impostors = page === 'x' ? X_IMPOSTORS : WEIBO_IMPOSTORS;
  const genuine = page === 'x' ? X_GENUINE : WEIBO_GENUINE;
  const generated = (k: number): string =>
    page === 'x'
      ? `${X_FIRST[k % X_FIRST.length]} ${X_LAST[(k * 7 + Math.floor(k / X_FIRST.length)) % X_LAST.length]}${X_DECOR[k % X_DECOR.length]}`
      : `${WEIBO_SURNAMES[k % WEIBO_SURNAMES.length]}${WEIBO_GIVEN[(k * 7 + Math.floor(k / WEIBO_SURNAMES.length)) % WEIBO_GIVEN.length]}${WEIBO_DECOR[k % WEIBO_DECOR.length]}`;
  const out: TimelineName[] = [];
  let impostorIndex = 0;
  let genuineIndex = 0;
  for (let i = 0; i < NAMES_PER_LIST; i++) {
    const impostor = i % 10 === 3;
    const name = impostor
      ? impostors[impostorIndex++ % impostors.length]!
      : (genuine[genuineIndex] ?? generated(genuineIndex - genuine.length));
    if (!impostor) genuineIndex++;
    // Handles stay within X's 15 characters with a pass digit appended; uids are 10 digits.
    const handle = page === 'x' ? `bench_${String(i).padStart(3, '0')}_` : String(7_900_000_000 + i);
    out.push({ name, handle, impostor });
  }
  return out;
}
