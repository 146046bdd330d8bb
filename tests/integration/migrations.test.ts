// The migrations build exactly the schema the entities describe, on the database under test.
import { DataSource } from 'typeorm';
import { closeTestDatabase, openTestDatabase } from '../support/database';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

test('after all migrations the entities need no further schema change', async () => {
  const pending = await db.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

test('migrations can be reverted and applied again', async () => {
  for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration();
  await db.runMigrations();
  const pending = await db.driver.createSchemaBuilder().log();
  expect(pending.upQueries).toHaveLength(0);
});
