// The bench's fork/join process on bpmn-engine: start -> parallel gateway into three user tasks -> join -> end.
// Persistence on, the way a stateless service runs it: after the start and after each task is signalled, the
// engine's state is written to PostgreSQL in its own transaction, and each signal first recovers the engine from
// the stored state. That is the same work our engine does per commit (load, run, write one row set).
//   node forkjoin.js --instances 2000 [--clients 1] --connection postgres://user@127.0.0.1:5432/db
// Prints one line: "bpmn-engine: <rate> instances/s".
'use strict';
const { Engine } = require('bpmn-engine');
const { Client } = require('pg');

const source = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="forkjoin" targetNamespace="bench">
  <process id="forkJoin" isExecutable="true">
    <startEvent id="start" />
    <parallelGateway id="fork" />
    <userTask id="a" /><userTask id="b" /><userTask id="c" />
    <parallelGateway id="join" />
    <endEvent id="end" />
    <sequenceFlow id="f0" sourceRef="start" targetRef="fork" />
    <sequenceFlow id="fa" sourceRef="fork" targetRef="a" /><sequenceFlow id="fb" sourceRef="fork" targetRef="b" /><sequenceFlow id="fc" sourceRef="fork" targetRef="c" />
    <sequenceFlow id="ja" sourceRef="a" targetRef="join" /><sequenceFlow id="jb" sourceRef="b" targetRef="join" /><sequenceFlow id="jc" sourceRef="c" targetRef="join" />
    <sequenceFlow id="f9" sourceRef="join" targetRef="end" />
  </process>
</definitions>`;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function save(db, id, state, completed) {
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO bpmn_instances (id, state, completed) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, completed = EXCLUDED.completed, revision = bpmn_instances.revision + 1`,
    [id, JSON.stringify(state), completed]);
  await db.query('COMMIT');
}

async function load(db, id) {
  const { rows } = await db.query('SELECT state FROM bpmn_instances WHERE id = $1', [id]);
  return JSON.parse(rows[0].state);
}

async function runOne(db, id) {
  const engine = new Engine({ name: id, source });
  await engine.execute();
  await save(db, id, await engine.getState(), false);
  await engine.stop();
  for (const task of ['a', 'b', 'c']) {
    const recovered = new Engine({ name: id }).recover(await load(db, id));
    const execution = await recovered.resume();
    const ended = task === 'c' ? recovered.waitFor('end') : null;
    execution.signal({ id: task });
    if (ended) await ended;
    await save(db, id, await recovered.getState(), task === 'c');
    if (!ended) await recovered.stop();
  }
}

// Each client has its own connection and runs its share of the instances one after another, like the .NET side.
async function run(dbs, count, prefix) {
  const started = process.hrtime.bigint();
  const share = Math.floor(count / dbs.length);
  await Promise.all(dbs.map(async (db, c) => {
    const last = c === dbs.length - 1 ? count : (c + 1) * share;
    for (let i = c * share; i < last; i++) await runOne(db, `${prefix}-${i}`);
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return count / seconds;
}

(async () => {
  const instances = Number(arg('--instances', '2000'));
  const clients = Number(arg('--clients', '1'));
  const dbs = [];
  for (let c = 0; c < clients; c++) {
    const client = new Client({ connectionString: arg('--connection', process.env.BENCH_PG) });
    await client.connect();
    dbs.push(client);
  }
  const db = dbs[0];
  await db.query(`CREATE TABLE IF NOT EXISTS bpmn_instances (id text PRIMARY KEY, state text NOT NULL, completed boolean NOT NULL, revision int NOT NULL DEFAULT 0)`);
  await run(dbs, Math.max(200, Math.floor(instances / 4)), 'warmup');
  const rate = await run(dbs, instances, 'run');
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM bpmn_instances WHERE id LIKE 'run-%' AND completed`);
  if (rows[0].n !== instances) throw new Error(`only ${rows[0].n} of ${instances} instances completed`);
  console.log(`bpmn-engine: ${rate.toFixed(1)} instances/s`);
  await Promise.all(dbs.map(d => d.end()));
})().catch(e => { console.error(e); process.exit(1); });
