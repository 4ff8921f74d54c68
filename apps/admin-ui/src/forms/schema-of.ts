import type { FormSchema } from '@civic/domain/forms';

/**
 * The JSON Schema of a programme's form as the API sends it (FormView.schema, typed as an open
 * object in the OpenAPI document), for the components that render it (issue #17).
 */
export function schemaOf(
  form: { schema: Record<string, unknown> } | null | undefined,
): FormSchema | undefined {
  return form ? (form.schema as unknown as FormSchema) : undefined;
}
