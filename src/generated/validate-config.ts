// @ts-nocheck
/* eslint-disable */
/* Generated from schemas/mosaic.schema.json by `npm run gen` (ajv standalone code). Do not edit. */
import type { ErrorObject } from 'ajv';
import type { RawConfig } from './mosaic.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const validateConfig = validate10 as { (data: unknown): data is RawConfig; errors?: ErrorObject[] | null };

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/mosaic.schema.json","title":"RawConfig","description":"A mosaic configuration as written: mosaic.yaml, or the merge of every *.yaml file of a directory.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"Configuration format version.","type":"integer","enum":[1]},"providers":{"description":"Named provider instances. Each names its plugin in `type`; the other keys are that plugin's settings.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/definitions/providerInstance"}},"plugins":{"description":"Provider plugins beyond the built-in ones: a folder holding mosaic-plugin.json (relative to the config) or the name of an installed npm package.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"routing":{"$ref":"#/definitions/routing"},"state":{"$ref":"#/definitions/stateSettings"},"moved":{"description":"Renames of resource addresses: the live object is kept and changed in place instead of deleted and created.","type":"array","items":{"$ref":"#/definitions/moved"}},"resources":{"$ref":"#/definitions/resources"}},"definitions":{"providerInstance":{"title":"RawProviderInstance","type":"object","required":["type"],"properties":{"type":{"description":"The provider plugin, e.g. local.","type":"string","minLength":1},"resilience":{"$ref":"#/definitions/resilience"}},"additionalProperties":true},"routing":{"title":"RawRouting","type":"object","additionalProperties":false,"properties":{"defaults":{"description":"The provider instance that receives new resources of each kind that name no provider.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"string"},"pipeline":{"type":"string"},"space":{"type":"string"},"page":{"type":"string"},"project":{"type":"string"},"issue":{"type":"string"}}},"default_strategy":{"type":"string","enum":["round-robin","weighted","least-connections","health-based","adaptive"],"description":"The strategy of rules that name none. Default: round-robin"},"rules":{"description":"Evaluated in order; the first rule that matches a new resource places it. A resource's own `provider:` wins over every rule.","type":"array","items":{"$ref":"#/definitions/routingRule"}}}},"stateSettings":{"title":"RawStateSettings","description":"Where state, the intent journal, the audit trail and the routing history are kept.","type":"object","additionalProperties":false,"properties":{"backend":{"description":"local (files in path) or postgres (tables in a PostgreSQL database). Default: local","type":"string","enum":["local","postgres"]},"path":{"description":"Folder relative to the config: the local state, or with backend postgres the local caches and the selected workspace. Default: state","type":"string","minLength":1},"url":{"description":"PostgreSQL connection URL, e.g. ${env:MOSAIC_PG_URL} holding postgres://USER:PASSWORD@HOST:5432/DATABASE. Required with backend postgres; with backend local, the target of `mosaic state migrate --to postgres`. mosaic never prints or stores its password.","type":"string","minLength":1},"schema":{"description":"PostgreSQL schema that holds mosaic's tables, created when missing. Default: mosaic","type":"string","pattern":"^[a-z_][a-z0-9_]*$","maxLength":63}},"if":{"required":["backend"],"properties":{"backend":{"const":"postgres"}}},"then":{"required":["url"],"properties":{"url":{"description":"The postgres backend needs the connection URL, best from the environment: url: ${env:MOSAIC_PG_URL}"}}}},"moved":{"title":"RawMoved","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"The old address, e.g. repository.api","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},"to":{"description":"The new address, e.g. repository.api-v2","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"}}},"resourceName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"resources":{"title":"RawResources","description":"Resources by kind, then by name. The address of a resource is KIND.NAME.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"repository.schema.json"}},"pipeline":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"pipeline.schema.json"}},"space":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"space.schema.json"}},"page":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"page.schema.json"}},"project":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"project.schema.json"}},"issue":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"issue.schema.json"}}}},"resilience":{"title":"RawResilience","description":"How mosaic guards calls to this provider instance. Every key has a default.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"string","pattern":"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$","description":"Longest a single provider call (one handler call, retries included) may take, e.g. 30s. Default: 60s"},"max_concurrency":{"description":"Most calls in flight to this instance at once; more wait their turn. Default: 8","type":"integer","minimum":1,"maximum":256},"retries":{"description":"Attempts after the first for a retriable failure (429, 408, 5xx on idempotent requests, dropped connections). Default: 3","type":"integer","minimum":0,"maximum":10},"max_retry_wait":{"type":"string","pattern":"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$","description":"Longest Retry-After or rate-limit reset mosaic waits out; a longer one fails the call at once. Default: 60s"},"circuit_breaker":{"description":"Opens after consecutive failures that say the provider is unavailable; while open, calls fail at once (creates fail over). After half_open_after one probe call is let through: success closes it.","type":"object","additionalProperties":false,"properties":{"failures":{"description":"Consecutive unavailable-failures that open the breaker. Default: 5","type":"integer","minimum":1,"maximum":1000},"half_open_after":{"type":"string","pattern":"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$","description":"How long the breaker stays open before a probe. Default: 30s"}}}}},"routingRule":{"title":"RawRoutingRule","type":"object","additionalProperties":false,"required":["to"],"properties":{"name":{"description":"Names the rule in plans, `route explain` and state. Default: rules[INDEX]","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"match":{"$ref":"#/definitions/routingMatch"},"to":{"description":"The candidate provider instances, in order of preference.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"strategy":{"type":"string","enum":["round-robin","weighted","least-connections","health-based","adaptive"],"description":"How to choose among the candidates. Default: routing.default_strategy"},"weights":{"description":"weighted only: provider -> positive weight; new resources are spread in these proportions.","type":"object","additionalProperties":{"type":"number","exclusiveMinimum":0}},"failover":{"description":"Whether a create whose chosen provider is unavailable moves on to another candidate. Default: true","type":"boolean"},"failover_order":{"description":"The candidates to try, in this order, when the chosen one is unavailable. Default: the order of `to`.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}}}},"routingMatch":{"title":"RawRoutingMatch","description":"What the rule applies to; every key given must match. No match block matches every resource.","type":"object","additionalProperties":false,"properties":{"kind":{"description":"A kind or a list of kinds.","oneOf":[{"type":"string","enum":["repository","pipeline","space","page","project","issue"]},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["repository","pipeline","space","page","project","issue"]}}]},"name":{"description":"A glob on the resource name (* any run of characters, ? one, [abc] a set), or a list of globs (any may match).","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"labels":{"description":"Labels the resource must carry with these values.","type":"object","additionalProperties":{"type":"string"}},"tenant":{"description":"The tenant the resource must have, or a list of tenants.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]}}}}};
const schema17 = {"title":"RawStateSettings","description":"Where state, the intent journal, the audit trail and the routing history are kept.","type":"object","additionalProperties":false,"properties":{"backend":{"description":"local (files in path) or postgres (tables in a PostgreSQL database). Default: local","type":"string","enum":["local","postgres"]},"path":{"description":"Folder relative to the config: the local state, or with backend postgres the local caches and the selected workspace. Default: state","type":"string","minLength":1},"url":{"description":"PostgreSQL connection URL, e.g. ${env:MOSAIC_PG_URL} holding postgres://USER:PASSWORD@HOST:5432/DATABASE. Required with backend postgres; with backend local, the target of `mosaic state migrate --to postgres`. mosaic never prints or stores its password.","type":"string","minLength":1},"schema":{"description":"PostgreSQL schema that holds mosaic's tables, created when missing. Default: mosaic","type":"string","pattern":"^[a-z_][a-z0-9_]*$","maxLength":63}},"if":{"required":["backend"],"properties":{"backend":{"const":"postgres"}}},"then":{"required":["url"],"properties":{"url":{"description":"The postgres backend needs the connection URL, best from the environment: url: ${env:MOSAIC_PG_URL}"}}}};
const schema18 = {"title":"RawMoved","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"The old address, e.g. repository.api","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},"to":{"description":"The new address, e.g. repository.api-v2","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"}}};
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern5 = new RegExp("^[a-z_][a-z0-9_]*$", "u");
const pattern6 = new RegExp("^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const schema12 = {"title":"RawProviderInstance","type":"object","required":["type"],"properties":{"type":{"description":"The provider plugin, e.g. local.","type":"string","minLength":1},"resilience":{"$ref":"#/definitions/resilience"}},"additionalProperties":true};
const schema13 = {"title":"RawResilience","description":"How mosaic guards calls to this provider instance. Every key has a default.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"string","pattern":"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$","description":"Longest a single provider call (one handler call, retries included) may take, e.g. 30s. Default: 60s"},"max_concurrency":{"description":"Most calls in flight to this instance at once; more wait their turn. Default: 8","type":"integer","minimum":1,"maximum":256},"retries":{"description":"Attempts after the first for a retriable failure (429, 408, 5xx on idempotent requests, dropped connections). Default: 3","type":"integer","minimum":0,"maximum":10},"max_retry_wait":{"type":"string","pattern":"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$","description":"Longest Retry-After or rate-limit reset mosaic waits out; a longer one fails the call at once. Default: 60s"},"circuit_breaker":{"description":"Opens after consecutive failures that say the provider is unavailable; while open, calls fail at once (creates fail over). After half_open_after one probe call is let through: success closes it.","type":"object","additionalProperties":false,"properties":{"failures":{"description":"Consecutive unavailable-failures that open the breaker. Default: 5","type":"integer","minimum":1,"maximum":1000},"half_open_after":{"type":"string","pattern":"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$","description":"How long the breaker stays open before a probe. Default: 30s"}}}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern1 = new RegExp("^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.type.type,parentSchema:schema12.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.resilience !== undefined){
let data1 = data.resilience;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!(((((key0 === "timeout") || (key0 === "max_concurrency")) || (key0 === "retries")) || (key0 === "max_retry_wait")) || (key0 === "circuit_breaker"))){
const err3 = {instancePath:instancePath+"/resilience",schemaPath:"#/definitions/resilience/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.timeout !== undefined){
let data2 = data1.timeout;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err4 = {instancePath:instancePath+"/resilience/timeout",schemaPath:"#/definitions/resilience/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$",parentSchema:schema13.properties.timeout,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/resilience/timeout",schemaPath:"#/definitions/resilience/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.timeout.type,parentSchema:schema13.properties.timeout,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.max_concurrency !== undefined){
let data3 = data1.max_concurrency;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/resilience/max_concurrency",schemaPath:"#/definitions/resilience/properties/max_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.max_concurrency.type,parentSchema:schema13.properties.max_concurrency,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 256 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/resilience/max_concurrency",schemaPath:"#/definitions/resilience/properties/max_concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256",schema:256,parentSchema:schema13.properties.max_concurrency,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/resilience/max_concurrency",schemaPath:"#/definitions/resilience/properties/max_concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.max_concurrency,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data1.retries !== undefined){
let data4 = data1.retries;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/resilience/retries",schemaPath:"#/definitions/resilience/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.retries.type,parentSchema:schema13.properties.retries,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 10 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/resilience/retries",schemaPath:"#/definitions/resilience/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema13.properties.retries,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/resilience/retries",schemaPath:"#/definitions/resilience/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.retries,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.max_retry_wait !== undefined){
let data5 = data1.max_retry_wait;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err12 = {instancePath:instancePath+"/resilience/max_retry_wait",schemaPath:"#/definitions/resilience/properties/max_retry_wait/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$",parentSchema:schema13.properties.max_retry_wait,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/resilience/max_retry_wait",schemaPath:"#/definitions/resilience/properties/max_retry_wait/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.max_retry_wait.type,parentSchema:schema13.properties.max_retry_wait,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.circuit_breaker !== undefined){
let data6 = data1.circuit_breaker;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((key1 === "failures") || (key1 === "half_open_after"))){
const err14 = {instancePath:instancePath+"/resilience/circuit_breaker",schemaPath:"#/definitions/resilience/properties/circuit_breaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.circuit_breaker,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.failures !== undefined){
let data7 = data6.failures;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/resilience/circuit_breaker/failures",schemaPath:"#/definitions/resilience/properties/circuit_breaker/properties/failures/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.circuit_breaker.properties.failures.type,parentSchema:schema13.properties.circuit_breaker.properties.failures,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/resilience/circuit_breaker/failures",schemaPath:"#/definitions/resilience/properties/circuit_breaker/properties/failures/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema13.properties.circuit_breaker.properties.failures,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/resilience/circuit_breaker/failures",schemaPath:"#/definitions/resilience/properties/circuit_breaker/properties/failures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.circuit_breaker.properties.failures,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data6.half_open_after !== undefined){
let data8 = data6.half_open_after;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err18 = {instancePath:instancePath+"/resilience/circuit_breaker/half_open_after",schemaPath:"#/definitions/resilience/properties/circuit_breaker/properties/half_open_after/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$",parentSchema:schema13.properties.circuit_breaker.properties.half_open_after,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/resilience/circuit_breaker/half_open_after",schemaPath:"#/definitions/resilience/properties/circuit_breaker/properties/half_open_after/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.circuit_breaker.properties.half_open_after.type,parentSchema:schema13.properties.circuit_breaker.properties.half_open_after,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/resilience/circuit_breaker",schemaPath:"#/definitions/resilience/properties/circuit_breaker/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.circuit_breaker.type,parentSchema:schema13.properties.circuit_breaker,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/resilience",schemaPath:"#/definitions/resilience/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema14 = {"title":"RawRouting","type":"object","additionalProperties":false,"properties":{"defaults":{"description":"The provider instance that receives new resources of each kind that name no provider.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"string"},"pipeline":{"type":"string"},"space":{"type":"string"},"page":{"type":"string"},"project":{"type":"string"},"issue":{"type":"string"}}},"default_strategy":{"type":"string","enum":["round-robin","weighted","least-connections","health-based","adaptive"],"description":"The strategy of rules that name none. Default: round-robin"},"rules":{"description":"Evaluated in order; the first rule that matches a new resource places it. A resource's own `provider:` wins over every rule.","type":"array","items":{"$ref":"#/definitions/routingRule"}}}};
const schema15 = {"title":"RawRoutingRule","type":"object","additionalProperties":false,"required":["to"],"properties":{"name":{"description":"Names the rule in plans, `route explain` and state. Default: rules[INDEX]","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"match":{"$ref":"#/definitions/routingMatch"},"to":{"description":"The candidate provider instances, in order of preference.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"strategy":{"type":"string","enum":["round-robin","weighted","least-connections","health-based","adaptive"],"description":"How to choose among the candidates. Default: routing.default_strategy"},"weights":{"description":"weighted only: provider -> positive weight; new resources are spread in these proportions.","type":"object","additionalProperties":{"type":"number","exclusiveMinimum":0}},"failover":{"description":"Whether a create whose chosen provider is unavailable moves on to another candidate. Default: true","type":"boolean"},"failover_order":{"description":"The candidates to try, in this order, when the chosen one is unavailable. Default: the order of `to`.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}}}};
const schema16 = {"title":"RawRoutingMatch","description":"What the rule applies to; every key given must match. No match block matches every resource.","type":"object","additionalProperties":false,"properties":{"kind":{"description":"A kind or a list of kinds.","oneOf":[{"type":"string","enum":["repository","pipeline","space","page","project","issue"]},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["repository","pipeline","space","page","project","issue"]}}]},"name":{"description":"A glob on the resource name (* any run of characters, ? one, [abc] a set), or a list of globs (any may match).","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"labels":{"description":"Labels the resource must carry with these values.","type":"object","additionalProperties":{"type":"string"}},"tenant":{"description":"The tenant the resource must have, or a list of tenants.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]}}};
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.to === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "match")) || (key0 === "to")) || (key0 === "strategy")) || (key0 === "weights")) || (key0 === "failover")) || (key0 === "failover_order"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema15.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.match !== undefined){
let data1 = data.match;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((key1 === "kind") || (key1 === "name")) || (key1 === "labels")) || (key1 === "tenant"))){
const err4 = {instancePath:instancePath+"/match",schemaPath:"#/definitions/routingMatch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.kind !== undefined){
let data2 = data1.kind;
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/routingMatch/properties/kind/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.kind.oneOf[0].type,parentSchema:schema16.properties.kind.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data2 === "repository") || (data2 === "pipeline")) || (data2 === "space")) || (data2 === "page")) || (data2 === "project")) || (data2 === "issue"))){
const err6 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/routingMatch/properties/kind/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema16.properties.kind.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema16.properties.kind.oneOf[0].enum,parentSchema:schema16.properties.kind.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs12 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/routingMatch/properties/kind/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.properties.kind.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/match/kind/" + i0,schemaPath:"#/definitions/routingMatch/properties/kind/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.kind.oneOf[1].items.type,parentSchema:schema16.properties.kind.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((((data3 === "repository") || (data3 === "pipeline")) || (data3 === "space")) || (data3 === "page")) || (data3 === "project")) || (data3 === "issue"))){
const err9 = {instancePath:instancePath+"/match/kind/" + i0,schemaPath:"#/definitions/routingMatch/properties/kind/oneOf/1/items/enum",keyword:"enum",params:{allowedValues: schema16.properties.kind.oneOf[1].items.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.kind.oneOf[1].items.enum,parentSchema:schema16.properties.kind.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/routingMatch/properties/kind/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema16.properties.kind.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/routingMatch/properties/kind/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.kind.oneOf[1].type,parentSchema:schema16.properties.kind.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err12 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/routingMatch/properties/kind/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema16.properties.kind.oneOf,parentSchema:schema16.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data1.name !== undefined){
let data4 = data1.name;
const _errs17 = errors;
let valid7 = false;
let passing1 = null;
const _errs18 = errors;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/match/name",schemaPath:"#/definitions/routingMatch/properties/name/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.name.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/match/name",schemaPath:"#/definitions/routingMatch/properties/name/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.name.oneOf[0].type,parentSchema:schema16.properties.name.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs18 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs20 = errors;
if(Array.isArray(data4)){
if(data4.length < 1){
const err15 = {instancePath:instancePath+"/match/name",schemaPath:"#/definitions/routingMatch/properties/name/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.properties.name.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err16 = {instancePath:instancePath+"/match/name/" + i2,schemaPath:"#/definitions/routingMatch/properties/name/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.name.oneOf[1].items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/match/name/" + i2,schemaPath:"#/definitions/routingMatch/properties/name/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.name.oneOf[1].items.type,parentSchema:schema16.properties.name.oneOf[1].items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/match/name",schemaPath:"#/definitions/routingMatch/properties/name/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.name.oneOf[1].type,parentSchema:schema16.properties.name.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs20 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err19 = {instancePath:instancePath+"/match/name",schemaPath:"#/definitions/routingMatch/properties/name/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema16.properties.name.oneOf,parentSchema:schema16.properties.name,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data1.labels !== undefined){
let data6 = data1.labels;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
let data7 = data6[key2];
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/match/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/routingMatch/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.labels.additionalProperties.type,parentSchema:schema16.properties.labels.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/match/labels",schemaPath:"#/definitions/routingMatch/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.labels.type,parentSchema:schema16.properties.labels,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.tenant !== undefined){
let data8 = data1.tenant;
const _errs30 = errors;
let valid11 = false;
let passing2 = null;
const _errs31 = errors;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/match/tenant",schemaPath:"#/definitions/routingMatch/properties/tenant/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.tenant.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/match/tenant",schemaPath:"#/definitions/routingMatch/properties/tenant/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.tenant.oneOf[0].type,parentSchema:schema16.properties.tenant.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs31 === errors;
if(_valid2){
valid11 = true;
passing2 = 0;
}
const _errs33 = errors;
if(Array.isArray(data8)){
if(data8.length < 1){
const err24 = {instancePath:instancePath+"/match/tenant",schemaPath:"#/definitions/routingMatch/properties/tenant/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.properties.tenant.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len2 = data8.length;
for(let i3=0; i3<len2; i3++){
let data9 = data8[i3];
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err25 = {instancePath:instancePath+"/match/tenant/" + i3,schemaPath:"#/definitions/routingMatch/properties/tenant/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.tenant.oneOf[1].items,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/match/tenant/" + i3,schemaPath:"#/definitions/routingMatch/properties/tenant/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.tenant.oneOf[1].items.type,parentSchema:schema16.properties.tenant.oneOf[1].items,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/match/tenant",schemaPath:"#/definitions/routingMatch/properties/tenant/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.tenant.oneOf[1].type,parentSchema:schema16.properties.tenant.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid2 = _errs33 === errors;
if(_valid2 && valid11){
valid11 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid11 = true;
passing2 = 1;
}
}
if(!valid11){
const err28 = {instancePath:instancePath+"/match/tenant",schemaPath:"#/definitions/routingMatch/properties/tenant/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema16.properties.tenant.oneOf,parentSchema:schema16.properties.tenant,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/match",schemaPath:"#/definitions/routingMatch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.to !== undefined){
let data10 = data.to;
if(Array.isArray(data10)){
if(data10.length < 1){
const err30 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties.to,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len3 = data10.length;
for(let i4=0; i4<len3; i4++){
let data11 = data10[i4];
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err31 = {instancePath:instancePath+"/to/" + i4,schemaPath:"#/properties/to/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.to.items,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/to/" + i4,schemaPath:"#/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.to.items.type,parentSchema:schema15.properties.to.items,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let i5 = data10.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data10[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err33 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema15.properties.to,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err34 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.to.type,parentSchema:schema15.properties.to,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.strategy !== undefined){
let data12 = data.strategy;
if(typeof data12 !== "string"){
const err35 = {instancePath:instancePath+"/strategy",schemaPath:"#/properties/strategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.strategy.type,parentSchema:schema15.properties.strategy,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((((data12 === "round-robin") || (data12 === "weighted")) || (data12 === "least-connections")) || (data12 === "health-based")) || (data12 === "adaptive"))){
const err36 = {instancePath:instancePath+"/strategy",schemaPath:"#/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema15.properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.strategy.enum,parentSchema:schema15.properties.strategy,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.weights !== undefined){
let data13 = data.weights;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
let data14 = data13[key3];
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 <= 0 || isNaN(data14)){
const err37 = {instancePath:instancePath+"/weights/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/weights/additionalProperties/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema15.properties.weights.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/weights/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/weights/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema15.properties.weights.additionalProperties.type,parentSchema:schema15.properties.weights.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/weights",schemaPath:"#/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.weights.type,parentSchema:schema15.properties.weights,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.failover !== undefined){
let data15 = data.failover;
if(typeof data15 !== "boolean"){
const err40 = {instancePath:instancePath+"/failover",schemaPath:"#/properties/failover/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema15.properties.failover.type,parentSchema:schema15.properties.failover,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.failover_order !== undefined){
let data16 = data.failover_order;
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i6=0; i6<len4; i6++){
let data17 = data16[i6];
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err41 = {instancePath:instancePath+"/failover_order/" + i6,schemaPath:"#/properties/failover_order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.failover_order.items,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/failover_order/" + i6,schemaPath:"#/properties/failover_order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.failover_order.items.type,parentSchema:schema15.properties.failover_order.items,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i7 = data16.length;
let j2;
if(i7 > 1){
const indices2 = {};
for(;i7--;){
let item2 = data16[i7];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err43 = {instancePath:instancePath+"/failover_order",schemaPath:"#/properties/failover_order/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)",schema:true,parentSchema:schema15.properties.failover_order,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break;
}
indices2[item2] = i7;
}
}
}
else {
const err44 = {instancePath:instancePath+"/failover_order",schemaPath:"#/properties/failover_order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.failover_order.type,parentSchema:schema15.properties.failover_order,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "defaults") || (key0 === "default_strategy")) || (key0 === "rules"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.defaults !== undefined){
let data0 = data.defaults;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((((((key1 === "repository") || (key1 === "pipeline")) || (key1 === "space")) || (key1 === "page")) || (key1 === "project")) || (key1 === "issue"))){
const err1 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema14.properties.defaults,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.repository !== undefined){
let data1 = data0.repository;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/defaults/repository",schemaPath:"#/properties/defaults/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.defaults.properties.repository.type,parentSchema:schema14.properties.defaults.properties.repository,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.pipeline !== undefined){
let data2 = data0.pipeline;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/defaults/pipeline",schemaPath:"#/properties/defaults/properties/pipeline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.defaults.properties.pipeline.type,parentSchema:schema14.properties.defaults.properties.pipeline,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.space !== undefined){
let data3 = data0.space;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/defaults/space",schemaPath:"#/properties/defaults/properties/space/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.defaults.properties.space.type,parentSchema:schema14.properties.defaults.properties.space,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.page !== undefined){
let data4 = data0.page;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/defaults/page",schemaPath:"#/properties/defaults/properties/page/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.defaults.properties.page.type,parentSchema:schema14.properties.defaults.properties.page,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.project !== undefined){
let data5 = data0.project;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/defaults/project",schemaPath:"#/properties/defaults/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.defaults.properties.project.type,parentSchema:schema14.properties.defaults.properties.project,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.issue !== undefined){
let data6 = data0.issue;
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/defaults/issue",schemaPath:"#/properties/defaults/properties/issue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.defaults.properties.issue.type,parentSchema:schema14.properties.defaults.properties.issue,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.defaults.type,parentSchema:schema14.properties.defaults,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.default_strategy !== undefined){
let data7 = data.default_strategy;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/default_strategy",schemaPath:"#/properties/default_strategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.default_strategy.type,parentSchema:schema14.properties.default_strategy,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((((data7 === "round-robin") || (data7 === "weighted")) || (data7 === "least-connections")) || (data7 === "health-based")) || (data7 === "adaptive"))){
const err10 = {instancePath:instancePath+"/default_strategy",schemaPath:"#/properties/default_strategy/enum",keyword:"enum",params:{allowedValues: schema14.properties.default_strategy.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.default_strategy.enum,parentSchema:schema14.properties.default_strategy,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.rules !== undefined){
let data8 = data.rules;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate14(data8[i0], {instancePath:instancePath+"/rules/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.rules.type,parentSchema:schema14.properties.rules,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema19 = {"title":"RawResources","description":"Resources by kind, then by name. The address of a resource is KIND.NAME.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"repository.schema.json"}},"pipeline":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"pipeline.schema.json"}},"space":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"space.schema.json"}},"page":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"page.schema.json"}},"project":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"project.schema.json"}},"issue":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"issue.schema.json"}}}};
const schema20 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"};
const schema21 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/repository.schema.json","title":"RepositorySpec","description":"A git repository. Every field but the name is optional; a field left out is not managed.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"name":{"description":"Name of the repository on the provider. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9._-]+$","maxLength":100},"description":{"type":"string","maxLength":350},"default_branch":{"$ref":"#/definitions/branch"},"visibility":{"type":"string","enum":["private","internal","public"]},"topics":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,49}$"},"uniqueItems":true},"homepage":{"type":"string","maxLength":255},"archived":{"type":"boolean"},"features":{"title":"RepositoryFeatures","description":"Which features of the host are switched on; a host without one of them rejects it at plan time.","type":"object","additionalProperties":false,"properties":{"issues":{"type":"boolean"},"wiki":{"type":"boolean"},"projects":{"type":"boolean"}}},"merge":{"title":"MergeSettings","description":"How pull (merge) requests may be merged.","type":"object","additionalProperties":false,"properties":{"merge_commit":{"type":"boolean"},"squash":{"type":"boolean"},"rebase":{"type":"boolean"},"delete_branch_on_merge":{"type":"boolean"}}},"branch_protection":{"description":"Protection rules by branch name. Only the branches listed are managed.","type":"object","propertyNames":{"$ref":"#/definitions/branch"},"additionalProperties":{"$ref":"#/definitions/branchProtection"}},"webhooks":{"description":"Webhooks, identified by their URL.","type":"array","items":{"$ref":"#/definitions/webhook"}},"collaborators":{"description":"Permission of each user (login) on the repository.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"additionalProperties":{"$ref":"#/definitions/permission"}},"teams":{"description":"Permission of each team (slug) on the repository.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"additionalProperties":{"$ref":"#/definitions/permission"}},"mirror":{"title":"PullMirror","description":"Make the repository a pull mirror of another (Gitea). Set at creation only.","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?|git|ssh)://[^\\s]+$"},"interval":{"description":"How often the mirror syncs, e.g. 8h0m0s.","type":"string","pattern":"^(\\d+h)?(\\d+m)?(\\d+s)?$"}}},"ownership":{"title":"Ownership","description":"Whether mosaic owns a list-valued setting whole (exclusive: members not in the config are removed, and the plan shows them) or only ensures what is listed (additive). Defaults: exclusive for topics and webhooks, additive for collaborators and teams.","type":"object","additionalProperties":false,"properties":{"topics":{"$ref":"#/definitions/ownershipMode"},"webhooks":{"$ref":"#/definitions/ownershipMode"},"collaborators":{"$ref":"#/definitions/ownershipMode"},"teams":{"$ref":"#/definitions/ownershipMode"}}}},"definitions":{"branch":{"type":"string","pattern":"^[^\\s~^:?*\\[\\\\]+$","minLength":1},"ownershipMode":{"type":"string","enum":["exclusive","additive"]},"permission":{"description":"mosaic's permission names; each provider maps them onto its own (e.g. write is GitHub's push, GitLab's developer).","type":"string","enum":["read","triage","write","maintain","admin"]},"branchProtection":{"title":"BranchProtection","type":"object","additionalProperties":false,"properties":{"required_reviews":{"description":"Approving reviews a pull request needs; 0 means reviews are not required.","type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_reviews":{"type":"boolean"},"required_status_checks":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"strict_status_checks":{"description":"The branch must be up to date with its base before merging.","type":"boolean"},"enforce_admins":{"type":"boolean"},"linear_history":{"type":"boolean"},"allow_force_pushes":{"type":"boolean"},"allow_deletions":{"type":"boolean"}}},"webhook":{"title":"Webhook","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?|git|ssh)://[^\\s]+$"},"events":{"description":"Event names in GitHub's vocabulary (push, pull_request, issues, release, ...); each provider maps them onto its own.","type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"uniqueItems":true},"active":{"type":"boolean"},"content_type":{"type":"string","enum":["json","form"]},"secret":{"description":"Sent to the provider; state and plan keep only its SHA-256. Use ${env:NAME}.","type":"string","minLength":1}}}}};
const schema23 = {"description":"Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.","type":"string","minLength":1};
const schema24 = {"description":"Free-form key/value labels; routing rules match on them.","type":"object","additionalProperties":{"type":"string"}};
const schema25 = {"description":"The team or tenant that owns this resource; routing rules match on it.","type":"string","minLength":1};
const schema26 = {"title":"Lifecycle","type":"object","additionalProperties":false,"properties":{"prevent_destroy":{"description":"When true, a plan that would delete or replace this resource is an error.","type":"boolean"},"ignore_changes":{"description":"Fields whose live value mosaic leaves alone once the resource exists.","type":"array","items":{"type":"string"},"uniqueItems":true}}};
const schema27 = {"type":"string","pattern":"^[^\\s~^:?*\\[\\\\]+$","minLength":1};
const schema29 = {"title":"BranchProtection","type":"object","additionalProperties":false,"properties":{"required_reviews":{"description":"Approving reviews a pull request needs; 0 means reviews are not required.","type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_reviews":{"type":"boolean"},"required_status_checks":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"strict_status_checks":{"description":"The branch must be up to date with its base before merging.","type":"boolean"},"enforce_admins":{"type":"boolean"},"linear_history":{"type":"boolean"},"allow_force_pushes":{"type":"boolean"},"allow_deletions":{"type":"boolean"}}};
const schema30 = {"title":"Webhook","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?|git|ssh)://[^\\s]+$"},"events":{"description":"Event names in GitHub's vocabulary (push, pull_request, issues, release, ...); each provider maps them onto its own.","type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"uniqueItems":true},"active":{"type":"boolean"},"content_type":{"type":"string","enum":["json","form"]},"secret":{"description":"Sent to the provider; state and plan keep only its SHA-256. Use ${env:NAME}.","type":"string","minLength":1}}};
const schema31 = {"description":"mosaic's permission names; each provider maps them onto its own (e.g. write is GitHub's push, GitLab's developer).","type":"string","enum":["read","triage","write","maintain","admin"]};
const schema33 = {"type":"string","enum":["exclusive","additive"]};
const func13 = Object.prototype.hasOwnProperty;
const pattern9 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern10 = new RegExp("^[^\\s~^:?*\\[\\\\]+$", "u");
const pattern11 = new RegExp("^[a-z0-9][a-z0-9-]{0,49}$", "u");
const pattern13 = new RegExp("^(https?|git|ssh)://[^\\s]+$", "u");
const pattern14 = new RegExp("^[a-z_]+$", "u");
const pattern15 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern18 = new RegExp("^(\\d+h)?(\\d+m)?(\\d+s)?$", "u");

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/repository.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func13.call(schema21.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.additionalProperties.type,parentSchema:schema24.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tenant !== undefined){
let data3 = data.tenant;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lifecycle !== undefined){
let data4 = data.lifecycle;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "prevent_destroy") || (key2 === "ignore_changes"))){
const err7 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.prevent_destroy !== undefined){
let data5 = data4.prevent_destroy;
if(typeof data5 !== "boolean"){
const err8 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.prevent_destroy.type,parentSchema:schema26.properties.prevent_destroy,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.ignore_changes !== undefined){
let data6 = data4.ignore_changes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.ignore_changes.items.type,parentSchema:schema26.properties.ignore_changes.items,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.ignore_changes.type,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.name !== undefined){
let data8 = data.name;
if(typeof data8 === "string"){
if(func2(data8) > 100){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema21.properties.name,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern9.test(data8)){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema21.properties.name,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.name.type,parentSchema:schema21.properties.name,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.description !== undefined){
let data9 = data.description;
if(typeof data9 === "string"){
if(func2(data9) > 350){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema21.properties.description,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.description.type,parentSchema:schema21.properties.description,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.default_branch !== undefined){
let data10 = data.default_branch;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err18 = {instancePath:instancePath+"/default_branch",schemaPath:"#/definitions/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern10.test(data10)){
const err19 = {instancePath:instancePath+"/default_branch",schemaPath:"#/definitions/branch/pattern",keyword:"pattern",params:{pattern: "^[^\\s~^:?*\\[\\\\]+$"},message:"must match pattern \""+"^[^\\s~^:?*\\[\\\\]+$"+"\"",schema:"^[^\\s~^:?*\\[\\\\]+$",parentSchema:schema27,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/default_branch",schemaPath:"#/definitions/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.visibility !== undefined){
let data11 = data.visibility;
if(typeof data11 !== "string"){
const err21 = {instancePath:instancePath+"/visibility",schemaPath:"#/properties/visibility/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.visibility.type,parentSchema:schema21.properties.visibility,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((data11 === "private") || (data11 === "internal")) || (data11 === "public"))){
const err22 = {instancePath:instancePath+"/visibility",schemaPath:"#/properties/visibility/enum",keyword:"enum",params:{allowedValues: schema21.properties.visibility.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.visibility.enum,parentSchema:schema21.properties.visibility,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.topics !== undefined){
let data12 = data.topics;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i2=0; i2<len1; i2++){
let data13 = data12[i2];
if(typeof data13 === "string"){
if(!pattern11.test(data13)){
const err23 = {instancePath:instancePath+"/topics/" + i2,schemaPath:"#/properties/topics/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,49}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,49}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,49}$",parentSchema:schema21.properties.topics.items,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/topics/" + i2,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.topics.items.type,parentSchema:schema21.properties.topics.items,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i3 = data12.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data12[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err25 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema21.properties.topics,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err26 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.topics.type,parentSchema:schema21.properties.topics,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.homepage !== undefined){
let data14 = data.homepage;
if(typeof data14 === "string"){
if(func2(data14) > 255){
const err27 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema21.properties.homepage,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.homepage.type,parentSchema:schema21.properties.homepage,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.archived !== undefined){
let data15 = data.archived;
if(typeof data15 !== "boolean"){
const err29 = {instancePath:instancePath+"/archived",schemaPath:"#/properties/archived/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.archived.type,parentSchema:schema21.properties.archived,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.features !== undefined){
let data16 = data.features;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key3 in data16){
if(!(((key3 === "issues") || (key3 === "wiki")) || (key3 === "projects"))){
const err30 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.features,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.issues !== undefined){
let data17 = data16.issues;
if(typeof data17 !== "boolean"){
const err31 = {instancePath:instancePath+"/features/issues",schemaPath:"#/properties/features/properties/issues/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.features.properties.issues.type,parentSchema:schema21.properties.features.properties.issues,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.wiki !== undefined){
let data18 = data16.wiki;
if(typeof data18 !== "boolean"){
const err32 = {instancePath:instancePath+"/features/wiki",schemaPath:"#/properties/features/properties/wiki/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.features.properties.wiki.type,parentSchema:schema21.properties.features.properties.wiki,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.projects !== undefined){
let data19 = data16.projects;
if(typeof data19 !== "boolean"){
const err33 = {instancePath:instancePath+"/features/projects",schemaPath:"#/properties/features/properties/projects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.features.properties.projects.type,parentSchema:schema21.properties.features.properties.projects,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.features.type,parentSchema:schema21.properties.features,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.merge !== undefined){
let data20 = data.merge;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key4 in data20){
if(!((((key4 === "merge_commit") || (key4 === "squash")) || (key4 === "rebase")) || (key4 === "delete_branch_on_merge"))){
const err35 = {instancePath:instancePath+"/merge",schemaPath:"#/properties/merge/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.merge,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data20.merge_commit !== undefined){
let data21 = data20.merge_commit;
if(typeof data21 !== "boolean"){
const err36 = {instancePath:instancePath+"/merge/merge_commit",schemaPath:"#/properties/merge/properties/merge_commit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.merge.properties.merge_commit.type,parentSchema:schema21.properties.merge.properties.merge_commit,data:data21};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data20.squash !== undefined){
let data22 = data20.squash;
if(typeof data22 !== "boolean"){
const err37 = {instancePath:instancePath+"/merge/squash",schemaPath:"#/properties/merge/properties/squash/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.merge.properties.squash.type,parentSchema:schema21.properties.merge.properties.squash,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data20.rebase !== undefined){
let data23 = data20.rebase;
if(typeof data23 !== "boolean"){
const err38 = {instancePath:instancePath+"/merge/rebase",schemaPath:"#/properties/merge/properties/rebase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.merge.properties.rebase.type,parentSchema:schema21.properties.merge.properties.rebase,data:data23};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data20.delete_branch_on_merge !== undefined){
let data24 = data20.delete_branch_on_merge;
if(typeof data24 !== "boolean"){
const err39 = {instancePath:instancePath+"/merge/delete_branch_on_merge",schemaPath:"#/properties/merge/properties/delete_branch_on_merge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.merge.properties.delete_branch_on_merge.type,parentSchema:schema21.properties.merge.properties.delete_branch_on_merge,data:data24};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/merge",schemaPath:"#/properties/merge/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.merge.type,parentSchema:schema21.properties.merge,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.branch_protection !== undefined){
let data25 = data.branch_protection;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key5 in data25){
const _errs63 = errors;
if(typeof key5 === "string"){
if(func2(key5) < 1){
const err41 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/definitions/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern10.test(key5)){
const err42 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/definitions/branch/pattern",keyword:"pattern",params:{pattern: "^[^\\s~^:?*\\[\\\\]+$"},message:"must match pattern \""+"^[^\\s~^:?*\\[\\\\]+$"+"\"",schema:"^[^\\s~^:?*\\[\\\\]+$",parentSchema:schema27,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/definitions/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var valid16 = _errs63 === errors;
if(!valid16){
const err44 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/properties/branch_protection/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema21.properties.branch_protection.propertyNames,parentSchema:schema21.properties.branch_protection,data:data25};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
for(const key6 in data25){
let data26 = data25[key6];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key7 in data26){
if(!(func13.call(schema29.properties, key7))){
const err45 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/branchProtection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data:data26};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data26.required_reviews !== undefined){
let data27 = data26.required_reviews;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err46 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_reviews",schemaPath:"#/definitions/branchProtection/properties/required_reviews/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.required_reviews.type,parentSchema:schema29.properties.required_reviews,data:data27};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 10 || isNaN(data27)){
const err47 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_reviews",schemaPath:"#/definitions/branchProtection/properties/required_reviews/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema29.properties.required_reviews,data:data27};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err48 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_reviews",schemaPath:"#/definitions/branchProtection/properties/required_reviews/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.required_reviews,data:data27};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data26.dismiss_stale_reviews !== undefined){
let data28 = data26.dismiss_stale_reviews;
if(typeof data28 !== "boolean"){
const err49 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/dismiss_stale_reviews",schemaPath:"#/definitions/branchProtection/properties/dismiss_stale_reviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.dismiss_stale_reviews.type,parentSchema:schema29.properties.dismiss_stale_reviews,data:data28};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data26.require_code_owner_reviews !== undefined){
let data29 = data26.require_code_owner_reviews;
if(typeof data29 !== "boolean"){
const err50 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/require_code_owner_reviews",schemaPath:"#/definitions/branchProtection/properties/require_code_owner_reviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.require_code_owner_reviews.type,parentSchema:schema29.properties.require_code_owner_reviews,data:data29};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data26.required_status_checks !== undefined){
let data30 = data26.required_status_checks;
if(Array.isArray(data30)){
const len2 = data30.length;
for(let i4=0; i4<len2; i4++){
let data31 = data30[i4];
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err51 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_status_checks/" + i4,schemaPath:"#/definitions/branchProtection/properties/required_status_checks/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.required_status_checks.items,data:data31};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_status_checks/" + i4,schemaPath:"#/definitions/branchProtection/properties/required_status_checks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.required_status_checks.items.type,parentSchema:schema29.properties.required_status_checks.items,data:data31};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
let i5 = data30.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data30[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err53 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_status_checks",schemaPath:"#/definitions/branchProtection/properties/required_status_checks/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema29.properties.required_status_checks,data:data30};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err54 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_status_checks",schemaPath:"#/definitions/branchProtection/properties/required_status_checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.required_status_checks.type,parentSchema:schema29.properties.required_status_checks,data:data30};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data26.strict_status_checks !== undefined){
let data32 = data26.strict_status_checks;
if(typeof data32 !== "boolean"){
const err55 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strict_status_checks",schemaPath:"#/definitions/branchProtection/properties/strict_status_checks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.strict_status_checks.type,parentSchema:schema29.properties.strict_status_checks,data:data32};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data26.enforce_admins !== undefined){
let data33 = data26.enforce_admins;
if(typeof data33 !== "boolean"){
const err56 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/enforce_admins",schemaPath:"#/definitions/branchProtection/properties/enforce_admins/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.enforce_admins.type,parentSchema:schema29.properties.enforce_admins,data:data33};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data26.linear_history !== undefined){
let data34 = data26.linear_history;
if(typeof data34 !== "boolean"){
const err57 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/linear_history",schemaPath:"#/definitions/branchProtection/properties/linear_history/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.linear_history.type,parentSchema:schema29.properties.linear_history,data:data34};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data26.allow_force_pushes !== undefined){
let data35 = data26.allow_force_pushes;
if(typeof data35 !== "boolean"){
const err58 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/allow_force_pushes",schemaPath:"#/definitions/branchProtection/properties/allow_force_pushes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.allow_force_pushes.type,parentSchema:schema29.properties.allow_force_pushes,data:data35};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data26.allow_deletions !== undefined){
let data36 = data26.allow_deletions;
if(typeof data36 !== "boolean"){
const err59 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/allow_deletions",schemaPath:"#/definitions/branchProtection/properties/allow_deletions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.allow_deletions.type,parentSchema:schema29.properties.allow_deletions,data:data36};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/branchProtection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/properties/branch_protection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.branch_protection.type,parentSchema:schema21.properties.branch_protection,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.webhooks !== undefined){
let data37 = data.webhooks;
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i6=0; i6<len3; i6++){
let data38 = data37[i6];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.url === undefined){
const err62 = {instancePath:instancePath+"/webhooks/" + i6,schemaPath:"#/definitions/webhook/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema30.required,parentSchema:schema30,data:data38};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key8 in data38){
if(!(((((key8 === "url") || (key8 === "events")) || (key8 === "active")) || (key8 === "content_type")) || (key8 === "secret"))){
const err63 = {instancePath:instancePath+"/webhooks/" + i6,schemaPath:"#/definitions/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data38};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data38.url !== undefined){
let data39 = data38.url;
if(typeof data39 === "string"){
if(!pattern13.test(data39)){
const err64 = {instancePath:instancePath+"/webhooks/" + i6+"/url",schemaPath:"#/definitions/webhook/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?|git|ssh)://[^\\s]+$"},message:"must match pattern \""+"^(https?|git|ssh)://[^\\s]+$"+"\"",schema:"^(https?|git|ssh)://[^\\s]+$",parentSchema:schema30.properties.url,data:data39};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/webhooks/" + i6+"/url",schemaPath:"#/definitions/webhook/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.url.type,parentSchema:schema30.properties.url,data:data39};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data38.events !== undefined){
let data40 = data38.events;
if(Array.isArray(data40)){
const len4 = data40.length;
for(let i7=0; i7<len4; i7++){
let data41 = data40[i7];
if(typeof data41 === "string"){
if(!pattern14.test(data41)){
const err66 = {instancePath:instancePath+"/webhooks/" + i6+"/events/" + i7,schemaPath:"#/definitions/webhook/properties/events/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema30.properties.events.items,data:data41};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/webhooks/" + i6+"/events/" + i7,schemaPath:"#/definitions/webhook/properties/events/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.events.items.type,parentSchema:schema30.properties.events.items,data:data41};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let i8 = data40.length;
let j3;
if(i8 > 1){
const indices3 = {};
for(;i8--;){
let item3 = data40[i8];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err68 = {instancePath:instancePath+"/webhooks/" + i6+"/events",schemaPath:"#/definitions/webhook/properties/events/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)",schema:true,parentSchema:schema30.properties.events,data:data40};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
break;
}
indices3[item3] = i8;
}
}
}
else {
const err69 = {instancePath:instancePath+"/webhooks/" + i6+"/events",schemaPath:"#/definitions/webhook/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.events.type,parentSchema:schema30.properties.events,data:data40};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data38.active !== undefined){
let data42 = data38.active;
if(typeof data42 !== "boolean"){
const err70 = {instancePath:instancePath+"/webhooks/" + i6+"/active",schemaPath:"#/definitions/webhook/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.active.type,parentSchema:schema30.properties.active,data:data42};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data38.content_type !== undefined){
let data43 = data38.content_type;
if(typeof data43 !== "string"){
const err71 = {instancePath:instancePath+"/webhooks/" + i6+"/content_type",schemaPath:"#/definitions/webhook/properties/content_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.content_type.type,parentSchema:schema30.properties.content_type,data:data43};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!((data43 === "json") || (data43 === "form"))){
const err72 = {instancePath:instancePath+"/webhooks/" + i6+"/content_type",schemaPath:"#/definitions/webhook/properties/content_type/enum",keyword:"enum",params:{allowedValues: schema30.properties.content_type.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.content_type.enum,parentSchema:schema30.properties.content_type,data:data43};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data38.secret !== undefined){
let data44 = data38.secret;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err73 = {instancePath:instancePath+"/webhooks/" + i6+"/secret",schemaPath:"#/definitions/webhook/properties/secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.secret,data:data44};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/webhooks/" + i6+"/secret",schemaPath:"#/definitions/webhook/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.secret.type,parentSchema:schema30.properties.secret,data:data44};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/webhooks/" + i6,schemaPath:"#/definitions/webhook/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/webhooks",schemaPath:"#/properties/webhooks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.webhooks.type,parentSchema:schema21.properties.webhooks,data:data37};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.collaborators !== undefined){
let data45 = data.collaborators;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key9 in data45){
const _errs111 = errors;
if(typeof key9 === "string"){
if(!pattern15.test(key9)){
const err77 = {instancePath:instancePath+"/collaborators",schemaPath:"#/properties/collaborators/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema21.properties.collaborators.propertyNames,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/collaborators",schemaPath:"#/properties/collaborators/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.collaborators.propertyNames.type,parentSchema:schema21.properties.collaborators.propertyNames,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var valid31 = _errs111 === errors;
if(!valid31){
const err79 = {instancePath:instancePath+"/collaborators",schemaPath:"#/properties/collaborators/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema21.properties.collaborators.propertyNames,parentSchema:schema21.properties.collaborators,data:data45};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
for(const key10 in data45){
let data46 = data45[key10];
if(typeof data46 !== "string"){
const err80 = {instancePath:instancePath+"/collaborators/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data46};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(((((data46 === "read") || (data46 === "triage")) || (data46 === "write")) || (data46 === "maintain")) || (data46 === "admin"))){
const err81 = {instancePath:instancePath+"/collaborators/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values",schema:schema31.enum,parentSchema:schema31,data:data46};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/collaborators",schemaPath:"#/properties/collaborators/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.collaborators.type,parentSchema:schema21.properties.collaborators,data:data45};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.teams !== undefined){
let data47 = data.teams;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key11 in data47){
const _errs119 = errors;
if(typeof key11 === "string"){
if(!pattern15.test(key11)){
const err83 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema21.properties.teams.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.teams.propertyNames.type,parentSchema:schema21.properties.teams.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var valid34 = _errs119 === errors;
if(!valid34){
const err85 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema21.properties.teams.propertyNames,parentSchema:schema21.properties.teams,data:data47};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
for(const key12 in data47){
let data48 = data47[key12];
if(typeof data48 !== "string"){
const err86 = {instancePath:instancePath+"/teams/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data48};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!(((((data48 === "read") || (data48 === "triage")) || (data48 === "write")) || (data48 === "maintain")) || (data48 === "admin"))){
const err87 = {instancePath:instancePath+"/teams/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values",schema:schema31.enum,parentSchema:schema31,data:data48};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.teams.type,parentSchema:schema21.properties.teams,data:data47};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.mirror !== undefined){
let data49 = data.mirror;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.url === undefined){
const err89 = {instancePath:instancePath+"/mirror",schemaPath:"#/properties/mirror/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema21.properties.mirror.required,parentSchema:schema21.properties.mirror,data:data49};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key13 in data49){
if(!((key13 === "url") || (key13 === "interval"))){
const err90 = {instancePath:instancePath+"/mirror",schemaPath:"#/properties/mirror/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.mirror,data:data49};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data49.url !== undefined){
let data50 = data49.url;
if(typeof data50 === "string"){
if(!pattern13.test(data50)){
const err91 = {instancePath:instancePath+"/mirror/url",schemaPath:"#/properties/mirror/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?|git|ssh)://[^\\s]+$"},message:"must match pattern \""+"^(https?|git|ssh)://[^\\s]+$"+"\"",schema:"^(https?|git|ssh)://[^\\s]+$",parentSchema:schema21.properties.mirror.properties.url,data:data50};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/mirror/url",schemaPath:"#/properties/mirror/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.mirror.properties.url.type,parentSchema:schema21.properties.mirror.properties.url,data:data50};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data49.interval !== undefined){
let data51 = data49.interval;
if(typeof data51 === "string"){
if(!pattern18.test(data51)){
const err93 = {instancePath:instancePath+"/mirror/interval",schemaPath:"#/properties/mirror/properties/interval/pattern",keyword:"pattern",params:{pattern: "^(\\d+h)?(\\d+m)?(\\d+s)?$"},message:"must match pattern \""+"^(\\d+h)?(\\d+m)?(\\d+s)?$"+"\"",schema:"^(\\d+h)?(\\d+m)?(\\d+s)?$",parentSchema:schema21.properties.mirror.properties.interval,data:data51};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/mirror/interval",schemaPath:"#/properties/mirror/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.mirror.properties.interval.type,parentSchema:schema21.properties.mirror.properties.interval,data:data51};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/mirror",schemaPath:"#/properties/mirror/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.mirror.type,parentSchema:schema21.properties.mirror,data:data49};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.ownership !== undefined){
let data52 = data.ownership;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key14 in data52){
if(!((((key14 === "topics") || (key14 === "webhooks")) || (key14 === "collaborators")) || (key14 === "teams"))){
const err96 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.ownership,data:data52};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data52.topics !== undefined){
let data53 = data52.topics;
if(typeof data53 !== "string"){
const err97 = {instancePath:instancePath+"/ownership/topics",schemaPath:"#/definitions/ownershipMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!((data53 === "exclusive") || (data53 === "additive"))){
const err98 = {instancePath:instancePath+"/ownership/topics",schemaPath:"#/definitions/ownershipMode/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data52.webhooks !== undefined){
let data54 = data52.webhooks;
if(typeof data54 !== "string"){
const err99 = {instancePath:instancePath+"/ownership/webhooks",schemaPath:"#/definitions/ownershipMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data54};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(!((data54 === "exclusive") || (data54 === "additive"))){
const err100 = {instancePath:instancePath+"/ownership/webhooks",schemaPath:"#/definitions/ownershipMode/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data54};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data52.collaborators !== undefined){
let data55 = data52.collaborators;
if(typeof data55 !== "string"){
const err101 = {instancePath:instancePath+"/ownership/collaborators",schemaPath:"#/definitions/ownershipMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data55};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!((data55 === "exclusive") || (data55 === "additive"))){
const err102 = {instancePath:instancePath+"/ownership/collaborators",schemaPath:"#/definitions/ownershipMode/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data55};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data52.teams !== undefined){
let data56 = data52.teams;
if(typeof data56 !== "string"){
const err103 = {instancePath:instancePath+"/ownership/teams",schemaPath:"#/definitions/ownershipMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data56};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!((data56 === "exclusive") || (data56 === "additive"))){
const err104 = {instancePath:instancePath+"/ownership/teams",schemaPath:"#/definitions/ownershipMode/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data56};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.ownership.type,parentSchema:schema21.properties.ownership,data:data52};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

const schema38 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/pipeline.schema.json","title":"PipelineSpec","description":"A CI/CD pipeline: a CI file committed to a repository's default branch.","type":"object","additionalProperties":false,"required":["repository","engine","content"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"repository":{"$ref":"common.schema.json#/definitions/reference","description":"The repository resource the pipeline runs in."},"engine":{"type":"string","enum":["github-actions","woodpecker","jenkins","gitlab-ci"]},"path":{"description":"Path of the CI file in the repository. Defaults by engine: .github/workflows/NAME.yml, .woodpecker/NAME.yml, Jenkinsfile, .gitlab-ci.yml.","type":"string","pattern":"^[^/].*[^/]$"},"content":{"description":"The CI file's text.","type":"string"}}};
const schema43 = {"description":"The name of another resource in this config.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"};
const pattern21 = new RegExp("^[^/].*[^/]$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/pipeline.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.repository === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.engine === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "engine"},message:"must have required property '"+"engine"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "provider") || (key0 === "labels")) || (key0 === "tenant")) || (key0 === "lifecycle")) || (key0 === "repository")) || (key0 === "engine")) || (key0 === "path")) || (key0 === "content"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.additionalProperties.type,parentSchema:schema24.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.tenant !== undefined){
let data3 = data.tenant;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.lifecycle !== undefined){
let data4 = data.lifecycle;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "prevent_destroy") || (key2 === "ignore_changes"))){
const err10 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.prevent_destroy !== undefined){
let data5 = data4.prevent_destroy;
if(typeof data5 !== "boolean"){
const err11 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.prevent_destroy.type,parentSchema:schema26.properties.prevent_destroy,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.ignore_changes !== undefined){
let data6 = data4.ignore_changes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.ignore_changes.items.type,parentSchema:schema26.properties.ignore_changes.items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err13 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err14 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.ignore_changes.type,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.repository !== undefined){
let data8 = data.repository;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err16 = {instancePath:instancePath+"/repository",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/repository",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.engine !== undefined){
let data9 = data.engine;
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.engine.type,parentSchema:schema38.properties.engine,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((data9 === "github-actions") || (data9 === "woodpecker")) || (data9 === "jenkins")) || (data9 === "gitlab-ci"))){
const err19 = {instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/enum",keyword:"enum",params:{allowedValues: schema38.properties.engine.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.engine.enum,parentSchema:schema38.properties.engine,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.path !== undefined){
let data10 = data.path;
if(typeof data10 === "string"){
if(!pattern21.test(data10)){
const err20 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^[^/].*[^/]$"},message:"must match pattern \""+"^[^/].*[^/]$"+"\"",schema:"^[^/].*[^/]$",parentSchema:schema38.properties.path,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.path.type,parentSchema:schema38.properties.path,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.content !== undefined){
let data11 = data.content;
if(typeof data11 !== "string"){
const err22 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.content.type,parentSchema:schema38.properties.content,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema45 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/space.schema.json","title":"SpaceSpec","description":"A documentation space holding pages.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"key":{"description":"Short unique key of the space on the provider. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"title":{"type":"string","minLength":1},"description":{"type":"string"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/space.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "provider") || (key0 === "labels")) || (key0 === "tenant")) || (key0 === "lifecycle")) || (key0 === "key")) || (key0 === "title")) || (key0 === "description"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.additionalProperties.type,parentSchema:schema24.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tenant !== undefined){
let data3 = data.tenant;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lifecycle !== undefined){
let data4 = data.lifecycle;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "prevent_destroy") || (key2 === "ignore_changes"))){
const err7 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.prevent_destroy !== undefined){
let data5 = data4.prevent_destroy;
if(typeof data5 !== "boolean"){
const err8 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.prevent_destroy.type,parentSchema:schema26.properties.prevent_destroy,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.ignore_changes !== undefined){
let data6 = data4.ignore_changes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.ignore_changes.items.type,parentSchema:schema26.properties.ignore_changes.items,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.ignore_changes.type,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.key !== undefined){
let data8 = data.key;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema45.properties.key,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.key.type,parentSchema:schema45.properties.key,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data9 = data.title;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.title,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.title.type,parentSchema:schema45.properties.title,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 !== "string"){
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.description.type,parentSchema:schema45.properties.description,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema51 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/page.schema.json","title":"PageSpec","description":"A documentation page in a space.","type":"object","additionalProperties":false,"required":["space","title"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"space":{"$ref":"common.schema.json#/definitions/reference","description":"The space resource the page lives in."},"parent":{"$ref":"common.schema.json#/definitions/reference","description":"The parent page resource, if any."},"slug":{"description":"URL-safe identifier of the page within its space. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"title":{"type":"string","minLength":1},"content":{"description":"Markdown body of the page.","type":"string"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/page.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.space === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "space"},message:"must have required property '"+"space"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func13.call(schema51.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.additionalProperties.type,parentSchema:schema24.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tenant !== undefined){
let data3 = data.tenant;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lifecycle !== undefined){
let data4 = data.lifecycle;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "prevent_destroy") || (key2 === "ignore_changes"))){
const err9 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.prevent_destroy !== undefined){
let data5 = data4.prevent_destroy;
if(typeof data5 !== "boolean"){
const err10 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.prevent_destroy.type,parentSchema:schema26.properties.prevent_destroy,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.ignore_changes !== undefined){
let data6 = data4.ignore_changes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.ignore_changes.items.type,parentSchema:schema26.properties.ignore_changes.items,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.ignore_changes.type,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.space !== undefined){
let data8 = data.space;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err15 = {instancePath:instancePath+"/space",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/space",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.parent !== undefined){
let data9 = data.parent;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err17 = {instancePath:instancePath+"/parent",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema43,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/parent",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.slug !== undefined){
let data10 = data.slug;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err19 = {instancePath:instancePath+"/slug",schemaPath:"#/properties/slug/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema51.properties.slug,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/slug",schemaPath:"#/properties/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.slug.type,parentSchema:schema51.properties.slug,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.title !== undefined){
let data11 = data.title;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err21 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.title,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.title.type,parentSchema:schema51.properties.title,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.content !== undefined){
let data12 = data.content;
if(typeof data12 !== "string"){
const err23 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.content.type,parentSchema:schema51.properties.content,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema59 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/project.schema.json","title":"ProjectSpec","description":"A project-management project holding issues.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"key":{"description":"Short unique key of the project, e.g. PLAT. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"name":{"type":"string","minLength":1},"description":{"type":"string"},"lead":{"type":"string"},"status":{"type":"string","enum":["planned","active","paused","completed","cancelled"]}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/project.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func13.call(schema59.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.additionalProperties.type,parentSchema:schema24.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tenant !== undefined){
let data3 = data.tenant;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lifecycle !== undefined){
let data4 = data.lifecycle;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "prevent_destroy") || (key2 === "ignore_changes"))){
const err7 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.prevent_destroy !== undefined){
let data5 = data4.prevent_destroy;
if(typeof data5 !== "boolean"){
const err8 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.prevent_destroy.type,parentSchema:schema26.properties.prevent_destroy,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.ignore_changes !== undefined){
let data6 = data4.ignore_changes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.ignore_changes.items.type,parentSchema:schema26.properties.ignore_changes.items,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.ignore_changes.type,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.key !== undefined){
let data8 = data.key;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema59.properties.key,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.key.type,parentSchema:schema59.properties.key,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.name !== undefined){
let data9 = data.name;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.name,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.name.type,parentSchema:schema59.properties.name,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 !== "string"){
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.description.type,parentSchema:schema59.properties.description,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.lead !== undefined){
let data11 = data.lead;
if(typeof data11 !== "string"){
const err18 = {instancePath:instancePath+"/lead",schemaPath:"#/properties/lead/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.lead.type,parentSchema:schema59.properties.lead,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.status !== undefined){
let data12 = data.status;
if(typeof data12 !== "string"){
const err19 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.status.type,parentSchema:schema59.properties.status,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((data12 === "planned") || (data12 === "active")) || (data12 === "paused")) || (data12 === "completed")) || (data12 === "cancelled"))){
const err20 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema59.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.status.enum,parentSchema:schema59.properties.status,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema65 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/issue.schema.json","title":"IssueSpec","description":"An issue (work item) in a project.","type":"object","additionalProperties":false,"required":["project","title"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"project":{"$ref":"common.schema.json#/definitions/reference","description":"The project resource the issue belongs to."},"title":{"type":"string","minLength":1},"description":{"type":"string"},"state":{"type":"string","enum":["todo","in_progress","done","cancelled"]},"priority":{"type":"string","enum":["none","low","medium","high","urgent"]},"assignee":{"type":"string"},"tags":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/issue.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.project === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func13.call(schema65.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.additionalProperties.type,parentSchema:schema24.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tenant !== undefined){
let data3 = data.tenant;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lifecycle !== undefined){
let data4 = data.lifecycle;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "prevent_destroy") || (key2 === "ignore_changes"))){
const err9 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.prevent_destroy !== undefined){
let data5 = data4.prevent_destroy;
if(typeof data5 !== "boolean"){
const err10 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.prevent_destroy.type,parentSchema:schema26.properties.prevent_destroy,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.ignore_changes !== undefined){
let data6 = data4.ignore_changes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.ignore_changes.items.type,parentSchema:schema26.properties.ignore_changes.items,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.ignore_changes.type,parentSchema:schema26.properties.ignore_changes,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.project !== undefined){
let data8 = data.project;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err15 = {instancePath:instancePath+"/project",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/project",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.title !== undefined){
let data9 = data.title;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.title,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.title.type,parentSchema:schema65.properties.title,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 !== "string"){
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.description.type,parentSchema:schema65.properties.description,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.state !== undefined){
let data11 = data.state;
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.state.type,parentSchema:schema65.properties.state,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data11 === "todo") || (data11 === "in_progress")) || (data11 === "done")) || (data11 === "cancelled"))){
const err21 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema65.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.state.enum,parentSchema:schema65.properties.state,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.priority !== undefined){
let data12 = data.priority;
if(typeof data12 !== "string"){
const err22 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.priority.type,parentSchema:schema65.properties.priority,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((data12 === "none") || (data12 === "low")) || (data12 === "medium")) || (data12 === "high")) || (data12 === "urgent"))){
const err23 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/enum",keyword:"enum",params:{allowedValues: schema65.properties.priority.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.priority.enum,parentSchema:schema65.properties.priority,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.assignee !== undefined){
let data13 = data.assignee;
if(typeof data13 !== "string"){
const err24 = {instancePath:instancePath+"/assignee",schemaPath:"#/properties/assignee/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.assignee.type,parentSchema:schema65.properties.assignee,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.tags !== undefined){
let data14 = data.tags;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
let data15 = data14[i2];
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err25 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.tags.items,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.tags.items.type,parentSchema:schema65.properties.tags.items,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let i3 = data14.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data14[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err27 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema65.properties.tags,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err28 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.tags.type,parentSchema:schema65.properties.tags,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "repository") || (key0 === "pipeline")) || (key0 === "space")) || (key0 === "page")) || (key0 === "project")) || (key0 === "issue"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.repository !== undefined){
let data0 = data.repository;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err1 = {instancePath:instancePath+"/repository",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema20,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/repository",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid1 = _errs4 === errors;
if(!valid1){
const err3 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema19.properties.repository.propertyNames,parentSchema:schema19.properties.repository,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key2 in data0){
if(!(validate18(data0[key2], {instancePath:instancePath+"/repository/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.repository.type,parentSchema:schema19.properties.repository,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.pipeline !== undefined){
let data2 = data.pipeline;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key3 in data2){
const _errs11 = errors;
if(typeof key3 === "string"){
if(!pattern0.test(key3)){
const err5 = {instancePath:instancePath+"/pipeline",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema20,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/pipeline",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs11 === errors;
if(!valid4){
const err7 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema19.properties.pipeline.propertyNames,parentSchema:schema19.properties.pipeline,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key4 in data2){
if(!(validate21(data2[key4], {instancePath:instancePath+"/pipeline/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.pipeline.type,parentSchema:schema19.properties.pipeline,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.space !== undefined){
let data4 = data.space;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key5 in data4){
const _errs18 = errors;
if(typeof key5 === "string"){
if(!pattern0.test(key5)){
const err9 = {instancePath:instancePath+"/space",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema20,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/space",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid7 = _errs18 === errors;
if(!valid7){
const err11 = {instancePath:instancePath+"/space",schemaPath:"#/properties/space/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema19.properties.space.propertyNames,parentSchema:schema19.properties.space,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key6 in data4){
if(!(validate23(data4[key6], {instancePath:instancePath+"/space/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/space",schemaPath:"#/properties/space/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.space.type,parentSchema:schema19.properties.space,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.page !== undefined){
let data6 = data.page;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key7 in data6){
const _errs25 = errors;
if(typeof key7 === "string"){
if(!pattern0.test(key7)){
const err13 = {instancePath:instancePath+"/page",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema20,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/page",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid10 = _errs25 === errors;
if(!valid10){
const err15 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema19.properties.page.propertyNames,parentSchema:schema19.properties.page,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key8 in data6){
if(!(validate25(data6[key8], {instancePath:instancePath+"/page/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.page.type,parentSchema:schema19.properties.page,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.project !== undefined){
let data8 = data.project;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key9 in data8){
const _errs32 = errors;
if(typeof key9 === "string"){
if(!pattern0.test(key9)){
const err17 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema20,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid13 = _errs32 === errors;
if(!valid13){
const err19 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema19.properties.project.propertyNames,parentSchema:schema19.properties.project,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key10 in data8){
if(!(validate27(data8[key10], {instancePath:instancePath+"/project/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key10,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.project.type,parentSchema:schema19.properties.project,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.issue !== undefined){
let data10 = data.issue;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key11 in data10){
const _errs39 = errors;
if(typeof key11 === "string"){
if(!pattern0.test(key11)){
const err21 = {instancePath:instancePath+"/issue",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema20,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/issue",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid16 = _errs39 === errors;
if(!valid16){
const err23 = {instancePath:instancePath+"/issue",schemaPath:"#/properties/issue/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema19.properties.issue.propertyNames,parentSchema:schema19.properties.issue,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key12 in data10){
if(!(validate29(data10[key12], {instancePath:instancePath+"/issue/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key12,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/issue",schemaPath:"#/properties/issue/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.issue.type,parentSchema:schema19.properties.issue,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/mosaic.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "version") || (key0 === "providers")) || (key0 === "plugins")) || (key0 === "routing")) || (key0 === "state")) || (key0 === "moved")) || (key0 === "resources"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.version.type,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === 1)){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/enum",keyword:"enum",params:{allowedValues: schema11.properties.version.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.version.enum,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.providers !== undefined){
let data1 = data.providers;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err4 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema11.properties.providers.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err5 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.providers.propertyNames,parentSchema:schema11.properties.providers,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key2 in data1){
if(!(validate11(data1[key2], {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.providers.type,parentSchema:schema11.properties.providers,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.plugins !== undefined){
let data3 = data.plugins;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err7 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.plugins.items,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.plugins.items.type,parentSchema:schema11.properties.plugins.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.plugins,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.plugins.type,parentSchema:schema11.properties.plugins,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.routing !== undefined){
if(!(validate13(data.routing, {instancePath:instancePath+"/routing",parentData:data,parentDataProperty:"routing",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.state !== undefined){
let data6 = data.state;
const _errs17 = errors;
let valid7 = true;
const _errs18 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing0;
if((data6.backend === undefined) && (missing0 = "backend")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(data6.backend !== undefined){
if("postgres" !== data6.backend){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
var _valid0 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs20 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.url === undefined){
const err13 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/then/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema17.then.required,parentSchema:schema17.then,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs20 === errors;
valid7 = _valid0;
}
if(!valid7){
const err14 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema17.if,parentSchema:schema17,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!((((key3 === "backend") || (key3 === "path")) || (key3 === "url")) || (key3 === "schema"))){
const err15 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.backend !== undefined){
let data8 = data6.backend;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/state/backend",schemaPath:"#/definitions/stateSettings/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.backend.type,parentSchema:schema17.properties.backend,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data8 === "local") || (data8 === "postgres"))){
const err17 = {instancePath:instancePath+"/state/backend",schemaPath:"#/definitions/stateSettings/properties/backend/enum",keyword:"enum",params:{allowedValues: schema17.properties.backend.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.backend.enum,parentSchema:schema17.properties.backend,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.path !== undefined){
let data9 = data6.path;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err18 = {instancePath:instancePath+"/state/path",schemaPath:"#/definitions/stateSettings/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.path,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/state/path",schemaPath:"#/definitions/stateSettings/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.path.type,parentSchema:schema17.properties.path,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.url !== undefined){
let data10 = data6.url;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err20 = {instancePath:instancePath+"/state/url",schemaPath:"#/definitions/stateSettings/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.url,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/state/url",schemaPath:"#/definitions/stateSettings/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.url.type,parentSchema:schema17.properties.url,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.schema !== undefined){
let data11 = data6.schema;
if(typeof data11 === "string"){
if(func2(data11) > 63){
const err22 = {instancePath:instancePath+"/state/schema",schemaPath:"#/definitions/stateSettings/properties/schema/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema17.properties.schema,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern5.test(data11)){
const err23 = {instancePath:instancePath+"/state/schema",schemaPath:"#/definitions/stateSettings/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]*$"+"\"",schema:"^[a-z_][a-z0-9_]*$",parentSchema:schema17.properties.schema,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/state/schema",schemaPath:"#/definitions/stateSettings/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.schema.type,parentSchema:schema17.properties.schema,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.moved !== undefined){
let data12 = data.moved;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i2=0; i2<len1; i2++){
let data13 = data12[i2];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.from === undefined){
const err26 = {instancePath:instancePath+"/moved/" + i2,schemaPath:"#/definitions/moved/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema18.required,parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data13.to === undefined){
const err27 = {instancePath:instancePath+"/moved/" + i2,schemaPath:"#/definitions/moved/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema18.required,parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key4 in data13){
if(!((key4 === "from") || (key4 === "to"))){
const err28 = {instancePath:instancePath+"/moved/" + i2,schemaPath:"#/definitions/moved/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.from !== undefined){
let data14 = data13.from;
if(typeof data14 === "string"){
if(!pattern6.test(data14)){
const err29 = {instancePath:instancePath+"/moved/" + i2+"/from",schemaPath:"#/definitions/moved/properties/from/pattern",keyword:"pattern",params:{pattern: "^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema18.properties.from,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/moved/" + i2+"/from",schemaPath:"#/definitions/moved/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.from.type,parentSchema:schema18.properties.from,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.to !== undefined){
let data15 = data13.to;
if(typeof data15 === "string"){
if(!pattern6.test(data15)){
const err31 = {instancePath:instancePath+"/moved/" + i2+"/to",schemaPath:"#/definitions/moved/properties/to/pattern",keyword:"pattern",params:{pattern: "^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema18.properties.to,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/moved/" + i2+"/to",schemaPath:"#/definitions/moved/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.to.type,parentSchema:schema18.properties.to,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/moved/" + i2,schemaPath:"#/definitions/moved/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/moved",schemaPath:"#/properties/moved/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.moved.type,parentSchema:schema11.properties.moved,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate17(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
