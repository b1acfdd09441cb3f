// The deployment workflow (.github/workflows/deploy.yml): it tests before it deploys, every command it
// runs exists in this repository, and the build it uploads gets the site URL and base path.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {accessSync, constants, existsSync, readFileSync} from 'node:fs';
import yaml from 'js-yaml';

const workflow = yaml.load(readFileSync('.github/workflows/deploy.yml', 'utf8'));
const packageScripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

/** What a shell command needs from the repository: files it runs and npm scripts it calls. */
function commandNeeds(command) {
  const needs = {files: [], scripts: []};
  for (const match of command.matchAll(/\b(?:bash|sh)\s+([\w./-]+)/g)) needs.files.push(match[1]);
  for (const match of command.matchAll(/\bnode\s+(?:--[\w-]+\s+)*([\w./-]+\.[cm]?js)\b/g)) needs.files.push(match[1]);
  for (const match of command.matchAll(/\bnpm\s+run(?:-script)?\s+([\w:.-]+)/g)) needs.scripts.push(match[1]);
  for (const match of command.matchAll(/\bnpm\s+(test|start)\b/g)) needs.scripts.push(match[1]);
  return needs;
}

test('the needs of a command are read from it', () => {
  assert.deepEqual(commandNeeds('bash .ci/run && npm run build\nnode --test scripts/x.mjs; npm test'), {
    files: ['.ci/run', 'scripts/x.mjs'],
    scripts: ['build', 'test'],
  });
});

test('it runs on every push to main and on demand', () => {
  assert.deepEqual(workflow.on.push.branches, ['main']);
  assert.ok('workflow_dispatch' in workflow.on);
});

test('every file and npm script it runs exists, including those the CI script runs', () => {
  const commands = steps.filter((step) => step.run).map((step) => step.run);
  const ciScripts = commands.flatMap((command) => commandNeeds(command).files).filter((file) => file.startsWith('.ci/'));
  assert.ok(ciScripts.includes('.ci/run'), 'the tests run through .ci/run, as in CI');
  commands.push(...ciScripts.filter(existsSync).map((file) => readFileSync(file, 'utf8')));
  const missing = [];
  for (const command of commands) {
    const needs = commandNeeds(command);
    for (const file of needs.files) {
      try {
        accessSync(file, constants.R_OK);
      } catch {
        missing.push(`file ${file}`);
      }
    }
    for (const script of needs.scripts) if (!packageScripts[script]) missing.push(`npm script ${script}`);
  }
  assert.deepEqual(missing, []);
  assert.ok(commands.some((command) => commandNeeds(command).scripts.includes('test')), 'npm test runs');
});

test('it tests, then builds with the site URL and base path, then uploads the build folder', () => {
  const runs = steps.map((step) => step.run ?? step.uses ?? '');
  const testStep = runs.findIndex((run) => /bash \.ci\/run/.test(run));
  const buildIndex = steps.findIndex((step) => /npm run build/.test(step.run ?? ''));
  const uploadIndex = runs.findIndex((run) => run.startsWith('actions/upload-pages-artifact@'));
  assert.ok(testStep >= 0 && testStep < buildIndex && buildIndex < uploadIndex, `test ${testStep}, build ${buildIndex}, upload ${uploadIndex}`);
  const {env} = steps[buildIndex];
  assert.match(env.SITE_URL, /vars\.SITE_URL \|\| format\('https:\/\/\{0\}\.github\.io', github\.repository_owner\)/);
  assert.match(env.BASE_URL, /vars\.BASE_URL \|\|/);
  assert.match(env.BASE_URL, /format\('\/\{0\}\/', github\.event\.repository\.name\)/);
  assert.equal(steps[uploadIndex].with.path, 'build');
  // The names the workflow sets are the names the site's configuration reads.
  const config = readFileSync('docusaurus.config.ts', 'utf8');
  for (const name of Object.keys(env)) assert.match(config, new RegExp(`process\\.env\\.${name}\\b`), `${name} is read by docusaurus.config.ts`);
});

test('the deploy job waits for the build, may write to Pages, and deployments do not overlap', () => {
  const {deploy} = workflow.jobs;
  assert.equal(deploy.needs, 'build');
  assert.deepEqual(deploy.permissions, {pages: 'write', 'id-token': 'write'});
  assert.equal(deploy.environment.name, 'github-pages');
  assert.ok(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
  assert.deepEqual(workflow.permissions, {contents: 'read'});
  assert.equal(workflow.concurrency.group, 'pages');
  assert.equal(workflow['concurrency']['cancel-in-progress'], false);
});

test('it uses Node.js 20 with the npm cache, and every action is pinned to a major version', () => {
  const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
  assert.equal(String(setupNode.with['node-version']), '20');
  assert.equal(setupNode.with.cache, 'npm');
  const unpinned = steps.filter((step) => step.uses && !/@v\d+$/.test(step.uses)).map((step) => step.uses);
  assert.deepEqual(unpinned, []);
});
