// Departments and positions: the tree for everyone signed in, changes for system:department holders.
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Department, Position } from '@/entities';
import { createDepartment, listDepartments, setDepartmentEnabled, updateDepartment } from '@/lib/org/department.service';
import { createPosition, listPositions, updatePosition } from '@/lib/org/position.service';
import { idOrNull, parseId } from '@/lib/org/org.common';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';
import { CreateDepartmentInput, CreatePositionInput, UpdateDepartmentInput, UpdatePositionInput } from './department.inputs';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: 'The whole department tree as a flat list (build the tree from parentId)' })
  departments(@Ctx() ctx: Context) {
    return listDepartments(ctx.db.manager);
  }

  @Mutation(() => Department)
  createDepartment(@Ctx() ctx: Context, @Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput) {
    return createDepartment(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => Department, { description: 'Renames, moves (with the whole subtree), sets the head or the sort order' })
  updateDepartment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateDepartmentInput) input: UpdateDepartmentInput) {
    return updateDepartment(ctx.db, viewerOf(ctx), parseId(id, 'id'), { ...input });
  }

  @Mutation(() => Department, { description: 'Disables the department and its sub-departments; refused while users remain' })
  disableDepartment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return setDepartmentEnabled(ctx.db, viewerOf(ctx), parseId(id, 'id'), false);
  }

  @Mutation(() => Department)
  enableDepartment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return setDepartmentEnabled(ctx.db, viewerOf(ctx), parseId(id, 'id'), true);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  head(@Root() department: Department, @Ctx() ctx: Context) {
    return department.headId ? ctx.loaders.user.load(department.headId) : null;
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => [Position], { description: 'Positions of one department' })
  positions(@Ctx() ctx: Context, @Arg('departmentId', () => ID) departmentId: string) {
    const id = idOrNull(departmentId);
    return id ? listPositions(ctx.db.manager, id) : [];
  }

  @Mutation(() => Position)
  createPosition(@Ctx() ctx: Context, @Arg('input', () => CreatePositionInput) input: CreatePositionInput) {
    return createPosition(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => Position)
  updatePosition(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput) {
    return updatePosition(ctx.db, viewerOf(ctx), parseId(id, 'id'), { ...input });
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.loaders.department.load(position.departmentId);
  }
}
