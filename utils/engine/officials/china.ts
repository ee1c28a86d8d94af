import { expand, type Row } from './rows';

// Official accounts on Chinese platforms. Names are the verified display names as these
// bodies publish them (and as the CAC and state media cite them); numeric ids only where
// they are widely published. Handles and ids were not re-checked live for this release.
const WEIBO: Row[] = [
  ['人民日报', '', '2803301701', 'news'],
  ['央视新闻', '', '2656274875', 'news'],
  ['新华社', '', '', 'news'],
  ['新华视点', '', '', 'news'],
  ['人民网', '', '', 'news'],
  ['环球时报', '', '', 'news'],
  ['中国日报', '', '', 'news'],
  ['中国新闻网', '', '', 'news'],
  ['中国新闻周刊', '', '', 'news'],
  ['头条新闻', '', '', 'news'],
  ['澎湃新闻', '', '', 'news'],
  ['新京报', '', '', 'news'],
  ['光明日报', '', '', 'news'],
  ['央视财经', '', '', 'news'],
  ['经济日报', '', '', 'news'],
  ['中国青年报', '', '', 'news'],
  ['参考消息', '', '', 'news'],
  ['财新网', '', '', 'news'],
  ['第一财经', '', '', 'news'],
  ['南方都市报', '', '', 'news'],
  ['北京日报', '', '', 'news'],
  ['人民画报', '', '', 'news'],
  ['新华网', '', '', 'news'],
  ['解放军报', '', '', 'news'],
  ['中国军网', '', '', 'news'],
  ['东部战区', '', '', 'mil'],
  ['南部战区', '', '', 'mil'],
  ['空军发布', '', '', 'mil'],
  ['中国军视网', '', '', 'news'],
  ['军报记者', '', '', 'news'],
  ['武警部队', '', '', 'mil'],
  ['共青团中央', '', '3937348351', 'inst'],
  ['平安北京', '', '', 'inst'],
  ['警民直通车-上海', '', '', 'inst'],
  ['中国警方在线', '', '', 'inst'],
  ['公安部刑侦局', '', '', 'inst'],
  ['中国长安网', '', '', 'inst'],
  ['最高人民法院', '', '', 'inst'],
  ['最高人民检察院', '', '', 'inst'],
  ['国资小新', '', '', 'inst'],
  ['外交部发言人办公室', '', '', 'inst'],
  ['北京发布', '', '', 'inst'],
  ['上海发布', '', '', 'inst'],
  ['中国消防', '', '', 'inst'],
  ['国家应急广播', '', '', 'inst'],
  ['健康中国', '', '', 'inst'],
  ['国家反诈中心', '', '', 'inst'],
  ['中国警察网', '', '', 'inst'],
  ['深圳交警', '', '', 'inst'],
  ['广州公安', '', '', 'inst'],
];

const DOUYIN: Row[] = [
  ['人民日报', '', '', 'news'],
  ['央视新闻', '', '', 'news'],
  ['新华社', '', '', 'news'],
  ['中国日报', '', '', 'news'],
  ['环球网', '', '', 'news'],
  ['人民网', '', '', 'news'],
  ['新京报', '', '', 'news'],
  ['央视网', '', '', 'news'],
  ['中国军网', '', '', 'news'],
  ['东部战区', '', '', 'mil'],
  ['中国长安网', '', '', 'inst'],
  ['国家反诈中心', '', '', 'inst'],
  ['中国警察网', '', '', 'inst'],
  ['四川观察', '', '', 'news'],
  ['共青团中央', '', '', 'inst'],
  ['中国消防', '', '', 'inst'],
];

const WECHAT: Row[] = [
  ['人民日报', 'rmrbwx', '', 'news'],
  ['新华社', 'xinhuashefabu1', '', 'news'],
  ['央视新闻', 'cctvnewscenter', '', 'news'],
  ['侠客岛', 'xiake_island', '', 'news'],
  // Not 学习小组: the name is an everyday phrase (a study group), and its WeChat id, which
  // would tell the account apart, is not known here.
  ['国防部发布', '', '', 'mil'],
  ['人民海军', '', '', 'mil'],
  ['中国火箭军', '', '', 'mil'],
  ['中部战区', '', '', 'mil'],
  ['北部战区', '', '', 'mil'],
  ['西部战区', '', '', 'mil'],
  ['外交部发言人办公室', '', '', 'inst'],
  ['最高人民法院', '', '', 'inst'],
  ['公安部网安局', '', '', 'inst'],
  ['国家税务总局', '', '', 'inst'],
];

const BILIBILI: Row[] = [
  ['共青团中央', '', '20165629', 'inst'],
  ['央视新闻', '', '456664753', 'news'],
  ['新华社', '', '', 'news'],
  ['人民日报', '', '', 'news'],
  ['中国日报', '', '', 'news'],
  ['人民网', '', '', 'news'],
  ['观察者网', '', '', 'news'],
  ['环球时报', '', '', 'news'],
  ['央视网', '', '', 'news'],
  ['中国军网', '', '', 'news'],
  ['中国长安网', '', '', 'inst'],
  ['国资小新', '', '', 'inst'],
];

const nameSource = (platform: string) => (r: Row) =>
  r[2] ? `${platform} profile, numeric id ${r[2]}` : `${platform} verified account name as published by the body`;

export const CHINA_OFFICIALS = [
  ...expand('weibo', WEIBO, nameSource('weibo.com')),
  ...expand('douyin', DOUYIN, nameSource('douyin.com')),
  ...expand('wechat', WECHAT, (r) => (r[1] ? `WeChat official account, WeChat id ${r[1]}` : 'WeChat official account name')),
  ...expand('bilibili', BILIBILI, nameSource('space.bilibili.com')),
];
