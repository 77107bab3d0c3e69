#!/usr/bin/env node
// Checks Vitae's JSON Resume fixtures against the official schema package
// (@jsonresume/schema, fetched by scripts/fetch-jsonresume-schema) with the package's
// own validator.js, so the C++ conformance test can rely on them:
//
//   - every tests/fixtures/jsonresume/valid/*.json is accepted by the schema;
//   - every tests/fixtures/jsonresume/invalid/*.json is rejected with exactly one error,
//     at the JSON pointer that invalid/expected.json names for it;
//   - expected.json and the invalid fixtures name the same files;
//   - the valid fixtures together use every property the schema defines, and the
//     invalid fixtures break something in every top-level section;
//   - the package's sample.resume.json and examples/*.resume.json are accepted.
//
// Usage: node check_fixtures_against_schema.js --fixtures DIR [--package DIR]
//                                              [--package-file FILE]
// The package directory comes from --package, else $VITAE_JSONRESUME_DIR, else the
// first line of --package-file (written by the fetch script), else
// $VITAE_JSONRESUME_DIR_FILE. Needs nothing beyond the package's installed jsonschema.
'use strict';

const fs = require('fs');
const path = require('path');

const { parseOptions, usageError } = require(path.join(__dirname, '..', 'support', 'command_line.js'));

const PROGRAM = 'check_fixtures_against_schema';

function usage(message) {
  usageError(PROGRAM, message);
}

function parseArguments(argv) {
  return parseOptions(PROGRAM, argv, {
    '--fixtures': 'fixtures',
    '--package': 'packageDir',
    '--package-file': 'packageFile',
  });
}

function packageDirectory(options) {
  if (options.packageDir) return options.packageDir;
  if (process.env.VITAE_JSONRESUME_DIR) return process.env.VITAE_JSONRESUME_DIR;
  const file = options.packageFile || process.env.VITAE_JSONRESUME_DIR_FILE;
  if (!file) {
    usage('no schema package: pass --package or --package-file, or set VITAE_JSONRESUME_DIR');
  }
  if (!fs.existsSync(file)) {
    usage(`${file} does not exist: run scripts/fetch-jsonresume-schema ` +
          '(ctest test jsonresume_schema_fetch) first');
  }
  return fs.readFileSync(file, 'utf8').split('\n')[0].trim();
}

// RFC 6901: '~' becomes '~0' and '/' becomes '~1'.
function pointerFromTokens(tokens) {
  return tokens.map((token) => '/' + String(token).replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('');
}

// jsonschema names the failing value as a JavaScript accessor chain:
// instance, instance.work[0].startDate, instance.$schema, instance["odd key"][3].
function tokensFromProperty(property) {
  if (!property.startsWith('instance')) throw new Error(`unexpected property '${property}'`);
  const tokens = [];
  let i = 'instance'.length;
  while (i < property.length) {
    if (property[i] === '.') {
      const match = /^[A-Za-z_$][0-9A-Za-z_$]*/.exec(property.slice(i + 1));
      if (!match) throw new Error(`cannot read '${property}' at ${i}`);
      tokens.push(match[0]);
      i += 1 + match[0].length;
    } else if (property[i] === '[') {
      const close = property[i + 1] === '"'
        ? (() => {
            let j = i + 2;
            while (j < property.length && property[j] !== '"') j += property[j] === '\\' ? 2 : 1;
            return j + 1;
          })()
        : property.indexOf(']', i);
      if (close < 0 || property[close] !== ']') throw new Error(`cannot read '${property}' at ${i}`);
      const inside = property.slice(i + 1, close);
      tokens.push(inside.startsWith('"') ? JSON.parse(inside) : Number(inside));
      i = close + 1;
    } else {
      throw new Error(`cannot read '${property}' at ${i}`);
    }
  }
  return tokens;
}

function pointerOfError(error) {
  const fromProperty = pointerFromTokens(tokensFromProperty(error.property));
  // jsonschema also gives the path as an array; both must agree.
  if (Array.isArray(error.path) && pointerFromTokens(error.path) !== fromProperty) {
    throw new Error(`jsonschema's property '${error.property}' and path ` +
                    `${JSON.stringify(error.path)} disagree`);
  }
  return fromProperty;
}

// Every property the schema defines, as a pattern: /basics/location/city, /work/*/startDate.
function schemaPaths(schema) {
  const paths = new Set();
  const resolve = (node) => {
    while (node && node.$ref) {
      const tokens = node.$ref.replace(/^#\//, '').split('/');
      node = tokens.reduce((at, token) => at[token], schema);
    }
    return node;
  };
  const walk = (rawNode, prefix) => {
    const node = resolve(rawNode);
    if (!node) return;
    for (const [key, child] of Object.entries(node.properties || {})) {
      const childPath = `${prefix}/${key}`;
      paths.add(childPath);
      walk(child, childPath);
    }
    if (node.items) walk(node.items, `${prefix}/*`);
  };
  walk(schema, '');
  return paths;
}

// Every path a document uses, array indexes written as '*'.
function documentPaths(document, prefix = '', paths = new Set()) {
  if (Array.isArray(document)) {
    document.forEach((item) => documentPaths(item, `${prefix}/*`, paths));
  } else if (document !== null && typeof document === 'object') {
    for (const [key, value] of Object.entries(document)) {
      paths.add(`${prefix}/${key}`);
      documentPaths(value, `${prefix}/${key}`, paths);
    }
  }
  return paths;
}

function jsonFiles(directory) {
  return fs.readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!options.fixtures) usage('--fixtures DIR is required');
  const packageDir = path.resolve(packageDirectory(options));
  const validator = require(path.join(packageDir, 'validator.js'));
  const schema = readJson(path.join(packageDir, 'schema.json'));

  // validator.js calls back synchronously: (errors, valid).
  const schemaErrors = (document) => {
    let result = null;
    validator.validate(document, (errors, valid) => {
      result = valid ? [] : errors;
    });
    if (result === null) throw new Error('validator.js did not call back');
    return result;
  };

  let passed = 0;
  let failed = 0;
  const check = (ok, name, details) => {
    if (ok) {
      passed += 1;
      process.stdout.write(`ok ${name}\n`);
    } else {
      failed += 1;
      process.stdout.write(`not ok ${name}\n`);
      if (details) process.stdout.write(`${details.replace(/^/gm, '    ')}\n`);
    }
  };
  const describeErrors = (errors) =>
    errors.map((e) => `${e.property} (${pointerOfError(e)}): ${e.name}: ${e.message}`).join('\n');

  process.stdout.write(`schema package: ${packageDir}\n`);

  // The package's own documents, which the C++ test round-trips.
  const samples = ['sample.resume.json'].concat(
    jsonFiles(path.join(packageDir, 'examples'))
      .filter((name) => name.endsWith('.resume.json'))
      .map((name) => path.join('examples', name)));
  for (const sample of samples) {
    const errors = schemaErrors(readJson(path.join(packageDir, sample)));
    check(errors.length === 0, `package ${sample} is accepted`, describeErrors(errors));
  }

  const validDir = path.join(options.fixtures, 'valid');
  const invalidDir = path.join(options.fixtures, 'invalid');
  const validFiles = jsonFiles(validDir);
  const invalidFiles = jsonFiles(invalidDir).filter((name) => name !== 'expected.json');
  check(validFiles.length > 0, `${validDir} holds valid fixtures`);
  check(invalidFiles.length > 0, `${invalidDir} holds invalid fixtures`);

  const used = new Set();
  for (const name of validFiles) {
    const document = readJson(path.join(validDir, name));
    documentPaths(document, '', used);
    const errors = schemaErrors(document);
    check(errors.length === 0, `valid/${name} is accepted`, describeErrors(errors));
  }
  const unused = [...schemaPaths(schema)].filter((p) => !used.has(p)).sort();
  check(unused.length === 0, 'the valid fixtures use every property of the schema',
        `never used: ${unused.join(', ')}`);

  const expected = readJson(path.join(invalidDir, 'expected.json'));
  const unlisted = invalidFiles.filter((name) => !(name in expected));
  const missing = Object.keys(expected).filter((name) => !invalidFiles.includes(name));
  check(unlisted.length === 0 && missing.length === 0,
        'invalid/expected.json lists exactly the invalid fixtures',
        `without an expected pointer: ${unlisted.join(', ') || '-'}\n` +
        `listed but missing: ${missing.join(', ') || '-'}`);

  const brokenSections = new Set();
  for (const name of invalidFiles) {
    if (!(name in expected)) continue;
    const pointer = expected[name];
    brokenSections.add(pointer.split('/')[1] || '(root)');
    const errors = schemaErrors(readJson(path.join(invalidDir, name)));
    const pointers = errors.map(pointerOfError);
    check(errors.length === 1 && pointers[0] === pointer,
          `invalid/${name} is rejected at '${pointer}' and nowhere else`,
          errors.length === 0 ? 'the schema accepts it' : describeErrors(errors));
  }
  const sections = ['(root)'].concat(Object.keys(schema.properties));
  const unbroken = sections.filter((section) => !brokenSections.has(section));
  check(unbroken.length === 0, 'the invalid fixtures break every top-level section',
        `never broken: ${unbroken.join(', ')}`);

  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
