// The diagrams in processes/ as a designer sees them: each rendered by bpmn-js (the Modeler's own
// renderer) in headless Chromium at the Modeler's zoom (100 %), saved as target/diagrams/<file>.png,
// and checked:
//   - no case task carries a boundary timer or a reminder/escalation branch (deadlines are timeout
//     task listeners, the escalation is Process_EscalateOverdueTask);
//   - every user task has a due date;
//   - the drawing fits one screen of the Modeler at 100 % (SCREEN_WIDTH x SCREEN_HEIGHT, default
//     1920 x 1000: a full-HD display less the Modeler's tabs and status bar, the properties panel folded).
// Prints one line per diagram and exits 1 on any failure. Needs no running app.
//
//   node src/test/browser/render-diagrams.mjs        (OUT_DIR, default target/diagrams)
import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './lib.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const OUT = path.resolve(ROOT, process.env.OUT_DIR || 'target/diagrams');
const SCREEN = { width: Number(process.env.SCREEN_WIDTH || 1920), height: Number(process.env.SCREEN_HEIGHT || 1000) };
const VIEWER = path.join(ROOT, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');
const CSS = path.join(ROOT, 'node_modules/bpmn-js/dist/assets/bpmn-js.css');

await mkdir(OUT, { recursive: true });
const files = (await readdir(path.join(ROOT, 'processes'))).filter((f) => f.endsWith('.bpmn')).sort();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
let failed = 0;
try {
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 4000, height: 2000 } });
    await page.setContent('<!doctype html><html><body style="margin:0;background:#fff"><div id="canvas" '
      + 'style="width:4000px;height:2000px"></div></body></html>');
    await page.addStyleTag({ path: CSS });
    await page.addScriptTag({ path: VIEWER });
    const xml = await readFile(path.join(ROOT, 'processes', file), 'utf8');
    const found = await page.evaluate(async (source) => {
      // eslint-disable-next-line no-undef
      const viewer = new BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(source);
      const canvas = viewer.get('canvas');
      canvas.zoom(1);
      const inner = canvas.viewbox().inner;
      canvas.viewbox({ x: inner.x - 20, y: inner.y - 20, width: 4000, height: 2000 });
      const elements = viewer.get('elementRegistry').getAll().map((e) => e.businessObject);
      const userTasks = elements.filter((bo) => bo.$type === 'bpmn:UserTask');
      const timersOnTasks = elements.filter((bo) => bo.$type === 'bpmn:BoundaryEvent'
        && bo.attachedToRef && bo.attachedToRef.$type === 'bpmn:UserTask'
        && (bo.eventDefinitions || []).some((d) => d.$type === 'bpmn:TimerEventDefinition')).map((bo) => bo.id);
      const branches = elements.filter((bo) => /^(提醒经办机构|督办 Escalate overdue task)/.test(bo.name || '')
        && bo.$type !== 'bpmn:CallActivity' && !(bo.$parent && bo.$parent.triggeredByEvent)
        && bo.$parent && bo.$parent.$type === 'bpmn:Process' && bo.$parent.id !== 'Process_EscalateOverdueTask')
        .map((bo) => bo.id);
      return {
        warnings: warnings.map((w) => w.message),
        width: Math.ceil(inner.width), height: Math.ceil(inner.height),
        userTasks: userTasks.length,
        withoutDue: userTasks.filter((bo) => !bo.get('camunda:dueDate')).map((bo) => bo.id),
        timersOnTasks, branches,
      };
    }, xml);
    const png = path.join(OUT, file.replace(/\.bpmn$/, '.png'));
    await page.screenshot({ path: png, clip: { x: 0, y: 0, width: found.width + 40, height: found.height + 40 } });
    const problems = [];
    if (found.warnings.length) problems.push(`import warnings: ${found.warnings.join('; ')}`);
    if (found.timersOnTasks.length) problems.push(`boundary timers on user tasks: ${found.timersOnTasks.join(', ')}`);
    if (found.branches.length) problems.push(`reminder/escalation branches drawn: ${found.branches.join(', ')}`);
    if (found.withoutDue.length) problems.push(`user tasks without a due date: ${found.withoutDue.join(', ')}`);
    if (found.width > SCREEN.width || found.height > SCREEN.height) {
      problems.push(`${found.width} x ${found.height} px at 100 % does not fit ${SCREEN.width} x ${SCREEN.height}`);
    }
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}: ${found.width} x ${found.height} px at 100 %, `
      + `${found.userTasks} user task(s) ${problems.length ? `- ${problems.join('; ')}` : ''}(${path.relative(ROOT, png)})`);
    failed += problems.length ? 1 : 0;
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
