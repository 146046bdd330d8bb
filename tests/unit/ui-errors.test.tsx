/** @jest-environment jsdom */
// API errors become translated form field errors and messages (server field names map onto form fields).
import { GraphQLRequestError } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf, translateServerMessage } from '@/app/_lib/errors';
import { translator } from '@/app/_lib/i18n/catalog';

const zh = translator('zh-CN');
const en = translator('en');

describe('translateServerMessage', () => {
  it('translates the server field messages, keeping their numbers', () => {
    expect(translateServerMessage(zh, 'must be at most 50 characters')).toBe('最多 50 个字符');
    expect(translateServerMessage(en, 'must be an 11-digit mobile number')).toBe('Must be an 11-digit mobile number');
    expect(translateServerMessage(zh, 'must be 6 digits')).toBe('须为 6 位数字');
    expect(translateServerMessage(zh, 'is required')).toBe('必填');
    expect(translateServerMessage(zh, 'is required (at most 50 characters)')).toBe('必填，最多 50 个字符');
  });

  it('leaves an unknown message as it is rather than inventing one', () => {
    expect(translateServerMessage(zh, 'something new')).toBe('something new');
  });
});

describe('formErrorsOf', () => {
  const fields = ['name', 'mobile', 'postcode', 'profile'];

  it('puts BAD_USER_INPUT field errors on their form fields, translated and grouped', () => {
    const error = new GraphQLRequestError('invalid', 'BAD_USER_INPUT', [
      { field: 'mobile', message: 'must be an 11-digit mobile number' },
      { field: 'postcode', message: 'must be 6 digits' },
      { field: 'profile', message: 'must be at most 50 characters' },
    ]);
    const { fields: placed, message } = formErrorsOf(zh, error, fields);
    expect(message).toBeNull();
    expect(placed).toEqual([
      { name: 'mobile', errors: ['须为 11 位手机号'] },
      { name: 'postcode', errors: ['须为 6 位数字'] },
      { name: 'profile', errors: ['最多 50 个字符'] },
    ]);
  });

  it('reports errors on fields the form does not have in the message instead of dropping them', () => {
    const error = new GraphQLRequestError('invalid', 'BAD_USER_INPUT', [
      { field: 'name', message: 'is required' },
      { field: 'id', message: 'You cannot disable your own account' },
    ]);
    const result = formErrorsOf(zh, error, fields);
    expect(result.fields).toEqual([{ name: 'name', errors: ['必填'] }]);
    expect(result.message).toBe('不能停用自己的账号');
  });

  it('shows a duplicate customer name with the existing code and owner on the name field', () => {
    const error = new GraphQLRequestError('exists', 'CONFLICT', [], { field: 'name', existingCode: 'KH202611220001', existingOwnerName: '王建国' });
    expect(formErrorsOf(zh, error, fields)).toEqual({ fields: [{ name: 'name', errors: ['客户已存在：编号 KH202611220001，负责人 王建国'] }], message: null });
    expect(formErrorsOf(en, error, fields).fields[0].errors[0]).toBe('The customer already exists: code KH202611220001, owner 王建国');
  });

  it('names the public pool when the existing customer has no owner', () => {
    const error = new GraphQLRequestError('exists', 'CONFLICT', [], { field: 'name', existingCode: 'KH1', existingOwnerName: null });
    expect(formErrorsOf(zh, error, fields).fields[0].errors[0]).toBe('客户已存在：编号 KH1，负责人 公海');
  });

  it('puts other conflicts with a field on that field', () => {
    const error = new GraphQLRequestError('This username is already taken', 'CONFLICT', [], { field: 'username' });
    expect(formErrorsOf(zh, error, ['username'])).toEqual({ fields: [{ name: 'username', errors: ['该用户名已被使用'] }], message: null });
  });

  it('turns every other error into one translated message', () => {
    expect(formErrorsOf(zh, new GraphQLRequestError('no', 'FORBIDDEN'), fields)).toEqual({ fields: [], message: '您没有权限执行此操作' });
    expect(formErrorsOf(en, new Error('boom'), fields).message).toBe('Something went wrong; please try again');
  });
});

describe('errorMessage', () => {
  it('translates each error code and falls back for unknown ones', () => {
    expect(errorMessage(zh, new GraphQLRequestError('x', 'NOT_FOUND'))).toBe('记录不存在或您无权查看');
    expect(errorMessage(en, new GraphQLRequestError('x', 'UNAUTHENTICATED'))).toBe('Your session has ended; please sign in again');
    expect(errorMessage(zh, new GraphQLRequestError('x', 'WHATEVER'))).toBe('操作失败，请重试');
    expect(errorMessage(zh, new GraphQLRequestError('PASSWORD_CHANGE_REQUIRED', 'FORBIDDEN'))).toBe('请先修改密码');
  });
});

describe('errorMessage of the request limits', () => {
  it('says in words why a heavy, too complex or malformed request was refused', () => {
    expect(errorMessage(zh, new GraphQLRequestError('busy', 'TOO_MANY_REQUESTS'))).toBe('您已有导出或导入正在进行，请稍后再试');
    expect(errorMessage(zh, new GraphQLRequestError('too many aliases', 'QUERY_TOO_COMPLEX'))).toBe('请求过于复杂，请减少一次选取的内容后重试');
    expect(errorMessage(en, new GraphQLRequestError('bad json', 'BAD_REQUEST'))).toBe('The request was malformed; please reload the page and try again');
  });
});
