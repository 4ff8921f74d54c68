import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { FieldViolation } from './validation';

/**
 * What class-validator's `@ValidateNested` lets through and a service then trips over: a nested
 * object that is required but missing (it validates nothing when the value is undefined), and an
 * array where one object is expected (it validates each element, so `[]` passes). Here a nested
 * property not marked optional must be present, and must be an object when its type is a class,
 * an array when its type is an array. Applied to an instance made by `plainToInstance`, recursing
 * into nested instances. rule R4 (an organization is always reachable: its postal address).
 */
export function nestedShapeViolations(instance: object, path = ''): FieldViolation[] {
  if (instance.constructor === Object) return [];
  const properties = nestedPropertiesOf(instance);
  if (properties.length === 0) return [];
  const violations: FieldViolation[] = [];
  for (const { property, optional, list } of properties) {
    const field = path ? `${path}.${property}` : property;
    const value = (instance as Record<string, unknown>)[property];
    if (value === undefined || value === null) {
      if (!optional) violations.push(missing(field));
    } else if (list && !Array.isArray(value)) {
      violations.push(shape(field, 'isArray', 'must be a list', '必须为列表'));
    } else if (!list && (Array.isArray(value) || typeof value !== 'object')) {
      violations.push(shape(field, 'isObject', 'must be an object', '必须为对象'));
    } else {
      const items: unknown[] = list ? (value as unknown[]) : [value];
      items.forEach((item, i) => {
        if (item && typeof item === 'object') {
          violations.push(...nestedShapeViolations(item, list ? `${field}.${i}` : field));
        }
      });
    }
  }
  return violations;
}

interface NestedProperty {
  property: string;
  /** `@IsOptional` or `@ValidateIf`: it may be left out. */
  optional: boolean;
  /** Declared as a list (`Foo[]`), not one object. */
  list: boolean;
}

/**
 * Each class's nested properties, worked out once: its validation rules are all registered when
 * the class is defined (its parents' before it), and this runs on every payload a service or the
 * gateway validates, so it must not scan the rules again each time.
 */
const nestedProperties = new WeakMap<object, NestedProperty[]>();

/** The nested properties of the class `instance` was made from. */
function nestedPropertiesOf(instance: object): NestedProperty[] {
  const target = instance.constructor;
  let properties = nestedProperties.get(target);
  if (properties) return properties;
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const nested = new Set<string>();
  const optional = new Set<string>();
  for (const m of metadatas) {
    if (m.type === ValidationTypes.NESTED_VALIDATION) nested.add(m.propertyName);
    if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) optional.add(m.propertyName);
  }
  properties = [...nested].map((property) => ({
    property,
    optional: optional.has(property),
    list: Reflect.getMetadata('design:type', target.prototype, property) === Array,
  }));
  nestedProperties.set(target, properties);
  return properties;
}

function missing(field: string): FieldViolation {
  return shape(field, 'isDefined', 'is required', '为必填项');
}

function shape(field: string, rule: string, message: string, messageZh: string): FieldViolation {
  return { field, rule, message: `${field} ${message}`, messageZh: `${field} ${messageZh}` };
}
