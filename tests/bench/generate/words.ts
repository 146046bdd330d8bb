// Word lists for the bench company: Chinese company names (city + 字号 + industry + form), people, sentences.
// Kept apart from lib/demo/names.ts on purpose: industries never end a name the way the demo's do, so the
// demo company loaded underneath can never collide with a generated name (customer names are unique).

export const CITIES = [
  '北京', '天津', '石家庄', '唐山', '保定', '太原', '呼和浩特', '沈阳', '大连', '长春', '哈尔滨', '济南', '青岛', '烟台', '郑州',
  '上海', '南京', '苏州', '无锡', '常州', '杭州', '宁波', '温州', '嘉兴', '合肥', '福州', '厦门', '南昌', '广州', '深圳',
  '佛山', '东莞', '珠海', '中山', '汕头', '南宁', '海口', '长沙', '武汉', '宜昌', '成都', '绵阳', '重庆', '贵阳', '昆明',
  '西安', '兰州', '银川', '西宁', '乌鲁木齐',
];
export const PROVINCE_OF_CITY = [
  '北京', '天津', '河北', '河北', '河北', '山西', '内蒙古', '辽宁', '辽宁', '吉林', '黑龙江', '山东', '山东', '山东', '河南',
  '上海', '江苏', '江苏', '江苏', '江苏', '浙江', '浙江', '浙江', '浙江', '安徽', '福建', '福建', '江西', '广东', '广东',
  '广东', '广东', '广东', '广东', '广东', '广西', '海南', '湖南', '湖北', '湖北', '四川', '四川', '重庆', '贵州', '云南',
  '陕西', '甘肃', '宁夏', '青海', '新疆',
];
/** First and second character of the 字号 (trade name): 80 × 80 combinations. */
export const ZIHAO_FIRST = [...'华恒中瑞金宏博天鼎新立远长海润嘉启万正卓盛鑫泰丰永安康源创凯东德隆福兴昌荣信达通和美佳晨光明辉腾飞龙凤祥益富贵宝峰川江山雅诚志伟俊豪宇航星月阳春秋森林晟'];
export const ZIHAO_SECOND = [...'信泰达通盛源丰瑞华发昌隆德兴利宏鑫创新远成安和美康泽辉明光耀博胜科宇航洲海川山峰林森茂祥福寿嘉禧旺越驰腾飞翔龙虎豹麟凤鹏威力强晟晖煜璟琪瑜璞致诚睿智'];
/** Industry words (never one of the demo's name endings). */
export const INDUSTRIES = [
  '网络科技', '电子科技', '信息技术', '贸易', '机电设备', '建筑工程', '医药', '供应链管理', '教育科技', '能源科技',
  '食品科技', '化工', '环保科技', '新材料', '汽车配件', '文化传媒', '广告', '装饰工程', '餐饮管理', '酒店管理',
  '生物科技', '实业', '投资管理', '置业', '纺织', '塑胶制品', '五金制品', '照明电器', '电气', '仪器仪表',
  '包装材料', '印刷', '家具', '陶瓷', '玻璃制品', '农业发展', '水产', '钢铁贸易', '物业管理', '人力资源',
];
/** The industry column: one label per industry word above. */
export const INDUSTRY_LABELS = [
  '信息技术', '信息技术', '信息技术', '批发零售', '制造业', '建筑业', '医疗健康', '交通物流', '教育', '能源',
  '食品饮料', '化工', '环保', '制造业', '制造业', '文化传媒', '文化传媒', '建筑业', '住宿餐饮', '住宿餐饮',
  '医疗健康', '综合', '金融', '房地产', '纺织服装', '制造业', '制造业', '制造业', '制造业', '制造业',
  '制造业', '文化传媒', '制造业', '制造业', '制造业', '农林牧渔', '农林牧渔', '批发零售', '房地产', '商务服务',
];
export const FORMS = ['有限公司', '有限责任公司', '股份有限公司'];
export const SOURCES = ['电话营销', '展会', '客户介绍', '网络推广', '主动来电', '招投标', '老客户转介绍', '地推'];
export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'];
export const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '强', '洋', '艳', '军', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志强', '海燕', '晓东',
  '丽', '勇', '平', '刚', '桂英', '玉兰', '辉', '鹏', '华', '红', '建国', '建军', '文', '斌', '宇', '浩', '凯', '晨', '欣怡', '子轩'];
export const POSITIONS = ['总经理', '副总经理', '采购经理', '技术总监', '财务经理', '行政主管', '采购专员', '工程师', '项目经理', '董事长'];
export const CONTACT_DEPARTMENTS = ['总经办', '采购部', '技术部', '财务部', '行政部', '信息中心', '生产部', '市场部'];
export const SUBJECTS = ['致电', '来电', '去访', '来访', '微信沟通', '邮件往来', '方案交流', '报价跟进'];
export const METHODS = ['PHONE', 'PHONE', 'PHONE', 'WECHAT', 'WECHAT', 'VISIT', 'EMAIL', 'SMS', 'OTHER'];
export const OBJECTIVES = ['了解采购计划', '介绍新产品', '确认需求细节', '跟进报价', '催收货款', '商务谈判', '技术交流', '节日问候', '安排演示', '回访使用情况'];
export const RESULTS = ['客户有意向，约下周详谈', '客户暂无需求，保持联系', '已发送报价单', '客户要求调整方案', '已确认付款时间', '对方负责人出差，改期',
  '客户认可技术方案', '竞争对手报价更低，需要再议', '客户同意试用', '已签回合同'];
export const NEXT_STEPS = ['下周再次电话跟进', '准备正式报价', '安排技术人员上门', '发送合同草稿', '邀请参加展会', '月底前回访'];
export const TASK_TITLES = ['拜访重点客户', '整理客户资料', '准备投标文件', '催收应收款', '提交周报', '更新商机阶段', '联系潜在客户', '安排产品演示', '合同审核', '客户满意度回访'];
export const LEAD_STATUSES = ['NEW', 'NEW', 'CONTACTED', 'CONTACTED', 'QUALIFIED', 'INVALID', 'CONVERTED'];
export const NOTIFICATION_KINDS = ['pool.warning', 'opportunity.followup', 'task.due', 'followup.due', 'payment_plan.due', 'comment'];
export const COMMENTS = ['注意跟进节奏', '这个客户很重要，尽快安排拜访', '报价需要再核实', '做得好，继续保持', '请补充客户需求细节', '下次拜访叫上技术同事'];

/** An SQL expression choosing list[index] for an integer SQL expression `index` in 0..list.length-1. */
export function pick(list: readonly string[], index: string): string {
  return `ELT(1 + (${index}), ${list.map((w) => `'${w.replace(/'/g, "''")}'`).join(', ')})`;
}
