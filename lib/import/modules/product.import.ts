// Importing products (产品): the catalogue is the company's, so product:manage imports and updates; every row goes
// through cleanProductFields (the create rules, the price as an exact amount). The category is named by its name;
// the same name and model as a live product is a duplicate, as createProduct refuses it.
import { EntityManager, In, IsNull } from 'typeorm';
import { ImportRecord, Product, ProductCategory } from '@/entities';
import { ImportModule } from '@/entities/import-job.entity';
import { ProductStatus } from '@/entities/product.entity';
import { hasPermission } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { PRODUCT_STATUS_LABELS } from '@/lib/export/labels';
import { ProductFields, cleanProductFields } from '@/lib/product/product.service';
import { ImportContext, ImportField, ImportModuleSpec, ImportRow, present, withFieldRules } from '../import-module';

const FIELDS: ImportField[] = [
  { key: 'name', label: '产品名称', aliases: ['名称', '品名', 'product', 'productname', 'name'], kind: 'text', required: true, example: '网络交换机' },
  { key: 'model', label: '型号', aliases: ['规格型号', '规格', 'model'], kind: 'text', example: 'S5720-28P' },
  { key: 'unit', label: '单位', aliases: ['计量单位', 'unit'], kind: 'text', example: '台' },
  { key: 'price', label: '价格', aliases: ['单价', '标准价格', '售价', 'price'], kind: 'amount', required: true, example: '12800.00', hint: '金额，最多两位小数；可带 ¥ 和千位分隔符' },
  { key: 'status', label: '状态', aliases: ['产品状态', 'status'], kind: { enum: PRODUCT_STATUS_LABELS }, example: '在售', hint: '在售 或 停售；留空为在售' },
  { key: 'category', label: '产品分类', aliases: ['分类', '类别', 'category'], kind: 'text', example: '', hint: '已有产品分类的名称' },
  { key: 'description', label: '描述', aliases: ['说明', '产品描述', 'description'], kind: 'text', example: '' },
];
const PRODUCT_KEYS = ['name', 'model', 'unit', 'price', 'status', 'description'];
const EDITABLE = ['unit', 'price', 'status', 'categoryId', 'description'];

type Row = ImportRow<ProductFields>;
const keyOf = (fields: ProductFields) => `${fields.name ?? ''}\u0000${fields.model ?? ''}`;

async function categories(ctx: ImportContext): Promise<Map<string, number | 'AMBIGUOUS'>> {
  let found = ctx.cache.get('categories') as Map<string, number | 'AMBIGUOUS'> | undefined;
  if (!found) {
    found = new Map();
    for (const c of await ctx.reader.findBy(ProductCategory, { deletedAt: IsNull() })) found.set(c.name, found.has(c.name) ? 'AMBIGUOUS' : c.id);
    ctx.cache.set('categories', found);
  }
  return found;
}

async function check(manager: EntityManager, ctx: ImportContext, rows: Row[]) {
  const clean = rows.filter((r) => !r.errors.length);
  const names = [...new Set(clean.map((r) => r.fields.name!))];
  const existing = names.length ? await manager.findBy(Product, { name: In(names), deletedAt: IsNull() }) : [];
  const byKey = new Map(existing.map((p) => [keyOf(p), p]));
  const updating = ctx.job.options.duplicates === 'UPDATE' && hasPermission(ctx.viewer, 'product:manage');
  for (const row of clean) {
    const same = byKey.get(keyOf(row.fields));
    if (!same) row.action = 'CREATE';
    else if (updating) { row.action = 'UPDATE'; row.targetId = same.id; }
    else { row.action = 'DUPLICATE'; row.duplicate = `已有产品“${same.name}${same.model ? ` ${same.model}` : ''}”`; }
  }
}

async function write(manager: EntityManager, ctx: ImportContext, rows: Row[]) {
  const importId = ctx.job.id;
  for (const row of rows.filter((r) => r.action === 'CREATE')) {
    const product = await manager.save(manager.create(Product, {
      model: null, unit: null, description: null, categoryId: null, status: ProductStatus.ACTIVE, ...row.fields, createdById: ctx.viewer.userId,
    }));
    row.targetId = product.id;
    await audit(manager, ctx.actor, { action: 'create', entityType: 'product', entityId: product.id, changes: { ...row.fields, importId } });
  }
  for (const row of rows.filter((r) => r.action === 'UPDATE')) {
    const existing = await manager.findOneByOrFail(Product, { id: row.targetId! });
    const patch = present(row.fields as Record<string, unknown>, EDITABLE) as Partial<Product>;
    const changes = diff(existing, patch);
    if (!Object.keys(changes).length) continue;
    await manager.update(Product, { id: existing.id }, patch);
    await audit(manager, ctx.actor, { action: 'update', entityType: 'product', entityId: existing.id, changes: { ...changes, importId } });
  }
  const written = rows.filter((r) => (r.action === 'CREATE' || r.action === 'UPDATE') && r.targetId);
  if (written.length) {
    await manager.createQueryBuilder().insert().into(ImportRecord).values(written.map((r) => ({ importId, entityId: r.targetId!, entityType: 'product', action: r.action })))
      .orIgnore().updateEntity(false).execute();
  }
}

export const productImport: ImportModuleSpec<ProductFields> = {
  module: ImportModule.PRODUCT, entity: Product, entityType: 'product', label: '产品', permission: 'product:manage', updatePermission: 'product:manage',
  fields: FIELDS, ownerModule: null,
  async clean(row, ctx) {
    const input = present(row.values, PRODUCT_KEYS) as ProductFields;
    const category = row.values.category as string | undefined;
    if (category) {
      const id = (await categories(ctx)).get(category);
      if (id === undefined) row.errors.push({ column: '产品分类', message: `产品分类“${category}”不存在` });
      else if (id === 'AMBIGUOUS') row.errors.push({ column: '产品分类', message: `有多个名为“${category}”的分类` });
      else input.categoryId = id;
    }
    let fields: ProductFields | null = null;
    try {
      fields = await cleanProductFields(ctx.reader, input, true);
    } catch (error) {
      withFieldRules(this, row, () => { throw error; });
    }
    row.fields = fields ?? input;
  },
  check,
  key: (row) => keyOf(row.fields),
  write,
  removable: async (_manager, viewer, ids) => new Set(hasPermission(viewer, 'product:manage') ? ids : []),
  async remove(manager, ctx, ids) {
    await manager.update(Product, { id: In(ids), deletedAt: IsNull() }, { deletedAt: new Date(), deletedById: ctx.viewer.userId });
    await audit(manager, ctx.actor, ids.map((id) => ({ action: 'delete', entityType: 'product', entityId: id, changes: { undoImportId: ctx.job.id } })));
  },
};
