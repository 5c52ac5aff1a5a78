// @ts-nocheck
/* eslint-disable */
/* Generated from schemas/mosaic.schema.json by `npm run gen` (ajv standalone code). Do not edit. */
import type { ErrorObject } from 'ajv';
import type { RawConfig } from './mosaic.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const validateConfig = validate10 as { (data: unknown): data is RawConfig; errors?: ErrorObject[] | null };

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/mosaic.schema.json","title":"RawConfig","description":"A mosaic configuration as written: mosaic.yaml, or the merge of every *.yaml file of a directory.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"Configuration format version.","type":"integer","enum":[1]},"providers":{"description":"Named provider instances. Each names its plugin in `type`; the other keys are that plugin's settings.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/definitions/providerInstance"}},"plugins":{"description":"Provider plugins beyond the built-in ones: a folder holding mosaic-plugin.json (relative to the config) or the name of an installed npm package.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"routing":{"$ref":"#/definitions/routing"},"state":{"$ref":"#/definitions/stateSettings"},"moved":{"description":"Renames of resource addresses: the live object is kept and changed in place instead of deleted and created.","type":"array","items":{"$ref":"#/definitions/moved"}},"resources":{"$ref":"#/definitions/resources"}},"definitions":{"providerInstance":{"title":"RawProviderInstance","type":"object","required":["type"],"properties":{"type":{"description":"The provider plugin, e.g. local.","type":"string","minLength":1}},"additionalProperties":true},"routing":{"title":"RawRouting","type":"object","additionalProperties":false,"properties":{"defaults":{"description":"The provider instance that receives new resources of each kind that name no provider.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"string"},"pipeline":{"type":"string"},"space":{"type":"string"},"page":{"type":"string"},"project":{"type":"string"},"issue":{"type":"string"}}}}},"stateSettings":{"title":"RawStateSettings","description":"Where state, the intent journal, the audit trail and the routing history are kept.","type":"object","additionalProperties":false,"properties":{"backend":{"description":"local (files in path) or postgres (tables in a PostgreSQL database). Default: local","type":"string","enum":["local","postgres"]},"path":{"description":"Folder relative to the config: the local state, or with backend postgres the local caches and the selected workspace. Default: state","type":"string","minLength":1},"url":{"description":"PostgreSQL connection URL, e.g. ${env:MOSAIC_PG_URL} holding postgres://USER:PASSWORD@HOST:5432/DATABASE. Required with backend postgres; with backend local, the target of `mosaic state migrate --to postgres`. mosaic never prints or stores its password.","type":"string","minLength":1},"schema":{"description":"PostgreSQL schema that holds mosaic's tables, created when missing. Default: mosaic","type":"string","pattern":"^[a-z_][a-z0-9_]*$","maxLength":63}},"if":{"required":["backend"],"properties":{"backend":{"const":"postgres"}}},"then":{"required":["url"],"properties":{"url":{"description":"The postgres backend needs the connection URL, best from the environment: url: ${env:MOSAIC_PG_URL}"}}}},"moved":{"title":"RawMoved","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"The old address, e.g. repository.api","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},"to":{"description":"The new address, e.g. repository.api-v2","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"}}},"resourceName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"resources":{"title":"RawResources","description":"Resources by kind, then by name. The address of a resource is KIND.NAME.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"repository.schema.json"}},"pipeline":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"pipeline.schema.json"}},"space":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"space.schema.json"}},"page":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"page.schema.json"}},"project":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"project.schema.json"}},"issue":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"issue.schema.json"}}}}}};
const schema12 = {"title":"RawProviderInstance","type":"object","required":["type"],"properties":{"type":{"description":"The provider plugin, e.g. local.","type":"string","minLength":1}},"additionalProperties":true};
const schema13 = {"title":"RawRouting","type":"object","additionalProperties":false,"properties":{"defaults":{"description":"The provider instance that receives new resources of each kind that name no provider.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"string"},"pipeline":{"type":"string"},"space":{"type":"string"},"page":{"type":"string"},"project":{"type":"string"},"issue":{"type":"string"}}}}};
const schema14 = {"title":"RawStateSettings","description":"Where state, the intent journal, the audit trail and the routing history are kept.","type":"object","additionalProperties":false,"properties":{"backend":{"description":"local (files in path) or postgres (tables in a PostgreSQL database). Default: local","type":"string","enum":["local","postgres"]},"path":{"description":"Folder relative to the config: the local state, or with backend postgres the local caches and the selected workspace. Default: state","type":"string","minLength":1},"url":{"description":"PostgreSQL connection URL, e.g. ${env:MOSAIC_PG_URL} holding postgres://USER:PASSWORD@HOST:5432/DATABASE. Required with backend postgres; with backend local, the target of `mosaic state migrate --to postgres`. mosaic never prints or stores its password.","type":"string","minLength":1},"schema":{"description":"PostgreSQL schema that holds mosaic's tables, created when missing. Default: mosaic","type":"string","pattern":"^[a-z_][a-z0-9_]*$","maxLength":63}},"if":{"required":["backend"],"properties":{"backend":{"const":"postgres"}}},"then":{"required":["url"],"properties":{"url":{"description":"The postgres backend needs the connection URL, best from the environment: url: ${env:MOSAIC_PG_URL}"}}}};
const schema15 = {"title":"RawMoved","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"The old address, e.g. repository.api","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},"to":{"description":"The new address, e.g. repository.api-v2","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"}}};
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern1 = new RegExp("^[a-z_][a-z0-9_]*$", "u");
const pattern2 = new RegExp("^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const func2 = require("ajv/dist/runtime/ucs2length").default;
const schema16 = {"title":"RawResources","description":"Resources by kind, then by name. The address of a resource is KIND.NAME.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"repository.schema.json"}},"pipeline":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"pipeline.schema.json"}},"space":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"space.schema.json"}},"page":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"page.schema.json"}},"project":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"project.schema.json"}},"issue":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"issue.schema.json"}}}};
const schema17 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"};
const schema18 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/repository.schema.json","title":"RepositorySpec","description":"A git repository. Every field but the name is optional; a field left out is not managed.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"name":{"description":"Name of the repository on the provider. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9._-]+$","maxLength":100},"description":{"type":"string","maxLength":350},"default_branch":{"$ref":"#/definitions/branch"},"visibility":{"type":"string","enum":["private","internal","public"]},"topics":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,49}$"},"uniqueItems":true},"homepage":{"type":"string","maxLength":255},"archived":{"type":"boolean"},"features":{"title":"RepositoryFeatures","description":"Which features of the host are switched on; a host without one of them rejects it at plan time.","type":"object","additionalProperties":false,"properties":{"issues":{"type":"boolean"},"wiki":{"type":"boolean"},"projects":{"type":"boolean"}}},"merge":{"title":"MergeSettings","description":"How pull (merge) requests may be merged.","type":"object","additionalProperties":false,"properties":{"merge_commit":{"type":"boolean"},"squash":{"type":"boolean"},"rebase":{"type":"boolean"},"delete_branch_on_merge":{"type":"boolean"}}},"branch_protection":{"description":"Protection rules by branch name. Only the branches listed are managed.","type":"object","propertyNames":{"$ref":"#/definitions/branch"},"additionalProperties":{"$ref":"#/definitions/branchProtection"}},"webhooks":{"description":"Webhooks, identified by their URL.","type":"array","items":{"$ref":"#/definitions/webhook"}},"collaborators":{"description":"Permission of each user (login) on the repository.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"additionalProperties":{"$ref":"#/definitions/permission"}},"teams":{"description":"Permission of each team (slug) on the repository.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"additionalProperties":{"$ref":"#/definitions/permission"}},"mirror":{"title":"PullMirror","description":"Make the repository a pull mirror of another (Gitea). Set at creation only.","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?|git|ssh)://[^\\s]+$"},"interval":{"description":"How often the mirror syncs, e.g. 8h0m0s.","type":"string","pattern":"^(\\d+h)?(\\d+m)?(\\d+s)?$"}}},"ownership":{"title":"Ownership","description":"Whether mosaic owns a list-valued setting whole (exclusive: members not in the config are removed, and the plan shows them) or only ensures what is listed (additive). Defaults: exclusive for topics and webhooks, additive for collaborators and teams.","type":"object","additionalProperties":false,"properties":{"topics":{"$ref":"#/definitions/ownershipMode"},"webhooks":{"$ref":"#/definitions/ownershipMode"},"collaborators":{"$ref":"#/definitions/ownershipMode"},"teams":{"$ref":"#/definitions/ownershipMode"}}}},"definitions":{"branch":{"type":"string","pattern":"^[^\\s~^:?*\\[\\\\]+$","minLength":1},"ownershipMode":{"type":"string","enum":["exclusive","additive"]},"permission":{"description":"mosaic's permission names; each provider maps them onto its own (e.g. write is GitHub's push, GitLab's developer).","type":"string","enum":["read","triage","write","maintain","admin"]},"branchProtection":{"title":"BranchProtection","type":"object","additionalProperties":false,"properties":{"required_reviews":{"description":"Approving reviews a pull request needs; 0 means reviews are not required.","type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_reviews":{"type":"boolean"},"required_status_checks":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"strict_status_checks":{"description":"The branch must be up to date with its base before merging.","type":"boolean"},"enforce_admins":{"type":"boolean"},"linear_history":{"type":"boolean"},"allow_force_pushes":{"type":"boolean"},"allow_deletions":{"type":"boolean"}}},"webhook":{"title":"Webhook","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?|git|ssh)://[^\\s]+$"},"events":{"description":"Event names in GitHub's vocabulary (push, pull_request, issues, release, ...); each provider maps them onto its own.","type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"uniqueItems":true},"active":{"type":"boolean"},"content_type":{"type":"string","enum":["json","form"]},"secret":{"description":"Sent to the provider; state and plan keep only its SHA-256. Use ${env:NAME}.","type":"string","minLength":1}}}}};
const schema20 = {"description":"Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.","type":"string","minLength":1};
const schema21 = {"description":"Free-form key/value labels; routing rules match on them.","type":"object","additionalProperties":{"type":"string"}};
const schema22 = {"description":"The team or tenant that owns this resource; routing rules match on it.","type":"string","minLength":1};
const schema23 = {"title":"Lifecycle","type":"object","additionalProperties":false,"properties":{"prevent_destroy":{"description":"When true, a plan that would delete or replace this resource is an error.","type":"boolean"},"ignore_changes":{"description":"Fields whose live value mosaic leaves alone once the resource exists.","type":"array","items":{"type":"string"},"uniqueItems":true}}};
const schema24 = {"type":"string","pattern":"^[^\\s~^:?*\\[\\\\]+$","minLength":1};
const schema26 = {"title":"BranchProtection","type":"object","additionalProperties":false,"properties":{"required_reviews":{"description":"Approving reviews a pull request needs; 0 means reviews are not required.","type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_reviews":{"type":"boolean"},"required_status_checks":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"strict_status_checks":{"description":"The branch must be up to date with its base before merging.","type":"boolean"},"enforce_admins":{"type":"boolean"},"linear_history":{"type":"boolean"},"allow_force_pushes":{"type":"boolean"},"allow_deletions":{"type":"boolean"}}};
const schema27 = {"title":"Webhook","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?|git|ssh)://[^\\s]+$"},"events":{"description":"Event names in GitHub's vocabulary (push, pull_request, issues, release, ...); each provider maps them onto its own.","type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"uniqueItems":true},"active":{"type":"boolean"},"content_type":{"type":"string","enum":["json","form"]},"secret":{"description":"Sent to the provider; state and plan keep only its SHA-256. Use ${env:NAME}.","type":"string","minLength":1}}};
const schema28 = {"description":"mosaic's permission names; each provider maps them onto its own (e.g. write is GitHub's push, GitLab's developer).","type":"string","enum":["read","triage","write","maintain","admin"]};
const schema30 = {"type":"string","enum":["exclusive","additive"]};
const func7 = Object.prototype.hasOwnProperty;
const pattern5 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern6 = new RegExp("^[^\\s~^:?*\\[\\\\]+$", "u");
const pattern7 = new RegExp("^[a-z0-9][a-z0-9-]{0,49}$", "u");
const pattern9 = new RegExp("^(https?|git|ssh)://[^\\s]+$", "u");
const pattern10 = new RegExp("^[a-z_]+$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern14 = new RegExp("^(\\d+h)?(\\d+m)?(\\d+s)?$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/repository.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func7.call(schema18.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
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
const err1 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
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
const err2 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
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
const err3 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.additionalProperties.type,parentSchema:schema21.additionalProperties,data:data2};
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
const err4 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data1};
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
const err5 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22,data:data3};
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
const err6 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data3};
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
const err7 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data4};
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
const err8 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.prevent_destroy.type,parentSchema:schema23.properties.prevent_destroy,data:data5};
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
const err9 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.ignore_changes.items.type,parentSchema:schema23.properties.ignore_changes.items,data:data7};
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
const err10 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.ignore_changes.type,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err12 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data4};
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
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema18.properties.name,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern5.test(data8)){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema18.properties.name,data:data8};
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
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.name.type,parentSchema:schema18.properties.name,data:data8};
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
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema18.properties.description,data:data9};
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
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.description.type,parentSchema:schema18.properties.description,data:data9};
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
const err18 = {instancePath:instancePath+"/default_branch",schemaPath:"#/definitions/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern6.test(data10)){
const err19 = {instancePath:instancePath+"/default_branch",schemaPath:"#/definitions/branch/pattern",keyword:"pattern",params:{pattern: "^[^\\s~^:?*\\[\\\\]+$"},message:"must match pattern \""+"^[^\\s~^:?*\\[\\\\]+$"+"\"",schema:"^[^\\s~^:?*\\[\\\\]+$",parentSchema:schema24,data:data10};
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
const err20 = {instancePath:instancePath+"/default_branch",schemaPath:"#/definitions/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data10};
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
const err21 = {instancePath:instancePath+"/visibility",schemaPath:"#/properties/visibility/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.visibility.type,parentSchema:schema18.properties.visibility,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((data11 === "private") || (data11 === "internal")) || (data11 === "public"))){
const err22 = {instancePath:instancePath+"/visibility",schemaPath:"#/properties/visibility/enum",keyword:"enum",params:{allowedValues: schema18.properties.visibility.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.visibility.enum,parentSchema:schema18.properties.visibility,data:data11};
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
if(!pattern7.test(data13)){
const err23 = {instancePath:instancePath+"/topics/" + i2,schemaPath:"#/properties/topics/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,49}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,49}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,49}$",parentSchema:schema18.properties.topics.items,data:data13};
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
const err24 = {instancePath:instancePath+"/topics/" + i2,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.topics.items.type,parentSchema:schema18.properties.topics.items,data:data13};
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
const err25 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema18.properties.topics,data:data12};
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
const err26 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.topics.type,parentSchema:schema18.properties.topics,data:data12};
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
const err27 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema18.properties.homepage,data:data14};
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
const err28 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.homepage.type,parentSchema:schema18.properties.homepage,data:data14};
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
const err29 = {instancePath:instancePath+"/archived",schemaPath:"#/properties/archived/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.archived.type,parentSchema:schema18.properties.archived,data:data15};
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
const err30 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema18.properties.features,data:data16};
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
const err31 = {instancePath:instancePath+"/features/issues",schemaPath:"#/properties/features/properties/issues/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.features.properties.issues.type,parentSchema:schema18.properties.features.properties.issues,data:data17};
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
const err32 = {instancePath:instancePath+"/features/wiki",schemaPath:"#/properties/features/properties/wiki/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.features.properties.wiki.type,parentSchema:schema18.properties.features.properties.wiki,data:data18};
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
const err33 = {instancePath:instancePath+"/features/projects",schemaPath:"#/properties/features/properties/projects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.features.properties.projects.type,parentSchema:schema18.properties.features.properties.projects,data:data19};
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
const err34 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.features.type,parentSchema:schema18.properties.features,data:data16};
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
const err35 = {instancePath:instancePath+"/merge",schemaPath:"#/properties/merge/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema18.properties.merge,data:data20};
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
const err36 = {instancePath:instancePath+"/merge/merge_commit",schemaPath:"#/properties/merge/properties/merge_commit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.merge.properties.merge_commit.type,parentSchema:schema18.properties.merge.properties.merge_commit,data:data21};
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
const err37 = {instancePath:instancePath+"/merge/squash",schemaPath:"#/properties/merge/properties/squash/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.merge.properties.squash.type,parentSchema:schema18.properties.merge.properties.squash,data:data22};
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
const err38 = {instancePath:instancePath+"/merge/rebase",schemaPath:"#/properties/merge/properties/rebase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.merge.properties.rebase.type,parentSchema:schema18.properties.merge.properties.rebase,data:data23};
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
const err39 = {instancePath:instancePath+"/merge/delete_branch_on_merge",schemaPath:"#/properties/merge/properties/delete_branch_on_merge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.merge.properties.delete_branch_on_merge.type,parentSchema:schema18.properties.merge.properties.delete_branch_on_merge,data:data24};
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
const err40 = {instancePath:instancePath+"/merge",schemaPath:"#/properties/merge/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.merge.type,parentSchema:schema18.properties.merge,data:data20};
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
const err41 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/definitions/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern6.test(key5)){
const err42 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/definitions/branch/pattern",keyword:"pattern",params:{pattern: "^[^\\s~^:?*\\[\\\\]+$"},message:"must match pattern \""+"^[^\\s~^:?*\\[\\\\]+$"+"\"",schema:"^[^\\s~^:?*\\[\\\\]+$",parentSchema:schema24,data:key5,propertyName:key5};
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
const err43 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/definitions/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:key5,propertyName:key5};
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
const err44 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/properties/branch_protection/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema18.properties.branch_protection.propertyNames,parentSchema:schema18.properties.branch_protection,data:data25};
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
if(!(func7.call(schema26.properties, key7))){
const err45 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/branchProtection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data26};
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
const err46 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_reviews",schemaPath:"#/definitions/branchProtection/properties/required_reviews/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.properties.required_reviews.type,parentSchema:schema26.properties.required_reviews,data:data27};
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
const err47 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_reviews",schemaPath:"#/definitions/branchProtection/properties/required_reviews/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema26.properties.required_reviews,data:data27};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err48 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_reviews",schemaPath:"#/definitions/branchProtection/properties/required_reviews/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema26.properties.required_reviews,data:data27};
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
const err49 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/dismiss_stale_reviews",schemaPath:"#/definitions/branchProtection/properties/dismiss_stale_reviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.dismiss_stale_reviews.type,parentSchema:schema26.properties.dismiss_stale_reviews,data:data28};
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
const err50 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/require_code_owner_reviews",schemaPath:"#/definitions/branchProtection/properties/require_code_owner_reviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.require_code_owner_reviews.type,parentSchema:schema26.properties.require_code_owner_reviews,data:data29};
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
const err51 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_status_checks/" + i4,schemaPath:"#/definitions/branchProtection/properties/required_status_checks/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.required_status_checks.items,data:data31};
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
const err52 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_status_checks/" + i4,schemaPath:"#/definitions/branchProtection/properties/required_status_checks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.required_status_checks.items.type,parentSchema:schema26.properties.required_status_checks.items,data:data31};
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
const err53 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_status_checks",schemaPath:"#/definitions/branchProtection/properties/required_status_checks/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema26.properties.required_status_checks,data:data30};
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
const err54 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required_status_checks",schemaPath:"#/definitions/branchProtection/properties/required_status_checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.required_status_checks.type,parentSchema:schema26.properties.required_status_checks,data:data30};
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
const err55 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strict_status_checks",schemaPath:"#/definitions/branchProtection/properties/strict_status_checks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.strict_status_checks.type,parentSchema:schema26.properties.strict_status_checks,data:data32};
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
const err56 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/enforce_admins",schemaPath:"#/definitions/branchProtection/properties/enforce_admins/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.enforce_admins.type,parentSchema:schema26.properties.enforce_admins,data:data33};
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
const err57 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/linear_history",schemaPath:"#/definitions/branchProtection/properties/linear_history/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.linear_history.type,parentSchema:schema26.properties.linear_history,data:data34};
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
const err58 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/allow_force_pushes",schemaPath:"#/definitions/branchProtection/properties/allow_force_pushes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.allow_force_pushes.type,parentSchema:schema26.properties.allow_force_pushes,data:data35};
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
const err59 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/allow_deletions",schemaPath:"#/definitions/branchProtection/properties/allow_deletions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.allow_deletions.type,parentSchema:schema26.properties.allow_deletions,data:data36};
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
const err60 = {instancePath:instancePath+"/branch_protection/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/branchProtection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data26};
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
const err61 = {instancePath:instancePath+"/branch_protection",schemaPath:"#/properties/branch_protection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.branch_protection.type,parentSchema:schema18.properties.branch_protection,data:data25};
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
const err62 = {instancePath:instancePath+"/webhooks/" + i6,schemaPath:"#/definitions/webhook/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema27.required,parentSchema:schema27,data:data38};
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
const err63 = {instancePath:instancePath+"/webhooks/" + i6,schemaPath:"#/definitions/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data38};
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
if(!pattern9.test(data39)){
const err64 = {instancePath:instancePath+"/webhooks/" + i6+"/url",schemaPath:"#/definitions/webhook/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?|git|ssh)://[^\\s]+$"},message:"must match pattern \""+"^(https?|git|ssh)://[^\\s]+$"+"\"",schema:"^(https?|git|ssh)://[^\\s]+$",parentSchema:schema27.properties.url,data:data39};
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
const err65 = {instancePath:instancePath+"/webhooks/" + i6+"/url",schemaPath:"#/definitions/webhook/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.url.type,parentSchema:schema27.properties.url,data:data39};
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
if(!pattern10.test(data41)){
const err66 = {instancePath:instancePath+"/webhooks/" + i6+"/events/" + i7,schemaPath:"#/definitions/webhook/properties/events/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema27.properties.events.items,data:data41};
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
const err67 = {instancePath:instancePath+"/webhooks/" + i6+"/events/" + i7,schemaPath:"#/definitions/webhook/properties/events/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.events.items.type,parentSchema:schema27.properties.events.items,data:data41};
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
const err68 = {instancePath:instancePath+"/webhooks/" + i6+"/events",schemaPath:"#/definitions/webhook/properties/events/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)",schema:true,parentSchema:schema27.properties.events,data:data40};
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
const err69 = {instancePath:instancePath+"/webhooks/" + i6+"/events",schemaPath:"#/definitions/webhook/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.events.type,parentSchema:schema27.properties.events,data:data40};
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
const err70 = {instancePath:instancePath+"/webhooks/" + i6+"/active",schemaPath:"#/definitions/webhook/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.active.type,parentSchema:schema27.properties.active,data:data42};
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
const err71 = {instancePath:instancePath+"/webhooks/" + i6+"/content_type",schemaPath:"#/definitions/webhook/properties/content_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.content_type.type,parentSchema:schema27.properties.content_type,data:data43};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!((data43 === "json") || (data43 === "form"))){
const err72 = {instancePath:instancePath+"/webhooks/" + i6+"/content_type",schemaPath:"#/definitions/webhook/properties/content_type/enum",keyword:"enum",params:{allowedValues: schema27.properties.content_type.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.content_type.enum,parentSchema:schema27.properties.content_type,data:data43};
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
const err73 = {instancePath:instancePath+"/webhooks/" + i6+"/secret",schemaPath:"#/definitions/webhook/properties/secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.secret,data:data44};
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
const err74 = {instancePath:instancePath+"/webhooks/" + i6+"/secret",schemaPath:"#/definitions/webhook/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.secret.type,parentSchema:schema27.properties.secret,data:data44};
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
const err75 = {instancePath:instancePath+"/webhooks/" + i6,schemaPath:"#/definitions/webhook/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data38};
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
const err76 = {instancePath:instancePath+"/webhooks",schemaPath:"#/properties/webhooks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.webhooks.type,parentSchema:schema18.properties.webhooks,data:data37};
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
if(!pattern11.test(key9)){
const err77 = {instancePath:instancePath+"/collaborators",schemaPath:"#/properties/collaborators/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema18.properties.collaborators.propertyNames,data:key9,propertyName:key9};
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
const err78 = {instancePath:instancePath+"/collaborators",schemaPath:"#/properties/collaborators/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.collaborators.propertyNames.type,parentSchema:schema18.properties.collaborators.propertyNames,data:key9,propertyName:key9};
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
const err79 = {instancePath:instancePath+"/collaborators",schemaPath:"#/properties/collaborators/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema18.properties.collaborators.propertyNames,parentSchema:schema18.properties.collaborators,data:data45};
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
const err80 = {instancePath:instancePath+"/collaborators/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:data46};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(((((data46 === "read") || (data46 === "triage")) || (data46 === "write")) || (data46 === "maintain")) || (data46 === "admin"))){
const err81 = {instancePath:instancePath+"/collaborators/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema28.enum},message:"must be equal to one of the allowed values",schema:schema28.enum,parentSchema:schema28,data:data46};
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
const err82 = {instancePath:instancePath+"/collaborators",schemaPath:"#/properties/collaborators/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.collaborators.type,parentSchema:schema18.properties.collaborators,data:data45};
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
if(!pattern11.test(key11)){
const err83 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema18.properties.teams.propertyNames,data:key11,propertyName:key11};
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
const err84 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.teams.propertyNames.type,parentSchema:schema18.properties.teams.propertyNames,data:key11,propertyName:key11};
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
const err85 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema18.properties.teams.propertyNames,parentSchema:schema18.properties.teams,data:data47};
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
const err86 = {instancePath:instancePath+"/teams/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:data48};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!(((((data48 === "read") || (data48 === "triage")) || (data48 === "write")) || (data48 === "maintain")) || (data48 === "admin"))){
const err87 = {instancePath:instancePath+"/teams/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema28.enum},message:"must be equal to one of the allowed values",schema:schema28.enum,parentSchema:schema28,data:data48};
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
const err88 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.teams.type,parentSchema:schema18.properties.teams,data:data47};
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
const err89 = {instancePath:instancePath+"/mirror",schemaPath:"#/properties/mirror/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema18.properties.mirror.required,parentSchema:schema18.properties.mirror,data:data49};
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
const err90 = {instancePath:instancePath+"/mirror",schemaPath:"#/properties/mirror/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema18.properties.mirror,data:data49};
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
if(!pattern9.test(data50)){
const err91 = {instancePath:instancePath+"/mirror/url",schemaPath:"#/properties/mirror/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?|git|ssh)://[^\\s]+$"},message:"must match pattern \""+"^(https?|git|ssh)://[^\\s]+$"+"\"",schema:"^(https?|git|ssh)://[^\\s]+$",parentSchema:schema18.properties.mirror.properties.url,data:data50};
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
const err92 = {instancePath:instancePath+"/mirror/url",schemaPath:"#/properties/mirror/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.mirror.properties.url.type,parentSchema:schema18.properties.mirror.properties.url,data:data50};
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
if(!pattern14.test(data51)){
const err93 = {instancePath:instancePath+"/mirror/interval",schemaPath:"#/properties/mirror/properties/interval/pattern",keyword:"pattern",params:{pattern: "^(\\d+h)?(\\d+m)?(\\d+s)?$"},message:"must match pattern \""+"^(\\d+h)?(\\d+m)?(\\d+s)?$"+"\"",schema:"^(\\d+h)?(\\d+m)?(\\d+s)?$",parentSchema:schema18.properties.mirror.properties.interval,data:data51};
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
const err94 = {instancePath:instancePath+"/mirror/interval",schemaPath:"#/properties/mirror/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.mirror.properties.interval.type,parentSchema:schema18.properties.mirror.properties.interval,data:data51};
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
const err95 = {instancePath:instancePath+"/mirror",schemaPath:"#/properties/mirror/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.mirror.type,parentSchema:schema18.properties.mirror,data:data49};
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
const err96 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema18.properties.ownership,data:data52};
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
const err97 = {instancePath:instancePath+"/ownership/topics",schemaPath:"#/definitions/ownershipMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data53};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!((data53 === "exclusive") || (data53 === "additive"))){
const err98 = {instancePath:instancePath+"/ownership/topics",schemaPath:"#/definitions/ownershipMode/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values",schema:schema30.enum,parentSchema:schema30,data:data53};
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
const err99 = {instancePath:instancePath+"/ownership/webhooks",schemaPath:"#/definitions/ownershipMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data54};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(!((data54 === "exclusive") || (data54 === "additive"))){
const err100 = {instancePath:instancePath+"/ownership/webhooks",schemaPath:"#/definitions/ownershipMode/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values",schema:schema30.enum,parentSchema:schema30,data:data54};
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
const err101 = {instancePath:instancePath+"/ownership/collaborators",schemaPath:"#/definitions/ownershipMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data55};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!((data55 === "exclusive") || (data55 === "additive"))){
const err102 = {instancePath:instancePath+"/ownership/collaborators",schemaPath:"#/definitions/ownershipMode/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values",schema:schema30.enum,parentSchema:schema30,data:data55};
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
const err103 = {instancePath:instancePath+"/ownership/teams",schemaPath:"#/definitions/ownershipMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data56};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!((data56 === "exclusive") || (data56 === "additive"))){
const err104 = {instancePath:instancePath+"/ownership/teams",schemaPath:"#/definitions/ownershipMode/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values",schema:schema30.enum,parentSchema:schema30,data:data56};
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
const err105 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.ownership.type,parentSchema:schema18.properties.ownership,data:data52};
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
const err106 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema35 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/pipeline.schema.json","title":"PipelineSpec","description":"A CI/CD pipeline: a CI file committed to a repository's default branch.","type":"object","additionalProperties":false,"required":["repository","engine","content"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"repository":{"$ref":"common.schema.json#/definitions/reference","description":"The repository resource the pipeline runs in."},"engine":{"type":"string","enum":["github-actions","woodpecker","jenkins","gitlab-ci"]},"path":{"description":"Path of the CI file in the repository. Defaults by engine: .github/workflows/NAME.yml, .woodpecker/NAME.yml, Jenkinsfile, .gitlab-ci.yml.","type":"string","pattern":"^[^/].*[^/]$"},"content":{"description":"The CI file's text.","type":"string"}}};
const schema40 = {"description":"The name of another resource in this config.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"};
const pattern17 = new RegExp("^[^/].*[^/]$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/pipeline.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.repository === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.engine === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "engine"},message:"must have required property '"+"engine"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema35.required,parentSchema:schema35,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
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
const err4 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
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
const err5 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
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
const err6 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.additionalProperties.type,parentSchema:schema21.additionalProperties,data:data2};
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
const err7 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data1};
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
const err8 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22,data:data3};
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
const err9 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data3};
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
const err10 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data4};
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
const err11 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.prevent_destroy.type,parentSchema:schema23.properties.prevent_destroy,data:data5};
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
const err12 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.ignore_changes.items.type,parentSchema:schema23.properties.ignore_changes.items,data:data7};
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
const err13 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err14 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.ignore_changes.type,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err15 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data4};
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
const err16 = {instancePath:instancePath+"/repository",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema40,data:data8};
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
const err17 = {instancePath:instancePath+"/repository",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data8};
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
const err18 = {instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.engine.type,parentSchema:schema35.properties.engine,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((data9 === "github-actions") || (data9 === "woodpecker")) || (data9 === "jenkins")) || (data9 === "gitlab-ci"))){
const err19 = {instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/enum",keyword:"enum",params:{allowedValues: schema35.properties.engine.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.engine.enum,parentSchema:schema35.properties.engine,data:data9};
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
if(!pattern17.test(data10)){
const err20 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^[^/].*[^/]$"},message:"must match pattern \""+"^[^/].*[^/]$"+"\"",schema:"^[^/].*[^/]$",parentSchema:schema35.properties.path,data:data10};
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
const err21 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.path.type,parentSchema:schema35.properties.path,data:data10};
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
const err22 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.content.type,parentSchema:schema35.properties.content,data:data11};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema42 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/space.schema.json","title":"SpaceSpec","description":"A documentation space holding pages.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"key":{"description":"Short unique key of the space on the provider. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"title":{"type":"string","minLength":1},"description":{"type":"string"}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/space.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "provider") || (key0 === "labels")) || (key0 === "tenant")) || (key0 === "lifecycle")) || (key0 === "key")) || (key0 === "title")) || (key0 === "description"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
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
const err1 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
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
const err2 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
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
const err3 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.additionalProperties.type,parentSchema:schema21.additionalProperties,data:data2};
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
const err4 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data1};
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
const err5 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22,data:data3};
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
const err6 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data3};
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
const err7 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data4};
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
const err8 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.prevent_destroy.type,parentSchema:schema23.properties.prevent_destroy,data:data5};
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
const err9 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.ignore_changes.items.type,parentSchema:schema23.properties.ignore_changes.items,data:data7};
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
const err10 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.ignore_changes.type,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err12 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data4};
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
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema42.properties.key,data:data8};
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
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.key.type,parentSchema:schema42.properties.key,data:data8};
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
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.title,data:data9};
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
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.title.type,parentSchema:schema42.properties.title,data:data9};
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
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.description.type,parentSchema:schema42.properties.description,data:data10};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema48 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/page.schema.json","title":"PageSpec","description":"A documentation page in a space.","type":"object","additionalProperties":false,"required":["space","title"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"space":{"$ref":"common.schema.json#/definitions/reference","description":"The space resource the page lives in."},"parent":{"$ref":"common.schema.json#/definitions/reference","description":"The parent page resource, if any."},"slug":{"description":"URL-safe identifier of the page within its space. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"title":{"type":"string","minLength":1},"content":{"description":"Markdown body of the page.","type":"string"}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/page.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.space === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "space"},message:"must have required property '"+"space"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema48.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
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
const err3 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
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
const err4 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
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
const err5 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.additionalProperties.type,parentSchema:schema21.additionalProperties,data:data2};
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
const err6 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data1};
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
const err7 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22,data:data3};
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
const err8 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data3};
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
const err9 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data4};
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
const err10 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.prevent_destroy.type,parentSchema:schema23.properties.prevent_destroy,data:data5};
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
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.ignore_changes.items.type,parentSchema:schema23.properties.ignore_changes.items,data:data7};
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
const err12 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err13 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.ignore_changes.type,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err14 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data4};
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
const err15 = {instancePath:instancePath+"/space",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema40,data:data8};
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
const err16 = {instancePath:instancePath+"/space",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data8};
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
const err17 = {instancePath:instancePath+"/parent",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema40,data:data9};
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
const err18 = {instancePath:instancePath+"/parent",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data9};
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
const err19 = {instancePath:instancePath+"/slug",schemaPath:"#/properties/slug/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema48.properties.slug,data:data10};
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
const err20 = {instancePath:instancePath+"/slug",schemaPath:"#/properties/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.slug.type,parentSchema:schema48.properties.slug,data:data10};
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
const err21 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.title,data:data11};
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
const err22 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.title.type,parentSchema:schema48.properties.title,data:data11};
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
const err23 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.content.type,parentSchema:schema48.properties.content,data:data12};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema56 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/project.schema.json","title":"ProjectSpec","description":"A project-management project holding issues.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"key":{"description":"Short unique key of the project, e.g. PLAT. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"name":{"type":"string","minLength":1},"description":{"type":"string"},"lead":{"type":"string"},"status":{"type":"string","enum":["planned","active","paused","completed","cancelled"]}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/project.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func7.call(schema56.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
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
const err1 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
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
const err2 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
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
const err3 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.additionalProperties.type,parentSchema:schema21.additionalProperties,data:data2};
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
const err4 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data1};
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
const err5 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22,data:data3};
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
const err6 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data3};
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
const err7 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data4};
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
const err8 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.prevent_destroy.type,parentSchema:schema23.properties.prevent_destroy,data:data5};
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
const err9 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.ignore_changes.items.type,parentSchema:schema23.properties.ignore_changes.items,data:data7};
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
const err10 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.ignore_changes.type,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err12 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data4};
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
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema56.properties.key,data:data8};
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
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.key.type,parentSchema:schema56.properties.key,data:data8};
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
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.name,data:data9};
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
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.name.type,parentSchema:schema56.properties.name,data:data9};
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
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.description.type,parentSchema:schema56.properties.description,data:data10};
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
const err18 = {instancePath:instancePath+"/lead",schemaPath:"#/properties/lead/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.lead.type,parentSchema:schema56.properties.lead,data:data11};
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
const err19 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.status.type,parentSchema:schema56.properties.status,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((data12 === "planned") || (data12 === "active")) || (data12 === "paused")) || (data12 === "completed")) || (data12 === "cancelled"))){
const err20 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema56.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.status.enum,parentSchema:schema56.properties.status,data:data12};
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
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema62 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/issue.schema.json","title":"IssueSpec","description":"An issue (work item) in a project.","type":"object","additionalProperties":false,"required":["project","title"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"project":{"$ref":"common.schema.json#/definitions/reference","description":"The project resource the issue belongs to."},"title":{"type":"string","minLength":1},"description":{"type":"string"},"state":{"type":"string","enum":["todo","in_progress","done","cancelled"]},"priority":{"type":"string","enum":["none","low","medium","high","urgent"]},"assignee":{"type":"string"},"tags":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/issue.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.project === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema62.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
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
const err3 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
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
const err4 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/definitions/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
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
const err5 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.additionalProperties.type,parentSchema:schema21.additionalProperties,data:data2};
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
const err6 = {instancePath:instancePath+"/labels",schemaPath:"common.schema.json#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data1};
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
const err7 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22,data:data3};
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
const err8 = {instancePath:instancePath+"/tenant",schemaPath:"common.schema.json#/definitions/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data3};
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
const err9 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data4};
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
const err10 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"common.schema.json#/definitions/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.prevent_destroy.type,parentSchema:schema23.properties.prevent_destroy,data:data5};
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
const err11 = {instancePath:instancePath+"/lifecycle/ignore_changes/" + i0,schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.ignore_changes.items.type,parentSchema:schema23.properties.ignore_changes.items,data:data7};
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
const err12 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err13 = {instancePath:instancePath+"/lifecycle/ignore_changes",schemaPath:"common.schema.json#/definitions/lifecycle/properties/ignore_changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.ignore_changes.type,parentSchema:schema23.properties.ignore_changes,data:data6};
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
const err14 = {instancePath:instancePath+"/lifecycle",schemaPath:"common.schema.json#/definitions/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data4};
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
const err15 = {instancePath:instancePath+"/project",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema40,data:data8};
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
const err16 = {instancePath:instancePath+"/project",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data8};
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
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.title,data:data9};
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
const err18 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.title.type,parentSchema:schema62.properties.title,data:data9};
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
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.description.type,parentSchema:schema62.properties.description,data:data10};
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
const err20 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.state.type,parentSchema:schema62.properties.state,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data11 === "todo") || (data11 === "in_progress")) || (data11 === "done")) || (data11 === "cancelled"))){
const err21 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema62.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.state.enum,parentSchema:schema62.properties.state,data:data11};
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
const err22 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.priority.type,parentSchema:schema62.properties.priority,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((data12 === "none") || (data12 === "low")) || (data12 === "medium")) || (data12 === "high")) || (data12 === "urgent"))){
const err23 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/enum",keyword:"enum",params:{allowedValues: schema62.properties.priority.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.priority.enum,parentSchema:schema62.properties.priority,data:data12};
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
const err24 = {instancePath:instancePath+"/assignee",schemaPath:"#/properties/assignee/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.assignee.type,parentSchema:schema62.properties.assignee,data:data13};
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
const err25 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.tags.items,data:data15};
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
const err26 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.tags.items.type,parentSchema:schema62.properties.tags.items,data:data15};
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
const err27 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema62.properties.tags,data:data14};
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
const err28 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.tags.type,parentSchema:schema62.properties.tags,data:data14};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "repository") || (key0 === "pipeline")) || (key0 === "space")) || (key0 === "page")) || (key0 === "project")) || (key0 === "issue"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
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
const err1 = {instancePath:instancePath+"/repository",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema17,data:key1,propertyName:key1};
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
const err2 = {instancePath:instancePath+"/repository",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:key1,propertyName:key1};
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
const err3 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema16.properties.repository.propertyNames,parentSchema:schema16.properties.repository,data:data0};
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
if(!(validate12(data0[key2], {instancePath:instancePath+"/repository/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.repository.type,parentSchema:schema16.properties.repository,data:data0};
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
const err5 = {instancePath:instancePath+"/pipeline",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema17,data:key3,propertyName:key3};
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
const err6 = {instancePath:instancePath+"/pipeline",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:key3,propertyName:key3};
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
const err7 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema16.properties.pipeline.propertyNames,parentSchema:schema16.properties.pipeline,data:data2};
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
if(!(validate15(data2[key4], {instancePath:instancePath+"/pipeline/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.pipeline.type,parentSchema:schema16.properties.pipeline,data:data2};
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
const err9 = {instancePath:instancePath+"/space",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema17,data:key5,propertyName:key5};
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
const err10 = {instancePath:instancePath+"/space",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:key5,propertyName:key5};
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
const err11 = {instancePath:instancePath+"/space",schemaPath:"#/properties/space/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema16.properties.space.propertyNames,parentSchema:schema16.properties.space,data:data4};
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
if(!(validate17(data4[key6], {instancePath:instancePath+"/space/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/space",schemaPath:"#/properties/space/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.space.type,parentSchema:schema16.properties.space,data:data4};
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
const err13 = {instancePath:instancePath+"/page",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema17,data:key7,propertyName:key7};
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
const err14 = {instancePath:instancePath+"/page",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:key7,propertyName:key7};
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
const err15 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema16.properties.page.propertyNames,parentSchema:schema16.properties.page,data:data6};
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
if(!(validate19(data6[key8], {instancePath:instancePath+"/page/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.page.type,parentSchema:schema16.properties.page,data:data6};
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
const err17 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema17,data:key9,propertyName:key9};
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
const err18 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:key9,propertyName:key9};
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
const err19 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema16.properties.project.propertyNames,parentSchema:schema16.properties.project,data:data8};
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
if(!(validate21(data8[key10], {instancePath:instancePath+"/project/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key10,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.project.type,parentSchema:schema16.properties.project,data:data8};
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
const err21 = {instancePath:instancePath+"/issue",schemaPath:"#/definitions/resourceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema17,data:key11,propertyName:key11};
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
const err22 = {instancePath:instancePath+"/issue",schemaPath:"#/definitions/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:key11,propertyName:key11};
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
const err23 = {instancePath:instancePath+"/issue",schemaPath:"#/properties/issue/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema16.properties.issue.propertyNames,parentSchema:schema16.properties.issue,data:data10};
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
if(!(validate23(data10[key12], {instancePath:instancePath+"/issue/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key12,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/issue",schemaPath:"#/properties/issue/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.issue.type,parentSchema:schema16.properties.issue,data:data10};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate11.errors = vErrors;
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
let data2 = data1[key2];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err6 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/providerInstance/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.required,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.type !== undefined){
let data3 = data2.type;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/providerInstance/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.type,data:data3};
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
const err8 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/providerInstance/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.type.type,parentSchema:schema12.properties.type,data:data3};
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
else {
const err9 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/providerInstance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.providers.type,parentSchema:schema11.properties.providers,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.plugins !== undefined){
let data4 = data.plugins;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.plugins.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.plugins.items.type,parentSchema:schema11.properties.plugins.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err13 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.plugins,data:data4};
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
const err14 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.plugins.type,parentSchema:schema11.properties.plugins,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.routing !== undefined){
let data6 = data.routing;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!(key3 === "defaults")){
const err15 = {instancePath:instancePath+"/routing",schemaPath:"#/definitions/routing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.defaults !== undefined){
let data7 = data6.defaults;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
if(!((((((key4 === "repository") || (key4 === "pipeline")) || (key4 === "space")) || (key4 === "page")) || (key4 === "project")) || (key4 === "issue"))){
const err16 = {instancePath:instancePath+"/routing/defaults",schemaPath:"#/definitions/routing/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.defaults,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.repository !== undefined){
let data8 = data7.repository;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/routing/defaults/repository",schemaPath:"#/definitions/routing/properties/defaults/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.repository.type,parentSchema:schema13.properties.defaults.properties.repository,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.pipeline !== undefined){
let data9 = data7.pipeline;
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/routing/defaults/pipeline",schemaPath:"#/definitions/routing/properties/defaults/properties/pipeline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.pipeline.type,parentSchema:schema13.properties.defaults.properties.pipeline,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.space !== undefined){
let data10 = data7.space;
if(typeof data10 !== "string"){
const err19 = {instancePath:instancePath+"/routing/defaults/space",schemaPath:"#/definitions/routing/properties/defaults/properties/space/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.space.type,parentSchema:schema13.properties.defaults.properties.space,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.page !== undefined){
let data11 = data7.page;
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/routing/defaults/page",schemaPath:"#/definitions/routing/properties/defaults/properties/page/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.page.type,parentSchema:schema13.properties.defaults.properties.page,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.project !== undefined){
let data12 = data7.project;
if(typeof data12 !== "string"){
const err21 = {instancePath:instancePath+"/routing/defaults/project",schemaPath:"#/definitions/routing/properties/defaults/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.project.type,parentSchema:schema13.properties.defaults.properties.project,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.issue !== undefined){
let data13 = data7.issue;
if(typeof data13 !== "string"){
const err22 = {instancePath:instancePath+"/routing/defaults/issue",schemaPath:"#/definitions/routing/properties/defaults/properties/issue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.issue.type,parentSchema:schema13.properties.defaults.properties.issue,data:data13};
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
const err23 = {instancePath:instancePath+"/routing/defaults",schemaPath:"#/definitions/routing/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.defaults.type,parentSchema:schema13.properties.defaults,data:data7};
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
const err24 = {instancePath:instancePath+"/routing",schemaPath:"#/definitions/routing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.state !== undefined){
let data14 = data.state;
const _errs40 = errors;
let valid12 = true;
const _errs41 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing0;
if((data14.backend === undefined) && (missing0 = "backend")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data14.backend !== undefined){
if("postgres" !== data14.backend){
const err26 = {};
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
}
var _valid0 = _errs41 === errors;
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs43 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.url === undefined){
const err27 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/then/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema14.then.required,parentSchema:schema14.then,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs43 === errors;
valid12 = _valid0;
}
if(!valid12){
const err28 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema14.if,parentSchema:schema14,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key5 in data14){
if(!((((key5 === "backend") || (key5 === "path")) || (key5 === "url")) || (key5 === "schema"))){
const err29 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.backend !== undefined){
let data16 = data14.backend;
if(typeof data16 !== "string"){
const err30 = {instancePath:instancePath+"/state/backend",schemaPath:"#/definitions/stateSettings/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.backend.type,parentSchema:schema14.properties.backend,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((data16 === "local") || (data16 === "postgres"))){
const err31 = {instancePath:instancePath+"/state/backend",schemaPath:"#/definitions/stateSettings/properties/backend/enum",keyword:"enum",params:{allowedValues: schema14.properties.backend.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.backend.enum,parentSchema:schema14.properties.backend,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.path !== undefined){
let data17 = data14.path;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err32 = {instancePath:instancePath+"/state/path",schemaPath:"#/definitions/stateSettings/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.path,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/state/path",schemaPath:"#/definitions/stateSettings/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.path.type,parentSchema:schema14.properties.path,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data14.url !== undefined){
let data18 = data14.url;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err34 = {instancePath:instancePath+"/state/url",schemaPath:"#/definitions/stateSettings/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.url,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/state/url",schemaPath:"#/definitions/stateSettings/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.url.type,parentSchema:schema14.properties.url,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.schema !== undefined){
let data19 = data14.schema;
if(typeof data19 === "string"){
if(func2(data19) > 63){
const err36 = {instancePath:instancePath+"/state/schema",schemaPath:"#/definitions/stateSettings/properties/schema/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema14.properties.schema,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern1.test(data19)){
const err37 = {instancePath:instancePath+"/state/schema",schemaPath:"#/definitions/stateSettings/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]*$"+"\"",schema:"^[a-z_][a-z0-9_]*$",parentSchema:schema14.properties.schema,data:data19};
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
const err38 = {instancePath:instancePath+"/state/schema",schemaPath:"#/definitions/stateSettings/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.schema.type,parentSchema:schema14.properties.schema,data:data19};
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
const err39 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.moved !== undefined){
let data20 = data.moved;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i2=0; i2<len1; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.from === undefined){
const err40 = {instancePath:instancePath+"/moved/" + i2,schemaPath:"#/definitions/moved/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema15.required,parentSchema:schema15,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data21.to === undefined){
const err41 = {instancePath:instancePath+"/moved/" + i2,schemaPath:"#/definitions/moved/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema15.required,parentSchema:schema15,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key6 in data21){
if(!((key6 === "from") || (key6 === "to"))){
const err42 = {instancePath:instancePath+"/moved/" + i2,schemaPath:"#/definitions/moved/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data21.from !== undefined){
let data22 = data21.from;
if(typeof data22 === "string"){
if(!pattern2.test(data22)){
const err43 = {instancePath:instancePath+"/moved/" + i2+"/from",schemaPath:"#/definitions/moved/properties/from/pattern",keyword:"pattern",params:{pattern: "^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema15.properties.from,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/moved/" + i2+"/from",schemaPath:"#/definitions/moved/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.from.type,parentSchema:schema15.properties.from,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data21.to !== undefined){
let data23 = data21.to;
if(typeof data23 === "string"){
if(!pattern2.test(data23)){
const err45 = {instancePath:instancePath+"/moved/" + i2+"/to",schemaPath:"#/definitions/moved/properties/to/pattern",keyword:"pattern",params:{pattern: "^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema15.properties.to,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/moved/" + i2+"/to",schemaPath:"#/definitions/moved/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.to.type,parentSchema:schema15.properties.to,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/moved/" + i2,schemaPath:"#/definitions/moved/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data21};
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
const err48 = {instancePath:instancePath+"/moved",schemaPath:"#/properties/moved/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.moved.type,parentSchema:schema11.properties.moved,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate11(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
