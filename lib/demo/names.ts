// Deterministic, realistic Chinese company and person names for the demo company.
const CITIES = ['北京', '天津', '广州', '深圳', '上海', '石家庄', '佛山', '东莞', '唐山', '保定', '廊坊', '珠海'];
const WORDS = ['华信', '恒泰', '中科', '瑞通', '金桥', '宏达', '博远', '天成', '鼎盛', '新创', '立德', '远航', '长城', '海纳', '润丰', '嘉禾', '启明', '万通', '正元', '卓越'];
const KINDS: [string, string][] = [
  ['科技有限公司', '信息技术'], ['软件股份有限公司', '信息技术'], ['机械制造有限公司', '制造业'], ['建设工程有限公司', '建筑业'],
  ['医疗器械有限公司', '医疗健康'], ['商贸有限公司', '批发零售'], ['物流有限公司', '交通物流'], ['教育咨询有限公司', '教育'],
  ['新能源有限公司', '能源'], ['食品有限公司', '食品饮料'],
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '强', '洋', '艳', '军', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志强', '海燕', '晓东'];
export const DEPARTMENTS = ['信息中心', '采购部', '总经办', '技术部', '财务部', '行政部'];
export const POSITIONS = ['主任', '经理', '总监', '工程师', '采购专员', '副总经理'];
export const SOURCES = ['电话营销', '展会', '客户介绍', '网络推广', '主动来电', '招投标'];
/** Each city's region as the region dictionary codes it (province, or province/city). */
export const REGIONS: Record<string, string> = {
  北京: '北京市', 天津: '天津市', 上海: '上海市', 石家庄: '河北省/石家庄市', 唐山: '河北省/唐山市', 保定: '河北省/保定市', 廊坊: '河北省/廊坊市',
  广州: '广东省/广州市', 深圳: '广东省/深圳市', 佛山: '广东省/佛山市', 东莞: '广东省/东莞市', 珠海: '广东省/珠海市',
};

/** The n-th company: name, city, industry; distinct for n below 2400. */
export function company(n: number) {
  const city = CITIES[n % CITIES.length];
  const word = WORDS[Math.floor(n / CITIES.length) % WORDS.length];
  const [kind, industry] = KINDS[Math.floor(n / (CITIES.length * WORDS.length)) % KINDS.length];
  return { name: `${city}${word}${kind}`, city, industry, region: REGIONS[city] };
}

export const person = (n: number) => SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + 3) % GIVEN.length];
export const mobile = (n: number) => `13${String((800000000 + n * 7919) % 1000000000).padStart(9, '0')}`;
