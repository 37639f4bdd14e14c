// Validates JSON documents against a JSON Schema (2020-12) with Ajv, in
// strict mode, with the formats of ajv-formats:
//
//	node validate.cjs ROOT SCHEMA DOCUMENT...
//
// ROOT is the directory whose node_modules holds ajv and ajv-formats
// (package.json pins them). Prints "valid" for each valid document, else
// its errors, and exits 1 when any is invalid.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

const [root, schemaPath, ...docs] = process.argv.slice(2);
const load = createRequire(path.join(root, "package.json"));
const Ajv2020 = load("ajv/dist/2020").default;
const addFormats = load("ajv-formats").default;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
let failed = false;
for (const doc of docs) {
  if (validate(JSON.parse(fs.readFileSync(doc, "utf8")))) {
    console.log(doc + ": valid");
  } else {
    failed = true;
    for (const e of validate.errors.slice(0, 20)) {
      console.log(doc + ": " + (e.instancePath || "/") + ": " + e.message + " " + JSON.stringify(e.params));
    }
  }
}
process.exitCode = failed ? 1 : 0;
