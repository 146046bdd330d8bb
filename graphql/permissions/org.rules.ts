// Rules for organisation administration (departments, positions, users, roles, audit and login logs).
import type { ShieldRule } from './rules';

export function orgQueryRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  void signedIn;
  return {};
}

export function orgMutationRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  void signedIn;
  return {};
}
