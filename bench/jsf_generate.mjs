// Generate records with json-schema-faker for every fixture schema and print timings as JSON.
// Usage: node bench/jsf_generate.mjs <schema dir> <records per schema> <output file>
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { JSONSchemaFaker } from "json-schema-faker";

const [dir, countText, output] = process.argv.slice(2);
const count = Number(countText);
JSONSchemaFaker.option({ alwaysFakeOptionals: false, refDepthMax: 4, failOnInvalidFormat: false, random: seeded(7) });

function seeded(seed) {
  // Mulberry32, so runs are repeatable.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const results = {};
for (const file of readdirSync(dir).filter((name) => name.endsWith(".json")).sort()) {
  const schema = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const records = [];
  const started = process.hrtime.bigint();
  let error = null;
  try {
    for (let index = 0; index < count; index += 1) records.push(JSONSchemaFaker.generate(schema));
  } catch (exc) {
    error = String(exc.message || exc).slice(0, 200);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  results[basename(file, ".json")] = { seconds, records, error };
}
writeFileSync(output, JSON.stringify(results));
