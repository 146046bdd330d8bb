// The product catalogue (SPEC 3.6): every signed-in user reads it; changes need product:manage (checked by the
// shield rule) and are audited. Products and categories are soft-deleted, never removed.
import { Brackets, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Product, ProductCategory } from '@/entities';
import { ProductStatus } from '@/entities/product.entity';
import { Viewer, requireIds } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, conflict, notFound } from '@/lib/errors';
import { PageArgs, paginate } from '@/lib/pagination';
import { ESCAPE, blankToNull, likePattern } from '@/lib/text';
import { MAX_CENTS, formatCents, parseCents } from '@/lib/contract/money';
import { categoryAndDescendants } from './product-category.service';

export interface ProductFields {
  name?: string;
  model?: string | null;
  unit?: string | null;
  price?: string;
  status?: ProductStatus;
  categoryId?: number | null;
  description?: string | null;
}
export interface ProductFilter {
  keyword?: string | null;
  /** The category and everything below it. */
  categoryId?: number | null;
  status?: ProductStatus | null;
  deleted?: boolean | null;
}

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });
const LENGTHS: Record<string, number> = { name: 100, model: 100, unit: 20, description: 500 };

/** Checks and cleans product input; `creating` makes name and price required. */
export async function cleanProductFields(manager: EntityManager, input: ProductFields, creating: boolean): Promise<ProductFields> {
  const errors = new FieldErrors();
  const out: ProductFields = {};
  for (const [key, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    if (key in LENGTHS) {
      const value = blankToNull(raw as string | null);
      if (typeof value === 'string' && [...value].length > LENGTHS[key]) errors.add(key, `must be at most ${LENGTHS[key]} characters`);
      (out as Record<string, unknown>)[key] = value;
    } else if (key === 'price') {
      if (raw === null || raw === '') continue; // reported once below as required
      const cents = parseCents(raw as string);
      if (cents === null || cents > MAX_CENTS) errors.add('price', 'must be an amount of at least 0 with at most 2 decimals');
      else out.price = formatCents(cents);
    } else if (key === 'status') {
      if (!Object.values(ProductStatus).includes(raw as ProductStatus)) errors.add('status', 'is not a product status');
      else out.status = raw as ProductStatus;
    } else if (key === 'categoryId') {
      out.categoryId = raw === null ? null : Number(raw);
    } else {
      errors.add(key, 'cannot be set here');
    }
  }
  if (creating || 'name' in input) errors.check(typeof out.name === 'string' && out.name.length > 0, 'name', 'is required');
  if (creating || 'price' in input) errors.check(input.price !== undefined && input.price !== null && input.price !== '', 'price', 'is required');
  if (out.categoryId !== undefined && out.categoryId !== null) {
    const exists = Number.isSafeInteger(out.categoryId) && await manager.existsBy(ProductCategory, { id: out.categoryId, deletedAt: IsNull() });
    if (!exists) errors.add('categoryId', 'is not a product category');
  }
  errors.throwIfAny();
  return out;
}

/** Refuses a second live product with the same name and model (the catalogue lists each product once). */
async function assertUnique(manager: EntityManager, name: string, model: string | null, exceptId?: number) {
  const qb = manager.createQueryBuilder(Product, 'p').where('p.deletedAt IS NULL').andWhere('p.name = :name', { name });
  qb.andWhere(model === null ? 'p.model IS NULL' : 'p.model = :model', { model });
  if (exceptId) qb.andWhere('p.id <> :exceptId', { exceptId });
  if (await qb.getExists()) throw conflict('A product with this name and model already exists', { field: 'name' });
}

export async function listProducts(db: DataSource | EntityManager, filter: ProductFilter = {}, page: PageArgs = {}) {
  const manager = db instanceof DataSource ? db.manager : db;
  const qb = manager.createQueryBuilder(Product, 'p').where(filter.deleted ? 'p.deletedAt IS NOT NULL' : 'p.deletedAt IS NULL');
  const keyword = filter.keyword?.trim();
  if (keyword) {
    qb.andWhere(new Brackets((w) => { w.where(`p.name LIKE :kw${ESCAPE}`).orWhere(`p.model LIKE :kw${ESCAPE}`); }), { kw: likePattern(keyword) });
  }
  if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
  if (filter.categoryId) qb.andWhere('p.categoryId IN (:...categoryIds)', { categoryIds: await categoryAndDescendants(manager, Number(filter.categoryId)) });
  // In pinyin order (lib/name-sort): idx_product_live_name_sort.
  qb.orderBy('p.nameSort', 'ASC').addOrderBy('p.id', 'ASC');
  return paginate(qb, page);
}

export const findProduct = (manager: EntityManager, id: number) =>
  (Number.isSafeInteger(id) && id > 0 ? manager.findOneBy(Product, { id }) : Promise.resolve(null));

export async function createProduct(db: DataSource, viewer: Viewer, input: ProductFields): Promise<Product> {
  return inTransaction(db, async (manager) => {
    const fields = await cleanProductFields(manager, input, true);
    await assertUnique(manager, fields.name!, fields.model ?? null);
    const product = await manager.save(manager.create(Product, {
      model: null, unit: null, description: null, categoryId: null, status: ProductStatus.ACTIVE, ...fields, createdById: viewer.userId,
    }));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'product', entityId: product.id, changes: { ...fields } });
    return product;
  });
}

export async function updateProduct(db: DataSource, viewer: Viewer, id: number, input: ProductFields): Promise<Product> {
  return inTransaction(db, async (manager) => {
    const product = await findProduct(manager, id);
    if (!product || product.deletedAt) throw notFound('Product');
    const fields = await cleanProductFields(manager, input, false);
    const changes = diff(product, fields as Partial<Product>);
    if (!Object.keys(changes).length) return product;
    Object.assign(product, fields);
    await assertUnique(manager, product.name, product.model, product.id);
    const saved = await manager.save(product);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'product', entityId: id, changes });
    return saved;
  });
}

/** Moves products to the recycle bin. Opportunities and contracts keep their lines (they copy name and model). */
export async function deleteProducts(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    const live = await manager.findBy(Product, { id: In(ids), deletedAt: IsNull() });
    if (live.length !== ids.length) throw notFound('Product');
    await manager.update(Product, { id: In(ids) }, { deletedAt: new Date(), deletedById: viewer.userId });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'delete', entityType: 'product', entityId: id })));
    return ids;
  });
}

export async function restoreProducts(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<Product[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    const deleted = await manager.createQueryBuilder(Product, 'p').where('p.id IN (:...ids)', { ids }).andWhere('p.deletedAt IS NOT NULL').getMany();
    if (deleted.length !== ids.length) throw notFound('Product');
    for (const product of deleted) await assertUnique(manager, product.name, product.model, product.id);
    await manager.update(Product, { id: In(ids) }, { deletedAt: null, deletedById: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: 'product', entityId: id })));
    return manager.findBy(Product, { id: In(ids) });
  });
}

/** Products by id (live or deleted: old lines still name them), for DataLoaders. */
export async function productsByIds(manager: EntityManager, ids: readonly number[]) {
  if (!ids.length) return [];
  return manager.findBy(Product, { id: In([...ids]) });
}

