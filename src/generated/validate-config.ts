// @ts-nocheck
/* eslint-disable */
/* Generated from schemas/mosaic.schema.json by `npm run gen` (ajv standalone code). Do not edit. */
import type { ErrorObject } from 'ajv';
import type { RawConfig } from './mosaic.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const validateConfig = validate10 as { (data: unknown): data is RawConfig; errors?: ErrorObject[] | null };

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/mosaic.schema.json","title":"RawConfig","description":"A mosaic configuration as written: mosaic.yaml, or the merge of every *.yaml file of a directory.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"Configuration format version.","type":"integer","enum":[1]},"providers":{"description":"Named provider instances. Each names its plugin in `type`; the other keys are that plugin's settings.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/definitions/providerInstance"}},"routing":{"$ref":"#/definitions/routing"},"state":{"$ref":"#/definitions/stateSettings"},"moved":{"description":"Renames of resource addresses: the live object is kept and changed in place instead of deleted and created.","type":"array","items":{"$ref":"#/definitions/moved"}},"resources":{"$ref":"#/definitions/resources"}},"definitions":{"providerInstance":{"title":"RawProviderInstance","type":"object","required":["type"],"properties":{"type":{"description":"The provider plugin, e.g. local.","type":"string","minLength":1}},"additionalProperties":true},"routing":{"title":"RawRouting","type":"object","additionalProperties":false,"properties":{"defaults":{"description":"The provider instance that receives new resources of each kind that name no provider.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"string"},"pipeline":{"type":"string"},"space":{"type":"string"},"page":{"type":"string"},"project":{"type":"string"},"issue":{"type":"string"}}}}},"stateSettings":{"title":"RawStateSettings","type":"object","additionalProperties":false,"properties":{"backend":{"type":"string","enum":["local"]},"path":{"description":"Folder of the local state, relative to the config. Default: state","type":"string","minLength":1}}},"moved":{"title":"RawMoved","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"The old address, e.g. repository.api","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},"to":{"description":"The new address, e.g. repository.api-v2","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"}}},"resourceName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"resources":{"title":"RawResources","description":"Resources by kind, then by name. The address of a resource is KIND.NAME.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"repository.schema.json"}},"pipeline":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"pipeline.schema.json"}},"space":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"space.schema.json"}},"page":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"page.schema.json"}},"project":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"project.schema.json"}},"issue":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"issue.schema.json"}}}}}};
const schema12 = {"title":"RawProviderInstance","type":"object","required":["type"],"properties":{"type":{"description":"The provider plugin, e.g. local.","type":"string","minLength":1}},"additionalProperties":true};
const schema13 = {"title":"RawRouting","type":"object","additionalProperties":false,"properties":{"defaults":{"description":"The provider instance that receives new resources of each kind that name no provider.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"string"},"pipeline":{"type":"string"},"space":{"type":"string"},"page":{"type":"string"},"project":{"type":"string"},"issue":{"type":"string"}}}}};
const schema14 = {"title":"RawStateSettings","type":"object","additionalProperties":false,"properties":{"backend":{"type":"string","enum":["local"]},"path":{"description":"Folder of the local state, relative to the config. Default: state","type":"string","minLength":1}}};
const schema15 = {"title":"RawMoved","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"The old address, e.g. repository.api","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},"to":{"description":"The new address, e.g. repository.api-v2","type":"string","pattern":"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"}}};
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern1 = new RegExp("^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const func2 = require("ajv/dist/runtime/ucs2length").default;
const schema16 = {"title":"RawResources","description":"Resources by kind, then by name. The address of a resource is KIND.NAME.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"repository.schema.json"}},"pipeline":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"pipeline.schema.json"}},"space":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"space.schema.json"}},"page":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"page.schema.json"}},"project":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"project.schema.json"}},"issue":{"type":"object","propertyNames":{"$ref":"#/definitions/resourceName"},"additionalProperties":{"$ref":"issue.schema.json"}}}};
const schema17 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"};
const schema18 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/repository.schema.json","title":"RepositorySpec","description":"A git repository.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"name":{"description":"Name of the repository on the provider. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9._-]+$","maxLength":100},"description":{"type":"string","maxLength":350},"default_branch":{"type":"string","pattern":"^[^\\s~^:?*\\[\\\\]+$","minLength":1},"visibility":{"type":"string","enum":["private","internal","public"]},"topics":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,49}$"},"uniqueItems":true},"homepage":{"type":"string","maxLength":255},"archived":{"type":"boolean"}}};
const schema20 = {"description":"Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.","type":"string","minLength":1};
const schema21 = {"description":"Free-form key/value labels; routing rules match on them.","type":"object","additionalProperties":{"type":"string"}};
const schema22 = {"description":"The team or tenant that owns this resource; routing rules match on it.","type":"string","minLength":1};
const schema23 = {"title":"Lifecycle","type":"object","additionalProperties":false,"properties":{"prevent_destroy":{"description":"When true, a plan that would delete or replace this resource is an error.","type":"boolean"},"ignore_changes":{"description":"Fields whose live value mosaic leaves alone once the resource exists.","type":"array","items":{"type":"string"},"uniqueItems":true}}};
const func4 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern5 = new RegExp("^[^\\s~^:?*\\[\\\\]+$", "u");
const pattern6 = new RegExp("^[a-z0-9][a-z0-9-]{0,49}$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/repository.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func4.call(schema18.properties, key0))){
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
if(!pattern4.test(data8)){
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
const err18 = {instancePath:instancePath+"/default_branch",schemaPath:"#/properties/default_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.default_branch,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern5.test(data10)){
const err19 = {instancePath:instancePath+"/default_branch",schemaPath:"#/properties/default_branch/pattern",keyword:"pattern",params:{pattern: "^[^\\s~^:?*\\[\\\\]+$"},message:"must match pattern \""+"^[^\\s~^:?*\\[\\\\]+$"+"\"",schema:"^[^\\s~^:?*\\[\\\\]+$",parentSchema:schema18.properties.default_branch,data:data10};
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
const err20 = {instancePath:instancePath+"/default_branch",schemaPath:"#/properties/default_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.default_branch.type,parentSchema:schema18.properties.default_branch,data:data10};
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
if(!pattern6.test(data13)){
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
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/pipeline.schema.json","title":"PipelineSpec","description":"A CI/CD pipeline: a CI file committed to a repository's default branch.","type":"object","additionalProperties":false,"required":["repository","engine","content"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"repository":{"$ref":"common.schema.json#/definitions/reference","description":"The repository resource the pipeline runs in."},"engine":{"type":"string","enum":["github-actions","woodpecker","jenkins","gitlab-ci"]},"path":{"description":"Path of the CI file in the repository. Defaults by engine: .github/workflows/NAME.yml, .woodpecker/NAME.yml, Jenkinsfile, .gitlab-ci.yml.","type":"string","pattern":"^[^/].*[^/]$"},"content":{"description":"The CI file's text.","type":"string"}}};
const schema30 = {"description":"The name of another resource in this config.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"};
const pattern9 = new RegExp("^[^/].*[^/]$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/pipeline.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.repository === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.engine === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "engine"},message:"must have required property '"+"engine"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema25.required,parentSchema:schema25,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
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
const err16 = {instancePath:instancePath+"/repository",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema30,data:data8};
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
const err17 = {instancePath:instancePath+"/repository",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data8};
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
const err18 = {instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.engine.type,parentSchema:schema25.properties.engine,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((data9 === "github-actions") || (data9 === "woodpecker")) || (data9 === "jenkins")) || (data9 === "gitlab-ci"))){
const err19 = {instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/enum",keyword:"enum",params:{allowedValues: schema25.properties.engine.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.engine.enum,parentSchema:schema25.properties.engine,data:data9};
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
if(!pattern9.test(data10)){
const err20 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^[^/].*[^/]$"},message:"must match pattern \""+"^[^/].*[^/]$"+"\"",schema:"^[^/].*[^/]$",parentSchema:schema25.properties.path,data:data10};
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
const err21 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.path.type,parentSchema:schema25.properties.path,data:data10};
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
const err22 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.content.type,parentSchema:schema25.properties.content,data:data11};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
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

const schema32 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/space.schema.json","title":"SpaceSpec","description":"A documentation space holding pages.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"key":{"description":"Short unique key of the space on the provider. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"title":{"type":"string","minLength":1},"description":{"type":"string"}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/space.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "provider") || (key0 === "labels")) || (key0 === "tenant")) || (key0 === "lifecycle")) || (key0 === "key")) || (key0 === "title")) || (key0 === "description"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
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
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema32.properties.key,data:data8};
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
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.key.type,parentSchema:schema32.properties.key,data:data8};
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
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.title,data:data9};
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
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.title.type,parentSchema:schema32.properties.title,data:data9};
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
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.description.type,parentSchema:schema32.properties.description,data:data10};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
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

const schema38 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/page.schema.json","title":"PageSpec","description":"A documentation page in a space.","type":"object","additionalProperties":false,"required":["space","title"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"space":{"$ref":"common.schema.json#/definitions/reference","description":"The space resource the page lives in."},"parent":{"$ref":"common.schema.json#/definitions/reference","description":"The parent page resource, if any."},"slug":{"description":"URL-safe identifier of the page within its space. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"title":{"type":"string","minLength":1},"content":{"description":"Markdown body of the page.","type":"string"}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/page.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.space === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "space"},message:"must have required property '"+"space"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema38.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
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
const err15 = {instancePath:instancePath+"/space",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema30,data:data8};
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
const err16 = {instancePath:instancePath+"/space",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data8};
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
const err17 = {instancePath:instancePath+"/parent",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema30,data:data9};
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
const err18 = {instancePath:instancePath+"/parent",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data9};
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
const err19 = {instancePath:instancePath+"/slug",schemaPath:"#/properties/slug/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema38.properties.slug,data:data10};
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
const err20 = {instancePath:instancePath+"/slug",schemaPath:"#/properties/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.slug.type,parentSchema:schema38.properties.slug,data:data10};
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
const err21 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.title,data:data11};
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
const err22 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.title.type,parentSchema:schema38.properties.title,data:data11};
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
const err23 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.content.type,parentSchema:schema38.properties.content,data:data12};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
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

const schema46 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/project.schema.json","title":"ProjectSpec","description":"A project-management project holding issues.","type":"object","additionalProperties":false,"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"key":{"description":"Short unique key of the project, e.g. PLAT. Defaults to the resource name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"name":{"type":"string","minLength":1},"description":{"type":"string"},"lead":{"type":"string"},"status":{"type":"string","enum":["planned","active","paused","completed","cancelled"]}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/project.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func4.call(schema46.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
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
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema46.properties.key,data:data8};
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
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.key.type,parentSchema:schema46.properties.key,data:data8};
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
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.name,data:data9};
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
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.name.type,parentSchema:schema46.properties.name,data:data9};
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
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.description.type,parentSchema:schema46.properties.description,data:data10};
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
const err18 = {instancePath:instancePath+"/lead",schemaPath:"#/properties/lead/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.lead.type,parentSchema:schema46.properties.lead,data:data11};
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
const err19 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.status.type,parentSchema:schema46.properties.status,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((data12 === "planned") || (data12 === "active")) || (data12 === "paused")) || (data12 === "completed")) || (data12 === "cancelled"))){
const err20 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema46.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.status.enum,parentSchema:schema46.properties.status,data:data12};
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
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
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

const schema52 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mosaic.dev/schemas/issue.schema.json","title":"IssueSpec","description":"An issue (work item) in a project.","type":"object","additionalProperties":false,"required":["project","title"],"properties":{"provider":{"$ref":"common.schema.json#/definitions/provider"},"labels":{"$ref":"common.schema.json#/definitions/labels"},"tenant":{"$ref":"common.schema.json#/definitions/tenant"},"lifecycle":{"$ref":"common.schema.json#/definitions/lifecycle"},"project":{"$ref":"common.schema.json#/definitions/reference","description":"The project resource the issue belongs to."},"title":{"type":"string","minLength":1},"description":{"type":"string"},"state":{"type":"string","enum":["todo","in_progress","done","cancelled"]},"priority":{"type":"string","enum":["none","low","medium","high","urgent"]},"assignee":{"type":"string"},"tags":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mosaic.dev/schemas/issue.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.project === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema52.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
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
const err15 = {instancePath:instancePath+"/project",schemaPath:"common.schema.json#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema30,data:data8};
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
const err16 = {instancePath:instancePath+"/project",schemaPath:"common.schema.json#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data8};
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
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.title,data:data9};
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
const err18 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.title.type,parentSchema:schema52.properties.title,data:data9};
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
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.description.type,parentSchema:schema52.properties.description,data:data10};
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
const err20 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.state.type,parentSchema:schema52.properties.state,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data11 === "todo") || (data11 === "in_progress")) || (data11 === "done")) || (data11 === "cancelled"))){
const err21 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema52.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.state.enum,parentSchema:schema52.properties.state,data:data11};
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
const err22 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.priority.type,parentSchema:schema52.properties.priority,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((data12 === "none") || (data12 === "low")) || (data12 === "medium")) || (data12 === "high")) || (data12 === "urgent"))){
const err23 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/enum",keyword:"enum",params:{allowedValues: schema52.properties.priority.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.priority.enum,parentSchema:schema52.properties.priority,data:data12};
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
const err24 = {instancePath:instancePath+"/assignee",schemaPath:"#/properties/assignee/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.assignee.type,parentSchema:schema52.properties.assignee,data:data13};
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
const err25 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.tags.items,data:data15};
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
const err26 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.tags.items.type,parentSchema:schema52.properties.tags.items,data:data15};
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
const err27 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema52.properties.tags,data:data14};
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
const err28 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.tags.type,parentSchema:schema52.properties.tags,data:data14};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
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
if(!((((((key0 === "version") || (key0 === "providers")) || (key0 === "routing")) || (key0 === "state")) || (key0 === "moved")) || (key0 === "resources"))){
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
if(data.routing !== undefined){
let data4 = data.routing;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key3 in data4){
if(!(key3 === "defaults")){
const err11 = {instancePath:instancePath+"/routing",schemaPath:"#/definitions/routing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.defaults !== undefined){
let data5 = data4.defaults;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key4 in data5){
if(!((((((key4 === "repository") || (key4 === "pipeline")) || (key4 === "space")) || (key4 === "page")) || (key4 === "project")) || (key4 === "issue"))){
const err12 = {instancePath:instancePath+"/routing/defaults",schemaPath:"#/definitions/routing/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.defaults,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.repository !== undefined){
let data6 = data5.repository;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/routing/defaults/repository",schemaPath:"#/definitions/routing/properties/defaults/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.repository.type,parentSchema:schema13.properties.defaults.properties.repository,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.pipeline !== undefined){
let data7 = data5.pipeline;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/routing/defaults/pipeline",schemaPath:"#/definitions/routing/properties/defaults/properties/pipeline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.pipeline.type,parentSchema:schema13.properties.defaults.properties.pipeline,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.space !== undefined){
let data8 = data5.space;
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/routing/defaults/space",schemaPath:"#/definitions/routing/properties/defaults/properties/space/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.space.type,parentSchema:schema13.properties.defaults.properties.space,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.page !== undefined){
let data9 = data5.page;
if(typeof data9 !== "string"){
const err16 = {instancePath:instancePath+"/routing/defaults/page",schemaPath:"#/definitions/routing/properties/defaults/properties/page/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.page.type,parentSchema:schema13.properties.defaults.properties.page,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.project !== undefined){
let data10 = data5.project;
if(typeof data10 !== "string"){
const err17 = {instancePath:instancePath+"/routing/defaults/project",schemaPath:"#/definitions/routing/properties/defaults/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.project.type,parentSchema:schema13.properties.defaults.properties.project,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.issue !== undefined){
let data11 = data5.issue;
if(typeof data11 !== "string"){
const err18 = {instancePath:instancePath+"/routing/defaults/issue",schemaPath:"#/definitions/routing/properties/defaults/properties/issue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.defaults.properties.issue.type,parentSchema:schema13.properties.defaults.properties.issue,data:data11};
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
else {
const err19 = {instancePath:instancePath+"/routing/defaults",schemaPath:"#/definitions/routing/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.defaults.type,parentSchema:schema13.properties.defaults,data:data5};
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
const err20 = {instancePath:instancePath+"/routing",schemaPath:"#/definitions/routing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.state !== undefined){
let data12 = data.state;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key5 in data12){
if(!((key5 === "backend") || (key5 === "path"))){
const err21 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data12.backend !== undefined){
let data13 = data12.backend;
if(typeof data13 !== "string"){
const err22 = {instancePath:instancePath+"/state/backend",schemaPath:"#/definitions/stateSettings/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.backend.type,parentSchema:schema14.properties.backend,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(data13 === "local")){
const err23 = {instancePath:instancePath+"/state/backend",schemaPath:"#/definitions/stateSettings/properties/backend/enum",keyword:"enum",params:{allowedValues: schema14.properties.backend.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.backend.enum,parentSchema:schema14.properties.backend,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.path !== undefined){
let data14 = data12.path;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err24 = {instancePath:instancePath+"/state/path",schemaPath:"#/definitions/stateSettings/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.path,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/state/path",schemaPath:"#/definitions/stateSettings/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.path.type,parentSchema:schema14.properties.path,data:data14};
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
const err26 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/stateSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.moved !== undefined){
let data15 = data.moved;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.from === undefined){
const err27 = {instancePath:instancePath+"/moved/" + i0,schemaPath:"#/definitions/moved/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema15.required,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data16.to === undefined){
const err28 = {instancePath:instancePath+"/moved/" + i0,schemaPath:"#/definitions/moved/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema15.required,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key6 in data16){
if(!((key6 === "from") || (key6 === "to"))){
const err29 = {instancePath:instancePath+"/moved/" + i0,schemaPath:"#/definitions/moved/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.from !== undefined){
let data17 = data16.from;
if(typeof data17 === "string"){
if(!pattern1.test(data17)){
const err30 = {instancePath:instancePath+"/moved/" + i0+"/from",schemaPath:"#/definitions/moved/properties/from/pattern",keyword:"pattern",params:{pattern: "^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema15.properties.from,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/moved/" + i0+"/from",schemaPath:"#/definitions/moved/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.from.type,parentSchema:schema15.properties.from,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.to !== undefined){
let data18 = data16.to;
if(typeof data18 === "string"){
if(!pattern1.test(data18)){
const err32 = {instancePath:instancePath+"/moved/" + i0+"/to",schemaPath:"#/definitions/moved/properties/to/pattern",keyword:"pattern",params:{pattern: "^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema15.properties.to,data:data18};
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
const err33 = {instancePath:instancePath+"/moved/" + i0+"/to",schemaPath:"#/definitions/moved/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.to.type,parentSchema:schema15.properties.to,data:data18};
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
const err34 = {instancePath:instancePath+"/moved/" + i0,schemaPath:"#/definitions/moved/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/moved",schemaPath:"#/properties/moved/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.moved.type,parentSchema:schema11.properties.moved,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
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
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
