import { validateUscc } from '@civic/domain/identifiers';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from './openapi-document';

interface PropertySchema {
  example?: unknown;
  description?: string;
  allOf?: { $ref: string }[];
}

interface ObjectSchema {
  properties: Record<string, PropertySchema>;
  required?: string[];
  enum?: unknown[];
}

let built: Promise<OpenAPIObject> | undefined;
const schemaOf = async (name: string) =>
  (await (built ??= buildOpenApiDocument())).components?.schemas?.[name] as ObjectSchema;

/**
 * What the OpenAPI document tells a client writing a request body (issue #15, hardened input): a
 * client (and the API fuzz test, which builds its well-formed bodies from the examples) must be
 * able to send what the example says and be accepted.
 */
describe('the request bodies the OpenAPI document describes', () => {
  it("gives a contract instalment's trigger (R25) an example that is one of its values", async () => {
    const trigger = (await schemaOf('ContractInstalmentDto')).properties.trigger;
    const values = (await schemaOf(trigger.allOf?.[0].$ref.split('/').pop() ?? '')).enum;
    expect(values).toEqual(['SIGNING', 'MONITORING', 'FINAL_EVALUATION']);
    expect(values).toContain(trigger.example);
  });

  it("says when a directory entry's name is required: an officer gives it, an applicant leaves it out (R24)", async () => {
    const entry = await schemaOf('ApplyDirectoryEntryDto');
    // Optional in the schema: an applicant's own organization is named by the registry, and the
    // service refuses a name it is sent (fromRegistry); an officer's entry without one is a 400.
    expect(entry.required).not.toContain('name');
    expect(entry.properties.name.description).toMatch(/Required when an officer enters/);
    expect(entry.properties.name.description).toMatch(/an applicant leaves it out/);
  });

  it("gives a directory entry's credit code an example that passes its check (R29)", async () => {
    const example = (await schemaOf('ApplyDirectoryEntryDto')).properties.creditCode.example;
    expect(validateUscc(String(example))).toMatchObject({ valid: true });
  });
});
