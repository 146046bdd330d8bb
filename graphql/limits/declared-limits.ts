// The size limits of every GraphQL input: what an input class declares with class-validator (@MaxLength,
// @ArrayMaxSize), else a default. One source of truth: the decorators that already document each field.
import { ValidationTypes, getMetadataStorage as validatorMetadata } from 'class-validator';
import { getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';

/** Undeclared text (names, keywords, codes): generous for any real field, far below what hurts a database. */
export const DEFAULT_MAX_LENGTH = 2000;
/** Ids are short numbers; a long one is garbage. */
export const ID_MAX_LENGTH = 64;
/** Undeclared lists: the batch size of the mass operations (lib/access requireIds). */
export const DEFAULT_MAX_ITEMS = 500;
/** No declaration may lift a text above this (the body limit is 4 MiB). */
export const MAX_DECLARED_LENGTH = 100_000;

export interface FieldLimits { maxLength?: number; maxItems?: number; nestedValidated: boolean }

let byType: Map<string, Map<string, FieldLimits>> | undefined;

function readDeclarations(): Map<string, Map<string, FieldLimits>> {
  const result = new Map<string, Map<string, FieldLimits>>();
  const validators = validatorMetadata();
  for (const input of typeGraphqlMetadata().inputTypes) {
    const fields = new Map<string, FieldLimits>();
    for (const meta of validators.getTargetValidationMetadatas(input.target, '', true, false)) {
      const limits = fields.get(meta.propertyName) ?? { nestedValidated: false };
      if (meta.name === 'maxLength') limits.maxLength = Number(meta.constraints[0]);
      if (meta.name === 'arrayMaxSize') limits.maxItems = Number(meta.constraints[0]);
      if (meta.type === ValidationTypes.NESTED_VALIDATION) limits.nestedValidated = true;
      fields.set(meta.propertyName, limits);
    }
    result.set(input.name, fields);
  }
  return result;
}

/** The declared limits of one field of a GraphQL input type (empty when it declares none). */
export function declaredLimits(inputTypeName: string, fieldName: string): FieldLimits {
  byType ??= readDeclarations();
  return byType.get(inputTypeName)?.get(fieldName) ?? { nestedValidated: false };
}
