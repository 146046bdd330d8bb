// The services' field messages in the words of the import report (Chinese, like the file and its headers).
const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^is required$/, () => '必填'],
  [/^must be at most (\d+) characters$/, (m) => `不能超过 ${m[1]} 个字符`],
  [/^must be an 11-digit mobile number$/, () => '须为 11 位手机号'],
  [/^must be a phone number$/, () => '电话号码格式不正确'],
  [/^must be an email address$/, () => '邮箱格式不正确'],
  [/^must be 6 digits$/, () => '邮编须为 6 位数字'],
  [/^must be a web address$/, () => '网址格式不正确'],
  [/^must be a date \(YYYY-MM-DD\)$/, () => '须为日期（如 2026-12-01）'],
  [/^must be a date and time$/, () => '须为日期时间'],
  [/^must be an amount of at least 0 with at most 2 decimals$/, () => '须为不小于 0、最多两位小数的金额'],
  [/^is not a product category$/, () => '产品分类不存在'],
  [/^can only be set by converting the lead$/, () => '“已转化”只能通过线索转化得到'],
  [/^is not a (lead status|customer type|customer level|product status)$/, () => '取值不在可选范围内'],
  [/^cannot be set here$/, () => '不能导入此列'],
  [/^is invalid$/, () => '格式不正确'],
];

export function reportMessage(message: string): string {
  for (const [pattern, word] of RULES) {
    const m = pattern.exec(message);
    if (m) return word(m);
  }
  return message;
}
