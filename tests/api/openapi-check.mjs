// openapi-check.mjs — checks grip's OpenAPI document with a real OpenAPI
// 3.1 validator, then checks every response the API tests recorded against
// the schema the document gives for its path, method and status (the web
// pages some cases drive as well are not part of the document).
//
//   node openapi-check.mjs DOC.json [RECORD.jsonl]
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";

const [docFile, recordFile] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(docFile, "utf8"));
let failures = 0;

const result = await new Validator().validate(doc);
if (!result.valid) {
	console.log("openapi: the document is not valid OpenAPI 3.1:");
	console.log(JSON.stringify(result.errors, null, 1).slice(0, 4000));
	process.exit(1);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(doc, "grip:doc");
const pointer = (parts) =>
	"grip:doc#/" + parts.map((p) => encodeURIComponent(String(p).replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

const templates = Object.keys(doc.paths).map((t) => ({
	template: t,
	re: new RegExp("^" + t.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+") + "$"),
}));
const compiled = new Map();
let checked = 0;

if (recordFile) {
	const lines = readFileSync(recordFile, "utf8").split("\n").filter(Boolean);
	for (const line of lines) {
		const rec = JSON.parse(line);
		const path = rec.path.split("?")[0];
		const method = rec.method.toLowerCase();
		// The web pages (/signin, ...) are no part of the API's document.
		if (!path.startsWith("/api/") && path !== "/healthz") continue;
		const hit = templates.find((t) => t.re.test(path) && doc.paths[t.template][method]);
		if (!hit) {
			if (rec.status !== 404 && rec.status !== 405) {
				console.log(`openapi: ${rec.method} ${path} answered ${rec.status} but the document has no such operation`);
				failures++;
			}
			continue;
		}
		const responses = doc.paths[hit.template][method].responses;
		const status = String(rec.status);
		const key = responses[status] ? status : "default";
		if (!responses[key]) {
			console.log(`openapi: ${rec.method} ${hit.template} answered ${status}, which the document does not list`);
			failures++;
			continue;
		}
		if (rec.status >= 200 && rec.status < 300 && !responses[status]) {
			console.log(`openapi: ${rec.method} ${hit.template} answered ${status}; the document says ${Object.keys(responses).join(", ")}`);
			failures++;
			continue;
		}
		const content = responses[key].content;
		if (!content) {
			if (rec.body !== null) {
				console.log(`openapi: ${rec.method} ${hit.template} ${status} has a body the document does not describe`);
				failures++;
			}
			continue;
		}
		// A CSV answer (recorded without a parsed body) is text, not JSON.
		if (rec.body === null && content["text/csv"]) continue;
		const id = `${hit.template} ${method} ${key}`;
		let validate = compiled.get(id);
		if (!validate) {
			validate = ajv.compile({ $ref: pointer(["paths", hit.template, method, "responses", key, "content", "application/json", "schema"]) });
			compiled.set(id, validate);
		}
		checked++;
		if (!validate(rec.body)) {
			failures++;
			console.log(`openapi: ${rec.method} ${path} ${status} does not match its schema:`);
			console.log("  " + ajv.errorsText(validate.errors).slice(0, 600));
		}
	}
}
console.log(`openapi: document valid; ${checked} responses checked, ${failures} not matching`);
process.exit(failures ? 1 : 0);
