// Product categories: a small tree (parent + sort among siblings). Readable by everyone; product:manage changes it.
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Product, ProductCategory } from '@/entities';
import { Viewer } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, conflict, notFound } from '@/lib/errors';
import { blankToNull } from '@/lib/text';

export interface ProductCategoryFields { name?: string; parentId?: number | null; sort?: number | null }

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/** Every live category, parents before children, siblings by sort then name. */
export async function listProductCategories(manager: EntityManager): Promise<ProductCategory[]> {
  return manager.find(ProductCategory, { where: { deletedAt: IsNull() }, order: { sort: 'ASC', name: 'ASC', id: 'ASC' } });
}

/** The category id and the ids of every live category below it (categories are few: one query, walked here). */
export async function categoryAndDescendants(manager: EntityManager, id: number): Promise<number[]> {
  const all = await listProductCategories(manager);
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const c of all) if (c.parentId === out[i] && !out.includes(c.id)) out.push(c.id);
  return out;
}

async function clean(manager: EntityManager, input: ProductCategoryFields, creating: boolean, selfId?: number) {
  const errors = new FieldErrors();
  const out: ProductCategoryFields = {};
  if (input.name !== undefined) out.name = blankToNull(input.name) ?? undefined;
  if (creating || input.name !== undefined) errors.check(!!out.name, 'name', 'is required');
  if (out.name && [...out.name].length > 50) errors.add('name', 'must be at most 50 characters');
  if (input.sort !== undefined && input.sort !== null) {
    errors.check(Number.isInteger(input.sort) && input.sort >= 0 && input.sort <= 9999, 'sort', 'must be a whole number from 0 to 9999');
    out.sort = input.sort;
  }
  if (input.parentId !== undefined) {
    out.parentId = input.parentId === null ? null : Number(input.parentId);
    if (out.parentId !== null) {
      const parent = Number.isSafeInteger(out.parentId) ? await manager.findOneBy(ProductCategory, { id: out.parentId, deletedAt: IsNull() }) : null;
      if (!parent) errors.add('parentId', 'is not a product category');
      else if (selfId && (await categoryAndDescendants(manager, selfId)).includes(parent.id)) errors.add('parentId', 'cannot be the category itself or one below it');
    }
  }
  errors.throwIfAny();
  return out;
}

export async function createProductCategory(db: DataSource, viewer: Viewer, input: ProductCategoryFields) {
  return inTransaction(db, async (manager) => {
    const fields = await clean(manager, input, true);
    const saved = await manager.save(manager.create(ProductCategory, { name: fields.name!, parentId: fields.parentId ?? null, sort: fields.sort ?? 0 }));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'product_category', entityId: saved.id, changes: { ...fields } });
    return saved;
  });
}

export async function updateProductCategory(db: DataSource, viewer: Viewer, id: number, input: ProductCategoryFields) {
  return inTransaction(db, async (manager) => {
    const category = Number.isSafeInteger(id) ? await manager.findOneBy(ProductCategory, { id, deletedAt: IsNull() }) : null;
    if (!category) throw notFound('Product category');
    const fields = await clean(manager, input, false, id);
    const changes = diff(category, fields as Partial<ProductCategory>);
    if (!Object.keys(changes).length) return category;
    Object.assign(category, fields);
    const saved = await manager.save(category);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'product_category', entityId: id, changes });
    return saved;
  });
}

/** Soft-deletes an empty category; one with live sub-categories or products is refused (CONFLICT). */
export async function deleteProductCategory(db: DataSource, viewer: Viewer, id: number) {
  return inTransaction(db, async (manager) => {
    const category = Number.isSafeInteger(id) ? await manager.findOneBy(ProductCategory, { id, deletedAt: IsNull() }) : null;
    if (!category) throw notFound('Product category');
    if (await manager.existsBy(ProductCategory, { parentId: id, deletedAt: IsNull() })) throw conflict('The category has sub-categories', { reason: 'HAS_CHILDREN' });
    if (await manager.existsBy(Product, { categoryId: id, deletedAt: IsNull() })) throw conflict('The category still has products', { reason: 'HAS_PRODUCTS' });
    await manager.update(ProductCategory, { id }, { deletedAt: new Date() });
    await audit(manager, actorOf(viewer), { action: 'delete', entityType: 'product_category', entityId: id });
    return true;
  });
}
