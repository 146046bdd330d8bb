// The options a new system starts with (seed 002 §4: sources, communication types, intents, payment methods; seed
// 002 §5: service types; SPEC 5.5: expense types). Each option's code is its name; follow-up methods keep the codes
// the API used before they became a dictionary (PHONE, EMAIL…).
import { REGIONS } from './regions';

export interface DefaultOption { code?: string; name: string; children?: string[] }

export const DEFAULT_OPTIONS: Record<string, DefaultOption[]> = {
  customer_source: ['电话营销', '网络推广', '展会', '客户介绍', '老客户介绍', '主动来电', '招投标', '官网', '广告', '其他'].map((name) => ({ name })),
  industry: ['信息技术', '软件', '电子', '制造业', '建筑业', '医疗健康', '批发零售', '交通物流', '教育', '能源', '食品饮料', '金融', '房地产', '农业', '政府机关', '其他']
    .map((name) => ({ name })),
  region: REGIONS.map(([name, cities]) => ({ name, children: cities })),
  followup_method: [['PHONE', '电话'], ['EMAIL', '邮件'], ['VISIT', '拜访'], ['SMS', '短信'], ['WECHAT', '微信'], ['OTHER', '其他']].map(([code, name]) => ({ code, name })),
  opportunity_intent: ['扫描仪', '存储系统', '软件', '打印机', '耗材', '综合设备'].map((name) => ({ name })),
  loss_reason: ['价格过高', '竞争对手中标', '需求取消', '预算不足', '客户无回应', '其他'].map((name) => ({ name })),
  payment_method: ['银行转账', '现金', '支票', '银行承兑汇票', '支付宝', '微信支付'].map((name) => ({ name })),
  contract_type: ['销售合同', '服务合同', '框架协议', '其他'].map((name) => ({ name })),
  service_type: ['保内维修', '保外维修', '初始安装', '在线支持', '回访', '培训'].map((name) => ({ name })),
  expense_type: ['差旅费', '招待费', '交通费', '通讯费', '办公费', '其他'].map((name) => ({ name })),
};
