// monaco-graphql's worker: validation and completion of the operation against the schema.
import 'monaco-graphql/esm/graphql.worker.js';
