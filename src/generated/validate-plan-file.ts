// @ts-nocheck
/* eslint-disable */
/* Generated from schemas/plan.schema.json by `npm run gen` (ajv standalone code). Do not edit. */
import type { ErrorObject } from 'ajv';
import type { PlanFileV1 } from './plan.js';

export const validatePlanFile = validate10 as { (data: unknown): data is PlanFileV1; errors?: ErrorObject[] | null };

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/plan.schema.json","title":"PlanFileV1","description":"A plan: what `mosaic plan --json` prints and what `mosaic plan --out FILE` saves for `mosaic apply FILE`.","type":"object","additionalProperties":false,"required":["format_version","mosaic_version","command","lineage","serial","config_hash","options","drift","changes","summary"],"properties":{"format_version":{"type":"integer","enum":[1]},"mosaic_version":{"type":"string"},"command":{"description":"apply for a plan that converges on the config, destroy for one that removes everything.","type":"string","enum":["apply","destroy"]},"lineage":{"description":"Lineage of the state the plan was made against; empty when no state existed.","type":"string"},"serial":{"description":"Serial of the state the plan was made against.","type":"integer","minimum":0},"workspace":{"description":"The workspace whose state the plan was made against; apply refuses the plan in another.","type":"string"},"config_hash":{"description":"SHA-256 of the decoded configuration.","type":"string"},"options":{"type":"object","additionalProperties":false,"required":["target","exclude","replace"],"properties":{"target":{"type":"array","items":{"type":"string"}},"exclude":{"type":"array","items":{"type":"string"}},"replace":{"type":"array","items":{"type":"string"}},"allow_move_delete":{"description":"--allow-move-delete: a move deletes the old object once the new one holds everything.","type":"boolean"}}},"drift":{"type":"array","items":{"$ref":"#/definitions/drift"}},"changes":{"type":"array","items":{"$ref":"#/definitions/resourceChange"}},"summary":{"$ref":"#/definitions/summary"},"requests":{"description":"HTTP requests refresh made, per provider instance that made any; absent when none did. Not part of a saved plan's identity.","type":"object","additionalProperties":{"$ref":"#/definitions/requestCounts"}}},"definitions":{"action":{"type":"string","enum":["create","update","replace","move","delete","import","no-op"]},"fieldChange":{"title":"FieldChange","type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"type":"string"},"before":{"description":"Absent when the field had no value.","tsType":"unknown"},"after":{"description":"Absent when the field will have no value.","tsType":"unknown"},"after_unknown":{"description":"The value is known only after apply (it is the id of a resource not yet created).","type":"boolean"},"forces_replacement":{"type":"boolean"},"ownership":{"description":"For a list-valued setting: exclusive (live members not in the config are removed) or additive (only what is listed is ensured).","type":"string","enum":["exclusive","additive"]},"sensitive":{"description":"The value is a secret; before and after hold its SHA-256, never the secret.","type":"boolean"}}},"drift":{"title":"Drift","type":"object","additionalProperties":false,"required":["address","kind","provider","id","deleted","fields"],"properties":{"address":{"type":"string"},"kind":{"type":"string","enum":["repository","pipeline","space","page","project","issue"]},"provider":{"type":"string"},"id":{"type":"string"},"deleted":{"description":"The live object no longer exists.","type":"boolean"},"fields":{"description":"Fields whose live value differs from the last applied one: before is the state's value, after the live one.","type":"array","items":{"$ref":"#/definitions/fieldChange"}}}},"resourceChange":{"title":"ResourceChange","type":"object","additionalProperties":false,"required":["address","kind","name","provider","action","fields","depends_on"],"properties":{"address":{"type":"string"},"kind":{"type":"string","enum":["repository","pipeline","space","page","project","issue"]},"name":{"type":"string"},"provider":{"type":"string"},"action":{"$ref":"#/definitions/action"},"id":{"description":"The live object's id, when it exists.","type":"string"},"reason":{"description":"Why this action, in a few words.","type":"string"},"moved_from":{"description":"The address the resource had in state before a moved block renamed it.","type":"string"},"natural_key":{"type":"string"},"fields":{"type":"array","items":{"$ref":"#/definitions/fieldChange"}},"spec":{"description":"The desired managed fields, references as resource names.","type":"object","additionalProperties":true},"depends_on":{"description":"Addresses that this change waits for.","type":"array","items":{"type":"string"}},"prevent_destroy":{"description":"lifecycle.prevent_destroy of the resource, recorded in state so it keeps protecting the resource after it leaves the config.","type":"boolean"},"placement":{"$ref":"#/definitions/placement"},"move":{"title":"MoveSource","description":"move only: where the resource lives now; apply creates it on `provider`, copies it (a repository: every ref, git push --mirror), and deletes the old one only with --allow-move-delete.","type":"object","additionalProperties":false,"required":["provider","id"],"properties":{"provider":{"type":"string"},"id":{"type":"string"},"delete":{"description":"Whether apply deletes the old object (--allow-move-delete).","type":"boolean"}}}}},"summary":{"title":"PlanSummary","type":"object","additionalProperties":false,"required":["create","update","replace","delete","import","no_op","drifted"],"properties":{"create":{"type":"integer"},"update":{"type":"integer"},"replace":{"type":"integer"},"delete":{"type":"integer"},"import":{"type":"integer"},"no_op":{"type":"integer"},"drifted":{"type":"integer"},"move":{"type":"integer"}}},"requestCounts":{"title":"RequestCounts","type":"object","additionalProperties":false,"required":["requests","not_modified","rate_limited","retries"],"properties":{"requests":{"description":"Requests sent.","type":"integer","minimum":0},"not_modified":{"description":"Answered 304 Not Modified from the ETag cache.","type":"integer","minimum":0},"rate_limited":{"description":"Requests that count against the API's rate limit.","type":"integer","minimum":0},"retries":{"type":"integer","minimum":0},"rate_limit":{"description":"The budget the API last reported.","type":"object","additionalProperties":false,"required":["remaining","limit"],"properties":{"remaining":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":0}}}}},"placement":{"title":"Placement","description":"How routing chose the provider of a new resource.","type":"object","additionalProperties":false,"required":["reason"],"properties":{"rule":{"description":"The routing rule that placed it (its name, or rules[INDEX]); absent when no rule did.","type":"string"},"strategy":{"type":"string","enum":["round-robin","weighted","least-connections","health-based","adaptive"]},"reason":{"description":"Why this provider, in a few words.","type":"string"},"failover":{"description":"The candidates apply may fail over to, in order, when the chosen provider is unavailable.","type":"array","items":{"type":"string"}}}}}};
const schema18 = {"title":"PlanSummary","type":"object","additionalProperties":false,"required":["create","update","replace","delete","import","no_op","drifted"],"properties":{"create":{"type":"integer"},"update":{"type":"integer"},"replace":{"type":"integer"},"delete":{"type":"integer"},"import":{"type":"integer"},"no_op":{"type":"integer"},"drifted":{"type":"integer"},"move":{"type":"integer"}}};
const schema19 = {"title":"RequestCounts","type":"object","additionalProperties":false,"required":["requests","not_modified","rate_limited","retries"],"properties":{"requests":{"description":"Requests sent.","type":"integer","minimum":0},"not_modified":{"description":"Answered 304 Not Modified from the ETag cache.","type":"integer","minimum":0},"rate_limited":{"description":"Requests that count against the API's rate limit.","type":"integer","minimum":0},"retries":{"type":"integer","minimum":0},"rate_limit":{"description":"The budget the API last reported.","type":"object","additionalProperties":false,"required":["remaining","limit"],"properties":{"remaining":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":0}}}}};
const func2 = Object.prototype.hasOwnProperty;
const schema12 = {"title":"Drift","type":"object","additionalProperties":false,"required":["address","kind","provider","id","deleted","fields"],"properties":{"address":{"type":"string"},"kind":{"type":"string","enum":["repository","pipeline","space","page","project","issue"]},"provider":{"type":"string"},"id":{"type":"string"},"deleted":{"description":"The live object no longer exists.","type":"boolean"},"fields":{"description":"Fields whose live value differs from the last applied one: before is the state's value, after the live one.","type":"array","items":{"$ref":"#/definitions/fieldChange"}}}};
const schema13 = {"title":"FieldChange","type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"type":"string"},"before":{"description":"Absent when the field had no value.","tsType":"unknown"},"after":{"description":"Absent when the field will have no value.","tsType":"unknown"},"after_unknown":{"description":"The value is known only after apply (it is the id of a resource not yet created).","type":"boolean"},"forces_replacement":{"type":"boolean"},"ownership":{"description":"For a list-valued setting: exclusive (live members not in the config are removed) or additive (only what is listed is ensured).","type":"string","enum":["exclusive","additive"]},"sensitive":{"description":"The value is a secret; before and after hold its SHA-256, never the secret.","type":"boolean"}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.provider === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.deleted === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deleted"},message:"must have required property '"+"deleted"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.fields === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "address") || (key0 === "kind")) || (key0 === "provider")) || (key0 === "id")) || (key0 === "deleted")) || (key0 === "fields"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.address !== undefined){
if(typeof data.address !== "string"){
const err7 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((((data1 === "repository") || (data1 === "pipeline")) || (data1 === "space")) || (data1 === "page")) || (data1 === "project")) || (data1 === "issue"))){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema12.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.provider !== undefined){
if(typeof data.provider !== "string"){
const err10 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.deleted !== undefined){
if(typeof data.deleted !== "boolean"){
const err12 = {instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.fields !== undefined){
let data5 = data.fields;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.field === undefined){
const err13 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/definitions/fieldChange/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data6){
if(!(((((((key1 === "field") || (key1 === "before")) || (key1 === "after")) || (key1 === "after_unknown")) || (key1 === "forces_replacement")) || (key1 === "ownership")) || (key1 === "sensitive"))){
const err14 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/definitions/fieldChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.field !== undefined){
if(typeof data6.field !== "string"){
const err15 = {instancePath:instancePath+"/fields/" + i0+"/field",schemaPath:"#/definitions/fieldChange/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.after_unknown !== undefined){
if(typeof data6.after_unknown !== "boolean"){
const err16 = {instancePath:instancePath+"/fields/" + i0+"/after_unknown",schemaPath:"#/definitions/fieldChange/properties/after_unknown/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.forces_replacement !== undefined){
if(typeof data6.forces_replacement !== "boolean"){
const err17 = {instancePath:instancePath+"/fields/" + i0+"/forces_replacement",schemaPath:"#/definitions/fieldChange/properties/forces_replacement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.ownership !== undefined){
let data10 = data6.ownership;
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/fields/" + i0+"/ownership",schemaPath:"#/definitions/fieldChange/properties/ownership/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data10 === "exclusive") || (data10 === "additive"))){
const err19 = {instancePath:instancePath+"/fields/" + i0+"/ownership",schemaPath:"#/definitions/fieldChange/properties/ownership/enum",keyword:"enum",params:{allowedValues: schema13.properties.ownership.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.sensitive !== undefined){
if(typeof data6.sensitive !== "boolean"){
const err20 = {instancePath:instancePath+"/fields/" + i0+"/sensitive",schemaPath:"#/definitions/fieldChange/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err21 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/definitions/fieldChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err22 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema14 = {"title":"ResourceChange","type":"object","additionalProperties":false,"required":["address","kind","name","provider","action","fields","depends_on"],"properties":{"address":{"type":"string"},"kind":{"type":"string","enum":["repository","pipeline","space","page","project","issue"]},"name":{"type":"string"},"provider":{"type":"string"},"action":{"$ref":"#/definitions/action"},"id":{"description":"The live object's id, when it exists.","type":"string"},"reason":{"description":"Why this action, in a few words.","type":"string"},"moved_from":{"description":"The address the resource had in state before a moved block renamed it.","type":"string"},"natural_key":{"type":"string"},"fields":{"type":"array","items":{"$ref":"#/definitions/fieldChange"}},"spec":{"description":"The desired managed fields, references as resource names.","type":"object","additionalProperties":true},"depends_on":{"description":"Addresses that this change waits for.","type":"array","items":{"type":"string"}},"prevent_destroy":{"description":"lifecycle.prevent_destroy of the resource, recorded in state so it keeps protecting the resource after it leaves the config.","type":"boolean"},"placement":{"$ref":"#/definitions/placement"},"move":{"title":"MoveSource","description":"move only: where the resource lives now; apply creates it on `provider`, copies it (a repository: every ref, git push --mirror), and deletes the old one only with --allow-move-delete.","type":"object","additionalProperties":false,"required":["provider","id"],"properties":{"provider":{"type":"string"},"id":{"type":"string"},"delete":{"description":"Whether apply deletes the old object (--allow-move-delete).","type":"boolean"}}}}};
const schema15 = {"type":"string","enum":["create","update","replace","move","delete","import","no-op"]};
const schema17 = {"title":"Placement","description":"How routing chose the provider of a new resource.","type":"object","additionalProperties":false,"required":["reason"],"properties":{"rule":{"description":"The routing rule that placed it (its name, or rules[INDEX]); absent when no rule did.","type":"string"},"strategy":{"type":"string","enum":["round-robin","weighted","least-connections","health-based","adaptive"]},"reason":{"description":"Why this provider, in a few words.","type":"string"},"failover":{"description":"The candidates apply may fail over to, in order, when the chosen provider is unavailable.","type":"array","items":{"type":"string"}}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.provider === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.action === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.fields === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.depends_on === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "depends_on"},message:"must have required property '"+"depends_on"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema14.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.address !== undefined){
if(typeof data.address !== "string"){
const err8 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((data1 === "repository") || (data1 === "pipeline")) || (data1 === "space")) || (data1 === "page")) || (data1 === "project")) || (data1 === "issue"))){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema14.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.provider !== undefined){
if(typeof data.provider !== "string"){
const err12 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.action !== undefined){
let data4 = data.action;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((((data4 === "create") || (data4 === "update")) || (data4 === "replace")) || (data4 === "move")) || (data4 === "delete")) || (data4 === "import")) || (data4 === "no-op"))){
const err14 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/action/enum",keyword:"enum",params:{allowedValues: schema15.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err16 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.moved_from !== undefined){
if(typeof data.moved_from !== "string"){
const err17 = {instancePath:instancePath+"/moved_from",schemaPath:"#/properties/moved_from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.natural_key !== undefined){
if(typeof data.natural_key !== "string"){
const err18 = {instancePath:instancePath+"/natural_key",schemaPath:"#/properties/natural_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.fields !== undefined){
let data9 = data.fields;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.field === undefined){
const err19 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/definitions/fieldChange/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data10){
if(!(((((((key1 === "field") || (key1 === "before")) || (key1 === "after")) || (key1 === "after_unknown")) || (key1 === "forces_replacement")) || (key1 === "ownership")) || (key1 === "sensitive"))){
const err20 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/definitions/fieldChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.field !== undefined){
if(typeof data10.field !== "string"){
const err21 = {instancePath:instancePath+"/fields/" + i0+"/field",schemaPath:"#/definitions/fieldChange/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.after_unknown !== undefined){
if(typeof data10.after_unknown !== "boolean"){
const err22 = {instancePath:instancePath+"/fields/" + i0+"/after_unknown",schemaPath:"#/definitions/fieldChange/properties/after_unknown/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.forces_replacement !== undefined){
if(typeof data10.forces_replacement !== "boolean"){
const err23 = {instancePath:instancePath+"/fields/" + i0+"/forces_replacement",schemaPath:"#/definitions/fieldChange/properties/forces_replacement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.ownership !== undefined){
let data14 = data10.ownership;
if(typeof data14 !== "string"){
const err24 = {instancePath:instancePath+"/fields/" + i0+"/ownership",schemaPath:"#/definitions/fieldChange/properties/ownership/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((data14 === "exclusive") || (data14 === "additive"))){
const err25 = {instancePath:instancePath+"/fields/" + i0+"/ownership",schemaPath:"#/definitions/fieldChange/properties/ownership/enum",keyword:"enum",params:{allowedValues: schema13.properties.ownership.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.sensitive !== undefined){
if(typeof data10.sensitive !== "boolean"){
const err26 = {instancePath:instancePath+"/fields/" + i0+"/sensitive",schemaPath:"#/definitions/fieldChange/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err27 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/definitions/fieldChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.spec !== undefined){
let data16 = data.spec;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
}
else {
const err29 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data17 = data.depends_on;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
if(typeof data17[i1] !== "string"){
const err30 = {instancePath:instancePath+"/depends_on/" + i1,schemaPath:"#/properties/depends_on/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.prevent_destroy !== undefined){
if(typeof data.prevent_destroy !== "boolean"){
const err32 = {instancePath:instancePath+"/prevent_destroy",schemaPath:"#/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.placement !== undefined){
let data20 = data.placement;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.reason === undefined){
const err33 = {instancePath:instancePath+"/placement",schemaPath:"#/definitions/placement/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data20){
if(!((((key2 === "rule") || (key2 === "strategy")) || (key2 === "reason")) || (key2 === "failover"))){
const err34 = {instancePath:instancePath+"/placement",schemaPath:"#/definitions/placement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data20.rule !== undefined){
if(typeof data20.rule !== "string"){
const err35 = {instancePath:instancePath+"/placement/rule",schemaPath:"#/definitions/placement/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data20.strategy !== undefined){
let data22 = data20.strategy;
if(typeof data22 !== "string"){
const err36 = {instancePath:instancePath+"/placement/strategy",schemaPath:"#/definitions/placement/properties/strategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(((((data22 === "round-robin") || (data22 === "weighted")) || (data22 === "least-connections")) || (data22 === "health-based")) || (data22 === "adaptive"))){
const err37 = {instancePath:instancePath+"/placement/strategy",schemaPath:"#/definitions/placement/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema17.properties.strategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data20.reason !== undefined){
if(typeof data20.reason !== "string"){
const err38 = {instancePath:instancePath+"/placement/reason",schemaPath:"#/definitions/placement/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data20.failover !== undefined){
let data24 = data20.failover;
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
if(typeof data24[i2] !== "string"){
const err39 = {instancePath:instancePath+"/placement/failover/" + i2,schemaPath:"#/definitions/placement/properties/failover/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err40 = {instancePath:instancePath+"/placement/failover",schemaPath:"#/definitions/placement/properties/failover/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/placement",schemaPath:"#/definitions/placement/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.move !== undefined){
let data26 = data.move;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.provider === undefined){
const err42 = {instancePath:instancePath+"/move",schemaPath:"#/properties/move/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data26.id === undefined){
const err43 = {instancePath:instancePath+"/move",schemaPath:"#/properties/move/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data26){
if(!(((key3 === "provider") || (key3 === "id")) || (key3 === "delete"))){
const err44 = {instancePath:instancePath+"/move",schemaPath:"#/properties/move/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data26.provider !== undefined){
if(typeof data26.provider !== "string"){
const err45 = {instancePath:instancePath+"/move/provider",schemaPath:"#/properties/move/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data26.id !== undefined){
if(typeof data26.id !== "string"){
const err46 = {instancePath:instancePath+"/move/id",schemaPath:"#/properties/move/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data26.delete !== undefined){
if(typeof data26.delete !== "boolean"){
const err47 = {instancePath:instancePath+"/move/delete",schemaPath:"#/properties/move/properties/delete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/move",schemaPath:"#/properties/move/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/plan.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format_version"},message:"must have required property '"+"format_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mosaic_version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mosaic_version"},message:"must have required property '"+"mosaic_version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lineage === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lineage"},message:"must have required property '"+"lineage"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.serial === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serial"},message:"must have required property '"+"serial"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.config_hash === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config_hash"},message:"must have required property '"+"config_hash"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.options === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.drift === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "drift"},message:"must have required property '"+"drift"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.changes === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.summary === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.format_version !== undefined){
let data0 = data.format_version;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err11 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(data0 === 1)){
const err12 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/enum",keyword:"enum",params:{allowedValues: schema11.properties.format_version.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.mosaic_version !== undefined){
if(typeof data.mosaic_version !== "string"){
const err13 = {instancePath:instancePath+"/mosaic_version",schemaPath:"#/properties/mosaic_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.command !== undefined){
let data2 = data.command;
if(typeof data2 !== "string"){
const err14 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data2 === "apply") || (data2 === "destroy"))){
const err15 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/enum",keyword:"enum",params:{allowedValues: schema11.properties.command.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.lineage !== undefined){
if(typeof data.lineage !== "string"){
const err16 = {instancePath:instancePath+"/lineage",schemaPath:"#/properties/lineage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.serial !== undefined){
let data4 = data.serial;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.workspace !== undefined){
if(typeof data.workspace !== "string"){
const err19 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.config_hash !== undefined){
if(typeof data.config_hash !== "string"){
const err20 = {instancePath:instancePath+"/config_hash",schemaPath:"#/properties/config_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.options !== undefined){
let data7 = data.options;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.target === undefined){
const err21 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.exclude === undefined){
const err22 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/required",keyword:"required",params:{missingProperty: "exclude"},message:"must have required property '"+"exclude"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.replace === undefined){
const err23 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/required",keyword:"required",params:{missingProperty: "replace"},message:"must have required property '"+"replace"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data7){
if(!((((key1 === "target") || (key1 === "exclude")) || (key1 === "replace")) || (key1 === "allow_move_delete"))){
const err24 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.target !== undefined){
let data8 = data7.target;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(typeof data8[i0] !== "string"){
const err25 = {instancePath:instancePath+"/options/target/" + i0,schemaPath:"#/properties/options/properties/target/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/options/target",schemaPath:"#/properties/options/properties/target/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.exclude !== undefined){
let data10 = data7.exclude;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err27 = {instancePath:instancePath+"/options/exclude/" + i1,schemaPath:"#/properties/options/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/options/exclude",schemaPath:"#/properties/options/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.replace !== undefined){
let data12 = data7.replace;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(typeof data12[i2] !== "string"){
const err29 = {instancePath:instancePath+"/options/replace/" + i2,schemaPath:"#/properties/options/properties/replace/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/options/replace",schemaPath:"#/properties/options/properties/replace/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.allow_move_delete !== undefined){
if(typeof data7.allow_move_delete !== "boolean"){
const err31 = {instancePath:instancePath+"/options/allow_move_delete",schemaPath:"#/properties/options/properties/allow_move_delete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.drift !== undefined){
let data15 = data.drift;
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
if(!(validate11(data15[i3], {instancePath:instancePath+"/drift/" + i3,parentData:data15,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.changes !== undefined){
let data17 = data.changes;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
if(!(validate13(data17[i4], {instancePath:instancePath+"/changes/" + i4,parentData:data17,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.summary !== undefined){
let data19 = data.summary;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.create === undefined){
const err35 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/required",keyword:"required",params:{missingProperty: "create"},message:"must have required property '"+"create"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data19.update === undefined){
const err36 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/required",keyword:"required",params:{missingProperty: "update"},message:"must have required property '"+"update"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data19.replace === undefined){
const err37 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/required",keyword:"required",params:{missingProperty: "replace"},message:"must have required property '"+"replace"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data19.delete === undefined){
const err38 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/required",keyword:"required",params:{missingProperty: "delete"},message:"must have required property '"+"delete"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data19.import === undefined){
const err39 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/required",keyword:"required",params:{missingProperty: "import"},message:"must have required property '"+"import"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data19.no_op === undefined){
const err40 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/required",keyword:"required",params:{missingProperty: "no_op"},message:"must have required property '"+"no_op"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data19.drifted === undefined){
const err41 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/required",keyword:"required",params:{missingProperty: "drifted"},message:"must have required property '"+"drifted"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key2 in data19){
if(!((((((((key2 === "create") || (key2 === "update")) || (key2 === "replace")) || (key2 === "delete")) || (key2 === "import")) || (key2 === "no_op")) || (key2 === "drifted")) || (key2 === "move"))){
const err42 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data19.create !== undefined){
let data20 = data19.create;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err43 = {instancePath:instancePath+"/summary/create",schemaPath:"#/definitions/summary/properties/create/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data19.update !== undefined){
let data21 = data19.update;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err44 = {instancePath:instancePath+"/summary/update",schemaPath:"#/definitions/summary/properties/update/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data19.replace !== undefined){
let data22 = data19.replace;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err45 = {instancePath:instancePath+"/summary/replace",schemaPath:"#/definitions/summary/properties/replace/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data19.delete !== undefined){
let data23 = data19.delete;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err46 = {instancePath:instancePath+"/summary/delete",schemaPath:"#/definitions/summary/properties/delete/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data19.import !== undefined){
let data24 = data19.import;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err47 = {instancePath:instancePath+"/summary/import",schemaPath:"#/definitions/summary/properties/import/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.no_op !== undefined){
let data25 = data19.no_op;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err48 = {instancePath:instancePath+"/summary/no_op",schemaPath:"#/definitions/summary/properties/no_op/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data19.drifted !== undefined){
let data26 = data19.drifted;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err49 = {instancePath:instancePath+"/summary/drifted",schemaPath:"#/definitions/summary/properties/drifted/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data19.move !== undefined){
let data27 = data19.move;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err50 = {instancePath:instancePath+"/summary/move",schemaPath:"#/definitions/summary/properties/move/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.requests !== undefined){
let data28 = data.requests;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key3 in data28){
let data29 = data28[key3];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.requests === undefined){
const err52 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/requestCounts/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data29.not_modified === undefined){
const err53 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/requestCounts/required",keyword:"required",params:{missingProperty: "not_modified"},message:"must have required property '"+"not_modified"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data29.rate_limited === undefined){
const err54 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/requestCounts/required",keyword:"required",params:{missingProperty: "rate_limited"},message:"must have required property '"+"rate_limited"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data29.retries === undefined){
const err55 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/requestCounts/required",keyword:"required",params:{missingProperty: "retries"},message:"must have required property '"+"retries"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key4 in data29){
if(!(((((key4 === "requests") || (key4 === "not_modified")) || (key4 === "rate_limited")) || (key4 === "retries")) || (key4 === "rate_limit"))){
const err56 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/requestCounts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data29.requests !== undefined){
let data30 = data29.requests;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err57 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/requests",schemaPath:"#/definitions/requestCounts/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err58 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/requests",schemaPath:"#/definitions/requestCounts/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data29.not_modified !== undefined){
let data31 = data29.not_modified;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err59 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/not_modified",schemaPath:"#/definitions/requestCounts/properties/not_modified/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err60 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/not_modified",schemaPath:"#/definitions/requestCounts/properties/not_modified/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data29.rate_limited !== undefined){
let data32 = data29.rate_limited;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err61 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limited",schemaPath:"#/definitions/requestCounts/properties/rate_limited/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err62 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limited",schemaPath:"#/definitions/requestCounts/properties/rate_limited/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
if(data29.retries !== undefined){
let data33 = data29.retries;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err63 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/retries",schemaPath:"#/definitions/requestCounts/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err64 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/retries",schemaPath:"#/definitions/requestCounts/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data29.rate_limit !== undefined){
let data34 = data29.rate_limit;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.remaining === undefined){
const err65 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limit",schemaPath:"#/definitions/requestCounts/properties/rate_limit/required",keyword:"required",params:{missingProperty: "remaining"},message:"must have required property '"+"remaining"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data34.limit === undefined){
const err66 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limit",schemaPath:"#/definitions/requestCounts/properties/rate_limit/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key5 in data34){
if(!((key5 === "remaining") || (key5 === "limit"))){
const err67 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limit",schemaPath:"#/definitions/requestCounts/properties/rate_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data34.remaining !== undefined){
let data35 = data34.remaining;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err68 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limit/remaining",schemaPath:"#/definitions/requestCounts/properties/rate_limit/properties/remaining/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 0 || isNaN(data35)){
const err69 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limit/remaining",schemaPath:"#/definitions/requestCounts/properties/rate_limit/properties/remaining/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data34.limit !== undefined){
let data36 = data34.limit;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err70 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limit/limit",schemaPath:"#/definitions/requestCounts/properties/rate_limit/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err71 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limit/limit",schemaPath:"#/definitions/requestCounts/properties/rate_limit/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/rate_limit",schemaPath:"#/definitions/requestCounts/properties/rate_limit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/requestCounts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err75 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
