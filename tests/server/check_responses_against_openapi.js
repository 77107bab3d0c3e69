#!/usr/bin/env node
// Checks answers the sync server really gave (recorded by test_server_responses) against the
// response documentation of sync-server/openapi.yaml:
//
//   - each recorded status is documented for its operation (method and route pattern);
//   - a documented body's media type is the one answered, and the body validates against the
//     documented schema (JSON Schema 2020-12, with Ajv); a status documented without content
//     answers an empty body;
//   - strictly: an object schema that lists `properties` and says nothing of
//     `additionalProperties` is closed, so a member the server sends but the document does
//     not name fails; formats are checked (date-time, uuid, email), not just annotated;
//   - every documented operation was answered with a 2xx at least once.
//
// Usage: node check_responses_against_openapi.js --openapi FILE --records FILE
//                                                --node-modules DIR
// DIR is the node_modules of the pinned @redocly/cli (scripts/fetch-redocly), which brings
// Ajv and js-yaml; nothing else is installed for this check.
'use strict';

const fs = require('fs');
const path = require('path');

const { parseOptions, usageError } = require(path.join(__dirname, '..', 'support', 'command_line.js'));

const PROGRAM = 'check_responses_against_openapi';
const FLAGS = { '--openapi': 'openapi', '--records': 'records', '--node-modules': 'nodeModules' };

function usage(message) {
  usageError(PROGRAM, message);
}

function parseArguments(argv) {
  const options = parseOptions(PROGRAM, argv, FLAGS);
  for (const [flag, name] of Object.entries(FLAGS)) {
    if (!options[name]) usage(`${flag} is required`);
  }
  return options;
}

const SCHEMAS_ID = 'urn:vitae:openapi-schemas';
const LOCAL_SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

// A copy of `schema` with component references pointed into the registry and object
// schemas that list their properties closed.
function strictCopy(schema, where) {
  if (Array.isArray(schema)) return schema.map((item, i) => strictCopy(item, `${where}/${i}`));
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'examples' || key === 'example') continue; // documentation, not rules
    if (key === '$ref') {
      const match = LOCAL_SCHEMA_REF.exec(value);
      if (!match) throw new Error(`${where}: unsupported $ref ${value}`);
      copy.$ref = `${SCHEMAS_ID}#/$defs/${match[1]}`;
    } else if (key === 'properties') {
      copy.properties = {};
      for (const [name, property] of Object.entries(value)) {
        copy.properties[name] = strictCopy(property, `${where}/properties/${name}`);
      }
    } else {
      copy[key] = strictCopy(value, `${where}/${key}`);
    }
  }
  if (copy.properties && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

function makeValidator(document, nodeModules) {
  const Ajv2020 = require(path.join(nodeModules, 'ajv/dist/2020')).default;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // What the document's formats mean for the server's answers.
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('password', true);
  ajv.addFormat('uri-reference', /^\S*$/);
  const defs = {};
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    defs[name] = strictCopy(schema, `#/components/schemas/${name}`);
  }
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: defs });
  const compiled = new Map();
  return (schema, where) => {
    if (!compiled.has(where)) compiled.set(where, ajv.compile(strictCopy(schema, where)));
    return compiled.get(where);
  };
}

// The documented response for a status: the operation's own, or a shared one by $ref.
function documentedResponse(document, operation, status) {
  let response = operation.responses[String(status)];
  if (response && response.$ref) {
    const name = response.$ref.replace('#/components/responses/', '');
    response = document.components.responses[name];
  }
  return response;
}

function check(record, document, validatorFor, problems) {
  const label = `${record.method} ${record.route} -> ${record.status} (${record.request})`;
  const pathItem = document.paths[record.route];
  const operation = pathItem && pathItem[record.method.toLowerCase()];
  if (!operation) {
    problems.push(`${label}: the operation is not documented`);
    return;
  }
  const response = documentedResponse(document, operation, record.status);
  if (!response) {
    problems.push(`${label}: status ${record.status} is not documented for this operation`);
    return;
  }
  const content = response.content || {};
  if (Object.keys(content).length === 0) {
    if (record.body !== '') problems.push(`${label}: documented without a body, answered one`);
    return;
  }
  const mediaType = (record.contentType || '').split(';')[0].trim();
  if (!content[mediaType]) {
    problems.push(`${label}: answered ${mediaType || 'no media type'}, documented ` +
                  Object.keys(content).join(', '));
    return;
  }
  let body;
  try {
    body = JSON.parse(record.body);
  } catch (error) {
    problems.push(`${label}: the body is not JSON (${error.message})`);
    return;
  }
  const where = `${record.method} ${record.route} ${record.status} ${mediaType}`;
  const validate = validatorFor(content[mediaType].schema || {}, where);
  if (!validate(body)) {
    for (const error of validate.errors) {
      problems.push(`${label}: ${error.instancePath || '/'} ${error.message}` +
                    (error.params && error.params.additionalProperty
                      ? ` (${error.params.additionalProperty})` : ''));
    }
  }
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const yaml = require(path.join(options.nodeModules, 'js-yaml'));
  const document = yaml.load(fs.readFileSync(options.openapi, 'utf8'));
  const records = JSON.parse(fs.readFileSync(options.records, 'utf8'));
  const validatorFor = makeValidator(document, options.nodeModules);
  const problems = [];
  const answered = new Set();
  for (const record of records) {
    check(record, document, validatorFor, problems);
    if (record.status >= 200 && record.status < 300) {
      answered.add(`${record.method.toLowerCase()} ${record.route}`);
    }
  }
  for (const [route, pathItem] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      if (pathItem[method] && !answered.has(`${method} ${route}`)) {
        problems.push(`${method.toUpperCase()} ${route}: no successful answer was recorded`);
      }
    }
  }
  for (const problem of problems) process.stdout.write(`${problem}\n`);
  process.stdout.write(`${records.length} answers checked, ${problems.length} problems\n`);
  process.exit(problems.length === 0 ? 0 : 1);
}

main();
