// When one edit to a short Chinese official name still reads as that name (see lookalike.ts).
//
// Four or five Chinese characters carry a name, but they also sit one edit from ordinary words:
// 北京日记 (a diary) is one substitution from 北京日报, 健康中国人 one appended character from
// 健康中国. An impostor's edit is one a reader's eye slides over (detection.md: a name that
// "equals or nearly equals a known official account"): a character swapped for one that looks
// like it (人民曰报), or a stroke-like letter slipped in as a separator (人民丨日报).

/**
 * Characters that look alike at a glance, one group a string, each in lookalike-key form
 * (simplified, skeleton applied). Every group holds a character of a short official name;
 * UTS #39 already folds the exact homoglyphs (士→土, 一→ー), these are near ones.
 */
export const CJK_LOOKALIKE_GROUPS: readonly string[] = [
  '日曰目旦',
  '人入八',
  '民氏',
  '报执',
  '央夬史',
  '视规现觇',
  '观现规',
  '新亲',
  '闻间问阅',
  '华毕',
  '社杜祉',
  '点占',
  '网冈罔',
  '环坏还',
  '球求',
  '时吋',
  '中申巾',
  '国图固囯围',
  '头斗',
  '条杀',
  '澎膨',
  '湃拜',
  '京亰凉',
  '光兴',
  '明朋',
  '财材',
  '经径轻',
  '济挤',
  '青靑责',
  '年午',
  '参叁',
  '考孝老',
  '消硝宵',
  '息思',
  '第弟笫',
  '南商',
  '方万',
  '都郝',
  '市巿币',
  '布市',
  '北比',
  '画面',
  '解鲜',
  '放故',
  '军车',
  '东冻',
  '部郜剖',
  '战站',
  '区匹',
  '空穷',
  '发友',
  '记纪',
  '者着',
  '武式',
  '警擎',
  '队坠',
  '共兵',
  '团困',
  '平乎',
  '安妄',
  '上土',
  '海悔梅',
  '长张',
  '资姿',
  '小少',
  '交文',
  '防仿',
  '家冢',
  '健键',
  '康唐庚',
  '心必',
  '深探',
  '圳训',
  '州洲川',
  '四匹',
  '侠挟',
  '客容',
  '岛鸟',
  '习刁',
  '组阻',
  '火大',
  '箭剪',
  '西酉',
  '公分',
  '局居',
];

/** Stroke-like letters the key keeps (丶, 丿 and ノ fold away; 一 folds to ー). */
export const SEPARATOR_LIKE = 'ー丨乀亅ㄧ丄';

// Built on first use: only a name already one edit from an official one asks.
let groupsOf: Map<string, number[]> | undefined;

function lookAlike(x: string, y: string): boolean {
  if (!groupsOf) {
    groupsOf = new Map();
    CJK_LOOKALIKE_GROUPS.forEach((g, i) => {
      for (const ch of g) groupsOf!.set(ch, [...(groupsOf!.get(ch) ?? []), i]);
    });
  }
  const gy = groupsOf.get(y);
  return !!gy && (groupsOf.get(x) ?? []).some((g) => gy.includes(g));
}

/** The official key is Chinese and short enough that an arbitrary edit may give an ordinary word. */
export function isShortCjk(official: readonly string[], other: readonly string[]): boolean {
  if (Math.min(official.length, other.length) >= 6) return false;
  for (const ch of official) if (ch.charCodeAt(0) >= 0x2e80) return true;
  return false;
}

/**
 * For a name one edit from a short Chinese official key (withinOneEdit holds): whether that edit
 * is a look-alike substitution or an inserted separator-like letter. Deletions, swaps and other
 * insertions (健康中国 + 人) do not count.
 */
export function editLooksAlike(name: readonly string[], official: readonly string[]): boolean {
  let i = 0;
  while (i < name.length && i < official.length && name[i] === official[i]) i++;
  if (name.length === official.length) {
    const rest = name.slice(i + 1).join('') === official.slice(i + 1).join('');
    return rest && lookAlike(name[i]!, official[i]!);
  }
  // One inserted: the first differing character (any of a run of equal ones) is the insertion.
  return name.length === official.length + 1 && SEPARATOR_LIKE.includes(name[i]!);
}
