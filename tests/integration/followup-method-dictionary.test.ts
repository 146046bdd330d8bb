// The follow-up method (跟进方式) comes from the data dictionary (issue 13 item 1): an option the administrator adds is
// accepted by its name and stored by its code, a disabled one is refused on a new follow-up but kept by one that
// already holds it, a value that is no option is BAD_USER_INPUT on `method`, and exports show the option's name.
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { GET as exportRoute } from '@/app/api/exports/route';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { Actor, CREATE, UPDATE, actor, fieldsOf, logFollowUp } from './followup-support';

let db: DataSource;
let it: Actor;
let li: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  it = await actor(db, ['SYSTEM_ADMIN']);
  li = await actor(db, ['SALES']);
});
afterAll(async () => closeTestDatabase(db));

test('an added method is taken by name and stored by code; disabled ones stay on the follow-ups that hold them', async () => {
  const customer = await makeCustomer(db, li.user, { name: '跟进方式字典测试有限公司' });
  const option = (await ok(it.as, 'mutation($input: AddDictionaryOptionInput!) { addDictionaryOption(input: $input) { id code } }', {
    input: { kind: 'followup_method', name: '视频会议' },
  })).addDictionaryOption;
  const byName = await logFollowUp(li.as, 'customer', customer.id, { method: '视频会议' });
  expect(byName.method).toBe(option.code);
  // The built-in codes still work, by code or by name.
  expect((await logFollowUp(li.as, 'customer', customer.id, { method: '拜访' })).method).toBe('VISIT');

  const unknown = await gql(li.as, CREATE, { input: { parentType: 'customer', parentId: String(customer.id), subject: '致电', method: '飞鸽传书', objective: '目的', result: '结果' } });
  expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(unknown)).toEqual(['method']);

  await ok(it.as, 'mutation($id: ID!) { updateDictionaryOption(id: $id, input: { enabled: false }) { id } }', { id: option.id });
  const disabled = await gql(li.as, CREATE, { input: { parentType: 'customer', parentId: String(customer.id), subject: '致电', method: '视频会议', objective: '目的', result: '结果' } });
  expect(fieldsOf(disabled)).toEqual(['method']);
  // The follow-up that holds it may keep it while other fields change.
  const kept = await gql(li.as, UPDATE, { id: byName.id, input: { method: option.code, result: '会议纪要已发' } });
  expect(kept.errors).toBeUndefined();
  expect(kept.data?.updateFollowUp).toMatchObject({ method: option.code, result: '会议纪要已发' });

  // The export reads the option's name, disabled or not.
  const answer = (await ok(li.as, 'mutation($input: ExportFollowUpsInput!) { exportFollowUpsLink(input: $input) { url count } }',
    { input: { format: 'CSV', filter: { parentType: 'customer', parentId: String(customer.id) } } })).exportFollowUpsLink;
  expect(answer.count).toBe(2);
  const token = li.as && 'token' in li.as ? li.as.token : '';
  const res = await exportRoute(new NextRequest(`http://localhost${answer.url}`, { headers: { authorization: `Bearer ${token}` } }));
  const [header, ...rows] = Buffer.from(await res.arrayBuffer()).toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((l) => l.split(','));
  const methods = rows.map((r) => r[header.indexOf('方式')]).sort();
  expect(methods).toEqual(['拜访', '视频会议'].sort());
});
