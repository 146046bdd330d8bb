// Test data builders that write straight to the database (the API itself is what the tests exercise).
import { DataSource, IsNull } from 'typeorm';
import { Contact, Customer, Department, Role, User, UserRole } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { ScopeLevel } from '@/lib/access';
import { hashPassword } from '@/lib/auth/password';
import { normalizeName } from '@/lib/text';

let seq = 0;
const next = () => ++seq;

export const rootDepartment = (db: DataSource) => db.getRepository(Department).findOneByOrFail({ parentId: IsNull() });

export async function makeDepartment(db: DataSource, parent: Department | null, name = `部门${next()}`) {
  const repo = db.getRepository(Department);
  const saved = await repo.save(repo.create({ name, parentId: parent?.id ?? null, path: '/', enabled: true }));
  saved.path = `${parent?.path ?? '/'}${saved.id}/`;
  return repo.save(saved);
}

export const roleByCode = (db: DataSource, code: string) => db.getRepository(Role).findOneByOrFail({ code });

export async function makeRole(db: DataSource, input: Partial<Role> & { read?: ScopeLevel; write?: ScopeLevel } = {}) {
  const { read = ScopeLevel.SELF, write, ...rest } = input;
  const repo = db.getRepository(Role);
  return repo.save(repo.create({
    name: `角色${next()}`, builtin: false, permissions: [], moduleScopes: {}, customDepartments: [],
    defaultScope: { read, write: write ?? read }, ...rest,
  }));
}

export const TEST_PASSWORD = 'Passw0rd!x';
let hashed: Promise<string> | undefined;

export async function makeUser(db: DataSource, department: Department, roles: Role[], input: Partial<User> = {}) {
  hashed ??= hashPassword(TEST_PASSWORD);
  const n = next();
  const user = await db.getRepository(User).save(db.getRepository(User).create({
    username: `user${n}`, name: `用户${n}`, passwordHash: await hashed, departmentId: department.id,
    status: UserStatus.ACTIVE, mustChangePassword: false, sessionVersion: 1, ...input,
  }));
  if (roles.length) await db.getRepository(UserRole).insert(roles.map((r) => ({ userId: user.id, roleId: r.id })));
  return user;
}

export async function makeCustomer(db: DataSource, owner: User | null, input: Partial<Customer> = {}) {
  const n = next();
  const name = input.name ?? `测试客户${n}有限公司`;
  return db.getRepository(Customer).save(db.getRepository(Customer).create({
    code: `KH-T${String(n).padStart(6, '0')}`, name, nameKey: normalizeName(name), ownerId: owner?.id ?? null,
    createdById: owner?.id ?? 1, ...input,
  }));
}

export async function makeContact(db: DataSource, customer: Customer, input: Partial<Contact> = {}) {
  return db.getRepository(Contact).save(db.getRepository(Contact).create({
    name: `联系人${next()}`, customerId: customer.id, ownerId: customer.ownerId, createdById: customer.createdById, ...input,
  }));
}
