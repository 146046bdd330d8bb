// The bench organisation: 100 departments in four levels (root → regions → branches → sales groups, plus
// functional departments), 1 000 users with the built-in roles, regional pools, and the viewers' API tokens.
import { Conn, maxId, rows, step } from './sql';
import { GIVEN, SURNAMES } from './words';

const REGIONS: [string, string[]][] = [
  ['华北销售中心', ['北京分公司', '天津分公司', '河北分公司']],
  ['华东销售中心', ['上海分公司', '江苏分公司', '浙江分公司']],
  ['华南销售中心', ['广东分公司', '福建分公司', '广西分公司']],
  ['华中销售中心', ['湖北分公司', '湖南分公司', '河南分公司']],
  ['西部销售中心', ['四川分公司', '重庆分公司', '陕西分公司']],
];
const FUNCTIONAL = ['总经办', '财务部', '人力行政部', '客服中心'];
const GROUPS_PER_BRANCH = 5;
const GROUP_NAMES = ['销售一组', '销售二组', '销售三组', '销售四组', '销售五组'];
export const USERS = 1000;
export const GROUPS = REGIONS.length * 3 * GROUPS_PER_BRANCH;

/** What the rest of the generator needs to know about the organisation (ids are explicit and contiguous). */
export interface Org {
  rootId: number;
  /** Salespeople are users salesBase+0 … salesBase+sales-1; salesperson k works in group (k × 37) mod 75. */
  salesBase: number;
  sales: number;
  /** User ids of the managers of each region (index 0..4) and each group (index 0..74). */
  regionManagerBase: number;
  groupLeaderBase: number;
  adminId: number;
  ceoId: number;
  regionPoolBase: number;
  defaultPoolId: number;
  userBase: number;
}

/** Group of salesperson k: spread so that the busiest salespeople (small k) land in different regions. */
export const groupOfSales = (k: string) => `((${k}) * 37 MOD ${GROUPS})`;
export const regionOfGroup = (g: string) => `((${g}) DIV ${3 * GROUPS_PER_BRANCH})`;

export async function generateOrg(conn: Conn, passwordHash: string): Promise<Org> {
  const [root] = await rows<{ id: number; path: string }>(conn, 'SELECT id, path FROM department WHERE parent_id IS NULL ORDER BY id LIMIT 1');
  const dBase = await maxId(conn, 'department');
  const depts: [number, string, number, string, number][] = []; // id, name, parent, path, sort
  let next = dBase;
  const add = (name: string, parent: number, parentPath: string, sort: number) => {
    const id = ++next;
    depts.push([id, name, parent, `${parentPath}${id}/`, sort]);
    return { id, path: `${parentPath}${id}/` };
  };
  const functional = FUNCTIONAL.map((name, i) => add(name, root.id, root.path, 10 + i));
  const regions: { id: number; path: string }[] = [];
  const branches: { id: number; path: string }[] = [];
  const groups: { id: number; path: string }[] = [];
  REGIONS.forEach(([name, branchNames], r) => {
    const region = add(name, root.id, root.path, 20 + r);
    regions.push(region);
    branchNames.forEach((branchName, b) => {
      const branch = add(branchName, region.id, region.path, b);
      branches.push(branch);
      GROUP_NAMES.forEach((g, k) => groups.push(add(`${branchName.replace('分公司', '')}${g}`, branch.id, branch.path, k)));
    });
  });
  await conn.query('INSERT INTO department (id, name, parent_id, path, enabled, sort_order) VALUES ?', [depts.map(([id, name, parent, path, sort]) => [id, name, parent, path, 1, sort])]);

  const roles = new Map((await rows<{ id: number; code: string }>(conn, 'SELECT id, code FROM role WHERE code IS NOT NULL')).map((r) => [r.code, r.id]));
  const uBase = await maxId(conn, 'user');
  const users: [number, string, string, number, string][] = []; // id, username, name, department, role code
  const person = (i: number) => SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7 + Math.floor(i / SURNAMES.length)) % GIVEN.length];
  const addUser = (username: string, department: number, role: string) => {
    const id = uBase + users.length + 1;
    users.push([id, username, person(users.length), department, role]);
    return id;
  };
  const adminId = addUser('bench_admin', functional[0].id, 'SUPER_ADMIN');
  const ceoId = addUser('bench_ceo', root.id, 'DEPT_MANAGER');
  addUser('bench_it', functional[2].id, 'SYSTEM_ADMIN');
  for (let i = 0; i < 3; i++) addUser(`bench_fin${i + 1}`, functional[1].id, 'FINANCE');
  for (let i = 0; i < 4; i++) addUser(`bench_svc${i + 1}`, functional[3].id, 'SERVICE');
  const regionManagerBase = uBase + users.length + 1;
  regions.forEach((region, i) => addUser(`bench_region${i + 1}`, region.id, 'DEPT_MANAGER'));
  branches.forEach((branch, i) => addUser(`bench_branch${i + 1}`, branch.id, 'DEPT_MANAGER'));
  const groupLeaderBase = uBase + users.length + 1;
  groups.forEach((group, i) => addUser(`bench_leader${i + 1}`, group.id, 'DEPT_MANAGER'));
  const salesBase = uBase + users.length + 1;
  const sales = USERS - users.length;
  for (let k = 0; k < sales; k++) addUser(`bench_sales${k + 1}`, groups[(k * 37) % GROUPS].id, 'SALES');

  await conn.query(
    'INSERT INTO user (id, username, name, password_hash, department_id, status, must_change_password, session_version, email, phone, last_login_at) VALUES ?',
    [users.map(([id, username, name, dept], i) => [id, username, name, passwordHash, dept, 'ACTIVE', 0, 1, `${username}@bench.example.cn`, `1380000${String(i).padStart(4, '0')}`, new Date()])],
  );
  await conn.query('INSERT INTO user_role (user_id, role_id) VALUES ?', [users.map(([id, , , , role]) => [id, roles.get(role)!])]);
  const heads = [[root.id, ceoId], ...regions.map((r, i) => [r.id, regionManagerBase + i]), ...branches.map((b, i) => [b.id, regionManagerBase + regions.length + i]), ...groups.map((g, i) => [g.id, groupLeaderBase + i])];
  for (const [dept, head] of heads) await conn.query('UPDATE department SET head_id = ? WHERE id = ?', [head, dept]);

  const [defaultPool] = await rows<{ id: number }>(conn, 'SELECT id FROM pool WHERE is_default = 1 LIMIT 1');
  const regionPoolBase = (await maxId(conn, 'pool')) + 1;
  await conn.query('INSERT INTO pool (id, name, is_default, recycle_enabled, exempt_deal_customers, exempt_open_opportunities, warn_days) VALUES ?',
    [REGIONS.map(([name], i) => [regionPoolBase + i, name.replace('销售中心', '区域公海'), 0, 0, 1, 1, 3])]);
  await conn.query('INSERT INTO pool_member (pool_id, kind, member_id, include_children) VALUES ?', [regions.map((r, i) => [regionPoolBase + i, 'DEPARTMENT', r.id, 1])]);
  await conn.query('INSERT INTO pool_rule (pool_id, level, no_follow_up_days, no_opportunity_days, no_deal_days) VALUES ?',
    [REGIONS.flatMap((_, i) => [[regionPoolBase + i, 'CORE', 60, null, 365], [regionPoolBase + i, 'HIGH_GROWTH', 45, null, 180], [regionPoolBase + i, 'NORMAL', 30, null, 90]])]);
  console.log(`  organisation: ${depts.length} departments, ${users.length} users (${sales} salespeople), ${REGIONS.length} regional pools`);
  return { rootId: root.id, salesBase, sales, regionManagerBase, groupLeaderBase, adminId, ceoId, regionPoolBase, defaultPoolId: defaultPool.id, userBase: uBase };
}

/** Bench API tokens: fixed strings (a bench database only), stored hashed like real ones. */
export const benchToken = (role: string) => `crm_bench_${role}_token`;

export async function createTokens(conn: Conn, viewers: Record<string, number>) {
  for (const [role, userId] of Object.entries(viewers)) {
    const token = benchToken(role);
    await step(conn, `token ${role}`, `INSERT INTO api_token (user_id, name, token_hash, prefix, expires_at) VALUES (?, ?, SHA2(?, 256), ?, '2099-12-31 00:00:00')`, [userId, `bench ${role}`, token, token.slice(0, 12)]);
  }
}
