// A generator of SYNTHETIC datasets, for tests and benchmarks only: invented developments in
// invented countries ("SYNTHETIC-01" ...), flagged `"synthetic": true` (the app then says so on
// every page). Never copied into dist/, never mixed with the real dataset.
//
//   node tools/synthetic/generate.mjs 1000 > /tmp/synthetic-1000.json
//   import { generate } from './generate.mjs';  generate(1000)  // the same data for the same count
const FIRST = 2015;
const LAST = 2025;

const TOPICS = [
  'apprenticeship reform', 'guidance platform', 'skills fund', 'teacher training', 'validation of non-formal learning',
  'digital skills strategy', 'work-based learning pact', 'adult learning accounts', 'quality assurance framework',
  'green skills programme', 'career guidance centres', 'Cité des métiers network', 'Lernfeld curriculum',
  'qualifications register', 'dual training contract', 'upskilling pathways', 'micro-credentials pilot',
  'VET excellence centres', 'tracer study system', 'learning-outcomes units',
];
const TYPES = ['Regulation/Legislation', 'Strategy/Action plan', 'Practical measure/initiative', 'Funding', 'Institutional/organisational change'];
const THEMES = [
  'Governance of VET and lifelong learning', 'Engaging VET stakeholders and strengthening partnerships in VET',
  'Modernising VET offer and delivery', 'Reinforcing work-based learning, including apprenticeships',
  'Supporting lifelong learning culture and increasing participation', 'Promotion strategies and campaigns for VET and lifelong learning',
  "Providing for individuals' re- and upskilling needs", 'Lifelong guidance', 'Digital transition', 'Green transition',
  'Quality assurance', 'Teachers and trainers',
];
const TARGETS = ['Learners in upper secondary, including apprentices', 'Young people (15-29 years old)', 'Adult learners', 'Unemployed', 'Companies', 'VET providers'];
const STAGES = ['Legislative process', 'Approved', 'Implementation'];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` synthetic developments across 30 synthetic countries. */
export function generate(count = 1000, seed = 28020) {
  const rnd = random(seed + count);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const measures = [];
  for (let i = 1; i <= count; i += 1) {
    const id = `synthetic-${String(i).padStart(4, '0')}`;
    const country = `SYNTHETIC-${String(1 + ((i * 7) % 30)).padStart(2, '0')}`;
    const topic = pick(TOPICS);
    const start = FIRST + Math.floor(rnd() * 9);
    const end = Math.min(LAST, start + Math.floor(rnd() * 8));
    const timeline = [];
    for (let year = start; year <= end; year += 1) {
      const stage = year - start < STAGES.length - 1 && rnd() < 0.5 ? STAGES[year - start] : 'Implementation';
      const entry = { year, status: year === end && rnd() < 0.15 ? 'Discontinued' : stage };
      if (rnd() < 0.4) entry.note = `Synthetic note for ${year}: the invented ${topic} continued in ${country}.`;
      timeline.push(entry);
    }
    const m = {
      id,
      title: `Synthetic development ${String(i).padStart(4, '0')}: ${topic}`,
      country,
      development_type: pick(TYPES),
      timeline,
      summary: [{ type: 'paragraph', text: `This development is synthetic: it was invented to test the timeline with many entries. It describes an imaginary ${topic} in ${country}.` }],
      thematic_categories: some(THEMES, 3),
      target_groups: [{ group: 'Learners', members: some(TARGETS, 2) }],
      subsystems: rnd() < 0.7 ? ['IVET'] : ['IVET', 'CVET'],
    };
    if (i > 1 && rnd() < 0.3) m.related = [`synthetic-${String(1 + Math.floor(rnd() * (i - 1))).padStart(4, '0')}`];
    measures.push(m);
  }
  return { format: 'vet-policy-timeline', version: 1, synthetic: true, measures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(generate(Number(process.argv[2] || 1000))));
}
