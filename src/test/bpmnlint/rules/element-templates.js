// Every task of the diagrams is configured through one of the element templates that Camunda
// Modeler offers from .camunda/element-templates, so that designers pick named fields, not bean
// names: the task names a known template (camunda:modelerTemplate) that applies to its type, and
// its attributes hold what the template sets (hidden values, dropdown choices, required fields).
const fs = require('node:fs');
const path = require('node:path');
const { is, isAny } = require('bpmnlint-utils');

const TASKS = ['bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:BusinessRuleTask', 'bpmn:CallActivity', 'bpmn:ScriptTask',
  'bpmn:SendTask', 'bpmn:ReceiveTask', 'bpmn:ManualTask'];

function loadTemplates() {
  const folder = path.resolve(process.cwd(), '.camunda/element-templates');
  const byId = {};
  for (const file of fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.json')) : []) {
    for (const template of JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'))) {
      byId[template.id] = template;
    }
  }
  return byId;
}

function attribute(node, name) {
  try {
    const value = node.get(name);
    if (value !== undefined) {
      return value;
    }
  } catch (e) {
    // an attribute bpmn-moddle has no descriptor for: kept as a plain attribute
  }
  return node.$attrs ? node.$attrs[name] : undefined;
}

module.exports = function () {
  const templates = loadTemplates();

  function check(node, reporter) {
    if (!isAny(node, TASKS)) {
      return;
    }
    const id = attribute(node, 'camunda:modelerTemplate');
    if (!id) {
      reporter.report(node.id, 'uses no element template: choose one in the properties panel (.camunda/element-templates)');
      return;
    }
    const template = templates[id];
    if (!template) {
      reporter.report(node.id, `names the element template ${id}, which .camunda/element-templates does not have`);
      return;
    }
    if (!template.appliesTo.some((type) => is(node, type))) {
      reporter.report(node.id, `element template ${id} applies to ${template.appliesTo.join(', ')}, not ${node.$type}`);
      return;
    }
    for (const property of template.properties) {
      if (property.binding.type !== 'property') {
        continue;
      }
      const name = property.binding.name;
      const actual = attribute(node, name);
      const shown = actual === undefined ? 'not set' : `"${actual}"`;
      if (property.type === 'Hidden' && String(actual) !== String(property.value)) {
        reporter.report(node.id, `${name} is ${shown}; element template ${id} sets "${property.value}"`);
      }
      if (property.type === 'Dropdown' && !property.choices.some((choice) => choice.value === actual)) {
        reporter.report(node.id, `${name} is ${shown}, not one of the choices of element template ${id}`);
      }
      const constraints = property.constraints || {};
      if (constraints.notEmpty && !actual) {
        reporter.report(node.id, `${name} (${property.label}) is required by element template ${id}`);
      }
      if (constraints.pattern && actual && !new RegExp(constraints.pattern.value).test(actual)) {
        reporter.report(node.id, `${name} is ${shown}: ${constraints.pattern.message}`);
      }
    }
  }

  return { check };
};
