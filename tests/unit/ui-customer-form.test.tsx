/** @jest-environment jsdom */
// The customer form: client rules mirror the server's, and server errors land on the right fields.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { I18nProvider } from '@/app/_lib/i18n/context';
import { CustomerFormDrawer } from '@/app/(crm)/customers/_components/customer-form-drawer';
import { installBrowserShims } from './ui-setup';

installBrowserShims();

// The form also reads the dictionaries, custom fields and the viewer's field permissions, and asks for duplicates while typing; those get empty answers, and the
// returned mock records only the calls that save (create or update) the customer.
function respond(body: unknown) {
  const saves = jest.fn();
  const fetchMock = jest.fn(async (_url: string, init: { body: string }) => {
    const query: string = JSON.parse(init.body).query;
    if (/query Dictionaries/.test(query)) return { status: 200, json: async () => ({ data: { dictionaries: [] } }) };
    if (/query DuplicateCustomers/.test(query)) return { status: 200, json: async () => ({ data: { duplicateCustomers: [] } }) };
    if (/query CustomFields/.test(query)) return { status: 200, json: async () => ({ data: { customFields: [] } }) };
    if (/query MyFieldPermissions/.test(query)) return { status: 200, json: async () => ({ data: { myFieldPermissions: [] } }) };
    saves(_url, init);
    return { status: 200, json: async () => body };
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return saves;
}

function renderForm(onSaved = jest.fn()) {
  render(
    <I18nProvider initialLocale="zh-CN">
      <App><CustomerFormDrawer open onClose={() => undefined} onSaved={onSaved} /></App>
    </I18nProvider>,
  );
  return onSaved;
}

const input = (field: string) => screen.getByTestId(`customer-form-${field}`) as HTMLInputElement;
const save = () => act(async () => { fireEvent.click(screen.getByTestId('customer-form-submit')); });

describe('CustomerFormDrawer', () => {
  it('refuses a missing name, a bad mobile and a bad postcode before calling the server', async () => {
    const fetchMock = respond({ data: {} });
    renderForm();
    fireEvent.change(input('mobile'), { target: { value: '1380013800' } });
    fireEvent.change(input('postcode'), { target: { value: '12345' } });
    await save();
    expect(await screen.findByText('请填写客户名称')).toBeTruthy();
    expect(screen.getByText('请输入 11 位手机号')).toBeTruthy();
    expect(screen.getByText('邮编为 6 位数字')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the input and reports the created code', async () => {
    const fetchMock = respond({ data: { createCustomer: { id: '7', code: 'KH202611230099' } } });
    const onSaved = renderForm();
    fireEvent.change(input('name'), { target: { value: '北京测试科技有限公司' } });
    fireEvent.change(input('mobile'), { target: { value: '13800138000' } });
    await save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: '7', code: 'KH202611230099' }));
    const body = JSON.parse(fetchMock.mock.calls[0][1].body);
    expect(body.variables.input).toMatchObject({ name: '北京测试科技有限公司', mobile: '13800138000', type: 'DIRECT', level: 'NORMAL' });
  });

  it('shows the duplicate-name conflict with the existing code and owner under the name', async () => {
    respond({ errors: [{ message: 'exists', extensions: { code: 'CONFLICT', field: 'name', existingCode: 'KH202611220001', existingOwnerName: '王建国' } }] });
    const onSaved = renderForm();
    fireEvent.change(input('name'), { target: { value: '北京华信科技有限公司' } });
    await save();
    expect(await screen.findByText('客户已存在：编号 KH202611220001，负责人 王建国')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('maps BAD_USER_INPUT field errors from the server onto their fields', async () => {
    respond({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'website', message: 'must be a web address' }] } }] });
    renderForm();
    fireEvent.change(input('name'), { target: { value: '某公司' } });
    await save();
    expect(await screen.findByText('须为网址')).toBeTruthy();
  });
});
