// Turns API errors into what the user reads: translated messages, and field errors placed on form fields.
import type { MessageKey, Translate } from './i18n/catalog';
import { GraphQLRequestError } from './graphql';
import { formatMoney } from './format';

/** Server field messages are plain English; these patterns give their translation. */
const SERVER_MESSAGES: [RegExp, MessageKey, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^is required \(at most (\d+) characters\)/, 'server.requiredMax', (m) => ({ max: m[1] })],
  [/^is required$/, 'server.required', () => ({})],
  [/^must be at most (\d+) characters/, 'server.maxLength', (m) => ({ max: m[1] })],
  [/^must be at least (\d+) characters/, 'server.minLength', (m) => ({ min: m[1] })],
  [/^must be an 11-digit mobile number/, 'server.mobile', () => ({})],
  [/^must be a phone number/, 'server.phone', () => ({})],
  [/^must be an email address/, 'server.email', () => ({})],
  [/^must be 6 digits/, 'server.postcode', () => ({})],
  [/^must be a web address/, 'server.website', () => ({})],
  [/^is not your current password/, 'server.oldPassword', () => ({})],
  [/^too many failed attempts/, 'server.passwordThrottled', () => ({})],
  [/^must contain letters and digits/, 'server.passwordLetters', () => ({})],
  [/^must differ from the old password/, 'server.passwordDiffer', () => ({})],
  [/^must be in the future/, 'server.future', () => ({})],
  [/^must be within (\d+) days/, 'server.withinDays', (m) => ({ days: m[1] })],
  [/^must be an active user/, 'server.activeUser', () => ({})],
  [/^is already the owner/, 'server.alreadyOwner', () => ({})],
  [/^is outside your data scope/, 'server.outsideScope', () => ({})],
  [/^public-pool customers are assigned from the pool/, 'server.poolNotTransferred', () => ({})],
  [/^restore the customer first/, 'server.restoreCustomerFirst', () => ({})],
  [/^A customer with this name already exists$/, 'server.customerNameTaken', () => ({})],
  [/^cannot be set here/, 'server.notSettable', () => ({})],
  [/^must be a date/, 'server.date', () => ({})],
  [/^is disabled$/, 'server.isDisabled', () => ({})],
  [/^is not an existing department/, 'server.notDepartment', () => ({})],
  [/^cannot be the department itself or one of its sub-departments/, 'server.ownSubtree', () => ({})],
  [/^the root department cannot be moved/, 'server.rootMove', () => ({})],
  [/^the root department cannot be disabled/, 'server.rootDisable', () => ({})],
  [/^the department tree would be too deep/, 'server.tooDeep', () => ({})],
  [/still has (\d+) active or not yet activated users/, 'server.deptHasUsers', (m) => ({ count: m[1] })],
  [/^its parent department is disabled/, 'server.parentDisabled', () => ({})],
  [/^must be an existing, not disabled user/, 'server.existingUser', () => ({})],
  [/^must be 2 to 50 characters without spaces/, 'server.username', () => ({})],
  [/^contains an unknown role/, 'server.unknownRole', () => ({})],
  [/^at least one role is required/, 'server.oneRole', () => ({})],
  [/^must be a position of the chosen department/, 'server.positionOfDept', () => ({})],
  [/^You cannot disable your own account/, 'server.ownAccount', () => ({})],
  // Offboarding (SPEC 2.1): the successor and the pool release.
  [/^must be someone else than the user who leaves/, 'server.offboarding.notLeaver', () => ({})],
  [/^Choose a successor, or release the customers/, 'server.offboarding.chooseSuccessor', () => ({})],
  [/^There is no public pool to release the customers to/, 'server.offboarding.noPool', () => ({})],
  [/^Use changePassword for your own password/, 'server.ownPassword', () => ({})],
  [/^The user's department is disabled/, 'server.userDeptDisabled', () => ({})],
  [/^must not be wider than the read scope/, 'server.writeWider', () => ({})],
  [/^choose at least one department for the CUSTOM scope/, 'server.customNeedsDept', () => ({})],
  [/^A department with this name already exists/, 'server.deptNameTaken', () => ({})],
  [/^This username is already taken/, 'server.usernameTaken', () => ({})],
  [/^A role with this name already exists/, 'server.roleNameTaken', () => ({})],
  [/^This department already has a position with this name/, 'server.positionNameTaken', () => ({})],
  [/^This is the last active super administrator/, 'server.lastSuperAdmin', () => ({})],
  [/^exceeds the outstanding amount of ([\d.]+).*at most ([\d.]+) can be recorded/, 'server.exceedsOutstanding', (m) => ({ outstanding: formatMoney(m[1]), available: formatMoney(m[2]) })],
  [/^must equal the sum of the product lines \(([\d.]+)\)/, 'server.linesSum', (m) => ({ sum: m[1] })],
  [/^must not be before the start date/, 'server.endBeforeStart', () => ({})],
  [/^receivables can only be recorded on approved contracts/, 'server.contractNotApproved', () => ({})],
  [/^is not a payment plan of this contract/, 'server.notPlanOfContract', () => ({})],
  [/^would make the plans exceed the contract amount; at most ([\d.]+)/, 'server.planExceeds', (m) => ({ left: formatMoney(m[1]) })],
  [/^is already used by another plan/, 'server.termTaken', () => ({})],
  [/^is required when rejecting/, 'server.commentRequired', () => ({})],
  [/^must be (an amount|a number) greater than 0|^must be greater than 0|^must be an amount with/, 'server.amount', () => ({})],
  [/^does not exist/, 'server.doesNotExist', () => ({})],
  [/^must (be a role with|hold) the contract:approve permission/, 'server.mustApprove', () => ({})],
  [/^is no longer on sale/, 'server.noLongerOnSale', () => ({})],
  // Opportunities (SPEC 3.5): category, stage and date rules, customers, lines.
  [/^must be stage 3 or later/, 'server.opp.shortStage', () => ({})],
  [/^must be stage 2 or later/, 'server.opp.midStage', () => ({})],
  [/^must be stage 1 for a long-term/, 'server.opp.longStage', () => ({})],
  [/^must be the final stage/, 'server.opp.wonStage', () => ({})],
  [/^must be stage 0/, 'server.opp.lostStage', () => ({})],
  [/^must not be in the past/, 'server.opp.past', () => ({})],
  [/^must be within 3 months/, 'server.opp.within3', () => ({})],
  [/^must be within 1 year/, 'server.opp.within12', () => ({})],
  [/^is required for a lost opportunity/, 'server.opp.lostReason', () => ({})],
  [/^must be a direct customer/, 'server.opp.direct', () => ({})],
  [/^must be a distributor/, 'server.opp.distributor', () => ({})],
  [/^must be contacts of the opportunity's customer/, 'server.opp.contacts', () => ({})],
  [/^must equal the sum of the product lines$/, 'server.opp.linesSum', () => ({})],
  [/^must be an amount of at least 0 with at most 2 decimals/, 'server.opp.money', () => ({})],
  [/^must be more than 0 with at most 2 decimals/, 'server.opp.quantity', () => ({})],
  [/^is not (an active product|a product)$/, 'server.opp.inactiveProduct', () => ({})],
  [/^a won opportunity cannot be reopened/, 'server.opp.reopenWon', () => ({})],
  // Data dictionary (issue 13): option names and order.
  [/^another option here already has this name/, 'server.dict.duplicate', () => ({})],
  [/^cannot contain \//, 'server.dict.separator', () => ({})],
  [/^has been used too often/, 'server.dict.usedTooOften', () => ({})],
  [/^options have at most two levels/, 'server.dict.twoLevels', () => ({})],
  [/^must list every option under this parent exactly once/, 'server.dict.reorder', () => ({})],
  // Custom fields (issue 13 item 2).
  [/^".*" is not one of the options/, 'server.cf.notOption', () => ({})],
  [/^".*" is a disabled option/, 'server.cf.disabledOption', () => ({})],
  [/^must be a date \(YYYY-MM-DD\)/, 'server.cf.date', () => ({})],
  [/^must be a number$/, 'server.cf.number', () => ({})],
  [/^must be an active user/, 'server.cf.user', () => ({})],
  [/^is not a custom field of this record/, 'server.cf.unknown', () => ({})],
  [/^is the name of a built-in field/, 'server.cf.builtin', () => ({})],
  [/^another custom field of this module has it/, 'server.cf.taken', () => ({})],
  [/^must start with a small letter/, 'server.cf.key', () => ({})],
  [/^a choice field needs options or a dictionary/, 'server.cf.needOptions', () => ({})],
  // Numbering rules and reminder cadences (issue 13).
  [/^must be 1 to 10 letters, digits/, 'server.numbering.prefix', () => ({})],
  [/numbers would repeat$/, 'server.numbering.repeat', () => ({})],
  [/^must be a whole number from (-?\d+) to (-?\d+)$/, 'server.wholeNumberRange', (m) => ({ min: m[1], max: m[2] })],
];

export function translateServerMessage(t: Translate, message: string): string {
  for (const [pattern, key, params] of SERVER_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return t(key, params(match));
  }
  return message;
}

export const codeOf = (error: unknown): string =>
  error instanceof GraphQLRequestError ? error.code : 'UNKNOWN';

/** One line for a toast: the code's translation (the duplicate-customer conflict names the existing record). */
export function errorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return t('error.UNKNOWN');
  if (error.code === 'CONFLICT' && error.extensions.existingCode) return duplicateMessage(t, error);
  if (error.code === 'FORBIDDEN' && error.message === 'PASSWORD_CHANGE_REQUIRED') return t('error.PASSWORD_CHANGE_REQUIRED');
  const key = `error.${error.code}` as MessageKey;
  const text = t(key);
  return text === key ? t('error.UNKNOWN') : text;
}

function duplicateMessage(t: Translate, error: GraphQLRequestError) {
  const owner = error.extensions.existingOwnerName;
  return t('customer.duplicate', { code: String(error.extensions.existingCode), owner: owner ? String(owner) : t('common.pool') });
}

export interface FormFieldError { name: string; errors: string[] }

/**
 * Field errors to place on a form (antd `form.setFields`), and the message for whatever has no field there.
 * `known` lists the form's field names; errors on other fields go into `message`.
 */
export function formErrorsOf(t: Translate, error: unknown, known: readonly string[]): { fields: FormFieldError[]; message: string | null } {
  if (error instanceof GraphQLRequestError && error.code === 'CONFLICT' && error.extensions.existingCode) {
    const field = String(error.extensions.field ?? 'name');
    const text = duplicateMessage(t, error);
    return known.includes(field) ? { fields: [{ name: field, errors: [text] }], message: null } : { fields: [], message: text };
  }
  if (error instanceof GraphQLRequestError && error.code === 'CONFLICT' && typeof error.extensions.field === 'string') {
    const translated = translateServerMessage(t, error.message);
    const text = translated === error.message ? t('error.CONFLICT') : translated;
    const field = error.extensions.field;
    return known.includes(field) ? { fields: [{ name: field, errors: [text] }], message: null } : { fields: [], message: text };
  }
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.fields.length) {
    const grouped = new Map<string, string[]>();
    const leftover: string[] = [];
    for (const f of error.fields) {
      const text = translateServerMessage(t, f.message);
      if (known.includes(f.field)) grouped.set(f.field, [...(grouped.get(f.field) ?? []), text]);
      else leftover.push(text);
    }
    const fields = [...grouped].map(([name, errors]) => ({ name, errors }));
    return { fields, message: leftover.length ? leftover.join('; ') : fields.length ? null : t('error.BAD_USER_INPUT') };
  }
  return { fields: [], message: errorMessage(t, error) };
}
