// The pinyin sort key (lib/name-sort/sort-key.ts): Chinese names in 拼音 order, Latin names among them, people's
// polyphonic surnames read as surnames, company words read as words.
import { SORT_KEY_LENGTH, nameSortKey } from '@/lib/name-sort/sort-key';

const sorted = (names: string[], kind: 'person' | 'name' = 'name') =>
  [...names].sort((a, b) => { const [x, y] = [nameSortKey(a, kind), nameSortKey(b, kind)]; return x < y ? -1 : x > y ? 1 : 0; });

test('keys are lower-case toneless syllables separated by single spaces', () => {
  expect(nameSortKey('张三')).toBe('zhang san');
  expect(nameSortKey('北京华信商贸有限公司')).toBe('bei jing hua xin shang mao you xian gong si');
  expect(nameSortKey('吕布')).toBe('lv bu');
  expect(nameSortKey('')).toBe('');
  expect(nameSortKey(null)).toBe('');
});

test('names come in pinyin order: 阿里 first, 李四 before 刘, 张 before 赵', () => {
  expect(sorted(['赵六', '张三', '刘备', '李四', '阿里巴巴', '王五'])).toEqual(['阿里巴巴', '李四', '刘备', '王五', '张三', '赵六']);
  // A syllable ends before a longer one begins: 'li si' < 'liu', not 'lis…' against 'liu'.
  expect(nameSortKey('李四') < nameSortKey('刘')).toBe(true);
  // ü after u, as in the dictionary: 路 lu < 吕 lv.
  expect(sorted(['吕', '路'])).toEqual(['路', '吕']);
});

test('Latin names sort among the Chinese ones by their letters, case and width ignored', () => {
  expect(sorted(['张三', 'Zeta Ltd', 'apple', '北京', 'Banana 公司', '阿里'])).toEqual(['阿里', 'apple', 'Banana 公司', '北京', 'Zeta Ltd', '张三']); // zeta < zhang
  expect(nameSortKey('ＡＢＣ科技')).toBe('abc ke ji');
  expect(nameSortKey('IBM')).toBe(nameSortKey('ibm'));
});

test('punctuation separates words and is otherwise dropped', () => {
  expect(nameSortKey('（北京）华信·商贸')).toBe('bei jing hua xin shang mao');
  expect(nameSortKey('  张   三 ')).toBe('zhang san');
});

test("a person's polyphonic surname is read as a surname; a company's words as words", () => {
  expect(nameSortKey('曾小明', 'person')).toBe('zeng xiao ming');
  expect(nameSortKey('单田芳', 'person')).toBe('shan tian fang');
  expect(nameSortKey('解晓东', 'person')).toBe('xie xiao dong');
  expect(nameSortKey('仇英', 'person')).toMatch(/^qiu /);
  expect(sorted(['张伟', '曾伟', '单伟'], 'person')).toEqual(['单伟', '曾伟', '张伟']);
  expect(nameSortKey('单位')).toBe('dan wei');
  expect(nameSortKey('中国银行')).toBe('zhong guo yin hang');
});

test('a key is cut to the column width', () => {
  const key = nameSortKey('张'.repeat(100));
  expect(key.length).toBeLessThanOrEqual(SORT_KEY_LENGTH);
  expect(key.startsWith('zhang zhang')).toBe(true);
  expect(key.endsWith(' ')).toBe(false);
});
