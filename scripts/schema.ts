// `npm run schema`: writes the protocol's JSON Schema, generated from the zod schemas.
import fs from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMA_PATH, protocolJsonSchemaText } from '../utils/schemas/json-schema';

const file = path.resolve(import.meta.dirname, '..', JSON_SCHEMA_PATH);
fs.writeFileSync(file, protocolJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
